"""Supplying another with arms is military aid (CAMEO 072, lexicon/triggers.tsv): "sent/supplied/provided/shipped
shells, rockets, missiles, munitions to X" is the supplier's 072 to X. Firing them at another is an attack, and a
buyer's purchase is no aid of the buyer. Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from bilateral.models import Document

pytestmark = pytest.mark.model


def _coded(text: str) -> set[tuple[str | None, str | None, str]]:
    from bilateral.pipeline import code_documents, load_resources
    from bilateral.settings import Settings

    [done] = code_documents([Document("d", text, published=dt.date(2023, 10, 11))], load_resources(Settings()))
    return {(e.source.code, e.target.code if e.target else None, e.cameo) for e in done.events}


@pytest.mark.parametrize("text,want", [
    ("Peru supplied rockets to the Bolivian army last year.", ("PER", "BOLMIL")),
    ("Peru sent artillery shells to Bolivia in May.", ("PER", "BOL")),
])
def test_arms_aid_supplier_aids_the_recipient(text: str, want: tuple[str, str]) -> None:
    assert (*want, "072") in _coded(text)


@pytest.mark.parametrize("text", [
    "The Bolivian army fired rockets at Peru in May.",
    "Bolivia bought artillery shells from Peru.",
])
def test_arms_aid_not_an_attack_nor_a_purchase(text: str) -> None:
    assert not any(c == "072" for _, _, c in _coded(text))
