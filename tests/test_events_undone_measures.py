"""A measure undone, told as the object of a verb ("announced the lifting of sanctions on Y"): the easing (085)
of the measure on Y (events/matching._UNDOING keeps the verb from matching "announce sanctions", 163;
events/nominal.noun_frame takes the target phrase hung on the noun's "of" object). Must-not cases: sanctions
announced (stay 163), a withdrawal of another state's troops announced (no target named).

A measure undone later in the sentence that laid it ("imposed tariffs on Y ... later delayed the tariffs") is aimed
at whom the measure was (events/undone_measures.py), and the two coordinated acts of one code on two things are kept
apart (coder._coordinated_act). Must-not cases: an indefinite object is another measure, another noun another
measure, another source's act is on the measure, not on its target; members sharing their object stay one act.
Sentences written for these tests; actors marked by exact string."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.marking import coded_triples

ACTORS = {"The United States": "USA", "Iran": "IRN", "The European Union": "IGOEU", "Syria": "SYR",
          "Russia": "RUS", "US troops": "USAMIL"}

CASES: list[tuple[str, str, set[tuple[str, str | None, str]]]] = [
    ("The United States announced the lifting of sanctions on Iran.", "08", {("USA", "IRN", "085")}),
    ("The European Union announced the easing of sanctions against Syria.", "08", {("IGOEU", "SYR", "085")}),
    # must-not: sanctions announced are imposed, not eased; a withdrawal of others' troops names no target
    ("The United States announced the lifting of sanctions on Iran.", "16", set()),
    ("The United States announced new sanctions on Iran.", "08", set()),
    ("Russia announced the withdrawal of US troops.", "08", set()),
]


@pytest.mark.parametrize("text,prefix,want", CASES, ids=[f"{c[1]}-{c[0][:40]}" for c in CASES])
def test_undone_measures(text: str, prefix: str, want: set[tuple[str, str | None, str]], nlp: Language) -> None:
    assert coded_triples(nlp, text, ACTORS, prefix) == want


_LAID_ACTORS = {"Lula": "BRAGOV", "Argentine": "ARG", "Chilean": "CHL", "Bolivia": "BOLGOV", "Peru": "PER"}


def test_undone_measures_delay_takes_the_tariffs_target(nlp: Language) -> None:
    got = coded_triples(nlp, "Lula imposed 30% tariffs on Argentine and Chilean imports in March and later delayed "
                        "the tariffs on nearly all goods until May.", _LAID_ACTORS, "085")
    assert got == {("BRAGOV", "ARG", "085"), ("BRAGOV", "CHL", "085")}


def test_undone_measures_indefinite_object_is_another_measure(nlp: Language) -> None:
    got = coded_triples(nlp, "Lula imposed 30% tariffs on Argentine and Chilean imports in March and later delayed "
                        "new tariffs on nearly all goods until May.", _LAID_ACTORS, "085")
    assert not any(target in ("ARG", "CHL") for _, target, _ in got)


def test_undone_measures_another_noun_is_another_measure(nlp: Language) -> None:
    got = coded_triples(nlp, "Lula imposed 30% tariffs on Argentine and Chilean imports in March and later delayed "
                        "the sanctions on nearly all goods until May.", _LAID_ACTORS, "085")
    assert not any(target in ("ARG", "CHL") for _, target, _ in got)


def test_undone_measures_another_source_does_not_take_the_target(nlp: Language) -> None:
    got = coded_triples(nlp, "Lula imposed 30% tariffs on Chilean imports in March, and Bolivia later delayed the "
                        "tariffs on nearly all goods until May.", _LAID_ACTORS, "085")
    assert ("BOLGOV", "CHL", "085") not in got


def test_undone_measures_coordinated_acts_on_one_thing_stay_one(nlp: Language) -> None:
    from tests.marking import coded_events

    events = coded_events(nlp, "Lula criticized and condemned Peru over the border raid.", _LAID_ACTORS)
    assert len([e for e in events if e.target is not None and e.target.code == "PER"]) == 1
