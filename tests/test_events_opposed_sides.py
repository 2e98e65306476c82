"""A denial of aiding a group named by whom it fights, aimed at that side (events/opposed_sides.py)."""

from __future__ import annotations

import datetime as dt

import pytest

from bilateral.models import Document

pytestmark = pytest.mark.model


def _coded(text: str) -> set[tuple[int, str | None, str | None, str, str]]:
    from bilateral.pipeline import code_documents, load_resources
    from bilateral.settings import Settings

    [done] = code_documents([Document("d", text, published=dt.date(2021, 5, 4))], load_resources(Settings()))
    return {(e.sentence_index, e.source.code, e.target.code if e.target else None, e.cameo, e.modality)
            for e in done.events}


def _rejections(text: str) -> set[tuple[int, str | None, str | None, str, str]]:
    return {e for e in _coded(text) if e[0] == 1 and e[3].startswith("12")}


def test_events_opposed_sides_a_denied_aid_to_anti_x_fighters_answers_x() -> None:
    got = _rejections("Ghana has blamed a string of raids on gunmen hiding across the eastern border. "
                      "Togolese officials regularly deny offering refuge to anti-Ghana gunmen.")
    assert got == {(1, "TGOGOV", "GHAGOV", "120", "asserted")}


def test_events_opposed_sides_not_the_side_the_group_is_for() -> None:
    assert not _rejections("Ghana has blamed a string of raids on gunmen hiding across the eastern border. "
                           "Togolese officials regularly deny offering refuge to pro-Ghana gunmen.")


def test_events_opposed_sides_not_a_refusal_nor_the_deniers_own_side() -> None:
    # "rejected holding talks" refuses, it denies no deed
    assert not any(e[2] == "GHAGOV" for e in _rejections(
        "Ghana has blamed a string of raids on gunmen hiding across the eastern border. "
        "Togolese officials rejected holding talks with anti-Ghana gunmen."))
    # the side the group fights is the denier's own: no one accused is named
    assert not any(e[2] == "GHAGOV" for e in _rejections(
        "Ghana has blamed a string of raids on gunmen hiding across the eastern border. "
        "Ghanaian officials regularly deny offering refuge to anti-Ghana gunmen."))


def test_events_opposed_sides_needs_the_side_named_in_the_story() -> None:
    assert not any(e[2] == "GHAGOV" for e in _rejections(
        "Benin praised Niger for its help on Monday. "
        "Togolese officials regularly deny offering refuge to anti-Ghana gunmen."))
