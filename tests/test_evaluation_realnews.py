"""Tests of the real-news yardstick: the news-class measure, the VOA gold format, its scoring and its causes.

The scoring tests build gold and coded events by hand (no model); the last tests run the measures on the shared
sets and the project's gold, and skip when ``../shared`` is absent.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from bilateral.errors import InputError
from bilateral.evaluation.newsclass import NewsSentence, outcomes, pentaclass, read_news_sentences, spans_overlap
from bilateral.events import Lexicon
from bilateral.evaluation.voa import (
    Coded,
    SentenceView,
    actor_country,
    agreement,
    date_agrees,
    miss_cause,
    score_stories,
)
from bilateral.evaluation.voagold import (
    SentenceKey,
    VoaEvent,
    VoaSentence,
    check_story,
    country_of,
    read_gold_folder,
    read_story_gold,
    sentence_hash,
)
from bilateral.models import Actor, Event

from .conftest import SHARED

PROJECT = Path(__file__).resolve().parents[1]
VOA = SHARED / "eval" / "realnews" / "voa_dev.jsonl"
NEWS = SHARED / "eval" / "realnews" / "conflibert_news_dev.jsonl"


def _gold(source: str, target: str | None, cameo: str, plover: str, modality: str = "asserted",
          date: str | None = "2025-03-11", trigger: str | None = "attack", context: bool = False) -> VoaEvent:
    return VoaEvent(source, target, cameo, plover, modality, date, trigger, context, None)


def _coded(source: str, target: str | None, plover: str, date: str | None = "2025-03-11",
           modality: str = "asserted") -> Coded:
    return Coded((source, target, plover), date, modality, f"{source}->{target} {plover}")


def _sentence(index: int, *events: VoaEvent) -> VoaSentence:
    return VoaSentence("s1", SentenceKey(index, index * 10, index * 10 + 9, "0" * 10), events)


def test_evaluation_pentaclass_follows_the_cameo_root() -> None:
    assert [pentaclass(c) for c in ("020", "036", "0874", "112", "1823", "14", "203")] == [0, 1, 2, 3, 4, 4, 4]


def test_evaluation_spans_overlap_by_characters() -> None:
    text = "Iraqi troops mounted an attack on the village."
    assert spans_overlap(text, "troops", ["Iraqi troops"])
    assert not spans_overlap(text, "the village", ["Iraqi troops"])
    assert not spans_overlap(text, "Kurds", ["Iraqi troops"])


def _event(cameo: str, source_text: str) -> Event:
    actor = Actor(source_text, source_text, "IRQMIL", "IRQ", "MIL", "state")
    return Event("d", 0, "", 0, 0, actor, None, "ASSAULT", cameo, 4, -10.0, "asserted", "x", 1.0,  # type: ignore[arg-type]
                 "test")


def test_evaluation_newsclass_outcomes_count_right_class_and_overlap() -> None:
    sents = [NewsSentence("a", "Iraqi troops attacked the town.", 4, ("Iraqi troops",), ()),
             NewsSentence("b", "Iraq praised Iran.", 0, (), ()),
             NewsSentence("c", "Iraq met Iran.", 1, ("Iraq",), ())]
    done = outcomes(sents, {"a": [_event("190", "troops")], "b": [_event("051", "Iraq")]})
    assert [o.right_class for o in done] == [True, False, False]
    assert [o.classes for o in done] == [(4,), (1,), ()]
    assert [o.source_overlap for o in done] == [True, None, False]


def test_evaluation_newsclass_bad_record_names_file_and_line(tmp_path: Path) -> None:
    path = tmp_path / "news.jsonl"
    path.write_text('{"id": "a", "text": "t", "pentaclass": 2}\n{"id": "b", "text": "t", "pentaclass": 7}\n')
    with pytest.raises(InputError, match=r"news.jsonl:2: .*pentaclass 7"):
        read_news_sentences(path)


def test_evaluation_voa_scoring_counts_levels_and_dates() -> None:
    gold = {"s1": [
        _sentence(0, _gold("PAKREB", "PAKCVL", "181", "ASSAULT"), _gold("PAKMIL", "PAKREB", "190", "ASSAULT")),
        _sentence(1, _gold("USAGOV", "CHNGOV", "163", "COERCE", modality="negated")),
        _sentence(2),
    ]}
    coded = {("s1", 0): [_coded("PAK", "PAK", "ASSAULT", date="2025-03-11"),
                         _coded("PAK", "PAK", "ACCUSE")],
             ("s1", 1): [_coded("USA", "CHN", "COERCE")],
             ("s1", 2): [_coded("USA", "CHN", "THREATEN", modality="hypothetical")]}
    result = score_stories(gold, coded)
    plover, dyad = result.levels["plover"], result.levels["dyad"]
    assert (plover.tp, plover.fp, plover.fn) == (1, 2, 1)
    assert (dyad.tp, dyad.fp, dyad.fn) == (2, 1, 0)
    assert (result.dates_scored, result.dates_right) == (1, 1)
    assert sorted(f.cause for f in result.false_events) == [
        "did not happen (gold: negated or hypothetical)", "wrong type"]
    assert [m.cause for m in result.misses] == ["construction"]
    assert result.to_dict()["false_events_by_cause"]["wrong type"] == 1


def test_evaluation_voa_scoring_pairs_the_gold_event_a_coded_one_repeats() -> None:
    gold = {"s1": [_sentence(0, _gold("MLIREB", "MLIMIL", "190", "ASSAULT", modality="alleged", date=None),
                             _gold("MLIMIL", "MLIREB", "190", "ASSAULT", date="2025-03"))]}
    own = Coded(("MLI", "MLI", "ASSAULT"), "2025-03-11", "asserted", "army attacked rebels",
                ("MLIMIL", "MLIREB", "190"))
    result = score_stories(gold, {("s1", 0): [own]})
    assert [m.event.source for m in result.misses] == ["MLIREB"]
    assert (result.dates_scored, result.dates_right) == (1, 1)
    assert result.levels["plover"].tp == 1


def test_evaluation_voa_scoring_pairs_in_gold_order_when_codes_say_nothing() -> None:
    gold = {"s1": [_sentence(0, _gold("MLIREB", "MLIMIL", "190", "ASSAULT", date=None),
                             _gold("MLIMIL", "MLIREB", "190", "ASSAULT", date="2025-03"))]}
    result = score_stories(gold, {("s1", 0): [_coded("MLI", "MLI", "ASSAULT")]})
    assert [m.event.source for m in result.misses] == ["MLIMIL"]
    assert result.dates_scored == 0
    other = score_stories(gold, {("s1", 0): [_coded("MLI", "NER", "ASSAULT")]})
    assert len(other.misses) == 2 and len(other.false_events) == 1


def test_evaluation_voa_date_agrees_within_gold_precision() -> None:
    assert date_agrees("2025-03", "2025-03-11")
    assert date_agrees("2025", "2025-12-31")
    assert not date_agrees("2025-03-11", "2025-03")
    assert not date_agrees("2025-03-11", "2025-03-12")
    assert not date_agrees(None, "2025-03-12")
    assert date_agrees("2024-12", "2024-12-31")


def test_evaluation_voa_coded_and_gold_actors_score_alike() -> None:
    """A coded actor and the gold code for it reach one scoring level: an unknown-country agent is ``---`` in
    any sector (before, a coded ``---NGO`` scored ``NGO`` and never met the gold's ``---NGO``)."""
    def actor(code: str, country: str | None, sector: str | None) -> Actor:
        return Actor("x", "x", code, country, sector, "group")

    for code, country, sector in [("---NGO", None, "NGO"), ("---REF", None, "REF"), ("---GOV", None, "GOV"),
                                  ("NGORSF", None, "NGO"), ("IGOUNO", None, "IGO"), ("KENGOV", "KEN", "GOV")]:
        assert actor_country(actor(code, country, sector)) == country_of(code)


def test_evaluation_voa_miss_causes_in_order() -> None:
    knows = Lexicon.load().prefilter.knows
    view = SentenceView(frozenset({"PAK"}), lambda trigger: knows(trigger, "Rebels killed two and imposed tariffs."))
    assert miss_cause(_gold("PAKREB", "AFGGOV", "190", "ASSAULT", context=True), view) == "needs an earlier sentence"
    assert miss_cause(_gold("PAKREB", "AFGGOV", "190", "ASSAULT"), view) == "actor unknown"
    assert miss_cause(_gold("PAKREB", "PAKCVL", "181", "ASSAULT", trigger="serenaded"), view) == "trigger unknown"
    # a gold trigger is written as in the text: inflected, irregular or of several words, it is still known
    for trigger in ("killed", "fought", "held talks", "imposed"):  # "imposed" beside its object "tariffs"
        assert miss_cause(_gold("PAKREB", "PAKCVL", "190", "ASSAULT", trigger=trigger), view) == "construction"
    alone = SentenceView(frozenset({"PAK"}), lambda trigger: knows(trigger, "The rebels imposed their own rules."))
    assert miss_cause(_gold("PAKREB", "PAKCVL", "163", "COERCE", trigger="imposed"), alone) == "trigger unknown"


def test_evaluation_voa_agreement_is_symmetric_f1() -> None:
    first = {"s1": [_sentence(0, _gold("USAGOV", "CHNGOV", "163", "COERCE")), _sentence(1)]}
    second = {"s1": [_sentence(0, _gold("USAGOV", "CHNGOV", "163", "COERCE"),
                                _gold("CHNGOV", "USAGOV", "111", "ACCUSE")), _sentence(1)],
              "s2": [_sentence(0, _gold("USAGOV", "CHNGOV", "163", "COERCE"))]}
    one, other = agreement(first, second), agreement(second, first)
    assert one.stories == 1
    assert one.levels["plover"].f1 == pytest.approx(other.levels["plover"].f1) == pytest.approx(2 / 3)
    assert "misses by cause" not in one.table()


def _gold_line(**changes: Any) -> str:
    row: dict[str, Any] = {"story": "s1", "sentence": 0, "start": 0, "end": 9, "sha": "abc",
                           "events": [{"source": "USAGOV", "target": "CHNGOV", "cameo": "163"}]}
    row.update(changes)
    return json.dumps(row) + "\n"


def test_evaluation_voagold_derives_plover_and_rejects_bad_codes(tmp_path: Path) -> None:
    good = tmp_path / "s1.jsonl"
    good.write_text(_gold_line())
    [sent] = read_story_gold(good)
    assert sent.events[0].plover == "COERCE" and sent.events[0].modality == "asserted"
    for bad, message in (({"source": "usa"}, "not a CAMEO actor code"), ({"cameo": "010"}, "PLOVER type"),
                         ({"modality": "maybe"}, "modality"), ({"date": "2025-13"}, "month must be")):
        event = {"source": "USAGOV", "target": "CHNGOV", "cameo": "163", **bad}
        good.write_text(_gold_line(events=[event]))
        with pytest.raises(InputError, match=message):
            read_story_gold(good)


def test_evaluation_voagold_check_finds_uncoded_and_shifted_sentences() -> None:
    keys = [SentenceKey(0, 0, 9, "a"), SentenceKey(1, 10, 19, "b")]
    gold = [VoaSentence("s1", SentenceKey(0, 0, 9, "a"), ()), VoaSentence("s1", SentenceKey(1, 11, 19, "b"), ()),
            VoaSentence("s1", SentenceKey(2, 20, 29, "c"), ())]
    problems = list(check_story("s1", gold, keys))
    assert len(problems) == 2
    assert "sentence 1 is keyed" in problems[0] and "sentence 2 is not in the story" in problems[1]
    assert sentence_hash("a  b\nc") == sentence_hash("a b c")


@pytest.mark.skipif(not VOA.exists(), reason="shared real-news data absent")
@pytest.mark.model
def test_evaluation_voa_project_gold_is_current_and_runs() -> None:
    """The project's gold keys match the stories as split now, and the whole measure runs on it."""
    from bilateral.evaluation.voa import evaluate_voa
    from bilateral.evaluation.voagold import read_stories, sentence_keys
    from bilateral.settings import Settings

    gold = read_gold_folder(PROJECT / "eval" / "voa")
    stories = read_stories(VOA)
    assert len(gold) >= 25 and sum(len(s) for s in gold.values()) >= 600
    problems = [p for story, sents in gold.items() for p in check_story(story, sents,
                                                                          sentence_keys(stories[story]["text"]))]
    assert problems == []
    result = evaluate_voa(VOA, PROJECT / "eval" / "voa", Settings())
    assert result.levels["plover"].tp + result.levels["plover"].fn == sum(
        1 for sents in gold.values() for s in sents for e in s.events if e.scored)
    assert len(result.misses) == result.levels["plover"].fn


@pytest.mark.skipif(not NEWS.exists(), reason="shared real-news data absent")
@pytest.mark.model
def test_evaluation_newsclass_runs_on_the_shared_set() -> None:
    from bilateral.evaluation.newsclass import evaluate_newsclass
    from bilateral.settings import Settings

    result = evaluate_newsclass(NEWS, Settings(), limit=60)
    assert len(result.outcomes) == 60
    assert 0 < result.right_class < 1 and 0 < result.no_event < 1
    assert "an event of the right class" in result.table(misses=2)
