"""Appeals and statements whose speaker or addressee the rest of the sentence names (events/speech.py and the
appeal rules of events/embedding.py), coded through the pipeline on sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.marking import Coded
from tests.marking import pipeline_coded as _coded

pytestmark = pytest.mark.model


def _types(got: Coded, source: str, target: str) -> set[str]:
    return {t for s, o, t, _ in got if s == source and o == target}


def test_events_speech_a_pronoun_object_stands_for_the_earlier_object() -> None:
    got = _coded("The Kenyan president phoned Ugandan President Yoweri Museveni on Tuesday and urged him to "
                 "withdraw his troops from the border.")
    assert "REQUEST" in _types(got, "KEN", "UGA")
    # the withdrawal was asked for: Uganda did not withdraw; its only act is its side of the call (041 both ways)
    assert _types(got, "UGA", "KEN") == {"CONSULT"}
    assert not any(s == "UGA" and o != "KEN" for s, o, _, _ in got)
    got = _coded("The Kenyan president met Uganda's president in Nairobi and asked him to free the detained traders.")
    assert "REQUEST" in _types(got, "KEN", "UGA") and "CONSULT" in _types(got, "KEN", "UGA")


def test_events_speech_a_pronoun_never_binds_to_a_place_or_the_speaker() -> None:
    # "him" is no country named by its name: visiting Uganda does not make Uganda the one urged
    got = _coded("The Kenyan president visited Uganda on Tuesday and urged him to free the detained traders.")
    assert "REQUEST" not in _types(got, "KEN", "UGA")
    # a pronoun naming an actor itself is left as it is
    got = _coded("Rwanda phoned Uganda's president and urged Burundi to free the detained traders.")
    assert "REQUEST" not in _types(got, "RWA", "UGA") and "REQUEST" in _types(got, "RWA", "BDI")


def test_events_speech_a_statement_speaks_for_whoever_issued_it() -> None:
    got = _coded("The Nigerian government issued a statement condemning the Cameroonian army for the raid.")
    assert ("NGA", "CMR", "ACCUSE", "asserted") in got
    assert not any(t == "REQUEST" for _, _, t, _ in got)  # issuing a statement is no demand
    got = _coded("The Nigerian government released a report that calls on Cameroon to free the detained traders.")
    assert "REQUEST" in _types(got, "NGA", "CMR")
    assert not any(s == "CMR" for s, _, _, _ in got)  # the release was asked for, not done


def test_events_speech_a_statement_without_an_issuer_speaks_for_no_one() -> None:
    got = _coded("A statement condemning the Cameroonian army for the raid was read on Nigerian radio.")
    assert not any(t == "ACCUSE" for _, _, t, _ in got)


def test_events_speech_told_to_act_is_an_appeal_and_the_act_did_not_happen() -> None:
    got = _coded("The Nigerian governor told Ghanaian officials to free the detained traders.")
    assert "REQUEST" in _types(got, "NGA", "GHA")
    assert not any(s == "GHA" for s, _, _, _ in got)


def test_events_speech_told_that_is_no_appeal_and_the_reported_act_stays_alleged() -> None:
    got = _coded("The Nigerian governor told reporters that Ghanaian soldiers had attacked the border post.")
    assert not any(t == "REQUEST" for _, _, t, _ in got)
    assert all(m == "alleged" for s, _, _, m in got if s == "GHA")


def test_events_speech_first_person_in_a_quote_is_the_speaker() -> None:
    got = _coded('"I urge Rwanda to withdraw its troops from Congo," the Kenyan president said on Monday.')
    assert "REQUEST" in _types(got, "KEN", "RWA")
    assert not any(s == "RWA" and t == "RETREAT" and m == "asserted" for s, _, t, m in got)


def test_events_speech_calling_for_someone_to_act_appeals_to_them_and_the_act_did_not_happen() -> None:
    got = _coded("The United Nations called for Rwanda to withdraw its troops from Congo on Monday.")
    assert "REQUEST" in _types(got, None, "RWA")
    assert not any(s == "RWA" for s, _, _, _ in got)  # Rwanda did not withdraw: it was asked to
    got = _coded("The Kenyan president pushed for Uganda to reopen the border.")
    assert "REQUEST" in _types(got, "KEN", "UGA")


def test_events_speech_an_act_waited_for_is_not_asserted() -> None:
    got = _coded("Kenya waited for Uganda to withdraw its troops from the border.")
    assert not any(s == "UGA" and m == "asserted" for s, _, _, m in got)


def test_events_speech_what_a_statement_or_report_says_speaks_for_its_issuer() -> None:
    got = _coded("The Nigerian government issued a statement saying Cameroon must free the detained traders.")
    assert "REQUEST" in _types(got, "NGA", "CMR")
    got = _coded("The Nigerian government issued a report that found abuses and called on Cameroon to free the "
                 "detained traders.")
    assert "REQUEST" in _types(got, "NGA", "CMR")


def test_events_speech_calling_something_by_a_disapproving_word_criticises_its_owner() -> None:
    got = _coded('On Tuesday, the Kenyan president called Ugandan tariffs "unacceptable."')
    assert ("KEN", "UGA", "ACCUSE", "asserted") in got
    got = _coded("The Kenyan president described the Ugandan plan as a disaster for the region.")
    assert ("KEN", "UGA", "ACCUSE", "asserted") in got


def test_events_speech_calling_something_by_a_neutral_word_is_no_criticism() -> None:
    assert not any(t == "ACCUSE" for _, _, t, _ in _coded(
        "The Kenyan president described the Ugandan plan as a model for the region."))
    assert not any(t == "ACCUSE" for _, _, t, _ in _coded(
        'On Tuesday, the Kenyan president called Ugandan tariffs "reasonable."'))


def test_events_speech_calling_something_egregious_or_insulting_criticises_its_owner() -> None:
    got = _coded('On Tuesday the Kenyan president called Uganda\'s remarks "egregious and insulting."')
    assert ("KEN", "UGA", "ACCUSE", "asserted") in got


def test_events_speech_calling_an_actor_by_an_approving_word_praises_it() -> None:
    got = _coded("On Tuesday the Kenyan president called Uganda's president a dear friend.")
    assert "SUPPORT" in _types(got, "KEN", "UGA")
    got = _coded("The Kenyan president described the Ugandan offer as constructive.")
    assert "SUPPORT" in _types(got, "KEN", "UGA")
    # must not: a turned word, a neutral word, or "called" as naming
    for text in ("On Tuesday the Kenyan president called Uganda's president no friend of Kenya.",
                 "On Tuesday the Kenyan president called Uganda's president a former friend.",
                 "On Tuesday the Kenyan president called Uganda's president a partner.",
                 "A Kenyan group called Friends of Uganda met the Ugandan president in Nairobi."):
        assert "SUPPORT" not in _types(_coded(text), "KEN", "UGA"), text


def test_events_speech_a_predicate_parsed_as_the_objects_apposition_still_characterises() -> None:
    got = _coded("On Tuesday the Kenyan president called Uganda's ambassador a very stupid man.")
    assert ("KEN", "UGA", "ACCUSE", "asserted") in got
    got = _coded("On Tuesday the Kenyan president called Uganda's ambassador a good friend.")
    assert not any(t in ("ACCUSE", "REQUEST") for _, _, t, _ in got)  # a characterisation, neither blame nor appeal
    # a name parsed as the modifier of the object, before its article ("called Museveni a partner"): no appeal
    got = _coded("Chinese leader Xi Jinping visited Moscow. Putin called Xi a partner.")
    assert not any(t in ("ACCUSE", "REQUEST") for s, _, t, _ in got if s == "RUS")
    got = _coded("Chinese leader Xi Jinping visited Moscow. Putin called Xi a dear friend.")
    assert "SUPPORT" in _types(got, "RUS", "CHN")
    got = _coded("The Kenyan president called Uganda's ambassador, a career diplomat, on Monday.")
    assert not any(t == "ACCUSE" for _, _, t, _ in got)  # an apposition set off by commas is no predicate


def test_events_speech_an_allegation_with_a_clause_accuses_the_clause_subject() -> None:
    got = _coded("Kenya alleged on Monday that Uganda had attacked the border posts.")
    assert "ACCUSE" in _types(got, "KEN", "UGA")
    got = _coded('"Uganda has attacked the border posts," the Kenyan government alleged in a statement.')
    assert "ACCUSE" in _types(got, "KEN", "UGA")
    # the clause's subject is what the allegation is about, as sure as an object: named by a demonym it still counts
    got = _coded('"The Ugandan side has repeatedly violated the agreement," the Kenyan president alleged.')
    assert "ACCUSE" in _types(got, "KEN", "UGA")


def test_events_speech_an_allegation_about_the_speakers_own_side_accuses_no_one() -> None:
    got = _coded("Kenya alleged on Monday that Kenyan soldiers had been attacked at the border posts.")
    assert not any(t == "ACCUSE" and o == "KEN" for _, o, t, _ in got)


def test_events_speech_a_first_person_object_in_a_quote_is_the_speaker() -> None:
    got = _coded('"Uganda has attacked our border posts," the Kenyan government said on Monday.')
    assert ("UGA", "KEN", "ASSAULT", "alleged") in got  # the speaker's claim: alleged, not asserted
    got = _coded('"Uganda has repeatedly threatened us," the Kenyan president told reporters.')
    assert ("UGA", "KEN", "THREATEN", "alleged") in got


def test_events_speech_a_first_person_object_with_no_speaker_stands_for_no_one() -> None:
    assert not any(s == "UGA" for s, _, _, _ in _coded("Uganda has attacked our border posts near the lake."))


def test_events_speech_must_understand_is_no_demand_but_must_act_is() -> None:
    got = _coded('"Ugandan lawmakers must understand they will get nothing from threats," the Kenyan foreign '
                 "minister said on Wednesday.")
    assert not any(t == "REQUEST" for _, _, t, _ in got)
    got = _coded("The Kenyan foreign minister said Ugandan lawmakers must withdraw the bill.")
    assert "REQUEST" in _types(got, "KEN", "UGA")


def test_events_speech_speaking_as_the_setting_of_a_statement_is_no_consultation() -> None:
    got = _coded("Speaking to Ugandan lawmakers last month, the Kenyan president said a deal was vital for the region.")
    assert not any(t == "CONSULT" for _, _, t, _ in got)
    got = _coded("The Kenyan president spoke to Ugandan lawmakers last month about the deal.")
    assert "CONSULT" in _types(got, "KEN", "UGA")


def test_events_speech_an_unnamed_pronoun_addressee_is_not_replaced_by_the_asked_acts_target() -> None:
    # "them" is who is pressed; Rwanda is where the arms go, not who was asked
    got = _coded("The Kenyan president kept tariffs in place on Ugandan sugar to pressure them to stop the flow of "
                 "arms into Rwanda.")
    assert not any(o == "RWA" and t == "REQUEST" for _, o, t, _ in got)
    got = _coded("The Kenyan president urged Ugandan leaders to stop the flow of arms into Rwanda.")
    assert "REQUEST" in _types(got, "KEN", "UGA")


def test_events_speech_a_statement_noun_that_speaks_speaks_for_its_author() -> None:
    got = _coded("A 2019 report by the Nigerian foreign ministry said Cameroon's deployment is illegal.")
    assert "ACCUSE" in _types(got, "NGA", "CMR")
    got = _coded("A statement from the Nigerian government urged Cameroon to free the detained traders.")
    assert "REQUEST" in _types(got, "NGA", "CMR")
    got = _coded("The report of the Ghanaian ministry described the Togolese plan as a disaster.")
    assert "ACCUSE" in _types(got, "GHA", "TGO")
    got = _coded("A study by the Nigerian health ministry said Cameroon's policy is dangerous.")
    assert "ACCUSE" in _types(got, "NGA", "CMR")


def test_events_speech_a_statement_noun_with_no_author_or_a_news_author_speaks_for_no_one() -> None:
    # a report about an actor is not by it; an unattributed report speaks for no one
    assert not any(t == "ACCUSE" for _, _, t, _ in _coded(
        "A report on Nigeria said Cameroon's deployment is illegal."))
    assert not any(t == "ACCUSE" for _, _, t, _ in _coded("Reports said Cameroon's deployment is illegal."))
    assert not any(t == "ACCUSE" for _, _, t, _ in _coded(
        "A study on Nigeria said Cameroon's policy is dangerous."))
    # an outlet's news report is news, not the outlet's own criticism
    assert not any(t == "ACCUSE" for _, _, t, _ in _coded(
        "A report by Nigerian state media said Cameroon's deployment is illegal."))
    # a report that praises accuses no one
    got = _coded("A report by the Nigerian foreign ministry said Cameroon's reforms are a success.")
    assert not any(t == "ACCUSE" for _, _, t, _ in got)


def test_events_speech_a_verdict_according_to_an_actor_or_its_report_is_its_criticism() -> None:
    got = _coded("According to the Nigerian foreign ministry, Cameroon's deployment is illegal.")
    assert ("NGA", "CMR", "ACCUSE", "asserted") in got
    got = _coded("Cameroon's deployment is illegal, according to a report by the Nigerian foreign ministry.")
    assert ("NGA", "CMR", "ACCUSE", "asserted") in got


def test_events_speech_a_verdict_according_to_no_author_news_or_praise_criticises_no_one() -> None:
    for text in ("According to a report on Nigeria, Cameroon's deployment is illegal.",
                 "According to Nigerian state media, Cameroon's deployment is illegal.",
                 "According to the Nigerian foreign ministry, Cameroon's reforms are a success.",
                 "According to the Nigerian foreign ministry, Cameroon's deployment would be illegal.",
                 "According to the Nigerian foreign ministry, Cameroon's deployment is not illegal."):
        assert not any(t == "ACCUSE" for _, _, t, _ in _coded(text)), text


def test_events_speech_a_news_outlet_reporting_a_verdict_criticises_no_one() -> None:
    for text in ("Nigerian state media reported that Cameroon's deployment is illegal.",
                 "A Nigerian state media report said Cameroon's deployment is illegal."):
        assert not any(t == "ACCUSE" for _, _, t, _ in _coded(text)), text
    # a government that reports a verdict makes it its own
    got = _coded("The Nigerian foreign ministry reported that Cameroon's deployment is illegal.")
    assert "ACCUSE" in _types(got, "NGA", "CMR")


def test_events_speech_it_on_a_participle_stands_for_the_main_clause_object() -> None:
    # "..., accusing it of ...": the group the main clause acts against or on is who "it" accuses
    got = _coded("Ugandan rebels have waged an insurgency against the Ugandan government, accusing it of rigging "
                 "elections.")
    assert "ACCUSE" in _types(got, "UGA", "UGA")
    got = _coded("Kenyan rebels attacked the Ugandan army on Monday, accusing it of shelling their camps.")
    assert "ACCUSE" in _types(got, "KEN", "UGA")


def test_events_speech_it_on_a_participle_binds_no_partner_or_thing() -> None:
    # a deal signed "with" a partner is what "it" is, not the partner; a thing object binds nothing
    got = _coded("Kenya signed a trade deal with Uganda on Monday, calling it a breakthrough for the region.")
    assert "ACCUSE" not in _types(got, "KEN", "UGA")
    got = _coded("Kenyan troops seized the border town on Monday, accusing it of sheltering smugglers.")
    assert not any(t == "ACCUSE" for _, _, t, _ in got)
