"""The DuckDB store: schema and migrations, writing batches, queries and exports."""

from bilateral.store.query import EventQuery, count_events, find_events
from bilateral.store.store import Store, StoredDocument

__all__ = ["EventQuery", "Store", "StoredDocument", "count_events", "find_events"]
