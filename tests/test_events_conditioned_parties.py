"""A conditional threat also threatens the party its condition names (events/conditioned_parties.py): "if X keeps
its duty, we will impose tariffs on Y's wine" is a threat to Y and to X. Only when the doer says it itself, only for
coercive acts announced, and a party named twice is one target. Sentences written for these tests."""

from __future__ import annotations

from spacy.language import Language

from bilateral.codes import load_codes
from tests.marking import coded_events

ACTORS = {"Ghanaian president": "GHAGOV", "Ghana": "GHAGOV", "Togo": "TGOGOV", "Benin": "BENGOV"}


def threats(nlp: Language, text: str) -> set[tuple[str, str | None]]:
    """(source, target) of the threats kept for ``text``."""
    return {(e.source.code, e.target.code if e.target else None) for e in coded_events(nlp, text, ACTORS)
            if load_codes().get(e.cameo).plover == "THREATEN"}


def test_conditioned_parties_threat_aimed_at_goods_also_threatens_the_condition_subject(nlp: Language) -> None:
    assert threats(nlp, "The Ghanaian president said on Friday that if Togo keeps its duty on cocoa, he will "
                        "impose tariffs on wine from Benin.") == {("GHAGOV", "BENGOV"), ("GHAGOV", "TGOGOV")}


def test_conditioned_parties_party_named_twice_is_one_target(nlp: Language) -> None:
    assert threats(nlp, "The Ghanaian president said on Friday that if Togo keeps its duty on cocoa, he will "
                        "impose tariffs on Togo.") == {("GHAGOV", "TGOGOV")}


def test_conditioned_parties_forecast_by_others_adds_no_party(nlp: Language) -> None:
    assert ("GHAGOV", "TGOGOV") not in threats(
        nlp, "Analysts said Ghana would impose tariffs on Benin if Togo kept its duty.")


def test_conditioned_parties_act_done_adds_no_party(nlp: Language) -> None:
    assert not threats(nlp, "Ghana imposed tariffs on Benin as if Togo were the culprit.")
