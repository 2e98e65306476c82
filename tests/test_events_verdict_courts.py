"""A sentence or conviction told in the passive with no agent is a finding of guilt (116) by the court of the state
whose body held or charged the accused, in the same sentence or earlier in the story (events/verdicts.py). Must-not
cases: a court named as agent, a verdict hedged or denied, custody by an armed group, an accused of another country
than the custodian's, no custody told at all. Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from bilateral.models import Document

pytestmark = pytest.mark.model


def _verdicts(text: str) -> set[tuple[int, str, str | None]]:
    from bilateral.pipeline import code_documents, load_resources
    from bilateral.settings import Settings

    [done] = code_documents([Document("d", text, published=dt.date(2024, 3, 6))], load_resources(Settings()))
    return {(e.sentence_index, e.source.code, e.target.code if e.target else None) for e in done.events
            if e.cameo == "116" and e.modality in ("asserted", "alleged")}


def test_events_verdict_courts_arrested_and_sentenced_in_one_sentence() -> None:
    got = _verdicts("Kenyan journalist John Kamau was arrested by Kenyan police and sentenced to four years in jail "
                    "for incitement.")
    assert got == {(0, "KENJUD", "KENMED")}


def test_events_verdict_courts_the_court_of_whoever_charged_them_earlier() -> None:
    got = _verdicts("A Nairobi court charged Kenyan journalist John Kamau with incitement in May. "
                    "John Kamau was later convicted of incitement, his lawyer said on Tuesday.")
    assert (1, "KENJUD", "KENMED") in got


def test_events_verdict_courts_a_named_court_keeps_its_own_verdict() -> None:
    got = _verdicts("Kenyan police arrested Kenyan journalist John Kamau in May. "
                    "John Kamau was sentenced to four years by a Ugandan court, his lawyer said.")
    assert not any(source == "KENJUD" for _, source, _ in got)


@pytest.mark.parametrize("text", [
    # hedged or denied: no verdict happened
    "Kenyan police arrested Kenyan journalist John Kamau in May. John Kamau could be sentenced to four years.",
    "Kenyan police arrested Kenyan journalist John Kamau in May. John Kamau was never convicted of incitement.",
    # an armed group's captive: no state holds a trial
    "Somali militants abducted Kenyan journalist John Kamau in May. John Kamau was sentenced to death, his family "
    "said.",
    # no custody told: the accused's nationality alone names no court
    "Kenyan journalist John Kamau was sentenced to four years for incitement, his lawyer said.",
])
def test_events_verdict_courts_must_not_fire(text: str) -> None:
    assert not any(source.endswith("JUD") for _, source, _ in _verdicts(text))


def test_events_verdict_courts_not_an_accused_of_another_country() -> None:
    got = _verdicts("Ugandan police arrested Kenyan journalist John Kamau at the border in May. "
                    "John Kamau was sentenced to four years, his lawyer said.")
    assert not got


def test_events_verdict_courts_two_bodies_of_one_state_name_its_court() -> None:
    got = _verdicts("Kenyan police arrested Kenyan journalist John Kamau in May. "
                    "A Kenyan court charged John Kamau with incitement in June. "
                    "John Kamau was later convicted of incitement, his lawyer said on Tuesday.")
    assert (2, "KENJUD", "KENMED") in got


def test_events_verdict_courts_bodies_of_two_states_name_no_court() -> None:
    got = _verdicts("Ugandan police arrested Kenyan journalist John Kamau in May. "
                    "Kenyan police detained John Kamau again in June. "
                    "John Kamau was later convicted of incitement, his lawyer said on Tuesday.")
    assert not got
