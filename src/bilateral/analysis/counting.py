"""Which events analytics count: what happened (asserted), alleged acts on request, never the rest.

A negated event ("US troops would not fight in Ukraine"), a hypothetical one ("may suspend aid") or a
future one ("will visit Kigali") did not happen. Summing them into quad counts or Goldstein totals
would show a year of material conflict where there was none, so series, change points, reports and
networks count asserted events by default and alleged ones when asked; the others are set apart and
listed under what they are: announced, denied, hypothetical.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence

from bilateral.errors import QueryError
from bilateral.models import MODALITIES, StoredEvent

COUNTED_BY_DEFAULT: tuple[str, ...] = ("asserted",)
COUNTABLE: tuple[str, ...] = ("asserted", "alleged")
"""Modalities that may be counted: the event happened, or someone says it did."""

SET_APART_LABELS: dict[str, str] = {
    "alleged": "alleged", "future": "announced", "hypothetical": "hypothetical", "negated": "denied",
}
"""How an uncounted event is listed, by its modality."""


def parse_modalities(spec: str | Sequence[str] | None, *, allowed: Sequence[str] = MODALITIES) -> tuple[str, ...]:
    """Modalities from ``"asserted,alleged"`` or a list of such strings, checked against ``allowed``."""
    if spec is None:
        return ()
    items = [spec] if isinstance(spec, str) else list(spec)
    found = tuple(dict.fromkeys(m.strip().lower() for item in items for m in item.split(",") if m.strip()))
    bad = [m for m in found if m not in MODALITIES]
    if bad:
        raise QueryError(f"unknown modality {', '.join(bad)}; use one or more of {', '.join(MODALITIES)}, "
                         "separated by commas")
    refused = [m for m in found if m not in allowed]
    if refused:
        raise QueryError(f"{', '.join(refused)} events did not happen and are never counted; count "
                         f"{' or '.join(allowed)} events (list the others with `bilateral events --modality "
                         f"{refused[0]}`)")
    return found


def counted_modalities(spec: str | Sequence[str] | None) -> tuple[str, ...]:
    """The modalities an analysis counts: ``spec`` (asserted and/or alleged), else asserted only."""
    return parse_modalities(spec, allowed=COUNTABLE) or COUNTED_BY_DEFAULT


def split_counted(found: Iterable[StoredEvent], modalities: Sequence[str]) -> tuple[list[StoredEvent],
                                                                                   list[StoredEvent]]:
    """Events to count (their modality in ``modalities``) and events set apart, in the order given."""
    counted: list[StoredEvent] = []
    apart: list[StoredEvent] = []
    for s in found:
        (counted if s.event.modality in modalities else apart).append(s)
    return counted, apart


def set_apart_counts(apart: Iterable[StoredEvent]) -> dict[str, int]:
    """How many uncounted events there are under each label (announced, denied, ...), labels in a fixed order."""
    counts = Counter(SET_APART_LABELS.get(s.event.modality, s.event.modality) for s in apart)
    return {label: counts[label] for label in dict.fromkeys(SET_APART_LABELS.values()) if counts[label]}


def set_apart_label(event: StoredEvent) -> str:
    """The label an uncounted event is listed under."""
    return SET_APART_LABELS.get(event.event.modality, event.event.modality)
