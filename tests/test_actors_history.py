"""Definite descriptions repeating an earlier actor's head noun (actors/history.py), alone and in the pipeline."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from typing import Any

import pytest

from bilateral.actors.history import SECTOR_WINDOW, WINDOW, ActorHistory
from bilateral.models import Actor, Document, Mention

pytestmark = pytest.mark.model

US_OFFICIAL = Actor("State Department official", "United States", "USAGOV", "USA", "GOV", "person")
KE_OFFICIALS = Actor("Kenyan officials", "Kenya", "KENGOV", "KEN", "GOV", "group")
SO_OFFICIALS = Actor("Somali officials", "Somalia", "SOMGOV", "SOM", "GOV", "group")
TURKEY_GOV = Actor("official", "Turkey", "TURGOV", "TUR", "GOV", "group")
REBELS = Actor("al-Tawhid", "al-Tawhid", "SYRREB", "SYR", "REB", "armed_group")


def _mention(sent: Any, text: str, actor: Actor, resolved_by: str = "dictionary") -> Mention:
    span = sent.char_span(sent.text.index(text), sent.text.index(text) + len(text))
    return Mention(actor, span.start, span.end, span.start_char, span.end_char, 1.0, resolved_by)


def _history(nlp: Any, texts: list[str], mentions: dict[int, list[tuple[str, Actor]]]) -> ActorHistory:
    """A history that parsed ``texts`` but the last, with the given mentions (text, actor) per sentence."""
    history = ActorHistory(texts)
    for i, text in enumerate(texts[:-1]):
        sent = nlp(text)
        history.remember(i, sent, [_mention(sent, t, a) for t, a in mentions.get(i, [])])
    return history


def _coded(history: ActorHistory, index: int, sent: Any, mentions: list[Mention]) -> list[tuple[str, str, str]]:
    return [(m.actor.text, m.actor.code, m.resolved_by) for m in history.resolve(index, sent, mentions)]


def test_actors_history_the_official_is_the_official_named_before(nlp: Any) -> None:
    texts = ["A State Department official met reporters on Wednesday.", "The official warned Iran."]
    history = _history(nlp, texts, {0: [("State Department official", US_OFFICIAL)]})
    sent = nlp(texts[1])
    assert _coded(history, 1, sent, []) == [("official", "USAGOV", "history")]
    # the document's main country guessed for it gives way; a name of its own does not
    weak = _mention(sent, "official", TURKEY_GOV, "document")
    assert _coded(history, 1, sent, [weak]) == [("official", "USAGOV", "history")]
    strong = _mention(sent, "official", TURKEY_GOV, "title")
    assert _coded(history, 1, sent, [strong]) == [("official", "TURGOV", "title")]


def test_actors_history_the_group_takes_an_apposition_and_its_modifiers_must_match(nlp: Any) -> None:
    texts = ["The militant group al-Tawhid attacked a convoy on Monday.", "The group said it killed soldiers."]
    history = _history(nlp, texts, {0: [("al-Tawhid", REBELS)]})
    assert _coded(history, 1, nlp(texts[1]), []) == [("group", "SYRREB", "history")]
    assert _coded(history, 1, nlp("The militant group said it killed soldiers."), []) == [
        ("militant group", "SYRREB", "history")]
    assert _coded(history, 1, nlp("The separatist group said it killed soldiers."), []) == []


def test_actors_history_leaves_ambiguous_or_distant_descriptions_alone(nlp: Any) -> None:
    two = ["Kenyan officials met Somali officials in Nairobi.", "The officials agreed on a plan."]
    history = _history(nlp, two, {0: [("Kenyan officials", KE_OFFICIALS), ("Somali officials", SO_OFFICIALS)]})
    assert _coded(history, 1, nlp(two[1]), []) == []
    far = ["Kenyan officials met reporters.", *["The weather was fine."] * WINDOW, "The officials closed a road."]
    history = _history(nlp, far, {0: [("Kenyan officials", KE_OFFICIALS)]})
    assert _coded(history, WINDOW + 1, nlp(far[-1]), []) == []


def test_actors_history_a_description_reaches_back_over_a_few_sentences(nlp: Any) -> None:
    # a story names the group, tells what happened for a few sentences, then comes back to "the group"
    texts = ["The militant group al-Tawhid attacked a convoy on Monday.", "Five soldiers died.",
             "Two trucks burned.", "The road was closed for hours.", "Traffic resumed on Tuesday.",
             "The group said it would attack again."]
    history = _history(nlp, texts, {0: [("al-Tawhid", REBELS)]})
    assert _coded(history, 5, nlp(texts[-1]), []) == [("group", "SYRREB", "history")]


def test_actors_history_a_nearer_use_that_names_no_one_stops_it(nlp: Any) -> None:
    texts = ["Kenyan officials met reporters.", "Some officials disagreed.", "The officials closed a road."]
    history = _history(nlp, texts, {0: [("Kenyan officials", KE_OFFICIALS)]})
    assert _coded(history, 2, nlp(texts[2]), []) == []
    # a sentence that was not parsed but uses the noun stops it too
    unparsed = ActorHistory(texts)
    first = nlp(texts[0])
    unparsed.remember(0, first, [_mention(first, "Kenyan officials", KE_OFFICIALS)])
    assert _coded(unparsed, 2, nlp(texts[2]), []) == []


def test_actors_history_sets_and_named_descriptions_are_not_one_actor(nlp: Any) -> None:
    texts = ["Kenyan officials met reporters.", "The two officials left."]
    history = _history(nlp, texts, {0: [("Kenyan officials", KE_OFFICIALS)]})
    assert _coded(history, 1, nlp(texts[1]), []) == []
    assert _coded(history, 1, nlp("The officials of Uganda left."), []) == []


def test_actors_history_in_the_pipeline_beats_the_documents_main_country() -> None:
    from bilateral.pipeline import code_documents, load_resources
    from bilateral.settings import Settings

    res = load_resources(Settings())
    text = ("Turkey tested a Russian missile system near Ankara on Monday. Turkey says the system poses no threat. "
            "A senior State Department official spoke to reporters on Wednesday. The official accused Turkey of "
            "lying.")
    [done] = code_documents([Document("a", text, published=dt.date(2020, 6, 15))], res)
    accusations = {(e.source.code, e.target.country if e.target else None) for e in done.events
                   if e.event_type == "ACCUSE"}
    assert accusations == {("USAGOV", "TUR")}


def test_actors_history_the_reporting_actor_of_another_country_comes_nearer(nlp: Any) -> None:
    texts = ["Kenyan officials met reporters.", "Somalia said the officials were wrong."]
    history = _history(nlp, texts, {0: [("Kenyan officials", KE_OFFICIALS)]})
    sent = nlp(texts[1])
    somalia = _mention(sent, "Somalia", Actor("Somalia", "Somalia", "SOM", "SOM", None, "state"))
    assert _coded(history, 1, sent, [somalia]) == [("Somalia", "SOM", "dictionary")]
    # a quotation before its speaker is no report by the actors it names
    quote = nlp("“Somalia is wrong,” the officials said.")
    somalia = _mention(quote, "Somalia", Actor("Somalia", "Somalia", "SOM", "SOM", None, "state"))
    assert ("officials", "KENGOV", "history") in _coded(history, 1, quote, [somalia])


US_SECRETARY = Actor("press secretary", "United States", "USAGOV", "USA", "GOV", "state")
KE_MINISTER = Actor("Kenyan minister", "Kenya", "KENGOV", "KEN", "GOV", "state")


def test_actors_history_a_surname_is_the_titled_person_named_before(nlp: Any) -> None:
    texts = ["White House press secretary Karoline Leavitt spoke on Monday.", "Leavitt accused Canada of lying."]
    history = _history(nlp, texts, {0: [("press secretary", US_SECRETARY)]})
    assert _coded(history, 1, nlp(texts[1]), []) == [("Leavitt", "USAGOV", "history")]
    assert _coded(history, 1, nlp("Karoline Leavitt accused Canada of lying."), []) == [
        ("Karoline Leavitt", "USAGOV", "history")]
    assert _coded(history, 1, nlp("Mary Leavitt accused Canada of lying."), []) == []  # someone else


def test_actors_history_a_surname_two_actors_share_stays_unresolved(nlp: Any) -> None:
    texts = ["White House press secretary Karoline Leavitt spoke on Monday.",
             "A Kenyan minister, John Leavitt, answered her.", "Leavitt accused Canada of lying."]
    history = _history(nlp, texts, {0: [("press secretary", US_SECRETARY)], 1: [("Kenyan minister", KE_MINISTER)]})
    assert _coded(history, 2, nlp(texts[2]), []) == []


def test_actors_history_a_description_after_a_place_preposition_is_a_place(nlp: Any) -> None:
    texts = ["A State Department official met reporters.", "Reporters were sent to the official in Kabul."]
    history = _history(nlp, texts, {0: [("State Department official", US_OFFICIAL)]})
    assert _coded(history, 1, nlp(texts[1]), []) == []
    assert _coded(history, 1, nlp("Reporters met the official in Kabul."), []) == [("official", "USAGOV", "history")]


UNPLACED_REBELS = Actor("insurgent group", "rebels", "---REB", None, "REB", "group")
ARMY = Actor("Syrian army", "Syria", "SYRMIL", "SYR", "MIL", "state")
OTHER_REBELS = Actor("al-Nusra", "al-Nusra", "IRQREB", "IRQ", "REB", "armed_group")


def test_actors_history_a_weak_armed_description_is_the_armed_group_named_last(nlp: Any) -> None:
    texts = ["Al-Tawhid fighters ambushed a convoy on Monday.", "Five soldiers died.",
             "The insurgent group denied it on Tuesday."]
    history = _history(nlp, texts, {0: [("Al-Tawhid", REBELS)]})
    sent = nlp(texts[-1])
    guessed = _mention(sent, "insurgent group", UNPLACED_REBELS, "agent")
    assert _coded(history, 2, sent, [guessed]) == [("insurgent group", "SYRREB", "history")]
    # "accused the group of attacking": a gerund after "of" says what the group did, not which group it is
    accused = nlp("Turkey accused the insurgent group of attacking a convoy.")
    guessed = _mention(accused, "insurgent group", UNPLACED_REBELS, "agent")
    assert ("insurgent group", "SYRREB", "history") in _coded(history, 2, accused, [guessed])


def test_actors_history_an_armed_description_with_two_candidates_or_none_near_stays(nlp: Any) -> None:
    two = ["Al-Tawhid and al-Nusra fighters ambushed a convoy.", "The insurgent group denied it."]
    history = _history(nlp, two, {0: [("Al-Tawhid", REBELS), ("al-Nusra", OTHER_REBELS)]})
    sent = nlp(two[-1])
    guessed = _mention(sent, "insurgent group", UNPLACED_REBELS, "agent")
    assert _coded(history, 1, sent, [guessed]) == [("insurgent group", "---REB", "agent")]
    # an armed group named in the sentence itself, before the description, comes nearer than the one named before
    one = ["Al-Tawhid fighters ambushed a convoy.", "Al-Nusra said the insurgent group lied."]
    history = _history(nlp, one, {0: [("Al-Tawhid", REBELS)]})
    sent = nlp(one[-1])
    coded = _coded(history, 1, sent, [_mention(sent, "Al-Nusra", OTHER_REBELS),
                                       _mention(sent, "insurgent group", UNPLACED_REBELS, "agent")])
    assert ("insurgent group", "---REB", "agent") in coded
    far = ["Al-Tawhid fighters ambushed a convoy.", *["The weather was fine."] * SECTOR_WINDOW,
           "The insurgent group denied it."]
    history = _history(nlp, far, {0: [("Al-Tawhid", REBELS)]})
    sent = nlp(far[-1])
    guessed = _mention(sent, "insurgent group", UNPLACED_REBELS, "agent")
    assert _coded(history, len(far) - 1, sent, [guessed]) == [("insurgent group", "---REB", "agent")]


RU_TROOPS = Actor("Russian troops", "Russia", "RUSMIL", "RUS", "MIL", "state")
UA_ARMY = Actor("Ukrainian army", "Ukraine", "UKRMIL", "UKR", "MIL", "state")


def test_actors_history_a_weak_military_description_is_the_force_named_last(nlp: Any) -> None:
    texts = ["Russian troops shelled a town near the border.", "The soldiers withdrew on Tuesday."]
    history = _history(nlp, texts, {0: [("Russian troops", RU_TROOPS)]})
    sent = nlp(texts[-1])
    guessed = _mention(sent, "soldiers", replace(UA_ARMY, text="soldiers"), "document")
    assert _coded(history, 1, sent, [guessed]) == [("soldiers", "RUSMIL", "history")]
    # two countries' forces named there: which soldiers is unclear
    two = ["Russian troops and the Ukrainian army fought near the border.", "The soldiers withdrew on Tuesday."]
    history = _history(nlp, two, {0: [("Russian troops", RU_TROOPS), ("Ukrainian army", UA_ARMY)]})
    sent = nlp(two[-1])
    guessed = _mention(sent, "soldiers", replace(UA_ARMY, text="soldiers"), "document")
    assert _coded(history, 1, sent, [guessed]) == [("soldiers", "UKRMIL", "document")]


def test_actors_history_only_armed_actors_are_found_by_sector(nlp: Any) -> None:
    # an army named before is no antecedent of "the government": officials and governments go by their noun
    texts = ["The Syrian army shelled a town.", "The government denied it."]
    history = _history(nlp, texts, {0: [("Syrian army", ARMY)]})
    sent = nlp(texts[-1])
    guessed = _mention(sent, "government", Actor("government", "government", "---GOV", None, "GOV", "group"), "agent")
    assert _coded(history, 1, sent, [guessed]) == [("government", "---GOV", "agent")]
