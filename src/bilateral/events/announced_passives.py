"""A coercive measure announced in the passive with no agent, by the party that would take it: "London said
penalties would be imposed if Caracas seized the tankers", "..., indicating that tariffs will be imposed on X".
A measure said to come about is announced the same way ("an official said sanctions could follow if X ..."): the
measure noun is the subject of an occurrence verb, which carries the auxiliary and the condition, and so is the
act's clause.

A party that says a sanction or a coercive act "will" or "would be" taken, naming no one to take it, speaks of its
own measure: the speaker is the act's source (the coder then codes the announced act as a threat on its target or
on the subject of its condition). Only a speech verb by which a party makes its own words known counts
(``modality.ANNOUNCING``), its subject, or that of the clause a participle of it hangs on ("X stepped back,
indicating that ..."), naming an actor.

Not fired: an act done ("sanctions were imposed", no future or modal auxiliary), an agent named ("would be imposed
by the EU"), a measure owned by a named actor ("U.S. sanctions would be imposed": the owner is its source), a
worry or a belief ("Turkey fears sanctions will be imposed"), a speech verb negated or modal, an act that is not a
sanction or coercion. An answer by force is the announcer's own too ("the attack will be responded to with force,
the minister said": an answering verb of ``answering_verbs`` coded as force), but no other act of force: "officials
said the city would be bombed" foretells the enemy's act. A clause joined with no subject of its own to the said
clause ("said the attack is a crime and will be answered ...") is said by the same speaker.
"""

from __future__ import annotations

from spacy.tokens import Token

from bilateral.codes import load_codes
from bilateral.events.arguments import MentionIndex
from bilateral.events.frames import CONTROLLED, DIRECT, Frame
from bilateral.events.lexicon import Lexicon
from bilateral.events.modality import ANNOUNCING
from bilateral.events.roles import agent_of, subject_of

_MEASURES = frozenset({"SANCTION", "COERCE"})
_ASSAULT = "ASSAULT"
_SUBJECTS = frozenset({"nsubj", "nsubjpass", "csubj", "csubjpass", "expl"})
_OWNER_DEPS = frozenset({"compound", "amod", "poss", "nmod"})
_NOT_SAID = frozenset({"neg", "aux"})


def _announced(verb: Token, lexicon: Lexicon) -> bool:
    """The passive verb carries a future or modal auxiliary ("will be imposed", "would be imposed")."""
    rules = lexicon.rules
    return any(c.dep_ == "aux" and (c.lower_ in rules.future_aux or c.lower_ in rules.hypothetical_aux)
               for c in verb.children) and any(c.dep_ == "auxpass" for c in verb.children)


def _taken(frame: Frame, lexicon: Lexicon) -> bool:
    """Whether the frame's act is one its announcer takes: a sanction or coercion, or an answer by force (an
    answering verb coded as force, frames.json ``answering_verbs``: "will be responded to with force")."""
    plover = load_codes().get(frame.cameo).plover
    return plover in _MEASURES or (plover == _ASSAULT and frame.trigger.lemma_.lower() in lexicon.rules.answering_verbs)


def _speaker(verb: Token, lexicon: Lexicon) -> Token | None:
    """The subject of the speech verb the clause is the complement of, or of the clause its participle hangs on;
    a clause joined with no subject of its own to such a complement shares its speaker ("said the raid is a crime
    and will be answered ...")."""
    if verb.dep_ == "conj" and not any(c.dep_ in _SUBJECTS for c in verb.children):
        verb = verb.head
    if verb.dep_ != "ccomp" or verb.head.lemma_.lower() not in ANNOUNCING:
        return None
    speech = verb.head
    if any(c.dep_ in _NOT_SAID and (c.dep_ == "neg" or c.lower_ not in ("have", "has", "had", "do", "did", "does"))
           for c in speech.children):
        return None  # "did not say", "may say"
    subj = subject_of(speech, lexicon.rules.relative_pronouns)
    if subj is None and speech.dep_ in ("advcl", "conj", "xcomp") and speech.tag_ == "VBG":
        subj = subject_of(speech.head, lexicon.rules.relative_pronouns)
    return subj


def _occurring(noun: Token, lexicon: Lexicon) -> Token | None:
    """The verb a measure noun is said to come about by ("sanctions could follow", "strikes would ensue"): an
    occurrence verb (frames.json ``occurrence_verbs``) with the noun as subject and a future or modal auxiliary."""
    verb = noun.head
    rules = lexicon.rules
    if noun.dep_ != "nsubj" or verb.lemma_.lower() not in rules.occurrence_verbs or not any(
            c.dep_ == "aux" and (c.lower_ in rules.future_aux or c.lower_ in rules.hypothetical_aux)
            for c in verb.children):
        return None
    return verb


def _occurring_measures(frames: dict[int, Frame], index: MentionIndex, lexicon: Lexicon) -> None:
    """Frames for the bare measure nouns a party says will come about ("an official said sanctions could follow
    if X ..."): the party is the source, the occurrence verb the clause that says whether and on what condition;
    the target is left to the search (the condition's subject)."""
    for verb in (t for t in index.sent if t.lemma_.lower() in lexicon.rules.occurrence_verbs):
        noun = next((c for c in verb.children if c.dep_ == "nsubj" and c.pos_ == "NOUN"), None)
        if noun is None or noun.i in frames or _occurring(noun, lexicon) is None or index.at(noun) is not None:
            continue
        entry = next((e for e in lexicon.lookup("noun", noun.lemma_.lower())
                      if not e.objects and load_codes().get(e.cameo).plover in _MEASURES), None)
        speaker = _speaker(verb, lexicon)
        sources = index.actors(speaker) if speaker is not None else []
        if entry is None or not sources or any(index.actors(c) for c in noun.children if c.dep_ in _OWNER_DEPS):
            continue  # "U.S. sanctions could follow": the owner is the source, as any noun frame finds
        frames[noun.i] = Frame(noun, [noun], entry, entry.cameo, sources, [], DIRECT * CONTROLLED, False, False, verb)


def announced_passives(frames: dict[int, Frame], index: MentionIndex, lexicon: Lexicon) -> None:
    """Give the announcing party as source to the agentless passive measures it announces, and to the measures it
    says will come about (in place)."""
    _occurring_measures(frames, index, lexicon)
    for frame in frames.values():
        verb = frame.anchor
        if frame.sources or frame.absorbed or verb.pos_ != "VERB" or not _taken(frame, lexicon) \
                or not _announced(verb, lexicon) or agent_of(verb) is not None:
            continue
        subj = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
        if subj is not None and any(index.actors(c) for c in subj.children if c.dep_ in _OWNER_DEPS):
            continue  # "U.S. sanctions would be imposed": the owner is the source
        speaker = _speaker(verb, lexicon)
        sources = index.actors(speaker) if speaker is not None else []
        own = {m.actor.code for m in sources}
        if sources and not any(t.actor.code in own for t in frame.targets):
            frame.sources = sources
