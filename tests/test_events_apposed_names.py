"""The name an apposition gives a party described by a common noun (events/apposed_names.py): in "agreements
between X and an armed group, the Y" the parser hangs "the Y" on the event noun, and the description, resolved
less surely from the story, gives way to the name. Must-not cases: an apposition that names an actor of another
sector, or a party already named as surely. Sentences written for these tests; actors marked by exact string, the
description's mention given the lower confidence the resolver gives descriptions."""

from __future__ import annotations

from dataclasses import replace

import pytest
from spacy.language import Language

from bilateral.events import Lexicon, code_events
from bilateral.nlp import split_sentences
from bilateral.settings import Settings
from tests.marking import marked_mentions

DESCRIBED = 0.56
"""What the resolver gives a described party ("an armed group") with no country of its own."""


def _triples(nlp: Language, text: str, actors: dict[str, str]) -> set[tuple[str, str | None, str, float]]:
    """(source, target, CAMEO, confidence) kept for ``text``, the descriptions among ``actors`` (lower case
    names) marked with the lower confidence of a described party."""
    [span] = split_sentences(text)
    sent = nlp(span.text)
    mentions = [replace(m, confidence=DESCRIBED) if m.actor.text.islower() else m
                for m in marked_mentions(sent, actors)]
    floor = Settings().min_confidence
    return {(e.source.code, e.target.code if e.target else None, e.cameo, e.confidence)
            for e in code_events(sent, span, "t", mentions, Lexicon.load()) if e.confidence >= floor}


def _pairs(found: set[tuple[str, str | None, str, float]]) -> set[tuple[str, str | None, str]]:
    return {(s, t, c) for s, t, c, _ in found}


@pytest.mark.parametrize("text", [
    "The envoy said recent agreements between Ecuador's government and an armed group, the Southern Front, "
    "were a welcome sign.",
    "Recent talks between Ecuador's government and an armed group, the Southern Front, ended on Monday.",
])
def test_apposed_names_name_the_described_party(text: str, nlp: Language) -> None:
    actors = {"Ecuador's government": "ECUGOV", "armed group": "---REB", "Southern Front": "ECUREB"}
    found = _pairs(_triples(nlp, text, actors))
    assert {(s, t) for s, t, _ in found} == {("ECUGOV", "ECUREB"), ("ECUREB", "ECUGOV")}


def test_apposed_names_same_actor_surer(nlp: Language) -> None:
    text = ("The envoy said recent agreements between Ecuador's government and an armed group, the Southern Front, "
            "were a welcome sign.")
    actors = {"Ecuador's government": "ECUGOV", "armed group": "ECUREB", "Southern Front": "ECUREB"}
    found = _triples(nlp, text, actors)
    assert _pairs(found) == {("ECUGOV", "ECUREB", "057"), ("ECUREB", "ECUGOV", "057")}
    assert all(conf >= 0.6 for *_, conf in found)  # as sure as the name, not the description


def test_apposed_names_other_sector_is_no_name(nlp: Language) -> None:
    # the apposition names a party of another kind: no name of the described group
    text = ("The envoy said recent agreements between Ecuador's government and an armed group, the Peruvian army, "
            "were a welcome sign.")
    actors = {"Ecuador's government": "ECUGOV", "armed group": "---REB", "Peruvian army": "PERMIL"}
    assert not any("PERMIL" in (s, t) for s, t, _ in _pairs(_triples(nlp, text, actors)))


def test_apposed_names_named_party_kept(nlp: Language) -> None:
    # both parties named: an apposition naming the same actor changes nothing
    text = "Recent talks between Ecuador and Peru, the Andean neighbour, ended on Monday."
    actors = {"Ecuador": "ECUGOV", "Peru": "PERGOV", "Andean neighbour": "PERGOV"}
    assert {(s, t) for s, t, _ in _pairs(_triples(nlp, text, actors))} == {("ECUGOV", "PERGOV"), ("PERGOV", "ECUGOV")}
