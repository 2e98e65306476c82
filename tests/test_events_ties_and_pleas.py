"""Keeping up or building on relations with a party (triggers.tsv, 050; military or economic ties are military or
economic cooperation, 062 and 061, through frames.json ``aid_codes``), and ties between people that are no
relations between parties (frames.json ``private_ties``); a plea in court ("pleaded guilty") is no appeal
(triggers.tsv ``intransitive``: an adjective complement gives the verb another sense). Sentences written for these
tests; actors marked by exact string."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.marking import coded_events

_ACTORS = {"Kenya": "KEN", "Uganda": "UGA", "Kenyan officials": "KENGOV", "Ugandan court": "UGAJUD",
           "Kenyan minister": "KENGOV", "Ugandan refugees": "UGAREF", "United Nations": "IGOUNO"}

CASES: list[tuple[str, set[tuple[str, str, str, str]]]] = [
    ("Kenya strengthened its ties with Uganda last year.", {("KEN", "UGA", "050", "asserted")}),
    ("Kenya has deepened its relationship with Uganda.", {("KEN", "UGA", "050", "asserted")}),
    ("Kenya bolstered military ties with Uganda last year.", {("KEN", "UGA", "062", "asserted")}),
    ("Kenya will maintain trade relations with Uganda.", {("KEN", "UGA", "0311", "future")}),
    ("Kenyan officials pleaded with Uganda to reopen the border.", {("KENGOV", "UGA", "020", "asserted")}),
    ("Ugandan refugees pleaded for help from the United Nations.", {("UGAREF", "IGOUNO", "020", "asserted")}),
    # must not: ties cut keep their own code, ties between people, a plea in court
    ("Kenya cut ties with Uganda last year.", {("KEN", "UGA", "161", "asserted")}),
    ("Kenya severed relations with Uganda last year.", {("KEN", "UGA", "161", "asserted")}),
    ("The Kenyan minister kept family ties with Uganda.", set()),
    ("The Kenyan minister cut family ties with Uganda.", set()),
    ("Kenyan officials hired a firm to strengthen the public relations of the ministry with Uganda.", set()),
    ("The Kenyan minister pleaded guilty before the Ugandan court.", set()),
    ("The Kenyan minister pleaded not guilty before the Ugandan court on Monday.", set()),
]


@pytest.mark.parametrize("text,want", CASES, ids=[c[0][:40] for c in CASES])
def test_events_ties_and_pleas(text: str, want: set[tuple[str, str, str, str]], nlp: Language) -> None:
    got = {(e.source.code, e.target.code if e.target else "", e.cameo, e.modality)
           for e in coded_events(nlp, text, _ACTORS)}
    assert got == want
