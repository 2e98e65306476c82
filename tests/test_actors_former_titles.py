"""A title its words put out of office ("the former Rwandan prime minister") is never the office holder the
document named; it is the one former holder of that country's government the document named, coded by the
dated-office data for that day (in opposition: OPP; out of every office: the country alone), and with none or
several such people coreference.office_holder leaves it to the country pass."""

from __future__ import annotations

import datetime as dt

from bilateral.actors import KnowledgeBase
from bilateral.actors.lookup import resolve_text
from bilateral.settings import Settings

ON = dt.date(2022, 8, 11)
LEADER = "President Paul Kagame received the delegation in Kigali on Thursday."


def _actor_name(nlp, text: str) -> str | None:  # type: ignore[no-untyped-def]
    actor = resolve_text(text, KnowledgeBase.load(Settings()), nlp, ON, LEADER)
    return actor.name if actor else None


def test_actors_former_titles_former_minister_is_not_the_leader_named(nlp) -> None:  # type: ignore[no-untyped-def]
    assert _actor_name(nlp, "the former Rwandan prime minister") != "Paul Kagame"
    assert _actor_name(nlp, "a former Rwandan foreign minister") != "Paul Kagame"


def test_actors_former_titles_title_in_office_is_still_the_leader(nlp) -> None:  # type: ignore[no-untyped-def]
    assert _actor_name(nlp, "the Rwandan president") == "Paul Kagame"
    assert _actor_name(nlp, "the Rwandan leader") == "Paul Kagame"


def test_actors_former_titles_keep_the_country(nlp) -> None:  # type: ignore[no-untyped-def]
    actor = resolve_text("the former Rwandan prime minister", KnowledgeBase.load(Settings()), nlp, ON, LEADER)
    assert actor is not None and actor.country == "RWA"


def _former(nlp, text: str, context: str, on: dt.date):  # type: ignore[no-untyped-def]
    return resolve_text(text, KnowledgeBase.load(Settings()), nlp, on, context)


def test_actors_former_titles_former_leader_is_the_former_holder_named(nlp) -> None:  # type: ignore[no-untyped-def]
    actor = _former(nlp, "Brazil's former president", "Jair Bolsonaro spoke to farmers in Goias.",
                    dt.date(2024, 6, 3))
    assert actor is not None and actor.name == "Jair Bolsonaro" and actor.code == "BRA"


def test_actors_former_titles_former_leader_in_opposition_is_opp(nlp) -> None:  # type: ignore[no-untyped-def]
    actor = _former(nlp, "the former Spanish leader", "Carles Puigdemont gave a speech in Perpignan.",
                    dt.date(2021, 2, 9))
    assert actor is not None and actor.code == "ESPOPP"


def test_actors_former_titles_two_former_holders_name_no_one(nlp) -> None:  # type: ignore[no-untyped-def]
    actor = _former(nlp, "Brazil's former president", "Dilma Rousseff and Michel Temer met in Recife.",
                    dt.date(2024, 6, 3))
    assert actor is None or actor.person is None


def test_actors_former_titles_other_country_holder_is_not_taken(nlp) -> None:  # type: ignore[no-untyped-def]
    actor = _former(nlp, "Chile's former president", "Jair Bolsonaro spoke to farmers in Goias.",
                    dt.date(2024, 6, 3))
    assert actor is None or actor.person is None


def test_actors_former_titles_holder_still_in_office_is_not_former(nlp) -> None:  # type: ignore[no-untyped-def]
    actor = _former(nlp, "Brazil's former president", "Jair Bolsonaro spoke to farmers in Goias.",
                    dt.date(2021, 6, 3))
    assert actor is None or actor.person is None
