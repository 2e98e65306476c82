"""Merging: the vocabulary file, clause content, and the links and clustering of one dyad and type."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

import pytest

from bilateral.codes import load_codes
from bilateral.errors import KnowledgeError
from bilateral.merging.content import (
    content_overlap,
    content_words,
    said_by_different_people,
    shares_more_than_trigger,
    shares_specific,
    speakers,
)
from bilateral.merging.linking import _candidates, cluster_mentions, link_strength
from bilateral.merging.vocabulary import load_merge_vocabulary, read_merge_vocabulary, realised_type
from bilateral.models import Actor, CameoCode, Event, Modality, PloverType

USA = Actor("Blinken", "Antony Blinken", "USAGOV", "USA", "GOV", "person")
RWA = Actor("Kagame", "Paul Kagame", "RWAGOV", "RWA", "GOV", "person")


def _event(doc: str, date: str | None, sentence: str = "Blinken visited Kagame in Kigali.", *, trigger: str = "visited",
           index: int = 0, modality: Modality = "asserted", cameo: str = "042", plover: str = "CONSULT",
           quad_class: int = 1) -> Event:
    precision = {10: "day", 7: "month", 4: "year"}.get(len(date or ""))
    start = next((i for i, w in enumerate(sentence.split()) if w.casefold().startswith(trigger.casefold()[:4])), 0)
    return Event(
        doc_id=doc, sentence_index=index, sentence=sentence, char_start=0, char_end=len(sentence), source=USA,
        target=RWA, event_type=PloverType(plover), cameo=CameoCode(cameo), quad_class=quad_class, goldstein=1.9,
        modality=modality, trigger=trigger, confidence=0.8, coder="test/1", trigger_start=start, date=date,
        date_precision=precision, date_source="text" if date else None,  # type: ignore[arg-type]
    )


def _docs(clusters: list[list[Event]]) -> list[list[str]]:
    return sorted(sorted(e.doc_id for e in c) for c in clusters)


def test_merging_vocabulary_pairs_announcements_with_their_acts() -> None:
    vocabulary = load_merge_vocabulary()
    assert vocabulary.announced_acts["036"] == "040"
    assert realised_type("036") == "CONSULT" and realised_type("0361") == "CONSULT"
    assert realised_type("1312") == str(load_codes().get("163").plover)
    assert realised_type("042") is None
    assert {"the", "said", "officials"} <= vocabulary.stop_words
    assert "minister" in vocabulary.titles and "said" in vocabulary.speaker_verbs
    assert "said" in vocabulary.inverted_speaker_verbs and "officials" in vocabulary.generic_speakers


def test_merging_vocabulary_bad_file_names_the_file_and_entry(tmp_path: Path) -> None:
    path = tmp_path / "merging.json"
    path.write_text(json.dumps({"announced_acts": {"042": "040"}, "function_words": ["the"],
                                "speech_words": ["said"]}), encoding="utf-8")
    with pytest.raises(KnowledgeError, match=r"merging\.json.*'042' is not an intent"):
        read_merge_vocabulary(path)
    path.write_text(json.dumps({"announced_acts": {"036": "040"}, "function_words": ["The"], "speech_words": []}),
                    encoding="utf-8")
    with pytest.raises(KnowledgeError, match=r"merging\.json.*'function_words'"):
        read_merge_vocabulary(path)
    path.write_text(json.dumps({"announced_acts": {"036": "040"}, "function_words": ["the"], "speech_words": [],
                                "titles": ["Minister"], "speaker_verbs": [], "inverted_speaker_verbs": [],
                                "generic_speakers": []}), encoding="utf-8")
    with pytest.raises(KnowledgeError, match=r"merging\.json.*'titles'"):
        read_merge_vocabulary(path)
    path.write_text("{", encoding="utf-8")
    with pytest.raises(KnowledgeError, match=r"merging\.json: cannot read"):
        read_merge_vocabulary(path)


def test_merging_content_is_the_clause_without_stop_words_or_single_letters() -> None:
    event = _event("a", None, "The U.S. imposed sanctions on 12 banks in Kigali, officials said; talks resumed.",
                   trigger="imposed")
    words = content_words(event)
    assert {"impos", "sanct", "12", "banks", "kigal"} <= words
    assert not {"u", "s", "the", "offic", "said", "talks"} & words


def test_merging_content_overlap_is_shared_share_of_the_smaller_clause() -> None:
    a = _event("a", None, "Blinken visited Kagame in Kigali.")
    b = _event("b", None, "Blinken visited Kagame in Kigali on a long tour of Africa.")
    c = _event("c", None, "Blinken visited troops in Goma and Bukavu.")
    assert content_overlap(a, b) == 1.0
    assert content_overlap(a, c) == 0.5
    assert not shares_more_than_trigger(a, c) and shares_more_than_trigger(a, b)


def test_merging_linking_same_month_merges_in_one_story_but_needs_content_across_stories() -> None:
    a = _event("a", "2022-08", "Blinken visited Kagame in Kigali.")
    b = _event("a", "2022-08", "Earlier the envoy met officials about refugees.", trigger="met", index=3)
    c = _event("c", "2022-08", "The envoy met officials about refugees.", trigger="met")
    assert link_strength(a, b, 7) > 0
    assert link_strength(a, c, 7) == 0
    assert link_strength(b, c, 7) > 0


def test_merging_linking_vague_date_joins_a_precise_one_only_with_same_trigger_and_content() -> None:
    day = _event("a", "2022-08-11")
    assert link_strength(_event("b", "2022-08"), day, 7) > 0
    other = _event("b", "2022-08", "Blinken welcomed Kagame in Kigali.", trigger="welcomed")
    assert link_strength(other, day, 7) == 0
    assert link_strength(_event("b", None, "Blinken welcomed Kagame in Kigali.", trigger="welcomed"), day, 7) == 0


def test_merging_linking_announcement_joins_its_act_only_when_not_dated_after_it() -> None:
    plan = _event("a", "2022-08-11", "Blinken will visit Kagame in Kigali.", trigger="visit", modality="future",
                  cameo="036", plover="AGREE")
    visit = _event("b", "2022-08-11")
    assert _docs(cluster_mentions([plan, visit], 7)) == [["a", "b"]]
    late_plan = dataclasses.replace(plan, date="2022-08-12")
    assert _docs(cluster_mentions([visit, late_plan], 7)) == [["a"], ["b"]]
    elsewhere = _event("c", "2022-08-11", "Blinken will visit troops in Goma next year.", trigger="visit",
                       modality="future", cameo="036", plover="AGREE")
    assert _docs(cluster_mentions([elsewhere, visit], 7)) == [["b"], ["c"]]


def test_merging_linking_vague_mention_linked_to_two_happenings_joins_neither() -> None:
    first, second = _event("a", "2022-08-01"), _event("b", "2022-08-20")
    vague = _event("c", "2022-08")
    assert _docs(cluster_mentions([first, second, vague], 7)) == [["a"], ["b"], ["c"]]
    assert _docs(cluster_mentions([first, vague], 7)) == [["a", "c"]]


def test_merging_linking_clusters_never_span_more_than_the_window() -> None:
    events = [_event(f"d{i}", f"2022-08-{1 + 3 * i:02d}") for i in range(4)]
    for cluster in cluster_mentions(events, 7):
        days = [int((e.date or "")[-2:]) for e in cluster]
        assert max(days) - min(days) <= 7


def test_merging_linking_candidates_come_from_date_buckets_not_all_pairs() -> None:
    spread = [_event(f"d{i}", f"20{10 + i // 12:02d}-{1 + i % 12:02d}-15") for i in range(120)]
    assert list(_candidates(spread, 7)) == []
    same_day = [_event(f"d{i}", "2022-08-11") for i in range(5)]
    assert len(list(_candidates(same_day, 7))) == 10


def test_merging_content_names_after_a_title_are_no_shared_object() -> None:
    plan = _event("a", "2025-01", "President Donald Trump floated a plan to open the air base to refugees.",
                  trigger="floated")
    effort = _event("b", "2025", "The agency leads the deportation effort under President Donald Trump.",
                    trigger="deportation")
    assert {"donal", "trump"} <= content_words(plan) & content_words(effort)
    assert not shares_more_than_trigger(plan, effort)
    same_base = _event("c", "2025-02", "Soldiers flew the first migrants to the naval base in February.",
                       trigger="flew")
    assert shares_more_than_trigger(plan, same_base)


def test_merging_content_specific_words_are_numbers_and_names() -> None:
    ban = _event("a", "2024", "The ministry banned 400 books written by exiled authors.", trigger="banned")
    listed = _event("a", None, "Its inspectors identified 400 books as harmful to readers.", trigger="identified",
                    index=3)
    assert shares_specific(ban, listed)
    attack = _event("a", "2024-07-02", "Rebels attacked civilians in several villages.", trigger="attacked")
    displaced = _event("a", None, "Rebels displaced civilians from their villages.", trigger="displaced", index=4)
    assert content_overlap(attack, displaced) >= 0.34
    assert not shares_specific(attack, displaced)  # common words only


def test_merging_content_speakers_are_the_named_people_who_spoke() -> None:
    assert speakers(_event("a", None, "The attack is a crime, Interior Minister Anna Berg said.")) == {"berg"}
    assert speakers(_event("a", None, "We will respond,\" said Rossi.")) == {"rossi"}
    assert speakers(_event("a", None, "Moretti called the strike a provocation.", trigger="called")) == {"moretti"}
    assert speakers(_event("a", None, "Officials said the talks failed.", trigger="said")) == frozenset()
    assert speakers(_event("a", None, "The envoy urged Lisbon to act.", trigger="urged")) == frozenset()
    known = dataclasses.replace(_event("a", None, "The minister condemned the raid.", trigger="condemned"),
                                source=dataclasses.replace(USA, person="Antony Blinken"))
    assert speakers(known) == {"antony", "blinken"}


def test_merging_content_statements_by_different_people_are_two_acts() -> None:
    first = _event("a", "2025-03-11", "Berg said the blockade was illegal.", trigger="said", quad_class=3)
    second = _event("a", "2025-03-11", "Rossi called the blockade a crime.", trigger="called", index=4,
                    quad_class=3)
    assert said_by_different_people(first, second)
    same = _event("a", "2025-03-11", "Berg later called the blockade a crime.", trigger="called", index=5,
                  quad_class=3)
    assert not said_by_different_people(first, same)
    named = _event("a", "2025-03-11", "Rossi called the blockade a crime, echoing Berg.", trigger="called",
                   index=6, quad_class=3)
    assert not said_by_different_people(first, named)  # the other's speaker is named: may be one act
    unnamed = _event("a", "2025-03-11", "Officials said the blockade was a crime.", trigger="said", index=7,
                     quad_class=3)
    assert not said_by_different_people(first, unnamed)
    plan = _event("a", "2025-03-11", "Rossi said the army will lift the blockade.", trigger="lift", index=8,
                  quad_class=3, modality="future")
    assert not said_by_different_people(first, plan)  # an announced act is one act whoever announces it
    attack = _event("a", "2025-03-11", "Rossi said gunmen attacked the port.", trigger="attacked", quad_class=4)
    report = _event("a", "2025-03-11", "Berg said the port was attacked at dawn.", trigger="attacked", index=9,
                    quad_class=4)
    assert not said_by_different_people(attack, report)  # witnesses of one attack are not its actors


def test_merging_linking_statements_by_different_people_never_share_a_cluster() -> None:
    berg = _event("a", "2021-02-26", "Berg described the ambush as shameful.", trigger="described",
                  quad_class=3, index=1)
    rossi = _event("a", "2021-02-26", "Rossi tweeted his condemnation of the ambush.", trigger="condemnation",
                   quad_class=3, index=2)
    quote = _event("a", "2021-02-26", "We condemn the ambush and urge calm.", trigger="condemn", quad_class=3,
                   index=3)
    assert link_strength(berg, rossi, 7) > 0  # the same day links them ...
    clusters = cluster_mentions([berg, rossi, quote], 7)
    assert sorted(len(c) for c in clusters) == [1, 2]  # ... but they never meet, whatever joins the quote
    assert not any(berg in c and rossi in c for c in clusters)
    assert any(rossi in c and quote in c for c in clusters)  # the same trigger is the stronger same-day link


def test_merging_linking_undated_joins_a_dated_mention_only_on_the_same_content() -> None:
    ban = _event("a", "2024", "The ministry banned 400 books written by exiled authors.", trigger="banned")
    listed = _event("a", None, "Its inspectors listed the 400 banned books.", trigger="listed", index=3)
    assert link_strength(ban, listed, 7) > 0
    assert _docs(cluster_mentions([ban, listed], 7)) == [["a", "a"]]
    attack = _event("b", "2024-07-02", "Rebels attacked civilians in several villages.", trigger="attacked")
    displaced = _event("b", None, "Rebels displaced civilians from their villages.", trigger="displaced", index=4)
    assert link_strength(attack, displaced, 7) == 0  # common words only
    same_sentence = _event("a", None, "The ministry banned 400 books written by exiled authors.", trigger="written")
    assert link_strength(ban, same_sentence, 7) == 0  # a sentence that dates one act and not the other reports two
    reprint = _event("c", None, "The ministry banned 400 books written by exiled authors.", trigger="banned")
    assert link_strength(ban, reprint, 7) > 0
    elsewhere = _event("c", None, "Its inspectors listed the 400 banned books.", trigger="listed")
    assert link_strength(ban, elsewhere, 7) == 0  # across stories, the same trigger is needed


def test_merging_meetings_with_different_named_people_never_share_a_cluster() -> None:
    import dataclasses

    from bilateral.merging.content import met_different_people

    lind = dataclasses.replace(RWA, text="Lind", name="Mara Lind", person="Mara Lind")
    osei = dataclasses.replace(RWA, text="Osei", name="Kofi Osei", person="Kofi Osei")
    talks = dataclasses.replace(_event("a", "2023-05-04", "Blinken held talks with President Mara Lind.",
                                       trigger="talks", cameo="040"), target=lind)
    also = dataclasses.replace(_event("a", "2023-05-04", "Blinken also met Foreign Minister Kofi Osei.",
                                      trigger="met", cameo="040", index=3), target=osei)
    arrival = _event("a", "2023-05-04", "Blinken arrived in the capital on Thursday.", trigger="arrived", index=1)
    assert met_different_people(talks, also)
    assert not met_different_people(talks, arrival)  # no person on the other side: may be one visit
    named = dataclasses.replace(also, sentence="Blinken met Kofi Osei after his talks with Mara Lind.")
    assert not met_different_people(talks, named)  # the other's counterpart is named: may be one meeting
    statement = dataclasses.replace(also, cameo=CameoCode("010"), quad_class=1)
    assert not met_different_people(talks, statement)  # only meetings
    clusters = cluster_mentions([talks, arrival, also], 7)
    assert [[e.sentence_index for e in c] for c in clusters] == [[0, 1], [3]]


def test_merging_linking_a_course_over_a_period_is_no_act_of_the_story_day() -> None:
    from bilateral.merging.content import spans_period

    def published(doc: str, sentence: str, trigger: str, index: int) -> Event:
        event = _event(doc, "2024-09-03", sentence, trigger=trigger, index=index, cameo="190", plover="ASSAULT",
                       quad_class=4)
        return dataclasses.replace(event, date_source="publication", source=front, target=None)

    front = Actor("Sahel Front", "Sahel Front", "MLIREB", "MLI", "REB", "armed_group")
    raid = published("a", "Gunmen attacked a bus carrying workers near the border crossing.", "attacked", 0)
    claim = published("a", "The Sahel Front claimed responsibility for the attack.", "attack", 2)
    course = published("a", "Since the start of the year, the Sahel Front has stepped up attacks on convoys.",
                       "attacks", 9)
    weeks = published("a", "The Sahel Front has intensified its attacks over the past few weeks.", "attacks", 11)
    assert spans_period(course) and spans_period(weeks)
    assert not spans_period(raid) and not spans_period(claim)
    assert link_strength(raid, claim, 7) > 0  # two sentences telling the day's attack
    assert link_strength(raid, course, 7) == 0 and link_strength(claim, course, 7) == 0
    assert link_strength(claim, weeks, 7) == 0  # the group's name and "attack" are no shared object
    clusters = cluster_mentions([raid, claim, course, weeks], 7)
    assert [[e.sentence_index for e in c] for c in clusters] == [[0, 2], [9], [11]]
    reprint = dataclasses.replace(course, doc_id="b")
    assert link_strength(course, reprint, 7) > 0  # a story and its reprint: the same words
    far = published("a", "Gunmen attacked a bus carrying workers who had fled the drought of recent years.",
                    "attacked", 0)
    assert not spans_period(far)  # the period is another clause's, far from the trigger
    past = published("a", "In past disputes, the Sahel Front has attacked convoys on the northern road.", "attacked",
                     12)
    assert spans_period(past) and link_strength(raid, past, 7) == 0
    dated = dataclasses.replace(course, date_source="text")
    assert not spans_period(dated)  # a date the text gives dates the act itself
    # another story, published the next day, tells the course again beside the day's attack: the two courses are
    # one, and neither joins an act of another day, however many words they share with it
    next_day = dataclasses.replace(course, doc_id="c", date="2024-09-04")
    told_raid = dataclasses.replace(_event("c", "2024-09-03", "Since the start of the year, the Sahel Front "
                                           "has attacked convoys; on Tuesday it attacked a bus.", trigger="attacked",
                                           cameo="190", plover="ASSAULT", quad_class=4), source=front, target=None)
    assert link_strength(course, next_day, 7) > 0
    assert not spans_period(told_raid) and link_strength(next_day, told_raid, 7) == 0


def test_merging_linking_a_sequel_sentence_tells_another_happening_than_the_one_before() -> None:
    def attack(sentence: str, trigger: str, index: int, doc: str = "a") -> Event:
        return _event(doc, "2024-02", sentence, trigger=trigger, index=index, cameo="190", plover="ASSAULT",
                      quad_class=4)

    ambush = attack("Last month, insurgents ambushed a bus carrying police officers near Dorra.", "ambushed", 5)
    bomb = attack("Days later, a roadside bomb hit a police truck in the same town.", "hit", 6)
    assert link_strength(ambush, bomb, 7) > 0  # one story, one month: linked ...
    assert _docs(cluster_mentions([ambush, bomb], 7)) == [["a"], ["a"]]  # ... but two happenings
    next_day = dataclasses.replace(bomb, sentence="The next day, a roadside bomb hit a police truck in the town.")
    assert _docs(cluster_mentions([ambush, next_day], 7)) == [["a"], ["a"]]
    retold = attack("The ambush of the bus near Dorra killed 12 officers.", "ambush", 6)
    assert _docs(cluster_mentions([ambush, retold], 7)) == [["a", "a"]]  # no sequel: one happening
    far = dataclasses.replace(bomb, sentence_index=9)
    assert _docs(cluster_mentions([ambush, far], 7)) == [["a", "a"]]  # not the sentence just before


def test_merging_linking_another_act_is_apart_from_the_story_s_earlier_ones() -> None:
    from bilateral.merging.content import tells_another

    def attack(sentence: str, trigger: str, index: int) -> Event:
        return _event("a", "2024-05-06", sentence, trigger=trigger, index=index, cameo="190", plover="ASSAULT",
                      quad_class=4)

    first = attack("Gunmen attacked a police post in Dorra on Monday.", "attacked", 0)
    second = attack("In another attack, gunmen raided a checkpoint outside the town.", "attack", 4)
    retold = attack("The attack on the police post killed three officers.", "attack", 2)
    mutual = attack("The two groups accused each other of attacks on the post.", "attacks", 5)
    assert tells_another(second) and not tells_another(first) and not tells_another(retold)
    assert not tells_another(mutual)  # reciprocal 'each other'
    assert link_strength(first, second, 7) > 0  # one day: linked ...
    clusters = cluster_mentions([first, retold, second], 7)
    assert [[e.sentence_index for e in c] for c in clusters] == [[0, 2], [4]]  # ... but another attack
    earlier = dataclasses.replace(second, sentence_index=0, doc_id="b")
    assert _docs(cluster_mentions([first, earlier], 7)) == [["a", "b"]]  # another story: no earlier sentence
