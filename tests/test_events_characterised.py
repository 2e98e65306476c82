"""What a characterising verb calls its object when the parser misreads the predicate (characterised.characterised,
quoted_predicates.quoted_predicate, used by speech.characterisation), coded through the pipeline on sentences
written for these tests."""

from __future__ import annotations

from typing import Any

import pytest

from tests.marking import coded_triples
from tests.marking import pipeline_coded as _coded

pytestmark = pytest.mark.model


def _codes(text: str) -> set[tuple[str, str | None, str]]:
    """(source code, target code, CAMEO code) of every event the whole pipeline codes in a text."""
    import datetime as dt

    from bilateral.models import Document
    from bilateral.pipeline import code_documents, load_resources
    from bilateral.settings import Settings

    [done] = code_documents([Document("d", text, published=dt.date(2024, 3, 6))], load_resources(Settings()))
    return {(e.source.code, e.target.code if e.target else None, str(e.cameo)) for e in done.events}


def test_events_characterised_as_read_as_the_adverb_of_an_adjective_clause() -> None:
    # "described X as deeply unjust": "as" parsed as the adverb of "unjust", a clause of the verb
    got = _coded("Uganda's president described Kenya's closure of the border as deeply unjust.")
    assert ("UGA", "KEN", "ACCUSE", "asserted") in got
    # must not: an approving word, a thing no actor owns
    for text in ("Uganda's president described Kenya's closure of the border as deeply welcome.",
                 "Uganda's president described the weather as deeply unjust."):
        assert not any(t == "ACCUSE" for _, _, t, _ in _coded(text)), text


def test_events_characterised_an_object_read_as_a_first_predicate() -> None:
    # "called the EU move to tax X 'disappointing'": the object and the predicate both parsed as predicates
    got = _codes('The Ugandan president called the EU move to tax Ugandan coffee "deeply disappointing".')
    assert ("UGAGOV", "IGOEU", "111") in got
    got = _codes('The Ugandan president called the EU move to tax Ugandan coffee "a welcome step".')
    assert not any(c.startswith("11") for _, _, c in got)


def test_events_characterised_a_quoted_adjective_hung_on_the_objects_noun() -> None:
    # "called the EU decision to tax X 'unfair'": the adjective hung on the taxed noun; a criticism, not an appeal
    got = _codes('The Ugandan president called the EU decision to tax Ugandan coffee "unfair and harmful".')
    assert ("UGAGOV", "IGOEU", "111") in got
    assert not any(c.startswith("02") for _, _, c in got)
    # must not: an unquoted adjective before its noun is the noun's own ("called on the EU to tax unfair imports")
    got = _coded("The Ugandan president called on the EU to tax unfair imports from Kenya.")
    assert not any(t == "ACCUSE" for _, _, t, _ in got)


def test_events_characterised_evaluative_words_of_rule_and_law() -> None:
    got = _coded("The Ugandan government called Kenya's new law undemocratic.")
    assert ("UGA", "KEN", "ACCUSE", "asserted") in got
    got = _coded("The Ugandan opposition described Kenya's new charter as discriminatory.")
    assert any(s == "UGA" and o == "KEN" and t == "ACCUSE" for s, o, t, _ in got)
    # must not: a negated verdict
    got = _coded("Uganda's president said Kenya's new charter was not discriminatory.")
    assert not any(t == "ACCUSE" for _, _, t, _ in got)


def test_events_characterised_it_on_a_participle_is_the_main_clauses_thing() -> None:
    # "turned down X's proposal, calling it one-sided": "it" is the proposal, the main clause's subject calls it so
    got = _coded("Peru turned down Chile's proposal for a joint fishing zone on Monday, calling it one-sided "
                 "and unfair.")
    assert ("PER", "CHL", "ACCUSE", "asserted") in got
    got = _coded("Peru welcomed Chile's offer of flood relief, describing it as excellent.")
    assert ("PER", "CHL", "SUPPORT", "asserted") in got
    # must not: a thing nobody owns, a partner's deal (the deal is "it", the partner owns nothing), a neutral word
    for text in ("Peru turned down the proposal for a joint fishing zone on Monday, calling it unfair.",
                 "Peru signed a fishing accord with Chile on Monday, calling it a disaster for the fleet.",
                 "Peru turned down Chile's proposal on Monday, calling it premature."):
        assert not any(t == "ACCUSE" for _, _, t, _ in _coded(text)), text


def test_events_characterised_a_relative_that_stands_for_the_main_clause() -> None:
    # ", which Z described as ...": "which" hung on the main verb (or on its time phrase, as the parser may) is
    # the main clause's act, judged on its doer
    got = _codes("Ghana donated grain to Togo in April, which Togo's president described as a gesture of "
                 "friendship.")
    assert ("TGOGOV", "GHA", "051") in got
    got = _codes("Ghana donated grain to Togo in April, which Togo's president described as a disaster.")
    assert ("TGOGOV", "GHA", "111") in got
    # must not: a verdict with no judging word, a relative hung on a noun (it stands for that noun)
    got = _codes("Ghana donated grain to Togo in April, which Togo's president described as a routine step.")
    assert not any(c.startswith(("05", "11")) for _, _, c in got)
    got = _codes("Ghana sent trucks to the northern border, which Togo's president called a long road.")
    assert not any(c.startswith(("05", "11")) for _, _, c in got)


@pytest.mark.parametrize(("text", "want"), [
    ('"We consider the withdrawal of troops by Bolivia and other nations a good step," the Chilean president said.',
     ("CHL", "BOL", "SUPPORT", "asserted")),
    ("The Chilean president said he considers the pullout of Bolivian troops a positive step.",
     ("CHL", "BOL", "SUPPORT", "asserted")),
    ("The Chilean president said on Monday that he regards Bolivia's new fishing quota as reckless.",
     ("CHL", "BOL", "ACCUSE", "asserted")),
])
def test_events_characterised_verbs_of_judging_characterise_their_object(text: str, want: tuple[str, ...]) -> None:
    # "consider X a good step", "regard X as reckless"; "consider X a step" parsed with X as the
    # subject of "step", and the doer of "the withdrawal of troops by X" its "by" phrase, not its "of" object
    assert want in _coded(text)


@pytest.mark.parametrize("text", [
    "The Chilean president said on Monday that he is considering sanctions against Bolivia.",  # deliberation
    "The Chilean president said on Monday that he considers the weather along the coast good.",  # no party
    "The Chilean president said on Monday that he considers Bolivia's new fishing quota a threat to good relations.",
    "The Chilean president said on Monday that he considers Bolivia's new fishing quota a large step.",  # neutral
])
def test_events_characterised_verbs_of_judging_must_not_fire(text: str) -> None:
    assert not any(t in ("SUPPORT", "ACCUSE") for _, _, t, _ in _coded(text)), text


def test_events_characterised_a_negated_judgement_is_not_asserted() -> None:
    got = _coded("The Chilean president said on Monday that he does not consider the withdrawal of troops by Bolivia "
                 "a good step.")
    assert not any(t == "SUPPORT" and m == "asserted" for _, _, t, m in got)


def test_events_characterised_the_unnamed_rest_of_a_list_is_no_party(nlp: Any) -> None:
    # "by X and other countries": the judged act is X's; the others are not named (actors marked by hand, as a
    # story's context may resolve "countries")
    text = '"We consider the pullback of soldiers by Bolivia and other Andean countries a good move," the Chilean ' \
        "president said."
    got = coded_triples(nlp, text, {"Bolivia": "BOLGOV", "countries": "---GOV", "Chilean president": "CHLGOV"}, "05")
    assert ("CHLGOV", "BOLGOV", "051") in got
    assert not any((t or "").startswith("---") for _, t, _ in got)


def test_events_characterised_an_as_phrase_hung_on_the_object() -> None:
    # "described the X plan as 'a disaster for Y'": the parser hangs "as" on the object; the verdict is on X, and
    # the actor named inside what is said of the plan (Y, whom the disaster befalls) owns nothing
    got = _codes('Zambia\'s foreign minister described the Malawian plan as "a strategic disaster for Zambia" that '
                 'amounted to "a shameful betrayal of the Zambian people."')
    assert ("ZMBGOV", "MWI", "111") in got
    assert not any(o == "ZMB" for _, o, _ in got)
    # must not: an approving verdict, or a role named with "as" and no verdict
    for text in ('Zambia\'s foreign minister described the Malawian plan as "a historic opportunity for Zambia."',
                 "Zambia's foreign minister described Malawi's role as mediator in the talks."):
        assert not any(c.startswith("11") for _, _, c in _codes(text)), text


def test_events_characterised_calling_a_country_a_high_tariff_nation() -> None:
    # calling a state a tariffing or protectionist country disapproves of it (frames.json disapproving_words)
    got = _codes('The Malawian president called Zambia "a heavy tariffing country that hurts its neighbours."')
    assert ("MWIGOV", "ZMB", "111") in got
    # must not: a neutral description of a trading nation
    got = _codes('The Malawian president called Zambia "a large trading country that serves its neighbours."')
    assert not any(c.startswith("11") for _, _, c in got)


def test_events_characterised_it_on_a_participle_after_an_infinitive_act() -> None:
    # "moved to reject X's charter, calling it ...": the participle hung on "moved" or "was", the act in the
    # infinitive, whose object "it" stands for
    for text in ("Peru moved to reject Chile's new charter on Monday, calling it discriminatory.",
                 "Peru was quick to reject Chile's new charter, calling it discriminatory."):
        assert ("PER", "CHL", "ACCUSE", "asserted") in _coded(text), text
    # a common noun that stands for its owner's state ("Chile's constitution") is still the thing called so
    got = _codes("Peru rejected Chile's constitution on Monday, calling it illegitimate.")
    assert ("PER", "CHLGOV", "111") in got
    # must not: a neutral word, an infinitive with no object, a thing nobody owns
    for text in ("Peru moved to reject Chile's new charter on Monday, calling it premature.",
                 "Peru was eager to talk on Monday, calling it unfair.",
                 "Peru moved to reject the new charter on Monday, calling it discriminatory."):
        assert not any(t == "ACCUSE" for _, _, t, _ in _coded(text)), text
