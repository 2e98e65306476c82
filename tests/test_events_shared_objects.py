"""A verb with no object of its own shares the object of the verb a conjunction joins it to, for its sense as for
its target (roles.shared_object, read by matching._object_nouns): "imposed and later lifted sanctions on Y" is a
sanction laid (163) and one lifted (085); the parser may hang the two gerunds apart ("by first imposing and then
delaying a levy", roles._parallel_member). Must-not cases: a verb with an object of its own ("imposed quotas and
then lifted sanctions"), a comma and a second "by" between the two ("by imposing quotas, then by suspending ..."),
another subject between ("Brazil imposed and Chile lifted ..."). Sentences written for these tests, coded through
the pipeline."""

from __future__ import annotations

import datetime as dt

import pytest

from bilateral.models import Document

pytestmark = pytest.mark.model

_Row = tuple[str | None, str | None, str]


def _coded(text: str) -> set[_Row]:
    from bilateral.pipeline import code_documents, load_resources
    from bilateral.settings import Settings

    [done] = code_documents([Document("d", text, published=dt.date(2024, 9, 12))], load_resources(Settings()))
    return {(e.source.country, e.target.country if e.target else None, e.cameo) for e in done.events}


def test_events_shared_objects_a_coordinated_verb_takes_the_later_verbs_object_as_its_sense() -> None:
    assert _coded("Brazil imposed and later lifted sanctions on Peru.") >= {("BRA", "PER", "163"),
                                                                            ("BRA", "PER", "085")}


def test_events_shared_objects_gerunds_hung_apart_share_the_object() -> None:
    got = _coded("Brazil opened the quarrel with Chile by first imposing and then delaying a 15% levy on "
                 "Chilean copper.")
    assert got >= {("BRA", "CHL", "163"), ("BRA", "CHL", "085")}


def test_events_shared_objects_not_for_a_verb_with_its_own_object() -> None:
    assert ("BRA", "PER", "163") not in _coded("Brazil imposed quotas and then lifted sanctions on Peru.")


def test_events_shared_objects_not_across_a_second_preposition() -> None:
    got = _coded("Brazil angered Chile by imposing quotas, then by suspending a 15% levy on Chilean copper.")
    assert ("BRA", "CHL", "163") not in got


def test_events_shared_objects_not_across_another_subject() -> None:
    got = _coded("Brazil imposed and Chile later lifted sanctions on Peru.")
    assert ("BRA", "PER", "163") not in got
