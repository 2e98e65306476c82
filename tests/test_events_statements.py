"""CAMEO 01x public statements, which PLOVER leaves untyped, are coded with ``event_type`` None.

Test lexicons only (sentences written for these tests): the packaged vocabulary for 01x is data of its own.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from spacy.language import Language

from bilateral.codes import load_codes
from bilateral.errors import KnowledgeError
from bilateral.events import Lexicon, code_events, load_lexicon
from bilateral.events.lexicon import _root
from bilateral.models import Actor, Event, Mention
from bilateral.nlp import SentenceSpan

ACTORS = {"Kagame": "RWAGOV", "Tshisekedi": "CODGOV", "Museveni": "UGAGOV"}
TRIGGERS = "verb\toffer\t-\tcondolence\tto\t018\t-\nverb\tmeet\t-\t-\twith\t040\t-\n"


@pytest.fixture(scope="module")
def lexicon(tmp_path_factory: pytest.TempPathFactory) -> Lexicon:
    """A lexicon with one 01x light-verb entry (018, condolences) beside one typed entry (040)."""
    path = tmp_path_factory.mktemp("lexicon") / "triggers.tsv"
    path.write_text(TRIGGERS, encoding="utf-8")
    return load_lexicon(path, _root() / "frames.json")


def code(nlp: Language, lexicon: Lexicon, text: str) -> list[Event]:
    sent = nlp(text)
    mentions = [Mention(Actor(t.text, t.text, ACTORS[t.text], ACTORS[t.text][:3], ACTORS[t.text][3:], "state"),
                        t.i, t.i + 1, t.idx, t.idx + len(t)) for t in sent if t.text in ACTORS]
    return code_events(sent, SentenceSpan(0, text, 0, len(text)), "doc-s", mentions, lexicon)


def test_events_statements_codable_only_for_root_01() -> None:
    codes = load_codes()
    assert codes.codable("018") and codes.codable("01") and codes.codable("040")
    assert not codes.codable("03") and not codes.codable("19") and not codes.codable("999")


def test_events_statements_lexicon_accepts_01x_and_refuses_other_untyped(tmp_path: Path) -> None:
    path = tmp_path / "triggers.tsv"
    path.write_text("verb\tmourn\t-\t-\twith\t018\t-\n", encoding="utf-8")
    assert load_lexicon(path, _root() / "frames.json").lookup("verb", "mourn")[0].cameo == "018"
    path.write_text("verb\tmourn\t-\t-\twith\t03\t-\n", encoding="utf-8")
    with pytest.raises(KnowledgeError, match=r"triggers.tsv:1: CAMEO code 03 has no PLOVER type"):
        load_lexicon(path, _root() / "frames.json")


def test_events_statements_01x_trigger_is_coded_untyped(nlp: Language, lexicon: Lexicon) -> None:
    events = code(nlp, lexicon, "Kagame offered condolences to Tshisekedi after the floods.")
    assert [(e.source.code, e.target.code if e.target else None, e.cameo) for e in events] == \
        [("RWAGOV", "CODGOV", "018")]
    event = events[0]
    assert event.event_type is None and event.quad_class == 1 and event.goldstein == 3.4
    assert len(event.event_id) == 16 and event.modality == "asserted"


def test_events_statements_not_without_the_object_and_typed_stay_typed(nlp: Language, lexicon: Lexicon) -> None:
    assert code(nlp, lexicon, "Kagame offered a loan to Tshisekedi after the floods.") == []
    met = code(nlp, lexicon, "Kagame met with Museveni in the capital on Tuesday.")
    assert [(e.cameo, e.event_type) for e in met] == [("040", "CONSULT")]
