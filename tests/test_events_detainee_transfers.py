"""Sending, flying, transferring, moving or bringing in detainees, prisoners or inmates is an act of custody (CAMEO 173:
triggers.tsv), by its doer, on the people moved; told in the passive with no agent, it is the act of the state
they are taken to (``state_acts`` in frames.json, ``implied.implied_agents``). Must-not cases: held people taken
to their own country are returned, as in a prisoner swap, and detainees named as no actor make no act on the
place they are taken to (``recoding.not_held``); aid or envoys sent are no custody, and no state agent is
inferred for them. Sentences written for these tests; actors marked by exact string."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.marking import coded_triples

ACTORS = {"Somali detainees": "SOMCVL", "Somali inmates": "SOMCVL", "Kenya": "KEN", "Kenyan police": "KENCOP",
          "Nairobi": "KEN", "Russia": "RUS", "Ukraine": "UKR", "Ukrainian prisoners": "UKRCVL", "Haiti": "HTI",
          "Somalia": "SOM"}

CASES: list[tuple[str, set[tuple[str, str | None, str]]]] = [
    ("The Somali detainees were flown to Kenya on Tuesday.", {("KENGOV", "SOMCVL", "173")}),
    ("Kenyan police transferred the Somali inmates to a prison in Nairobi.", {("KENCOP", "SOMCVL", "173")}),
    ("Kenyan police brought in the Somali inmates on Tuesday.", {("KENCOP", "SOMCVL", "173")}),
    # must-not: bringing in anyone not held is no custody
    ("Kenya brought in envoys from Somalia.", set()),
    # must-not: prisoners taken home are returned (a swap), not held
    ("Russia flew the Ukrainian prisoners to Ukraine on Tuesday.", set()),
    ("The Ukrainian prisoners were flown to Ukraine on Tuesday.", set()),
    # must-not: what is sent is aid or an envoy, no one held
    ("Aid was sent to Haiti on Tuesday.", set()),
    ("Kenya sent envoys to Somalia.", set()),
    # must-not: the detainees are no actor here: the place they are taken to is no target
    ("Kenyan police flew the detainees to Somalia.", set()),
]


@pytest.mark.parametrize("text,want", CASES, ids=[c[0][:40] for c in CASES])
def test_detainee_transfers(text: str, want: set[tuple[str, str | None, str]], nlp: Language) -> None:
    assert coded_triples(nlp, text, ACTORS, "17") == want
