"""A charge told in the passive under a law ("X stands accused of sedition under a national security law") is
brought by the state whose law it is: the country a word before the law names, else the accused's own
(events/charging_laws.py); and a known person of no sector who rejects the charges answers that state body, a side
apart from them (events/replies.py). Must-not cases: no law, a law broken rather than charged under, an agent
named, an accused who is no known person, a law of an origin not read, a charge only hedged, a rejection with no
charge on its maker. Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from bilateral.models import Document

pytestmark = pytest.mark.model


def _events(text: str) -> set[tuple[int, str, str | None, str, str]]:
    from bilateral.pipeline import code_documents, load_resources
    from bilateral.settings import Settings

    [done] = code_documents([Document("d", text, published=dt.date(2024, 3, 6))], load_resources(Settings()))
    return {(e.sentence_index, e.source.code, e.target.code if e.target else None, e.cameo, e.modality)
            for e in done.events}


def test_events_charging_laws_an_unnamed_law_is_the_accused_state() -> None:
    got = _events("Pedro Castillo stands accused of sedition under a national security law.")
    assert (0, "PERJUD", "PER", "173", "asserted") in got


def test_events_charging_laws_a_named_law_is_its_state() -> None:
    got = _events("Evo Morales was charged with terrorism under Chile's penal code.")
    assert (0, "CHLJUD", "BOL", "173", "asserted") in got
    assert not {g for g in got if g[1] == "BOLJUD"}


def test_events_charging_laws_the_accused_rejects_the_charging_state() -> None:
    got = _events("Pedro Castillo stands accused of sedition under the penal code. He denied the charges on Monday.")
    assert (1, "PER", "PERJUD", "120", "asserted") in got


def test_events_charging_laws_a_hedged_charge_is_not_said() -> None:
    got = _events("Evo Morales could be charged with fraud under the electoral law.")
    assert not {g for g in got if g[3] == "173" and g[4] in ("asserted", "alleged")}


@pytest.mark.parametrize("text", [
    "Pedro Castillo stands accused of sedition.",
    "Evo Morales stands accused of breaking the electoral law.",
    "Evo Morales was accused by rivals of fraud under the electoral law.",
    "Two farmers were charged with arson under the forestry act.",
    "Evo Morales was charged with fraud under Peruvian law.",
    "Evo Morales was accused of fraud after the electoral law passed.",
])
def test_events_charging_laws_must_not_fire(text: str) -> None:
    got = _events(text)
    assert not {g for g in got if g[3] == "173" and g[1].endswith("JUD")}


def test_events_charging_laws_a_rejection_answers_no_charge_on_others() -> None:
    got = _events("Peruvian police arrested two farmers in Lima on Sunday. Pedro Castillo rejects the charges.")
    assert not {g for g in got if g[0] == 1 and g[3] == "120"}
