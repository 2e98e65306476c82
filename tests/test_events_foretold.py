"""A conditional act that another party says or fears could happen (events/foretold.py) is no threat of its doer:
"analysts fear that X could attack Y if ..." stays a hypothetical attack, where "X warned that it could attack Y if
..." (the doer's own words) and a spokesperson for X's state keep the threat (13x). Sentences written for these
tests."""

from __future__ import annotations

import datetime as dt

from bilateral.models import Document
from bilateral.pipeline import code_documents, load_resources
from bilateral.settings import Settings


def _events(text: str) -> set[tuple[str, str | None, str, str]]:
    """(source country, target country, CAMEO root, modality) of the typed events coded in ``text``."""
    [done] = code_documents([Document("d", text, published=dt.date(2023, 4, 2))], load_resources(Settings()))
    return {(e.source.country or "", e.target.country if e.target else None, e.cameo[:2], e.modality)
            for e in done.events if e.event_type is not None}


def test_foretold_others_fear_of_a_conditional_attack_is_no_threat() -> None:
    events = _events("Diplomats fear that Armenia could attack Azerbaijan if the ceasefire collapses.")
    assert not any(e[2] == "13" for e in events)
    assert not any(e[3] == "asserted" for e in events)


def test_foretold_analyst_saying_it_is_no_threat() -> None:
    events = _events("An analyst said Armenia could attack Azerbaijan if the ceasefire collapses.")
    assert not any(e[2] == "13" for e in events)


def test_foretold_doers_own_warning_stays_a_threat() -> None:
    events = _events("Armenia warned that it could attack Azerbaijan if the ceasefire collapses.")
    assert ("ARM", "AZE", "13", "asserted") in events


def test_foretold_doers_official_speaks_for_it() -> None:
    events = _events("Armenian officials said Armenia could attack Azerbaijan if the ceasefire collapses.")
    assert ("ARM", "AZE", "13", "asserted") in events
