"""Two names joined by a hyphen after an abbreviation ("U.S.-Ukraine talks") are two actors, as "Russia-Ukraine" is."""

from __future__ import annotations

from tests.resolving import code_list


def test_abbreviation_and_country_joined_by_hyphen_are_both_coded(nlp, kb) -> None:  # type: ignore[no-untyped-def]
    assert code_list(nlp, kb, "The U.S.-Morocco talks ended early.") == ["USA", "MAR"]
    assert code_list(nlp, kb, "Chile and Peru watched the U.K.-Argentina dispute.")[-2:] == ["GBR", "ARG"]


def test_abbreviation_alone_or_with_lower_case_word_stays_one_token(nlp) -> None:  # type: ignore[no-untyped-def]
    assert [t.text for t in nlp("U.S. officials met U.S.-based investors.")][:4] == ["U.S.", "officials", "met",
                                                                                      "U.S.-based"]
    assert [t.text for t in nlp("The F-16 and the Coca-Cola plant.")][1] == "F-16"
