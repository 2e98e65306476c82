"""Acts said in a quotation going on over several sentences (events/running_quotes.py): the speaker named in an
earlier sentence says the main clause of a later one, as if "X said" stood before it."""

from __future__ import annotations

import datetime as dt

import pytest

from bilateral.models import Document

Coded = set[tuple[int, str | None, str | None, str, str]]


def _coded(text: str) -> Coded:
    from bilateral.pipeline import code_documents, load_resources
    from bilateral.settings import Settings

    [done] = code_documents([Document("d", text, published=dt.date(2024, 5, 14))], load_resources(Settings()))
    return {(e.sentence_index, e.source.code, e.target.code if e.target else None, e.cameo, e.modality)
            for e in done.events}


def _in(got: Coded, index: int) -> Coded:
    return {e for e in got if e[0] == index}


_OPENING = '"We have waited long enough," Chilean Foreign Minister Ana Rojas told reporters on Monday. '


@pytest.mark.model
def test_events_running_quotes_a_must_clause_is_the_speakers_demand() -> None:
    got = _in(_coded(_OPENING + '"The Peruvian government must release the fishermen it seized last week."'), 1)
    assert any(e[1] == "CHLGOV" and e[2] == "PERGOV" and e[3].startswith("10") for e in got), got


@pytest.mark.model
def test_events_running_quotes_a_copula_verdict_criticises_the_owner() -> None:
    got = _in(_coded(_OPENING + '"Bolivia\'s blockade of our ports is illegal and reckless."'), 1)
    assert any(e[1] == "CHLGOV" and (e[2] or "").startswith("BOL") and e[3] == "111" for e in got), got


@pytest.mark.model
def test_events_running_quotes_not_when_the_speaker_is_no_actor() -> None:
    got = _coded('"We have waited long enough," a fisherman from the port told reporters on Monday. '
                 '"The Peruvian government must release the fishermen it seized last week."')
    assert not any(e[0] == 1 and e[3].startswith("10") for e in got), got


@pytest.mark.model
def test_events_running_quotes_not_after_the_quotation_closes() -> None:
    got = _coded(_OPENING + 'The Peruvian government must release the fishermen, some lawmakers believe.')
    assert not any(e[0] == 1 and e[1] == "CHLGOV" for e in got), got


@pytest.mark.model
def test_events_running_quotes_a_new_quotation_is_its_own_speakers() -> None:
    got = _coded(_OPENING + '"The Bolivian blockade is illegal," Peruvian Foreign Minister Luis Soto said.')
    assert not any(e[0] == 1 and e[1] == "CHLGOV" for e in got), got


@pytest.mark.model
def test_events_running_quotes_not_a_demand_on_the_speakers_own_side() -> None:
    got = _coded(_OPENING + '"Chile must defend its fishermen at sea."')
    assert not any(e[0] == 1 and e[3].startswith("10") for e in got), got


@pytest.mark.model
def test_events_running_quotes_not_a_negated_demand() -> None:
    got = _coded(_OPENING + '"The Peruvian government must not release the fishermen yet."')
    assert not any(e[0] == 1 and e[1] == "CHLGOV" and e[3].startswith("10") for e in got), got


@pytest.mark.model
def test_events_running_quotes_the_victims_detention_does_not_target_the_victim() -> None:
    got = _in(_coded(_OPENING + '"The detention of Bolivian fishermen by Peru is unjust."'), 1)
    assert any(e[1] == "CHLGOV" and (e[2] or "").startswith("PER") and e[3] == "111" for e in got), got
    assert not any(e[1] == "CHLGOV" and (e[2] or "").startswith("BOL") for e in got), got


@pytest.mark.model
def test_events_running_quotes_no_verdict_in_a_plain_adjective() -> None:
    got = _in(_coded(_OPENING + '"Illegal aliens from Bolivia keep crossing into the north of the country."'), 1)
    assert not any(e[1] == "CHLGOV" and e[3] == "111" for e in got), got


@pytest.mark.model
def test_events_running_quotes_a_pronoun_attribution_keeps_the_speaker() -> None:
    got = _in(_coded(_OPENING + '"Nobody should be held," she added. "The Peruvian government must free them."'), 2)
    assert any(e[1] == "CHLGOV" and e[2] == "PERGOV" and e[3].startswith("10") for e in got), got
    got = _in(_coded(_OPENING + '"Nobody should be held," a lawyer added. "The Peruvian government must free them."'),
              2)
    assert not any(e[1] == "CHLGOV" for e in got), got
