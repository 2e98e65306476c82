"""A title its words put out of office ("the former Rwandan prime minister") is never the office holder the
document named: coreference.office_holder leaves it to the country pass."""

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
