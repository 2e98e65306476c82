"""The packaged vocabulary and rules for CAMEO 01x public statements (coded untyped): feelings and views expressed,
declining to comment, considering an option, claiming or denying responsibility, symbolic acts. Each must-fire case
has a must-not-fire case beside it. Sentences written for these tests."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.marking import coded_events

pytestmark = pytest.mark.model

ACTORS = {"Kenya": "KEN", "Uganda": "UGA", "Ruto": "KENGOV", "Museveni": "UGAGOV", "Peru": "PER", "Chile": "CHL",
          "Japan": "JPN", "Sudan": "SDN", "Al-Shabaab": "SOMREB", "Somalia": "SOM",
          "Kenyan troops": "KENMIL"}

Coded = list[tuple[str, str | None, str, str]]


def coded(nlp: Language, text: str) -> Coded:
    """(source, target, CAMEO code, modality) of the events coded in ``text``."""
    return [(e.source.code, e.target.code if e.target else None, e.cameo, e.modality)
            for e in coded_events(nlp, text, ACTORS)]


def codes(nlp: Language, text: str) -> set[str]:
    return {c for _, _, c, _ in coded(nlp, text)}


def test_events_statement_vocab_condolences_to_an_actor(nlp: Language) -> None:
    assert ("KEN", "UGA", "018", "asserted") in coded(nlp, "Kenya expressed condolences to Uganda over the floods.")
    assert ("KENGOV", "UGAGOV", "018", "asserted") in coded(
        nlp, "Ruto sent a condolence message to Museveni after the crash.")
    assert "018" not in codes(nlp, "Ruto sent a message to Museveni after the crash.")


def test_events_statement_vocab_concern_without_a_party_is_a_comment(nlp: Language) -> None:
    assert ("KEN", None, "012", "asserted") in coded(nlp, "Kenya expressed deep concern about the violence there.")
    assert ("KEN", None, "012", "asserted") in coded(nlp, "Kenya is deeply concerned about the violence there.")
    # with a party to criticise, the typed sense (111) stays
    got = coded(nlp, "Kenya expressed concern about Uganda's troop movements.")
    assert ("KEN", "UGA", "111", "asserted") in got and "012" not in {c for _, _, c, _ in got}
    assert ("KEN", None, "013", "asserted") in coded(nlp, "Kenya voiced optimism about the talks.")


def test_events_statement_vocab_outlook_after_a_copula(nlp: Language) -> None:
    assert ("PER", None, "012", "asserted") in coded(nlp, "Peru said it is skeptical of the new plan.")
    assert ("KEN", None, "013", "asserted") in coded(nlp, "Kenya remains optimistic about the talks.")
    assert coded(nlp, "The weather is optimistic this week.") == []
    assert coded(nlp, "Analysts are skeptical of the plan.") == []
    assert ("KEN", None, "013", "negated") in coded(nlp, "Kenya is not optimistic about the talks.")


def test_events_statement_vocab_declining_to_comment(nlp: Language) -> None:
    assert ("KEN", None, "011", "asserted") in coded(nlp, "Kenya declined to comment on the report.")
    assert "011" not in codes(nlp, "Kenya declined to join the talks with Uganda.")


def test_events_statement_vocab_a_comment_withheld_by_choice_is_declined(nlp: Language) -> None:
    assert ("KEN", None, "011", "asserted") in coded(nlp, "Kenya refrained from commenting on the election.")
    assert ("KEN", None, "011", "asserted") in coded(nlp, "Kenya does not comment on security matters.")
    assert ("KEN", None, "011", "asserted") in coded(nlp, "Kenya would not comment on the report.")
    # a past negation only says no comment came (perhaps none was asked): the comment negated, no refusal
    assert ("KEN", None, "010", "negated") in coded(nlp, "Kenya did not comment on the report.")
    assert "011" not in codes(nlp, "Kenya did not comment on the report.")
    # held back by someone else: no choice of the one held back
    assert "011" not in codes(nlp, "Uganda prevented Kenya from commenting on the deal.")


def test_events_statement_vocab_a_mind_read_by_another_is_no_statement(nlp: Language) -> None:
    assert "013" not in codes(nlp, "An expert thinks Kenya could escalate or stay calm, hoping that Ruto will talk.")
    assert "012" not in codes(nlp, "Officials believe Kenya is worried about the drought.")
    # the party's own belief, and a report of its words, stay statements of the party
    assert ("KEN", None, "013", "asserted") in coded(nlp, "Kenya believes it is optimistic about the talks.")
    assert ("KEN", None, "013", "alleged") in coded(nlp, "Uganda said Kenya hopes to join the talks.")


def test_events_statement_vocab_advice_to_consider_is_no_deliberation(nlp: Language) -> None:
    assert "014" not in codes(nlp, "Peru said the rebels should consider changing their name.")
    assert "014" not in codes(nlp, "\"They should consider changing their name,\" Peru said.")
    assert ("JPN", None, "014", "asserted") in coded(nlp, "Japan is considering changing its policy.")


def test_events_statement_vocab_considering_an_option(nlp: Language) -> None:
    got = coded(nlp, "Japan is considering sending aid to Peru.")
    assert ("JPN", None, "014", "asserted") in got
    assert any(t == "PER" for _, t, _, _ in got)  # the aid considered is still coded as it was
    assert ("KEN", None, "014", "asserted") in coded(nlp, "Kenya is considering the possibility of joining the talks.")
    # considering a thing is no option of this kind: what the noun codes is left alone
    assert "014" not in codes(nlp, "Japan is considering sanctions against Peru.")
    threatened = coded(nlp, "Japan is considering imposing sanctions on Peru.")
    assert any(t == "PER" and c.startswith("13") for _, t, c, _ in threatened)


def test_events_statement_vocab_claiming_responsibility(nlp: Language) -> None:
    assert ("SOMREB", None, "015", "asserted") in coded(
        nlp, "Al-Shabaab claimed responsibility for the bombing in the capital.")
    assert "015" not in codes(nlp, "Al-Shabaab claimed the town after a week of fighting.")
    denied = coded(nlp, "Al-Shabaab did not claim responsibility for the bombing.")
    assert all(m == "negated" for _, _, c, m in denied if c == "015")


def test_events_statement_vocab_denying_accusations(nlp: Language) -> None:
    assert ("SDN", None, "016", "asserted") in coded(nlp, "Sudan rejected accusations that it armed the rebels.")
    assert ("SDN", None, "016", "asserted") in coded(nlp, "Sudan denied the allegations.")
    assert "016" not in codes(nlp, "Sudan denied entry to Kenya's envoy.")
    assert "016" not in codes(nlp, "Sudan rejected the plan.")


def test_events_statement_vocab_symbolic_acts(nlp: Language) -> None:
    assert ("KENGOV", None, "017", "asserted") in coded(
        nlp, "Ruto attended a ceremony marking the anniversary of independence.")
    assert ("KENGOV", None, "017", "asserted") in coded(nlp, "Ruto laid a wreath at the memorial for the victims.")
    assert "017" not in codes(nlp, "Ruto laid the foundation stone of a new hospital.")
    assert "017" not in codes(nlp, "Ruto attended the summit in Uganda.")


def test_events_statement_vocab_hope_is_optimism(nlp: Language) -> None:
    assert ("UGAGOV", None, "013", "asserted") in coded(nlp, "Museveni said he hopes Kenya will reopen the border.")
    assert "013" not in codes(nlp, "Museveni said Kenya will reopen the border.")


def test_events_statement_vocab_claiming_ones_own_attack(nlp: Language) -> None:
    got = coded(nlp, "Al-Shabaab claimed that they had attacked Kenyan troops near the border.")
    assert ("SOMREB", "KENMIL", "015", "asserted") in got
    assert any(c.startswith("19") for _, _, c, _ in got)  # the attack itself is still coded
    # another's act claimed is an allegation, not a claim of responsibility
    assert "015" not in codes(nlp, "Kenya claimed that Uganda had attacked Kenyan troops near the border.")


def test_events_statement_vocab_exploring_an_option_is_no_investigation(nlp: Language) -> None:
    got = coded(nlp, "Peru is exploring the possibility of buying gas from Chile.")
    assert any(c == "014" for _, _, c, _ in got) and not any(c == "090" for _, _, c, _ in got)


def test_events_statement_vocab_a_denial_about_ones_own_country_has_no_target(nlp: Language) -> None:
    assert ("SDN", None, "016", "asserted") in coded(nlp, "Sudan rejected accusations of abuses in Sudan.")


def test_events_statement_vocab_a_statement_takes_no_target_from_its_topic(nlp: Language) -> None:
    # the actor inside what is hoped for is the topic, not the one the hope is addressed to
    got = coded(nlp, "Kenya hopes to avoid a court case with Uganda.")
    assert ("KEN", None, "013", "asserted") in got and not any(c == "013" and t for _, t, c, _ in got)
    # an addressee in the statement's own slot stays
    assert ("KEN", "UGA", "018", "asserted") in coded(nlp, "Kenya conveyed its condolences to Uganda.")
