"""Acts a news sentence often reports without a target: opening an investigation, lifting one's own restrictions,
releasing prisoners. Their lexicon entries are ``notarget`` (and lifting restrictions ``domestic``: with no target
named, it eases them on the source's own country), so the act is kept; the same verbs with other objects code
nothing. Sentences written for these tests; actors marked by exact string, as in the golden cases."""

from __future__ import annotations

from typing import Any

import pytest
from spacy.language import Language

from bilateral.events import Lexicon, code_events
from bilateral.models import Actor, Mention
from bilateral.nlp import split_sentences
from bilateral.settings import Settings

CASES: list[tuple[str, dict[str, str], set[tuple[str, str | None, str]]]] = [
    ("Kenyan police launched an investigation into the collapse of the bridge on Monday.",
     {"Kenyan police": "KENCOP"}, {("KENCOP", None, "090")}),
    ("Kenyan police launched a new website for reporting stolen cars on Monday.",
     {"Kenyan police": "KENCOP"}, set()),
    ("The Nigerian government lifted the travel restrictions on Tuesday after the outbreak ended.",
     {"Nigerian government": "NGAGOV"}, {("NGAGOV", "NGA", "081")}),
    ("The Ugandan army released forty prisoners at the border crossing on Friday.",
     {"Ugandan army": "UGAMIL"}, {("UGAMIL", None, "0841")}),
    ("The Ugandan army released a statement about the border crossing on Friday.",
     {"Ugandan army": "UGAMIL"}, set()),
]


@pytest.fixture(scope="module")
def nlp() -> Language:
    import spacy
    return spacy.load(Settings().spacy_model)


def _mentions(sent: Any, actors: dict[str, str]) -> list[Mention]:
    out = []
    for name, code in actors.items():
        start = sent.text.find(name)
        span = sent.char_span(start, start + len(name), alignment_mode="expand")
        actor = Actor(text=name, name=name, code=code, country=code[:3], sector=code[3:] or None, kind="state")
        out.append(Mention(actor, span.start, span.end, start, start + len(name)))
    return out


@pytest.mark.parametrize("text,actors,want", CASES, ids=[c[0][:40] for c in CASES])
def test_lexicon_targetless_acts(text: str, actors: dict[str, str], want: set[tuple[str, str | None, str]],
                                 nlp: Language) -> None:
    lexicon, got = Lexicon.load(), set()
    for span in split_sentences(text):
        sent = nlp(span.text)
        for event in code_events(sent, span, "t", _mentions(sent, actors), lexicon):
            if event.confidence >= Settings().min_confidence and event.modality == "asserted":
                got.add((event.source.code, event.target.code if event.target else None, event.cameo))
    assert got == want
