"""Finding place names in text and choosing what an ambiguous name means.

Shared by the document scan (``document_places``: no parse, counts for context) and the sentence locator
(``locate_event``: parsed sentence). Names are matched longest-first over words that start with a capital,
then resolved: a country name is a country; otherwise the document's countries decide, then the kind of
entry (a region's own name, a city, a region's alias) and population -- never the first entry found.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from bilateral.places.gazetteer import Gazetteer, Place

__all__ = ["DIRECTIONS", "LOCATIVE_PREPS", "DocumentPlaces", "NameHit", "choose_place", "document_places",
           "scan_names"]

LOCATIVE_PREPS: frozenset[str] = frozenset({
    "in", "at", "near", "inside", "outside", "within", "across", "around", "to", "into", "throughout",
    "along", "toward", "towards", "from", "off", "via", "through", "onto", "beyond",
})
"""Prepositions after which a place name that is also a common word ("in Nice") is read as a place."""

DIRECTIONS: frozenset[str] = frozenset({
    "eastern", "western", "northern", "southern", "central", "northeastern", "northwestern", "southeastern",
    "southwestern", "north-eastern", "north-western", "south-eastern", "south-western", "east", "west",
    "north", "south", "northeast", "northwest", "southeast", "southwest", "north-east", "north-west",
    "south-east", "south-west",
})
"""Directional words that narrow a country without naming a region ("eastern Congo")."""

_WORD = re.compile(r"(?:[A-Z]\.){2,}|[^\W\d_](?:[\w'’]|-(?=\w))*")
_QUOTES = ("'", "’")
_QUOTES_S = ("'s", "’s")
_MAX_TOKENS = 10
_POPULATION_MARGIN = 2.0
_BIG_CITY = 100_000
_WORLD_CITY = 500_000
_DATELINE = re.compile(
    r"\A\s*(?P<name>[A-Z][A-Z'’.\-]+(?: [A-Z][A-Z'’.\-]+){0,3})\s*(?:,[^\n]{0,60}?)?"
    r"\s*(?:\([^)\n]{1,30}\))?\s*[-–—]{1,2}\s"
)


@dataclass(frozen=True, slots=True)
class NameHit:
    """A gazetteer name found in text: word indices [start, end), its text and the places it may mean."""

    start: int
    end: int
    name: str
    places: tuple[Place, ...]
    after_locative: bool
    direction: str | None
    """A directional word just before the name ("eastern"), lower-cased, if any."""


@dataclass(frozen=True, slots=True)
class DocumentPlaces:
    """The places a whole document names, with counts: context for ambiguous names and a fallback location."""

    countries: tuple[tuple[str, int], ...]
    """ISO alpha-3 codes with the number of mentions (of the country or a place in it), most first."""
    places: tuple[tuple[Place, int], ...]
    """Resolved places with mention counts, most first."""
    dateline: Place | None
    """The place of a wire dateline opening the text ("KIGALI, Aug 11 (Reuters) -"), if any."""

    def country_weights(self) -> dict[str, int]:
        """Mentions per country, for disambiguation."""
        return dict(self.countries)


def _strip_possessive(name: str) -> str:
    if name.endswith(_QUOTES_S):
        return name[:-2]
    return name[:-1] if name.endswith(_QUOTES) else name


def _candidates(text: str, spans: Sequence[tuple[int, int]], i: int, word_prefixes: frozenset[str]) -> list[str]:
    """The names words i, i..i+1, ... could spell (whitespace as one space), up to _MAX_TOKENS words.

    Growing stops at the first space whose words before it start no gazetteer name: no longer stretch
    can be a name then (a trailing possessive, all that is dropped later, never holds a space).
    """
    start = spans[i][0]
    out: list[str] = []
    checked = 0
    for j in range(i + 1, min(len(spans), i + _MAX_TOKENS) + 1):
        name = " ".join(text[start:spans[j - 1][1]].split())
        space = name.find(" ", checked)
        while space != -1:
            if name[:space] not in word_prefixes:
                return out
            checked = space + 1
            space = name.find(" ", checked)
        out.append(name)
    return out


def scan_names(text: str, spans: Sequence[tuple[int, int]], gazetteer: Gazetteer) -> list[NameHit]:
    """Gazetteer names over words given as character spans of ``text``, longest match first, left to right."""
    hits: list[NameHit] = []
    table = gazetteer.names()
    word_prefixes = gazetteer.word_prefixes()
    i = 0
    while i < len(spans):
        first = text[spans[i][0]:spans[i][1]]
        if not (first[:1].isupper() or first == "the"):
            i += 1
            continue
        found: NameHit | None = None
        candidates = _candidates(text, spans, i, word_prefixes)
        for j in range(i + len(candidates), i, -1):
            name = _strip_possessive(candidates[j - i - 1])
            places = table.get(name)
            if places:
                prev = text[spans[i - 1][0]:spans[i - 1][1]].lower() if i > 0 else ""
                found = NameHit(i, j, name, places, prev in LOCATIVE_PREPS,
                                prev if prev in DIRECTIONS else None)
                break
        if found is None:
            i += 1
            continue
        if found.direction is not None and i > 1:
            before = text[spans[i - 2][0]:spans[i - 2][1]].lower()
            if before in LOCATIVE_PREPS:
                found = NameHit(found.start, found.end, found.name, found.places, True, found.direction)
        hits.append(found)
        i = found.end
    return hits


def _kind_rank(place: Place) -> int:
    """A large city beats a region of the same name ("Washington"), a region's own name beats a town
    ("Kasai"), and any town beats a region's alias."""
    if place.precision == "admin1":
        return 2 if place.primary else 0
    return 3 if place.population >= _BIG_CITY else 1


def choose_place(places: Sequence[Place], weights: Mapping[str, int], locative_ok: bool) -> Place | None:
    """What an ambiguous name means here, or None when the evidence cannot decide (precision first).

    A country name wins. Otherwise candidates in the countries the document talks about most are kept,
    then a region's own name beats a city, which beats a region's alias, then population decides. With no
    document support across several countries, a city is taken only if it is at least twice as populous as
    the next one; regions of several countries are left undecided.
    """
    usable = [p for p in places if p.rule != "locative" or locative_ok]
    if not usable:
        return None
    countries = [p for p in usable if p.precision == "country"]
    if countries:
        best = max(countries, key=lambda p: weights.get(p.country or "", 0))
        return best
    top = max(weights.get(p.country or "", 0) for p in usable)
    if top > 0:
        supported = [p for p in usable if weights.get(p.country or "", 0) == top]
        return max(supported, key=lambda p: (_kind_rank(p), p.population))
    if len({p.country for p in usable}) == 1:
        return max(usable, key=lambda p: (_kind_rank(p), p.population))
    cities = sorted((p for p in usable if p.precision == "city"), key=lambda p: -p.population)
    if not cities or any(p.precision == "admin1" and p.primary for p in usable):
        return None
    if len(cities) == 1 or cities[0].population >= _POPULATION_MARGIN * max(cities[1].population, 1):
        return cities[0]
    return None


def _dateline(text: str, gazetteer: Gazetteer, weights: Mapping[str, int]) -> Place | None:
    match = _DATELINE.match(text[:200])
    if match is None:
        return None
    places = gazetteer.lookup_casefold(match.group("name").strip(" .-"))
    return choose_place(places, weights, locative_ok=True) if places else None


def _self_evident(place: Place, hit: NameHit) -> bool:
    """A name that is a place without context: a country, a region, a large city, or any place after "in".

    A small town whose name is also a surname ("Obama", Japan) only counts when its country is named too.
    """
    if place.rule == "locative" and not hit.after_locative:
        return False
    return place.precision != "city" or hit.after_locative or place.population >= _WORLD_CITY


def document_places(text: str, gazetteer: Gazetteer) -> DocumentPlaces:
    """Count the places a document names; unambiguous names first give the countries that settle the rest."""
    spans = [m.span() for m in _WORD.finditer(text)]
    hits = [h for h in scan_names(text, spans, gazetteer)
            if h.after_locative or any(p.rule != "locative" for p in h.places)]
    weights: Counter[str] = Counter()
    for hit in hits:
        owners = {p.country for p in hit.places if _self_evident(p, hit)}
        if len(owners) == 1:
            owner = next(iter(owners))
            if owner is not None:
                weights[owner] += 1
    resolved: Counter[Place] = Counter()
    final: Counter[str] = Counter()
    for hit in hits:
        place = choose_place(hit.places, weights, hit.after_locative)
        if place is None or not (_self_evident(place, hit) or weights.get(place.country or "", 0) > 0):
            continue
        resolved[place] += 1
        if place.country is not None:
            final[place.country] += 1
    return DocumentPlaces(tuple(final.most_common()), tuple(resolved.most_common()),
                          _dateline(text, gazetteer, final))
