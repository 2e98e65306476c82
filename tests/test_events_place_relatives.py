"""A relative clause whose gap is a place or a time (roles.object_of, meetings._place_or_time): "the province,
where X fought Y" names where the act happened, not its object nor a thing it made; coded through the pipeline on
sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.marking import pipeline_coded as _coded

pytestmark = pytest.mark.model


def test_events_place_relatives_where_clause_keeps_its_own_partner() -> None:
    got = _coded("Fighting spread across Uganda's western district, where Ugandan troops clashed with Kenyan "
                 "soldiers on Friday.")
    assert {("UGA", "KEN", "ASSAULT", "asserted"), ("KEN", "UGA", "ASSAULT", "asserted")} <= got, got


def test_events_place_relatives_where_clause_meeting_is_mutual() -> None:
    got = _coded("Delegates gathered in Kenya's capital, where Ruto met with Uganda's president on Monday.")
    assert {("KEN", "UGA", "CONSULT", "asserted"), ("UGA", "KEN", "CONSULT", "asserted")} <= got, got


def test_events_place_relatives_object_gap_still_takes_the_noun() -> None:
    # must-not: a clause whose gap is the object keeps the noun as object, and a thing made is no meeting
    got = _coded("These are the duties that Peru imposed on Chile last year.")
    assert ("PER", "CHL", "SANCTION", "asserted") in got or ("PER", "CHL", "COERCE", "asserted") in got, got
    got = _coded("The accord that Kenya negotiated with Uganda was signed in May.")
    assert ("UGA", "KEN", "COOPERATE", "asserted") not in got and ("UGA", "KEN", "CONSULT", "asserted") not in got
