"""Speakers introduced by office before a quotation and named by a bare name at its close
(actors/introduced_speakers.py), alone and in the pipeline."""

from __future__ import annotations

import datetime as dt

import pytest

from bilateral.actors.introduced_speakers import introducer, opens_at_end
from bilateral.models import Actor, Document


def _actor(code: str, sector: str | None, kind: str) -> Actor:
    return Actor(code=code, name=code, country=code[:3], sector=sector, kind=kind, text=code)


def test_actors_introduced_speakers_a_sentence_ending_with_an_opening_mark_opens_the_next() -> None:
    assert opens_at_end("A spokesman for the minister dismissed the charges. “")
    assert opens_at_end('A spokesman for the minister dismissed the charges. "')
    assert not opens_at_end("A spokesman for the minister dismissed the charges.")
    assert not opens_at_end('“The charges are false,” the spokesman said.')
    assert not opens_at_end('The charges are "false"')  # a closing mark ends a quoted word


def test_actors_introduced_speakers_only_one_person_of_a_side_introduces() -> None:
    spokesman = _actor("KENGOV", "GOV", "person")
    assert introducer((spokesman,)) == spokesman
    assert introducer((_actor("KEN", None, "person"),)) is None  # a private person or an analyst
    assert introducer((_actor("KENGOV", "GOV", "state"),)) is None  # "Kenya dismissed the charges"
    assert introducer((spokesman, _actor("UGAGOV", "GOV", "person"))) is None  # two speakers: whose is it?
    assert introducer(()) is None


def _coded(text: str) -> set[tuple[int, str | None, str | None, str]]:
    from bilateral.pipeline import code_documents, load_resources
    from bilateral.settings import Settings

    [done] = code_documents([Document("d", text, published=dt.date(2023, 5, 10))], load_resources(Settings()))
    return {(e.sentence_index, e.source.code, e.target.country if e.target else None, str(e.cameo))
            for e in done.events}


_INTRO = "A spokesman for Kenyan President William Ruto dismissed the complaint on Tuesday. "


@pytest.mark.model
def test_actors_introduced_speakers_the_bare_name_at_the_close_is_the_introduced_speaker() -> None:
    got = _coded(_INTRO + "“Uganda must pull its soldiers back from the Lake Victoria islands,” Ali Mwangi told "
                          "journalists in Mombasa.")
    assert any(e[0] == 1 and e[1] == "KENGOV" and e[2] == "UGA" and e[3].startswith("10") for e in got)


@pytest.mark.model
def test_actors_introduced_speakers_not_a_quotation_opened_in_its_own_sentence() -> None:
    got = _coded(_INTRO + "Farmers near the border were angry. “Uganda must pull its soldiers back from the Lake "
                          "Victoria islands,” Ali Mwangi told journalists in Mombasa.")
    assert not any(e[1] == "KENGOV" and e[2] == "UGA" for e in got)


@pytest.mark.model
def test_actors_introduced_speakers_not_a_name_described_as_someone_else() -> None:
    got = _coded(_INTRO + "“Uganda must pull its soldiers back from the Lake Victoria islands,” Ali Mwangi, a "
                          "fisherman from Kisumu, told journalists.")
    assert not any(e[0] == 1 and e[1] == "KENGOV" for e in got)


@pytest.mark.model
def test_actors_introduced_speakers_not_after_an_analyst() -> None:
    got = _coded("A Nairobi political analyst questioned the complaint on Tuesday. “Uganda must pull its soldiers "
                 "back from the Lake Victoria islands,” Ali Mwangi told journalists in Mombasa.")
    assert not any(e[0] == 1 and e[1] is not None and e[1].startswith("KEN") for e in got)
