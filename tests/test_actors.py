"""Tests of bilateral.actors: dictionary matching, sector phrases, dated people, titles, coreference."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pycountry
import pytest

from bilateral.actors import KnowledgeBase, resolve_actors
from bilateral.errors import KnowledgeError
from bilateral.models import Actor
from bilateral.nlp import load_nlp
from bilateral.settings import Settings

PEOPLE = [
    {"name": "Antony Blinken", "aliases": ["Blinken", "Tony Blinken"], "roles": [
        {"country": "USA", "org": None, "sector": "GOV", "office": "Deputy Secretary of State",
         "start": "2015-01-09", "end": "2017-01-20"},
        {"country": "USA", "org": None, "sector": "GOV", "office": "Secretary of State",
         "start": "2021-01-26", "end": "2025-01-20"}]},
    {"name": "Paul Kagame", "aliases": ["Kagame"], "roles": [
        {"country": "RWA", "org": None, "sector": "GOV", "office": "President", "start": "2000-03-24", "end": None}]},
    {"name": "Barack Obama", "aliases": ["Obama"], "roles": [
        {"country": "USA", "org": None, "sector": "GOV", "office": "President", "start": "2009-01-20",
         "end": "2017-01-20"}]},
]


@pytest.fixture(scope="module")
def people_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("actors") / "people.jsonl"
    path.write_text("".join(json.dumps(p) + "\n" for p in PEOPLE), encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def kb(people_file: Path) -> KnowledgeBase:
    return KnowledgeBase.load(Settings(actor_files=(str(people_file),)))


@pytest.fixture(scope="module")
def nlp():  # type: ignore[no-untyped-def]
    return load_nlp(Settings())


def codes(nlp, kb: KnowledgeBase, text: str, on: dt.date | None = dt.date(2022, 8, 11),  # type: ignore[no-untyped-def]
          context=None) -> list[tuple[str, str]]:
    return [(m.actor.text, m.actor.code) for m in resolve_actors(nlp(text), kb, on, context)]


def test_actors_country_names_and_abbreviations(nlp, kb) -> None:  # type: ignore[no-untyped-def]
    found = codes(nlp, kb, "The U.S. and the UK warned Russia, while DR Congo and Ivory Coast stayed silent.")
    assert [c for _, c in found] == ["USA", "GBR", "RUS", "COD", "CIV"]


def test_actors_pronoun_us_is_not_united_states(nlp, kb) -> None:  # type: ignore[no-untyped-def]
    assert codes(nlp, kb, "Let us hope the talks go well, she told reporters.") == []


def test_actors_sentence_without_actor(nlp, kb) -> None:  # type: ignore[no-untyped-def]
    assert codes(nlp, kb, "Heavy rain fell on Tuesday and the river rose quickly.") == []


def test_actors_demonym_with_sector_noun(nlp, kb) -> None:  # type: ignore[no-untyped-def]
    found = codes(nlp, kb, "Rwandan troops crossed the border as the Congolese government protested.")
    assert found == [("Rwandan troops", "RWAMIL"), ("Congolese government", "CODGOV")]


def test_actors_possessive_and_of_phrases(nlp, kb) -> None:  # type: ignore[no-untyped-def]
    found = dict(codes(nlp, kb, "Kenya's army shelled positions held by rebels, the government of Uganda said."))
    assert found["Kenya's army"] == "KENMIL"
    assert found["government of Uganda"] == "UGAGOV"


def test_actors_coordinated_demonyms_both_coded(nlp, kb) -> None:  # type: ignore[no-untyped-def]
    found = codes(nlp, kb, "Senior Zambian and Malawian officials signed a border accord on Friday.")
    assert [c for _, c in found] == ["ZMBGOV", "MWIGOV"]


def test_actors_demonym_without_actor_noun_is_not_an_actor(nlp, kb) -> None:  # type: ignore[no-untyped-def]
    assert codes(nlp, kb, "Exports of Kenyan tea rose sharply last year.") == []


def test_actors_metonyms_code_government_or_military(nlp, kb) -> None:  # type: ignore[no-untyped-def]
    found = dict(codes(nlp, kb, "Kinshasa accused Kigali of arming the rebels, and the Pentagon said nothing."))
    assert found == {"Kinshasa": "CODGOV", "Kigali": "RWAGOV", "Pentagon": "USAMIL"}


def test_actors_entity_of_a_country_and_a_sector_noun_is_that_sector(nlp, kb) -> None:  # type: ignore[no-untyped-def]
    found = codes(nlp, kb, "The U.S. Navy and the U.S. Senate disagreed.")
    assert found == [("U.S. Navy", "USAMIL"), ("U.S. Senate", "USALEG")]


def test_actors_longer_name_holding_a_country_is_no_actor(nlp, kb) -> None:  # type: ignore[no-untyped-def]
    assert codes(nlp, kb, "The Kenya National Theatre opened a new season.") == []
    assert codes(nlp, kb, "The Uganda Law Society criticised the ruling.") == []


def test_actors_armed_and_criminal_groups_by_their_modifier(nlp, kb) -> None:  # type: ignore[no-untyped-def]
    found = dict(codes(nlp, kb, "Syrian armed groups and a Mexican crime group clashed with Nigeria's armed forces."))
    assert found.get("Syrian armed groups") == "SYRREB"
    assert found.get("Mexican crime group") == "MEXCRM"
    assert found.get("Nigeria's armed forces") == "NGAMIL"


def test_actors_capital_used_as_place_is_the_country_not_its_government(nlp, kb) -> None:  # type: ignore[no-untyped-def]
    found = codes(nlp, kb, "Delegates from Sudan gathered in Nairobi for a second round of talks.")
    assert ("Nairobi", "KENGOV") not in found
    assert ("Nairobi", "KEN") in found
    assert ("Sudan", "SDN") in found


def test_actors_igos_ngos_and_armed_groups(nlp, kb) -> None:  # type: ignore[no-untyped-def]
    found = dict(codes(nlp, kb, "Human Rights Watch and the African Union condemned attacks by M23 rebels "
                                "and FDLR fighters on MONUSCO bases."))
    assert found["Human Rights Watch"] == "NGOHRW"
    assert found["African Union"] == "IGOAU"
    assert found["M23 rebels"] == "CODREB"
    assert found["FDLR fighters"] == "RWAREB"
    assert found["MONUSCO"] == "IGOMONUSCO"


def test_actors_dated_organisation(nlp, kb) -> None:  # type: ignore[no-untyped-def]
    text = "The Taliban announced new restrictions."
    assert codes(nlp, kb, text, dt.date(2015, 5, 1)) == [("Taliban", "AFGREB")]
    assert codes(nlp, kb, text, dt.date(2023, 5, 1)) == [("Taliban", "AFGGOV")]


def test_actors_person_coded_by_date(nlp, kb) -> None:  # type: ignore[no-untyped-def]
    text = "Antony Blinken met Rwandan officials."
    assert codes(nlp, kb, text, dt.date(2022, 8, 11))[0] == ("Antony Blinken", "USAGOV")
    assert codes(nlp, kb, text, dt.date(2019, 6, 1))[0] == ("Antony Blinken", "USA")
    assert codes(nlp, kb, "Obama criticised the decision.", dt.date(2012, 3, 1)) == [("Obama", "USAGOV")]


def test_actors_actor_on_recodes_person(kb) -> None:  # type: ignore[no-untyped-def]
    actor = kb.person_actor("Antony Blinken", dt.date(2022, 8, 11), "Blinken")
    assert actor is not None and actor.code == "USAGOV"
    assert kb.actor_on(actor, dt.date(2019, 6, 1)).code == "USA"
    state = Actor(text="Rwanda", name="Rwanda", code="RWA", country="RWA", sector=None, kind="state")
    assert kb.actor_on(state, dt.date(2019, 6, 1)) == state


def test_actors_title_absorbed_into_known_person(nlp, kb) -> None:  # type: ignore[no-untyped-def]
    found = codes(nlp, kb, "Rwandan President Paul Kagame received the delegation.")
    assert found[0] == ("Rwandan President Paul Kagame", "RWAGOV")


def test_actors_unknown_person_coded_by_title(nlp, kb) -> None:  # type: ignore[no-untyped-def]
    found = codes(nlp, kb, "Malawian Foreign Minister Tendai Moyo-Phiri flew to Lusaka on Monday.")
    assert found[0][1] == "MWIGOV"
    assert "Tendai Moyo-Phiri" in found[0][0]


def test_actors_unknown_person_without_title_is_not_coded(nlp, kb) -> None:  # type: ignore[no-untyped-def]
    assert codes(nlp, kb, "Chad Morrison, a local shopkeeper, said prices had doubled.") == []


def test_actors_country_title_phrase_without_name(nlp, kb) -> None:  # type: ignore[no-untyped-def]
    found = codes(nlp, kb, "The US secretary of state arrived in Kinshasa.")
    assert found[0][1] == "USAGOV"


def test_actors_congo_vs_congo_brazzaville(nlp, kb) -> None:  # type: ignore[no-untyped-def]
    assert [c for _, c in codes(nlp, kb, "Congo and Congo-Brazzaville signed a river transport deal.")] == \
        ["COD", "COG"]
    assert [c for _, c in codes(nlp, kb, "The Republic of Congo recalled its ambassador.")][0].startswith("COG")


def test_actors_coreference_by_surname(nlp, kb) -> None:  # type: ignore[no-untyped-def]
    doc_text = ("British Prime Minister Jonathan Hartwell-Reid arrived in Kigali. "
                "Hartwell-Reid later spoke with reporters.")
    on = dt.date(2024, 3, 2)
    context = kb.document_context(doc_text, on)
    found = codes(nlp, kb, "Hartwell-Reid later spoke with reporters.", on, context)
    assert found and found[0][1] == "GBRGOV"
    assert codes(nlp, kb, "Hartwell-Reid later spoke with reporters.", on, None) == []


def test_actors_coreference_the_president(nlp, kb) -> None:  # type: ignore[no-untyped-def]
    on = dt.date(2023, 1, 5)
    context = kb.document_context("Paul Kagame opened the summit. The president then left.", on)
    mentions = resolve_actors(nlp("The president then left."), kb, on, context)
    assert [(m.actor.code, m.actor.name, m.resolved_by) for m in mentions] == [
        ("RWAGOV", "Paul Kagame", "coreference")]


def test_actors_mentions_never_overlap(nlp, kb) -> None:  # type: ignore[no-untyped-def]
    mentions = resolve_actors(nlp("Kenyan president Uhuru Kenyatta and Ugandan troops met UN envoys in "
                                  "Kampala while the Rwandan army and M23 rebels fought."), kb, None)
    used: set[int] = set()
    for m in mentions:
        span = set(range(m.start, m.end))
        assert not span & used
        used |= span


def test_actors_may_mention_actor_has_no_false_negatives(nlp, kb) -> None:  # type: ignore[no-untyped-def]
    texts = ["Rwandan troops advanced.", "The president left.", "Police fired tear gas.",
             "Kagame spoke.", "Heavy rain fell on Tuesday.", "Malawian Foreign Minister Tendai Banda flew in."]
    for text in texts:
        if resolve_actors(nlp(text), kb, None):
            assert kb.may_mention_actor(text), text
    assert not kb.may_mention_actor("Heavy rain fell on Tuesday.")


def test_actors_countries_file_covers_iso(kb) -> None:  # type: ignore[no-untyped-def]
    for country in pycountry.countries:
        assert country.alpha_3 in kb.countries, country.alpha_3
    assert {"PSE", "XKX"} <= set(kb.countries)
    for alias, code in [("US", "USA"), ("U.S.", "USA"), ("America", "USA"), ("UK", "GBR"), ("Britain", "GBR"),
                        ("DRC", "COD"), ("DR Congo", "COD"), ("Democratic Republic of Congo", "COD"),
                        ("Türkiye", "TUR"), ("Côte d'Ivoire", "CIV")]:
        hits = kb.find(alias)
        assert len(hits) == 1 and hits[0].entries[0].key == code, alias


def test_actors_loader_error_names_file_and_line(tmp_path: Path) -> None:
    bad = tmp_path / "mine.jsonl"
    bad.write_text(json.dumps(PEOPLE[0]) + "\n" + '{"name": "X", "roles": [{"country": "rw", "start": "2020"}]}\n',
                   encoding="utf-8")
    with pytest.raises(KnowledgeError, match=r"mine\.jsonl:2"):
        KnowledgeBase.load(Settings(actor_files=(str(bad),)))


def test_actors_loader_rejects_missing_file_and_bad_json(tmp_path: Path) -> None:
    with pytest.raises(KnowledgeError, match="not found"):
        KnowledgeBase.load(Settings(actor_files=(str(tmp_path / "absent.jsonl"),)))
    broken = tmp_path / "broken.jsonl"
    broken.write_text("{not json\n", encoding="utf-8")
    with pytest.raises(KnowledgeError, match=r"broken\.jsonl:1"):
        KnowledgeBase.load(Settings(actor_files=(str(broken),)))


def test_actors_leader_surname_before_government_word(nlp, kb) -> None:  # type: ignore[no-untyped-def]
    # the packaged people file knows both Bushes: the date decides, and out of both terms the phrase itself does
    assert codes(nlp, kb, "The Bush administration froze the funds.", dt.date(1991, 5, 1)) == [
        ("Bush administration", "USAGOV")]
    assert codes(nlp, kb, "The Bush administration froze the funds.", dt.date(2004, 5, 1)) == [
        ("Bush administration", "USAGOV")]
    # a surname no head of government ever had is no government
    assert codes(nlp, kb, "The Smithers administration denied it.", dt.date(2004, 5, 1)) == []


def test_actors_bare_demonym_shares_its_conjuncts_group_noun(nlp, kb) -> None:  # type: ignore[no-untyped-def]
    found = codes(nlp, kb, "Police detained dozens of Sierra Leonean and Guinean refugees at the checkpoint.")
    assert ("Sierra Leonean", "SLEREF") in found and ("Guinean refugees", "GINREF") in found


def test_actors_security_forces_in_a_country_are_its_own(nlp, kb) -> None:  # type: ignore[no-untyped-def]
    assert codes(nlp, kb, "Security forces in Guinea arrested the journalists.")[0] == (
        "Security forces in Guinea", "GINMIL")


def test_actors_capital_coded_by_the_state_that_held_it_on_the_date(nlp, kb) -> None:  # type: ignore[no-untyped-def]
    text = "The talks in Juba ended without a deal."
    assert codes(nlp, kb, text, dt.date(2005, 3, 1)) == [("Juba", "SDN")]
    assert codes(nlp, kb, text, dt.date(2012, 3, 1)) == [("Juba", "SSD")]
    assert codes(nlp, kb, "The talks in Asmara ended.", dt.date(1991, 3, 1)) == [("Asmara", "ETH")]


def test_actors_independence_field_is_validated(tmp_path: Path) -> None:
    bad = tmp_path / "countries.jsonl"
    bad.write_text(json.dumps({"code": "ABC", "name": "Abc", "independence": "2011"}) + "\n", encoding="utf-8")
    from bilateral.actors.loader import parse_country
    with pytest.raises(KnowledgeError, match="independence"):
        parse_country(json.loads(bad.read_text(encoding="utf-8")), f"{bad}:1")


def test_actors_misspelt_country_within_one_letter(nlp, kb) -> None:  # type: ignore[no-untyped-def]
    assert codes(nlp, kb, "Ethopia has agreed to reopen its border.") == [("Ethopia", "ETH")]
    assert ("Afganistan", "AFG") in codes(nlp, kb, "Iran turned down a new proposal from Afganistan.")
    # a known word one letter from a country is itself, and a person's name is no place
    assert codes(nlp, kb, "Serbian officials met.") == [("Serbian officials", "SRBGOV")]
    assert codes(nlp, kb, "Frances Okello was born in a village.") == []


def test_actors_ethnic_group_coded_by_where_it_lives(nlp, kb) -> None:  # type: ignore[no-untyped-def]
    assert ("ethnic Hungarians", "SVK") in codes(nlp, kb, "Some 200 ethnic Hungarians rallied in Slovakia.")
    assert codes(nlp, kb, "The Hungarians of southern Slovakia sought self-rule.") == [
        ("Hungarians", "SVK"), ("Slovakia", "SVK")]
    # a demonym with a group noun stays its own country's
    assert ("Rwandan rebels", "RWAREB") in codes(nlp, kb, "Rwandan rebels in Congo attacked a village.")


def test_actors_led_forces_and_state_nouns(nlp, kb) -> None:  # type: ignore[no-untyped-def]
    assert ("US-led forces", "USAMIL") in codes(nlp, kb, "US-led forces entered the town.")
    assert ("Bosnian", "BIH") in codes(nlp, kb, "Shells hit the Bosnian town of Gorazde.")
    assert ("Indonesian", "IDN") in codes(nlp, kb, "They demanded independence from Indonesian rule.")


def test_actors_definite_descriptions_point_back(nlp, kb) -> None:  # type: ignore[no-untyped-def]
    on = dt.date(2024, 3, 2)
    doc_text = ("Burundi reopened its border on Monday. The east African nation had closed it in January.\n"
                "The M23 seized Bukavu last week. The rebel group later entered Uvira.\n"
                "The UNHCR warned of a crisis. The UN agency said camps were full.\n"
                "Kenya and Uganda signed the deal. The country will host the next round.")
    context = kb.document_context(doc_text, on)

    def first(sentence: str) -> tuple[str, str]:
        return codes(nlp, kb, sentence, on, context)[0]

    assert first("The east African nation had closed it in January.") == ("The east African nation", "BDI")
    assert first("The rebel group later entered Uvira.") == ("The rebel group", "CODREB")
    assert first("The UN agency said camps were full.") == ("The UN agency", "IGOUNHCR")
    # two countries named just before: "the country" is left uncoded
    assert codes(nlp, kb, "The country will host the next round.", on, context) == []
    # and nothing without a document to point back into
    assert codes(nlp, kb, "The rebel group later entered Uvira.", on, None)[:1] != [("The rebel group", "CODREB")]


def test_actors_seat_of_a_body_is_the_capital_when_its_country_is_named(nlp, kb) -> None:  # type: ignore[no-untyped-def]
    assert ("Brussels", "IGOEU") in codes(nlp, kb, "Kenya asked Brussels for more aid.")
    assert ("Brussels", "BELGOV") in codes(nlp, kb, "Rwanda expelled Belgian diplomats and cut ties with Brussels.")
