"""Ownerless nouns of an act of force or coercion whose patient the story's earlier acts struck (``told_nominals``).

An ownerless noun of such an act whose "of" or "against" object is such a patient is that agent's act too
(``told_nominals``): "Soldiers killed eight protesters in X ... The killing of peaceful demonstrators is
unacceptable", "... reports of violence against the protesters held". Not a noun with an owner or a "by" agent, nor
one sought, planned or threatened ("a warrant for the arrest of X", "demanded the arrest of X", "the possible killing
of X"). Cheap: a word test on the sentence (the nouns, ``told_act_nouns`` in frames.json) first.

The agent is the one ``implied.told_agents`` gives an agentless passive act on the same patient
(``implied.earlier_doer``); kept apart from ``implied`` so that each module stays short.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc, Token

from bilateral.codes import load_codes
from bilateral.events.arguments import MentionIndex
from bilateral.events.frames import DIRECT, Frame
from bilateral.events.implied import FORCIBLE, IMPLIED, SAID, earlier_doer
from bilateral.events.lexicon import Lexicon
from bilateral.events.modality import event_modality
from bilateral.events.nominal import noun_entries, noun_entry
from bilateral.events.roles import possessor_of, prep_objects
from bilateral.models import Event, Mention
from bilateral.nlp import doc_tokens

_PATIENT_PREPS, _BY = frozenset({"of", "against"}), frozenset({"by"})
"""The prepositions whose object is the noun's patient ("the killing of X", "violence against X"), and its agent's."""
_SOUGHT = frozenset({"call", "demand", "warrant", "order", "appeal", "push", "press", "campaign", "plea", "seek",
                     "ask", "urge", "plan", "plot", "threat", "threaten"})
"""Words whose "for" phrase or object is an act sought, planned or threatened ("a warrant for the arrest of X",
"called for the killing of X"), not one done."""
_UNDONE = frozenset({"possible", "potential", "planned", "attempted", "future", "threatened", "imminent"})


def told_nominals(sent: Doc, frames: Sequence[Frame], index: MentionIndex, earlier: Sequence[Event],
                  lexicon: Lexicon) -> list[Frame]:
    """Frames for ownerless nouns of force or coercion on an actor the story's earlier acts of that type struck:
    "Soldiers killed eight protesters in X ... The killing of peaceful demonstrators is unacceptable" is the
    soldiers' killing, as the agentless passive is (``told_agents``): the source of the latest earlier asserted
    or alleged act of the noun's PLOVER type on the same actor (the noun's "of" or "against" object), or the one
    doer of such acts on the same known person. Not for a noun with an owner or a "by" agent ("the army's killing of",
    "the killing of X by Y"), nor one sought, planned or threatened ("a warrant for the arrest of X", "a possible
    arrest of X"), nor a noun an earlier act did not name its patient for."""
    nouns = lexicon.rules.told_act_nouns
    if not earlier or not any(t.lemma_.lower() in nouns for t in doc_tokens(sent)):
        return []
    codes = load_codes()
    taken = {w.i for f in frames for w in f.words}
    out: list[Frame] = []
    for noun in doc_tokens(sent):
        if noun.pos_ != "NOUN" or noun.lemma_.lower() not in nouns or noun.i in taken \
                or possessor_of(noun) is not None or _sought(noun) or _agent_named(noun) \
                or any(c.lower_ in _UNDONE for c in noun.children):
            continue
        entries = noun_entries(noun, lexicon)
        entry = noun_entry(noun, entries) if entries else None
        plover = codes.get(entry.cameo).plover if entry is not None else None
        if entry is None or plover not in FORCIBLE:
            continue
        patients = [m for pobj in prep_objects(noun, _PATIENT_PREPS) for m in index.actors(pobj)]
        if not patients:
            continue
        patient = patients[0]
        done = earlier_doer(plover, patient.actor, earlier) if plover is not None else None
        if done is None or any(m.actor.code == done.source.code for m in patients):
            continue
        source = Mention(done.source, noun.i, noun.i + 1, noun.idx, noun.idx + len(noun),
                         IMPLIED * patient.confidence, "told")
        if event_modality(noun, source, index, lexicon.rules) not in SAID:
            continue
        # the patient named in the noun's own phrase, as directly as a verb's object
        out.append(Frame(noun, [noun], entry, entry.cameo, [source], patients, DIRECT, False, False, noun))
    return out


def _agent_named(noun: Token) -> bool:
    """Whether a "by" phrase names the noun's doer: its own, or one the parser hung on the active verb whose object
    the noun is ("condemned violence against X by gunmen")."""
    return bool(prep_objects(noun, _BY)) or (noun.dep_ == "dobj" and bool(prep_objects(noun.head, _BY)))


def _sought(noun: Token) -> bool:
    """Whether the noun is an act sought, planned or threatened: the object or "for" phrase of such a word."""
    head = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "for" else noun.head
    return head.lemma_.lower() in _SOUGHT
