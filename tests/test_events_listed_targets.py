"""Targets named in lists of appositions and in modifiers of the object noun:

- a person's relatives run in commas as a chain of appositions ("the tycoon, his wife, A, his son, B, ...") are
  all targets of the act on the person (events/arguments.py ``_kin_run``), and a travel bar on them is no bar on a
  country's people at large (events/entry_bans.py);
- a country hyphenated before a participle of holding names the state that holds a place ("a Turkish-held village",
  actors/state.py ``place_holder``).

Must-not cases: a relative not listed with the person, a made-in or backed-by participle ("Chinese-made phones",
"Russian-backed rebels"), a held place in a sentence with no act, a people at large barred from travel abroad.
Sentences written for these tests, run through the whole pipeline."""

from __future__ import annotations

import datetime as dt

import pytest

from bilateral.models import Document
from bilateral.pipeline import code_documents, load_resources
from bilateral.settings import Settings


def _parties(text: str) -> set[tuple[str, str | None, str]]:
    """(source code, target code, CAMEO) of every event the pipeline codes in ``text``."""
    [done] = code_documents([Document("d", text, published=dt.date(2024, 3, 6))], load_resources(Settings()))
    return {(e.source.code, e.target.code if e.target else None, e.cameo) for e in done.events}


@pytest.mark.model
def test_relatives_run_in_appositions_are_targets() -> None:
    found = _parties("Russian tycoon Oleg Deripaska, his wife, Polina Ivanova, his son, Pyotr Ivanov, and his "
                     "daughter, Maria Ivanova, were barred from travel to Canada.")
    assert ("CAN", "RUSCVL", "163") in found
    found = _parties("Russian tycoon Oleg Deripaska and his sons were barred from travel to Canada.")
    assert ("CAN", "RUSCVL", "163") in found


@pytest.mark.model
def test_relatives_must_not() -> None:
    found = _parties("Britain froze the assets of tycoon Oleg Deripaska, the owner of a bank, Ivan Petrov.")
    assert not any(t == "RUSCVL" for _, t, _ in found)
    assert not _parties("Russians were barred from travel to Canada.")


@pytest.mark.model
def test_a_held_place_is_its_holder_s() -> None:
    assert any(s == "SYRMIL" and t == "TUR" for s, t, _ in _parties("Syrian jets bombed a Turkish-held village."))
    assert any(s == "RUSMIL" and t == "UKR"
               for s, t, _ in _parties("Russian troops shelled the Ukrainian-controlled town of Kupiansk."))


@pytest.mark.model
def test_held_place_must_not() -> None:
    assert not any("CHN" in (s, t) for s, t, _ in _parties("Chinese-made phones were sold across Kenya last year."))
    assert not _parties("Reporters toured the Ukrainian-held city of Kherson on Monday.")
    found = _parties("Russian-backed rebels attacked Ukrainian soldiers near Donetsk.")
    assert not any(s.startswith("RUS") and s != "RUSREB" for s, _, _ in found)
