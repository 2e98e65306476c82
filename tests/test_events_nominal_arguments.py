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


AGENTS = {**ACTORS, "Bolivian diplomats": "BOLGOV", "Bolivia's former president": "BOLOPP",
          "Ecuadorian activist": "ECUNGO", "Chilean police": "CHLCOP"}


def triples(nlp: Language, text: str) -> set[tuple[str, str | None, str]]:
    """(source, target, CAMEO) of the events kept for ``text``, with the people of ``AGENTS`` marked too."""
    return {(e.source.code, e.target.code if e.target else None, e.cameo) for e in coded_events(nlp, text, AGENTS)}


def test_nominal_agent_hung_on_the_patient(nlp: Language) -> None:
    # the parser hangs the noun's "by" on the actor its "of" acts on: who is named there does the act
    assert ("PERGOV", "BOLGOV", "161") in triples(
        nlp, "The expulsion of Bolivian diplomats by Peru was confirmed on Monday.")
    assert ("CHLGOV", "BOLOPP", "163") in triples(
        nlp, "The sanctioning of Bolivia's former president by Chile drew sharp criticism.")


def test_nominal_agent_of_a_participle_is_no_doer(nlp: Language) -> None:
    # must-not: a "by" on a participle that describes the patient names who backed it, not who arrested it
    found = triples(nlp, "The arrest of an Ecuadorian activist backed by Peru angered Quito.")
    assert not any(s == "PERGOV" and c == "173" for s, _, c in found)


def test_nominal_agent_not_for_a_thing(nlp: Language) -> None:
    # must-not: an "of" object that is no actor ("the release of a report by X") gives its "by" no role here
    found = triples(nlp, "The sanctioning of copper exports by Chile hurt Bolivia's economy.")
    assert not any(s == "CHLGOV" and c == "163" for s, _, c in found)
