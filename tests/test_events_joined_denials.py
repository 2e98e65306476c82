"""A denial told with the denier's own criticism of the accuser (events/joined_denials.py): "officials rejected the
charges while faulting the rights groups" is a rejection aimed at the groups."""

from __future__ import annotations

import datetime as dt

import pytest

from bilateral.models import Document

pytestmark = pytest.mark.model


def _coded(text: str) -> set[tuple[int, str | None, str | None, str]]:
    from bilateral.pipeline import code_documents, load_resources
    from bilateral.settings import Settings

    [done] = code_documents([Document("d", text, published=dt.date(2022, 9, 6))], load_resources(Settings()))
    return {(e.sentence_index, e.source.country, e.target.country if e.target else None, e.cameo)
            for e in done.events}


def test_events_joined_denials_answer_whom_the_denier_criticizes() -> None:
    got = _coded("Paraguay held talks with Bolivia on trade. "
                 "Paraguay denied the claims on Friday while criticizing Bolivia's foreign minister.")
    assert (1, "PRY", "BOL", "120") in got and (1, "PRY", "BOL", "111") in got


def test_events_joined_denials_not_a_plan_a_third_party_nor_a_named_accuser() -> None:
    # must not: what is rejected is no claim; the criticism is another side's; an earlier accuser answers first
    got = _coded("Paraguay held talks with Bolivia on trade. "
                 "Paraguay rejected the plan on Friday while criticizing Bolivia's foreign minister.")
    assert not any(e[0] == 1 and e[3].startswith("12") and e[2] == "BOL" for e in got)
    got = _coded("Paraguay held talks with Bolivia on trade. "
                 "Paraguay denied the claims on Friday, and Chile criticized Bolivia's foreign minister.")
    assert not any(e[0] == 1 and e[1] == "PRY" and e[2] == "BOL" and e[3].startswith("12") for e in got)
    got = _coded("Peru accused Paraguay of hiding smugglers on Monday. "
                 "Paraguay denied the claims on Friday while criticizing Bolivia's foreign minister.")
    assert (1, "PRY", "PER", "120") in got and (1, "PRY", "BOL", "120") not in got
