"""An effort told as failed ("X's effort to mediate collapsed", "a failed attempt to V") did not reach its act: the
act is negated, not asserted as an effort under way is; an attack or a coercion stays an asserted attempt, as CAMEO
codes it (events/failed_efforts.py). Must not: an effort that failed to bring about another act, a failing verb
denied, an effort that succeeded. Sentences written for these tests; actors marked by exact string."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.marking import coded_events

ACTORS = {"Ghana": "GHA", "Mali": "MLI", "Niger": "NER", "Boko Haram": "NGAREB", "Nigeria": "NGAGOV",
          "the governor of Borno": "NGAGOV"}

Got = set[tuple[str, str | None, str, str]]

CASES: list[tuple[str, Got]] = [
    ("Ghana's effort to mediate between Mali and Niger collapsed in June.",
     {("GHA", "MLI", "045", "negated"), ("GHA", "NER", "045", "negated")}),
    ("Ghana's failed attempt to mediate between Mali and Niger drew scorn in the region.",
     {("GHA", "MLI", "045", "negated"), ("GHA", "NER", "045", "negated")}),
    # an attack or a killing attempted is coded as the attempt, asserted
    ("Boko Haram's attempt to kill the governor of Borno was foiled by guards, Nigeria said.",
     {("NGAREB", "NGAGOV", "185", "asserted")}),
    # must not: the effort failed to bring about another act; the failing is denied; the effort succeeded
    ("Ghana's efforts to mediate between Mali and Niger failed to end the border dispute.",
     {("GHA", "MLI", "045", "asserted"), ("GHA", "NER", "045", "asserted")}),
    ("Ghana's effort to mediate between Mali and Niger did not collapse.",
     {("GHA", "MLI", "045", "asserted"), ("GHA", "NER", "045", "asserted")}),
    ("Ghana's effort to mediate between Mali and Niger succeeded in June.",
     {("GHA", "MLI", "045", "asserted"), ("GHA", "NER", "045", "asserted")}),
]


@pytest.mark.parametrize("text,want", CASES, ids=[c[0][:40] for c in CASES])
def test_events_failed_efforts(text: str, want: Got, nlp: Language) -> None:
    got = {(e.source.code, e.target.code if e.target else None, e.cameo, e.modality)
           for e in coded_events(nlp, text, ACTORS) if e.cameo[:2] != "08" and e.cameo[:2] != "01"}
    assert got == want
