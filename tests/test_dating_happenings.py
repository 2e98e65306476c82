"""A happening the opening dated, named again later by its definite noun, takes the opening's day
(dating/happenings.py). Invented sentences."""

from __future__ import annotations

import datetime as dt

from bilateral.dating import document_time_context
from bilateral.dating.happenings import opening_days
from tests.dating_cases import event_date

WEDNESDAY = dt.date(2025, 6, 4)
STORY = ("Soldiers freed forty hostages Wednesday, a day after a raid on a village in the north. "
         "The village came under a rocket attack Tuesday as residents slept. "
         "Injured in the first attack, a teacher has died. "
         "The rebels claimed responsibility for the deadly attack. "
         "A previous attack on the village killed nine. The rebels warned of an attack on the capital.")


def _date(nlp, sentence: str, trigger: str, text: str = STORY):  # type: ignore[no-untyped-def]
    return event_date(nlp, sentence, trigger, "asserted", WEDNESDAY, document_time_context(text, WEDNESDAY))


def test_opening_dates_the_noun_next_to_its_day() -> None:
    assert opening_days(STORY[:200], WEDNESDAY) == {"attack": (dt.date(2025, 6, 3), "Tuesday")}
    # a day's possessive before the noun, plural
    assert opening_days("Rescuers searched for victims of Monday's twin blasts in the market.", WEDNESDAY) == {
        "blast": (dt.date(2025, 6, 2), "Monday's")}


def test_opening_day_must_be_in_the_noun_clause_and_unambiguous() -> None:
    # the day is across a comma from the noun: it dates the saying, not the bombing
    assert opening_days("Two died in a bombing at a bus stop, police said Tuesday.", WEDNESDAY) == {}
    # two different days for one noun: open
    assert opening_days("An attack on a depot Monday was followed by an attack on a base Tuesday.", WEDNESDAY) == {}
    # a day long before publication is background, not the story's news
    assert opening_days("The ambush on May 2 still haunts the town.", WEDNESDAY) == {}
    # not a happening noun
    assert opening_days("The ministry issued a statement Tuesday.", WEDNESDAY) == {}


def test_definite_mention_takes_the_opening_day(nlp) -> None:  # type: ignore[no-untyped-def]
    claimed = _date(nlp, "The rebels claimed responsibility for the deadly attack.", "attack")
    assert (claimed.date, claimed.source, claimed.text) == ("2025-06-03", "text", "Tuesday")
    first = _date(nlp, "Injured in the first attack, a teacher has died.", "attack")
    assert first.date == "2025-06-03"


def test_other_or_indefinite_mentions_keep_their_own_date(nlp) -> None:  # type: ignore[no-untyped-def]
    assert _date(nlp, "A previous attack on the village killed nine.", "attack").source == "publication"
    assert _date(nlp, "The rebels warned of an attack on the capital.", "attack").source == "publication"
    # the act done about the attack is not the attack: its own date stays
    assert _date(nlp, "The rebels claimed responsibility for the deadly attack.", "claimed").source == "publication"
    # a mention with its own time keeps it
    own = _date(nlp, "The 2019 attack on the village killed nine.", "attack")
    assert own.date == "2019"
    # a story whose opening dates no attack
    plain = "Soldiers freed forty hostages Wednesday. Aid groups warned of hunger. Rebels claimed the deadly attack."
    assert _date(nlp, "Rebels claimed the deadly attack.", "attack", plain).source == "publication"


def test_act_measured_after_the_happening_counts_from_its_day(nlp) -> None:  # type: ignore[no-untyped-def]
    hours = _date(nlp, "Hours after the attack, police detained three men near the border.", "detained")
    assert (hours.date, hours.text) == ("2025-06-03", "Hours after")
    posted = _date(nlp, "In a note posted hours after the attack, the rebels gave the army a day to leave.", "gave")
    assert posted.date == "2025-06-03"
    next_day = _date(nlp, "A day after the attack, police detained three men near the border.", "detained")
    assert next_day.date == "2025-06-04"


def test_unmeasured_or_other_clause_after_keeps_its_own_date(nlp) -> None:  # type: ignore[no-untyped-def]
    # how long after is open
    assert _date(nlp, "After the attack, police detained three men.", "detained").source == "publication"
    # the measure belongs to the men's flight, not to the detention
    fled = _date(nlp, "Police detained three men who fled hours after the attack.", "detained")
    assert fled.source == "publication"
    # a happening the opening did not date
    assert _date(nlp, "Hours after the raid, police detained three men.", "detained").source == "publication"


def test_fronted_participle_keeps_the_measure_but_a_later_clause_does_not(nlp) -> None:  # type: ignore[no-untyped-def]
    fronted = _date(nlp, "In the message released hours after the attack, the rebels gave the army a day to leave.",
                    "gave")
    assert fronted.date == "2025-06-03"
    later = _date(nlp, "The rebels gave the army a day to leave, while their allies fled hours after the attack.",
                  "gave")
    assert later.source == "publication"
