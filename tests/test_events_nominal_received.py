"""Event nouns whose parties the phrase around them names (events/nominal.py), on sentences written for these
tests: an act received ("received aid from X", "drew criticism from X") is the giver's act on the receiver, with
the receiving clause's modality; hyphen-joined modifiers ("Chile-Peru talks") both take part."""

from __future__ import annotations

from spacy.language import Language

from tests.marking import coded_events

ACTORS = {"Chile": "CHLGOV", "Peru": "PERGOV", "Bolivia": "BOLGOV", "Ecuador": "ECUGOV",
          "the Andean League": "IGOAND", "Peruvian": "PERGOV", "Chilean": "CHLGOV"}


def events(nlp: Language, text: str) -> set[tuple[str, str | None, str, str]]:
    """(source, target, CAMEO code, modality) of the events kept for ``text``."""
    return {(e.source.code, e.target.code if e.target else None, e.cameo, e.modality)
            for e in coded_events(nlp, text, ACTORS)}


def test_nominal_received_aid_is_the_givers_act(nlp: Language) -> None:
    found = events(nlp, "Bolivia received military aid from Chile last month.")
    assert ("CHLGOV", "BOLGOV", "072", "asserted") in found
    assert not any(s == "BOLGOV" for s, _, _, _ in found)  # the receiver neither gives nor hosts anyone


def test_nominal_received_act_takes_the_receiving_clause_modality(nlp: Language) -> None:
    assert ("CHLGOV", "BOLGOV", "072", "negated") in events(nlp, "Bolivia did not receive military aid from Chile.")
    found = events(nlp, "Bolivia could face new sanctions from Chile.")
    assert ("CHLGOV", "BOLGOV", "163", "hypothetical") in found
    assert not any(m == "asserted" for _, _, _, m in found)


def test_nominal_drawn_criticism_and_won_support(nlp: Language) -> None:
    assert ("IGOAND", "PERGOV", "111", "asserted") in events(
        nlp, "Peru drew sharp criticism from the Andean League on Monday.")
    assert ("CHLGOV", "ECUGOV", "050", "asserted") in events(nlp, "Ecuador won the support of Chile for its bid.")


def test_nominal_act_on_the_of_phrase_is_never_received(nlp: Language) -> None:
    """An act of coercion whose "of" phrase names whom it befalls ("the arrest of X", "the indictment of X") is no
    act its winner receives: "Chile secured the arrest of a Peruvian spy" is never Peru's act on Chile."""
    actors = {"Chile": "CHLGOV", "Peruvian spy": "PERGOV"}
    for text in ("Chile secured the indictment of a Peruvian spy on Friday.",
                 "Chile won the arrest of a Peruvian spy on Friday."):
        found = {(e.source.code, e.target.code if e.target else None) for e in coded_events(nlp, text, actors)}
        assert ("PERGOV", "CHLGOV") not in found


def test_nominal_receiving_a_person_is_still_hosting(nlp: Language) -> None:
    found = events(nlp, "The Chilean president received the Peruvian president in Santiago.")
    assert any(s == "CHLGOV" and t == "PERGOV" and c.startswith("04") for s, t, c, _ in found)


def test_nominal_received_act_without_giver_codes_nothing(nlp: Language) -> None:
    assert not events(nlp, "Bolivia received military aid last month.")


def test_nominal_hyphen_joined_parties_both_take_part(nlp: Language) -> None:
    found = events(nlp, "Chile-Peru talks resumed in Lima on Monday.")
    assert {("CHLGOV", "PERGOV"), ("PERGOV", "CHLGOV")} <= {(s, t) for s, t, _, _ in found}
    assert not events(nlp, "The Chile-Peru rivalry is growing.")


def confidence(nlp: Language, text: str, source: str, target: str) -> float:
    """The confidence of the event from ``source`` on ``target`` coded for ``text`` (0 when there is none)."""
    return max((e.confidence for e in coded_events(nlp, text, ACTORS)
                if e.source.code == source and e.target is not None and e.target.code == target), default=0.0)


def test_nominal_performed_act_is_as_sure_as_its_verb(nlp: Language) -> None:
    performed = confidence(nlp, "Chile has ramped up attacks on Peru since January.", "CHLGOV", "PERGOV")
    announced = confidence(nlp, "Chile has announced attacks on Peru since January.", "CHLGOV", "PERGOV")
    assert performed >= 0.8 > announced


def test_nominal_goods_from_a_country_name_the_target(nlp: Language) -> None:
    found = events(nlp, "Chile's new tariffs on imports from Peru took effect on Monday.")
    assert ("CHLGOV", "PERGOV", "163", "asserted") in found
    # imports of no named country: the tariffs that took effect are aimed at no one (events/taking_effect.py)
    assert all(e[1] is None for e in events(nlp, "Chile's new tariffs on imports took effect on Monday."))


def test_nominal_appeal_names_whom_it_asks_to_act(nlp: Language) -> None:
    found = events(nlp, "Chile's call for Peru to withdraw its troops was rejected.")
    assert any(s == "CHLGOV" and t == "PERGOV" and c.startswith("02") for s, t, c, _ in found)
    assert not events(nlp, "Chile's call for calm was ignored by the crowd.")


def test_nominal_hitting_with_a_measure_is_that_measure(nlp: Language) -> None:
    assert ("CHLGOV", "PERGOV", "163", "asserted") in events(nlp, "Chile hit Peru with new tariffs last week.")
    found = events(nlp, "Chile hit Peru with missiles last week.")
    assert any(c.startswith("19") for s, t, c, _ in found if (s, t) == ("CHLGOV", "PERGOV"))
    assert not any(c.startswith("16") for _, _, c, _ in found)


def test_nominal_measure_lifted_in_the_passive_is_its_holders_act(nlp: Language) -> None:
    assert ("CHLGOV", "PERGOV", "085", "asserted") in events(nlp, "Chile's sanctions on Peru were lifted in January.")
    assert ("CHLGOV", "PERGOV", "085", "negated") in events(
        nlp, "Chile's sanctions on Peru were not lifted in January.")
    assert not events(nlp, "Sanctions on Peru were lifted in January.")  # no holder named
    assert not events(nlp, "Peru's copper exports were banned last year.")  # no event noun: Peru banned nothing


def test_nominal_growth_of_a_measure_is_that_measure(nlp: Language) -> None:
    assert ("CHLGOV", "PERGOV", "163", "asserted") in events(nlp, "Markets fell after Chile's tariff hikes on Peru.")
    assert not events(nlp, "Markets fell after Chile's tariff cuts on Peru.")  # less of a measure is no measure
    assert not events(nlp, "Chile's tariff hikes are a blunt tool.")  # no one is named as the target


def test_nominal_funding_is_economic_aid(nlp: Language) -> None:
    # funding is economic aid (071) as a loan or a grant is, given by whoever the phrase names
    assert ("CHLGOV", "BOLGOV", "071", "asserted") in events(nlp, "Bolivia accepted Chilean funding for new roads.")
    assert ("CHLGOV", "PERGOV", "071", "asserted") in events(nlp, "Chile's funding for Peru angered Bolivia.")
    assert not events(nlp, "Funding for the program was cut last year.")  # no giver, no receiver
    assert not any(c == "071" for _, _, c, _ in events(nlp, "Bolivia accepted funding for new roads."))  # no giver


def test_nominal_received_award_is_the_givers_praise(nlp: Language) -> None:
    # an award or a medal received from someone is that one's praise (051) of the receiver
    assert ("CHLGOV", "BOLGOV", "051", "asserted") in events(nlp, "Bolivia received a medal from Chile last year.")
    assert ("CHLGOV", "PERGOV", "051", "asserted") in events(nlp, "Peru won an award from Chile for its reforms.")
    assert not events(nlp, "Peru won an award for its reforms.")  # no giver
    assert not events(nlp, "A Chilean court's award of damages to Peru angered Bolivia.")  # no honour: a sum owed


def test_nominal_received_done_with_support_is_the_backers_act(nlp: Language) -> None:
    # what the subject does "with support from Y", it does with Y's support: Y supports it, in the verb's clause
    found = events(nlp, "Ecuador won the vote in the assembly with support from Chile and Peru.")
    assert {("CHLGOV", "ECUGOV", "050", "asserted"), ("PERGOV", "ECUGOV", "050", "asserted")} <= found
    found = events(nlp, "Ecuador could win the vote on Friday with support from Chile.")
    assert ("CHLGOV", "ECUGOV", "050", "hypothetical") in found
    assert not any(m == "asserted" for _, _, c, m in found if c == "050")


def test_nominal_received_with_support_must_not(nlp: Language) -> None:
    # the supported one named by "for"; a "with" phrase of a noun ("a motion with support from Y")
    assert not any(c == "050" for _, _, c, _ in events(nlp, "Ecuador won the vote with support for Chile."))
    assert not any(c == "050" for _, _, c, _ in events(
        nlp, "Ecuador tabled a motion with support from Chile written into it."))
