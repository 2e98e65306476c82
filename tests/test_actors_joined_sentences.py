"""A subject pronoun opening a sentence the parser found inside one sentence of the splitter ("... on platform X. He
added ..."): anaphora.joined_sentence_pronouns and its place in the pipeline."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from bilateral.actors.anaphora import joined_sentence_pronouns
from bilateral.models import Actor, Document, Mention

pytestmark = pytest.mark.model

DUDA = Actor("Andrzej Duda", "Andrzej Duda", "POLGOV", "POL", "GOV", "person", "Andrzej Duda")
POLAND = Actor("Poland", "Poland", "POLGOV", "POL", "GOV", "state")
MINISTRY = Actor("the Polish ministry", "Poland", "POLGOV", "POL", "GOV", "organization")
SPEECH = frozenset({"say", "tell", "add", "write"})


def _mention(sent: Any, text: str, actor: Actor) -> Mention:
    span = sent.char_span(sent.text.index(text), sent.text.index(text) + len(text))
    return Mention(actor, span.start, span.end, span.start_char, span.end_char)


def _joined(sent: Any) -> bool:
    return sum(1 for _ in sent.sents) > 1


def test_actors_joined_sentences_he_after_a_person_subject_is_that_person(nlp: Any) -> None:
    sent = nlp("Andrzej Duda wrote on Friday in a long post on platform X. He added that talks would resume.")
    assert _joined(sent)
    [m] = joined_sentence_pronouns(sent, [_mention(sent, "Andrzej Duda", DUDA)], speech_verbs=SPEECH)
    assert (m.actor.code, m.actor.text, m.resolved_by) == ("POLGOV", "He", "pronoun")


def test_actors_joined_sentences_it_only_speaks_for_a_body(nlp: Any) -> None:
    sent = nlp("The Polish ministry wrote on Friday in a long post on platform X. It said talks would resume.")
    [m] = joined_sentence_pronouns(sent, [_mention(sent, "The Polish ministry", MINISTRY)], speech_verbs=SPEECH)
    assert (m.actor.code, m.actor.text) == ("POLGOV", "It")
    # an "it" that does not speak may be a thing: left alone
    sent = nlp("The Polish ministry wrote on Friday in a long post on platform X. It drew wide attention.")
    assert joined_sentence_pronouns(sent, [_mention(sent, "The Polish ministry", MINISTRY)],
                                    speech_verbs=SPEECH) == []


def test_actors_joined_sentences_no_agreement_no_antecedent(nlp: Any) -> None:
    # a state is no "he"; two subjects before are ambiguous; "they" after one person disagrees in number
    sent = nlp("Poland wrote on Friday in a long post on platform X. He added that talks would resume.")
    assert joined_sentence_pronouns(sent, [_mention(sent, "Poland", POLAND)], speech_verbs=SPEECH) == []
    sent = nlp("Andrzej Duda and Poland wrote on Friday in a long post on platform X. He added that talks would go on.")
    assert joined_sentence_pronouns(sent, [_mention(sent, "Andrzej Duda", DUDA), _mention(sent, "Poland", POLAND)],
                                    speech_verbs=SPEECH) == []
    sent = nlp("Andrzej Duda wrote on Friday in a long post on platform X. They added that talks would resume.")
    assert joined_sentence_pronouns(sent, [_mention(sent, "Andrzej Duda", DUDA)], speech_verbs=SPEECH) == []


def test_actors_joined_sentences_leaves_one_sentence_a_quote_and_a_pronoun_after_an_actor(nlp: Any) -> None:
    sent = nlp("Andrzej Duda said he would travel to Vilnius on Monday.")
    assert joined_sentence_pronouns(sent, [_mention(sent, "Andrzej Duda", DUDA)], speech_verbs=SPEECH) == []
    sent = nlp("Andrzej Duda wrote on Friday in a long post on platform X. Poland said it would resume talks.")
    assert joined_sentence_pronouns(sent, [_mention(sent, "Andrzej Duda", DUDA), _mention(sent, "Poland", POLAND)],
                                    speech_verbs=SPEECH) == []
    sent = nlp("Andrzej Duda wrote on Friday in a long post on platform X. He added that talks would resume.")
    quoted = frozenset(t.i for t in sent if t.lower_ == "he")
    assert joined_sentence_pronouns(sent, [_mention(sent, "Andrzej Duda", DUDA)], speech_verbs=SPEECH,
                                    quoted=quoted) == []


def test_actors_joined_sentences_in_the_pipeline_he_speaks_for_the_person() -> None:
    from bilateral.pipeline import code_documents, load_resources
    from bilateral.settings import Settings

    res = load_resources(Settings())
    text = ("Polish President Andrzej Duda wrote Friday in a long post on platform X. He welcomed the "
            "Lithuanian proposal to reopen the border crossings.")
    [coded] = code_documents([Document("j", text, published=dt.date(2024, 6, 15))], res)
    assert {(e.source.text, e.source.code, e.target.country if e.target else None, e.cameo)
            for e in coded.events} == {("He", "POLGOV", "LTU", "051")}
