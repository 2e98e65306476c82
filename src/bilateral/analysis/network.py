"""The actor network of a period: who interacts with whom, how often, and how cooperatively.

Ties count events that happened (asserted, and alleged when asked), as series do (see ``counting``).
"""

from __future__ import annotations

import datetime as dt

from collections.abc import Sequence

import networkx as nx

from bilateral.analysis.counting import COUNTED_BY_DEFAULT
from bilateral.models import Tie
from bilateral.store import EventQuery, Store, find_events


def actor_network(store: Store, *, since: dt.date | None = None, until: dt.date | None = None,
                  level: str = "country", modalities: Sequence[str] = COUNTED_BY_DEFAULT,
                  actor: str | None = None) -> nx.Graph:
    """A weighted graph of actors (by country, or by full code with level="code") over a period, from the
    events of the counted ``modalities`` (those involving ``actor`` only, when given)."""
    graph = nx.Graph()
    query = EventQuery(since=since, until=until, modalities=tuple(modalities), actor=actor)
    for s in find_events(store, query):
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
