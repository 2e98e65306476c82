"""Arguments of event nouns read from around the noun's own head (events/nominal.py, events/pleas.py,
events/arguments.py), on sentences written for these tests: coordinated modifiers that each name who acts ("a
Chilean and Peruvian proposal"), whom an appeal asks to act where the parser hangs its "for ... to" on a participle
or on the governing verb ("a proposal made on Monday for Y to ..."), and on whom a measure was laid ("sanctions
imposed on Y"), with the cases where none of these may fire."""

from __future__ import annotations

from spacy.language import Language

from tests.marking import coded_events

ACTORS = {"Chile": "CHLGOV", "Chilean": "CHLGOV", "Peru": "PERGOV", "Peruvian": "PERGOV", "Bolivia": "BOLGOV",
          "Ecuador": "ECUGOV", "Ecuadorian": "ECUGOV", "the Andean League": "IGOAND"}


def dyads(nlp: Language, text: str) -> set[tuple[str, str | None]]:
    """(source, target) of the events kept for ``text``."""
    return {(e.source.code, e.target.code if e.target else None) for e in coded_events(nlp, text, ACTORS)}


def test_nominal_coordinated_modifiers_each_act(nlp: Language) -> None:
    found = dyads(nlp, "Chilean and Peruvian sanctions on Bolivia were announced on Monday.")
    assert {("CHLGOV", "BOLGOV"), ("PERGOV", "BOLGOV")} <= found


def test_nominal_coordinated_modifier_list_each_acts(nlp: Language) -> None:
    found = dyads(nlp, "Chilean, Peruvian and Ecuadorian sanctions on Bolivia were announced on Monday.")
    assert {("CHLGOV", "BOLGOV"), ("PERGOV", "BOLGOV"), ("ECUGOV", "BOLGOV")} <= found


def test_nominal_coordinated_modifier_that_names_no_actor_adds_none(nlp: Language) -> None:
    # "new" is coordinated with the actor's modifier but names no one who acts
    found = dyads(nlp, "Chilean and new sanctions on Bolivia were announced on Monday.")
    assert {s for s, _ in found} == {"CHLGOV"}


def test_nominal_appeal_asks_whom_its_participle_names(nlp: Language) -> None:
    found = dyads(nlp, "The Andean League answered a Chilean and Peruvian proposal made on Monday for Bolivia to "
                       "reopen its border.")
    assert {("CHLGOV", "BOLGOV"), ("PERGOV", "BOLGOV")} <= found


def test_nominal_appeal_for_phrase_on_the_governing_verb(nlp: Language) -> None:
    assert ("CHLGOV", "PERGOV") in dyads(nlp, "Chile made a proposal on Monday for Peru to join the talks.")


def test_nominal_appeal_for_a_thing_asks_no_one(nlp: Language) -> None:
    # "for a meeting" names what is proposed, not whom it asks
    found = dyads(nlp, "Chile made a proposal on Monday for a summit to discuss trade.")
    assert not any(t is not None for _, t in found)


def test_nominal_measure_laid_on_its_target(nlp: Language) -> None:
    found = dyads(nlp, "Chile decided to lift the sanctions imposed on Peru and Bolivia.")
    assert {("CHLGOV", "PERGOV"), ("CHLGOV", "BOLGOV")} <= found


def test_nominal_measure_laid_on_things_names_no_target(nlp: Language) -> None:
    # imports are no actor: the participle adds nothing to what the bare noun yields
    assert dyads(nlp, "Chile decided to lift the restrictions imposed on imports.") == \
        dyads(nlp, "Chile decided to lift the restrictions on imports.")


def test_nominal_participle_of_another_verb_lays_nothing(nlp: Language) -> None:
    # the participle says where the sanctions were discussed, not on whom they fall
    found = dyads(nlp, "Chile decided to lift the sanctions discussed on Peru's radio.")
    assert not any(t == "PERGOV" for _, t in found)
