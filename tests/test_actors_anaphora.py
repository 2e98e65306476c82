"""Subject pronouns that continue the previous sentence (actors/anaphora.py) and their place in the pipeline."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from typing import Any

import pytest

from bilateral.actors.anaphora import OPENING_PRONOUN, clause_pronoun_mentions, main_subjects, pronoun_mentions
from bilateral.models import Actor, Document, Mention

pytestmark = pytest.mark.model

OFFICIALS = Actor("Kenyan officials", "Kenya", "KENGOV", "KEN", "GOV", "state")
RUTO = Actor("William Ruto", "William Ruto", "KENGOV", "KEN", "GOV", "person", "William Ruto")
KENYA = Actor("Kenya", "Kenya", "KENGOV", "KEN", "GOV", "state")


def _mention(sent: Any, text: str, actor: Actor) -> Mention:
    span = sent.char_span(sent.text.index(text), sent.text.index(text) + len(text))
    return Mention(actor, span.start, span.end, span.start_char, span.end_char)


def _titled(sent: Any, text: str, actor: Actor, resolved_by: str) -> Mention:
    return replace(_mention(sent, text, actor), resolved_by=resolved_by)


def test_actors_anaphora_they_points_back_to_a_plural_group(nlp: Any) -> None:
    first = nlp("Kenyan officials met Somali envoys in Nairobi on Monday.")
    assert main_subjects(first, [_mention(first, "Kenyan officials", OFFICIALS)]) == (OFFICIALS,)
    second = nlp("They closed the border on Tuesday.")
    [m] = pronoun_mentions(second, [], (OFFICIALS,))
    assert (m.actor.code, m.actor.text, m.start, m.resolved_by) == ("KENGOV", "They", 0, "pronoun")


def test_actors_anaphora_he_points_back_to_one_person_only(nlp: Any) -> None:
    sent = nlp("He closed the border on Tuesday.")
    assert [m.actor.name for m in pronoun_mentions(sent, [], (RUTO,))] == ["William Ruto"]
    assert pronoun_mentions(sent, [], (KENYA,)) == []          # a state is no "he"
    assert pronoun_mentions(sent, [], (RUTO, KENYA)) == []     # two candidates: ambiguous
    assert pronoun_mentions(nlp("They closed the border."), [], (KENYA,)) == []  # "Kenya" is not plural


def test_actors_anaphora_leaves_it_and_pronouns_after_a_named_actor(nlp: Any) -> None:
    assert pronoun_mentions(nlp("It closed the border on Tuesday."), [], (KENYA,)) == []
    sent = nlp("Ruto said he would close the border.")
    assert pronoun_mentions(sent, [_mention(sent, "Ruto", RUTO)], (OFFICIALS,)) == []


def test_actors_anaphora_opening_pronoun_pattern() -> None:
    assert OPENING_PRONOUN.match("They pledged aid.") and OPENING_PRONOUN.match("“He lied,” she said.")
    assert not OPENING_PRONOUN.match("Theyre") and not OPENING_PRONOUN.match("It rained.")


def test_actors_anaphora_in_the_pipeline_only_after_the_sentence_before() -> None:
    from bilateral.pipeline import code_documents, load_resources
    from bilateral.settings import Settings

    res = load_resources(Settings())
    follows = Document("a", "Ugandan officials met reporters in Kampala on Monday. They expelled two Kenyan diplomats "
                            "on Tuesday.", published=dt.date(2019, 6, 15))
    gap = Document("b", "Ugandan officials met reporters in Kampala on Monday. The weather was fine. They expelled "
                        "two Kenyan diplomats on Tuesday.", published=dt.date(2019, 6, 15))
    first, second = code_documents([follows, gap], res)
    assert {(e.source.country, e.target.country if e.target else None, e.event_type) for e in first.events} == {
        ("UGA", "KEN", "SANCTION")}
    assert second.events == ()


def test_actors_anaphora_quote_flags_follow_open_quotations() -> None:
    from bilateral.actors.anaphora import quote_flags

    assert quote_flags(["“We will act,” he said.", "“They know it.”", "Talks resumed."]) == [True, True, False]
    assert quote_flags(['He said: "We will act.', 'They know it."', "Talks resumed."]) == [False, True, False]
    assert quote_flags(["Talks resumed.", "“We will act.", "Now.”", "Done."]) == [False, True, True, False]


def test_actors_anaphora_quote_flags_read_marks_by_place_not_by_count() -> None:
    from bilateral.actors.anaphora import quote_flags

    # opened curly, closed straight: the reporting after it is no quotation
    assert quote_flags(['The army said it had “killed 200" rebels.', "Talks resumed.", "Aid came."]) == [False] * 3
    # opened straight, closed curly
    assert quote_flags(['"We are glad," he said. "', "We will help.”", "Aid came."]) == [True, True, False]
    # a quotation the story never closed misleads no sentence after the next mark
    assert quote_flags(['He said, "We will act.', 'Talks resumed. "', 'We are ready," she said.', "Aid came."]) == [
        False, True, True, False]
    # must not: marks standing alone between spaces open nothing
    assert quote_flags(['It ran another " very important test " on Friday.', "Talks resumed."]) == [False, False]


def test_actors_anaphora_we_in_a_continued_quotation_is_its_speaker(nlp: Any) -> None:
    from bilateral.actors.anaphora import attributed_speaker, first_person_mentions

    first = nlp("“This is hard,” President William Ruto said on Tuesday.")
    speaker = attributed_speaker(first, [_mention(first, "President William Ruto", RUTO)], frozenset({"say"}))
    assert speaker == RUTO
    second = nlp("“We will close the border with Somalia.”")
    [m] = first_person_mentions(second, [], RUTO)
    assert (m.actor.code, m.actor.text, m.resolved_by) == ("KENGOV", "We", "quote")
    assert attributed_speaker(nlp("The border was closed."), [], frozenset({"say"})) is None


def test_actors_anaphora_prefilter_parses_the_antecedent_even_without_a_trigger() -> None:
    from bilateral.candidates import candidate_sentences
    from bilateral.pipeline import code_documents, load_resources
    from bilateral.nlp import split_sentences
    from bilateral.settings import Settings

    res = load_resources(Settings())
    text = ("Ugandan officials were in Kampala on Monday. They expelled two Kenyan diplomats on Tuesday. "
            "Kenyan officials were in Nairobi. The weather was fine.")
    sents = split_sentences(text)
    assert not res.lexicon.may_trigger(sents[0].text)  # no trigger of its own: parsed for the "They" after it
    # the third names an actor and has no trigger, and nothing after it needs it: left unparsed
    assert [s.index for s in candidate_sentences(sents, res)] == [0, 1]
    [coded] = code_documents([Document("c", text, published=dt.date(2019, 6, 15))], res)
    assert {(e.source.country, e.target.country if e.target else None, e.event_type) for e in coded.events} == {
        ("UGA", "KEN", "SANCTION")}


def test_actors_anaphora_he_points_back_to_a_subject_named_by_a_singular_title(nlp: Any) -> None:
    envoy = Actor("Kenya's ambassador to Somalia", "Kenya", "KENGOV", "KEN", "GOV", "state")
    first = nlp("Kenya's ambassador to Somalia, Amina Odhiambo, accused Somalia of arming militias.")
    [subject] = main_subjects(first, [_titled(first, "Kenya's ambassador to Somalia", envoy, "title")])
    assert (subject.code, subject.kind) == ("KENGOV", "person")
    [m] = pronoun_mentions(nlp("She criticized Somalia on Tuesday."), [], (subject,))
    assert (m.actor.code, m.actor.text) == ("KENGOV", "She")


def test_actors_anaphora_no_person_from_a_government_or_a_plural_title(nlp: Any) -> None:
    gov = nlp("Kenya's government accused Somalia of arming militias.")
    assert main_subjects(gov, [_titled(gov, "Kenya's government", KENYA, "dictionary")]) == (KENYA,)
    envoys = nlp("Kenyan envoys accused Somalia of arming militias.")
    [subject] = main_subjects(envoys, [_titled(envoys, "Kenyan envoys", OFFICIALS, "title")])
    assert subject.kind == "state"
    assert pronoun_mentions(nlp("He criticized Somalia on Tuesday."), [], (KENYA,)) == []


def test_actors_anaphora_a_tweet_attributes_the_quotation_that_goes_on() -> None:
    from bilateral.pipeline import code_documents, load_resources
    from bilateral.settings import Settings

    res = load_resources(Settings())
    text = ('Kenyan President William Ruto tweeted a warning on Monday. "We urge Somalia to withdraw its troops '
            'from the border.')
    [coded] = code_documents([Document("t", text, published=dt.date(2024, 6, 15))], res)
    assert {(e.source.country, e.target.country if e.target else None, e.event_type) for e in coded.events} == {
        ("KEN", "SOM", "REQUEST")}
    unquoted = text.replace('"We', "We")  # no quotation: "we" is not the one who tweeted
    [coded] = code_documents([Document("u", unquoted, published=dt.date(2024, 6, 15))], res)
    assert not any(e.source.country == "KEN" for e in coded.events)


def test_actors_anaphora_an_actor_after_the_subject_is_not_the_subject(nlp: Any) -> None:
    south_sudan = Actor("South Sudan", "South Sudan", "SSD", "SSD", None, "state")
    sent = nlp("Amina Odhiambo, who was the special envoy for South Sudan, took up a post at the bank.")
    assert main_subjects(sent, [_mention(sent, "South Sudan", south_sudan)]) == ()


def test_actors_anaphora_the_subject_just_before_beats_the_person_named_last(nlp: Any) -> None:
    from bilateral.actors.anaphora import nearer_subject

    sent = nlp("He rejects the charges.")
    guessed = _titled(sent, "He", replace(KENYA, text="He", kind="person"), "coreference")
    publisher = Actor("Daniel Mwangi", "Daniel Mwangi", "KENMED", "KEN", "MED", "person")
    [m] = nearer_subject([guessed], (publisher,))
    assert (m.actor.code, m.actor.text, m.resolved_by) == ("KENMED", "He", "pronoun")
    assert nearer_subject([guessed], (publisher, RUTO)) == [guessed]  # two subjects: the context's guess stays
    assert nearer_subject([guessed], (OFFICIALS,)) == [guessed]  # no person before: it stays
    named = _titled(sent, "He", RUTO, "dictionary")
    assert nearer_subject([named], (publisher,)) == [named]  # only a context guess gives way


def test_actors_anaphora_prefilter_keeps_a_set_description_after_a_named_sentence() -> None:
    from bilateral.nlp import split_sentences
    from bilateral.candidates import candidate_sentences
    from bilateral.pipeline import load_resources
    from bilateral.settings import Settings

    res = load_resources(Settings())
    text = ("Chad accused Niger and Mali of arming the rebels. Both governments rejected the charge. "
            "The weather was fine. Both teams rejected the result.")
    sents = split_sentences(text)
    # the second names no actor by its words but points back to the first; the fourth follows an unlinked one
    assert [s.index for s in candidate_sentences(sents, res)] == [0, 1]


PERSON_NOUNS = frozenset({"minister", "official", "spokesman"})


def test_actors_anaphora_a_titled_subject_is_one_person_for_he(nlp: Any) -> None:
    first = nlp("Kenya's foreign minister met reporters on Monday.")
    minister = _mention(first, "Kenya's foreign minister", KENYA)
    [actor] = main_subjects(first, [minister], PERSON_NOUNS)
    assert actor.kind == "person"
    assert [m.actor.code for m in pronoun_mentions(nlp("He accused Uganda of lying."), [], (actor,))] == ["KENGOV"]
    # a government is no person: "he" after it stays unresolved
    first = nlp("Kenya's government met reporters on Monday.")
    [actor] = main_subjects(first, [_mention(first, "Kenya's government", KENYA)], PERSON_NOUNS)
    assert pronoun_mentions(nlp("He accused Uganda of lying."), [], (actor,)) == []


def test_actors_anaphora_a_pronoun_of_a_coordinated_clause_is_its_subject(nlp: Any) -> None:
    sent = nlp("Kenyan officials did not comment, but they later accused Uganda of lying.")
    [m] = clause_pronoun_mentions(sent, [_mention(sent, "Kenyan officials", OFFICIALS)], PERSON_NOUNS)
    assert (m.actor.code, m.actor.text, m.resolved_by) == ("KENGOV", "they", "pronoun")
    sent = nlp("Kenya's foreign minister arrived on Monday and he later accused Uganda of lying.")
    [m] = clause_pronoun_mentions(sent, [_mention(sent, "Kenya's foreign minister", KENYA)], PERSON_NOUNS)
    assert (m.actor.code, m.actor.text) == ("KENGOV", "he")


def test_actors_anaphora_a_coordinated_clause_pronoun_with_a_rival_or_no_agreement_stays(nlp: Any) -> None:
    # a plural noun between them could be "they" too; a second person could be "he"
    sent = nlp("Kenyan officials met reporters on Monday, but they later accused Uganda of lying.")
    assert clause_pronoun_mentions(sent, [_mention(sent, "Kenyan officials", OFFICIALS)], PERSON_NOUNS) == []
    sent = nlp("Kenya's foreign minister met the spokesman on Monday and he later accused Uganda of lying.")
    assert clause_pronoun_mentions(sent, [_mention(sent, "Kenya's foreign minister", KENYA)], PERSON_NOUNS) == []
    # number disagrees: "they" after one person; "he" after a plural group
    sent = nlp("Kenya's foreign minister arrived on Monday and they later accused Uganda of lying.")
    assert clause_pronoun_mentions(sent, [_mention(sent, "Kenya's foreign minister", KENYA)], PERSON_NOUNS) == []
    sent = nlp("Kenyan officials arrived on Monday and he later accused Uganda of lying.")
    assert clause_pronoun_mentions(sent, [_mention(sent, "Kenyan officials", OFFICIALS)], PERSON_NOUNS) == []


def test_actors_anaphora_him_as_an_object_points_back_to_the_one_person_before(nlp: Any) -> None:
    sent = nlp("Police arrested him on Tuesday.")
    [m] = [m for m in pronoun_mentions(sent, [], (RUTO,)) if m.actor.text == "him"]
    assert (m.actor.code, m.start, m.resolved_by) == ("KENGOV", 2, "pronoun")
    assert pronoun_mentions(sent, [], (KENYA,)) == []  # a state is no "him"
    assert pronoun_mentions(sent, [], (RUTO, OFFICIALS)) == []  # two candidates: ambiguous


def test_actors_anaphora_no_object_pronoun_after_a_nearer_person_a_quote_or_a_possessive(nlp: Any) -> None:
    # a person this sentence names before it may be meant
    named = nlp("Police told Odinga that they would charge him.")
    odinga = Actor("Odinga", "Raila Odinga", "KENOPP", "KEN", "OPP", "person", "Raila Odinga")
    assert pronoun_mentions(named, [_mention(named, "Odinga", odinga)], (RUTO,)) == []
    assert pronoun_mentions(nlp("Police told his lawyer they would charge him."), [], (RUTO,)) == []
    # inside a quotation the speaker may mean anyone
    assert pronoun_mentions(nlp("“We will charge him,” the police said."), [], (RUTO,)) == []
    # "her" as a possessive is no object
    assert pronoun_mentions(nlp("Police seized her car."), [], (RUTO,)) == []


def test_actors_anaphora_he_after_a_sentence_whose_subject_is_no_person_is_its_one_person(nlp: Any) -> None:
    from bilateral.actors.anaphora import lone_person

    first = nlp("Kenyan officials charged him with fraud.")
    him = replace(_mention(first, "him", RUTO), resolved_by="pronoun")
    lone = lone_person([_mention(first, "Kenyan officials", OFFICIALS), him])
    assert lone is not None and lone.name == "William Ruto"
    second = nlp("He denied the charges.")
    [m] = pronoun_mentions(second, [], (OFFICIALS,), lone=lone)
    assert (m.actor.name, m.start) == ("William Ruto", 0)
    # a person among the subjects before blocks it (two candidates: ambiguous); two people named leave it open
    assert pronoun_mentions(second, [], (KENYA, replace(RUTO, name="Other", person="Other")), lone=lone) == []
    odinga = Actor("Odinga", "Raila Odinga", "KENOPP", "KEN", "OPP", "person", "Raila Odinga")
    assert lone_person([him, _mention(first, "officials", odinga)]) is None
    # "they" never takes the one person
    assert pronoun_mentions(nlp("They denied the charges."), [], (RUTO,), lone=lone) == []


def test_actors_anaphora_no_antecedent_of_the_other_gender(nlp: Any) -> None:
    she = replace(RUTO, text="She")
    assert pronoun_mentions(nlp("He denied the charges."), [], (she,)) == []
    assert pronoun_mentions(nlp("She denied the charges."), [], (she,))[0].actor.name == "William Ruto"
    assert pronoun_mentions(nlp("Police arrested her."), [], (replace(RUTO, text="he"),)) == []


def test_actors_anaphora_resuming_verb_attributes_only_the_quotation_it_introduces(nlp: Any) -> None:
    from bilateral.actors.anaphora import attributed_speaker
    from bilateral.actors.closing import quoted_tokens

    resuming = frozenset({"continue"})
    going_on = nlp("Ruto continued, “We expect the trucks to move again.”")
    assert attributed_speaker(going_on, [_mention(going_on, "Ruto", RUTO)], frozenset({"say"}),
                              quoted_tokens(going_on, False), resuming) == RUTO
    acting = nlp("Ruto continued to press for the border to reopen.")
    assert attributed_speaker(acting, [_mention(acting, "Ruto", RUTO)], frozenset({"say"}),
                              quoted_tokens(acting, False), resuming) is None


def test_actors_anaphora_an_opening_possessive_of_the_subject_points_back(nlp: Any) -> None:
    sent = nlp("His appeal was heard in a court in Mombasa.")
    [m] = pronoun_mentions(sent, [], (RUTO,))
    assert (m.actor.name, m.actor.text, m.start) == ("William Ruto", "His", 0)
    plural = nlp("Their border talks resumed on Tuesday.")
    assert [m.actor.code for m in pronoun_mentions(plural, [], (OFFICIALS,))] == ["KENGOV"]


@pytest.mark.parametrize("text", [
    "The court heard his appeal in Mombasa.",  # a possessive of an object, not opening the sentence
    "Analysts said his appeal was weak.",  # a possessive not opening the sentence
    "Their appeal was heard in Mombasa.",  # plural, after one person
])
def test_actors_anaphora_other_possessives_stay_unresolved(nlp: Any, text: str) -> None:
    assert not pronoun_mentions(nlp(text), [], (RUTO,))


def test_actors_anaphora_opening_possessive_in_the_pattern() -> None:
    assert OPENING_PRONOUN.match("Their talks resumed.") and OPENING_PRONOUN.match("His trial began.")
    assert not OPENING_PRONOUN.match("Hiss of steam rose.") and not OPENING_PRONOUN.match("Theirs is a hard road.")
