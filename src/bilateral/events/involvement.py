"""A speaker who says an actor took part in a wrong accuses it: "X said Y was involved in corrupt acts".

``speech.reported_verdict`` reads a verdict said with a copula ("X said Y's plan is illegal"); a wrong can also be
said as the actor's part in it: "was involved in", "was implicated in", "engaged in", "participated in" a thing a
disapproving word names ("corrupt acts", "illegal arms deals", "criminal schemes"). That is the speaker's
accusation of the actor (CAMEO 112). Not fired when the part is negated or hedged ("was not involved in", "may
have been involved in"), when the thing holds no disapproving word ("was involved in the talks"), when the
speaker is on the actor's own side, or when nobody named speaks.

A wrong can also be said as a verb of wronging with the actor as its subject: "X said Y sabotaged the talks",
"'Y has repeatedly tried to undermine the process,' X said" (a verb of trying takes the wrong as its infinitive).
The same accusation, with the same guards: not "did not sabotage", "could undermine", "tried to improve", nor a
passive ("the talks were sabotaged": no doer as subject).
"""

from __future__ import annotations

from spacy.tokens import Token

from bilateral.events.arguments import MentionIndex
from bilateral.events.blamed import HEARSAY
from bilateral.events.frames import DIRECT, Frame
from bilateral.events.lexicon import Lexicon, TriggerEntry
from bilateral.events.roles import prep_objects, subject_of
from bilateral.events.speech import HEDGES, STATE_SECTORS, speaker_of
from bilateral.models import CameoCode

_PARTAKING = frozenset({"involve", "implicate", "engage", "participate"})
"""Verbs of taking part in something, whose "in" phrase names what the actor took part in."""
_IN = frozenset({"in"})
_WRONGING = frozenset({"sabotage", "undermine", "subvert", "obstruct", "betray", "violate", "breach", "meddle",
                       "interfere", "incite", "destabilize", "destabilise", "cheat"})
"""Verbs of wronging a thing or a party: doing one is a wrong whatever its object ("sabotaged the talks")."""
_TRYING = frozenset({"try", "attempt", "seek"})
"""Verbs of trying, whose infinitive is the act tried ("tried to sabotage the talks")."""
_ACCUSE = CameoCode("112")
"""CAMEO "accuse, not specified"."""


def _disapproving(thing: Token, lexicon: Lexicon) -> list[Token]:
    """The disapproving words in what the actor took part in ("corrupt acts"), by lemma or as written."""
    words = lexicon.rules.disapproving_words
    return [t for t in thing.subtree if t.lemma_.lower() in words or t.lower_ in words]


def said_clause(verb: Token, lexicon: Lexicon, heads: frozenset[str]) -> Token | None:
    """The clause a speech verb states as so, when its verb is one of ``heads``: "X said Y was involved in ...",
    "X said corruption in Y is pervasive". None for a verb of belief or warning (hearsay, not a charge), a denial,
    or a clause negated or hedged ("was not", "may have been")."""
    lemma = verb.lemma_.lower()
    rules = lexicon.rules
    if lemma not in rules.speech_verbs or lemma in HEARSAY or lemma in rules.denial_verbs:
        return None
    clause = next((c for c in verb.children if c.dep_ in ("ccomp", "parataxis") and c.lemma_.lower() in heads),
                  None)
    if clause is None or any(c.dep_ == "neg" or (c.dep_ == "aux" and c.lower_ in HEDGES)
                             for c in clause.children):
        return None
    return clause


def partaking_frame(verb: Token, index: MentionIndex, lexicon: Lexicon) -> Frame | None:
    """"X said Y was involved in corrupt acts", "X says Y engaged in illegal arms deals": the speaker's accusation
    (112) of whoever took part in the wrong; "X said Y sabotaged the talks" (``_wronging``) likewise; None otherwise
    (module docstring)."""
    clause = said_clause(verb, lexicon, _PARTAKING)
    if clause is None:
        return _wronging(verb, index, lexicon)
    said = [w for thing in prep_objects(clause, _IN) for w in _disapproving(thing, lexicon)]
    doer = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)  # "was involved": passive
    if not said or doer is None:
        return None
    return _accusation(verb, doer, [clause, *said], index, lexicon)


def _wronging(verb: Token, index: MentionIndex, lexicon: Lexicon) -> Frame | None:
    """"X said Y sabotaged the talks", "'Y tried to undermine the process,' X said": the speaker accuses the
    clause's active subject of the wrong its verb names (``_WRONGING``), said outright or as what it tried."""
    clause = said_clause(verb, lexicon, _WRONGING | _TRYING)
    if clause is None:
        return None
    wrong: Token | None = clause
    if clause.lemma_.lower() in _TRYING:
        wrong = next((c for c in clause.children if c.dep_ == "xcomp" and c.lemma_.lower() in _WRONGING), None)
    doer = next((c for c in clause.children if c.dep_ == "nsubj"), None)
    if wrong is None or doer is None or any(c.dep_ == "neg" for c in wrong.children):
        return None
    return _accusation(verb, doer, [clause, wrong], index, lexicon, news=True)


def _accusation(verb: Token, doer: Token, said: list[Token], index: MentionIndex, lexicon: Lexicon,
                news: bool = False) -> Frame | None:
    """The speech verb's accusation (112) of the doer's actors, when a named speaker not on their side says it;
    with ``news``, a news outlet's telling is news, not its accusation ("Reuters reported that Y sabotaged ...")."""
    rules = lexicon.rules
    sources = speaker_of(subject_of(verb, rules.relative_pronouns), index, lexicon)
    if news:
        sources = [m for m in sources if m.actor.sector not in rules.press_sectors]
    own = {m.actor.code for m in sources}
    states = {m.actor.country for m in sources if m.actor.sector in STATE_SECTORS}
    targets = [m for m in index.actors(doer) if m.actor.code not in own
               and not (m.actor.sector in STATE_SECTORS and m.actor.country in states)]
    if not sources or not targets:
        return None
    entry = TriggerEntry("verb", verb.lemma_.lower(), None, frozenset(), frozenset(), _ACCUSE, frozenset(), 0)
    return Frame(verb, [verb, *dict.fromkeys(said)], entry, _ACCUSE, sources, targets, DIRECT, False, False, verb)
