"""Acts whose object names two fields at once (events.domain_lists, data/lexicon/domain_codes.json): "vowed to maintain
its trade and security ties with X" is economic and military cooperation, two acts, each with its field's code.
Must-not cases: acts CAMEO does not split by field (sanctions), two words of one field, a noun event with no verb,
modifiers that name no field. Sentences written for these tests; actors marked by exact string."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.marking import coded_events

ACTORS = {"Chile": "CHL", "Peru": "PER", "Bolivia": "BOL"}

Triple = tuple[str, str | None, str]

CASES: list[tuple[str, list[Triple]]] = [
    ("Chile vowed to maintain its trade and security relations with Peru.",
     [("CHL", "PER", "0311"), ("CHL", "PER", "0312")]),
    ("Bolivia is seeking economic and military aid from Peru.", [("BOL", "PER", "0231"), ("BOL", "PER", "0232")]),
    ("Chile gave economic and humanitarian aid to Bolivia.", [("CHL", "BOL", "071"), ("CHL", "BOL", "073")]),
    # must-not: sanctions are one act whatever their fields; one field named twice; a state, not an act
    ("Chile imposed economic and political sanctions on Peru.", [("CHL", "PER", "163")]),
    ("Bolivia is seeking defense and security aid from Peru.", [("BOL", "PER", "023")]),  # left whole
    ("Peru enjoys warm political and security ties with Bolivia.", []),
    ("Bolivia is seeking urgent and generous aid from Peru.", [("BOL", "PER", "023")]),
]


@pytest.mark.parametrize("text,want", CASES, ids=[c[0][:40] for c in CASES])
def test_domain_lists_one_act_per_field(text: str, want: list[Triple], nlp: Language) -> None:
    got = sorted((e.source.code, e.target.code if e.target else None, e.cameo) for e in coded_events(nlp, text, ACTORS))
    assert got == sorted(want)


def test_domain_lists_each_field_names_its_trigger(nlp: Language) -> None:
    events = coded_events(nlp, "Bolivia is seeking economic and military aid from Peru.", ACTORS)
    assert sorted(e.trigger for e in events) == ["seeking aid", "seeking military aid"]
