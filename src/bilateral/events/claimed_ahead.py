"""An attack told before the story names its doer, who later claims it: "Soldiers freed the hostages two days after an
attack on a bus in X province ... The Y Front claimed responsibility for the attack".

News often tells its attack first with no doer and names the doer a few sentences on, by the armed group's claim of
responsibility for "the attack" (a definite noun naming no one, as ``recalled`` reads it). That claimant is the doer the
document itself names for its attack: an attack noun told before the claim, with no doer of its own, is the claimant's
act on whom the noun's own phrase names as struck (its target prepositions, or the facility it hit with the place of
that facility: ``facilities``; a facility whose place names no known country, "a school in the capital", stands in the
claimant's own country, where an armed group is coded as fighting). Later sentences then tell that attack again
(``told_attacks``, ``recalled``) as they tell one whose doer was named at once.

Not when:

- the story's claims name two claimants, or the claimant is no armed group (``CLAIMANT_SECTORS``): a state that
  "takes responsibility" for a failure claims no attack;
- the noun comes after the claim (the claim then is told, and ``recalled`` or ``told_attacks`` read it);
- the noun names its own doer (its frame has a source) or is told as another attack ("a previous attack", "the
  2019 attack": ``told_attacks.OTHER_ATTACK``, a year in its phrase);
- the noun names no one struck ("an attack" alone): whom the claimant struck is not said there.

An accusation names the doer the same way: "officials accused the Y Front of carrying out the attack", "X was
charged with plotting the attack on the school" (a verb of ``imputing_verbs`` holding someone to account for the
definite attack noun, or for a verb of doing it, ``leading_participles``). The accused is then the doer the story
names for its attack; the attack told before keeps the modality it was told with (the news voice tells the blast,
the accusers only who did it). Not a negated accusation ("did not accuse"), nor a denial ("X denied carrying out
the attack": no verb holds anyone to account), nor one of two accused ("accused X and Y of ..."), nor one of
another attack ("the previous attack", "an attack", a year in its phrase).
A bombing noun (CAMEO 183, "blasts outside a school") is such an attack noun too, and a possessive that names a
day ("Saturday's blasts") names when, not who.

Cheap: the document's claim is looked for once, with a word test on each parsed sentence (``CLAIM_WORDS``, or a
lemma of ``imputing_verbs``) before any walk, and a sentence before it only walks its nouns when the story has such a
claim.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace

from spacy.tokens import Doc, Token

from bilateral.codes import load_codes
from bilateral.events.arguments import MentionIndex
from bilateral.events.facilities import facility_targets
from bilateral.events.frames import Frame
from bilateral.events.governed import imputed_doer
from bilateral.events.lexicon import Lexicon
from bilateral.events.nominal import noun_entries, noun_entry, time_word
from bilateral.events.recalled import RECALLED, claim_verb, definite_entry, subject_claimants
from bilateral.events.roles import prep_objects, subject_of
from bilateral.events.told_attacks import OTHER_ATTACK, REFERENT_STEMS
from bilateral.models import Actor, Mention
from bilateral.nlp import SentenceSpan, doc_tokens

CLAIM_WORDS = re.compile(r"\b(?:responsibility|credit)\b", re.IGNORECASE)
"""Words a claim of responsibility is told with ("claimed responsibility for", "took credit for"): the cheap test."""
CLAIMANT_SECTORS = frozenset({"REB"})
"""Sectors of a claimant whose claim names the doer of the story's attack: armed groups."""
_YEAR = re.compile(r"(?:19|20)\d\d")
_OWN_DOER = frozenset({"poss", "agent"})
_BOMBING = "183"
"""CAMEO bombings: a bombing noun ("blasts") is an attack told as one, whatever its word."""
_WHEN = frozenset({"DATE", "TIME"})
"""Entity types of a possessive that names when the attack was, not who did it ("Saturday's blasts")."""


@dataclass(frozen=True, slots=True)
class StoryClaim:
    """The one armed group a story names as claiming its attack, and the sentence that first says so."""

    claimant: Actor
    sentence: int


def story_claim(candidates: Sequence[SentenceSpan], parsed: Sequence[Doc],
                mentions_of: Callable[[Doc], list[Mention]], lexicon: Lexicon) -> StoryClaim | None:
    """The story's claim of responsibility for "the attack" (see the module), from its parsed sentences; None when
    it has none, or its claims name two claimants or one that is no armed group."""
    found: list[tuple[int, Actor]] = []
    imputing = lexicon.rules.imputing_verbs
    for span, sent in zip(candidates, parsed, strict=True):
        claims = CLAIM_WORDS.search(span.text) is not None
        if not claims and not any(t.lemma_.lower() in imputing for t in doc_tokens(sent)):
            continue
        index = MentionIndex(sent, mentions_of(sent), lexicon.rules.member_nouns,
                             representing=lexicon.rules.representing)
        for noun in doc_tokens(sent):
            if claims:
                verb = claim_verb(noun, lexicon) if definite_entry(noun, index, lexicon) is not None else None
                subj = subject_of(verb, lexicon.rules.relative_pronouns) if verb is not None else None
                found += [(span.index, m.actor) for m in (subject_claimants(subj, index) if subj is not None else [])]
            found += [(span.index, m.actor) for m in _accused_doers(noun, index, lexicon)]
    if not found or len({actor.code for _, actor in found}) != 1 or found[0][1].sector not in CLAIMANT_SECTORS:
        return None
    return StoryClaim(found[0][1], found[0][0])


def _accused_doers(noun: Token, index: MentionIndex, lexicon: Lexicon) -> list[Mention]:
    """The actors an accusation holds to account for the story's attack, told by a definite attack noun ("accused
    X of the attack", "accused X of plotting the attack on the school"), its conjuncts included (with a country
    or not) so that two accused are seen as two; none for a negated accusation or another attack."""
    entry = definite_entry(noun, index, lexicon, phrased=True) if noun.pos_ == "NOUN" else None
    if entry is None or _other_attack(noun) or load_codes().get(entry.cameo).plover != "ASSAULT":
        return []
    doing = noun.head if noun.dep_ == "dobj" and noun.head.dep_ == "pcomp" else None
    if doing is not None and doing.lemma_.lower() not in lexicon.rules.leading_participles:
        return []
    prep = doing.head if doing is not None else noun.head if noun.dep_ == "pobj" else None
    held = imputed_doer(prep, lexicon) if prep is not None and prep.dep_ == "prep" else None
    if held is None or prep is None or any(c.dep_ == "neg" for c in prep.head.children):
        return []  # "did not accuse X of the attack": no one is named
    return subject_claimants(held, index) + [m for c in held.conjuncts for m in index.actors(c)]


def _other_attack(noun: Token) -> bool:
    """Whether the noun's own words make it another attack than the story's ("the previous attack", "the 2019
    attack")."""
    return any(c.lower_ in OTHER_ATTACK or _YEAR.fullmatch(c.text) for c in noun.children)


def _attack_noun(noun: Token, taken: set[int], lexicon: Lexicon) -> Frame | None:
    """A bare frame (no parties yet) for an attack noun with no frame of its own that names no doer and no other
    attack; None for any other word."""
    if noun.pos_ != "NOUN" or noun.i in taken:
        return None
    entry = noun_entry(noun, noun_entries(noun, lexicon))
    if entry is None or load_codes().get(entry.cameo).plover != "ASSAULT" \
            or not (noun.lemma_.lower().startswith(REFERENT_STEMS) or entry.cameo.startswith(_BOMBING)):
        return None
    if _other_attack(noun) or any(c.dep_ in _OWN_DOER and not _names_when(c) for c in noun.children):
        return None
    if any(c.dep_ == "prep" and c.lower_ == "by" for c in noun.children):
        return None
    return Frame(noun, [noun], entry, entry.cameo, [], [], RECALLED, False, False, noun)


def _names_when(word: Token) -> bool:
    """Whether a possessive names a day or a time ("Saturday's", "the previous day's"), not a doer."""
    return word.dep_ == "poss" and (word.ent_type_ in _WHEN or time_word(word.lower_))


def claimed_ahead(sent: Doc, frames: Sequence[Frame], index: MentionIndex, claimant: Actor | None,
                  lexicon: Lexicon) -> list[Frame]:
    """Frames for the attack nouns of a sentence told before the story's claim, as the claimant's acts on whom
    their phrase names as struck (see the module)."""
    if claimant is None:
        return []
    taken = {w.i for f in frames for w in f.words}
    out: list[Frame] = []
    for noun in doc_tokens(sent):
        frame = _attack_noun(noun, taken, lexicon)
        if frame is None:
            continue
        frame.targets.extend(m for pobj in prep_objects(noun, frame.entry.preps) for m in index.actors(pobj)
                             if m.actor.code != claimant.code)
        if not frame.targets:
            frame.targets.extend(facility_targets(frame, index, lexicon, home=claimant.country))
        if frame.targets:
            frame.sources.append(Mention(replace(claimant, text=noun.text), noun.i, noun.i + 1, noun.idx,
                                         noun.idx + len(noun), RECALLED, "claimed"))
            out.append(frame)
    return out
