"""One event per real-world happening: cluster event mentions, and spot near-duplicate documents.

Clustering. Mentions are candidates for one happening when they share source code, target code (None
allowed) and PLOVER type (an announced act, modality ``future``, counts under the type of the act it announces,
``merge_type``: "will visit" 036 meets "visited" 042, "will impose sanctions" 1312 meets the sanctions 163), and
their modalities can describe the same happening: asserted, alleged and
future mentions merge (a planned visit that then took place is one visit; an alleged attack later
confirmed is one attack); negated mentions merge only with negated ones and hypothetical only with
hypothetical ones. Within such a group, dates must be compatible at their precision:

* day mentions form clusters anchored on their earliest day: a mention joins while it lies within
  ``window_days`` of the anchor (anchoring, not chaining, so daily clashes over a month do not collapse
  into one);
* a month mention joins the day cluster that falls in its month if there is exactly one; with none it
  clusters with the other month mentions of that month; with several it stays alone;
* a year mention joins the one cluster of its year if unique, else forms a year cluster when the year has
  no cluster yet, else stays alone (so a 2022 visit and a 2023 visit never merge through vague mentions);
* undated mentions form one candidate group.

Each such date-compatible group is then cut by content (single link): two mentions are one happening when
they are dated the same day (or the same month in one document) or when their clauses say the same thing
(``similar_content``: the trigger, its object, place, named participants and numbers, as stemmed words of the
clause around the trigger, sharing ``CONTENT_SIMILARITY`` of the smaller set). A year, or no date, never merges
two mentions on its own.

Actors are compatible the same way: a mention naming only a country ("the United States imposed
sanctions on Rwanda") joins the one group that names a sector of that country on the same side and agrees
on everything else (``USAGOV -> RWAGOV``); with several such groups it stays apart.

Everything is sorted first, so the result does not depend on input order.

Near-duplicate documents (the same wire story in two outlets) are found with MinHash over word
5-shingles and MinHash LSH (datasketch), the estimate checked against the threshold to drop LSH false
positives.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from collections import defaultdict
from collections.abc import Sequence
from functools import lru_cache
from typing import Any

from datasketch import MinHash, MinHashLSH

from bilateral.errors import InputError
from bilateral.models import Event

__all__ = ["NearDuplicateIndex", "best_mention", "cluster_events", "cluster_id", "minhash_signature",
           "summarise_clusters"]

_SEED = 1
_SCHEME = "affine32"
_SHINGLE = 5
_WORD = re.compile(r"\w+")
_TOKEN = re.compile(r"\w+|[^\w\s]")
_BREAKS = frozenset({";", ":", "(", ")", "\"", "\u201c", "\u201d", "\u2014"})
_LEFT, _RIGHT = 8, 12
_STOP = frozenset(
    "a an the of in on at to for and or but with by from as is are was were be been being has have had that this "
    "these those it its their his her he she they them we our you i said says say will would could can may might "
    "also after before over into about than which who whom whose while when where there here not no new last "
    "first two one more most some any all other such up out off under between against during since said".split())
CONTENT_SIMILARITY = 0.34
"""Share of the smaller mention's content words the other must hold for the two to be one happening."""
_PRECISION_RANK = {"day": 0, "month": 1, "year": 2}
_MODALITY_RANK = {"asserted": 0, "alleged": 1, "future": 2, "negated": 3, "hypothetical": 4}
_MODALITY_GROUP = {"negated": "negated", "hypothetical": "hypothetical"}

_DATE_SHAPE = {"day": re.compile(r"\d{4}-\d\d-\d\d"), "month": re.compile(r"\d{4}-\d\d"),
               "year": re.compile(r"\d{4}")}

_Key = tuple[str, str, str, str]

ANNOUNCED_ACTS: dict[str, str] = {
    "030": "060", "031": "060", "0311": "061", "0312": "062", "0313": "063", "0314": "064", "032": "050",
    "033": "070", "0331": "071", "0332": "072", "0333": "073", "0334": "074", "034": "080", "0341": "081",
    "0342": "082", "0343": "083", "0344": "0841", "035": "080", "0351": "081", "0352": "082", "0353": "0841",
    "0354": "085", "0355": "086", "0356": "087", "036": "040", "037": "057", "038": "045", "039": "045",
    "1312": "163", "132": "172", "1323": "1723", "1324": "1724", "133": "140", "136": "166", "137": "175",
    "138": "190", "1381": "191", "1382": "192", "1383": "180", "1384": "190", "1385": "200",
}
"""CAMEO's announcement codes (intent 03x, threat 13x) and the code of the act each announces (CAMEO pairs
them by their second digits: 036 meet -> 04x, 0356 de-escalate -> 087, 138 force -> 19x)."""
_Order = tuple[str, str, int, int, str]


def _group_key(event: Event) -> _Key:
    target = event.target.code if event.target else ""
    return event.source.code, target, merge_type(event), _MODALITY_GROUP.get(event.modality, "happened")


@lru_cache(maxsize=1)
def _realised() -> dict[str, str]:
    """PLOVER type of the act each announcement code announces (codes missing from the table are left out)."""
    from bilateral.codes import load_codes

    codes = load_codes()
    out = {}
    for announced, done in ANNOUNCED_ACTS.items():
        plover = codes.entries[done].plover if done in codes else None
        if plover is not None:
            out[announced] = str(plover)
    return out


def realised_type(cameo: str) -> str | None:
    """The PLOVER type of the act an announcement code (an intent 03x, a threat 13x) announces, or None."""
    table = _realised()
    for n in range(len(cameo), 2, -1):
        if cameo[:n] in table:
            return table[cameo[:n]]
    return None


def merge_type(event: Event) -> str:
    """The type a mention merges under: an announced act (modality ``future``) under the type of the act it
    announces, so "Blinken will visit Kigali" (036) meets "Blinken arrived in Kigali" (042); else its own."""
    if event.modality == "future":
        return realised_type(str(event.cameo)) or str(event.event_type)
    return str(event.event_type)


def _order(event: Event) -> _Order:
    return event.date or "", event.doc_id, event.sentence_index, event.trigger_start, event.event_id


@lru_cache(maxsize=65536)
def _day_ordinal(date: str) -> int:
    return dt.date.fromisoformat(date).toordinal()


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


def _cluster_days(days: list[Event], window_days: int) -> list[list[Event]]:
    clusters: list[list[Event]] = []
    anchor = 0
    for event in days:
        ordinal = _day_ordinal(event.date or "")
        if clusters and ordinal - anchor <= window_days:
            clusters[-1].append(event)
        else:
            clusters.append([event])
            anchor = ordinal
    return clusters


def _attach(vague: list[Event], clusters: list[list[Event]], prefix_len: int) -> list[list[Event]]:
    """Join each vague mention to the unique cluster sharing its month/year prefix, else group or isolate it."""
    holding: dict[str, list[int]] = {}
    for i, c in enumerate(clusters):
        for prefix in dict.fromkeys((e.date or "")[:prefix_len] for e in c):
            holding.setdefault(prefix, []).append(i)
    new_by_prefix: dict[str, list[Event]] = {}
    alone: list[list[Event]] = []
    joins: list[tuple[int, Event]] = []
    for event in vague:
        prefix = (event.date or "")[:prefix_len]
        fits = holding.get(prefix, [])
        if len(fits) == 1:
            joins.append((fits[0], event))
        elif not fits:
            new_by_prefix.setdefault(prefix, []).append(event)
        else:
            alone.append([event])
    out = [list(c) for c in clusters]
    for i, event in joins:
        out[i].append(event)
    return out + list(new_by_prefix.values()) + alone


def _cluster_group(events: list[Event], window_days: int) -> list[list[Event]]:
    by_precision: dict[str | None, list[Event]] = defaultdict(list)
    for event in events:
        by_precision[_precision(event)].append(event)
    clusters = _cluster_days(by_precision["day"], window_days)
    clusters = _attach(by_precision["month"], clusters, 7)
    clusters = _attach(by_precision["year"], clusters, 4)
    undated = by_precision[None]  # one candidate group, for their content to decide
    return clusters + ([undated] if undated else [])


def _covers(vague: str, code: str) -> bool:
    """Whether actor code ``vague`` (a bare country, or empty for no target) is compatible with ``code``."""
    return vague == code or (len(vague) == 3 and code.startswith(vague) and len(code) > 3)


def _fold_vague_actors(groups: dict[_Key, list[Event]], countries: set[str]) -> dict[_Key, list[Event]]:
    """Merge each group whose source or target is a bare country into the unique more specific group."""
    out = {k: list(v) for k, v in groups.items()}
    for key in sorted(groups):
        if not (key[0] in countries or key[1] in countries):
            continue
        fits = [k for k in sorted(out) if k != key and k[2:] == key[2:] and _covers(key[0], k[0])
                and _covers(key[1], k[1])]
        if len(fits) == 1 and key in out:
            out[fits[0]].extend(out.pop(key))
    return out


@lru_cache(maxsize=65536)
def _clause_words(sentence: str, trigger: str, trigger_start: int) -> frozenset[str]:
    """Content words (stemmed to five letters, numbers whole) of the clause around the trigger: a few words
    before it (its subject) and what follows up to the next clause break (its object, place, numbers)."""
    tokens = _TOKEN.findall(sentence)
    if not tokens:
        return frozenset()
    head = (trigger.split() or [""])[0].casefold()[:4]
    near = [j for j in range(len(tokens)) if head and tokens[j].casefold().startswith(head)]
    i = min(near, key=lambda j: (abs(j - trigger_start), j)) if near else min(trigger_start, len(tokens) - 1)
    lo = i
    while lo > 0 and i - lo < _LEFT and tokens[lo - 1] not in _BREAKS:
        lo -= 1
    hi = i + 1
    while hi < len(tokens) and hi - i < _RIGHT and tokens[hi] not in _BREAKS and not (
            tokens[hi] == "," and hi - i > 4):
        hi += 1
    return frozenset(t if t.isdigit() else t.casefold()[:5] for t in tokens[lo:hi]
                     if t[0].isalnum() and t.casefold() not in _STOP)


def content_words(event: Event) -> frozenset[str]:
    """What a mention says happened, as words: its clause's trigger, object, participants and numbers, and its
    place."""
    words = _clause_words(event.sentence, event.trigger, event.trigger_start)
    if event.location is not None and event.location.name:
        words = words | {w.casefold()[:5] for w in _WORD.findall(event.location.name)}
    return words


def similar_content(a: Event, b: Event) -> bool:
    """Whether two mentions of one dyad and type, dated compatibly, are one happening: dated the same day (or the
    same month in one document), or saying the same thing, with enough shared content words (overlap
    coefficient). A year, or no date, is never enough."""
    if a.date is not None and a.date == b.date and (len(a.date) == 10 or (len(a.date) == 7 and a.doc_id == b.doc_id)):
        return True
    wa, wb = content_words(a), content_words(b)
    if not wa or not wb:
        return False
    return len(wa & wb) / min(len(wa), len(wb)) >= CONTENT_SIMILARITY


def _split_by_content(cluster: list[Event]) -> list[list[Event]]:
    """A date-compatible cluster cut into groups of mentions linked by similar content (single link)."""
    if len(cluster) == 1:
        return [cluster]
    parent = list(range(len(cluster)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i in range(len(cluster)):
        for j in range(i + 1, len(cluster)):
            if root(i) != root(j) and similar_content(cluster[i], cluster[j]):
                parent[max(root(i), root(j))] = min(root(i), root(j))
    groups: dict[int, list[Event]] = {}
    for i, event in enumerate(cluster):
        groups.setdefault(root(i), []).append(event)
    return list(groups.values())


def _clusters(events: Sequence[Event], window_days: int, keys: _Keys) -> list[list[Event]]:
    groups: dict[_Key, list[Event]] = defaultdict(list)
    countries: set[str] = set()
    for event in sorted(events, key=keys.order):
        groups[_group_key(event)].append(event)
        for actor in (event.source, event.target):
            if actor is not None and actor.country and actor.code == actor.country:
                countries.add(actor.code)
    groups = _fold_vague_actors(groups, countries)
    out: list[list[Event]] = []
    for key in sorted(groups):
        for dated in _cluster_group(sorted(groups[key], key=keys.order), max(0, window_days)):
            for cluster in _split_by_content(sorted(dated, key=keys.order)):
                out.append(cluster)
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
