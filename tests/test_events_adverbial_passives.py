"""A passive participle clause with no subject of its own, hung on a verb ("fled when attacked by the army",
"turned back after being ambushed by rebels"), is an act on the subject of that verb by its "by" agent
(events/adverbial_passives.py, through roles.passive_subject_of and roles.is_passive)."""

from __future__ import annotations

import datetime as dt

import pytest

from bilateral.models import Document

pytestmark = pytest.mark.model


def _coded(text: str) -> set[tuple[str, str | None, str | None]]:
    from bilateral.pipeline import code_documents, load_resources
    from bilateral.settings import Settings

    [done] = code_documents([Document("d", text, published=dt.date(2023, 5, 2))], load_resources(Settings()))
    return {(e.source.code, e.target.code if e.target else None, e.event_type) for e in done.events}


@pytest.mark.parametrize(("text", "event"), [
    ("Burkinabe rebels fled to the hills when attacked by Burkinabe troops on Monday.",
     ("BFAMIL", "BFAREB", "ASSAULT")),
    ("Burkinabe soldiers turned back after being ambushed by Burkinabe rebels near the border.",
     ("BFAREB", "BFAMIL", "ASSAULT")),
])
def test_events_adverbial_passives_the_host_subject_is_the_patient(text: str, event: tuple[str, str, str]) -> None:
    assert event in _coded(text)


@pytest.mark.parametrize("text", [
    "Burkinabe rebels fled to the hills after attacking Burkinabe troops on Monday.",  # active: the rebels attacked
    "Burkinabe rebels always fight back when attacked.",  # no agent named: nothing to code
])
def test_events_adverbial_passives_must_not(text: str) -> None:
    assert not any(source == "BFAMIL" and target == "BFAREB" for source, target, _ in _coded(text))


def test_events_adverbial_passives_contacted_by_the_press_is_no_consultation() -> None:
    got = _coded("The Burkinabe army had no comment on the raid when contacted by Reuters.")
    assert not any(kind == "CONSULT" for _, _, kind in got)
