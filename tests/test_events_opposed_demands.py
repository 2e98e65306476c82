"""Two sides' possessed calls or demands told side by side are each addressed to the other side
(events/opposed_demands.py), and the verb both are subjects of ("did not mesh") says how the positions meet, not
whether they were taken (events/nominal_clause.py). Must not: a lone demand with no addressee, two demands of one
side, a demand by an unnamed side, a phone call. Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from bilateral.models import Document

pytestmark = pytest.mark.model


def _requests(text: str) -> set[tuple[str | None, str | None, str]]:
    from bilateral.pipeline import code_documents, load_resources
    from bilateral.settings import Settings

    [done] = code_documents([Document("d", text, published=dt.date(2024, 3, 6))], load_resources(Settings()))
    return {(e.source.code, e.target.code if e.target else None, e.modality)
            for e in done.events if e.event_type == "REQUEST"}


@pytest.mark.parametrize(("text", "first", "second"), [
    ("The envoy said Seoul's call for a freeze and Tokyo's demand for compensation did not mesh.",
     "KORGOV", "JPNGOV"),
    ("The summit stalled over Moscow's demand for guarantees and Kyiv's call for a full withdrawal.",
     "RUSGOV", "UKRGOV"),
])
def test_events_opposed_demands_address_each_other(text: str, first: str, second: str) -> None:
    assert _requests(text) == {(first, second, "asserted"), (second, first, "asserted")}


@pytest.mark.parametrize("text", [
    "Tehran's demand for the lifting of sanctions was repeated on Monday.",
    "Tehran's demand for the lifting of sanctions and its call for talks were repeated on Monday.",
    "The demand for relief and Washington's call for limits on enrichment did not mesh.",
    "The call ended quickly and Tokyo's demand for compensation was ignored.",
])
def test_events_opposed_demands_need_two_named_sides(text: str) -> None:
    assert _requests(text) == set()
