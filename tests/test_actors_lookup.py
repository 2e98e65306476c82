"""resolve_text: one name or phrase coded for a day, with an optional context sentence."""

from __future__ import annotations

import datetime as dt

import pytest

from bilateral.actors import KnowledgeBase
from bilateral.actors.lookup import resolve_text
from bilateral.errors import InputError
from bilateral.settings import Settings

KAGAME = "President Paul Kagame met the envoy on Thursday."


def _code(nlp, text: str, on: dt.date | None = None, context: str | None = None) -> str | None:  # type: ignore[no-untyped-def]
    actor = resolve_text(text, KnowledgeBase.load(Settings()), nlp, on, context)
    return actor.code if actor else None


@pytest.mark.parametrize(("text", "code"), [
    ("Rwandan troops", "RWAMIL"), ("Kigali", "RWAGOV"), ("the Kremlin", "RUSGOV"), ("Rwanda", "RWA"),
    ("xyzzy", None), ("the FDA", "USAGOV"), ("Customs and Border Protection", "USACOP"),
    ("the Africa CDC", None), ("the U.S", "USA"),
])
def test_lookup_codes_countries_sectors_and_seats_of_power(nlp, text: str, code: str | None) -> None:  # type: ignore[no-untyped-def]
    assert _code(nlp, text) == code


def test_lookup_person_is_coded_for_the_day(nlp) -> None:  # type: ignore[no-untyped-def]
    kb = KnowledgeBase.load(Settings())
    in_office = resolve_text("Antony Blinken", kb, nlp, dt.date(2022, 8, 11))
    assert in_office is not None and in_office.to_dict() == {
        "text": "Antony Blinken", "name": "Antony Blinken", "code": "USAGOV", "country": "USA", "sector": "GOV",
        "kind": "person"}
    assert _code(nlp, "Antony Blinken", dt.date(2019, 1, 1)) == "USA"


def test_lookup_context_resolves_surname_and_title(nlp) -> None:  # type: ignore[no-untyped-def]
    kb = KnowledgeBase.load(Settings())
    surname = resolve_text("Kagame", kb, nlp, dt.date(2022, 8, 11), KAGAME)
    assert surname is not None and (surname.text, surname.name, surname.code) == ("Kagame", "Paul Kagame", "RWAGOV")
    assert _code(nlp, "the Rwandan leader", dt.date(2022, 8, 11), KAGAME) == "RWAGOV"


def test_lookup_context_mention_never_answers_for_the_text(nlp) -> None:  # type: ignore[no-untyped-def]
    assert _code(nlp, "xyzzy", dt.date(2022, 8, 11), KAGAME) is None


def test_lookup_picks_the_mention_covering_most_of_the_text(nlp) -> None:  # type: ignore[no-untyped-def]
    assert _code(nlp, "Kenya's army shelled positions held by Uganda") == "KENMIL"


def test_lookup_empty_text_is_an_input_error(nlp) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(InputError, match="non-empty"):
        resolve_text("  ", KnowledgeBase.load(Settings()), nlp)
