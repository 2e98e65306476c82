"""A list of gerunds after "accused X of" or "charged X with" (roles.listed_gerund, frames.controller,
roles.shared_object, modality, coder): each gerund is an alleged act of the accused, on its own object or, where it
has none, on the object of a later gerund of the list, and each is its own event ("accused X of raping and
kidnapping Y" is two acts, not one assault told twice). Must-not cases: a denial of the acts, gerunds that act on no
one ("of lying and stalling"), finite verbs in a plain list. Sentences written for these tests; actors marked by
exact string."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.marking import coded_events

ACTORS = {"Sudan": "SDN", "Chad": "TCD", "the Rapid Support Forces": "SDNREB", "Sudanese civilians": "SDNCVL",
          "Chadian civilians": "TCDCVL", "The Somali gunman": "SOMREB", "Kenyan motorists": "KENCVL",
          "Kenyan police": "KENCOP"}

Quad = tuple[str, str | None, str, str]

CASES: list[tuple[str, set[Quad]]] = [
    # the tagger reads the first gerund as a noun ("killing" NN): mended as the verb it is (listed_nouns)
    ("Sudan accuses the Rapid Support Forces of killing, raping and kidnapping Sudanese civilians.",
     {("SDNREB", "SDNCVL", "1823", "alleged"), ("SDNREB", "SDNCVL", "1821", "alleged"),
      ("SDNREB", "SDNCVL", "181", "alleged")}),
    ("The Somali gunman was charged with raping, kidnapping and attacking Kenyan motorists.",
     {("SOMREB", "KENCVL", "1821", "alleged"), ("SOMREB", "KENCVL", "181", "alleged"),
      ("SOMREB", "KENCVL", "190", "alleged")}),
    # must-not: denied acts, gerunds on no one, a plain list of finite verbs keeps one event per type
    ("Sudan denied raping, kidnapping and attacking Chadian civilians.", set()),
    ("Sudan accused Chad of lying, cheating and stalling.", set()),
]


@pytest.mark.parametrize("text,want", CASES, ids=[c[0][:40] for c in CASES])
def test_listed_gerunds(text: str, want: set[Quad], nlp: Language) -> None:
    got = {(e.source.code, e.target.code if e.target else None, e.cameo, e.modality)
           for e in coded_events(nlp, text, ACTORS) if e.cameo[:2] in ("17", "18", "19")}
    assert got == want
