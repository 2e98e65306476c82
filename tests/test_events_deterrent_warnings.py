"""Warnings of what the other side stands to lose should the warner's own side be hit ("warned that Chilean ports
would be at risk if Peru is sanctioned", events/deterrent_warnings.py): a threat by the warner aimed at the side the
warning names. Not a forecast on a condition with no party, not a condition on another's act, not a warning with no
other side named, not a bare warning with no condition. Stories written for these tests."""

from __future__ import annotations

import datetime as dt

from bilateral.models import Document
from bilateral.pipeline import code_documents, load_resources
from bilateral.settings import Settings


def _threats(text: str) -> set[tuple[int, str, str | None, str]]:
    """(sentence, source country, target country, modality) of the threats coded in ``text``."""
    [done] = code_documents([Document("d", text, published=dt.date(2024, 5, 8))], load_resources(Settings()))
    return {(e.sentence_index, e.source.country or "", e.target.country if e.target else None, e.modality)
            for e in done.events if e.event_type == "THREATEN"}


def test_deterrent_warnings_assets_at_risk_if_own_side_is_hit_is_a_threat() -> None:
    text = "Peruvian Foreign Minister Javier Gonzalez-Olaechea warned that Chilean naval ports are in danger " \
        "if Peru is sanctioned."
    assert _threats(text) == {(0, "PER", "CHL", "asserted")}


def test_deterrent_warnings_participle_after_with_is_a_threat_too() -> None:
    text = "The feud could deepen further with Lavrov warning that Norwegian ports are in danger if Russia is " \
        "sanctioned."
    assert _threats(text) == {(0, "RUS", "NOR", "asserted")}


def test_deterrent_warnings_forecast_or_other_condition_is_no_threat() -> None:
    assert _threats("Peruvian Foreign Minister Javier Gonzalez-Olaechea warned that Chilean naval ports are in "
                    "danger if storms continue.") == set()
    assert _threats("Peruvian Foreign Minister Javier Gonzalez-Olaechea warned that Chilean naval ports are in "
                    "danger unless Peru is sanctioned.") == set()


def test_deterrent_warnings_no_condition_or_own_side_only_is_no_threat() -> None:
    assert _threats("Peruvian Foreign Minister Javier Gonzalez-Olaechea warned that Chilean naval ports are in "
                    "danger.") == set()
    assert _threats("Peruvian Foreign Minister Javier Gonzalez-Olaechea warned that Peru's economy would shrink "
                    "if Peru is sanctioned.") == set()
