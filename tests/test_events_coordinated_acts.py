"""Each member of a coordination that has a CAMEO code of its own is its own act, though the two share a source,
a target and a PLOVER type ("visited X and held talks with X": 042 and 040, two events; coder._one_per_act). Must-not
cases: two verbs of one code ("condemned and criticised": one act said twice), a violent type (an ambush and the
killing it did are one attack), an act beside a word that is in no coordination with it ("met X for talks").
Sentences written for these tests; actors marked by exact string."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.marking import coded_events

ACTORS = {"Kenya's trade minister": "KENGOV", "Uganda's government": "UGAGOV", "Kampala": "UGAGOV",
          "Chile": "CHLGOV", "Peru": "PERGOV", "Rebels": "KENREB", "Kenyan soldiers": "KENMIL"}

Triple = tuple[str, str | None, str]

CASES: list[tuple[str, list[Triple]]] = [
    ("Kenya's trade minister visited Kampala in May and held talks with Uganda's government on duties.",
     [("KENGOV", "UGAGOV", "040"), ("KENGOV", "UGAGOV", "042")]),
    # must-not: one code twice is one act; a violent sequence is one attack; a noun not coordinated with the verb
    ("Chile condemned Peru and criticised Peru over the fishing quotas.", [("CHLGOV", "PERGOV", "111")]),
    ("Rebels ambushed Kenyan soldiers near the border and killed nine of them.", [("KENREB", "KENMIL", "190")]),
    ("Kenya's trade minister met Uganda's government for talks about duties.", [("KENGOV", "UGAGOV", "040")]),
]


@pytest.mark.parametrize("text,want", CASES, ids=[c[0][:40] for c in CASES])
def test_coordinated_acts(text: str, want: list[Triple], nlp: Language) -> None:
    got = sorted((e.source.code, e.target.code if e.target else None, e.cameo)
                 for e in coded_events(nlp, text, ACTORS) if e.source.code == want[0][0])
    assert got == want
