"""A bare group noun conjoined to a group noun whose premodifier names a country shares that country
(actors/shared_modifiers.py), on sentences written for these tests; a noun with words of its own, or a country
written after the first noun, is not given it."""

from __future__ import annotations

from tests.resolving import codes_by_text


def test_actors_shared_modifiers_demonym_covers_both_nouns(nlp, kb) -> None:  # type: ignore[no-untyped-def]
    found = codes_by_text(nlp, kb, "The envoy met Zambian officials and lawmakers in Lusaka on Friday.")
    assert found.get("lawmakers") == "ZMBLEG"


def test_actors_shared_modifiers_possessive_covers_both_nouns(nlp, kb) -> None:  # type: ignore[no-untyped-def]
    found = codes_by_text(nlp, kb, "The delegation held talks with Norway's ministers and legislators last week.")
    assert found.get("legislators", "")[:3] == "NOR"


def test_actors_shared_modifiers_own_modifier_is_kept(nlp, kb) -> None:  # type: ignore[no-untyped-def]
    found = codes_by_text(nlp, kb, "The envoy met Zambian officials and foreign lawmakers in Lusaka on Friday.")
    assert not any(code[:3] == "ZMB" for text, code in found.items() if "lawmakers" in text)


def test_actors_shared_modifiers_postposed_country_is_not_shared(nlp, kb) -> None:  # type: ignore[no-untyped-def]
    found = codes_by_text(nlp, kb, "The envoy met officials from Zambia and lawmakers in Lusaka on Friday.")
    assert found.get("lawmakers", "")[:3] != "ZMB"


def test_actors_shared_modifiers_thing_first_shares_nothing(nlp, kb) -> None:  # type: ignore[no-untyped-def]
    found = codes_by_text(nlp, kb, "Prices of Zambian copper and farmers' wages fell this year.")
    assert not any(code[:3] == "ZMB" for text, code in found.items() if "farmer" in text)
