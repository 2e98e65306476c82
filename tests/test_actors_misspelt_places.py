"""A one-letter misspelling of a country is that country only as a name standing alone: a word of a longer proper
name ("Columbia University", "the District of Columbia") is that name's own, not a misspelt country. Must-not cases:
a misspelt country alone, in a possessive, or before a noun of its state's own bodies is still corrected."""

from __future__ import annotations

import pytest

from tests.resolving import code_list


@pytest.mark.model
def test_misspelt_places_word_of_a_university_name_is_no_country(nlp, kb) -> None:  # type: ignore[no-untyped-def]
    found = code_list(nlp, kb, "Students at Columbia University marched against the war in Sudan.")
    assert not any(c.startswith("COL") for c in found)
    found = code_list(nlp, kb, "Lecturers of Columbia College signed a petition to Ghana's president.")
    assert not any(c.startswith("COL") for c in found)


@pytest.mark.model
def test_misspelt_places_word_of_a_place_name_is_no_country(nlp, kb) -> None:  # type: ignore[no-untyped-def]
    found = code_list(nlp, kb, "Senators from the District of Columbia criticised Venezuela over the vote.")
    assert not any(c.startswith("COL") for c in found)


@pytest.mark.model
def test_misspelt_places_name_alone_is_still_corrected(nlp, kb) -> None:  # type: ignore[no-untyped-def]
    # must not: the misspelt country standing alone, owning a noun, or before its own state's body
    assert "ETH" in code_list(nlp, kb, "Ethopia has agreed to reopen its border.")
    assert "AFGGOV" in code_list(nlp, kb, "Afganistan's Taliban rulers met envoys from Pakistan.")
    assert "PHLMIL" in code_list(nlp, kb, "The Phillippines Army attacked rebels near the coast.")
    assert "PHLMIL" in code_list(nlp, kb, "The Phillippines military shelled rebel camps.")
