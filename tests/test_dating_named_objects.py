"""A time after the name a "what" clause gives an act's object dates the act (dating/govern.py,
``_naming_clause``): the parser hangs the rest of the act's clause on the naming verb. Invented sentences."""

from __future__ import annotations

import datetime as dt

from tests.dating_cases import event_date

PUB = dt.date(2025, 6, 14)


def _date(nlp, text: str, trigger: str):  # type: ignore[no-untyped-def]
    return event_date(nlp, text, trigger, "asserted", PUB)


def test_time_after_the_named_object_dates_the_act(nlp) -> None:  # type: ignore[no-untyped-def]
    moved = _date(nlp, 'Britain began moving what ministers described as "dangerous offenders" to its island '
                  "prison in early May, followed by others.", "moving")
    assert (moved.date, moved.precision) == ("2025-05", "month")
    flown = _date(nlp, "Canada began flying what officials called dangerous convicts to its northern camp in late "
                  "April.", "flying")
    assert flown.date == "2025-04"
    # the parser may hang the time on the name itself
    smugglers = _date(nlp, 'Spain began flying what officials described as "violent smugglers" to its island jail '
                      "in early March, followed by others.", "flying")
    assert smugglers.date == "2025-03"


def test_no_name_or_a_time_inside_the_naming_clause_does_not(nlp) -> None:  # type: ignore[no-untyped-def]
    # a "what" clause that names nothing
    assert _date(nlp, "Japan said what it wanted in March.", "said").source == "publication"
    # the time is the naming's, before the name
    assert _date(nlp, "Japan imposed what critics in March called a punishing tariff on rice.",
                 "imposed").source == "publication"
