"""A truce a third party proposed, accepted by one side of the war the story names, is an agreement with the war's
other side (events/mediated_truces.py). Must not: a truce the other side itself proposed, praise of the mediator's
plan, a story naming no war's sides. Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from bilateral.models import Document

pytestmark = pytest.mark.model

_WAR = "Kenyan envoys want to end the Ethiopia-Eritrea war within weeks. "


def _agreements(text: str, sentence: int) -> set[tuple[str | None, str | None, str]]:
    from bilateral.pipeline import code_documents, load_resources
    from bilateral.settings import Settings

    [done] = code_documents([Document("d", text, published=dt.date(2024, 3, 6))], load_resources(Settings()))
    return {(e.source.code[:3], e.target.code[:3] if e.target else None, e.cameo)
            for e in done.events if e.event_type == "AGREE" and e.sentence_index == sentence}


def test_events_mediated_truces_aim_at_the_other_side() -> None:
    got = _agreements(_WAR + "Eritrea said on Monday it was ready to accept a Kenyan proposal for a two-week truce.",
                      1)
    assert ("ERI", "ETH", "0356") in got
    assert not any(target == "KEN" for _, target, _ in got)


def test_events_mediated_truces_between_phrase_names_the_sides() -> None:
    got = _agreements("Kenya hopes a truce between Ethiopia and Eritrea can hold. Eritrea said on Monday it was "
                      "ready to accept a Kenyan proposal for a two-week truce.", 1)
    assert ("ERI", "ETH", "0356") in got


def test_events_mediated_truces_proposer_is_the_other_side() -> None:
    got = _agreements(_WAR + "Eritrea said on Monday it was ready to accept an Ethiopian proposal for a two-week "
                      "truce.", 1)
    assert not any(target == "KEN" for _, target, _ in got)
    assert got and all(target == "ETH" for _, target, _ in got)


@pytest.mark.parametrize("text", [
    "Kenyan envoys flew to Asmara on Sunday. Eritrea said on Monday it was ready to accept a Kenyan proposal for a "
    "two-week truce.",
    "Kenyan envoys want to end the Ethiopia-Eritrea trade dispute. Eritrea said on Monday it was ready to accept a "
    "Kenyan proposal for a two-week truce.",
])
def test_events_mediated_truces_need_a_named_war(text: str) -> None:
    assert not any(target == "ETH" for _, target, _ in _agreements(text, 1))


def test_events_mediated_truces_leave_other_proposals() -> None:
    got = _agreements(_WAR + "Eritrea said on Monday it was ready to accept a Kenyan proposal for new trade "
                      "talks.", 1)
    assert not any(target == "ETH" for _, target, _ in got)


def test_events_mediated_truces_leave_praise_of_the_plan() -> None:
    from bilateral.pipeline import code_documents, load_resources
    from bilateral.settings import Settings

    text = _WAR + "Eritrea strongly supported the Kenyan truce proposal on Tuesday."
    [done] = code_documents([Document("d", text, published=dt.date(2024, 3, 6))], load_resources(Settings()))
    assert not any(e.target is not None and e.target.country == "ETH" for e in done.events if e.sentence_index == 1)


def test_events_mediated_truces_agreed_truce_naming_no_one() -> None:
    assert ("ERI", "ETH", "0356") in _agreements(_WAR + "Eritrea agreed to a truce on Monday.", 1)


def test_events_mediated_truces_agreed_truce_without_a_war_stays_open() -> None:
    got = _agreements("Kenyan envoys flew to Asmara on Sunday. Eritrea agreed to a truce on Monday.", 1)
    assert not any(target == "ETH" for _, target, _ in got)
