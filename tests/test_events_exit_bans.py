"""A known person kept from leaving their country ("X is still not allowed to leave the country", "X was barred from
leaving the country", "X is not allowed to travel abroad") is a restriction (172) by the state that held or
charged them, else the story's one country (events/exit_bans.py). Must-not cases: a permission granted, a place
that is no country, a hedged bar, a count of people. Sentences written for these
tests."""

from __future__ import annotations

import datetime as dt

import pytest

from bilateral.models import Document

pytestmark = pytest.mark.model

_CHARGED = "A Zambian court charged Zambian journalist Peter Mwale with sedition in May. "


def _restrictions(text: str) -> set[tuple[int, str, str | None, str]]:
    from bilateral.pipeline import code_documents, load_resources
    from bilateral.settings import Settings

    [done] = code_documents([Document("d", text, published=dt.date(2024, 3, 6))], load_resources(Settings()))
    return {(e.sentence_index, e.source.code, e.target.code if e.target else None, e.modality)
            for e in done.events if e.cameo == "172"}


@pytest.mark.parametrize("second", [
    "His lawyer said Mwale is still not allowed to leave the country until the trial.",
    "Mwale was barred from leaving the country last week.",
    "Mwale is not allowed to travel abroad while the case goes on.",
])
def test_events_exit_bans_the_court_that_charged_them(second: str) -> None:
    got = _restrictions(_CHARGED + second)
    assert {e[:3] for e in got if e[0] == 1} == {(1, "ZMBJUD", "ZMBMED")}
    assert all(e[3] in ("asserted", "alleged") for e in got if e[0] == 1)


def test_events_exit_bans_the_story_country_with_no_custodian() -> None:
    got = _restrictions("Zambian police raided the offices of Zambian lawmaker Grace Banda in Lusaka. "
                        "Banda is still not allowed to leave the country, her lawyer said.")
    assert {e[:3] for e in got if e[0] == 1} == {(1, "ZMBGOV", "ZMBLEG")}


@pytest.mark.parametrize("second", [
    "Mwale was allowed to leave the country on Friday.",  # permission granted: no restriction
    "Mwale is not allowed to leave the courtroom during the hearing.",  # no country left
    "Mwale may not be allowed to leave the country, his lawyer fears.",  # hedged
    "Some 200 residents are still not allowed to leave the country.",  # a count of people, no one known
])
def test_events_exit_bans_must_not(second: str) -> None:
    got = _restrictions(_CHARGED + second)
    assert not any(e[0] == 1 and e[3] in ("asserted", "alleged") for e in got)
