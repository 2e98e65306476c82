"""The DuckDB store: schema and migrations, writing batches, queries and exports."""

from bilateral.store.query import ORDERS, EventQuery, StoreSummary, count_events, find_events, summarize
from bilateral.store.store import Store, StoredDocument

__all__ = ["ORDERS", "EventQuery", "Store", "StoreSummary", "StoredDocument", "count_events", "find_events",
           "summarize"]
