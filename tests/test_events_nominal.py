"""Nominal events (events/nominal.py) and the arguments they take (events/arguments.py), on sentences written
for these tests: possessive and compound agents, group nominals, participles that aim an event noun, target
phrases the parser hangs on the governing verb, and appositions that name the target."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Token

from bilateral.events import Lexicon
from bilateral.events.nominal import dated, noun_entries
from tests.marking import coded_events

ACTORS = {"Chile": "CHLGOV", "Chilean": "CHLGOV", "Peru": "PERGOV", "Bolivia": "BOLGOV", "Ecuador": "ECUGOV",
          "the Andean League": "IGOAND", "the Shining Path": "PERREB", "Colombia": "COLGOV", "Brazil": "BRAGOV",
          "Argentina": "ARGGOV", "Uruguay": "URYGOV", "Paraguay": "PRYGOV", "Andean": "IGOAND"}


def dyads(nlp: Language, text: str) -> set[tuple[str, str | None, str]]:
    """(source, target, modality) of the events kept for ``text``."""
    return {(e.source.code, e.target.code if e.target else None, e.modality)
            for e in coded_events(nlp, text, ACTORS)}


def test_nominal_apposition_names_the_target_not_the_possessor(nlp: Language) -> None:
    found = dyads(nlp, "Chile made overtures to Peru's longtime ally, Bolivia.")
    assert ("CHLGOV", "BOLGOV", "asserted") in found
    assert not any(t == "PERGOV" for _, t, _ in found)


def test_nominal_apposition_list_names_every_target(nlp: Language) -> None:
    found = dyads(nlp, "Chile has imposed tariffs on its biggest trading partners — Peru, Bolivia and Ecuador.")
    assert {t for s, t, _ in found if s == "CHLGOV"} >= {"PERGOV", "BOLGOV", "ECUGOV"}


def test_nominal_target_phrase_on_the_governing_verb(nlp: Language) -> None:
    found = dyads(nlp, "Chile is keeping fresh tariffs in place on Peru and Bolivia.")
    assert {("CHLGOV", "PERGOV", "asserted"), ("CHLGOV", "BOLGOV", "asserted")} <= found


def test_nominal_participle_aims_the_event(nlp: Language) -> None:
    found = dyads(nlp, "Chile's tariffs targeting Peru and Bolivia took effect on Monday.")
    assert {("CHLGOV", "PERGOV", "asserted"), ("CHLGOV", "BOLGOV", "asserted")} <= found


def test_nominal_participle_of_another_verb_aims_nothing(nlp: Language) -> None:
    # the participle says what the tariffs are like, not whom they hit
    assert not any(t in ("PERGOV", "BOLGOV") for _, t, _ in
                   dyads(nlp, "Chile's tariffs worrying Peru and Bolivia took effect on Monday."))


def test_nominal_passive_governing_verb_gives_the_source(nlp: Language) -> None:
    found = dyads(nlp, "New sanctions targeting Peru were announced by Chile on Monday.")
    assert ("CHLGOV", "PERGOV", "asserted") in found


def test_nominal_dated_group_agreement_pairs_every_party(nlp: Language) -> None:
    found = dyads(nlp, "Trade grew after a 2017 accord among Chile, Peru and Bolivia opened the border.")
    pairs = {(s, t) for s, t, _ in found}
    assert {("CHLGOV", "PERGOV"), ("PERGOV", "BOLGOV"), ("BOLGOV", "CHLGOV")} <= pairs


def test_nominal_dated_only_by_its_own_time_words(nlp: Language) -> None:
    def noun(text: str) -> Token:
        return next(t for t in nlp(text) if t.lemma_ in ("agreement", "talk"))
    assert dated(noun("A 2017 agreement between Chile and Peru opened the border."))
    assert dated(noun("Last week's talks between Chile and Peru ended early."))
    assert dated(noun("Recent talks between Chile and Peru ended early."))
    # a standing tie, or a time that belongs to another phrase, does not date the noun
    assert not dated(noun("The agreement between Chile and Peru covers fishing."))
    assert not dated(noun("A trade agreement between Chile and Peru covers fishing."))
    assert not dated(noun("Chile said in 2017 that the agreement with Peru covers fishing."))


def test_nominal_undated_agreement_is_less_certain_than_a_dated_one(nlp: Language) -> None:
    def best(text: str) -> float:
        return max(e.confidence for e in coded_events(nlp, text, ACTORS))
    assert best("The agreement between Chile and Peru covers fishing.") < \
        best("A 2017 agreement between Chile and Peru covers fishing.")


def test_nominal_group_with_an_apposition_the_parser_misattaches(nlp: Language) -> None:
    found = dyads(nlp, "Recent agreements between Peru and an armed group, the Shining Path, are fragile.")
    assert {("PERGOV", "PERREB"), ("PERREB", "PERGOV")} <= {(s, t) for s, t, _ in found}


def codes(nlp: Language, text: str) -> set[tuple[str, str | None, str, str]]:
    """(source, target, CAMEO code, modality) of the events kept for ``text``."""
    return {(e.source.code, e.target.code if e.target else None, e.cameo, e.modality)
            for e in coded_events(nlp, text, ACTORS)}


def test_nominal_threatened_act_is_not_asserted(nlp: Language) -> None:
    found = codes(nlp, "The threat of Chilean sanctions against Peru grew.")
    assert not any(c == "163" for _, _, c, _ in found)
    assert ("CHLGOV", "PERGOV", "163", "asserted") in codes(nlp, "Chilean sanctions against Peru took effect.")


def test_nominal_offered_talks_are_not_held(nlp: Language) -> None:
    assert not any(c.startswith("04") for _, _, c, _ in codes(nlp, "Chile's offer of talks with Peru was rejected."))


def test_nominal_capitalised_plural_is_looked_up_by_its_singular(nlp: Language) -> None:
    doc = Doc(nlp.vocab, words=["Negotiations", "between", "Chile", "and", "Peru"])
    doc[0].tag_, doc[0].lemma_ = "NNPS", "Negotiations"
    assert noun_entries(doc[0], Lexicon.load())
    doc[0].tag_ = "NNP"  # a singular name is not an event noun
    assert not noun_entries(doc[0], Lexicon.load())


def test_nominal_joint_act_the_subject_is_in_is_each_partys(nlp: Language) -> None:
    found = dyads(nlp, "Chile has been locked in a tense border standoff with Peru for a year.")
    assert {("CHLGOV", "PERGOV"), ("PERGOV", "CHLGOV")} <= {(s, t) for s, t, _ in found}


def test_nominal_meeting_setting_is_the_subjects(nlp: Language) -> None:
    found = codes(nlp, "In a meeting with Peru, Chile said the border would stay open.")
    assert any(s == "CHLGOV" and t == "PERGOV" and c.startswith("04") for s, t, c, _ in found)


def test_nominal_hostile_act_the_subject_is_in_is_not_its_own(nlp: Language) -> None:
    found = codes(nlp, "Chile lost two soldiers in an attack on Peru.")
    assert not any(s == "CHLGOV" and c.startswith(("18", "19")) for s, _, c, _ in found)


def test_nominal_people_involved_in_talks_are_a_role_not_an_event(nlp: Language) -> None:
    assert not codes(nlp, "Chile reassigned officials involved in negotiations with Peru to other posts.") & {
        ("CHLGOV", "PERGOV", "046", "asserted"), ("PERGOV", "CHLGOV", "046", "asserted")}


def test_nominal_act_done_in_talks_does_not_make_the_talks_its_subjects(nlp: Language) -> None:
    found = codes(nlp, "Chile agreed to Bolivian mediation in the talks with Peru.")
    assert not any(c.startswith("04") for _, _, c, _ in found)


def test_nominal_group_act_a_verb_carries_on_is_done(nlp: Language) -> None:
    def best(text: str) -> float:
        return max((e.confidence for e in coded_events(nlp, text, ACTORS)), default=0.0)
    assert best("Observers said that expanding cooperation between Chile and Peru is welcome.") > \
        best("Observers said that the cooperation between Chile and Peru is welcome.")


def test_nominal_meeting_that_brings_people_together_pairs_them_with_its_host(nlp: Language) -> None:
    found = dyads(nlp, "The Andean talks brought together the ministers of Chile, Peru and Bolivia.")
    assert {("CHLGOV", "IGOAND"), ("PERGOV", "IGOAND"), ("BOLGOV", "IGOAND")} <= {(s, t) for s, t, _ in found}
    found = dyads(nlp, "Last week's talks gathered ministers of Chile and Peru in Lima.")
    assert {("CHLGOV", "PERGOV"), ("PERGOV", "CHLGOV")} <= {(s, t) for s, t, _ in found}


def test_nominal_bringing_without_together_gathers_no_one(nlp: Language) -> None:
    found = codes(nlp, "Last week's talks brought ministers of Chile and Peru little progress.")
    assert not any(c.startswith("04") for _, _, c, _ in found)


def test_arguments_a_long_list_is_read_to_its_end(nlp: Language) -> None:
    found = dyads(nlp, "Chile imposed sanctions on Peru, Bolivia, Ecuador, Colombia, Brazil, Argentina, Paraguay "
                       "and Uruguay.")
    assert {t for s, t, _ in found if s == "CHLGOV"} == {
        "PERGOV", "BOLGOV", "ECUGOV", "COLGOV", "BRAGOV", "ARGGOV", "PRYGOV", "URYGOV"}


def test_nominal_topic_of_a_discussion_is_not_its_partner(nlp: Language) -> None:
    found = codes(nlp, "Chile discussed sanctions against Bolivia with Peru.")
    assert not any(s == "CHLGOV" and t == "BOLGOV" for s, t, _, _ in found)


def test_nominal_trade_war_waged_is_tariffs_on_each_partner(nlp: Language) -> None:
    found = codes(nlp, "Chile has been waging a trade war with its biggest partners — Peru, Bolivia and Ecuador.")
    assert {("CHLGOV", t, "163", "asserted") for t in ("PERGOV", "BOLGOV", "ECUGOV")} <= found
    assert ("CHLGOV", "PERGOV", "163", "asserted") in codes(nlp, "Chile ramped up its trade war with Peru on Monday.")
    # waged with tariffs, not arms; a war without "trade" is still an armed one
    assert not any(c == "190" for _, _, c, _ in codes(nlp, "Chile has been waging a trade war against Peru."))
    assert ("CHLGOV", "PERGOV", "190", "asserted") in codes(nlp, "Chile has been waging war against Peru.")


def test_nominal_trade_war_as_a_condition_is_no_act(nlp: Language) -> None:
    # the war as what has rattled markets is a standing condition, not something done
    assert not any(c == "163" for _, _, c, _ in codes(nlp, "Chile's trade war with Peru has rattled markets."))


def test_nominal_customs_charge_is_levied_by_the_country_the_goods_go_to(nlp: Language) -> None:
    found = dyads(nlp, "The vote comes after tariff hikes on Chilean imports to Peru and Bolivia.")
    assert {("PERGOV", "CHLGOV"), ("BOLGOV", "CHLGOV")} <= {(s, t) for s, t, _ in found}


def test_nominal_sanction_on_exports_is_not_the_destinations(nlp: Language) -> None:
    # only the importing country levies a customs charge; sanctions on what goes to Peru are someone else's
    assert not any(s == "PERGOV" for s, _, _ in dyads(nlp, "Prices rose after sanctions on Chilean exports to Peru."))
    assert not dyads(nlp, "Growers fear that tariffs on Chilean exports will rise to 50%.")


def test_nominal_threat_of_anothers_measure_is_that_actors_threat(nlp: Language) -> None:
    # the sanctions' own actor threatens; one acts "despite" a threat aimed at oneself
    assert ("CHLGOV", "PERGOV", "1312", "asserted") in codes(
        nlp, "Peru tested the missile despite threats of Chilean sanctions.")


def test_nominal_acting_despite_anothers_cooperation_is_not_its_target(nlp: Language) -> None:
    assert not any(s == "CHLGOV" and t == "PERGOV" for s, t, _, _ in codes(
        nlp, "Peru tested the missile despite Chilean aid to Bolivia."))
    assert not any(c.startswith("13") for _, _, c, _ in codes(
        nlp, "Peru tested the missile despite threats of sanctions."))


def test_nominal_measure_pending_in_a_legislature_is_its_threat(nlp: Language) -> None:
    actors = {**ACTORS, "the Chilean Senate": "CHLLEG"}
    found = {(e.source.code, e.target.code if e.target else None, e.cameo)
             for e in coded_events(nlp, "New sanctions against Bolivia are pending in the Chilean Senate.", actors)}
    assert ("CHLLEG", "BOLGOV", "1312") in found
    # how the measure is seen there is no proposal of it
    assert not coded_events(nlp, "Sanctions against Bolivia are popular in the Chilean Senate.", actors)


def test_nominal_pending_bill_is_aimed_by_what_it_proposes(nlp: Language) -> None:
    actors = {**ACTORS, "the Chilean Senate": "CHLLEG"}
    text = "Two sanctions bills proposing harsh measures against Bolivia are pending in the Chilean Senate."
    assert ("CHLLEG", "BOLGOV") in {(e.source.code, e.target.code if e.target else None)
                                    for e in coded_events(nlp, text, actors)}
    # what a bill's participle says of something else names no target
    text = "Two sanctions bills citing harsh measures against Bolivia are pending in the Chilean Senate."
    assert not any(e.source.code == "CHLLEG" for e in coded_events(nlp, text, actors))
