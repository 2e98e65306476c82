"""A politician's critics or opponents are that politician's country's opposition: "the president's critics accused
him of ...", "the former premier's opponents".

A noun for those who stand against someone (``personal_opponent_nouns`` in sectors.json: "critics", "opponents")
with a person as its possessor names a group of that person's country, the domestic opposition to that person
(sector OPP; PTY, rival parties, for an opposition figure's): without it the noun is no actor, the possessor is
read as the subject, and "X's critics accused him" becomes X accusing X, which is dropped.
News writes a person's critics at home far more than abroad.

Not when the possessor is a state or a body ("Iran's opponents": ``agents.relational_groups`` and the name passes
decide), a pronoun ("his critics": who is meant is left to the event coder), or a person of no known country; nor
for the noun with no possessor ("critics say ...": an unnamed group commenting is no actor of its own).

"Him" or "her" as the direct object of the verb whose subject they are ("X's critics accused him of graft") is that
person (``opposed_person_objects``): one does not stand against oneself, and the person is the one the clause
names. Not an object of another verb ("X's critics say police arrested him"), nor when another person is named
before the pronoun (the nearer one may be meant).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from spacy.tokens import Doc

from bilateral.actors.agents import CONTEXT_CONFIDENCE
from bilateral.actors.anaphora import PRONOUN_CONFIDENCE
from bilateral.actors.state import Resolution
from bilateral.models import Mention
from bilateral.nlp import doc_tokens

OPPOSITION = "OPP"
RIVAL_PARTIES = "PTY"
"""An opposition figure's opponents at home are the parties that contend with them (CAMEO's PTY), not the opposition
itself: coded OPP, "the opposition leader's critics accused him" would be the opposition acting on itself."""


def personal_opponents(r: Resolution) -> None:
    """Code the critics or opponents written on a person's possessive as that person's country's opposition."""
    nouns = r.kb.sectors.personal_opponent_nouns
    for tok in r.tokens:
        if tok.lower_ not in nouns or tok.i in r.claimed:
            continue
        owners = [c for c in tok.children if c.dep_ == "poss"]
        if len(owners) != 1:
            continue
        owner = owners[0]
        persons = [m.actor for m in r.mentions if m.start <= owner.i < m.end and m.actor.kind == "person"]
        if len(persons) != 1 or persons[0].country is None or not r.free(tok.i, tok.i + 1):
            continue
        sector = RIVAL_PARTIES if persons[0].sector == OPPOSITION else OPPOSITION
        actor = r.kb.country_actor(persons[0].country, sector, tok.text, kind="group")
        r.add(actor, tok.i, tok.i + 1, CONTEXT_CONFIDENCE, "context")


_OBJECT_PRONOUNS = frozenset({"him", "her"})


def opposed_person_objects(sent: Doc, mentions: Sequence[Mention], nouns: frozenset[str]) -> list[Mention]:
    """Mentions for "him"/"her", the direct object of a verb whose subject is a person's critics or opponents
    (``nouns``): "X's critics accused him" -> X."""
    if not nouns:
        return []
    by_token = {i: m for m in mentions for i in range(m.start, m.end)}
    out: list[Mention] = []
    for tok in doc_tokens(sent):
        if tok.lower_ not in _OBJECT_PRONOUNS or tok.dep_ != "dobj" or tok.tag_ != "PRP" or tok.i in by_token:
            continue
        subjects = [c for c in tok.head.children if c.dep_ == "nsubj"]
        if len(subjects) != 1 or subjects[0].lower_ not in nouns:
            continue
        owners = [by_token[c.i] for c in subjects[0].children if c.dep_ == "poss" and c.i in by_token]
        if len(owners) != 1 or owners[0].actor.kind != "person":
            continue
        owner = owners[0]
        if any(m.actor.kind == "person" and m is not owner and m.start < tok.i for m in mentions):
            continue
        out.append(Mention(replace(owner.actor, text=tok.text), tok.i, tok.i + 1, tok.idx, tok.idx + len(tok),
                           PRONOUN_CONFIDENCE, "pronoun"))
    return out
