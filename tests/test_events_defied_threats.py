"""Acts done in defiance of another's threat ("tested the missile despite threats of Chilean sanctions",
events/defied_threats.py): the defier's rejection (120) aimed at the threat's maker, beside the threat itself. Not
for a "despite" phrase with no threat (aid, criticism), not for a threat of the defier's own side, and not scored
when the defying act is denied or hedged. Stories written for these tests."""

from __future__ import annotations

import datetime as dt

from bilateral.models import Document
from bilateral.pipeline import code_documents, load_resources
from bilateral.settings import Settings


def _events(text: str) -> set[tuple[int, str, str | None, str, str]]:
    """(sentence, source country, target country, CAMEO, modality) of the typed events coded in ``text``."""
    [done] = code_documents([Document("d", text, published=dt.date(2024, 5, 8))], load_resources(Settings()))
    return {(e.sentence_index, e.source.country or "", e.target.country if e.target else None, e.cameo, e.modality)
            for e in done.events if e.event_type is not None}


def _rejections(text: str) -> set[tuple[int, str, str | None, str, str]]:
    """The rejections among ``_events``."""
    return {e for e in _events(text) if e[3].startswith("12")}


def test_defied_threats_sanctions_threat_is_rejected_by_the_doer() -> None:
    text = "Peru fired a new ballistic rocket on Monday despite threats of Chilean sanctions."
    events = _events(text)
    assert (0, "PER", "CHL", "120", "asserted") in events
    assert (0, "CHL", "PER", "1312", "asserted") in events


def test_defied_threats_warning_and_ultimatum_are_rejected() -> None:
    assert _rejections("Peru fired the rocket from its coast despite stern warnings from Chile.") \
        == {(0, "PER", "CHL", "120", "asserted")}
    assert _rejections("The Bolivian junta went ahead with the referendum despite an Argentine ultimatum.") \
        == {(0, "BOL", "ARG", "120", "asserted")}


def test_defied_threats_no_threat_in_the_phrase_is_no_rejection() -> None:
    assert _rejections("Peru fired the rocket from its coast despite generous aid from Chile.") == set()
    assert _rejections("Peru fired the rocket from its coast despite harsh criticism from Chile.") == set()


def test_defied_threats_own_side_threat_is_no_rejection() -> None:
    assert _rejections("Peru fired the rocket from its coast despite threats from its own parliament.") == set()


def test_defied_threats_act_not_done_or_hedged_is_not_asserted() -> None:
    assert {e[4] for e in _rejections("Peru did not fire the rocket despite threats of Chilean sanctions.")} \
        <= {"negated"}
    assert {e[4] for e in _rejections("Peru may fire the rocket next week despite threats of Chilean sanctions.")} \
        <= {"hypothetical"}
