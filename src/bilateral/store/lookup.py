"""Lookups that outputs need beside the events: the documents behind them, and the actors a store knows.

An actor spec that no stored event involves is almost always a typo or a name where a code was wanted
("Rwanda" for RWA, "USAA"); answering with an empty series would read as "no relationship", so
``check_known_actor`` refuses it and suggests the closest codes and names the store holds.
"""

from __future__ import annotations

import difflib
from collections.abc import Iterable

from bilateral.errors import QueryError
from bilateral.models import DocumentRef
from bilateral.store.query import EventQuery, check_actor_spec, count_events
from bilateral.store.store import Store

_ACTORS_SQL = (
    "SELECT code, country, any_value(name) AS name, count(*) AS n FROM ("
    " SELECT m.source_code AS code, m.source_country AS country, m.source_name AS name FROM events e"
    " JOIN mentions m ON m.mention_id = e.best_mention_id UNION ALL"
    " SELECT m.target_code, m.target_country, m.target_name FROM events e"
    " JOIN mentions m ON m.mention_id = e.best_mention_id WHERE m.target_code IS NOT NULL)"
    " GROUP BY code, country ORDER BY n DESC, code"
)


def document_refs(store: Store, doc_ids: Iterable[str]) -> dict[str, DocumentRef]:
    """Title, URL, outlet and publication date of stored documents, by id (ids not stored are left out)."""
    ids = sorted(set(doc_ids))
    if not ids:
        return {}
    found = store.sql("SELECT doc_id, title, url, source, published FROM documents "
                      "WHERE doc_id IN (SELECT unnest(?))", [ids])
    return {r["doc_id"]: DocumentRef(r["doc_id"], r["title"], r["url"], r["source"], r["published"]) for r in found}


def known_actors(store: Store) -> list[tuple[str, str | None, str]]:
    """Every actor code in the store's events with its country and a name for it, most frequent first."""
    return [(r["code"], r["country"], r["name"] or r["code"]) for r in store.sql(_ACTORS_SQL)]


def suggest_actors(store: Store, spec: str, n: int = 5) -> list[str]:
    """Specs close to ``spec``: codes and countries spelt like it, and actors whose name holds it (their country
    first), as ``CODE (Name)``."""
    actors = known_actors(store)
    names: dict[str, str] = {}
    for code, country, name in actors:
        names.setdefault(code, name)
        if country and country == code:
            names[country] = name
    for _, country, _ in actors:
        if country:
            names.setdefault(country, country)
    words = spec.strip().casefold()
    picked: list[str] = []
    labels: dict[str, str] = {}
    for code, country, name in actors:
        near = difflib.get_close_matches(words, [name.casefold()], n=1, cutoff=0.75)
        if len(words) > 2 and (words in name.casefold() or near):
            for c in (country, code):
                if c:
                    picked.append(c)
                    labels.setdefault(c, name)
    picked += difflib.get_close_matches(spec.strip().upper(), list(names), n=n, cutoff=0.6)
    out = []
    for code in list(dict.fromkeys(picked))[:n]:
        name = labels.get(code) or names.get(code, code)
        out.append(f"{code} ({name})" if name != code else code)
    return out


def check_known_actor(store: Store, spec: str) -> str:
    """The normalised actor spec, when some stored event involves it; else a QueryError that suggests close names."""
    try:
        norm = check_actor_spec(spec)
    except QueryError as e:
        hints = suggest_actors(store, spec)
        if hints:
            raise QueryError(f"{e}; did you mean {', '.join(hints)}?") from None
        raise
    if count_events(store, EventQuery(actor=norm)):
        return norm
    hints = suggest_actors(store, spec)
    hint = f"; did you mean {', '.join(hints)}?" if hints else "; `bilateral events` lists what it holds"
    raise QueryError(f"no stored event involves actor {norm!r} in {store.path}{hint}")
