"""People who speak or act for a party (events/represented.py): "X's lawyer", "a lawyer for X", "the attorney
representing X" take the party's actor; a lawyer of no party with an actor keeps the sieve's reading."""

from __future__ import annotations

import datetime as dt

import pytest

from bilateral.models import Document

pytestmark = pytest.mark.model

_CHARGED = "Peruvian prosecutors charged Bolivian smuggler Tomas Kvaranek with arms trafficking last month. "


def _pairs(text: str) -> set[tuple[int, str, str | None, str]]:
    from bilateral.pipeline import code_documents, load_resources
    from bilateral.settings import Settings

    [done] = code_documents([Document("d", text, published=dt.date(2023, 9, 14))], load_resources(Settings()))
    return {(e.sentence_index, e.source.code, e.target.code if e.target else None, e.cameo) for e in done.events}


def test_events_represented_a_lawyer_for_a_named_party_acts_for_it() -> None:
    got = _pairs(_CHARGED + "A lawyer for Kvaranek criticized the Peruvian government on Tuesday. "
                 "The attorney representing Kvaranek accused the Peruvian police of torture.")
    assert (1, "BOLCRM", "PERGOV", "111") in got
    assert any(e[0] == 2 and e[1] == "BOLCRM" and e[2] == "PERCOP" and e[3].startswith("11") for e in got)


def test_events_represented_the_possessor_of_a_lawyer_rejects_the_charges() -> None:
    got = _pairs(_CHARGED + "Kvaranek's lawyer, Elena Sarmiento, denied the charges on Wednesday.")
    assert (1, "BOLCRM", "PERJUD", "120") in got


def test_events_represented_a_lawyer_of_no_known_party_is_not_the_client() -> None:
    got = _pairs(_CHARGED + "Lawyers for the victims criticized the Peruvian government on Tuesday. "
                 "A lawyer for the family criticized the Peruvian government on Friday.")
    assert not any(e[0] in (1, 2) and e[1] == "BOLCRM" for e in got)


def test_events_represented_an_office_holder_who_acts_for_a_party_keeps_the_office() -> None:
    got = _pairs(_CHARGED + "Peruvian Justice Minister Rosa Quispe, a lawyer for the state, criticized "
                 "Kvaranek on Thursday.")
    assert not any(e[0] == 1 and e[1] == "BOLCRM" for e in got)
    assert any(e[0] == 1 and e[1] == "PERGOV" for e in got)
