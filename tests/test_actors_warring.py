"""The sides of a story's war read off its text (actors/warring.py): the two countries of a war noun's hyphenated
compound or 'between ... and' phrase. Must not: a compound on another noun, a pair joined by other words, two
different pairs. Sentences written for these tests."""

from __future__ import annotations

import re

import pytest

from bilateral.actors.warring import warring_sides

_WAR_NOUNS = frozenset({"war", "conflict", "truce", "ceasefire"})
_CODES = {"Chad": "TCD", "Sudan": "SDN", "Kenya": "KEN", "Peru": "PER", "Chile": "CHL"}


def _countries(text: str) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), _CODES[m.group()]) for m in re.finditer("|".join(_CODES), text)]


@pytest.mark.parametrize("text", [
    "Envoys met to discuss the Chad-Sudan war on Friday.",
    "Kenya hopes a truce between Chad and Sudan could hold for a month.",
    "The long Chad–Sudan conflict has displaced millions. Kenya hosted the envoys.",
])
def test_actors_warring_sides_of_a_war_noun(text: str) -> None:
    assert set(warring_sides(text, _countries(text), _WAR_NOUNS)) == {"TCD", "SDN"}


@pytest.mark.parametrize("text", [
    "Kenya-Chad talks resumed in Nairobi on Friday.",
    "Trade between Chad and Sudan fell last year.",
    "Chad and Sudan signed a truce on Friday.",
    "The Chad-Sudan war and the Peru-Chile conflict were discussed.",
    "Officials say the war has no end in sight.",
])
def test_actors_warring_sides_not_named(text: str) -> None:
    assert warring_sides(text, _countries(text), _WAR_NOUNS) == ()
