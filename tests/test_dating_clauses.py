"""Event dating across clauses and sentences: bounds inside quotes, untensed participles, and what the sentence
before sets for the one that continues it."""

from __future__ import annotations

import datetime as dt

import pytest

from bilateral.dating import document_time_context, find_expressions
from bilateral.models import EventDate
from tests.dating_cases import event_date

PUB = dt.date(2025, 3, 12)  # a Wednesday


def _date(nlp, text: str, trigger: str, modality: str = "asserted",  # type: ignore[no-untyped-def]
          published: dt.date | None = PUB, context=None) -> EventDate:
    return event_date(nlp, text, trigger, modality, published, context)


def test_dating_bound_opening_a_quote_is_still_a_bound() -> None:
    assert find_expressions('"Before March 2019, nobody talked to Asmara," he said.') == []
    assert find_expressions("(until 2020)") == []
    # a quote opening a sentence with a date is not a bound
    assert [e.text for e in find_expressions("“In March 2019, we talked to Asmara,” he said.")] == ["March 2019"]


def test_dating_bound_in_a_quote_gives_no_year_to_a_bare_month() -> None:
    text = ('"Before February 2022, few traded with Minsk," she said. Inspectors filed a report in February.')
    context = document_time_context(text, dt.date(2024, 6, 28))
    assert context.hints.month_years == ()


def test_dating_untensed_participle_takes_the_tense_of_the_event(nlp) -> None:  # type: ignore[no-untyped-def]
    # the time hangs from a participle parsed as the root: the event told in the past looks back for the month
    text = ("Trade Minister Ana Silva, also touring Recife in late January, praised the port as a model for "
            "the region.")
    found = _date(nlp, text, "praised", "future")
    assert (found.date, found.precision) == ("2025-01", "month")
    # must not fire: a clause in the future tense still looks forward
    found = _date(nlp, "The camp will hold the detainees in late January.", "hold", "future")
    assert found.date == "2026-01"


STORY = ("Ruto and Abiy first met in Nairobi in June 2021. Their second meeting was in Addis Ababa on Monday. "
         "There, Abiy asked Ruto for help with the dam. The talks ended on Monday. A day later, Abiy flew to Cairo. "
         "Egypt protested in February. There were no protests in Kenya. "
         "Kenya has backed the dam since 2015. At the time, Abiy said he would visit Khartoum. "
         "Abiy spoke to reporters on Monday. At the time, Abiy told them he would visit Juba. "
         "Weeks passed. Days later, Egypt closed its border. "
         "Talks resumed in Kampala on Feb. 3. Days later, Egypt recalled its envoy. "
         "Relations cooled in February. At the time, Kenya is a neutral mediator. "
         "Talks collapsed on Friday. There, in April, Egypt also rejected the plan.")


@pytest.mark.parametrize(("sentence", "trigger", "date", "precision"), [
    ("There, Abiy asked Ruto for help with the dam.", "asked", "2025-03-10", "day"),
    ("A day later, Abiy flew to Cairo.", "flew", "2025-03-11", "day"),
    ("Days later, Egypt recalled its envoy.", "recalled", "2025-02", "month"),
    # the opener's own clause may hold an announced act: dated by the announcement
    ("At the time, Abiy told them he would visit Juba.", "visit", "2025-03-10", "day"),
])
def test_dating_continuation_takes_the_time_of_the_sentence_before(nlp, sentence, trigger, date,  # type: ignore[no-untyped-def]
                                                                   precision) -> None:
    context = document_time_context(STORY, PUB)
    modality = "future" if trigger == "visit" else "asserted"
    found = _date(nlp, sentence, trigger, modality, context=context)
    assert (found.date, found.precision, found.source) == (date, precision, "text")


@pytest.mark.parametrize(("sentence", "trigger"), [
    ("There were no protests in Kenya.", "were"),  # no comma: no continuation
    ("Days later, Egypt closed its border.", "closed"),  # the sentence before names no time
    ("At the time, Abiy said he would visit Khartoum.", "said"),  # a bound before ("since 2015") sets no time
    ("At the time, Kenya is a neutral mediator.", "is"),  # told in the present: current at publication
])
def test_dating_continuation_must_not_fire(nlp, sentence, trigger) -> None:  # type: ignore[no-untyped-def]
    context = document_time_context(STORY, PUB)
    assert _date(nlp, sentence, trigger, context=context).source == "publication"


def test_dating_continuation_gives_way_to_the_events_own_time(nlp) -> None:  # type: ignore[no-untyped-def]
    context = document_time_context(STORY, PUB)
    found = _date(nlp, "There, in April, Egypt also rejected the plan.", "rejected", context=context)
    assert (found.date, found.text) == ("2024-04", "in April")


def test_dating_sentence_before_ends_at_its_full_stop_not_an_abbreviation(nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("The U.S. envoy met Abiy in Addis Ababa in 2019. The talks were held on Feb. 3. "
            "Days later, Egypt recalled its envoy.")
    context = document_time_context(text, PUB)
    found = _date(nlp, "Days later, Egypt recalled its envoy.", "recalled", context=context)
    assert (found.date, found.precision) == ("2025-02", "month")
    # the year of the sentence before carries past "U.S." inside it
    text = "In 2019 the U.S. envoy met Abiy. He praised the dam."
    context = document_time_context(text, PUB)
    assert _date(nlp, "He praised the dam.", "praised", context=context).date == "2019"


def test_dating_time_modifying_a_noun_sets_no_time_for_the_next_sentence(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Abiy spoke of the February 2020 accord with Cairo. Egypt rejected his remarks."
    context = document_time_context(text, PUB)
    assert _date(nlp, "Egypt rejected his remarks.", "rejected", context=context).source == "publication"
    text = "Abiy spoke of Egypt's 2020 accord with Sudan. There, Egypt rejected his remarks."
    context = document_time_context(text, PUB)
    assert _date(nlp, "There, Egypt rejected his remarks.", "rejected", context=context).source == "publication"


@pytest.mark.parametrize(("text", "trigger", "date"), [
    # a clause set at the place of the clause its noun belongs to shares that clause's time
    ("Fighting broke out on Friday in Goma, where rebels seized the airport.", "seized", "2025-03-07"),
    ("Ruto flew on Monday to Juba, where he met Kiir.", "met", "2025-03-10"),
    # must not fire: a where-clause with a time of its own keeps it
    ("Fighting broke out on Friday in Goma, where rebels seized the airport in 2012.", "seized", "2012"),
    # must not fire: a relative clause describing the place is no setting
    ("Fighting broke out on Friday in Goma, which rebels seized.", "seized", None),
])
def test_dating_where_clause_takes_the_time_of_its_setting(nlp, text, trigger, date) -> None:  # type: ignore[no-untyped-def]
    assert _date(nlp, text, trigger).date == (date or PUB.isoformat())


@pytest.mark.parametrize(("text", "trigger", "date", "precision"), [
    # the object of a measured "after" or "before" lies that far from the time of its clause
    ("Troops recaptured the village on Wednesday, a day after a raid on its army post.", "raid", "2025-03-11",
     "day"),
    ("Abiy met Kiir on Friday, two days before the summit in Juba.", "summit", "2025-03-09", "day"),
    ("Police arrested three men on Monday, hours after the blast.", "blast", "2025-03-10", "day"),
    ("Egypt closed the border on Feb. 3, days after the clash.", "clash", "2025-02", "month"),
    # a distance in the sentence counts from the time of the clause above it
    ("Rescuers searched on Sunday for victims of the previous day's shelling.", "shelling", "2025-03-08", "day"),
    # must not fire: the clause itself keeps its own time
    ("Troops recaptured the village on Wednesday, a day after a raid on its army post.", "recaptured", "2025-03-12",
     "day"),
    ("Rescuers searched on Sunday for victims of the previous day's shelling.", "searched", "2025-03-09", "day"),
])
def test_dating_measured_from_the_time_of_the_clause(nlp, text, trigger, date, precision) -> None:  # type: ignore[no-untyped-def]
    found = _date(nlp, text, trigger)
    assert (found.date, found.precision) == (date, precision)


def test_dating_measured_must_not_fire(nlp) -> None:  # type: ignore[no-untyped-def]
    # an unmeasured "after" is background: the event is not dated by its clause
    found = _date(nlp, "After the attack on the convoy, troops freed the hostages on Wednesday.", "attack")
    assert found.source == "publication"
    # an opener already counted from the sentence before is not counted twice
    context = document_time_context("Talks ended on Monday. The next day, Abiy flew home.", PUB)
    assert _date(nlp, "The next day, Abiy flew home.", "flew", context=context).date == "2025-03-11"


NARRATIVE = ("Kenya and Uganda have long traded. On Monday, Uganda closed the border. Kenya quickly protested. "
             "In February, Uganda closed the border. Kenya protested in turn. "
             "Uganda said the closure would take effect on Monday. Kenya protested at once. "
             "On Monday, Uganda shut the border. Kenya is protesting. "
             "On Monday, Uganda sealed the border. Trade slowed. Kenya protested again. "
             "Uganda recalled Monday's statement. Kenya protested once more.")


def test_dating_past_event_continues_the_day_the_sentence_before_named(nlp) -> None:  # type: ignore[no-untyped-def]
    context = document_time_context(NARRATIVE, PUB)
    found = _date(nlp, "Kenya quickly protested.", "protested", context=context)
    assert (found.date, found.precision, found.text) == ("2025-03-10", "day", "On Monday")


@pytest.mark.parametrize(("sentence", "trigger"), [
    ("Kenya protested in turn.", "protested"),  # the sentence before named a month, no day
    ("Kenya protested at once.", "protested"),  # its day lies ahead of its telling ("would take effect")
    ("Kenya is protesting.", "protesting"),  # told in the present: current at publication
    ("Kenya protested again.", "protested"),  # the day was named two sentences back
    ("Kenya protested once more.", "protested"),  # the day names which statement, not when
])
def test_dating_narrative_day_must_not_fire(nlp, sentence, trigger) -> None:  # type: ignore[no-untyped-def]
    context = document_time_context(NARRATIVE, PUB)
    assert _date(nlp, sentence, trigger, context=context).source == "publication"


CHAINED = ("The envoys met in Geneva in February. There, Abiy asked Ruto for help with the dam. "
           "Ruto refused the request. Kenya protested. "
           "The envoys met in Arusha in February. There, Abiy asked Ruto for help in May. Ruto declined. "
           "The envoys met in Kigali in February. There, Abiy asked Ruto for help. Ruto is refusing.")


def test_dating_past_event_continues_the_time_the_sentence_before_continued(nlp) -> None:  # type: ignore[no-untyped-def]
    context = document_time_context(CHAINED, PUB)
    found = _date(nlp, "Ruto refused the request.", "refused", context=context)
    assert (found.date, found.precision, found.source) == ("2025-02", "month", "text")


@pytest.mark.parametrize(("sentence", "trigger"), [
    ("Kenya protested.", "protested"),  # the moment was set two sentences back
    ("Ruto declined.", "declined"),  # the sentence before names a time of its own, a month, no day
    ("Ruto is refusing.", "refusing"),  # told in the present: current at publication
])
def test_dating_chained_continuation_must_not_fire(nlp, sentence, trigger) -> None:  # type: ignore[no-untyped-def]
    context = document_time_context(CHAINED, PUB)
    assert _date(nlp, sentence, trigger, context=context).source == "publication"


@pytest.mark.parametrize(("text", "trigger", "modality", "date"), [
    # the copula's own time dates its subject
    ("The second summit was in Nairobi in February.", "summit", "asserted", "2025-02"),
    # must not fire: a time of the clause reporting the copula is not the subject's
    ("The summit was a success, officials said on Monday.", "summit", "asserted", None),
    # a clause coordinated inside a quote takes the time of the verb reporting both
    ("“The talks went well, and we will meet again soon,” Abiy told Ruto on Monday.", "meet", "future",
     "2025-03-10"),
    # must not fire: a clause coordinated with a dated one does not take its time
    ("Kenya closed the border on Monday, and Uganda recalled its envoy.", "recalled", "asserted", None),
    # an adjective of the same subject sets the time ("effective Monday")
    ("The minister said that effective Monday, she was adding a 10% levy on imported sugar.", "adding", "asserted",
     "2025-03-10"),
    # must not fire: an adverbial clause with its own subject and conjunction keeps its time
    ("Kenya raised its tariffs although Uganda was ready on Monday.", "raised", "asserted", None),
])
def test_dating_copula_coordination_and_adjective(nlp, text, trigger, modality, date) -> None:  # type: ignore[no-untyped-def]
    assert _date(nlp, text, trigger, modality).date == (date or PUB.isoformat())


def test_dating_paragraph_month_dates_a_passive_or_negated_past(nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("Kenya and Uganda have long traded. The leaders met in Nairobi in May 2018. "
            "Uganda's request for access was refused. Their demands did not mesh. "
            "Uganda is asking for access. Uganda wants to request access.")
    context = document_time_context(text, PUB)
    found = _date(nlp, "Uganda's request for access was refused.", "refused", context=context)
    assert (found.date, found.precision) == ("2018-05", "month")
    # must not fire: the year was set two sentences back, or the event is told in the present or untensed
    assert _date(nlp, "Their demands did not mesh.", "demands", context=context).source == "publication"
    assert _date(nlp, "Uganda is asking for access.", "asking", context=context).source == "publication"
    assert _date(nlp, "Uganda wants to request access.", "request", context=context).source == "publication"


@pytest.mark.parametrize(("text", "trigger", "modality", "date"), [
    # a duration of a state told in a perfect tense says when the state began
    ("Ethiopia has held the two journalists for almost a year.", "held", "asserted", "2024"),
    ("Kenya has hosted the refugees for three months.", "hosted", "asserted", "2024-12"),
    # must not fire: a duration of a past or future act names no start
    ("Kenya hosted talks with Somalia for two weeks.", "hosted", "asserted", None),
    ("Kenya will host the refugees for three months.", "host", "future", None),
])
def test_dating_duration_of_a_perfect_state_dates_its_start(nlp, text, trigger, modality, date) -> None:  # type: ignore[no-untyped-def]
    found = _date(nlp, text, trigger, modality)
    assert found.date == (date or PUB.isoformat())


def test_dating_possessive_times_with_a_curly_apostrophe() -> None:
    found = [(e.kind, e.text) for e in find_expressions("in last year’s vote and at Friday’s rally")]
    assert found == [("relative", "last year’s"), ("weekday", "Friday’s")]


@pytest.mark.parametrize(("text", "trigger", "date"), [
    # a reported plan is dated by its report, not by the time it names
    ("Kenya said the new tariffs on Ugandan sugar will take effect on Friday.", "tariffs", None),
    ("Kenya said on Monday that the new tariffs will take effect on Friday.", "tariffs", "2025-03-10"),
    # must not fire: a scheduled act nobody reports keeps its own time, and so does a reported past act
    ("Ruto is due to meet Samia in Arusha in January.", "meet", "2026-01"),
    ("Kenya said it held talks with Uganda in January.", "held", "2025-01"),
])
def test_dating_reported_plan_is_dated_by_its_report(nlp, text, trigger, date) -> None:  # type: ignore[no-untyped-def]
    assert _date(nlp, text, trigger, "future" if trigger != "held" else "asserted").date == (date or PUB.isoformat())


def test_dating_a_habit_borrows_no_day(nlp) -> None:  # type: ignore[no-untyped-def]
    # an act told as a habit ("frequently", "routinely"; not an iterative "repeatedly") names no day: none from
    # the news day or the publication
    found = _date(nlp, "The militia frequently shells villages near the border.", "shells")
    assert found.date is None
    found = _date(nlp, "Border guards routinely turn back asylum seekers at the crossing.", "turn")
    assert found.date is None
    # must not: the same act without the adverb takes the publication day; a habit with its own time keeps it
    assert _date(nlp, "The militia shelled villages near the border.", "shelled").date == PUB.isoformat()
    found = _date(nlp, "In 2019, the militia frequently shelled villages near the border.", "shelled")
    assert (found.date, found.precision) == ("2019", "year")
    assert _date(nlp, "The militia has repeatedly shelled villages near the border.", "shelled").date is not None


@pytest.mark.parametrize(("text", "trigger", "date"), [
    # a passive participle with its doer, describing a noun of a dated clause: done by then
    ("The second shipment of rifles purchased by the Malian army reached Bamako on March 3.", "purchased",
     "2025-03-03"),
    ("Drones supplied by Tehran were shot down over Kharkiv in January.", "supplied", "2025-01"),
    # above it, a passive participle without its doer holds what that act was done to: done by then too
    ("In January it was named in a dossier leaked online of rifles sold by the cartel.", "sold", "2025-01"),
])
def test_dating_participle_with_its_doer_takes_the_time_of_its_clause(nlp, text, trigger, date) -> None:  # type: ignore[no-untyped-def]
    assert _date(nlp, text, trigger).date == date


@pytest.mark.parametrize(("text", "trigger"), [
    # must not: a participle without its doer, a relative clause with its own subject, a coming act
    ("A list of sanctions circulated among envoys was discussed by the ministers on March 3.", "circulated"),
    ("The rifles that the Malian army purchased reached Bamako on March 3.", "purchased"),
    ("A report to be published by the ministry was discussed by the ministers on March 3.", "published"),
    # nor a participle without its doer above another without one
    ("In January it was named in a dossier leaked online of rifles sold abroad.", "sold"),
])
def test_dating_other_descriptions_keep_out_of_the_time_of_their_clause(nlp, text, trigger) -> None:  # type: ignore[no-untyped-def]
    assert _date(nlp, text, trigger).source == "publication"


@pytest.mark.parametrize(("text", "trigger", "date"), [
    ("Beijing used its Security Council veto to halt the sanctions inquiry in January.", "used", "2025-01"),
    ("Kenyan troops shelled the rebel camp to clear the border road in February.", "shelled", "2025-02"),
    ("Ugandan police arrested the activist to stop the planned march in December.", "arrested", "2024-12"),
    ("Beijing used its Security Council veto to halt the sanctions inquiry in January.", "veto", "2025-01"),
])
def test_dating_purpose_of_a_past_act_dates_it(nlp, text, trigger, date) -> None:  # type: ignore[no-untyped-def]
    assert _date(nlp, text, trigger).date == date


@pytest.mark.parametrize(("text", "trigger", "modality"), [
    ("Nairobi agreed to hold talks with Kampala in January.", "agreed", "asserted"),  # a complement, not a purpose
    ("Washington urged Tehran to resume the talks in January.", "urged", "asserted"),  # the act asked of the object
    ("Kenyan troops shelled the rebel camp to clear the road before next month's vote.", "shelled", "asserted"),
    ("The army sent troops to guard the polls next month.", "sent", "asserted"),  # a later time: not the act's
    ("Beijing used its veto to halt the inquiry next month.", "veto", "asserted"),
    ("Beijing will use its veto to halt the inquiry in April.", "use", "future"),  # not a past act
])
def test_dating_purpose_must_not_fire(nlp, text, trigger, modality) -> None:  # type: ignore[no-untyped-def]
    assert _date(nlp, text, trigger, modality).date == PUB.isoformat()
