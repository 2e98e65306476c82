"""The DuckDB store: schema and migrations, writing batches, queries and exports."""

from bilateral.store.lookup import check_known_actor, document_refs
from bilateral.store.query import ORDERS, EventQuery, StoreSummary, count_events, find_events, summarize
from bilateral.store.store import Store, StoredDocument

__all__ = ["ORDERS", "EventQuery", "Store", "StoreSummary", "StoredDocument", "check_known_actor", "count_events",
           "document_refs", "find_events", "summarize"]
