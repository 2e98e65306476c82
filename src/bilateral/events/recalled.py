"""Event nouns that refer back to an act told earlier in the document: "Gunmen stormed a hotel in Baidoa ... The
militant group claimed responsibility for the attack".

A definite event noun ("the attack", "the brazen bombing") that names no one in its own phrase and is what an actor
claims responsibility for ("X claimed responsibility for", "X took responsibility for": frames.json
``responsibility_verbs`` and ``responsibility_nouns``; not "did not claim") is the claimant's own act of the noun's
type. Whom it was done to is not in the sentence: it is whoever the act the noun repeats was done to, the
document's earlier asserted event of the noun's PLOVER type by the claimant's country (or by no known country).
Only when those earlier acts were all done to one country: two earlier attacks on two countries leave "the attack"
unresolved and nothing is coded, as before. The coder stays within the document and cheap: the earlier acts are
the events already coded.

An act of force that names whom it was done to ("claimed responsibility for the attack on a police station",
"for Monday's attack on the troops") is the claimant's act on them, as the verb is in "took credit
for attacking the base" (``claimants_of``): the noun's own frame takes the claimant as source and finds its target
in its own phrase. Only an act of force (PLOVER ASSAULT), only a claim (not "denied responsibility", "did not
claim"), only a noun that names an actor in its own phrase: a bare "the attack" repeats the story's earlier act
(above).

The same noun names whom an accusation is aimed at ("Gunmen stormed a hotel ... The minister condemned the attack"):
an accusation (PLOVER ACCUSE) with no target whose object is such a definite event noun is aimed at whoever did the
act the noun repeats, the source of the document's earlier asserted acts of the noun's type, when those were all
done by one actor (``condemned_targets``). Acts by two actors, by the accuser itself, or by no known country leave
the accusation without a target, as before. Praise of such an act by a verb that answers it is aimed the same way
("soldiers freed the hostages ... X welcomed the release": the soldiers' state). An answer by force is aimed the
same way ("militants attacked a train ... the attack will be responded to with force", "we will respond with force
to the attack": an answering verb of ``answering_verbs`` coded as force, which the coder codes as a threat when
announced): at whoever did the act it answers. Not an answer to no act noun ("responded to questions") nor an answer
with no force (no act of force is coded: "responded to the proposal").

A lawsuit the story told of before is told again with no filer named ("Rights groups have filed multiple lawsuits
against X ... A prior lawsuit, filed in June, claimed ...", "One suit, filed this month, seeks to stop ..."): a
lawsuit (a filed one, or a lawsuit noun of ``_SUIT_NOUNS`` naming no one as the subject of an accusation: "the
suit alleges") is a lawsuit (CAMEO 115) by the filer against the defendant of the document's
earlier asserted lawsuits, when those were all brought by one filer against one defendant (``told_suits``): the
lawsuit frame ("filed", "lawsuit") or the accusation whose subject the lawsuit is ("alleged") takes them as the
slots the sentence left empty. Not a lawsuit whose filer the sentence names ("the groups may file another
suit": its own frame has them), nor an accusation aimed at someone other than the defendant's country ("X sued
Y ... the lawsuits accused Z"), nor in a story whose lawsuits had two filers or none.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from spacy.tokens import Doc, Token

from bilateral.nlp import doc_tokens
from bilateral.codes import load_codes
from bilateral.events.arguments import MentionIndex
from bilateral.events.frames import DIRECT, Frame
from bilateral.events.lexicon import Lexicon, TriggerEntry
from bilateral.events.roles import subject_of
from bilateral.models import Actor, Event, Mention

RECALLED = 0.85
"""Factor for a target taken from the earlier act an event noun repeats (named before, not in this sentence)."""
CLAIMED = DIRECT
"""A claimed act: the claimant is its source as surely as a verb's subject is the verb's."""
_DEFINITE = frozenset({"the", "this", "that"})
_ASSAULT = "ASSAULT"
_STATE_SIDE = frozenset({"GOV", "MIL", "COP"})
_OF = frozenset({"of"})
"""The preposition of what an accusation noun is about ("condemnation of the killings")."""
_ANSWERED = frozenset({"of", "to"})
"""The prepositions of what an answer answers ("will respond with force to the attack")."""
"""Sectors of a state that answers an attack on its country: the accusers' own such acts are not the accused one."""
"""The PLOVER type of acts of force: what a claim of responsibility owns."""


def definite_entry(noun: Token, index: MentionIndex, lexicon: Lexicon, phrased: bool = False) -> TriggerEntry | None:
    """The lexicon entry of a definite event noun that names no one ("the attack", not "the attack on X" or
    "Monday's attack by X"), when all its entries agree on the PLOVER type. ``phrased``: a phrase of its own that
    names no actor is allowed ("the attack on the train")."""
    if noun.pos_ != "NOUN" or not any(c.dep_ == "det" and c.lower_ in _DEFINITE for c in noun.children):
        return None
    deps = ("poss",) if phrased else ("poss", "prep")
    if any(c.dep_ in deps for c in noun.children) or any(index.at(t) is not None for t in noun.subtree):
        return None
    entries = [e for e in lexicon.lookup("noun", noun.lemma_.lower()) if not e.objects]
    codes = load_codes()
    if not entries or len({codes.get(e.cameo).plover for e in entries}) != 1:
        return None
    return entries[0]


def claim_verb(noun: Token, lexicon: Lexicon) -> Token | None:
    """The verb of "claimed responsibility for <noun>", when the noun is what responsibility is claimed for."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ != "for":
        return None
    owned = prep.head
    verb = owned.head
    if owned.lemma_.lower() not in lexicon.rules.responsibility_nouns or owned.dep_ != "dobj":
        return None
    if verb.lemma_.lower() not in lexicon.rules.responsibility_verbs or any(c.dep_ == "neg" for c in verb.children):
        return None  # "did not claim responsibility": no one owns the act
    return verb


def subject_claimants(subj: Token, index: MentionIndex) -> list[Mention]:
    """The actors of a subject with a country, those in apposition included: in "the militant group al-Shabab"
    the named group claims, not the bare noun coded without a country."""
    found = [*index.actors(subj), *(m for c in subj.children if c.dep_ == "appos" for m in index.actors(c))]
    return [m for m in found if m.actor.country is not None]


def claimants_of(noun: Token, entry: TriggerEntry, index: MentionIndex, lexicon: Lexicon) -> list[Mention]:
    """Who claims responsibility for an act of force that names whom it was done to: see the module docstring."""
    if noun.dep_ != "pobj" or noun.pos_ != "NOUN" or load_codes().get(entry.cameo).plover != _ASSAULT:
        return []
    verb = claim_verb(noun, lexicon)
    if verb is None or not any(index.at(t) is not None for t in noun.subtree if t != noun):
        return []
    subj = subject_of(verb, lexicon.rules.relative_pronouns)
    return subject_claimants(subj, index) if subj is not None else []


def _recalled_target(plover: str, claimants: Sequence[Mention], earlier: Sequence[Event]) -> Event | None:
    """The latest earlier asserted act of type ``plover`` by the claimants' country (or no known country), when
    all such acts were done to one country."""
    countries = {m.actor.country for m in claimants}
    codes = {m.actor.code for m in claimants}
    acts = [e for e in earlier if e.event_type == plover and e.modality == "asserted" and e.target is not None
            and e.target.country is not None and (e.source.country is None or e.source.country in countries)
            and e.target.code not in codes]
    if not acts or len({e.target.country for e in acts if e.target is not None}) != 1:
        return None
    return acts[-1]


def recalled_frames(sent: Doc, frames: Sequence[Frame], index: MentionIndex, earlier: Sequence[Event],
                    lexicon: Lexicon) -> list[Frame]:
    """Frames for the claimed acts of the sentence that repeat an earlier act (see the module)."""
    if not earlier:
        return []
    taken = {w.i for f in frames for w in f.words}
    out: list[Frame] = []
    for noun in doc_tokens(sent):
        if noun.i in taken:
            continue
        entry = definite_entry(noun, index, lexicon)
        verb = claim_verb(noun, lexicon) if entry is not None else None
        if entry is None or verb is None:
            continue
        subj = subject_of(verb, lexicon.rules.relative_pronouns)
        claimants = subject_claimants(subj, index) if subj is not None else []
        if not claimants:
            continue
        act = _recalled_target(load_codes().get(entry.cameo).plover or "", claimants, earlier)
        if act is None or act.target is None:
            continue
        target = recalled_at(act.target, noun)
        out.append(Frame(noun, [noun], entry, entry.cameo, list(claimants), [target], CLAIMED, False, False, verb))
    return out


def _accused_noun(frame: Frame, index: MentionIndex, lexicon: Lexicon) -> tuple[Token, TriggerEntry] | None:
    """The entry of the definite event noun an accusation or praise takes as its object ("condemned the attack",
    "condemnation of the killings", "welcomed the release"), or an answer its "to" phrase ("will respond with force
    to the attack"), when the noun names no one."""
    trigger = frame.trigger
    answer = _answers_with_force(frame, lexicon)
    nouns = [c for c in trigger.children if c.dep_ in ("dobj", "nsubjpass")]
    nouns += [g for c in trigger.children if c.dep_ == "prep" and c.lower_ in (_ANSWERED if answer else _OF)
              for g in c.children if g.dep_ == "pobj"]
    if answer and not nouns and trigger.dep_ == "conj" and subject_of(trigger, lexicon.rules.relative_pronouns) \
            is None and (shared := subject_of(trigger.head, lexicon.rules.relative_pronouns)) is not None:
        nouns.append(shared)  # "the attack is a crime and will be responded to with force": the shared subject
    for noun in nouns:
        entry = definite_entry(noun, index, lexicon, phrased=answer)
        if entry is not None:
            return noun, entry
    return None


def perpetrator(plover: str, accusers: Sequence[Mention], earlier: Sequence[Event]) -> Actor | None:
    """The one actor that did the document's earlier asserted acts of type ``plover``, if it is none of the accusers
    and has a country or is an international body. The accusers' own state's forces and government answering
    another's acts ("militants attacked a train ... the army's operation goes on ... the minister condemned the
    attack") are not counted beside that other; alone, they are the doer ("police killed protesters ... the
    minister condemned the killing")."""
    acts = [e for e in earlier if e.event_type == plover and e.modality == "asserted" and e.target is not None]
    countries = {m.actor.country for m in accusers if m.actor.country is not None}
    acts = [e for e in acts if not (e.source.country in countries and e.source.sector in _STATE_SIDE)] or acts
    if not acts or len({e.source.code for e in acts}) != 1:
        return None
    doer = acts[-1].source
    if doer.country is None and not doer.code.startswith("IGO"):
        return None
    if any(m.actor.code == doer.code for m in accusers):
        return None
    return doer


_APPROVE = "051"
"""CAMEO "praise or endorse": approval of another's act."""


def _approves(frame: Frame, lexicon: Lexicon) -> bool:
    """Whether the frame is praise told by a verb that answers an act ("welcomed the release", "hailed the
    ceasefire": frames.json ``response_verbs`` coded as approval, 051): the praise goes to whoever did the act."""
    return frame.cameo == _APPROVE and frame.trigger.pos_ == "VERB" \
        and frame.trigger.lemma_.lower() in lexicon.rules.response_verbs


def _answers_with_force(frame: Frame, lexicon: Lexicon) -> bool:
    """Whether the frame is an answer by force, an answering verb coded as an act of force ("will respond with full
    force", frames.json ``answering_verbs``): what it answers is the act of the one it is aimed at."""
    return load_codes().get(frame.cameo).plover == _ASSAULT \
        and frame.trigger.lemma_.lower() in lexicon.rules.answering_verbs


def condemned_targets(frames: Sequence[Frame], index: MentionIndex, earlier: Sequence[Event], lexicon: Lexicon) -> None:
    """Give each targetless accusation, praise or answer by force, of a definite event noun the act's doer as target
    (in place; see the module)."""
    if not earlier:
        return
    codes = load_codes()
    for frame in frames:
        if frame.targets or not frame.sources or (codes.get(frame.cameo).plover != "ACCUSE"
                                                  and not _answers_with_force(frame, lexicon)
                                                  and not _approves(frame, lexicon)):
            continue
        accused = _accused_noun(frame, index, lexicon)
        if accused is None:
            continue
        noun, entry = accused
        doer = perpetrator(codes.get(entry.cameo).plover or "", frame.sources, earlier)
        if doer is not None:
            frame.targets.append(recalled_at(doer, noun))


_SUIT = "115"
"""CAMEO "bring lawsuit against"."""
_SUIT_NOUNS = frozenset({"lawsuit", "suit"})
"""Nouns of a lawsuit that a story tells again without its filer: "the suit", "an earlier lawsuit"."""
_ACCUSE = "ACCUSE"


def _suit_noun(frame: Frame, index: MentionIndex, lexicon: Lexicon) -> Token | None:
    """The lawsuit noun naming no one that a lawsuit frame is told with ("a lawsuit filed in February": the noun
    the participle hangs on, or the trigger itself), or that an accusation has as its subject ("the suit alleges")."""
    trigger = frame.trigger
    noun: Token | None
    if frame.cameo == _SUIT:
        noun = trigger.head if trigger.dep_ == "acl" else trigger
    elif load_codes().get(frame.cameo).plover == _ACCUSE:
        noun = subject_of(trigger, lexicon.rules.relative_pronouns)
    else:
        return None
    if noun is None or noun.lemma_.lower() not in _SUIT_NOUNS or any(index.at(t) is not None for t in noun.subtree):
        return None
    return noun


def recalled_at(actor: Actor, token: Token, confidence: float = RECALLED, basis: str = "recalled") -> Mention:
    """A mention of an actor the story named before, at the word that stands for it here (the one a reply answers
    is placed so too, with the reply's ``confidence`` and ``basis``)."""
    return Mention(replace(actor, text=token.text), token.i, token.i + 1, token.idx, token.idx + len(token),
                   confidence, basis)


def told_suits(frames: Sequence[Frame], index: MentionIndex, earlier: Sequence[Event], lexicon: Lexicon) -> None:
    """Give each lawsuit, and each accusation a lawsuit makes, that names no filer the story's one filer as source
    and, with no defendant named, its one defendant as target (in place; see the module)."""
    if all(f.sources for f in frames):  # cheap: most sentences leave no frame without its source
        return
    suits = [e for e in earlier if e.cameo == _SUIT and e.modality == "asserted" and e.target is not None]
    if not suits or len({(e.source.code, e.target.code) for e in suits if e.target is not None}) != 1:
        return
    filer, defendant = suits[-1].source, suits[-1].target
    if defendant is None:
        return
    nouns = {f.trigger.i: _suit_noun(f, index, lexicon) for f in frames if not f.sources}
    filed = {n.i for f in frames if f.cameo == _SUIT and (n := nouns.get(f.trigger.i)) is not None}
    for frame in frames:
        noun = nouns.get(frame.trigger.i)
        if noun is not None and frame.cameo != _SUIT and (noun.i in filed or any(
                t.actor.country != defendant.country for t in frame.targets)):
            continue  # "a lawsuit filed in February alleged ...": one lawsuit, told (and dated) by its filing;
            # "the lawsuits accused Z": a third party accused is not what the story's suit was brought against
        # the defendant stands at the trigger, the filer at the noun: two words, two parties
        at = frame.trigger if frame.trigger != noun else noun.head if noun is not None else None
        if noun is None or defendant is None or at is None or at == noun:
            continue
        frame.sources.append(recalled_at(filer, noun))
        if not frame.targets:
            frame.targets.append(recalled_at(defendant, at))
