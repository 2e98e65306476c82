"""Two sentences the splitter left joined ("... on platform X. He added ..."): the parser's later sentence takes
the day the earlier part named, as a sentence continues the one before it (dating ``_joined_day``). Invented
sentences."""

from __future__ import annotations

import datetime as dt

from bilateral.dating import document_time_context
from tests.dating_cases import event_date

PUB = dt.date(2025, 3, 14)
_LEAD = "Chilean Foreign Minister Ana Ortiz wrote Tuesday in a message on the platform X. "


def _date(nlp, text: str, trigger: str, modality: str = "asserted"):  # type: ignore[no-untyped-def]
    return event_date(nlp, text, trigger, modality, PUB, document_time_context(text, PUB))


def test_dating_joined_sentences_parse_in_two(nlp) -> None:  # type: ignore[no-untyped-def]
    text = _LEAD + 'She added that Santiago "rejected" the Bolivian offer on water rights.'
    assert len(list(nlp(text).sents)) == 2


def test_dating_joined_sentences_later_part_takes_the_earlier_day(nlp) -> None:  # type: ignore[no-untyped-def]
    text = _LEAD + 'She added that Santiago "rejected" the Bolivian offer on water rights.'
    found = _date(nlp, text, "rejected")
    assert (found.date, found.source, found.text) == ("2025-03-11", "text", "Tuesday")


def test_dating_joined_sentences_own_time_first(nlp) -> None:  # type: ignore[no-untyped-def]
    text = _LEAD + "She added that Santiago rejected the Bolivian offer on water rights in January."
    assert _date(nlp, text, "rejected").date == "2025-01"


def test_dating_joined_sentences_present_tense_is_current(nlp) -> None:  # type: ignore[no-untyped-def]
    text = _LEAD + "She says that Santiago rejects the Bolivian offer on water rights."
    assert _date(nlp, text, "rejects").source == "publication"


def test_dating_joined_sentences_no_day_ahead_or_month(nlp) -> None:  # type: ignore[no-untyped-def]
    # the earlier part's day lies ahead of its telling: no time for what follows
    ahead = ("Ana Ortiz wrote that the new tariffs would take effect on Friday in a message on the platform X. "
             "She added that Santiago rejected the offer.")
    assert len(list(nlp(ahead).sents)) == 2
    assert _date(nlp, ahead, "rejected").source == "publication"
    # a month is too loose a frame to continue
    month = "Ana Ortiz wrote in February in a message on the platform X. She added that Santiago rejected the offer."
    assert len(list(nlp(month).sents)) == 2
    assert _date(nlp, month, "rejected").source == "publication"
