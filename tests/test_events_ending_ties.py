"""A threat raised to the end of ties ("... That will be the end of all A-B ties.", events/ending_ties.py):
the threat's source threatens to break relations (1313) with its target. Not without a threat just before, not for
the ties of other sides, not when the end is told as past. Stories written for these tests."""

from __future__ import annotations

import datetime as dt

from bilateral.models import Document
from bilateral.pipeline import code_documents, load_resources
from bilateral.settings import Settings

_THREAT = "Portugal threatened on Monday to impose sanctions on Norway over its fishing fleets. "


def _at(text: str, sentence: int) -> set[tuple[str, str | None, str]]:
    """(source country, target country, CAMEO) of the events coded in ``text`` at ``sentence``."""
    [done] = code_documents([Document("d", text, published=dt.date(2024, 3, 6))], load_resources(Settings()))
    return {(e.source.country or "", e.target.country if e.target else None, e.cameo) for e in done.events
            if e.sentence_index == sentence}


def test_ending_ties_end_of_the_pairs_ties_after_a_threat_threatens_a_break() -> None:
    assert _at(_THREAT + "That will be the end of all Portugal-Norway ties.", 1) == {
        ("PRT", "NOR", "1313")}


def test_ending_ties_without_a_threat_before_is_nothing() -> None:
    text = "Fish prices rose in Lisbon markets over the winter months. " \
        "That will be the end of all Portugal-Norway ties."
    assert _at(text, 1) == set()


def test_ending_ties_of_other_sides_is_nothing() -> None:
    assert _at(_THREAT + "That will be the end of all Portugal-Spain ties.", 1) == set()


def test_ending_ties_told_as_past_is_nothing() -> None:
    assert _at(_THREAT + "That was the end of the Portugal-Norway partnership.", 1) == set()
