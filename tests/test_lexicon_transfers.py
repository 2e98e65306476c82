"""Transfers and repeals named by their object: giving relief goods or arms to a state (073, 072), returning looted
art or antiquities to their country (0842), suspending or lifting a tax on another's firms (085), sending a platoon
or a contingent abroad (154), fighting fires or floods in another country (073). The same verbs with other objects
code nothing: giving a speech, returning to a capital, suspending a player. Sentences written for these tests;
actors marked by exact string."""

from __future__ import annotations


import pytest
from spacy.language import Language

from tests.marking import coded_events


CASES: list[tuple[str, dict[str, str], set[tuple[str, str | None, str]]]] = [
    ("The Japanese government gave tents and medicine to Nepal after the earthquake.",
     {"Japanese government": "JPNGOV", "Nepal": "NPL"}, {("JPNGOV", "NPL", "073")}),
    ("The Japanese government gave a long speech to Nepal's parliament on Monday.",
     {"Japanese government": "JPNGOV", "Nepal": "NPL"}, set()),
    ("Italian police returned three stolen paintings to the government of Peru on Tuesday.",
     {"Italian police": "ITACOP", "government of Peru": "PERGOV"}, {("ITACOP", "PERGOV", "0842")}),
    ("The Peruvian president returned to Lima on Tuesday after a week abroad.",
     {"Peruvian president": "PERGOV", "Lima": "PER"}, set()),
    ("Canada suspended its new tax on Mexican steel companies on Friday.",
     {"Canada": "CAN", "Mexican steel companies": "MEXBUS"}, {("CAN", "MEXBUS", "085")}),
    ("Ghana is sending an army platoon to Mali for the new mission.",
     {"Ghana": "GHA", "Mali": "MLI"}, {("GHA", "MLI", "154")}),
    ("Canadian firefighters battled blazes in Chile for two weeks.",
     {"Canadian firefighters": "CAN", "Chile": "CHL"}, {("CAN", "CHL", "073")}),
    ("Canadian firefighters fought wildfires in Chile for two weeks.",
     {"Canadian firefighters": "CAN", "Chile": "CHL"}, {("CAN", "CHL", "073")}),
    ("Canadian firefighters battled blazes for two weeks.",
     {"Canadian firefighters": "CAN"}, set()),
    ("Chilean troops battled rebels in the north for two weeks.",
     {"Chilean troops": "CHLMIL", "rebels": "CHLREB"}, {("CHLMIL", "CHLREB", "190"), ("CHLREB", "CHLMIL", "190")}),
]


@pytest.mark.parametrize("text,actors,want", CASES, ids=[c[0][:40] for c in CASES])
def test_lexicon_transfers(text: str, actors: dict[str, str], want: set[tuple[str, str | None, str]],
                           nlp: Language) -> None:
    got = {(e.source.code, e.target.code if e.target else None, e.cameo)
           for e in coded_events(nlp, text, actors)}
    assert got == want
