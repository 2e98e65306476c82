"""The public API is pinned: changing it is a deliberate act that updates this test."""

import bilateral

EXPECTED = [
    "Actor", "BilateralError", "CodedDocument", "ConfigError", "Document", "DyadPoint", "DyadSeries", "Event",
    "EventMention", "EventQuery", "Failure", "InputError", "KnowledgeError", "Location", "Mention",
    "ModelError", "QueryError", "RunReport", "Settings", "Store", "StoreBusy", "StoreError", "StoredEvent",
    "__version__", "code_documents", "count_events", "event_to_dict", "find_events", "load_resources",
    "load_settings", "run_ingest", "stored_event_to_dict",
]


def test_api_all_is_pinned() -> None:
    assert sorted(bilateral.__all__) == sorted(EXPECTED)


def test_api_every_name_resolves() -> None:
    for name in bilateral.__all__:
        assert getattr(bilateral, name) is not None, name
