"""Event nouns inside an act their party refuses to do (events/withheld_parts.py): "X refused to attend talks with
Y" tells no talks, so the noun's consultation is negated both ways while the refusal stays asserted. Not when the
refuser takes no part in the noun's event ("refused to condemn Z's raid on W": the raid happened), not without a
withholding verb ("attended talks with Y"). Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

from bilateral.models import Document
from bilateral.pipeline import code_documents, load_resources
from bilateral.settings import Settings


def _events(text: str) -> set[tuple[str, str | None, str, str]]:
    """(source country, target country, CAMEO, modality) of the typed events coded in ``text``."""
    [done] = code_documents([Document("d", text, published=dt.date(2023, 9, 14))], load_resources(Settings()))
    return {(e.source.country or "", e.target.country if e.target else None, e.cameo, e.modality)
            for e in done.events if e.event_type is not None}


def _asserted_consultations(text: str) -> set[tuple[str, str | None, str, str]]:
    """The asserted consultations and negotiations (04x) among ``_events``."""
    return {e for e in _events(text) if e[2].startswith("04") and e[3] == "asserted"}


def test_withheld_parts_refused_talks_are_not_held() -> None:
    events = _events("Estonia refused to attend talks with Belarus on the border dispute.")
    assert not {e for e in events if e[2].startswith("04") and e[3] == "asserted"}
    assert any(e[:2] == ("EST", "BLR") and e[2].startswith("12") and e[3] == "asserted" for e in events)


def test_withheld_parts_declined_negotiations_are_not_held() -> None:
    assert _asserted_consultations("Estonia declined to join negotiations with Belarus over the pipeline.") == set()


def test_withheld_parts_attended_talks_are_held() -> None:
    assert ("BLR", "EST", "040", "asserted") in _asserted_consultations(
        "Estonia attended talks with Belarus on the border dispute.")


def test_withheld_parts_refuser_outside_the_event_leaves_it_told() -> None:
    events = _events("Estonia refused to condemn Belarus's raid on Lithuania.")
    assert ("BLR", "LTU", "190", "asserted") in events
