"""bilateral: news articles in; a sourced, dated, coded event dataset and dyad time series out.

The public API is pinned by a test. Heavy stages (spaCy) load only when ``run_ingest`` or
``load_resources`` is first used.
"""

from __future__ import annotations

from typing import Any

from bilateral.errors import (
    BilateralError,
    ConfigError,
    InputError,
    KnowledgeError,
    ModelError,
    QueryError,
    StoreBusy,
    StoreError,
)
from bilateral.models import (
    Actor,
    CodedDocument,
    Document,
    DyadPoint,
    DyadSeries,
    Event,
    EventMention,
    Failure,
    Location,
    Mention,
    RunReport,
    StoredEvent,
    event_to_dict,
    stored_event_to_dict,
)
from bilateral.settings import Settings, load_settings
from bilateral.store import EventQuery, Store, count_events, find_events

__version__ = "0.1.0"

__all__ = [
    "Actor", "BilateralError", "CodedDocument", "ConfigError", "Document", "DyadPoint", "DyadSeries", "Event",
    "EventMention", "EventQuery", "Failure", "InputError", "KnowledgeError", "Location", "Mention",
    "ModelError", "QueryError", "RunReport", "Settings", "Store", "StoreBusy", "StoreError", "StoredEvent",
    "__version__", "code_documents", "count_events", "event_to_dict", "find_events", "load_resources",
    "load_settings", "run_ingest", "stored_event_to_dict",
]

_LAZY = {"run_ingest", "load_resources", "code_documents"}


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        from bilateral import pipeline, runs

        return getattr(runs if name == "run_ingest" else pipeline, name)
    raise AttributeError(f"module 'bilateral' has no attribute {name!r}")
