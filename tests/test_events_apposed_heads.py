"""A person no dictionary knows, told by an apposition as the head or a member of a body ("Jane Roe, head of the
X Council, criticized Y"): the person acts for that body (events/arguments.MentionIndex._own, with the heads and
members of frames.json ``member_nouns``). Must-not cases: an apposition that is no membership ("a critic of the
government", "a friend of the minister") names no one the person acts for, and a person's own mention stays theirs.
Sentences written for these tests; actors marked by exact string."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.marking import coded_triples

ACTORS = {"the Kenya Tea Board": "KENBUS", "Uganda": "UGAGOV", "the Kenyan government": "KENGOV",
          "the Kenyan Senate": "KENLEG", "William Ruto": "KENGOV", "the Uganda Coffee Authority": "UGABUS"}

CASES: list[tuple[str, str, set[tuple[str, str | None, str]]]] = [
    ("Amos Kiprono, head of the Kenya Tea Board, criticized Uganda on Monday.", "11",
     {("KENBUS", "UGAGOV", "111")}),
    ("Amos Kiprono, the chairman of the Kenya Tea Board, called the Ugandan levy on Kenyan tea \"grossly unfair.\"",
     "11", {("KENBUS", "UGA", "111")}),
    ("Amos Kiprono, a member of the Kenyan Senate, criticized Uganda on Monday.", "11", {("KENLEG", "UGAGOV", "111")}),
    # must-not: a critic or a friend of a body does not act for it; a known person keeps their own code
    ("Amos Kiprono, a critic of the Kenyan government, criticized Uganda on Monday.", "11", set()),
    ("Amos Kiprono, a friend of William Ruto, criticized Uganda on Monday.", "11", set()),
    ("William Ruto, head of the Kenya Tea Board, criticized Uganda on Monday.", "11", {("KENGOV", "UGAGOV", "111")}),
]


@pytest.mark.parametrize("text,prefix,want", CASES, ids=[f"{c[1]}-{c[0][:40]}" for c in CASES])
def test_events_apposed_heads(text: str, prefix: str, want: set[tuple[str, str | None, str]],
                              nlp: Language) -> None:
    assert coded_triples(nlp, text, {**ACTORS, "Ugandan": "UGA"}, prefix) == want
