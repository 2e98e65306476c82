"""Goods moved in containers: a verb of moving containers moves what they hold, named in their "of" phrase or a
holding clause on them (events/matching.py ``_contents``; ``container_nouns`` and ``holding_verbs`` in
frames.json): "shipped hundreds of crates of ammunition to X", "shipped containers to X that can hold shells".
Must-not: containers with nothing named in them, containers of other goods, and a vehicle that is no container.
Sentences written for these tests; actors marked by exact string."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.marking import coded_events

_ACTORS = {"Iran": "IRN", "Sudan": "SDN"}

CASES: list[tuple[str, set[tuple[str, str | None, str]]]] = [
    ("Iran has shipped hundreds of crates of ammunition to Sudan, officials said.", {("IRN", "SDN", "072")}),
    ("Iran has shipped 500 containers to Sudan that can hold thousands of mortar rounds, officials said.",
     {("IRN", "SDN", "072")}),
    # must-not: nothing named in the containers, other goods, a vehicle that carries arms is no container
    ("Iran has shipped 500 containers to Sudan, officials said.", set()),
    ("Iran has shipped 500 containers of grain to Sudan, officials said.", set()),
    ("Iran has shipped 500 trucks to Sudan that can carry rockets, officials said.", set()),
]


@pytest.mark.parametrize("text,want", CASES, ids=[c[0][:40] for c in CASES])
def test_events_container_contents_are_what_is_moved(text: str, want: set[tuple[str, str | None, str]],
                                                     nlp: Language) -> None:
    got = {(e.source.code, e.target.code if e.target else None, e.cameo) for e in coded_events(nlp, text, _ACTORS)}
    assert got == want
