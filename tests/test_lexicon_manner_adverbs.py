"""A manner adverb tells a verb's sense as a light verb's object does (events/matching.py ``_object_nouns``): the
lexicon's entries that name one ("react angrily", "intervene militarily") apply, and a verb with any other adverb
keeps its plain sense. Sentences written for these tests."""

from __future__ import annotations

from spacy.language import Language

from tests.marking import coded_triples

ACTORS = {"Ghana": "GHAGOV", "Togo": "TGOGOV", "Benin": "BENGOV"}


def test_lexicon_manner_adverbs_reacting_angrily_is_criticism(nlp: Language) -> None:
    assert coded_triples(nlp, "Ghana reacted angrily to the decision by Benin.", ACTORS, "") == {
        ("GHAGOV", "BENGOV", "111")}


def test_lexicon_manner_adverbs_reacting_coolly_is_disapproval(nlp: Language) -> None:
    # beside it, Togo's offer is aimed at Ghana, who answers it (events/answered_acts.py)
    assert coded_triples(nlp, "Ghana reacted coolly to the offer from Togo.", ACTORS, "") == {
        ("GHAGOV", "TGOGOV", "110"), ("TGOGOV", "GHAGOV", "030")}


def test_lexicon_manner_adverbs_intervening_militarily_is_force(nlp: Language) -> None:
    assert coded_triples(nlp, "Ghana intervened militarily in Togo.", ACTORS, "") == {("GHAGOV", "TGOGOV", "190")}


def test_lexicon_manner_adverbs_other_adverbs_leave_the_plain_sense(nlp: Language) -> None:
    assert not coded_triples(nlp, "Ghana reacted quickly to the decision by Benin.", ACTORS, "")
    assert coded_triples(nlp, "Ghana intervened diplomatically in Togo.", ACTORS, "") == {
        ("GHAGOV", "TGOGOV", "070")}
