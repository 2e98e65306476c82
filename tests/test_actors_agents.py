"""Generic agents (actors/agents.py), the converted Phoenix data and its converter (tools/convert_phoenix.py)."""

from __future__ import annotations

import datetime as dt
import importlib.util
import json
import sys
from pathlib import Path
from types import ModuleType

import pytest

from bilateral.actors import KnowledgeBase, resolve_actors
from bilateral.actors.loader import parse_agents, parse_sectors
from bilateral.actors.userfiles import petrarch_records
from bilateral.settings import Settings

ROOT = Path(__file__).resolve().parents[1]

PHOENIX = """# tiny Phoenix-style file
KAREN_NATIONAL_LIBERATION_ARMY_(KNLA)_ [MMRREB]
+KAREN_ARMY_
LONE_NAME_WITHOUT_ROLE_
ARMY_OF_NOWHERE [INTREB]
BAD_DATES_ [USAGOV 2004017-20061201]
NATO_
+NORTH_ATLANTIC_TREATY_ORGANIZATION_
\t[IGOWSTNAT]
OLD_MINISTER_ [KENGOV 990101-031231][IGOUNO >040101]
"""

AGENTS = """!PERSON! = MAN, MEN
INSURGENT [~REB]
GUNMAN {GUNMEN} [~UAF]
POLICE!PERSON! [~COP]
FARMER [~AGR]
AMBASSADOR_TO [~GOV]
BLOGGER [~MED]
"""


def _converter() -> ModuleType:
    spec = importlib.util.spec_from_file_location("convert_phoenix", ROOT / "tools" / "convert_phoenix.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["convert_phoenix"] = module
    spec.loader.exec_module(module)
    return module


def test_actors_agents_petrarch_lenient_reading_collects_problems() -> None:
    problems: list[str] = []
    records = [r for _, r in petrarch_records(PHOENIX, "tiny.txt", problems)]
    names = [r["name"] for r in records]
    assert "Karen National Liberation Army (KNLA)" in names and "Army of Nowhere" in names
    assert any("2004017" in p for p in problems)  # a 7-digit date is noted, not fatal
    nowhere = next(r for r in records if r["name"] == "Army of Nowhere")
    assert "Lone Name Without Role" in nowhere["aliases"]  # role-less names share the next roles
    old = next(r for r in records if r["name"] == "Old Minister")
    assert [r["org"] or r["country"] for r in old["roles"]] == ["KEN", "IGOUNO"]  # two roles on one line


def test_actors_agents_converter_maps_codes_and_skips_known(tmp_path: Path) -> None:
    conv = _converter()
    stats: dict[str, int] = {}
    from collections import Counter
    counter: Counter[str] = Counter(stats)
    records = [r for _, r in petrarch_records(PHOENIX, "tiny.txt", [])]
    known = {"north atlantic treaty organization"}
    armed = conv.convert_organizations(records, set(known), {"MMR", "KEN", "USA"}, armed=True, stats=counter)
    by_name = {r["name"]: r for r in armed}
    knla = by_name["Karen National Liberation Army"]
    assert (knla["code"], knla["country"], knla["kind"], knla["aliases"]) == (
        "MMRREB", "MMR", "armed_group", ["KNLA", "Karen Army"])
    assert by_name["Army of Nowhere"]["code"] == "IMGREB"  # a regional code: no state to code
    assert "NATO" not in by_name and counter["orgs: known to the project (or converted before)"] == 1
    assert "Old Minister" not in by_name  # dated roles: a person, not an organisation


def test_actors_agents_converter_gives_national_ngos_their_country() -> None:
    conv = _converter()
    from collections import Counter
    text = ("CIVIL_FREEDOMS_LEAGUE_ [NGOUSAHRI]\nWORLD_RIGHTS_WATCHERS_ [NGOHRI]\n"
            "DISTANT_FRIENDS_SOCIETY_ [NGOXYZHLH]\n")
    records = [r for _, r in petrarch_records(text, "ngos.txt", [])]
    out = conv.convert_organizations(records, set(), {"USA"}, armed=False, stats=Counter())
    by_name = {r["name"]: (r["code"], r["country"], r["sector"]) for r in out}
    assert by_name["Civil Freedoms League"] == ("USANGO", "USA", "NGO")  # a US group: the USA's NGO, as CAMEO
    assert by_name["World Rights Watchers"] == ("NGOHRI", None, "NGO")  # transnational: no country
    assert by_name["Distant Friends Society"] == ("NGOXYZHLH", None, "NGO")  # not a country the project knows


def test_actors_agents_converter_keeps_political_sectors_only() -> None:
    conv = _converter()
    from collections import Counter
    nouns = conv.convert_agents(AGENTS, {"insurgent"}, Counter())
    assert nouns == {"COP": ["policeman", "policemen"], "REB": ["gunman", "gunmen"]}


def test_actors_agents_converted_nouns_never_override_sectors_json() -> None:
    agents = parse_agents({"nouns": {"MIL": ["police", "gendarme"]}}, "agents.json")
    sectors = parse_sectors({"nouns": {"COP": ["police"]}, "titles": {}, "modifiers": {}}, "sectors.json", agents)
    assert sectors.noun_sector(("police",)) == "COP" and sectors.noun_sector(("gendarme",)) == "MIL"


def test_actors_agents_packaged_data_is_loaded() -> None:
    kb = KnowledgeBase.load(Settings())
    assert kb.sectors.noun_sector(("separatist", "group")) == "REB"
    assert any(h.text == "Karen National Union" for h in kb.find("the Karen National Union said"))
    assert (ROOT / "src/bilateral/data/actors/converted/LICENSE-PETRARCH2").read_text().startswith("The MIT")
    notice = json.loads((ROOT / "src/bilateral/data/actors/converted/agents.json").read_text())["about"]
    assert "PETRARCH-2" in notice


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    return KnowledgeBase.load(Settings())


def _codes(nlp, kb, text: str) -> list[tuple[str, str]]:  # type: ignore[no-untyped-def]
    return [(m.actor.text, m.actor.code) for m in resolve_actors(nlp(text), kb, dt.date(2024, 5, 1))]


@pytest.mark.model
def test_actors_agents_with_a_country_take_it_from_the_words(nlp, kb) -> None:  # type: ignore[no-untyped-def]
    assert ("Pakistani police", "PAKCOP") in _codes(nlp, kb, "Pakistani police arrested the suspects.")
    assert ("Lawmakers in Kenya", "KENLEG") in _codes(nlp, kb, "Lawmakers in Kenya rejected the plan.")
    assert _codes(nlp, kb, "She told reporters the talks went well.") == []  # bystanders are no actor
    assert _codes(nlp, kb, "Insurgents attacked the village at dawn.") == []  # no country: not coded (yet)


@pytest.mark.model
def test_actors_agents_new_armed_groups_and_leaders(nlp, kb) -> None:  # type: ignore[no-untyped-def]
    found = _codes(nlp, kb, "The BLA and the 3R rebels clashed with troops as CENTCOM watched.")
    assert ("BLA", "PAKREB") in found and ("CENTCOM", "USAMIL") in found
    assert ("Milorad Dodik", "BIHGOV") in _codes(nlp, kb, "Milorad Dodik met the envoy.")


def _kept(texts: list[str]) -> list[set[tuple[str, str | None, str]]]:
    """(source, target, PLOVER type) of the events each document keeps at the default ``min_confidence``."""
    from bilateral.models import Document
    from bilateral.pipeline import code_documents, load_resources

    res = load_resources(Settings())
    docs = [Document(str(i), text, published=dt.date(2021, 6, 15)) for i, text in enumerate(texts)]
    return [{(e.source.code, e.target.code if e.target else None, str(e.event_type)) for e in done.events}
            for done in code_documents(docs, res)]


@pytest.mark.model
def test_actors_agents_confidence_of_the_documents_country_and_of_no_country() -> None:
    """An agent given the document's country is as sure as other context: one step of structure (a participle's
    implied subject) keeps its event; an agent with no country keeps only a direct one (a verb's own subject and
    object), any step of structure leaves it under ``min_confidence``."""
    niger = "NIAMEY — Niger's rulers met on Monday. Niger closed its borders. "
    two = "Kenya and Uganda met. Kenya and Uganda agreed. "
    placed, accusing, unplaced, urged = _kept([
        niger + "Rebels attacked a convoy near the frontier, abducting several officials.",
        niger + "The separatist group has fought the army for years, accusing the government of neglect.",
        two + "Rebels attacked a convoy near the frontier, abducting several officials.",
        two + "Western politicians have urged Uganda to free the prisoners.",
    ])
    assert ("NERREB", "NERGOV", "ASSAULT") in placed
    assert ("NERREB", "NERGOV", "ACCUSE") in accusing
    # must not: with no country, the participle's event is not kept; a plain subject's appeal to a named actor is
    assert not any(source.startswith("---") or (target or "").startswith("---") for source, target, _ in unplaced)
    assert any(source.startswith("---") and target == "UGA" for source, target, _ in urged)


def _last(nlp, kb, text: str) -> list[tuple[str, str]]:  # type: ignore[no-untyped-def]
    """(text, code) of the actors of a document's last sentence, resolved with the document's context."""
    from bilateral.nlp import split_sentences

    on = dt.date(2021, 6, 1)
    last = split_sentences(text)[-1].text
    return [(m.actor.text, m.actor.code)
            for m in resolve_actors(nlp(last), kb, on, kb.document_context(text, on))]


_TURKEY = "ANKARA — Turkey bought radars. Turkey tested them on Monday. Turkey said it would not back down. "
_PERU = "LIMA — Peru's president faced a vote. Peru's economy slowed. Peru's police deployed. "
_QATAR = "DOHA — Qatar hosted talks. Qatar said the talks went well. Qatar's emir met the envoys. "


@pytest.mark.model
def test_actors_agents_bare_congress_is_the_one_its_country_has(nlp, kb) -> None:  # type: ignore[no-untyped-def]
    assert ("Congress", "USALEG") in _last(nlp, kb, _TURKEY + "New sanctions on Turkey are pending in Congress.")
    assert ("Congress", "PERLEG") in _last(nlp, kb, _PERU + "Congress voted to remove the minister.")
    assert ("Congress", "USALEG") in _codes(nlp, kb, "Congress approved the aid package on Friday.")
    assert ("Senate", "USALEG") in _codes(nlp, kb, "The Senate rejected the nominee on Tuesday.")
    assert ("Republicans", "USAPTY") in _codes(nlp, kb, "Republicans criticized the plan on Monday.")
    assert ("Congress", "BRALEG") in _codes(nlp, kb, "The minister defended Brazil's plan before Congress.")
    assert ("Congress", "USALEG") in _codes(nlp, kb, "The minister defended Turkey's plan before Congress.")
    assert _codes(nlp, kb, "The Liberal Democrats won seats.") == []  # another party's longer name
    # must not: a written owner, a lower-case congress, a longer name
    assert ("Peru's Congress", "PERLEG") in _codes(nlp, kb, "Peru's Congress voted to remove the minister.")
    assert _codes(nlp, kb, "The party congress elected a new leader.") == []
    assert _codes(nlp, kb, "The Indian National Congress won the vote.") == [
        ("Indian National Congress", "INDPTY")]


@pytest.mark.model
def test_actors_agents_refugees_are_not_the_hosts(nlp, kb) -> None:  # type: ignore[no-untyped-def]
    kenya = "NAIROBI — Kenya will close the camps. Kenya's government met. Kenya's police deployed. "
    found = _last(nlp, kb, kenya + "Kenya's government says refugees will have to leave.")
    assert ("refugees", "---REF") in found and ("Kenya's government", "KENGOV") in found
    # must not lose a country the words give
    assert ("Somali refugees", "SOMREF") in _last(nlp, kb, kenya + "Kenya says Somali refugees must leave.")
    # a people's name no dictionary knows on them: that state's own minority
    found = _codes(nlp, kb, "Zarovian refugees protested against the Russian government's decision.")
    assert ("Zarovian refugees", "RUSREF") in found
    # other group nouns of a one-country sentence still take its country
    assert ("students", "KENEDU") in _codes(nlp, kb, "Kenyan police dispersed students on Monday.")


@pytest.mark.model
def test_actors_agents_forces_at_home_place_the_groups_they_act_on(nlp, kb) -> None:  # type: ignore[no-untyped-def]
    assert ("students", "SDNEDU") in _codes(nlp, kb, "Sudanese soldiers beat students in Omdurman on Sunday.")
    # must not: soldiers with no place of their own country may be abroad; a place of another country is two
    assert not any(text == "students" for text, _ in _codes(nlp, kb, "Sudanese soldiers beat students on Sunday."))
    found = _codes(nlp, kb, "Russian soldiers detained protesters in Kherson on Sunday.")
    assert not any(code.startswith("RUS") and text != "Russian soldiers" for text, code in found)


@pytest.mark.model
def test_actors_agents_forces_at_home_code_their_act_on_civilians() -> None:
    from bilateral.models import Document
    from bilateral.pipeline import code_documents, load_resources

    text = "Sudanese soldiers shot dead five demonstrators in Omdurman on Saturday."
    [done] = code_documents([Document("d", text, published=dt.date(2024, 5, 1))], load_resources(Settings()))
    coded = {(e.source.code, e.target.code if e.target else None, e.event_type, e.modality) for e in done.events}
    assert ("SDNMIL", "SDNCVL", "ASSAULT", "asserted") in coded  # not the place Omdurman as the target


@pytest.mark.model
def test_actors_agents_nations_stand_for_several_states(nlp, kb) -> None:  # type: ignore[no-untyped-def]
    assert ("nations", "---GOV") in _last(nlp, kb, _QATAR + "Other Gulf nations criticised the plan.")
    assert ("member states", "---GOV") in _last(nlp, kb, _QATAR + "EU member states rejected the proposal.")
    # must not: states named before, a place, or the document's own officials
    assert _last(nlp, kb, _QATAR + "The two countries signed a deal.") == []
    assert _last(nlp, kb, _QATAR + "Protests spread in many countries.") == []
    assert ("Officials", "QATGOV") in _last(nlp, kb, _QATAR + "Officials rejected the proposal.")


def _org_code(kb, text: str, on: str) -> str | None:  # type: ignore[no-untyped-def]
    """The code of the first organisation the knowledge base finds in a text, on a date."""
    orgs = [h.entries[0].key for h in kb.find(text) if h.entries[0].kind == "org"]
    actor = kb.org_actor(orgs[0], dt.date.fromisoformat(on), text) if orgs else None
    return actor.code if actor else None


def test_actors_agents_groups_and_bodies_of_recent_news(kb) -> None:  # type: ignore[no-untyped-def]
    def code(text: str, on: str) -> str | None:
        return _org_code(kb, text, on)

    assert code("the KRG said", "2020-01-01") == "IRQGOV"
    assert code("Kataib Hezbollah fired", "2020-01-01") == "IRQREB"
    assert code("Hezbollah fired", "2020-01-01") == "LBNREB"
    assert code("the Transitional Military Council", "2019-06-01") == "SDNGOV"
    assert code("the Transitional Military Council", "2021-06-01") == "TCDGOV"
    assert code("the CJNG attacked", "2020-01-01") == "MEXCRM" and code("the CSTO", "2022-01-06") == "IGOCSTO"
    assert code("the Financial Times reported", "2020-01-01") == "GBRMED"
    # must not: acronyms other bodies share (Ghana's news agency, the US diplomatic security service), a bare 'G9'
    assert code("the GNA reported", "2018-01-01") is None and code("DSS agents", "2018-01-01") is None
    assert code("the G9 summit", "2020-01-01") is None


_MALI = "BAMAKO — Mali's junta met. Mali's police deployed. Mali's government spoke. "


@pytest.mark.model
def test_actors_agents_traders_elders_councils_and_cells(nlp, kb) -> None:  # type: ignore[no-untyped-def]
    """Group nouns of local news: sellers and owners (BUS), elders (CVL), city councils (LEG), defectors (OPP),
    terrorist cells (REB), magazines (MED), media advocates (NGO, not the media)."""
    assert ("Ghanaian fish sellers", "GHABUS") in _codes(nlp, kb, "Ghanaian fish sellers protested the new tax.")
    assert ("Peruvian shop owners", "PERBUS") in _codes(nlp, kb, "Peruvian shop owners closed their doors.")
    assert ("elders", "MLICVL") in _last(nlp, kb, _MALI + "Officials met elders in the north on Monday.")
    assert ("Kenyan city councillors", "KENLEG") in _codes(nlp, kb, "Kenyan city councillors voted for the ban.")
    assert ("Eritrean defectors", "ERIOPP") in _codes(nlp, kb, "Eritrean defectors spoke to the press.")
    assert ("Tunisian terrorist cell", "TUNREB") in _codes(nlp, kb, "Police broke up a Tunisian terrorist cell.")
    assert ("Brazilian magazine", "BRAMED") in _codes(nlp, kb, "A Brazilian magazine praised the minister.")
    found = _last(nlp, kb, _MALI + "Media advocates say the junta silences its critics.")
    assert not any(code.endswith("MED") for _, code in found)
    # must not: a prison cell, a UN council's members, a country's own seller of arms
    assert not any(code.endswith("REB") for _, code in _codes(nlp, kb, "Kenyan police held him in a cell."))
    assert not any(code.endswith("LEG") for _, code in
                   _codes(nlp, kb, "South Korea's ambassador told council members in New York that talks failed."))
    assert ("Russia", "RUS") in _codes(nlp, kb, "Russia is the largest seller of arms to India.")


def test_actors_agents_bodies_of_local_and_trade_news(kb) -> None:  # type: ignore[no-untyped-def]
    def code(text: str, on: str) -> str | None:
        return _org_code(kb, text, on)

    assert code("Dog Meat Free Indonesia campaigners", "2019-12-01") == "IDNNGO"
    assert code("the Committee for Freedom in Hong Kong said", "2025-03-01") == "USANGO"
    assert code("the Islamic Republic of Iran Shipping Lines vessel", "2025-03-01") == "IRNBUS"
    assert code("the China Public Diplomacy Association invited", "2024-07-01") == "CHNGOV"
    assert code("the Autonomous Administration of North and East Syria rejected", "2025-03-01") == "SYRREB"
    # must not: a bare 'Indonesia' or 'Hong Kong' is no NGO
    assert code("Indonesia banned the trade", "2019-12-01") is None
    assert code("Hong Kong said", "2025-03-01") is None


@pytest.mark.model
def test_actors_agents_head_of_a_national_body_is_of_its_country(nlp, kb) -> None:  # type: ignore[no-untyped-def]
    # the head of a national NGO is that country's NGO, not an international body's officer
    found = _codes(nlp, kb, "Ada Brown, director of the Committee for Freedom in Hong Kong, urged new sanctions.")
    assert ("Ada Brown", "USANGO") in found
    assert all(code != "HKG" for _, code in found)
    # must not: the head of an international body stays with it
    assert ("Ada Brown", "IGOUNO") in _codes(nlp, kb, "Ada Brown, a senior official of the United Nations, spoke.")


def test_actors_agents_us_federal_agencies(kb) -> None:  # type: ignore[no-untyped-def]
    def code(text: str) -> str | None:
        orgs = [h.entries[0].key for h in kb.find(text) if h.entries[0].kind == "org"]
        actor = kb.org_actor(orgs[0], dt.date(2018, 6, 1), text) if orgs else None
        return actor.code if actor else None

    assert code("the Federal Reserve raised rates") == "USAGOV"
    assert code("the FAA grounded the jets") == "USAGOV" and code("the FTC sued") == "USAGOV"
    assert code("the National Highway Traffic Safety Administration said") == "USAGOV"
    # must not: a bare 'Fed' or 'SEC' (a verb form, a sports conference)
    assert code("they fed the troops") is None and code("the SEC title game") is None


_LESOTHO = ("MASERU — Lesotho's cabinet met on Monday. Lesotho's police chief resigned. "
            "Lesotho said the inquiry would go on. ")
_CHILE = "SANTIAGO — Chile's senate met. Chile's president spoke on Monday. Chile said talks would go on. "


@pytest.mark.model
def test_actors_agents_rights_groups_of_a_story_set_in_one_country(nlp, kb) -> None:  # type: ignore[no-untyped-def]
    """Civil-society group nouns with no country in a sentence about one state, in a story set in that state, are
    that country's NGOs (CAMEO's domestic coding), as protesters and students are."""
    found = _last(nlp, kb, _LESOTHO + "Rights groups accused Lesotho's police of beating detainees in custody.")
    assert ("Rights groups", "LSONGO") in found
    found = _last(nlp, kb, _LESOTHO + "Lesotho's justice minister dismissed claims made by advocacy groups on Friday.")
    assert ("advocacy groups", "LSONGO") in found


@pytest.mark.model
def test_actors_agents_rights_groups_placed_nowhere_stay_uncoded(nlp, kb) -> None:  # type: ignore[no-untyped-def]
    # must not: a sentence naming a second country, a group from outside, a story set elsewhere, no document
    for text in (_LESOTHO + "Rights groups urged Lesotho and Namibia to free the detained reporters.",
                 _LESOTHO + "International rights groups accused Lesotho's police of beating detainees.",
                 _CHILE + "Advocates say the verdict shows how far Lesotho's government will go to punish critics.",
                 _LESOTHO + "Two envoys went on trial in Buenos Aires on Monday. Advocates say the case shows how far "
                 "Lesotho's government will go to punish critics."):
        assert not any(code.endswith("NGO") for _, code in _last(nlp, kb, text)), text
    found = _codes(nlp, kb, "Rights groups accused Lesotho's police of beating detainees in custody.")
    assert not any(code.endswith("NGO") for _, code in found)


@pytest.mark.model
def test_actors_agents_rights_groups_lawsuit_and_the_states_denial() -> None:
    """The groups' lawsuit, the accusation the suit makes and the state's denial answering them are coded between
    the groups and the state (the reply rules find the accuser once the groups have a country)."""
    lawsuit, denial = _kept([
        _LESOTHO + "Rights groups sued Lesotho's interior ministry over the detentions in March.",
        _LESOTHO + "Rights groups sued Lesotho's interior ministry over the detentions in March. The suits allege "
        "that the ministry held prisoners without trial. Lesotho's officials have denied the allegations.",
    ])
    assert ("LSONGO", "LSOGOV", "ACCUSE") in lawsuit
    assert ("LSOGOV", "LSONGO", "REJECT") in denial
