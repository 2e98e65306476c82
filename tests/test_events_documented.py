"""A body that documents or uncovers a prohibited act accuses its doers (events/documented.py, CAMEO 112): both
parties of a prohibited transfer, only the doer of an unlawful act of force. Not an act no disapproving word marks,
a negated or hedged telling, a news outlet's, nor one by the doer's own side. Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from bilateral.models import Document

pytestmark = pytest.mark.model


def _accusations(text: str) -> set[tuple[str, str | None]]:
    from bilateral.pipeline import code_documents, load_resources
    from bilateral.settings import Settings

    [done] = code_documents([Document("d", text, published=dt.date(2024, 3, 6))], load_resources(Settings()))
    return {(e.source.code, e.target.code if e.target else None) for e in done.events if e.cameo.startswith("112")}


@pytest.mark.parametrize("text,want", [
    ("A U.N. panel detailed prohibited transfers of missiles from Iran to Yemen in a report last month.",
     {("IGOUNO", "IRN"), ("IGOUNO", "YEM")}),
    ("A U.N. panel detailed prohibited transfers of equipment and missiles from Iran to Yemen.",
     {("IGOUNO", "IRN"), ("IGOUNO", "YEM")}),
    ("Human Rights Watch documented unlawful attacks by Ethiopian troops on Eritrean villages.",
     {("NGOHRW", "ETHMIL")}),
])
def test_events_documented_wrong_is_accused(text: str, want: set[tuple[str, str]]) -> None:
    assert want <= _accusations(text)


@pytest.mark.parametrize("text", [
    "A U.N. panel detailed transfers of missiles from Iran to Yemen in a report last month.",
    "A U.N. panel did not document prohibited shipments of arms from Iran to Yemen.",
    "A U.N. panel could expose prohibited shipments of arms from Iran to Yemen.",
    "Reuters uncovered illegal shipments of arms from Iran to Yemen.",
    "Iran documented illegal shipments of arms from Iran to Yemen.",
])
def test_events_documented_wrong_accuses_no_one(text: str) -> None:
    assert not {a for a in _accusations(text) if a[0] in ("IGOUNO", "IRN", "IRNGOV")}


def test_events_transfer_of_conjoined_goods_is_coded() -> None:
    """The goods a transfer noun needs may be a conjunct of its "of" object (events/nominal.py)."""
    from bilateral.pipeline import code_documents, load_resources
    from bilateral.settings import Settings

    text = "Iran made transfers of equipment and missiles to Yemen."
    [done] = code_documents([Document("d", text, published=dt.date(2024, 3, 6))], load_resources(Settings()))
    assert any(e.cameo == "072" for e in done.events)
    text = "Iran made transfers of equipment and medicine to Yemen."
    [done] = code_documents([Document("d", text, published=dt.date(2024, 3, 6))], load_resources(Settings()))
    assert not any(e.cameo == "072" for e in done.events)
