"""Act nouns listed after one whose possessive names the doer share that doer (``events/shared_possessors.py``):
"Y's killing of protesters and arrests of villagers" codes Y's arrests too."""

from __future__ import annotations

from typing import Any

import pytest

from bilateral.events import Lexicon, code_events
from bilateral.nlp import split_sentences
from tests.marking import marked_mentions

ACTORS = {"Chad's army": "TCDMIL", "army": "TCDMIL", "Amnesty": "NGOAMN", "protesters": "TCDCVL",
          "villagers": "TCDCVL", "herders": "TCDCVL", "Niger's police": "NERCOP"}


def _acts(nlp: Any, text: str) -> set[tuple[str, str | None, str]]:
    """(source, target, CAMEO code) of every event coded in ``text`` at any confidence, the actors marked by hand."""
    lexicon = Lexicon.load()
    out: set[tuple[str, str | None, str]] = set()
    for span in split_sentences(text):
        sent = nlp(span.text)
        out |= {(e.source.code, e.target.code if e.target else None, e.cameo)
                for e in code_events(sent, span, "t", marked_mentions(sent, ACTORS), lexicon)}
    return out


def _arrests(acts: set[tuple[str, str | None, str]]) -> set[tuple[str, str | None]]:
    return {(source, target) for source, target, cameo in acts if cameo.startswith("173")}


@pytest.mark.model
def test_shared_possessors_later_act_nouns_take_the_first_ones_doer(nlp) -> None:  # type: ignore[no-untyped-def]
    acts = _acts(nlp, "Amnesty denounced Chad's army's killing of protesters and arbitrary arrests of villagers.")
    assert ("TCDMIL", "TCDCVL") in _arrests(acts)
    acts = _acts(nlp, "Witnesses described Chad's army's killing of herders and abductions of villagers near Abeche.")
    assert ("TCDMIL", "TCDCVL", "181") in acts


@pytest.mark.model
def test_shared_possessors_not_for_an_own_article_or_a_report(nlp) -> None:  # type: ignore[no-untyped-def]
    acts = _acts(nlp, "Amnesty denounced Chad's army's raids on herders and the arrests of villagers.")
    assert not any(source == "TCDMIL" for source, _ in _arrests(acts))  # its own article: whose is not said
    acts = _acts(nlp, "Amnesty's report on protesters and arrests of villagers was published last week.")
    assert not any(source == "NGOAMN" for source, _ in _arrests(acts))  # a report is no act of the list
    acts = _acts(nlp, "Chad's army's raids on herders and Niger's police's arrests of villagers drew rebukes.")
    assert ("TCDMIL", "TCDCVL") not in _arrests(acts)  # each act names its own doer
