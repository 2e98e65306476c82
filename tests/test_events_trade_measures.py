"""Tariffs and sanctions (163) in the constructions news tells them in: levied or raised ("increased the levy on",
"doubled the tariff on", "boosted the tariffs on", "widened sanctions against"; triggers.tsv); goods charged that
are some country's by a demonym, whatever the goods ("tariffs on Brazilian beef", "on Mexican-made cars";
sectors.json ``charge_nouns``), by where a participle says they come from ("wine produced in Chile", "coming out of
Brazil"; events/measures.py ``goods_origin``), by a hyphenated maker's participle ("Chinese-made panels", "Mexican-
and Canadian-made vehicles"; ``makers``) or by an "including" list naming a body ("from 30 countries, including the
EU bloc"); trade restrictions, curbs, bans and quotas on a country's goods are on that country ("curbs on Chilean
copper"; ``charge_nouns``), while a demonym on people still names the people; the source's own country as where
taxed goods go is no target (events/coder.py); a later "U.S. sanctions" with no target is aimed where the side's
earlier sanctions or threats of them were (events/repeated.py). Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from bilateral.models import Document

pytestmark = pytest.mark.model


def _coded(text: str) -> set[tuple[int, str | None, str | None, str | None]]:
    from bilateral.pipeline import code_documents, load_resources
    from bilateral.settings import Settings

    [done] = code_documents([Document("d", text, published=dt.date(2025, 3, 12))], load_resources(Settings()))
    return {(e.sentence_index, e.source.code, e.target.code if e.target else None, e.cameo) for e in done.events}


@pytest.mark.parametrize("text,target", [
    ("Japan levied a 20% duty on Argentine beef on Monday.", "ARG"),
    ("Japan doubled the 15% duty on Chinese exports to 30% on Monday.", "CHN"),
    ("Japan hiked tariffs on imports from Chile on Monday.", "CHL"),
    ("The European Union extended sanctions against Russia for six months on Monday.", "RUS"),
    ("Japan imposed tariffs on Mexican-made cars on Monday.", "MEX"),
    ("Japan imposed new tariffs on Chinese-made solar panels on Monday.", "CHN"),
    ("Japan lifted its duties on Mexican- and Canadian-made cars on Monday.", "CAN"),
    ("Japan lifted its duties on Mexican- and Canadian-made cars on Monday.", "MEX"),
    ("Japan boosted the tariffs on Chilean copper on Monday.", "CHL"),
    ("The European Union widened its sanctions against Russia on Monday.", "RUS"),
    ("Japan ratcheted up tariffs on Brazilian soybeans on Monday.", "BRA"),
    ("Japan quadrupled the duty on Argentine beef on Monday.", "ARG"),
    ("Japan increased the levy on Peruvian fishmeal on Monday.", "PER"),
    ("Japan retaliated with tariffs on Peruvian fishmeal on Monday.", "PER"),
    ("Japan imposed a 25% tariff on wine produced in Chile on Monday.", "CHL"),
    ("Japan imposed tariffs on all products coming out of Brazil and other countries on Monday.", "BRA"),
    ("Japan levied tariffs on steel exports to Japan from 30 countries, including the EU bloc, on Monday.", "IGOEU"),
])
def test_events_trade_measure_on_whose_goods(text: str, target: str) -> None:
    got = _coded(text)
    assert any(e[0] == 0 and e[1] in ("JPN", "IGOEU") and e[2] == target and e[3] in ("163", "085")
               for e in got), got


@pytest.mark.parametrize("text", [
    "Japan imposed tariffs on steel on Monday.",  # no owner named: no target invented
    "Japan bought Argentine beef on Monday.",  # goods bought, no charge on them
    "With the added Chilean duty, Japanese household bills would increase by $20 a month.",  # a rise, no act
    "Japan raised prices on Argentine beef on Monday.",  # prices are no charge
    "Japan imposed tariffs on steel exports to Japan on Monday.",  # where the goods go is no target
    "Japan imposed tariffs on goods from other countries on Monday.",  # no one named
    "Japan shot down Russian-made drones on Monday.",  # a maker's goods hit by no measure
    "Japan imposed tariffs on hand-made carpets on Monday.",  # "hand-" names no maker
    "Japan boosted its imports of Chilean copper on Monday.",  # more trade, no charge
    # a fronted "with" phrase is a circumstance: the bills rise, no one raises the duty (nor threatens to)
    "With the new Chilean levy, Japanese household bills would increase by $20 a month, the minister said.",
    "Japan increased its purchases of Peruvian fishmeal on Monday.",  # more trade, no charge
])
def test_events_trade_measure_must_not(text: str) -> None:
    got = _coded(text)
    assert not any((e[3] == "163" or e[3].startswith("13")) and e[2] is not None for e in got), got


def test_events_later_sanctions_aimed_where_the_sides_earlier_ones_were() -> None:
    got = _coded("Turkey tested the missiles despite threats of Washington sanctions. "
                 "The Turkish economy is still reeling from a crash triggered by previous U.S. sanctions.")
    assert any(e[0] == 1 and (e[2] or "").startswith("TUR") and e[3] == "163" for e in got), got


def test_events_later_sanctions_of_the_government_aimed_where_the_legislature_s_were() -> None:
    # a state takes its measures through its legislature and its government: one side
    got = _coded("U.S. lawmakers imposed new sanctions on Iran in January. "
                 "The rial lost half its value after Trump's imposition of sanctions.")
    assert any(e[0] == 1 and e[1] == "USAGOV" and (e[2] or "").startswith("IRN") and e[3] == "163" for e in got), got


@pytest.mark.parametrize("text,later", [
    # another state's legislature is no organ of the state that imposes them
    ("Canadian lawmakers imposed new sanctions on Iran in January. "
     "The rial lost half its value after Trump's imposition of sanctions.", 1),
    # another COERCE act says nothing of whom sanctions hit
    ("Washington arrested a Turkish pastor on Monday. "
     "The economy is still reeling from a crash triggered by previous U.S. sanctions.", 1),
    # the side's sanctions went to two countries: none is borrowed
    ("Washington imposed sanctions on Turkey. Washington imposed sanctions on Iran. "
     "The economy is still reeling from a crash triggered by previous U.S. sanctions.", 2),
    # a condition someone is under is no new act carrying on the earlier ones
    ("Washington imposed sanctions on a Turkish bank. The navy, itself long under U.S. sanctions, "
     "keeps its fleet in port.", 1),
])
def test_events_later_sanctions_borrow_no_other_target(text: str, later: int) -> None:
    got = _coded(text)
    assert not any(e[0] == later and e[3] == "163" for e in got), got


@pytest.mark.parametrize("text,target,cameo", [
    ("Japan imposed curbs on Chilean copper on Monday.", "CHL", "172"),
    ("Japan imposed a ban on Argentine beef on Monday.", "ARG", "172"),
    ("Japan imposed quotas on Brazilian steel on Monday.", "BRA", "172"),
])
def test_events_trade_restriction_on_whose_goods(text: str, target: str, cameo: str) -> None:
    got = _coded(text)
    assert any(e[0] == 0 and e[1] == "JPN" and e[2] == target and e[3] == cameo for e in got), got


def test_events_trade_restriction_is_not_on_its_own_country() -> None:
    # a restriction with a demonym of the goods is on their country, not on the restricting one's own
    got = _coded("Japan imposed curbs on Chilean copper on Monday.")
    assert not any(e[2] == "JPN" for e in got), got


def test_events_restriction_on_people_stays_on_them() -> None:
    # a demonym on people names those people, not their state
    got = _coded("Japan imposed new restrictions on American journalists on Monday.")
    assert any(e[2] == "USAMED" for e in got) and not any(e[2] == "USA" for e in got), got


@pytest.mark.parametrize("text,want", [
    ("Canada is adding a 25% levy on Chilean wine.", ("CAN", "CHL", "163")),
    ("The government in Ottawa added that tariffs on Chilean wine would rise.", None),  # a statement, no levy
])
def test_events_trade_measure_added(text: str, want: tuple[str, str, str] | None) -> None:
    got = {(e[1], e[2], e[3]) for e in _coded(text)}
    if want is None:
        assert not any(code == "163" for _, _, code in got), got
    else:
        assert want in got, got


@pytest.mark.parametrize("text,want", [
    ("Norway said it is charging 30% more for gas it sends to customers in Poland.", ("NOR", "POL", "163")),
    ("Peruvian police charged more than 20 Chilean protesters with rioting.", ("PERCOP", "CHLCVL", "173")),
])
def test_events_trade_measure_charged_more(text: str, want: tuple[str, str, str]) -> None:
    got = {(e[1], e[2], e[3]) for e in _coded(text)}
    assert want in got, got


def test_events_trade_measure_price_is_no_surcharge() -> None:
    got = _coded("The bakery is charging 10% more for bread.")  # a price, aimed at no country
    assert not any(e[3] == "163" for e in got), got


@pytest.mark.parametrize("text,want", [
    ("Norway is adding a 15% levy on timber sold to Danish buyers.", ("NOR", "DNK", "163")),
    ("Norway imposed a duty on timber shipped to Polish buyers on Monday.", ("NOR", "POL", "163")),
])
def test_events_trade_measure_on_the_buyers_country(text: str, want: tuple[str, str, str]) -> None:
    got = {(e[1], e[2], e[3]) for e in _coded(text)}
    assert want in got, got


@pytest.mark.parametrize("text", [
    "Japan imposed tariffs on steel shipped to Japan on Monday.",  # its own country buys: no target
    "Japan imposed tariffs on Chilean steel shipped to Peru on Monday.",  # the goods' owner, not the buyer
])
def test_events_trade_measure_buyers_must_not(text: str) -> None:
    got = _coded(text)
    assert not any(e[2] in ("JPN", "PER") for e in got), got
