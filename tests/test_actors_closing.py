"""Speakers named where a multi-sentence quotation closes (actors/closing.py), alone and in the pipeline."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from bilateral.actors.closing import quote_closers
from bilateral.models import Actor, Document


def test_actors_closing_an_opened_quotation_maps_to_its_attributed_close() -> None:
    assert quote_closers(['"We will respond.', 'The talks are over," the minister said.']) == {0: 1}
    assert quote_closers(["“We will respond.", "It is final.", "The talks are over,” the minister said."]) == {0: 2}
    # opened with one kind of mark, closed with the other
    assert quote_closers(['"We will respond.', "It is final,” the minister said."]) == {0: 1}


def test_actors_closing_nothing_without_an_attribution_after_the_close() -> None:
    assert quote_closers(['"We will respond.', 'The talks are over."']) == {}  # closes at the sentence end
    assert quote_closers(['"We will respond.', "The talks are over."]) == {}  # never closes
    assert quote_closers(['"We will respond," he said.', "The talks are over."]) == {}  # closes in its own sentence
    # the quotation left open is not the one the sentence opens with: its first sentence is not this one
    assert quote_closers(["“Red” is the party's color, and its motto is “we will win.", "It is over,” she said."]) == {}
    # a quotation that opens mid-sentence is attributed there ("X said: ..."), not at its close
    assert quote_closers(['The minister said: "We will respond.', 'It is final," an aide added.']) == {}


def _coded(text: str) -> set[tuple[int, str | None, str | None, str]]:
    from bilateral.pipeline import code_documents, load_resources
    from bilateral.settings import Settings

    [done] = code_documents([Document("d", text, published=dt.date(2024, 3, 6))], load_resources(Settings()))
    return {(e.sentence_index, e.source.code, e.target.country if e.target else None, e.event_type)
            for e in done.events}


@pytest.mark.model
def test_actors_closing_we_in_the_first_sentence_is_the_speaker_named_at_the_close() -> None:
    got = _coded('"We condemned Peru for the raid. This cannot go on," Chilean Foreign Minister Ana Rojas said.')
    assert any(e[0] == 0 and e[1] is not None and e[1].startswith("CHL") and e[2] == "PER" for e in got)


@pytest.mark.model
def test_actors_closing_the_close_beats_the_previous_speaker() -> None:
    got = _coded('"The raid was lawful," Peruvian President Luis Soto said. "We condemned Peru for the raid. This '
                 'cannot go on," Chilean Foreign Minister Ana Rojas said.')
    assert not any(e[0] == 1 and e[1] is not None and e[1].startswith("PER") for e in got)


def test_actors_closing_an_opening_mark_left_at_a_sentence_end_opens_the_next() -> None:
    assert quote_closers(['"It was lawful," he said. "', "We will respond.", 'It is over," she said.']) == {1: 2}
    assert quote_closers(['"It was lawful," he said. "', 'We will respond," she said.']) == {}  # its own attribution


@pytest.mark.model
def test_actors_closing_a_first_person_object_in_the_quotation_going_on_is_its_speaker() -> None:
    text = ('"We will defend our land," Ugandan President Yoweri Museveni said on Monday. '
            '"Kenya has attacked us twice this month."')
    assert any(e[0] == 1 and e[1] == "KEN" and e[2] == "UGA" and e[3] == "ASSAULT" for e in _coded(text))


@pytest.mark.model
def test_actors_closing_a_first_person_object_outside_a_quotation_is_no_one() -> None:
    text = "Ugandan President Yoweri Museveni spoke on Monday. Kenya has attacked us twice this month."
    assert not any(e[0] == 1 and e[2] == "UGA" for e in _coded(text))
    text = '"Kenya has attacked us twice this month."'  # a quotation nobody is named to have said
    assert not any(e[2] == "UGA" for e in _coded(text))


def test_actors_closing_quoted_ranges_follow_opening_and_closing_marks() -> None:
    from bilateral.actors.closing import _quoted

    def inside(text: str) -> list[str]:
        return [text[a:b] for a, b in _quoted(text)]

    assert inside('He told her, "We will go." Then he left.') == ['"We will go.']
    assert inside('"We will go," he said.') == ['"We will go,']
    assert inside("we will go,” he said. “And you.") == ["we will go,", "“And you."]  # opened before, left open
    assert inside("He said you were wrong.") == []
    # a straight mark after a space that ends the sentence opens the quotation of the next one, and leaves the
    # sentence itself outside it
    assert inside('Lee said he would "surely" win if he ran. "') == ['"surely', '"']
    assert inside('"We won," he said. "') == ['"We won,', '"']


@pytest.mark.model
def test_actors_closing_you_in_a_quotation_told_to_someone_is_that_one() -> None:
    got = _coded('Ugandan President Yoweri Museveni told Kenyan President William Ruto, "We are ready to support '
                 'your government."')
    assert any(e[1] == "UGAGOV" and e[2] == "KEN" and e[3] == "AGREE" for e in got)
    got = _coded('"You must withdraw your troops from the border," Ugandan President Yoweri Museveni told Kenyan '
                 "President William Ruto.")
    assert any(e[1] == "UGAGOV" and e[2] == "KEN" and e[3] == "REQUEST" for e in got)


@pytest.mark.model
def test_actors_closing_you_told_to_the_press_or_to_no_one_named_is_no_party() -> None:
    got = _coded('"You must withdraw your troops from the border," Ugandan President Yoweri Museveni told '
                 "reporters.")
    assert not any(e[3] == "REQUEST" for e in got)  # the reporters are not asked to withdraw
    got = _coded('"We are ready to support your government," Ugandan President Yoweri Museveni said on Monday.')
    assert not any(e[2] is not None for e in got)


@pytest.mark.model
def test_actors_closing_an_actor_inside_the_quotation_is_no_antecedent_of_its_speakers_pronoun() -> None:
    text = ('Ugandan President Yoweri Museveni spoke on Monday. "Kenya has shelled our border posts," he said. '
            '"We urge Nairobi to stop."')
    got = _coded(text)
    assert any(e[0] == 1 and e[1] == "KEN" and e[2] == "UGA" and e[3] == "ASSAULT" for e in got)
    assert any(e[0] == 2 and e[1] == "UGAGOV" and e[2] == "KEN" and e[3] == "REQUEST" for e in got)
    # must not: with no sentence before to name him, "he" is no one and "our" stands for no one
    assert not any(e[2] == "UGA" for e in _coded('"Kenya has shelled our border posts," he said.'))
    # must not: an actor named outside the quotation before the pronoun is still the pronoun's own
    got = _coded("Ugandan President Yoweri Museveni spoke on Monday. Kenyan President William Ruto said he would "
                 "attack the rebels.")
    assert not any(e[0] == 1 and e[1] == "UGAGOV" for e in got)


def test_actors_closing_every_sentence_of_a_quotation_maps_to_its_close() -> None:
    from bilateral.actors.closing import quote_members

    texts = ["“We will respond.", "Our patience has limits.", "It is final,” the minister said.", "Talks resumed."]
    assert quote_members(texts) == {0: 2, 1: 2}
    assert quote_members(['"We will respond," he said.', "The talks are over."]) == {}


def test_actors_closing_quoted_tokens_leave_the_attribution_out(nlp: Any) -> None:
    from bilateral.actors.closing import quoted_tokens

    sent = nlp('We will respond," the minister said. "')  # the last mark opens the next sentence's quotation
    assert {t.text for t in sent if t.i not in quoted_tokens(sent, inside=True)} >= {"minister", "said"}
    # a sentence inside a quotation without marks of its own: what it tells is quoted, its root is not
    sent = nlp("We were glad that the president said he would help.")
    quoted = {t.text for t in sent if t.i in quoted_tokens(sent, inside=True)}
    assert "said" in quoted and "were" not in quoted
    assert quoted_tokens(sent, inside=False) == frozenset()


def test_actors_closing_attributed_text_is_a_quotation_with_words_outside_it() -> None:
    from bilateral.actors.closing import attributes_text

    assert attributes_text('"We will respond," an analyst said. "')
    assert attributes_text('He said: "We will respond.')
    assert not attributes_text("We will respond.")  # a quotation going on
    assert not attributes_text('We will respond."')
    assert not attributes_text("Talks resumed on Monday.")


def test_actors_closing_only_a_speaker_with_a_side_has_a_we() -> None:
    from bilateral.actors.closing import speaks_for_a_side

    assert speaks_for_a_side(Actor("the minister", "Uganda", "UGAGOV", "UGA", "GOV", "person"))
    assert speaks_for_a_side(Actor("the rebels", "ADF", "UGAREB", "UGA", "REB", "armed_group"))
    assert speaks_for_a_side(Actor("UNHCR", "UNHCR", "IGOUNHCR", None, None, "igo"))
    assert not speaks_for_a_side(Actor("a Ugandan farmer", "Uganda", "UGA", "UGA", None, "person"))


@pytest.mark.model
def test_actors_closing_a_middle_sentence_of_the_quotation_is_the_close_speaker() -> None:
    got = _coded('"We have been patient. Now we will expel Peruvian diplomats. This is final," Chilean Foreign '
                 'Minister Ana Rojas said.')
    assert any(e[0] == 1 and e[1] is not None and e[1].startswith("CHL") and e[2] == "PER" for e in got)


@pytest.mark.model
def test_actors_closing_the_quotation_goes_on_past_sentences_not_parsed() -> None:
    got = _coded('"We have been patient," Chilean Foreign Minister Ana Rojas said. "This must stop. Enough is '
                 'enough. We will expel Peruvian diplomats."')
    assert any(e[0] == 3 and e[1] is not None and e[1].startswith("CHL") and e[2] == "PER" for e in got)


@pytest.mark.model
def test_actors_closing_a_quotation_said_by_no_actor_is_not_the_last_speaker() -> None:
    got = _coded('"Peru must withdraw its troops," Chilean Foreign Minister Ana Rojas said on Monday. "We will expel '
                 'Peruvian diplomats," an analyst in Santiago said.')
    assert not any(e[0] == 1 and e[1] is not None and e[1].startswith("CHL") for e in got)


@pytest.mark.model
def test_actors_closing_speech_told_inside_the_quotation_does_not_attribute_it() -> None:
    got = _coded('"Peru must withdraw its troops," Chilean Foreign Minister Ana Rojas said on Monday. "We condemned '
                 'Peru after Peruvian President Luis Soto said he would not withdraw."')
    assert any(e[0] == 1 and e[1] is not None and e[1].startswith("CHL") and e[2] == "PER"
               and e[3] == "ACCUSE" for e in got)


_TARIFF_QUOTE = "“I believe we will soon impose new tariffs on Paraguayan soybeans,” "


@pytest.mark.model
def test_actors_closing_we_deep_in_a_quotation_its_own_sentence_attributes_is_the_speaker() -> None:
    got = _coded(_TARIFF_QUOTE + "Bolivian Trade Minister Rosa Mamani told reporters.")
    assert any(e[1] is not None and e[1].startswith("BOL") and e[2] == "PRY" and e[3] == "THREATEN" for e in got)


@pytest.mark.model
def test_actors_closing_we_deep_in_a_quotation_of_an_economist_is_no_state() -> None:
    got = _coded(_TARIFF_QUOTE + "said Bolivian economist Rosa Mamani.")
    assert not any(e[2] == "PRY" for e in got)


@pytest.mark.model
def test_actors_closing_we_in_words_the_quotation_reports_of_others_is_not_the_speaker() -> None:
    got = _coded("“Our growers say we will soon impose new tariffs on Paraguayan soybeans,” Bolivian Trade Minister "
                 "Rosa Mamani told reporters.")
    assert not any(e[2] == "PRY" and e[3] == "THREATEN" for e in got)


def test_actors_closing_a_pronoun_attribution_goes_on_the_quotation() -> None:
    from bilateral.actors.closing import pronoun_attribution, speaker_going_on

    assert pronoun_attribution('"Nobody should be held," she added.')
    assert pronoun_attribution('"Nobody should be held," said he.')
    assert not pronoun_attribution('"Nobody should be held," a Peruvian analyst added.')
    assert not pronoun_attribution('"Nobody should be held," Lopez added.')
    assert not pronoun_attribution("She added that nobody should be held.")  # no quotation
    minister = Actor(text="minister", name="minister", code="CHLGOV", country="CHL", sector="GOV", kind="person")
    texts = ['"It was unlawful," the minister said.', '"Nobody should be held," she added.', '"Free them."']
    quoted = [True, True, True]
    assert speaker_going_on(2, {0: minister}, quoted, texts) == minister
    texts[1] = '"Nobody should be held," an analyst added.'
    assert speaker_going_on(2, {0: minister}, quoted, texts) is None  # said by someone else, no actor


def test_actors_closing_a_name_the_sentence_before_gave_goes_on_the_quotation() -> None:
    from bilateral.actors.closing import continues_speaker

    opening = '"It was unlawful," said the league\'s Ana Lopez.'
    assert continues_speaker([opening, '"Nobody should be held," Lopez added.'], 1)
    assert not continues_speaker([opening, '"Nobody should be held," Garcia added.'], 1)  # someone new
    assert not continues_speaker(["Ana Lopez spoke on Monday.", '"Nobody should be held," Lopez added.'], 1)
