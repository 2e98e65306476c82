"""Event nouns that refer back to an act told earlier (events/recalled.py), coded through the pipeline."""

from __future__ import annotations

import datetime as dt

import pytest

from bilateral.models import Document

pytestmark = pytest.mark.model


def _coded(text: str) -> set[tuple[int, str | None, str | None, str, str]]:
    from bilateral.pipeline import code_documents, load_resources
    from bilateral.settings import Settings

    [done] = code_documents([Document("d", text, published=dt.date(2024, 3, 6))], load_resources(Settings()))
    return {(e.sentence_index, e.source.code, e.target.country if e.target else None, e.event_type, e.modality)
            for e in done.events}


_STORMED = "Somali militants stormed a hotel in Baidoa on Monday, killing at least six civilians. "


def test_events_recalled_a_claimed_attack_is_the_claimants_act_on_the_earlier_target() -> None:
    got = _coded(_STORMED + "The militant group al-Shabab claimed responsibility for the attack.")
    assert (1, "SOMREB", "SOM", "ASSAULT", "asserted") in got


def test_events_recalled_nothing_without_one_earlier_act_or_a_claim() -> None:
    claim = "Al-Shabab claimed responsibility for the attack."
    assert not any(e[0] == 1 for e in _coded("Somali farmers met in Baidoa on Monday. " + claim))  # no attack before
    assert not any(e[0] == 2 for e in _coded(  # two attacks on two countries: which one is unclear
        "Somali militants attacked Kenyan soldiers on Monday. Somali militants attacked Ethiopian troops on "
        "Tuesday. " + claim))
    assert not any(e[0] == 1 for e in _coded(_STORMED + "Al-Shabab did not claim responsibility for the attack."))
    assert not any(e[0] == 1 and e[3] == "ASSAULT" for e in _coded(
        _STORMED + "Al-Shabab condemned the attack."))  # condemning is no claim of the act


_REPORTED = ("Gunmen stormed a hotel in the Somali town of Jowhar on Friday, leaving three people dead and triggering "
             "a siege, according to witnesses and a Somali official. ")


def test_events_recalled_an_act_coded_under_the_threshold_is_still_the_one_claimed() -> None:
    got = _coded(_REPORTED + "The militant group al-Shabab claimed responsibility for the attack.")
    assert not any(e[0] == 0 for e in got)  # the reported storming itself stays unstored (weak)
    assert (1, "SOMREB", "SOM", "ASSAULT", "asserted") in got


def test_events_recalled_a_denied_act_is_never_the_one_claimed() -> None:
    got = _coded("Gunmen did not storm a hotel in the Somali town of Jowhar on Friday, according to a Somali "
                 "official. The militant group al-Shabab claimed responsibility for the attack.")
    assert not any(e[0] == 1 and e[3] == "ASSAULT" for e in got)
