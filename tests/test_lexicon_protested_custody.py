"""Protesting someone's arrest or detention (data/lexicon/petrarch_excluded.tsv): PETRARCH's 'protest' + arrest,
custody, detention, jail, prison ... entry coded it as rallying support (053), so a state protesting the jailing of
its own envoy was coded as supporting the jailer. The converted entry is excluded: the protest is coded by the
project's own 'protest' (a complaint, 114) and never as support. Sentences written for these tests; actors marked
by exact string, as in the golden cases."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.marking import coded_events

Want = set[tuple[str, str | None, str]]

CASES: list[tuple[str, dict[str, str], Want]] = [
    # a protest at a detention its doer names: a complaint to the doer (114), no support
    ("Peru protested the arrest of its consul by Bolivia on Friday.",
     {"Peru": "PERGOV", "Bolivia": "BOLGOV"}, {("PERGOV", "BOLGOV", "114")}),
    ("The Peruvian government protested to Bolivia over the detention of its fishermen.",
     {"Peruvian government": "PERGOV", "Bolivia": "BOLGOV"}, {("PERGOV", "BOLGOV", "114")}),
    # no doer named: no support coded for anyone
    ("Peru protested the jailing of the Peruvian consul.",
     {"Peru": "PERGOV", "Peruvian consul": "PERGOV"}, set()),
]


@pytest.mark.parametrize("text,actors,want", CASES, ids=[c[0][:40] for c in CASES])
def test_lexicon_protested_custody(text: str, actors: dict[str, str], want: Want, nlp: Language) -> None:
    got = {(e.source.code, e.target.code if e.target else None, e.cameo)
           for e in coded_events(nlp, text, actors) if e.modality == "asserted"}
    assert got == want


@pytest.mark.parametrize("text,actors", [
    ("Peru protested the custody of its consul in Bolivia.", {"Peru": "PERGOV", "Bolivia": "BOLGOV"}),
    ("Peru protested the Peruvian consul's detention.", {"Peru": "PERGOV", "Peruvian consul": "PERGOV"}),
])
def test_lexicon_protested_custody_is_never_support(text: str, actors: dict[str, str], nlp: Language) -> None:
    """Whatever the target, a protest at a detention is no rallying of support (053)."""
    assert not [e for e in coded_events(nlp, text, actors) if e.cameo == "053"]
