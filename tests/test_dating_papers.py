"""The participle "dated" gives its date to the act done with the paper (dating/govern.py, ``_dated_paper``).
Invented sentences."""

from __future__ import annotations

import datetime as dt

from tests.dating_cases import event_date

PUB = dt.date(2025, 3, 14)


def _date(nlp, text: str, trigger: str):  # type: ignore[no-untyped-def]
    return event_date(nlp, text, trigger, "asserted", PUB)


def test_paper_date_dates_the_act_done_with_it(nlp) -> None:  # type: ignore[no-untyped-def]
    # the paper in an "in" phrase of the act
    assert _date(nlp, "In a letter dated Jan. 9, the ministry asked Kenya to extradite the suspect.",
                 "asked").date == "2025-01-09"
    # a verb of sending the paper, and the participle accompanying it; the parser hangs "dated" on "deal"
    text = ("Four senators sent a letter to the defense secretary about the alleged arms deal dated Jan. 9, "
            "urging him to halt the transfers.")
    assert _date(nlp, text, "sent").date == "2025-01-09"
    assert _date(nlp, text, "urging").date == "2025-01-09"


def test_paper_date_does_not_date_another_act(nlp) -> None:  # type: ignore[no-untyped-def]
    # citing a paper is done later than its date
    assert _date(nlp, "Kenya cited a report dated 2019 in its complaint.", "cited").source == "publication"
    # the act's own time comes first
    assert _date(nlp, "The ministry sent on Friday a memo dated Jan. 9 that ordered troops home.",
                 "sent").date == "2025-03-14"
