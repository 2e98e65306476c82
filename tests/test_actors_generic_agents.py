"""Generic agents placed by their words or their document (actors/agents.py, actors/reactions.py): people held for
removal in a story of deportation, agents from outside a one-country sentence, a time after "in", and the world at
large reacting ("international condemnation"). Invented sentences, each with a case where the rule must not fire."""

from __future__ import annotations

import datetime as dt

import pytest

from bilateral.actors import resolve_actors
from bilateral.settings import Settings
from tests.resolving import codes_by_text


def _last(nlp, kb, text: str) -> dict[str, str]:  # type: ignore[no-untyped-def]
    """Mention text -> code of a document's last sentence, resolved with the document's context."""
    from bilateral.nlp import split_sentences

    on = dt.date(2024, 6, 1)
    last = split_sentences(text)[-1].text
    return {m.actor.text: m.actor.code for m in resolve_actors(nlp(last), kb, on, kb.document_context(text, on))}


def _kept(texts: list[str]) -> list[set[tuple[str, str | None, str]]]:
    """(source, target, PLOVER type) of the events each document keeps at the default ``min_confidence``."""
    from bilateral.models import Document
    from bilateral.pipeline import code_documents, load_resources

    res = load_resources(Settings())
    docs = [Document(str(i), text, published=dt.date(2024, 6, 15)) for i, text in enumerate(texts)]
    return [{(e.source.code, e.target.code if e.target else None, str(e.event_type)) for e in done.events}
            for done in code_documents(docs, res)]


_REMOVALS = "WASHINGTON — The United States deported hundreds of people in May. U.S. officials defended the flights. "
_CRACKDOWN = "MINSK — Belarus jailed dozens of activists. Belarusian police raided homes on Monday. "


@pytest.mark.model
def test_actors_generic_agents_detainees_in_a_story_of_deportation_are_migrants(nlp, kb) -> None:  # type: ignore[no-untyped-def]
    assert _last(nlp, kb, _REMOVALS + "Immigration agents moved the detainees to Texas.").get("detainees") == "---REF"
    found = _last(nlp, kb, _REMOVALS + "Federal police flew the detainees to a base in Texas on Friday.")
    assert found.get("detainees") == "---REF"
    assert _last(nlp, kb, _REMOVALS + "Agents held dozens of illegal aliens at the base.").get("illegal aliens") \
        == "---REF"
    # must not: detainees of a story with no deportation are the prisoners of its country; a nationality stays
    assert _last(nlp, kb, _CRACKDOWN + "Guards beat the detainees, officials said.").get("detainees") == "BLRCVL"
    assert _last(nlp, kb, _REMOVALS + "Agents moved Salvadoran migrants to Texas.").get("Salvadoran migrants") \
        == "SLVREF"
    assert "---REF" not in codes_by_text(nlp, kb, "Police moved the detainees after the deportation ruling.").values()


@pytest.mark.model
def test_actors_generic_agents_an_act_on_migrants_held_for_removal_is_kept() -> None:
    flown, taken, crackdown, lone = _kept([
        _REMOVALS + "Officials said 30 detainees were flown to Texas on Friday.",
        _REMOVALS + "Two officials said the detainees were flown to a base in Texas aboard a military jet.",
        _CRACKDOWN + "Officials said 30 detainees were flown to Minsk on Friday.",
        "Officials said 30 detainees were flown to Texas on Friday after the deportation ruling."])
    assert ("USAGOV", "---REF", "COERCE") in flown
    assert ("USAGOV", "---REF", "COERCE") in taken
    # must not: detainees of a story with no deportation are its own prisoners, and a text of one sentence is no
    # story of deportation
    assert not any(target == "---REF" for _, target, _ in crackdown | lone)


@pytest.mark.model
def test_actors_generic_agents_from_outside_take_no_country_of_the_sentence(nlp, kb) -> None:  # type: ignore[no-untyped-def]
    assert "EGYMED" not in codes_by_text(nlp, kb, "Egyptian police detained foreign journalists in Cairo.").values()
    # must not: a bare group noun of a one-country sentence about its state still takes that country
    assert codes_by_text(nlp, kb, "Egyptian police detained journalists in Cairo.").get("journalists") == "EGYMED"


_QATAR = "DOHA — Qatar hosted talks. Qatar said the talks went well. Qatar's emir met the envoys. "


@pytest.mark.model
def test_actors_generic_agents_a_time_after_in_names_no_country(nlp, kb) -> None:  # type: ignore[no-untyped-def]
    assert _last(nlp, kb, _QATAR + "Officials in early March rejected the proposal.").get("Officials") == "QATGOV"
    # must not: a place after "from" names the agents' country, which the document pass leaves to the names
    assert "QATGOV" not in _last(nlp, kb, _QATAR + "Officials from Mali rejected the proposal.").values()


_CAMBODIA = ("PHNOM PENH — Cambodian police arrested the Cambodian journalist Chan Vuthy on Monday. "
             "The reporter was held overnight. ")


@pytest.mark.model
def test_actors_generic_agents_international_condemnation_is_the_world_at_large(nlp, kb) -> None:  # type: ignore[no-untyped-def]
    assert _last(nlp, kb, _CAMBODIA + "His arrest drew international condemnation.").get("international") \
        == "---GOV"
    assert codes_by_text(nlp, kb, "Beijing dismissed international criticism of the crackdown.").get(
        "international") == "---GOV"
    assert codes_by_text(nlp, kb, "Moscow rejected international criticism of Russia's strikes.").get(
        "international") == "---GOV"  # the "of" phrase is whom it targets, not whose it is
    condemned, = _kept([_CAMBODIA + "Chan Vuthy's arrest drew international condemnation."])
    assert any(source == "---GOV" and (target or "").startswith("KHM") and kind == "ACCUSE"
               for source, target, kind in condemned)
    # must not: a reaction that names its own actor, other nouns, a modifier of no reaction
    assert "---GOV" not in codes_by_text(nlp, kb, "The arrest drew international condemnation from the UN.").values()
    assert codes_by_text(nlp, kb, "Russia violated international law in the region.").get("international") is None
    assert codes_by_text(nlp, kb, "The ministry hosted an international conference.") == {}


@pytest.mark.model
def test_actors_generic_agents_a_group_noun_of_several_words_is_read_whole(nlp, kb) -> None:  # type: ignore[no-untyped-def]
    found = codes_by_text(nlp, kb, "The Kenyan government praised state media outlets on Monday.")
    assert found.get("state media outlets") == "KENMED" and "media" not in found
    assert codes_by_text(nlp, kb, "The Kenyan government shut down two news outlets.").get("news outlets") == "KENMED"
    # must not: a word of another group's noun is no group of its own ("media advocates" are advocates, not media);
    # a compound the head's noun leaves out still is ("student" in "student leaders")
    assert "KENMED" not in codes_by_text(nlp, kb, "The Kenyan government detained media advocates.").values()
    assert codes_by_text(nlp, kb, "Kenyan police arrested student leaders.").get("student") == "KENEDU"


_CEBU = ("MANILA — The Philippines tightened its rules on fireworks. Philippine police seized stocks in Manila. "
         "The Philippine government said the curbs would stay. ")


@pytest.mark.model
def test_actors_generic_agents_a_listed_group_noun_ending_on_a_generic_head(nlp, kb) -> None:  # type: ignore[no-untyped-def]
    found = _last(nlp, kb, _CEBU + "The mayor told city council members to draft a ban on firecrackers.")
    assert found.get("city council members") == "PHLLEG"
    found = _last(nlp, kb, _CEBU + "The mayor told City Council members to draft a ban on firecrackers.")
    assert found.get("City Council members") == "PHLLEG"
    # must not: a generic head with words the vocabulary does not list, or alone, is no group of its own
    found = _last(nlp, kb, _CEBU + "The mayor told club members to draft a ban on firecrackers.")
    assert not any(code.endswith("LEG") for code in found.values())
    assert "members" not in _last(nlp, kb, _CEBU + "The mayor told members to draft a ban on firecrackers.")
    # must not: a name written before the listed words still names the group's country, left to the name passes
    found = _last(nlp, kb, _CEBU + "The mayor told Jakarta city council members to draft a ban on firecrackers.")
    assert found.get("city council members") != "PHLLEG"


@pytest.mark.model
def test_actors_generic_agents_an_order_to_a_listed_group_is_coded() -> None:
    [told] = _kept([_CEBU + "The Philippine interior minister told city council members to draft a firecracker ban."])
    assert ("PHLGOV", "PHLLEG", "REQUEST") in told


_HOSTS = "AMMAN — Jordan shelters many refugees from the war. Jordanian officials met aid agencies on Monday. "
_WATER = "AMMAN — Jordan held talks on water sharing. Jordanian officials met engineers on Monday. "


@pytest.mark.model
def test_actors_generic_agents_camps_in_a_story_of_refugees_are_the_refugees(nlp, kb) -> None:  # type: ignore[no-untyped-def]
    assert _last(nlp, kb, _HOSTS + "The government vowed to shut the camps by June.").get("camps") == "---REF"
    # must not: a story that tells of no refugees, a camp its own words make another's, a camp as a place
    assert "camps" not in _last(nlp, kb, _WATER + "The government vowed to shut the camps by June.")
    assert "---REF" not in _last(nlp, kb, _HOSTS + "The army raided militant training camps at the border.").values()
    assert "camps" not in _last(nlp, kb, _HOSTS + "Aid workers stayed in the camps for months.")


@pytest.mark.model
def test_actors_generic_agents_closing_the_camps_is_an_act_on_refugees() -> None:
    hosts, water = _kept([_HOSTS + "The government vowed to close the camps by June.",
                          _WATER + "The government vowed to close the camps by June."])
    assert ("JORGOV", "---REF", "THREATEN") in hosts
    assert not any(target == "---REF" for _, target, _ in water)
