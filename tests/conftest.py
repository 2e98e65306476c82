"""Shared fixtures: settings in a temporary folder, stores, hand-built events, the parsed-sentence helper."""

from __future__ import annotations

import dataclasses
import datetime as dt
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
    """A coded event mention built by hand: build_event("USAGOV", "RWAGOV", "042", date="2022-08-11"); a 01x
    code builds an untyped statement (``event_type`` None)."""
    entry = load_codes().get(cameo)
    if not load_codes().codable(cameo):
        raise ValueError(f"CAMEO {cameo} has no PLOVER type and is no 01x statement")
    if date and precision is None:
        precision = {1: "year", 2: "month", 3: "day"}[len(date.split("-"))]
    event = Event(
        doc_id=doc_id, sentence_index=sentence_index, sentence=f"{source} {cameo} {target}.",
        char_start=0, char_end=20, source=make_actor(source),
        target=make_actor(target) if target else None,
        event_type=PloverType(entry.plover) if entry.plover else None,
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


@pytest.fixture(scope="session")
def kb() -> Any:
    """The packaged actor knowledge base (loaded once per test session; tests that need their own files build
    their own)."""
    from bilateral.actors import KnowledgeBase

    return KnowledgeBase.load(Settings())


DYAD_EVENTS: tuple[tuple[str, str, str, str, str | None, str], ...] = (
    ("voa/1", "USAGOV", "RWAGOV", "042", "2022-08-11", "asserted"),
    ("voa/1", "USAGOV", "RWAGOV", "020", "2022-08-11", "asserted"),
    ("voa/1", "RWAGOV", "USAGOV", "036", "2022-09", "future"),
    ("voa/2", "USAGOV", "RWAGOV", "1621", "2012", "asserted"),
    ("voa/2", "USAGOV", "RWAGOV", "112", "2012-07-21", "alleged"),
    ("voa/2", "USAGOV", "RWAGOV", "163", "2012-07-22", "hypothetical"),
    ("voa/3", "USAGOV", "RWAGOV", "057", "2008-02-19", "asserted"),
    ("voa/3", "USAMIL", "RWAMIL", "190", "2008-02-20", "negated"),
    ("voa/3", "USAMIL", "UKRMIL", "190", "2022-03-01", "negated"),
    ("plain", "USAGOV", "RWAGOV", "0831", None, "asserted"),
)
"""(doc, source, target, CAMEO, date, modality) of the ``dyad_store``: US-Rwanda events of every modality and date
precision, and the USA-UKR 'would not fight' event that a negation must keep out of every count."""


@pytest.fixture
def dyad_store(tmp_path: Path) -> Store:
    """A store file holding ``DYAD_EVENTS`` in documents with titles, URLs and outlets (one without any)."""
    from bilateral.models import CodedDocument, Document

    docs = {
        "voa/1": Document("voa/1", "Blinken visited Kigali.", title="Blinken in Kigali", url="https://example.org/1",
                          source="VOA", published=dt.date(2022, 8, 12)),
        "voa/2": Document("voa/2", "Aid was cut.", title="Aid cut", url="https://example.org/2", source="VOA",
                          published=dt.date(2012, 7, 23)),
        "voa/3": Document("voa/3", "An accord was signed.", title="Accord", url="javascript:alert(1)",
                          source="Reuters", published=dt.date(2008, 2, 21)),
        "plain": Document("plain", "Someone stepped down."),
    }
    events: dict[str, list[Event]] = {d: [] for d in docs}
    for i, (doc, src, tgt, cameo, date, modality) in enumerate(DYAD_EVENTS):
        events[doc].append(build_event(src, tgt, cameo, doc_id=doc, sentence_index=i, date=date, modality=modality,
                                       sentence=f"Sentence {i} of {doc}."))
    store = Store(tmp_path / "dyad.duckdb")
    store.write_batch([CodedDocument(d, "coded", tuple(events[k]), 3) for k, d in docs.items()], "run", window_days=7)
    return store
