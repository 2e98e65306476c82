"""Plaintiffs named by what they do: "the groups bringing the lawsuits", "organizations that filed the petition".

A bare group noun (sectors.json ``plaintiff_nouns``: "groups", "organizations") names no sector of its own, but one
whose participle or relative clause brings a lawsuit (its direct object one of ``suit_nouns``) is a civil-society
plaintiff: news says "the groups" for the rights and advocacy groups that sue a state. It is read as an NGO, and
``agents.domestic_groups`` gives it the country of a one-country sentence about its state in a story set there,
as it does "rights groups". Not a group the suit is aimed at or only named in ("the groups named in the suit",
"groups targeted by the complaint": no suit noun as the clause's direct object), nor a group with its own
sector words ("rebel groups" are read by their phrase first).
"""

from __future__ import annotations

from spacy.tokens import Token

from bilateral.actors.records import SectorWords

_CLAUSES = frozenset({"acl", "relcl"})
"""A participle ("the groups bringing the suits") or a relative clause ("groups that filed the suit")."""


def suing_group(sectors: SectorWords, tok: Token) -> str | None:
    """``"NGO"`` when ``tok`` is a plaintiff group noun whose own clause brings a lawsuit, else None."""
    if tok.lower_ not in sectors.plaintiff_nouns:  # cheap: most nouns are no such group
        return None
    for clause in tok.children:
        if clause.dep_ in _CLAUSES and any(o.dep_ == "dobj" and o.lemma_.lower() in sectors.suit_nouns
                                          for o in clause.children):
            return "NGO"
    return None
