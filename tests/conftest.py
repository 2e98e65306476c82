"""Shared fixtures: settings in a temporary folder, stores, hand-built events, the parsed-sentence helper."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from bilateral.codes import load_codes
from bilateral.models import Actor, CameoCode, Event, PloverType
from bilateral.samples import sample_corpus
from bilateral.settings import Settings, load_settings
from bilateral.store import Store

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
SAMPLES = sample_corpus()


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    """Default settings with the store in a temporary folder."""
    return load_settings(overrides={"db_path": str(tmp_path / "test.duckdb")})


@pytest.fixture
def memory_store() -> Store:
    """An in-memory store with the current schema."""
    return Store(":memory:")


def make_actor(code: str, text: str | None = None) -> Actor:
    """An actor from a CAMEO-style code (country + sector, or an IGO code)."""
    if code.startswith(("IGO", "NGO")):
        return Actor(text or code, code, code, None, code[:3], code[:3].lower())
    return Actor(text or code, code, code, code[:3], code[3:6] or None, "state")


def build_event(source: str, target: str | None, cameo: str, *, doc_id: str = "doc-1", sentence_index: int = 0,
                date: str | None = None, precision: str | None = None, modality: str = "asserted",
                confidence: float = 0.9, **changes: Any) -> Event:
    """A coded event mention built by hand: build_event("USAGOV", "RWAGOV", "042", date="2022-08-11")."""
    entry = load_codes().get(cameo)
    if entry.plover is None:
        raise ValueError(f"CAMEO {cameo} has no PLOVER type")
    if date and precision is None:
        precision = {1: "year", 2: "month", 3: "day"}[len(date.split("-"))]
    event = Event(
        doc_id=doc_id, sentence_index=sentence_index, sentence=f"{source} {cameo} {target}.",
        char_start=0, char_end=20, source=make_actor(source),
        target=make_actor(target) if target else None, event_type=PloverType(entry.plover),
        cameo=CameoCode(cameo), quad_class=entry.quad_class or 0, goldstein=entry.goldstein,
        modality=modality, trigger="test", confidence=confidence, coder="test/1", date=date,  # type: ignore[arg-type]
        date_precision=precision, date_source="text" if date else None,  # type: ignore[arg-type]
    )
    return dataclasses.replace(event, **changes) if changes else event


@pytest.fixture
def make_event() -> Callable[..., Event]:
    """The hand-built event factory (see build_event)."""
    return build_event


@pytest.fixture(scope="session")
def nlp() -> Any:
    """The real spaCy English pipeline (loaded once per test session)."""
    from bilateral.nlp import load_nlp

    return load_nlp(Settings())
