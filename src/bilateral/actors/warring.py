"""The sides of the story's war, as its words name them: the two countries of a war noun's hyphenated compound
("the Chad-Sudan war") or of its 'between ... and' phrase ("a truce between Chad and Sudan").

Read off the document text once, with no parse, from the countries the dictionaries find in it (context.py): what
an act aimed at the war's other side (a ceasefire a mediator proposed and one side accepts: events/mediated_truces.py)
needs when no sentence codes a fight between them. Not sides: a compound on any other noun ("U.S.-Chad talks"), a
pair joined by other words, or a story naming two different pairs (two wars, or a wrong reading): none is taken.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

_HYPHENS = frozenset({"-", "–", "—"})
_NEXT_WORD = re.compile(r"\s*([\w-]+)")
_BETWEEN = re.compile(r"([\w-]+)\s+between\s+$", re.IGNORECASE)
_LOOK_BACK = 40
"""Characters before a pair searched for "<war noun> between"."""


def _named_pair(text: str, first: tuple[int, int, str], second: tuple[int, int, str],
                war_nouns: frozenset[str]) -> bool:
    """Whether two countries written next to each other are the sides of a war noun."""
    gap = text[first[1]:second[0]]
    if gap in _HYPHENS:
        after = _NEXT_WORD.match(text, second[1])
        return after is not None and after.group(1).lower() in war_nouns
    if gap == " and ":
        before = _BETWEEN.search(text[max(0, first[0] - _LOOK_BACK):first[0]])
        return before is not None and before.group(1).lower() in war_nouns
    return False


def warring_sides(text: str, countries: Sequence[tuple[int, int, str]], war_nouns: frozenset[str]
                  ) -> tuple[str, ...]:
    """The two country codes a war noun names as its sides in ``text``, from its country hits (start, end, code)
    in text order; () when none does, or when two different pairs are named."""
    pairs = {frozenset((first[2], second[2])) for first, second in zip(countries, countries[1:], strict=False)
             if first[2] != second[2] and _named_pair(text, first, second, war_nouns)}
    if len(pairs) != 1:
        return ()
    pair = pairs.pop()
    return tuple(dict.fromkeys(code for _, _, code in countries if code in pair))
