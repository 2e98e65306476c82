"""Replies aimed at whoever made the claim (events/replies.py), coded through the pipeline's document context."""

from __future__ import annotations

import datetime as dt

import pytest

from bilateral.models import Document

pytestmark = pytest.mark.model


def _coded(text: str) -> set[tuple[int, str | None, str | None, str, str]]:
    from bilateral.pipeline import code_documents, load_resources
    from bilateral.settings import Settings

    [done] = code_documents([Document("d", text, published=dt.date(2020, 3, 6))], load_resources(Settings()))
    return {(e.sentence_index, e.source.country, e.target.country if e.target else None, e.cameo, e.modality)
            for e in done.events}


def test_events_replies_a_denial_targets_the_accuser() -> None:
    got = _coded("Ghana accused Togo of sheltering smugglers on Monday. Togo denied the accusation on Tuesday.")
    assert (1, "TGO", "GHA", "120", "asserted") in got


def test_events_replies_a_dismissed_demand_targets_who_demanded_it() -> None:
    got = _coded("Benin demanded that Niger reopen the border. Niger dismissed the demand.")
    assert (1, "NER", "BEN", "120", "asserted") in got


def test_events_replies_need_an_earlier_claim_against_the_same_side() -> None:
    # with no claimant found a denial is a statement (016, untyped) aimed at no one
    assert {e for e in _coded("Ghana praised Togo on Monday. Togo denied the accusation on Tuesday.") if e[0] == 1} \
        <= {(1, "TGO", None, "016", "asserted")}
    assert {e for e in _coded("Ghana accused Togo of sheltering smugglers. Mali rejected the claims.")
            if e[0] == 1} <= {(1, "MLI", None, "016", "asserted")}  # not the accused side
    assert not any(e[0] == 1 and e[3].startswith("12") for e in _coded(
        "Benin demanded that Niger reopen the border. Niger rejected its own plans."))


def test_events_replies_a_domestic_charge_is_answered_by_the_side_it_targets() -> None:
    # the rebels accused the government; the government's denial answers the rebels, not a foreign charge against
    # the rebels told in between
    got = _coded("Ugandan rebels accused the Ugandan government of rigging the vote. Kenya accused the Ugandan "
                 "rebels of smuggling arms. The Ugandan government rejected the accusations.")
    replies = {e for e in got if e[0] == 2 and e[3].startswith("12")}
    assert replies == {(2, "UGA", "UGA", "120", "asserted")}


def test_events_replies_a_government_answers_a_charge_against_its_army() -> None:
    got = _coded("Ghana accused the Togolese army of shelling a village. The Togolese government denied the "
                 "accusation.")
    assert (1, "TGO", "GHA", "120", "asserted") in got


def test_events_replies_a_country_named_bare_is_the_state_not_its_rebels() -> None:
    got = _coded("Malian rebels accused Mali of bombing villages on Monday. Mali rejected the claims on Tuesday.")
    assert (1, "MLI", "MLI", "120", "asserted") in got  # the state answers the rebels' charge
    assert not any(e[0] == 1 and e[2] is not None for e in _coded(
        "Malian rebels accused Mali of bombing villages on Monday. The rebels rejected the claims on Tuesday."))


def test_events_replies_what_the_claim_says_does_not_name_its_claimant() -> None:
    got = _coded("Ghana accused Togo of buying arms. Togo dismissed accusations that it buys arms from Mali.")
    assert (1, "TGO", "GHA", "120", "asserted") in got
    assert not any(e[0] == 1 and e[2] == "MLI" for e in got)  # Mali is what is claimed, not who claimed it


def test_events_replies_a_disapproving_word_for_a_claim_rejects_the_claimant() -> None:
    got = _coded("Ghana accused Togo of sheltering smugglers. Togo called the allegations baseless.")
    assert (1, "TGO", "GHA", "120", "asserted") in got
    got = _coded('Ghana accused Togo of sheltering smugglers. "These charges are baseless," the Togolese foreign '
                 "minister said.")
    assert (1, "TGO", "GHA", "120", "asserted") in got
    got = _coded('Ghana accused Togo of sheltering smugglers. "This is completely false," the Togolese foreign '
                 "minister told the regional council.")
    assert (1, "TGO", "GHA", "120", "asserted") in got


def test_events_replies_a_disapproving_word_for_a_claim_needs_a_claim_against_the_speaker() -> None:
    assert not any(e[3].startswith("12") for e in _coded("Togo called the allegations baseless."))
    got = _coded("Ghana accused Mali of sheltering smugglers. Togo called the allegations baseless.")
    assert not any(e[0] == 1 and e[3].startswith("12") for e in got)  # the claim is against another side
    got = _coded('Ghana accused Togo of sheltering smugglers. "This is completely false," an analyst said.')
    assert not any(e[0] == 1 and e[3].startswith("12") for e in got)  # nobody named speaks


def test_events_replies_a_denied_part_in_a_wrong_answers_the_accuser() -> None:
    # "denied involvement": what is denied is the part the accuser laid at the denier's door
    got = _coded("Ghana accused Togo of sheltering smugglers on Monday. Togo denied any involvement on Tuesday.")
    assert (1, "TGO", "GHA", "120", "asserted") in got
    got = _coded("Ghana accused Togo of sheltering smugglers on Monday. Togo denied any role in the smuggling.")
    assert (1, "TGO", "GHA", "120", "asserted") in got


def test_events_replies_a_denied_part_needs_an_accuser_and_names_no_other_owner() -> None:
    # no earlier accusation: a denial, no reply
    assert not any(e[0] == 1 and e[3].startswith("12") for e in _coded(
        "Ghana praised Togo on Monday. Togo denied any involvement on Tuesday."))
    # whose involvement is denied is named: not the accuser's
    got = _coded("Ghana accused Togo of sheltering smugglers on Monday. Togo denied Benin's involvement.")
    assert not any(e[0] == 1 and e[2] == "GHA" for e in got)


def test_events_replies_a_denied_plan_is_the_deniers_own() -> None:
    # "denied plans to": it says it has none, it answers no proposal of the earlier speaker
    got = _coded("Ghana threatened to close the border with Togo. Togo denied plans to expel Ghanaian traders.")
    assert not any(e[0] == 1 and e[1] == "TGO" and e[2] == "GHA" and e[3].startswith("12") for e in got)


def test_events_replies_the_answered_statement_named_in_the_sentence_gives_the_target() -> None:
    # "while responding to the statement by X": X made the claim rejected, with nothing earlier in the document
    got = _coded("The Togolese government rejected the accusations while responding to a statement by Ghana.")
    assert (0, "TGO", "GHA", "120", "asserted") in got
    got = _coded("The Togolese government rejected the claims, responding to Ghana's statement on Monday.")
    assert (0, "TGO", "GHA", "120", "asserted") in got
    # an answer to reporters, or to its own side's statement, names no claimant
    got = _coded("The Togolese government rejected the accusations while responding to Ghanaian reporters.")
    assert not any(e[2] == "GHA" for e in got)
    got = _coded("The Togolese government rejected the accusations while responding to a statement by Togo's army.")
    assert not any(e[3].startswith("12") and e[2] == "TGO" for e in got)


def test_events_replies_a_refusal_joined_to_a_proposal_answers_its_author() -> None:
    assert (0, "TGO", "GHA", "120", "asserted") in _coded("Ghana asked Togo to reopen the border, but Togo refused.")
    assert (0, "NER", "BEN", "120", "asserted") in _coded("Benin offered Niger a truce, but Niger rejected it.")


def test_events_replies_a_relative_denial_answers_the_clause_it_hangs_on() -> None:
    # the parser hangs "which" on the clause's last noun; the claim is the clause's
    assert (0, "TGO", "GHA", "120", "asserted") in _coded(
        "Ghana accused Togo of sheltering smugglers, which Togo denied.")
    assert (0, "TGO", "GHA", "120", "asserted") in _coded(
        "Ghana said Togolese troops crossed the border, which Lome denied.")


def test_events_replies_a_joined_rejection_needs_a_proposal_aimed_at_it() -> None:
    assert not any(e[3].startswith("12") for e in _coded("Ghana reopened the border, but Togo refused."))
    assert not any(e[3].startswith("12") for e in _coded("Ghana asked Togo to reopen the border, but Mali refused."))
    assert not any(e[3].startswith("12") for e in _coded(  # its own act refused: no answer
        "Ghana asked Togo to reopen the border, but Togo refused to comment."))
    assert not any(e[3].startswith("12") for e in _coded(  # its own side's claim
        "Ghana said Togolese troops crossed the border, which Accra later denied."))


def test_events_replies_a_denied_charge_in_the_same_sentence_answers_its_maker() -> None:
    for text in ("Ghana has accused Togo of harboring rebels, but Togo denies the charge.",
                 "Ghana has accused Togo of harboring rebels, a charge Togo denies.",  # parsed as its complement
                 "Ghana has accused Togo of harboring rebels, but Togo denies any involvement.",
                 "Ghana said Togolese troops crossed the border, a claim Lome denies."):
        assert any(e[1:] == ("TGO", "GHA", "120", "asserted") for e in _coded(text)), text


def test_events_replies_a_denial_of_its_own_words_answers_no_one() -> None:
    assert not any(e[3].startswith("12") for e in _coded("\"We never harbored rebels,\" Togo denied."))
    assert not any(e[3].startswith("12") for e in _coded("Togo denied that it harbored rebels."))


def _pairs(text: str) -> set[tuple[int, str, str | None, str]]:
    from bilateral.pipeline import code_documents, load_resources
    from bilateral.settings import Settings

    [done] = code_documents([Document("d", text, published=dt.date(2020, 3, 6))], load_resources(Settings()))
    return {(e.sentence_index, e.source.code, e.target.code if e.target else None, e.cameo) for e in done.events}


def test_events_replies_a_denial_of_the_charges_answers_the_state_body_that_charged() -> None:
    got = _pairs("Zambian prosecutors charged the opposition leader Peter Banda with fraud on Monday. "
                 "The Zambian opposition leader denied the charges.")
    assert (1, "ZMBOPP", "ZMBJUD", "120") in got


def test_events_replies_a_charge_is_answered_only_by_its_side_and_only_as_charges() -> None:
    # a third party's denial answers no charge it was not the target of; "the accusations" ask for an accusation
    got = _pairs("Zambian prosecutors charged the opposition leader Peter Banda with fraud on Monday. "
                 "Malawi denied the charges.")
    assert not any(e[0] == 1 and e[3].startswith("12") for e in got)
    got = _pairs("Zambian police detained the opposition leader Peter Banda on Monday. "
                 "The Zambian opposition leader denied the accusations.")
    assert not any(e[0] == 1 and e[3].startswith("12") for e in got)


def _coded_codes(text: str) -> set[tuple[int, str, str | None, str, str]]:
    """As ``_coded``, with actor codes: an international body has no country."""
    from bilateral.pipeline import code_documents, load_resources
    from bilateral.settings import Settings

    [done] = code_documents([Document("d", text, published=dt.date(2020, 3, 6))], load_resources(Settings()))
    return {(e.sentence_index, e.source.country or e.source.code, e.target.code if e.target else None, e.cameo,
             e.modality) for e in done.events}


def test_events_replies_a_rejected_ruling_targets_the_court_that_acted_on_the_side() -> None:
    got = _coded_codes("The International Court of Justice ordered Chile to pay compensation to Bolivia on Monday. "
                       "Chile rejected the ruling on Tuesday.")
    assert (1, "CHL", "IGOICJ", "120", "asserted") in got
    got = _coded("A Peruvian judge on Monday blocked the expulsion of the migrants. The Peruvian government rejected "
                 "the ruling.")
    assert (1, "PER", "PER", "120", "asserted") in got  # a court of the side's own country


def test_events_replies_a_rejected_ruling_needs_a_court_acting_on_the_rejecting_side() -> None:
    # no court act told before, a court act on another side, an accusation by a state: no target, nothing coded
    assert not any(e[0] == 1 for e in _coded("Chile praised Bolivia on Monday. Chile rejected the ruling on Tuesday."))
    assert not any(e[0] == 1 for e in _coded(
        "The International Court of Justice criticized Chile on Monday. Bolivia rejected the ruling on Tuesday."))
    assert not any(e[0] == 1 for e in _coded(
        "Chile accused Bolivia of smuggling on Monday. Bolivia rejected the ruling on Tuesday."))
    # a sports body's ruling on a club is no political act: nothing to answer
    assert not any(e[0] == 1 for e in _coded(
        "A football club from Lima lost its appeal against a ban. The club rejected the ruling."))


def test_events_replies_a_denial_of_claims_that_name_their_claimant_targets_it() -> None:
    # "deny" is a weak verb (access, entry, a claim): a claim noun naming its claimant settles it as an answer
    assert (0, "PER", "CHL", "120", "asserted") in _coded("Peru denied the accusations by Chile.")
    assert (0, "PER", "CHL", "120", "asserted") in _coded(
        "The Peruvian government denied charges by Chile that it tortured a priest.")


def test_events_replies_a_denial_names_no_claimant_outside_a_claim() -> None:
    # an object that is no claim, or a claim by the denier's own side, answers no one
    assert not _coded("Peru denied the trip by Chile's president.")
    assert {e[2] for e in _coded("The Peruvian government denied the claims by its own interior ministry.")} \
        <= {None}


def test_events_replies_a_relative_rejection_answers_the_claim_it_hangs_on() -> None:
    # "the charges, which X dismissed": the replier named in the relative clause is no claimant
    got = _coded("Ghana accused Togo of sheltering smugglers on Monday. Togo faces sanctions over the "
                 "accusations, which Lome has dismissed as baseless.")
    assert (1, "TGO", "GHA", "120", "asserted") in got
    got = _coded("Ghana accused Togo of sheltering smugglers on Monday. The accusations, which Togo rejected, "
                 "strained ties.")
    assert (1, "TGO", "GHA", "120", "asserted") in got


def test_events_replies_a_relative_rejection_needs_a_claim_against_the_replier() -> None:
    # no earlier claim, a third side, or the claimant itself: no target
    for text in ("Ghana praised Togo on Monday. The accusations, which Togo rejected, strained ties.",
                 "Ghana accused Togo of sheltering smugglers on Monday. The accusations, which Benin rejected, "
                 "strained ties.",
                 "Ghana accused Togo of sheltering smugglers on Monday. The accusations, which Ghana rejected, "
                 "strained ties."):
        assert not any(e[0] == 1 and e[2] is not None for e in _coded(text))


def test_events_replies_a_claim_a_described_body_made_answers_that_body() -> None:
    # "the team's findings", "the group's claims": the possessor describes its maker, an international body
    got = _coded_codes("A U.N. team of inspectors accused Bolivia of smuggling arms to rebels in a report on Monday. "
                       "Bolivia dismissed the team's findings.")
    assert (1, "BOL", "IGOUNO", "120", "asserted") in got
    got = _coded_codes("Amnesty International accused Bolivia of torturing detainees on Monday. "
                       "Bolivia rejected the group's claims.")
    assert (1, "BOL", "NGOAMN", "120", "asserted") in got


def test_events_replies_a_split_genitive_claim_is_what_is_rejected() -> None:
    # the parser makes "team" the object and "findings" its "of" object: the claim is still what is dismissed
    got = _coded_codes("A U.N. team of inspectors accused Bolivia of smuggling arms to rebels in a report on Monday. "
                       "Bolivia dismissed the team of inspectors' findings on Tuesday.")
    assert (1, "BOL", "IGOUNO", "120", "asserted") in got


def test_events_replies_a_described_claimant_must_be_a_body_accusing_the_replier() -> None:
    # a state's accusation is not what "the team's findings" are; a third party's dismissal answers no one; and
    # dismissing the team itself rejects no claim
    got = _coded_codes("Chile accused Bolivia of smuggling arms to rebels on Monday. "
                       "Bolivia dismissed the team's findings.")
    assert not any(e[0] == 1 and e[3].startswith("12") for e in got)
    got = _coded_codes("A U.N. team of inspectors accused Bolivia of smuggling arms to rebels in a report on Monday. "
                       "Peru dismissed the team's findings.")
    assert not any(e[0] == 1 and e[3].startswith("12") for e in got)
    got = _coded_codes("A U.N. team of inspectors accused Bolivia of smuggling arms to rebels in a report on Monday. "
                       "Bolivia dismissed the team of inspectors on Tuesday.")
    assert not any(e[0] == 1 and e[3].startswith("12") for e in got)


def test_events_replies_allegations_in_a_trial_story_answer_the_foreign_prosecutors() -> None:
    # the prosecutors' accusation was aimed at the hired men, not at Chile: the story's only accuser is answered
    text = ("Peruvian prosecutors said on Monday that two Bolivian smugglers had been paid to attack a Lima "
            "reporter. Chile later called the bribery allegations baseless.")
    got = _pairs(text)
    assert (1, "CHLGOV", "PERJUD", "120") in got or (1, "CHL", "PERJUD", "120") in got


def test_events_replies_allegations_answer_no_prosecutor_when_the_story_has_other_accusers() -> None:
    # two makers of accusations: which one is answered stays open
    got = _pairs("Peruvian prosecutors said on Monday that two Bolivian smugglers had been paid to attack a Lima "
                 "reporter. Ecuador accused Bolivia of arming the smugglers. Chile later called the bribery "
                 "allegations baseless.")
    assert not any(e[0] == 2 and e[3].startswith("12") for e in got)
    # a court of the rejecting side's own country is no foreign prosecutor
    got = _pairs("Chilean prosecutors said on Monday that two Bolivian smugglers had been paid to attack a "
                 "Santiago reporter. Chile later called the bribery allegations baseless.")
    assert not any(e[0] == 1 and e[3].startswith("12") for e in got)
    # no court accused anyone before
    got = _pairs("Peru said on Monday that two Bolivian smugglers had been paid to attack a Lima reporter. "
                 "Chile later called the bribery allegations baseless.")
    assert not any(e[0] == 1 and e[1].startswith("CHL") and e[2] == "PERGOV" for e in got)


def test_events_replies_a_denied_deed_answers_the_accuser() -> None:
    got = _coded("Ghana accused Togo of sheltering smugglers on Monday. Lome routinely denies giving refuge to the "
                 "smugglers.")
    assert (1, "TGO", "GHA", "120", "asserted") in got
    assert not any(e[0] == 1 and e[2] == "TGO" and e[3] == "120" for e in got)  # the deed's smugglers: no accuser


def test_events_replies_a_denied_deed_needs_an_accusation_and_a_denial_verb() -> None:
    # no accusation told before; a third side's denial; "rejected holding talks" refuses, it denies nothing
    assert not any(e[0] == 1 and e[3].startswith("12") for e in _coded(
        "Ghana praised Togo on Monday. Lome routinely denies giving refuge to the smugglers."))
    assert not any(e[0] == 1 and e[3].startswith("12") for e in _coded(
        "Ghana accused Togo of sheltering smugglers on Monday. Benin denied giving refuge to the smugglers."))
    assert not any(e[0] == 1 and e[2] == "GHA" and e[3] == "120" for e in _coded(
        "Ghana accused Togo of sheltering smugglers on Monday. Lome rejected holding talks with the smugglers."))
