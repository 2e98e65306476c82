"""A defendant's side that calls the evidence against it weak rejects the charges (CAMEO 120), aimed at whoever
charged it (events/replies.py, frames.json ``charge_nouns``); with no charge told before it answers no one."""

from __future__ import annotations

import datetime as dt

import pytest

from bilateral.models import Document

pytestmark = pytest.mark.model

_CHARGED = "Chilean prosecutors charged Argentine businessman Raul Bentancorvic with bribery in June. "


def _pairs(text: str) -> set[tuple[int, str, str | None, str]]:
    from bilateral.pipeline import code_documents, load_resources
    from bilateral.settings import Settings

    [done] = code_documents([Document("d", text, published=dt.date(2022, 11, 3))], load_resources(Settings()))
    return {(e.sentence_index, e.source.code, e.target.code if e.target else None, e.cameo) for e in done.events}


def test_events_evidence_rejections_a_lawyer_calling_the_evidence_weak_rejects_the_charger() -> None:
    got = _pairs(_CHARGED + "Bentancorvic's attorney told the court on Monday that the evidence was flimsy.")
    assert (1, "ARGBUS", "CHLJUD", "120") in got


def test_events_evidence_rejections_need_a_charge_told_before() -> None:
    got = _pairs("Argentine businessman Raul Bentancorvic's attorney said the evidence was circumstantial.")
    assert not any(e[3].startswith("12") for e in got)


def test_events_evidence_rejections_praise_of_the_evidence_rejects_nothing() -> None:
    got = _pairs(_CHARGED + "The Chilean prosecutors said on Monday that the evidence was overwhelming.")
    assert not any(e[0] == 1 and e[3].startswith("12") for e in got)


def test_events_evidence_rejections_a_hedged_verdict_rejects_nothing() -> None:
    got = _pairs(_CHARGED + "Bentancorvic's attorney said the evidence might be circumstantial.")
    assert not any(e[0] == 1 and e[3].startswith("12") for e in got)
