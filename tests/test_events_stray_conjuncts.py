"""The last member of a list the parser tore off and hung on the participle after it (events/arguments.py,
``stray_conjunct``): "an accord among Chile, Peru and the UNHCR backing ..." is an accord of all three. Sentences
written for these tests, with the cases where the rule must not fire."""

from __future__ import annotations

from spacy.language import Language

from tests.marking import coded_events

ACTORS = {"Chile": "CHLGOV", "Peru": "PERGOV", "Bolivia": "BOLGOV", "the UNHCR": "IGOUNHCR"}


def dyads(nlp: Language, text: str) -> set[tuple[str, str | None]]:
    """(source, target) of the events kept for ``text``."""
    return {(e.source.code, e.target.code if e.target else None) for e in coded_events(nlp, text, ACTORS)}


def test_torn_off_last_member_is_a_party(nlp: Language) -> None:
    found = dyads(nlp, "Camp numbers dropped after a 2016 accord among Chile, Peru and the UNHCR "
                       "supporting migrants going back home voluntarily.")
    assert {("CHLGOV", "IGOUNHCR"), ("IGOUNHCR", "PERGOV"), ("PERGOV", "CHLGOV")} <= found


def test_torn_off_member_before_a_participle_of_the_accord(nlp: Language) -> None:
    found = dyads(nlp, "The camp shrank after an accord among Chile, Peru and the UNHCR backing voluntary returns.")
    assert ("IGOUNHCR", "CHLGOV") in found


def test_name_in_a_hyphened_modifier_is_no_member(nlp: Language) -> None:
    # the camps are the list's member, not the body that runs them
    found = dyads(nlp, "Chile imposed sanctions on Peru and the UNHCR-run camps last week.")
    assert all("IGOUNHCR" not in pair for pair in found)


def test_a_clause_of_its_own_is_no_member(nlp: Language) -> None:
    # "and" joins clauses: the UNHCR backs the accord, it is no party to it
    found = dyads(nlp, "Chile and Peru signed an accord in May, with the UNHCR backing it.")
    assert ("IGOUNHCR", "CHLGOV") not in found and ("CHLGOV", "IGOUNHCR") not in found
