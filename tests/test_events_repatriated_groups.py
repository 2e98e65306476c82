"""An expulsion (174) of people the sentence gives no country is aimed at the country it says they are
repatriated to: as the return word's own "to" phrase or that of the move made for it
(events/repatriated_groups.py). Must-not cases: a deportation's destination with no word of return, an act that is
no expulsion, a return told in another coordinated clause, a group with a country of its own. Sentences written
for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from bilateral.models import Document

pytestmark = pytest.mark.model


def _events(text: str) -> set[tuple[str, str | None, str, str]]:
    from bilateral.pipeline import code_documents, load_resources
    from bilateral.settings import Settings

    [done] = code_documents([Document("d", text, published=dt.date(2024, 5, 10))], load_resources(Settings()))
    return {(e.source.code, e.target.code if e.target else None, e.cameo, e.modality) for e in done.events}


def test_events_repatriated_groups_the_move_made_for_the_return() -> None:
    got = _events("British police detained 60 migrants in Dover on Monday. Britain deported the 60 migrants to "
                  "Belgium, from where they were to be taken to Albania for repatriation.")
    assert ("GBR", "ALBREF", "174", "asserted") in got
    assert not any(e[1] == "---REF" and e[2] == "174" for e in got)


def test_events_repatriated_groups_the_return_verb_in_a_relative_clause() -> None:
    got = _events("Italian police detained 30 migrants in Sicily. Italy expelled the migrants, who were "
                  "repatriated to Ghana.")
    assert ("ITA", "GHAREF", "174", "asserted") in got


def test_events_repatriated_groups_not_a_destination_without_a_return() -> None:
    got = _events("British police detained 60 migrants in Dover on Monday. Britain deported the migrants to Belgium.")
    assert ("GBR", "---REF", "174", "asserted") in got
    assert not any(e[1] == "BELREF" for e in got)


def test_events_repatriated_groups_not_an_act_that_is_no_expulsion() -> None:
    got = _events("Italian police detained 30 migrants in Sicily. Italian police detained 20 migrants, who were "
                  "repatriated to Ghana.")
    assert ("ITACOP", "---REF", "173", "asserted") in got
    assert not any(e[1] == "GHAREF" for e in got)


def test_events_repatriated_groups_not_a_return_in_a_coordinated_clause() -> None:
    got = _events("British police detained 60 migrants in Dover on Monday. Britain deported the migrants, and Spain "
                  "sent 20 others to Morocco for repatriation.")
    assert ("GBR", "---REF", "174", "asserted") in got
    assert not any(e[0] == "GBR" and e[1] == "MARREF" for e in got)


def test_events_repatriated_groups_not_a_group_with_its_own_country() -> None:
    got = _events("Italian police detained 30 migrants in Sicily. Italy expelled 30 Nigerian migrants, who were later "
                  "repatriated to Ghana.")
    assert ("ITA", "NGAREF", "174", "asserted") in got
    assert not any(e[1] == "GHAREF" for e in got)
