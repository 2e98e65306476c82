"""A speaker who says a wrong is rife in a country accuses that country: "a report by X said corruption in Y is
pervasive" is X's charge of corruption against Y (CAMEO 1121).

A speech verb whose clause has as subject a noun of a wrong ("corruption", "graft", "torture", "repression") placed in
or owned by an actor ("corruption in Y", "Y's corruption", "Yan graft") and says what it is or that it goes on
("is pervasive", "remains widespread", "persists") tells the wrong as found on the speaker's word. A wrong of
crime (corruption, graft, bribery, embezzlement) is a charge of crime (1121), other wrongs an accusation (112).

Not fired: a negated or hedged clause ("is not a problem", "could become"), a wrong owned by no actor ("corruption
is pervasive"), a speaker on the owner's own side, a news outlet's report (``speech.author`` leaves it out),
a denial or a belief ("denied that corruption in Y is ..."), or no named speaker.
"""

from __future__ import annotations

from spacy.tokens import Token

from bilateral.events.arguments import MentionIndex
from bilateral.events.frames import DIRECT, Frame
from bilateral.events.involvement import said_clause
from bilateral.events.lexicon import Lexicon, TriggerEntry
from bilateral.events.roles import prep_objects, subject_of
from bilateral.events.speech import speaker_of
from bilateral.models import CameoCode, Mention

_WRONGS = {"corruption": "1121", "graft": "1121", "bribery": "1121", "embezzlement": "1121",
           "torture": "112", "repression": "112"}
"""Nouns of a wrong that can be rife in a country, with the accusation saying so makes. Each is also a
disapproving word (frames.json), so that the pre-filter parses a speech verb beside it."""
_GOING_ON = frozenset({"be", "remain", "persist", "continue"})
"""Verbs of a clause that says what a wrong is or that it goes on."""
_IN = frozenset({"in"})
_OWNER_DEPS = frozenset({"poss", "amod", "compound"})


def _same_side(a: Mention, b: Mention) -> bool:
    """Whether two mentions stand for one side: one actor, one country, or two bodies of one state."""
    x, y = a.actor, b.actor
    return x.code == y.code or (x.country is not None and x.country == y.country)


def prevalent_wrong_frame(verb: Token, index: MentionIndex, lexicon: Lexicon) -> Frame | None:
    """"X said corruption in Y is pervasive": X's charge (1121) or accusation (112) of Y; None otherwise (module
    docstring)."""
    rules = lexicon.rules
    clause = said_clause(verb, lexicon, _GOING_ON)
    if clause is None:
        return None
    wrong = next((c for c in clause.children if c.dep_ == "nsubj" and c.lemma_.lower() in _WRONGS), None)
    if wrong is None:
        return None
    owners = [m for c in wrong.children if c.dep_ in _OWNER_DEPS for m in index.actors(c)]
    owners += [m for p in prep_objects(wrong, _IN) for m in index.actors(p)]
    sources = speaker_of(subject_of(verb, rules.relative_pronouns), index, lexicon)
    targets = [m for m in owners if not any(_same_side(s, m) for s in sources)]
    if not sources or not targets:
        return None
    code = CameoCode(_WRONGS[wrong.lemma_.lower()])
    entry = TriggerEntry("verb", verb.lemma_.lower(), None, frozenset(), frozenset(), code, frozenset(), 0)
    return Frame(verb, [verb, clause, wrong], entry, code, sources, targets, DIRECT, False, False, verb)
