"""A verb whose arguments decide its act (``events/recoding.py``): a hosting verb with an act for its object approves
of the act (051), a guest or a visit keeps the hosting (042/043), a thing received is no guest; a force verb whose
doer is a measure ("hit by sanctions") is the measure's act (163), an armed doer or a weapon keeps the assault
(19x); a negotiation done whose object is an agreement made it (057), one under way stays a negotiation (046).
Sentences written for these tests; actors marked by exact string."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.marking import coded_events

CASES: list[tuple[str, dict[str, str], set[tuple[str, str, str]]]] = [
    ("Moldova's plan was welcomed by Romanian officials.",
     {"Moldova": "MDA", "Romanian officials": "ROUGOV"}, {("ROUGOV", "MDA", "051")}),
    ("Romanian officials welcomed Moldova's decision to reopen the border.",
     {"Moldova": "MDA", "Romanian officials": "ROUGOV"}, {("ROUGOV", "MDA", "051")}),
    ("Romania welcomed the move by Moldova.", {"Romania": "ROU", "Moldova": "MDA"}, {("ROU", "MDA", "051")}),
    ("The Peruvian economy was hit by Chilean sanctions.",
     {"Peruvian economy": "PER", "Chilean": "CHL"}, {("CHL", "PER", "163")}),
    ("Chilean tariffs hit Peruvian exporters last year.",
     {"Peruvian exporters": "PERBUS", "Chilean": "CHL"}, {("CHL", "PERBUS", "163")}),
    ("He praised the pact that Kenya negotiated with Uganda in 2019.",
     {"Kenya": "KEN", "Uganda": "UGA"}, {("KEN", "UGA", "057"), ("UGA", "KEN", "057")}),  # a pact binds both
    # must not: a guest, a visit, an armed doer, a weapon
    ("The Romanian president welcomed the Moldovan president to Bucharest.",
     {"Romanian president": "ROUGOV", "Moldovan president": "MDAGOV"},
     {("ROUGOV", "MDAGOV", "043"), ("MDAGOV", "ROUGOV", "042")}),
    ("Romania welcomed the visit of the Moldovan president.",
     {"Romania": "ROU", "Moldovan president": "MDAGOV"}, {("ROU", "MDAGOV", "043"), ("MDAGOV", "ROU", "042")}),
    # no hosting: the support a cause received in a state is that state's (events/received.py)
    ("Moldova's plight has received support in Romania.", {"Moldova": "MDA", "Romania": "ROU"},
     {("ROU", "MDA", "050")}),
    ("Kenya is negotiating a trade deal with Uganda.",
     {"Kenya": "KEN", "Uganda": "UGA"}, {("KEN", "UGA", "046"), ("UGA", "KEN", "046")}),
    ("Kenyan refugees have received food and blankets, thanks to the Ugandan Red Cross.",
     {"Kenyan refugees": "KENREF", "Ugandan Red Cross": "UGANGO"}, set()),
    ("Museveni received the Kenyan delegation.", {"Museveni": "UGAGOV", "Kenyan delegation": "KENGOV"},
     {("UGAGOV", "KENGOV", "043"), ("KENGOV", "UGAGOV", "042")}),
    ("Chilean rebels hit the Peruvian convoy.",
     {"Chilean rebels": "CHLREB", "Peruvian convoy": "PERMIL"}, {("CHLREB", "PERMIL", "190")}),
    ("The Peruvian base was hit by Chilean missiles.",
     {"Peruvian base": "PERMIL", "Chilean missiles": "CHLMIL"}, {("CHLMIL", "PERMIL", "190")}),
]


@pytest.mark.parametrize("text,actors,want", CASES, ids=[c[0][:40] for c in CASES])
def test_events_argument_types(text: str, actors: dict[str, str], want: set[tuple[str, str, str]],
                               nlp: Language) -> None:
    got = {(e.source.code, e.target.code if e.target else "", e.cameo) for e in coded_events(nlp, text, actors)}
    assert got == want
