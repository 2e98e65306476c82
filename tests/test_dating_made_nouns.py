"""A past relative clause that makes or holds a dated noun takes the noun's time ("the March 2019 accord the rivals
negotiated"; dating/govern.py ``_makes_dated_noun``, verbs in ``making_verbs`` of data/time/lexicon.json).
Invented sentences."""

from __future__ import annotations

import datetime as dt

from tests.dating_cases import event_date

PUB = dt.date(2025, 3, 14)


def _date(nlp, text: str, trigger: str, modality: str = "asserted"):  # type: ignore[no-untyped-def]
    return event_date(nlp, text, trigger, modality, PUB)


def test_dating_made_nouns_clause_takes_the_noun_time(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Lima praised the March 2019 accord Ecuador negotiated with the rebels."
    assert _date(nlp, text, "negotiated").date == "2019-03"
    text = "Lima praised the March 2019 accord that Ecuador negotiated with Peru."
    assert _date(nlp, text, "negotiated").date == "2019-03"
    text = "Quito cited the 2018 charter that the regional assembly adopted after long talks."
    assert _date(nlp, text, "adopted").date == "2018"


def test_dating_made_nouns_not_a_later_act_on_the_thing(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Lima condemned the 2015 treaty the junta abandoned."
    assert _date(nlp, text, "abandoned").date != "2015"


def test_dating_made_nouns_own_time_first(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Lima praised the March 2019 accord that Ecuador signed in May 2020 with Peru."
    assert _date(nlp, text, "signed").date == "2020-05"


def test_dating_made_nouns_not_a_person_or_a_clause_to_come(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The 2016 laureate, who signed the petition, met the envoy of Peru."
    assert _date(nlp, text, "signed").date != "2016"
    text = "Lima praised the 2026 accord the two rivals will sign with Norwegian mediators."
    assert _date(nlp, text, "sign", "future").date != "2026"
