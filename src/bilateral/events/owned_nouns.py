"""Event nouns whose qualifier a state's own modifier stands in for: "EU duties", "Chinese duties" are customs
charges, as "import duties" are.

Some event nouns code an act only with a qualifier that says which sense is meant (triggers.tsv ``object``:
"duty" is a customs charge as an "import", "customs" or "retaliatory" duty, an obligation otherwise). A state's or
an international body's duties named by the state itself as a modifier ("U.S. duties", "the EU duties") are its
customs charges: only a state levies them, and a state's obligations are told as its "duties to" someone or by
its possessor. An entry flagged ``owned`` in the lexicon is used for such a noun when no entry's qualifier is
present. Whom the charge hits comes from the noun's own phrase or, failing that, from the owner's earlier
measures (events/repeated.py); with neither, no event.

Not when the modifier is a person ("Trump's duties", "the minister's duties": his office), a force, court or
company ("police duties", "military duties"), or a word no actor stands for ("official duties", "peacekeeping
duties"), nor when the owner is a possessor ("Britain's duties under the treaty": its obligations).

A sanction or customs charge whose owner the parser hangs on the noun of the goods it covers ("the U.S. steel and
aluminum tariffs": "U.S." modifies "steel") is that state's all the same: the state named first in a chain of
modifiers of a measure is who lays it, as "U.S. tariffs" says (``nested_owner``). Not a demonym ("Chinese steel
tariffs" are as often tariffs on Chinese steel), a person, a force or a company, nor a modifier that is an actor
itself ("the army's", read by nominal.own_sources), nor any other act ("U.S. army drills").
"""

from __future__ import annotations

from spacy.tokens import Token

from bilateral.events.arguments import MentionIndex
from bilateral.events.lexicon import TriggerEntry
from bilateral.models import Mention

_OWNED = "owned"
_MODIFIERS = frozenset({"compound", "amod", "nmod"})
_NESTED = frozenset({"compound", "nmod"})
_SANCTION = "163"
"""The code of sanctions and customs charges, the measures whose owner a modifier of their goods may name."""
_STATE_SECTORS = frozenset({None, "GOV", "IGO"})
"""Sectors of the actors that levy measures: a state named as such, its government, an international body."""


def owned_entry(noun: Token, entries: tuple[TriggerEntry, ...], index: MentionIndex) -> TriggerEntry | None:
    """The ``owned`` entry of an event noun whose modifier before it names a state, its government or an
    international body ("EU duties"); None when no entry is flagged so or no such modifier is there."""
    owned = [e for e in entries if _OWNED in e.flags]
    if not owned:
        return None
    for child in noun.children:
        if child.dep_ not in _MODIFIERS or child.i > noun.i:
            continue
        if _state(index.at(child)):
            return owned[0]
    return None


def _state(mention: Mention | None) -> bool:
    """Whether a mention names a state, its government or an international body, not a person."""
    return mention is not None and mention.actor.kind != "person" and mention.actor.sector in _STATE_SECTORS


def nested_owner(noun: Token, entry: TriggerEntry, index: MentionIndex) -> tuple[Mention, Token] | None:
    """The state that lays a sanction or customs charge, named as the modifier of a noun modifying it ("the U.S.
    steel tariffs"), with the token naming it; None for any other act or when no such state is there."""
    if not entry.cameo.startswith(_SANCTION):
        return None
    for child in noun.children:
        if child.dep_ not in _NESTED or child.i > noun.i or index.at(child) is not None:
            continue
        for owner in child.children:
            mention = index.at(owner)
            if owner.dep_ in _NESTED and owner.i < child.i and _state(mention) \
                    and mention is not None and mention.actor.kind != "demonym":
                return mention, owner
    return None
