"""A time inside the object of a bounding preposition ("before the referendum in May", "until the election in
April") dates that later happening, not the act that comes before it (dating/govern.py ``_before_a_happening``,
words in ``bounding_prepositions`` and ``day_parts`` of data/time/lexicon.json). Invented sentences."""

from __future__ import annotations

import datetime as dt

from tests.dating_cases import event_date

PUB = dt.date(2025, 3, 14)


def _date(nlp, text: str, trigger: str, modality: str = "asserted"):  # type: ignore[no-untyped-def]
    return event_date(nlp, text, trigger, modality, PUB)


def test_dating_bounds_time_of_a_later_happening_is_not_the_act(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Peru's president refused to meet the Bolivian envoy before the referendum in May."
    assert _date(nlp, text, "meet").date != "2025-05"
    text = "Malian soldiers kept shelling the rebel town until the election in April."
    assert _date(nlp, text, "shelling").date not in ("2025-04", "2024-04")


def test_dating_bounds_other_times_of_the_sentence_still_date_it(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "On Tuesday, Lima said its president would not meet the Bolivian envoy before the referendum in May."
    assert _date(nlp, text, "meet", "negated").date == "2025-03-11"
    text = "Peru's president met the Bolivian envoy on Monday before the referendum."
    assert _date(nlp, text, "met").date == "2025-03-10"


def test_dating_bounds_not_a_part_of_a_day(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Gunmen stormed a police post in western Niger before dawn on Monday."
    assert _date(nlp, text, "stormed").date == "2025-03-10"
    text = "Rwandan officials met the Burundian envoy before noon Tuesday."
    assert _date(nlp, text, "met").date == "2025-03-11"


def test_dating_bounds_not_after(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Chadian troops withdrew from the border town after the vote in February."
    assert _date(nlp, text, "withdrew").date == "2025-02"
