"""The actor network of a period: who interacts with whom, how often, and how cooperatively."""

from __future__ import annotations

import datetime as dt

import networkx as nx

from bilateral.models import Tie
from bilateral.store import EventQuery, Store, find_events


def actor_network(store: Store, *, since: dt.date | None = None, until: dt.date | None = None,
                  level: str = "country") -> nx.Graph:
    """A weighted graph of actors (by country, or by full code with level="code") over a period."""
    graph = nx.Graph()
    for s in find_events(store, EventQuery(since=since, until=until)):
        e = s.event
        if e.target is None:
            continue
        a, b = (_node(e.source.country, e.source.code, level), _node(e.target.country, e.target.code, level))
        if a == b:
            continue
        data = graph.get_edge_data(a, b) or {"events": 0, "goldstein": 0.0, "coop": 0, "conflict": 0}
        data["events"] += 1
        data["goldstein"] += e.goldstein
        data["coop" if e.quad_class <= 2 else "conflict"] += 1
        graph.add_edge(a, b, **data)
    return graph


def _node(country: str | None, code: str, level: str) -> str:
    return code if level == "code" or country is None else country


def strongest_ties(graph: nx.Graph, n: int = 10) -> list[Tie]:
    """The n ties with the most events, with their balance."""
    ties = [Tie(min(a, b), max(a, b), d["events"], round(d["goldstein"] / d["events"], 3), d["coop"], d["conflict"])
            for a, b, d in graph.edges(data=True)]
    return sorted(ties, key=lambda t: (-t.events, t.a, t.b))[:n]
