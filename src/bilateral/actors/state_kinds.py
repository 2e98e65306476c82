"""Which countries a description of a state by its region or kind fits: "the Southeast Asian nation", "the Gulf
kingdom", "the island nation", "the communist country".

News names a state once and then describes it: "Peru and Chile ... differ ... On March 3, the Andean
nation filed ...". Coreference (coreference.py) points "the country", "the nation" back to the one country named
just before; where two were named, the description's own words may tell them apart, and where one was named that
the words do not fit ("China said ... the Southeast Asian nation"), it is not that one. The words and the countries
each fits are data (``data/actors/state_kinds.json``: regions, and lasting kinds such as island states and
monarchies); a description fits a country when every listed word of it does ("the African island nation":
African and an island). Words not listed ("conflict-ridden", "majority Christian") decide nothing.

``fitting(description)`` gives the countries the description's listed words fit, or None when it has no listed word
(then coreference keeps to the one country named before, as it did). ``in_quotation(text, offset)`` tells whether
a position of a sentence lies inside a quotation there: a speaker's own description is left to the one country
named before, not chosen among several by its words.
"""

from __future__ import annotations

import json
from importlib import resources

_KINDS_FILE = "state_kinds.json"
_MAX_WORDS = 3
"""The longest key of the data, in words ("horn of africa")."""


def _load() -> dict[str, frozenset[str]]:
    path = resources.files("bilateral") / "data" / "actors" / _KINDS_FILE
    data = json.loads(path.read_text(encoding="utf-8"))
    table: dict[str, frozenset[str]] = {}
    for section in ("regions", "kinds"):
        for words, codes in data[section].items():
            table[words.lower()] = frozenset(codes)
    return table


_TABLE = _load()
"""Lower-case words of a description -> the countries they fit, read once at import."""
_FIRST_WORDS = frozenset(key.split()[0] for key in _TABLE)
"""First words of the keys: a description with none of them is looked up no further."""
_QUOTES = ("“", "”", '"')


def fitting(description: str) -> frozenset[str] | None:
    """The countries every listed word of ``description`` fits ("the Southeast Asian nation" -> Brunei ... Vietnam;
    "the African island nation" -> the African island states), or None when no word of it is listed."""
    words = description.lower().replace("’", "'").split()
    if not _FIRST_WORDS.intersection(words):
        return None
    out: frozenset[str] | None = None
    i = 0
    while i < len(words):
        for n in range(min(_MAX_WORDS, len(words) - i), 0, -1):
            codes = _TABLE.get(" ".join(words[i:i + n]))
            if codes is not None:
                out = codes if out is None else out & codes
                i += n
                break
        else:
            i += 1
    return out


def in_quotation(text: str, offset: int) -> bool:
    """Whether character ``offset`` of the sentence ``text`` lies inside a quotation opened before it there."""
    before = text[:offset]
    if "“" in before or "”" in before:
        return before.count("“") > before.count("”")
    return before.count('"') % 2 == 1
