"""Tests for bilateral.places: the gazetteer, document places and the event locator (real spaCy model)."""

from __future__ import annotations

from pathlib import Path

import pytest
from spacy.language import Language

from bilateral.errors import KnowledgeError
from bilateral.models import Location
from bilateral.places import DocumentPlaces, Gazetteer, Place, locate_event
from bilateral.places import gazetteer as gazetteer_module
from bilateral.places.names import choose_place


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return Gazetteer.load()


def _locate(nlp: Language, gaz: Gazetteer, text: str, trigger: str,
            doc_text: str | None = None) -> Location | None:
    sent = nlp(text)
    index = next(t.i for t in sent if t.text == trigger)
    doc_places = gaz.document_places(doc_text) if doc_text is not None else None
    return locate_event(sent, index, gaz, doc_places)


def test_places_load_is_cached_and_covers_regions(gaz: Gazetteer) -> None:
    assert Gazetteer.load() is gaz
    drc = {p.name for name in ("North Kivu", "South Kivu", "Ituri", "Tshopo", "Haut-Katanga", "Kongo Central")
           for p in gaz.lookup(name) if p.country == "COD" and p.precision == "admin1"}
    assert drc == {"North Kivu", "South Kivu", "Ituri", "Tshopo", "Haut-Katanga", "Kongo Central"}
    assert gaz.lookup("Nord-Kivu")[0].name == "North Kivu"
    assert {p.country for p in gaz.lookup("Tigray")} == {"ETH"}


def test_places_every_country_has_a_centroid(gaz: Gazetteer) -> None:
    rwanda = gaz.country("RWA")
    assert rwanda is not None and rwanda.lat is not None and -3 < rwanda.lat < -1 and 28 < rwanda.lon < 31
    for place in (p for name in ("Kenya", "Brazil", "Japan", "Peru") for p in gaz.lookup(name)):
        assert place.lat is not None and place.lon is not None


def test_places_provinces_of_drc_are_all_listed() -> None:
    path = Path(gazetteer_module.__file__).parent.parent / "data" / "places" / "admin1.jsonl"
    lines = [line for line in path.read_text(encoding="utf-8").splitlines()
             if '"COD"' in line and '"kind": "admin1"' in line]
    assert len(lines) == 26


def test_places_common_word_city_names_are_not_indexed_or_need_a_preposition(gaz: Gazetteer) -> None:
    assert gaz.lookup("March") == ()
    assert all(p.rule == "locative" for p in gaz.lookup("Nice") if p.precision == "city")
    doc = gaz.document_places("The talks were nice. Reading the report, officials met in Nice.")
    assert [p.name for p, _ in doc.places] == ["Nice"]


def test_places_bad_centroid_line_names_file_and_line(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "country_centroids.tsv").write_text("# header\nRWA\t-2.0\teast\n", encoding="utf-8")
    monkeypatch.setattr(gazetteer_module, "_data_path", lambda name: tmp_path / name)
    with pytest.raises(KnowledgeError, match=r"country_centroids.tsv:2"):
        gazetteer_module._load_centroids()


def test_places_document_places_counts_countries_and_ignores_surname_towns(gaz: Gazetteer) -> None:
    text = ("Obama spoke with Kagame by phone. Rwanda and the DRC traded accusations over fighting near Goma, "
            "and Rwanda denied it.")
    doc = gaz.document_places(text)
    weights = doc.country_weights()
    assert weights["RWA"] == 2 and weights["COD"] == 2
    assert "JPN" not in weights
    assert doc.dateline is None


def test_places_dateline_is_read(gaz: Gazetteer) -> None:
    doc = gaz.document_places("KIGALI, Aug 11 (Reuters) - Rwanda's foreign minister met his counterpart.")
    assert doc.dateline is not None and doc.dateline.name == "Kigali" and doc.dateline.country == "RWA"


def test_places_locates_a_city(nlp: Language, gaz: Gazetteer) -> None:
    loc = _locate(nlp, gaz, "M23 fighters shelled an army camp near Goma on Sunday.", "shelled")
    assert loc is not None
    assert (loc.name, loc.country, loc.admin1, loc.precision) == ("Goma", "COD", "North Kivu", "city")
    assert loc.lat is not None and -2 < loc.lat < -1


def test_places_locates_a_province(nlp: Language, gaz: Gazetteer) -> None:
    loc = _locate(nlp, gaz, "Heavy fighting broke out in South Kivu province overnight.", "broke")
    assert loc is not None and (loc.name, loc.country, loc.precision) == ("South Kivu", "COD", "admin1")


def test_places_locates_a_country_only(nlp: Language, gaz: Gazetteer) -> None:
    loc = _locate(nlp, gaz, "Ugandan soldiers have killed dozens of fighters inside the DRC, officials said.",
                  "killed")
    assert loc is not None and (loc.name, loc.country, loc.precision) == ("DRC", "COD", "country")


def test_places_directional_country_phrase(nlp: Language, gaz: Gazetteer) -> None:
    loc = _locate(nlp, gaz, "The rebels captured several towns in eastern Congo last month.", "captured")
    assert loc is not None and (loc.name, loc.country, loc.precision) == ("eastern Congo", "COD", "country")


def test_places_foreign_capital_hosting_talks(nlp: Language, gaz: Gazetteer) -> None:
    loc = _locate(nlp, gaz, "Envoys opened talks in Nairobi between Rwanda and the DRC on Friday.", "talks")
    assert loc is not None and (loc.name, loc.country) == ("Nairobi", "KEN")


def test_places_destination_of_a_visit(nlp: Language, gaz: Gazetteer) -> None:
    loc = _locate(nlp, gaz, "The Belgian foreign minister travelled to Kinshasa to meet Tshisekedi.",
                  "travelled")
    assert loc is not None and (loc.name, loc.country) == ("Kinshasa", "COD")


def test_places_ambiguous_city_follows_document_countries(nlp: Language, gaz: Gazetteer) -> None:
    sentence = "Gunmen attacked a checkpoint in Tripoli late on Saturday."
    lebanon_story = "Lebanon's army said the clashes in Lebanon spread north. " + sentence
    libya_story = "Libya's unity government said fighting in Libya had calmed. " + sentence
    in_lebanon = _locate(nlp, gaz, sentence, "attacked", lebanon_story)
    in_libya = _locate(nlp, gaz, sentence, "attacked", libya_story)
    assert in_lebanon is not None and in_lebanon.country == "LBN"
    assert in_libya is not None and in_libya.country == "LBY"


def test_places_actor_names_are_not_locations(nlp: Language, gaz: Gazetteer) -> None:
    assert _locate(nlp, gaz, "The Kigali government rejected the findings of the report.", "rejected") is None
    assert _locate(nlp, gaz, "Rwandan troops crossed the frontier, Congolese officials said.", "crossed") is None
    assert _locate(nlp, gaz, "Washington imposed sanctions on Rwanda over the support.", "imposed") is None


def test_places_no_place_gives_none(nlp: Language, gaz: Gazetteer) -> None:
    assert _locate(nlp, gaz, "The minister condemned the attack in strong terms.", "condemned") is None


def test_places_dateline_is_the_fallback(nlp: Language, gaz: Gazetteer) -> None:
    doc_text = "NAIROBI, March 3 (Reuters) - Kenya's president condemned the attack."
    loc = _locate(nlp, gaz, "Kenya's president condemned the attack.", "condemned", doc_text)
    assert loc is not None and (loc.name, loc.country) == ("Nairobi", "KEN")


def test_places_choose_place_prefers_document_country_then_population() -> None:
    small = Place("Bor", "SSD", None, 6.2, 31.6, "city", 26_000)
    other = Place("Bor", "RUS", None, 56.4, 44.1, "city", 40_000)
    assert choose_place([small, other], {"SSD": 3}, locative_ok=True) == small
    assert choose_place([small, other], {}, locative_ok=True) is None
    big = Place("Tripoli", "LBY", None, 32.9, 13.2, "city", 1_300_000)
    assert choose_place([small, big], {}, locative_ok=True) == big


def test_places_document_places_type(gaz: Gazetteer) -> None:
    doc = gaz.document_places("")
    assert isinstance(doc, DocumentPlaces) and doc.places == () and doc.dateline is None


def test_places_cache_round_trip_and_corrupt_cache_is_ignored(gaz: Gazetteer, tmp_path: Path) -> None:
    path = tmp_path / "bilateral" / "gazetteer-test.pickle"
    gazetteer_module._write_cache(path, gaz)
    cached = gazetteer_module._read_cache(path)
    assert cached is not None and len(cached) == len(gaz)
    assert cached.lookup("Goma") == gaz.lookup("Goma")
    path.write_bytes(b"not a pickle")
    assert gazetteer_module._read_cache(path) is None


def test_places_scan_finds_the_longest_name_as_a_word_by_word_search_would(gaz: Gazetteer) -> None:
    from bilateral.places.names import _WORD, _strip_possessive, scan_names

    def brute(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int, str]]:
        out, i = [], 0
        while i < len(spans):
            first = text[spans[i][0]:spans[i][1]]
            hit = None
            if first[:1].isupper() or first == "the":
                for j in range(min(len(spans), i + 10), i, -1):
                    name = _strip_possessive(" ".join(text[spans[i][0]:spans[j - 1][1]].split()))
                    if gaz.lookup(name):
                        hit = (i, j, name)
                        break
            if hit is None:
                i += 1
            else:
                out.append(hit)
                i = hit[1]
        return out

    for text in ("Talks in the Democratic Republic of the Congo's east and in  United\nArab Emirates 's capital.",
                 "Bonaire, Saint Eustatius and Saba 's coast, The Hague, Washington, D.C. and Guinea-Bissau.",
                 "President Paul Kagame of Rwanda met the United States envoy in Kigali'"):
        spans = [m.span() for m in _WORD.finditer(text)]
        assert [(h.start, h.end, h.name) for h in scan_names(text, spans, gaz)] == brute(text, spans)
