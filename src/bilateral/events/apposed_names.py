"""The name an apposition gives a party described by a common noun: "talks between Peru and a rebel alliance,
the Shining Front".

A party named first by a description ("a rebel alliance", "an armed group") is resolved from the story around it,
less surely than by its name; when an apposition then names it, the name is who the party is, as sure as a name.
The parser hangs such an apposition on the party's own noun or, after a coordination, on the event noun whose
phrase lists the parties ("agreements between X and an armed group, the Y": "Y" on "agreements"). Only an
apposition that names the same actor replaces the description: one naming another actor says something else
("talks between X and Y, Z's first" is no third party).
"""

from __future__ import annotations

from spacy.tokens import Token

from bilateral.actors.agents import UNKNOWN_COUNTRY
from bilateral.events.arguments import MentionIndex
from bilateral.models import Mention


def apposed_names(noun: Token, parties: list[Mention], index: MentionIndex) -> list[Mention]:
    """``parties`` of the event ``noun``, each described party replaced by the surer mention of an apposition
    that names the same actor, hung on the noun or on the party's own head word."""
    out: list[Mention] = []
    for party in parties:
        heads = (noun, index.head_of(party))
        names = [m for head in heads for c in head.children
                 if c.dep_ == "appos" and (m := index.at(c)) is not None and m is not party]
        surer = max((m for m in names if _names(m, party) and m.confidence > party.confidence),
                    key=lambda m: m.confidence, default=None)
        out.append(surer if surer is not None and surer not in out else party)
    return out


def _names(name: Mention, party: Mention) -> bool:
    """Whether ``name`` may name the described ``party``: the same actor, or, for a party of no known country
    ("an armed group": ``---REB``), an actor of its sector."""
    if name.actor.code == party.actor.code:
        return True
    return party.actor.code.startswith(UNKNOWN_COUNTRY) and party.actor.sector is not None \
        and name.actor.sector == party.actor.sector
