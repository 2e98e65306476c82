"""A first-order region outweighs a same-named smaller town abroad ("police in Ontario" are Canada's)."""

from __future__ import annotations

from bilateral.actors.places import regions_first
from bilateral.places.gazetteer import Place
from tests.resolving import codes_by_text


def _place(country: str, precision: str, population: int = 0) -> Place:
    return Place("Name", country, None, 0.0, 0.0, precision, population)  # type: ignore[arg-type]


def test_region_outweighs_smaller_town_abroad() -> None:
    region, town = _place("CAN", "admin1"), _place("USA", "city", 170_000)
    assert regions_first((region, town)) == (region,)


def test_great_city_and_home_town_keep_their_claim() -> None:
    region, city, home = _place("AUS", "admin1"), _place("HKG", "city", 2_000_000), _place("AUS", "city", 50_000)
    assert regions_first((region, city, home)) == (region, city, home)


def test_towns_without_a_region_are_untouched() -> None:
    towns = (_place("USA", "city", 30_000), _place("GBR", "city", 80_000))
    assert regions_first(towns) == towns


def test_sector_in_a_province_is_its_country(nlp, kb) -> None:  # type: ignore[no-untyped-def]
    found = codes_by_text(nlp, kb, "Police in Ontario detained three men after the Alberta government protested.")
    assert found.get("Police in Ontario") == "CANCOP"
    assert "USA" not in {c[:3] for c in found.values()}


def test_country_named_like_a_state_stays_the_country(nlp, kb) -> None:  # type: ignore[no-untyped-def]
    found = codes_by_text(nlp, kb, "Police in Georgia detained an opposition leader in Tbilisi.")
    assert found.get("Police in Georgia") == "GEOCOP"


def test_continent_is_no_small_town_of_its_name(nlp, kb) -> None:  # type: ignore[no-untyped-def]
    found = codes_by_text(nlp, kb, "Washington sold jets to Chinese rivals in Asia.")
    assert "PHL" not in {c[:3] for c in found.values()}  # a Philippine town named Asia is not the continent
