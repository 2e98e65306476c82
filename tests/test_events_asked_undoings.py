"""An appeal to undo a charge, asked in the passive ("called for the charges to be dropped"), is aimed at the state
that pressed it (events/asked_undoings.py). Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from bilateral.models import Document

pytestmark = pytest.mark.model


def _coded(text: str) -> set[tuple[int, str, str | None, str]]:
    from bilateral.pipeline import code_documents, load_resources
    from bilateral.settings import Settings

    [done] = code_documents([Document("d", text, published=dt.date(2024, 6, 3))], load_resources(Settings()))
    return {(e.sentence_index, e.source.code, e.target.code if e.target else None, e.cameo) for e in done.events
            if e.modality in ("asserted", "alleged")}


_HELD = ("Zambian police arrested Mwila Banda, a Zambian journalist, on Monday. "
         "A Lusaka court charged Banda with sedition on Tuesday. ")


def test_events_asked_undoings_the_state_that_pressed_the_charge_is_asked() -> None:
    got = _coded(_HELD + "Amnesty International called for the charges against him to be dropped.")
    assert (2, "NGOAMN", "ZMBGOV", "025") in got
    got = _coded(_HELD + "Human Rights Watch called for the charges to be withdrawn.")
    assert (2, "NGOHRW", "ZMBGOV", "025") in got  # an appeal to ease a sanction, no military withdrawal
    assert not any(e[0] == 2 and e[3].startswith("087") for e in got)


def test_events_asked_undoings_one_body_that_charged_is_the_one_asked() -> None:
    got = _coded("A Lusaka court charged Mwila Banda, a Zambian journalist, with sedition on Tuesday. "
                 "Amnesty International called for the charges to be dropped.")
    assert (1, "NGOAMN", "ZMBJUD", "025") in got


def test_events_asked_undoings_not_for_what_is_no_charge() -> None:
    got = _coded(_HELD + "Amnesty International called for the plan to be dropped.")
    assert not any(e[0] == 2 for e in got)


def test_events_asked_undoings_not_without_a_charge_told() -> None:
    got = _coded("Amnesty International called for the charges to be dropped.")
    assert not any(e[1] == "NGOAMN" for e in got)
    got = _coded("Zambian police arrested Mwila Banda, a Zambian journalist, on Monday. "
                 "Kenyan police arrested Otieno Wafula, a Kenyan journalist, on Tuesday. "
                 "Amnesty International called for the charges to be dropped.")
    assert not any(e[0] == 2 for e in got)  # two people held: whose charges is not told
