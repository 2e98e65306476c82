"""Appeals and intents kept without a target (events/unaddressed.py, ``Frame.open_target``): an appeal for a public
matter that names no addressee, an intent whose act names no one. Sentences written for these tests; actors marked
by exact string, as in the golden cases."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.marking import coded_events

Got = set[tuple[str, str | None, str, str]]


def _coded(nlp: Language, text: str, actors: dict[str, str]) -> Got:
    return {(e.source.code, e.target.code if e.target else None, str(e.event_type), e.modality)
            for e in coded_events(nlp, text, actors)}


CASES: list[tuple[str, dict[str, str], Got]] = [
    # an appeal for a public matter, no one named to act: kept without a target
    ("The Kenyan president called for reform of the electoral commission on Monday.",
     {"Kenyan president": "KENGOV"}, {("KENGOV", None, "REQUEST", "asserted")}),
    ("The Kenyan opposition urged for an end to the fighting in the north.",
     {"Kenyan opposition": "KENOPP"}, {("KENOPP", None, "REQUEST", "asserted")}),
    ("The Kenyan opposition pushed for reform of the electoral law.",
     {"Kenyan opposition": "KENOPP"}, {("KENOPP", None, "REQUEST", "asserted")}),
    # calling for something that is no public matter is no appeal
    ("The Kenyan president called for a taxi after the state dinner on Monday.",
     {"Kenyan president": "KENGOV"}, set()),
    # the one asked is named: the appeal is aimed at it, as before
    ("The Kenyan president called on Tanzania to reform the electoral commission.",
     {"Kenyan president": "KENGOV", "Tanzania": "TZA"}, {("KENGOV", "TZA", "REQUEST", "asserted")}),
    # an intent binds its source whatever the act it promises and whoever it is for
    ("The Ghanaian government agreed to set up a transit centre for stranded travellers.",
     {"Ghanaian government": "GHAGOV"}, {("GHAGOV", None, "AGREE", "asserted")}),
    ("Ghana is willing to pull its soldiers out of the buffer zone.",
     {"Ghana": "GHA"}, {("GHA", None, "AGREE", "asserted")}),
    # an act for an unknown, named party is aimed at someone: no intent without its target
    ("The Ghanaian government offered to pay Kofi Boateng to leave the party.",
     {"Ghanaian government": "GHAGOV"}, set()),
    # what is agreed to may be an event noun: its code decides the intent's, and a hostile act is no promise
    ("The Kenyan government agreed to a ceasefire on Sunday.",
     {"Kenyan government": "KENGOV"}, {("KENGOV", None, "AGREE", "asserted")}),
    ("The Kenyan government agreed to talks with Uganda.",
     {"Kenyan government": "KENGOV", "Uganda": "UGA"}, {("KENGOV", "UGA", "AGREE", "asserted")}),
    ("The Kenyan government agreed to the attack on Sunday.", {"Kenyan government": "KENGOV"}, set()),
    # a mediation effort launched is mediation, whoever the parties
    ("The Kenyan president launched a mediation effort in the border crisis.",
     {"Kenyan president": "KENGOV"}, {("KENGOV", None, "CONSULT", "asserted")}),
    ("The Kenyan president launched a campaign for the border region.", {"Kenyan president": "KENGOV"}, set()),
    # willing to do what codes nothing is no promise of an act
    ("The Ghanaian minister said he was willing to die for his country.",
     {"Ghanaian minister": "GHAGOV"}, set()),
]


@pytest.mark.parametrize("text,actors,want", CASES, ids=[c[0][:40] for c in CASES])
def test_events_unaddressed_kept_without_a_target(text: str, actors: dict[str, str], want: Got,
                                                  nlp: Language) -> None:
    assert _coded(nlp, text, actors) == want


def test_events_unaddressed_a_ceasefire_agreed_to_is_the_intent_to_observe_it(nlp: Language) -> None:
    got = {e.cameo for e in coded_events(nlp, "The Kenyan government agreed to a ceasefire on Sunday.",
                                         {"Kenyan government": "KENGOV"})}
    assert got == {"0356"}


def test_events_unaddressed_pushing_for_an_act_is_an_appeal(nlp: Language) -> None:
    # CAMEO codes "push for" as an appeal (02x, as PETRARCH's patterns do), not a demand (10x)
    got = {e.cameo for e in coded_events(nlp, "The Kenyan government pushed for Uganda to free the detained traders.",
                                         {"Kenyan government": "KENGOV", "Uganda": "UGA"})}
    assert got == {"0253"}


def test_events_unaddressed_a_conditional_appeal_stays_hypothetical(nlp: Language) -> None:
    got = _coded(nlp, "If the Kenyan president calls for reform of the commission, the talks will collapse.",
                 {"Kenyan president": "KENGOV"})
    assert not any(m == "asserted" for _, _, t, m in got if t == "REQUEST")


VOCABULARY: list[tuple[str, dict[str, str], Got]] = [
    # a meeting over a meal is a meeting; a meal alone is none
    ("The Kenyan president had lunch with the Ugandan president in Nairobi.",
     {"Kenyan president": "KENGOV", "Ugandan president": "UGAGOV"},
     {("KENGOV", "UGAGOV", "CONSULT", "asserted"), ("UGAGOV", "KENGOV", "CONSULT", "asserted")}),
    ("The Kenyan president had lunch at a hotel in Nairobi.", {"Kenyan president": "KENGOV"}, set()),
    # an agreement agreed by two sides is the agreement, not a bare intent
    ("Kenya and Uganda have agreed a free trade agreement.", {"Kenya": "KEN", "Uganda": "UGA"},
     {("KEN", "UGA", "SUPPORT", "asserted"), ("UGA", "KEN", "SUPPORT", "asserted")}),
]


@pytest.mark.parametrize("text,actors,want", VOCABULARY, ids=[c[0][:40] for c in VOCABULARY])
def test_events_unaddressed_meals_and_agreements(text: str, actors: dict[str, str], want: Got,
                                                 nlp: Language) -> None:
    assert _coded(nlp, text, actors) == want


PASSIVE_ASKED: list[tuple[str, dict[str, str], Got]] = [
    # "called for X to be V-ed": the act asked for is done to X, whom the appeal concerns; the act did not happen
    ("Kenya called for the Ugandan generals to be tried in The Hague.",
     {"Kenya": "KEN", "Ugandan generals": "UGAMIL"}, {("KEN", "UGAMIL", "REQUEST", "asserted")}),
    # nothing named to be done to: no target, and "sanctions" is no public matter asked for with "for"
    ("Kenya called for the sanctions to be lifted by June.", {"Kenya": "KEN"}, set()),
]


@pytest.mark.parametrize("text,actors,want", PASSIVE_ASKED, ids=[c[0][:40] for c in PASSIVE_ASKED])
def test_events_unaddressed_passive_acts_asked_for(text: str, actors: dict[str, str], want: Got,
                                                   nlp: Language) -> None:
    assert _coded(nlp, text, actors) == want


def test_events_unaddressed_a_passive_that_clause_names_no_one_asked(nlp: Language) -> None:
    # only the "for" clause's passive subject is the one concerned; a "that" clause keeps to its own subject
    got = _coded(nlp, "Kenya urged that the Ugandan envoy's proposals be studied.",
                 {"Kenya": "KEN", "Ugandan envoy": "UGAGOV"})
    assert ("KEN", "UGAGOV", "REQUEST", "asserted") not in got


def test_events_unaddressed_a_state_body_in_what_is_asked_for_is_the_one_asked(nlp: Language) -> None:
    actors = {"UN envoy": "IGOUNO", "Sudanese government": "SDNGOV", "legislative body": "SDNLEG"}
    got = _coded(nlp, "The UN envoy called for the creation of a new Sudanese government and legislative body.", actors)
    # one appeal to the state, to the first body named
    assert {(s, t) for s, t, typ, _ in got if typ == "REQUEST"} == {("IGOUNO", "SDNGOV")}
    # must not: a verb that asks nothing
    got = _coded(nlp, "The UN envoy voted for the creation of a new Sudanese government and legislative body.", actors)
    assert not any(typ == "REQUEST" for _, _, typ, _ in got)


def test_events_unaddressed_every_party_of_a_joint_act_asked_to_end_is_asked(nlp: Language) -> None:
    actors = {"Norway": "NOR", "the Malian army": "MLIMIL", "Tuareg rebels": "MLIREB", "Peru": "PER"}
    got = _coded(nlp, "Norway called for an end to the clashes between the Malian army and Tuareg rebels.", actors)
    # both sides, though they share a country and one is no state body
    assert {(s, t) for s, t, typ, _ in got if typ == "REQUEST"} == {("NOR", "MLIMIL"), ("NOR", "MLIREB")}
    # must not: "between" on a verb places those the appeal is for ("caught between"): the rebels are not asked
    got = _coded(nlp, "Norway called for the protection of villagers caught between the Malian army and Tuareg "
                      "rebels.", actors)
    assert ("NOR", "MLIREB") not in {(s, t) for s, t, typ, _ in got if typ == "REQUEST"}
    # must not: no "between" phrase: the state bodies named are asked, as before, not the rebels
    got = _coded(nlp, "Peru called for talks with the Malian army and Tuareg rebels.", actors)
    assert {(s, t) for s, t, typ, _ in got if typ == "REQUEST"} == {("PER", "MLIMIL")}
