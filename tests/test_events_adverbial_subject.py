"""A main verb the parser hangs on an adverbial phrase right after its subject ("Trump at first imposed tariffs on
X", parsed with "imposed" as the complement of "at") has that subject (roles.misread_after_adverbial, used by
roles.subject_of). Must-not cases: a gerund after a preposition keeps its own reading, a preposition with an object
of its own is no misread verb. Sentences written for these tests; parses checked on the project's model."""

from __future__ import annotations

from spacy.language import Language

from bilateral.events.roles import misread_after_adverbial, subject_of


def _verb(nlp: Language, text: str, word: str):  # noqa: ANN202 - a spaCy token
    doc = nlp(text)
    return next(t for t in doc if t.text == word)


def test_adverbial_phrase_after_the_subject_keeps_it(nlp: Language) -> None:
    verb = _verb(nlp, "Trump at first imposed 30% tariffs on Brazilian exports, then exempted the duties on shoes.",
                 "imposed")
    assert verb.dep_ == "pcomp"  # the misreading this mends
    subj = subject_of(verb, frozenset({"who", "which", "that"}))
    assert subj is not None and subj.text == "Trump"


def test_gerund_is_no_misreading(nlp: Language) -> None:
    verb = _verb(nlp, "Trump, after imposing tariffs on Chile, met its president.", "imposing")
    assert misread_after_adverbial(verb) is None


def test_preposition_with_its_own_object_is_no_misreading(nlp: Language) -> None:
    verb = _verb(nlp, "Officials at the meeting discussed tariffs on Chile.", "discussed")
    assert misread_after_adverbial(verb) is None


def test_the_mended_verb_codes_its_act(nlp: Language) -> None:
    from tests.marking import coded_triples

    got = coded_triples(nlp, "Trump at first imposed 30% tariffs on Brazilian exports, then exempted the duties on "
                        "shoes.", {"Trump": "USAGOV", "Brazilian exports": "BRA"}, "163")
    assert got == {("USAGOV", "BRA", "163")}
