"""One event per real-world happening: cluster event mentions, and spot near-duplicate documents.

Clustering. Mentions are candidates for one happening when they share source code, target code (None
allowed) and merge type (``merging.vocabulary.merge_type``: the PLOVER type, except that an announced act,
modality ``future``, counts under the type of the act it announces: "will visit" 036 meets "visited" 042), and
their modalities can describe the same happening: asserted, alleged and future mentions merge (a planned visit
that then took place is one visit; an alleged attack later confirmed is one attack); negated mentions merge only
with negated ones and hypothetical only with hypothetical ones.

Actors are compatible the same way: a mention naming only a country ("the United States imposed
sanctions on Rwanda") joins the one group that names a sector of that country on the same side and agrees
on everything else (``USAGOV -> RWAGOV``); with several such groups each of its mentions joins the one whose
mentions its date agrees with, and stays apart when none or several do.

Within such a group, what happened decides (``merging.linking``): mentions are linked by their dates at their
precision and by the content of their own clauses (trigger, object, place, participants, numbers; a year, or no
date, never merges on its own), and clustered strongest link first without ever joining disagreeing dates or
statements said by different named people.

Everything is sorted first, so the result does not depend on input order.

Near-duplicate documents (the same wire story in two outlets) are found with MinHash over word
5-shingles and MinHash LSH (datasketch), the estimate checked against the threshold to drop LSH false
positives.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from bisect import bisect_left
from collections import defaultdict
from collections.abc import Sequence
from functools import lru_cache
from typing import Any

from datasketch import MinHash, MinHashLSH

from bilateral.errors import InputError
from bilateral.merging.linking import cluster_mentions, day_ordinal
from bilateral.merging.vocabulary import merge_type, realised_type
from bilateral.models import Event

__all__ = ["NearDuplicateIndex", "best_mention", "cluster_events", "cluster_id", "merge_type", "minhash_signature",
           "realised_type", "summarise_clusters"]

_SEED = 1
_SCHEME = "affine32"
_SHINGLE = 5
_WORD = re.compile(r"\w+")
_PRECISION_RANK = {"day": 0, "month": 1, "year": 2}
_MODALITY_RANK = {"asserted": 0, "alleged": 1, "future": 2, "negated": 3, "hypothetical": 4}
_MODALITY_GROUP = {"negated": "negated", "hypothetical": "hypothetical"}

_DATE_SHAPE = {"day": re.compile(r"\d{4}-\d\d-\d\d"), "month": re.compile(r"\d{4}-\d\d"),
               "year": re.compile(r"\d{4}")}

_Key = tuple[str, str, str, str]
_Order = tuple[str, str, int, int, str]


def _group_key(event: Event) -> _Key:
    target = event.target.code if event.target else ""
    return event.source.code, target, merge_type(event), _MODALITY_GROUP.get(event.modality, "happened")


def _order(event: Event) -> _Order:
    return event.date or "", event.doc_id, event.sentence_index, event.trigger_start, event.event_id


@lru_cache(maxsize=65536)
def _date_precision(date: str | None) -> str | None:
    shape = {10: "day", 7: "month", 4: "year"}.get(len(date or ""))
    if shape is None or not _DATE_SHAPE[shape].fullmatch(date or ""):
        return None
    if shape == "day":
        try:
            dt.date.fromisoformat(date or "")
        except ValueError:
            return None
    return shape


def _precision(event: Event) -> str | None:
    """The precision the date string really has (its shape), None when absent or malformed."""
    return _date_precision(event.date)


class _Keys:
    """Sort keys of the mentions being clustered, each computed once (``event_id`` is a hash, and the store
    re-clusters thousands of mentions per batch)."""

    __slots__ = ("_order",)

    def __init__(self) -> None:
        self._order: dict[int, _Order] = {}

    def order(self, event: Event) -> _Order:
        key = self._order.get(id(event))
        if key is None:
            key = self._order[id(event)] = _order(event)
        return key

    def best(self, event: Event) -> tuple[int, int, float, int, str, int, str]:
        return _best_key(event, self.order(event)[4])


def _covers(vague: str, code: str) -> bool:
    """Whether actor code ``vague`` (a bare country, or empty for no target) is compatible with ``code``."""
    return vague == code or (len(vague) == 3 and code.startswith(vague) and len(code) > 3)


class _Dates:
    """The dates of one group's mentions, to ask cheaply whether a mention's date could be one of theirs (days
    within the window, else equal at their common precision; an undated mention agrees with any)."""

    def __init__(self, events: Sequence[Event]) -> None:
        self.days = sorted(o for o in (day_ordinal(e.date) for e in events if e.date) if o is not None)
        self.prefixes = {e.date[:n] for e in events if e.date for n in (4, 7) if len(e.date) >= n}
        self.exact = {e.date for e in events if e.date}
        self.undated = any(not e.date for e in events)

    def agree(self, date: str | None, window_days: int) -> bool:
        if not date or self.undated:
            return True
        day = day_ordinal(date)
        if day is None:
            return date in self.prefixes or any(d.startswith(date) or date.startswith(d) for d in self.exact
                                                if len(d) < 10)
        at = bisect_left(self.days, day - window_days)
        return (at < len(self.days) and self.days[at] <= day + window_days) or date[:7] in self.exact \
            or date[:4] in self.exact


def _fold_vague_actors(groups: dict[_Key, list[Event]], countries: set[str], window_days: int
                       ) -> dict[_Key, list[Event]]:
    """Merge each group whose source or target is a bare country into the unique more specific group. Where
    several specific groups fit ("USAGOV -> RWA" beside "-> RWAGOV" and "-> RWAREB"), each of its mentions goes
    to the one group holding a mention its date agrees with, and stays apart when none or several do: a visit
    to "Rwanda" on the day of talks with its government joins those talks, whatever other years hold."""
    out = {k: list(v) for k, v in groups.items()}
    for key in sorted(groups):
        if not (key[0] in countries or key[1] in countries) or key not in out:
            continue
        fits = [k for k in sorted(out) if k != key and k[2:] == key[2:] and _covers(key[0], k[0])
                and _covers(key[1], k[1])]
        if len(fits) == 1:
            out[fits[0]].extend(out.pop(key))
        elif fits:
            dates = {k: _Dates(out[k]) for k in fits}
            kept: list[Event] = []
            for event in out[key]:
                near = [k for k in fits if dates[k].agree(event.date, window_days)]
                (out[near[0]] if len(near) == 1 else kept).append(event)
            if kept:
                out[key] = kept
            else:
                del out[key]
    return out


def _clusters(events: Sequence[Event], window_days: int, keys: _Keys) -> list[list[Event]]:
    groups: dict[_Key, list[Event]] = defaultdict(list)
    countries: set[str] = set()
    for event in sorted(events, key=keys.order):
        groups[_group_key(event)].append(event)
        for actor in (event.source, event.target):
            if actor is not None and actor.country and actor.code == actor.country:
                countries.add(actor.code)
    groups = _fold_vague_actors(groups, countries, max(0, window_days))
    out: list[list[Event]] = []
    for key in sorted(groups):
        out.extend(cluster_mentions(sorted(groups[key], key=keys.order), max(0, window_days)))
    return out


def cluster_events(events: Sequence[Event], window_days: int) -> list[list[Event]]:
    """Mentions grouped into happenings; deterministic and independent of input order."""
    return _clusters(events, window_days, _Keys())


def summarise_clusters(events: Sequence[Event], window_days: int) -> list[tuple[list[Event], Event, str]]:
    """``cluster_events`` with each cluster's ``best_mention`` and ``cluster_id``, hashing each mention once."""
    keys = _Keys()
    out = []
    for cluster in _clusters(events, window_days, keys):
        best = min(cluster, key=keys.best)
        out.append((cluster, best, _cluster_id_of(best, keys.order(best)[4])))
    return out


def _best_key(event: Event, event_id: str | None = None) -> tuple[int, int, float, int, str, int, str]:
    precision = _PRECISION_RANK.get(_precision(event) or "", 3)
    return (precision, 0 if event.date_source == "text" else 1, -event.confidence,
            _MODALITY_RANK.get(event.modality, 5), event.doc_id, event.sentence_index,
            event.event_id if event_id is None else event_id)


def best_mention(cluster: Sequence[Event]) -> Event:
    """The mention that speaks for a cluster: most specific date, most confident, asserted, earliest doc."""
    if not cluster:
        raise InputError("best_mention needs at least one event mention; got an empty cluster")
    return min(cluster, key=_best_key)


def _cluster_id_of(best: Event, best_id: str) -> str:
    key = "|".join([*_group_key(best)[:3], best_id])
    return hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]


def cluster_id(cluster: Sequence[Event]) -> str:
    """Stable id of a happening: hash of its key and its best mention's event id."""
    best = best_mention(cluster)
    return _cluster_id_of(best, best.event_id)


def _shingles(text: str) -> set[bytes]:
    words = [w.casefold() for w in _WORD.findall(text)]
    if len(words) < _SHINGLE:
        return {" ".join(words).encode("utf-8")} if words else set()
    return {" ".join(words[i:i + _SHINGLE]).encode("utf-8") for i in range(len(words) - _SHINGLE + 1)}


@lru_cache(maxsize=8)
def _permutations(num_perm: int) -> Any:
    """The permutation parameters every MinHash here shares (datasketch would draw them again per sketch)."""
    return MinHash(num_perm=num_perm, seed=_SEED, scheme=_SCHEME).permutations


def _new_minhash(num_perm: int, hashvalues: list[int] | None = None) -> MinHash:
    return MinHash(num_perm=num_perm, seed=_SEED, hashvalues=hashvalues, scheme=_SCHEME,
                   permutations=_permutations(num_perm))


def minhash_signature(text: str, num_perm: int = 64) -> list[int]:
    """MinHash of the text's word 5-shingles (case-folded) as plain ints; an empty text has no shingles."""
    minhash = _new_minhash(num_perm)
    shingles = _shingles(text)
    if shingles:
        minhash.update_batch(shingles)  # a minimum per permutation: the order of the shingles is irrelevant
    return [int(v) for v in minhash.hashvalues]


class NearDuplicateIndex:
    """Documents seen so far, to find an earlier near-duplicate of a new one (MinHash LSH)."""

    def __init__(self, threshold: float, num_perm: int = 64) -> None:
        if not 0.0 < threshold <= 1.0:
            raise InputError(f"near-duplicate threshold must be in (0, 1]; got {threshold}")
        self.threshold = threshold
        self.num_perm = num_perm
        self._lsh = MinHashLSH(threshold=threshold, num_perm=num_perm)
        self._order: dict[str, int] = {}
        self._minhashes: dict[str, MinHash] = {}
        self._empty = _new_minhash(num_perm)

    def _minhash(self, doc_id: str, signature: Sequence[int]) -> MinHash:
        if len(signature) != self.num_perm:
            raise InputError(
                f"document {doc_id!r}: MinHash signature has {len(signature)} values, the index expects "
                f"{self.num_perm}; recompute it with minhash_signature(text, num_perm={self.num_perm})"
            )
        return _new_minhash(self.num_perm, list(signature))

    def add(self, doc_id: str, signature: Sequence[int]) -> str | None:
        """Index a document; return the id of the earliest indexed near-duplicate, or None.

        A near-duplicate is not indexed itself, so later copies point at the original. Adding an id again
        only looks it up. Empty texts never match.
        """
        minhash = self._minhash(doc_id, signature)
        if minhash == self._empty:
            return None
        mine = self._order.get(doc_id, len(self._order))
        found = [k for k in self._lsh.query(minhash)
                 if k != doc_id and self._order[k] < mine and minhash.jaccard(self._minhashes[k]) >= self.threshold]
        if found:
            return min(found, key=self._order.__getitem__)
        if doc_id not in self._order:
            self._lsh.insert(doc_id, minhash)
            self._order[doc_id] = mine
            self._minhashes[doc_id] = minhash
        return None
