"""Passive constructions (events/roles.py, events/nominal.py), on sentences written for these tests: coordinated
passives sharing one ``by`` agent, an agent the parser hangs on an "as" phrase, a relative clause or participle on
an indefinite predicate noun, and a passive act in a joint act with a partner ("killed in a gun battle with X")."""

from __future__ import annotations

from spacy.language import Language

from tests.marking import coded_events

ACTORS = {"Chilean activists": "CHLCVL", "Chilean protesters": "CHLCVL", "Chilean police": "CHLCOP",
          "Peruvian police": "PERCOP", "Peruvian forces": "PERMIL", "Peruvian court": "PERJUD",
          "Chilean journalist": "CHLMED", "Chilean envoy": "CHLGOV", "Peru": "PERGOV", "The Shining Path": "PERREB",
          "Bolivia": "BOLGOV", "Chilean soldiers": "CHLMIL", "Bolivian rebels": "BOLREB",
          "Chilean gang leader": "CHLCRM", "Chilean civilians": "CHLCVL", "Chilean troops": "CHLMIL"}


def dyads(nlp: Language, text: str) -> set[tuple[str, str | None, str]]:
    """(source, target, CAMEO) of the events kept for ``text``."""
    return {(e.source.code, e.target.code if e.target else None, e.cameo) for e in coded_events(nlp, text, ACTORS)}


def test_passives_coordinated_share_the_last_agent(nlp: Language) -> None:
    found = dyads(nlp, "Chilean activists were tortured and killed by Peruvian forces.")
    assert any(s == "PERMIL" and t == "CHLCVL" for s, t, _ in found)
    assert not any(s == "CHLCVL" for s, _, _ in found)  # the patient never turns agent


def test_passives_second_conjunct_takes_the_patient_not_the_agent(nlp: Language) -> None:
    found = dyads(nlp, "The Chilean envoy was summoned and reprimanded by Peru.")
    assert any(s == "PERGOV" and t == "CHLGOV" for s, t, _ in found)
    assert not any(s == "CHLGOV" for s, _, _ in found)


def test_passives_agent_after_a_modified_first_verb_is_the_second_verbs(nlp: Language) -> None:
    # "in May" belongs to the arrest: the court named after it freed the journalist, it did not arrest him
    found = dyads(nlp, "The Chilean journalist was arrested in May and freed by a Peruvian court in June.")
    assert ("PERJUD", "CHLMED", "0841") in found
    assert not any(c.startswith("17") for _, _, c in found)


def test_passives_active_coordination_is_untouched(nlp: Language) -> None:
    found = dyads(nlp, "Peru has arrested and charged Chilean activists.")
    assert any(s == "PERGOV" and t == "CHLCVL" for s, t, _ in found)


def test_passives_agent_hung_on_an_as_phrase(nlp: Language) -> None:
    found = dyads(nlp, "The Shining Path is designated as a terrorist movement by Bolivia.")
    assert ("BOLGOV", "PERREB", "172") in found


def test_passives_relative_on_an_indefinite_predicate_speaks_of_the_subject(nlp: Language) -> None:
    found = dyads(nlp, "The Shining Path is an armed movement that is designated as a terror group by Bolivia.")
    assert ("BOLGOV", "PERREB", "172") in found


def test_passives_relative_on_a_definite_predicate_speaks_of_it(nlp: Language) -> None:
    # the problem is no party: the rebels the clause modifies attacked
    found = dyads(nlp, "The problem is the Bolivian rebels who attacked Peru.")
    assert any(s == "BOLREB" and t == "PERGOV" for s, t, _ in found)


def test_passives_killed_in_a_battle_with_a_partner_both_fight(nlp: Language) -> None:
    found = dyads(nlp, "The Chilean gang leader was killed in a firefight with Chilean police on Friday.")
    assert {("CHLCRM", "CHLCOP"), ("CHLCOP", "CHLCRM")} <= {(s, t) for s, t, _ in found}


def test_passives_wounded_in_clashes_with_a_partner(nlp: Language) -> None:
    found = dyads(nlp, "Chilean soldiers were wounded in clashes with Bolivian rebels.")
    assert {("CHLMIL", "BOLREB"), ("BOLREB", "CHLMIL")} <= {(s, t) for s, t, _ in found}


def test_passives_battle_partner_not_taken_when_the_agent_is_named(nlp: Language) -> None:
    found = dyads(nlp, "Chilean soldiers were killed by a sniper in clashes with Bolivian rebels.")
    assert not any(s == "CHLMIL" for s, _, _ in found)


def test_passives_clashes_between_named_parties_leave_the_victims_out(nlp: Language) -> None:
    found = dyads(nlp, "Chilean civilians were killed in clashes between Chilean troops and Bolivian rebels.")
    assert not any(s == "CHLCVL" for s, _, _ in found)
