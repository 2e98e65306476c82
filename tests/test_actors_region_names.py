"""A region whose name holds a country's name ("New Mexico", "British Columbia", "Northern Ireland") is coded as the
state the region belongs to, with the sector of a group noun placed in it or that it modifies (actors/region_names).
Must-not cases: a country the dictionary knows by the whole name, a region of the inner word's own country, a city
named after its country."""

from __future__ import annotations

import pytest

from tests.resolving import code_list


@pytest.mark.model
def test_region_names_region_is_its_own_states(nlp, kb) -> None:  # type: ignore[no-untyped-def]
    assert code_list(nlp, kb, "Lawmakers in New Mexico passed a bill against Honduran cartels.")[0] == "USALEG"
    assert code_list(nlp, kb, "Police in British Columbia detained two men from Peru.")[0] == "CANCOP"
    assert code_list(nlp, kb, "The governor of New Mexico criticised Mexico on Friday.") == ["USAGOV", "MEX"]
    assert code_list(nlp, kb, "Officials in Northern Ireland criticised Ireland over the border.") == [
        "GBRGOV", "IRL"]


@pytest.mark.model
def test_region_names_leaves_names_the_dictionary_knows(nlp, kb) -> None:  # type: ignore[no-untyped-def]
    # must not: a country named whole, a region of the inner word's own country, a capital city named after it
    assert code_list(nlp, kb, "Troops in South Sudan attacked rebels near the border.")[0] == "SSD"
    assert code_list(nlp, kb, "Officials in Western Australia criticised China.")[0] == "AUSGOV"
    assert code_list(nlp, kb, "Police in Kuwait City arrested two men.") == ["KWTCOP"]
    assert code_list(nlp, kb, "Protesters in Panama City denounced the United States.")[0] == "PANCVL"
