"""An earlier act retold in an agentless passive on the same thing (events/retold_acts.py), through the pipeline."""

from __future__ import annotations

import datetime as dt

import pytest

from bilateral.models import Document

pytestmark = pytest.mark.model


def _coded(text: str) -> set[tuple[int, str | None, str | None, str | None]]:
    from bilateral.pipeline import code_documents, load_resources
    from bilateral.settings import Settings

    [done] = code_documents([Document("d", text, published=dt.date(2024, 3, 6))], load_resources(Settings()))
    return {(e.sentence_index, e.source.code, e.target.code if e.target else None, e.cameo) for e in done.events}


_SEIZED = "Iran seized a British tanker in the Gulf on Friday. "


def test_events_retold_acts_the_thing_seized_again_in_the_passive() -> None:
    got = _coded(_SEIZED + "British officials said the tanker was seized in Omani waters.")
    assert (1, "IRN", "GBR", "1711") in got


def test_events_retold_acts_nothing_for_a_hedged_act() -> None:
    got = _coded(_SEIZED + "British officials said the tanker could be seized again.")
    assert not any(e[0] == 1 and e[3] == "1711" for e in got)


def test_events_retold_acts_nothing_for_another_noun() -> None:
    got = _coded(_SEIZED + "British officials said the ship was seized in Omani waters.")
    assert not any(e[0] == 1 and e[3] == "1711" for e in got)


def test_events_retold_acts_nothing_when_two_pairs_did_it() -> None:
    got = _coded(_SEIZED + "Yemen seized a Saudi tanker on Monday. "
                 "British officials said the tanker was seized in Omani waters.")
    assert not any(e[0] == 2 and e[3] == "1711" for e in got)


def test_events_retold_acts_a_sentence_naming_no_actor_is_kept_for_it() -> None:
    got = _coded(_SEIZED + "The tanker was seized in Omani waters, a witness said.")
    assert (1, "IRN", "GBR", "1711") in got
