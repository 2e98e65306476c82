"""Named entities from the parse by rules: proper-noun runs labelled person, body, place or date.

The resolver reads named entities for a few decisions: a name after an office title is an unknown person
("Defence Minister Jane Doe"), a known name inside a longer one is not an actor ("Kenya Airways"), an
unknown proper noun the gazetteer knows is a town, a bare year is a date ("the 2014 election", not "2014
soldiers"). spaCy's statistical NER answers these, but it carries its own embedding layer and costs as much
as the tagger and parser together; on the real-news sets the coder scores the same without it (README,
"Speed and memory"). This module answers the same questions from what the parse already holds:

1. **Runs.** Maximal runs of proper nouns (tag NNP/NNPS); office titles and honorifics split them and are
   left out ("U.S. President Joe Biden" gives "U.S." and "Joe Biden"); "of", "for" and "&" join two runs
   when the first names a body or a place ("Bank of England"), and a hyphen without spaces always
   ("Moyo-Phiri"; places so joined are each a place again: "Russia-Ukraine").
2. **Labels**, first that holds: the gazetteer's name is GPE, and with a direction word before it LOC
   ("South Lebanon"); a run that starts with a country or a big city and goes on with office-sector words
   only, a body word among them, is split there ("US Congress", "Israel Defense Forces"; not "Uganda Law
   Society"): the resolver reads the country's sector;
   a run holding a body word is ORG ("Kenya Airways"); one ending in a place word is LOC; after a title or
   an honorific PERSON; of two or three words PERSON too ("Chad Morrison": a first name that is a country
   stays in the name), unless a country is named after its first word (a body: "Clean Air Kenya"); else
   ORG: a longer run, or a lone unknown word (a name, never a generic agent, never a town).
3. **Dates.** Month and weekday names with their day and year numbers, and four-digit years, except a
   year that counts a plural noun ("2000 soldiers").

Words live in ``data/entities.json`` and the office titles in ``data/actors/sectors.json``.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from typing import TYPE_CHECKING

from spacy.tokens import Doc, Span, Token

from bilateral.errors import KnowledgeError

if TYPE_CHECKING:
    from bilateral.places.gazetteer import Gazetteer

_NAME_TAGS = frozenset({"NNP", "NNPS"})
_MAX_TITLE = 4
"""Longest office title, in words ("deputy foreign minister", "secretary of state")."""
_LONGEST_PERSON = 3
"""An untitled run of more words than this is a body's name, not a person's ("Friends of the Lake Alliance")."""
_HYPHENS = frozenset({"-", "–"})
_SPLIT_CITY = 1_000_000
"""A run is split after a country or a city this big ("Nairobi City Council"), never after a small town."""


@dataclass(frozen=True, slots=True)
class EntityWords:
    """The vocabulary the recogniser reads, lower case."""

    org_heads: frozenset[str]
    place_heads: frozenset[str]
    honorifics: frozenset[str]
    joiners: frozenset[str]
    titles: frozenset[tuple[str, ...]]
    months: frozenset[str]
    time_nouns: frozenset[str]
    place_modifiers: frozenset[str]
    sector_words: frozenset[str]


def _words(data: dict[str, object], key: str, path: str) -> frozenset[str]:
    values = data.get(key)
    if not isinstance(values, list) or not all(isinstance(v, str) for v in values):
        raise KnowledgeError(f"{path}: '{key}' must be a list of words")
    return frozenset(v.lower() for v in values)


@lru_cache(maxsize=1)
def entity_words() -> EntityWords:
    """The packaged vocabulary, validated (raises KnowledgeError naming the file and key)."""
    from bilateral.dating.expressions import load_time_lexicon

    root = resources.files("bilateral") / "data"
    path = str(root / "entities.json")
    try:
        data = json.loads((root / "entities.json").read_text(encoding="utf-8"))
        sectors = json.loads((root / "actors" / "sectors.json").read_text(encoding="utf-8"))
    except (OSError, ValueError) as e:
        raise KnowledgeError(f"{path}: cannot read the name recogniser's words ({e})") from e
    phrases = [p for key in ("titles", "posted_titles") for group in sectors.get(key, {}).values() for p in group]
    titles = frozenset(tuple(p.lower().split()) for p in phrases if len(p.split()) <= _MAX_TITLE)
    sector_words = frozenset(w.lower() for key in ("nouns", "modifiers") for group in sectors.get(key, {}).values()
                             for phrase in group for w in phrase.split())
    lexicon = load_time_lexicon()
    return EntityWords(
        org_heads=_words(data, "org_heads", path), place_heads=_words(data, "place_heads", path),
        honorifics=_words(data, "honorifics", path), joiners=_words(data, "joiners", path), titles=titles,
        months=frozenset(lexicon.months) | frozenset(lexicon.weekdays),
        time_nouns=_words(data, "time_nouns", path), place_modifiers=_words(data, "place_modifiers", path),
        sector_words=sector_words)


def recognise(doc: Doc) -> Doc:
    """Set ``doc.ents`` from the rules above (a spaCy pipeline component's body)."""
    from bilateral.places.gazetteer import Gazetteer

    words = entity_words()
    gazetteer = Gazetteer.load()
    tokens = list(doc)  # spaCy makes a Token object at each index or iteration step: make them once
    dates = _dates(doc, tokens, words)
    taken = {i for span in dates for i in range(span.start, span.end)}
    titled = _title_tokens(tokens, words)
    spans = list(dates)
    for start, end in _runs(doc, [t.tag_ for t in tokens], words, taken | titled):
        spans.extend(_labelled(doc, start, end, words, gazetteer, titled))
    doc.ents = sorted(spans, key=lambda s: s.start)
    return doc


def _title_tokens(tokens: list[Token], words: EntityWords) -> set[int]:
    """Tokens of capitalised office titles and honorifics ("Prime Minister", "Gen."): never part of a name."""
    out: set[int] = set()
    lowers = [t.lower_ for t in tokens]
    for i, tok in enumerate(tokens):
        if not tok.is_title and not tok.is_upper:
            continue
        if lowers[i] in words.honorifics:
            out.add(i)
            continue
        for k in range(min(_MAX_TITLE, len(tokens) - i), 0, -1):
            if tuple(lowers[i:i + k]) in words.titles:
                out.update(range(i, i + k))
                break
    return out


def _runs(doc: Doc, tags: list[str], words: EntityWords, skip: set[int]) -> list[tuple[int, int]]:
    """Maximal proper-noun runs outside ``skip`` (``tags``: each token's tag), joined over "of"/"for"/"&" after a
    body or place word."""
    runs: list[tuple[int, int]] = []
    i, n = 0, len(doc)
    while i < n:
        if tags[i] not in _NAME_TAGS or i in skip:
            i += 1
            continue
        start = i
        while i < n and tags[i] in _NAME_TAGS and i not in skip:
            i += 1
        if runs and _joins(doc, runs[-1], start, words):
            start = runs.pop()[0]
        runs.append((start, i))
    return runs


def _joins(doc: Doc, prev: tuple[int, int], start: int, words: EntityWords) -> bool:
    gap = doc[prev[1]:start]
    if len(gap) == 1 and gap[0].text in _HYPHENS and not doc[prev[1] - 1].whitespace_ and not gap[0].whitespace_:
        return True
    if not 1 <= len(gap) <= 2 or gap[0].lower_ not in words.joiners:
        return False
    if len(gap) == 2 and gap[1].lower_ != "the":
        return False
    heads = {t.lower_ for t in doc[prev[0]:prev[1]]}
    return bool(heads & (words.org_heads | words.place_heads)) or doc[prev[1] - 1].lower_ in ("republic", "kingdom")


def _labelled(doc: Doc, start: int, end: int, words: EntityWords, gazetteer: Gazetteer,
              titled: set[int]) -> list[Span]:
    """The run's entity, or a place and what follows it when the run starts with a place."""
    lowers = [t.lower_ for t in doc[start:end]]
    if gazetteer.lookup(doc[start:end].text):
        return [Span(doc, start, end, label="GPE")]
    cuts = [i for i in range(start, end) if doc[i].text in _HYPHENS]
    if cuts:  # "Russia-Ukraine": places joined by a hyphen are each a place; "Moyo-Phiri" stays one name
        parts = list(zip([start, *(c + 1 for c in cuts)], [*cuts, end], strict=True))
        if all(a < b and gazetteer.lookup(doc[a:b].text) for a, b in parts):
            return [Span(doc, a, b, label="GPE") for a, b in parts]
    if lowers[0] in words.place_modifiers and end - start > 1 and gazetteer.lookup(doc[start + 1:end].text):
        return [Span(doc, start, end, label="LOC")]
    for cut in range(end - 1, start, -1):
        rest = set(lowers[cut - start:])
        if rest & words.org_heads and rest <= words.sector_words and any(
                p.precision == "country" or p.population >= _SPLIT_CITY for p in gazetteer.lookup(doc[start:cut].text)):
            return [Span(doc, start, cut, label="GPE"), *_labelled(doc, cut, end, words, gazetteer, titled)]
    if set(lowers) & words.org_heads:
        return [Span(doc, start, end, label="ORG")]
    if lowers[-1] in words.place_heads:
        return [Span(doc, start, end, label="LOC")]
    if start - 1 in titled:
        return [Span(doc, start, end, label="PERSON")]
    if 2 <= end - start <= _LONGEST_PERSON and not any(
            p.precision == "country" for t in doc[start + 1:end] for p in gazetteer.lookup(t.text)):
        return [Span(doc, start, end, label="PERSON")]
    return [Span(doc, start, end, label="ORG")]


def _dates(doc: Doc, tokens: list[Token], words: EntityWords) -> list[Span]:
    """Month and weekday names with their numbers ("Dec. 5, 2019", "5 December"), and four-digit years."""
    out: list[Span] = []
    i, n = 0, len(tokens)
    while i < n:
        tok = tokens[i]
        if tok.tag_ in _NAME_TAGS and tok.lower_.rstrip(".") in words.months:
            start, end = i, i + 1
            if start > 0 and tokens[start - 1].like_num:
                start -= 1
            while end < n and (tokens[end].like_num
                               or (tokens[end].text == "," and end + 1 < n and _year(tokens[end + 1]))):
                end += 1
            out.append(Span(doc, start, end, label="DATE"))
            i = end
            continue
        if _year(tok) and not _counts(tok, words):
            out.append(Span(doc, i, i + 1, label="DATE"))
        i += 1
    return out


def _year(tok: Token) -> bool:
    return tok.is_digit and len(tok.text) == 4 and 1000 <= int(tok.text) <= 2199


def _counts(tok: Token, words: EntityWords) -> bool:
    """The number counts a plural noun ("2000 soldiers"), unless that noun is time ("1990 years")."""
    head = tok.head
    return tok.dep_ == "nummod" and head.tag_ == "NNS" and head.lower_ not in words.time_nouns
