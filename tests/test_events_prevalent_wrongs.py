"""A speaker who says a wrong is rife in a country accuses it (events/prevalent_wrongs.py): corruption is a charge
of crime (1121), torture or repression an accusation (112). Not a wrong in no named place, a negated or hedged
clause, a news outlet's report, a denial, nor one by the country's own side. Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from bilateral.models import Document

pytestmark = pytest.mark.model


def _accusations(text: str) -> set[tuple[str, str | None, str]]:
    from bilateral.pipeline import code_documents, load_resources
    from bilateral.settings import Settings

    [done] = code_documents([Document("d", text, published=dt.date(2024, 3, 6))], load_resources(Settings()))
    return {(e.source.code, e.target.code if e.target else None, e.cameo) for e in done.events
            if e.cameo.startswith("112")}


@pytest.mark.parametrize("text,want", [
    ("A 2021 study by the U.S. Department of State said graft in Kenya remains rampant among border officers.",
     ("USAGOV", "KEN", "1121")),
    ("Amnesty International said torture in Egypt's prisons is routine.", ("NGOAMN", "EGY", "112")),
])
def test_events_prevalent_wrong_is_accused(text: str, want: tuple[str, str, str]) -> None:
    found = _accusations(text)
    assert any(s.startswith(want[0][:3]) and t is not None and t.startswith(want[1]) and c == want[2]
               for s, t, c in found), found


@pytest.mark.parametrize("text", [
    "The U.S. State Department said graft is rampant among customs officers.",
    "The U.S. State Department said graft in Kenya is not a problem.",
    "The U.S. State Department said graft in Kenya could become rampant.",
    "A report by Reuters said graft in Kenya remains rampant.",
    "Kenyan officials denied that graft in Kenya is rampant.",
    "Kenyan officials said graft in Kenya remains rampant.",
])
def test_events_prevalent_wrong_accuses_no_one(text: str) -> None:
    assert not _accusations(text)
