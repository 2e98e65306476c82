"""An operation the story told of, told again as the subject of the clause that carries an act of force with no
source ("the operation dealt a blow to X, eliminating its commanders"), did that act: its source is the doer of
the story's earlier act told with the same word (events/operation_acts.py). Must not: an indefinite or other
operation, one whose own phrase names its doer, a story whose operations had two doers, an act of another kind.
Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from bilateral.models import Document

pytestmark = pytest.mark.model

_OPENING = ("Kenya's intelligence service conducted an operation against al-Shabab near Mandera on Sunday, which "
            "resulted in the deaths of 12 militants. ")


def _coded(text: str) -> set[tuple[int, str | None, str | None, str | None, str]]:
    from bilateral.pipeline import code_documents, load_resources
    from bilateral.settings import Settings

    [done] = code_documents([Document("d", text, published=dt.date(2024, 5, 7))], load_resources(Settings()))
    return {(e.sentence_index, e.source.code, e.target.code if e.target else None, e.event_type, e.modality)
            for e in done.events}


def _in(got: set[tuple[int, str | None, str | None, str | None, str]], sentence: int
        ) -> set[tuple[str | None, str | None, str | None, str]]:
    return {(s, t, kind, m) for i, s, t, kind, m in got if i == sentence}


def test_events_operation_acts_the_told_operation_did_the_participle_act() -> None:
    got = _coded(_OPENING + "The operation dealt a heavy blow to al-Shabab, eliminating senior commanders of "
                            "al-Shabab.")
    assert ("KENGOV", "SOMREB", "ASSAULT", "asserted") in _in(got, 1)


def test_events_operation_acts_a_hedged_act_stays_hypothetical() -> None:
    got = _coded(_OPENING + "The operation could deal a heavy blow to al-Shabab, eliminating senior commanders of "
                            "al-Shabab.")
    assert not {e for e in _in(got, 1) if e[0] == "KENGOV" and e[3] in ("asserted", "alleged")}


@pytest.mark.parametrize("second", [
    "An operation dealt a heavy blow to al-Shabab, eliminating senior commanders of al-Shabab.",  # indefinite
    "A previous operation dealt a heavy blow to al-Shabab, eliminating senior commanders of al-Shabab.",  # another
])
def test_events_operation_acts_not_another_operation(second: str) -> None:
    assert not {e for e in _in(_coded(_OPENING + second), 1) if e[0] == "KENGOV"}


def test_events_operation_acts_not_when_two_sides_ran_operations() -> None:
    text = (_OPENING + "Ethiopian troops also conducted an operation against al-Shabab in Gedo on Monday. "
            "The operation dealt a heavy blow to al-Shabab, eliminating senior commanders of al-Shabab.")
    assert not {e for e in _in(_coded(text), 2) if e[0] in ("KENGOV", "ETHMIL", "ETHGOV")}


def test_events_operation_acts_not_an_act_of_another_kind() -> None:
    got = _coded(_OPENING + "The operation drew criticism from rights groups.")
    assert not {e for e in _in(got, 1) if e[0] == "KENGOV"}


_ARMY = "A Nigerian army operation killed 20 militants and freed dozens of hostages near Maiduguri on Monday. "


def test_events_operation_acts_the_told_operation_going_on_is_its_assault() -> None:
    got = _coded(_ARMY + "As the operation continues into a second day, the road to the town remains closed.")
    # the militants of a Nigerian army operation near a Nigerian town are Nigeria's (actors/agents.py)
    assert ("NGAMIL", "NGAREB", "ASSAULT", "asserted") in _in(got, 1)


@pytest.mark.parametrize("second", [
    "As a new operation continues into a second day, the road to the town remains closed.",  # another one
    "The operation could continue into a second day, officials said.",  # hedged
    "As the operation by Cameroonian soldiers continues, the road to the town remains closed.",  # its own doer
    "As the operation continues, Cameroonian troops have sealed the border.",  # another armed actor named
])
def test_events_operation_acts_operation_going_on_must_not(second: str) -> None:
    assert not {e for e in _in(_coded(_ARMY + second), 1) if e[0] == "NGAMIL" and e[3] in ("asserted", "alleged")}


def test_events_operation_acts_not_without_a_told_operation() -> None:
    # the story told an attack, never an operation: "the operation" points back to nothing
    got = _coded("Militants attacked a bus near Maiduguri on Monday, killing nine passengers. As the operation "
                 "continues into a second day, the road to the town remains closed.")
    assert not _in(got, 1)
