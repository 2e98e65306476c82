"""Event dating: the governing time expression of a trigger, resolved against the publication date."""

from __future__ import annotations

import datetime as dt

import pytest

from bilateral.dating import document_time_context, find_expressions
from bilateral.dating.expressions import load_time_lexicon
from bilateral.models import EventDate
from tests.dating_cases import event_date

PUB = dt.date(2022, 8, 2)  # a Tuesday


def _date(nlp, text: str, trigger: str, modality: str = "asserted",  # type: ignore[no-untyped-def]
          published: dt.date | None = PUB, context=None) -> EventDate:
    return event_date(nlp, text, trigger, modality, published, context)


# (sentence, trigger, modality, expected date, expected precision)
CASES = [
    ("Kenya signed a trade deal with Uganda on 11 August 2021.", "signed", "asserted", "2021-08-11", "day"),
    ("Kenya signed a trade deal with Uganda on August 11, 2021.", "signed", "asserted", "2021-08-11", "day"),
    ("The Ethiopian government expelled the Irish envoy in August 2020.", "expelled", "asserted", "2020-08", "month"),
    ("Washington suspended part of its military aid to Kigali in 2012.", "suspended", "asserted", "2012", "year"),
    ("Kagame met Ruto at State House in Nairobi on Friday.", "met", "asserted", "2022-07-29", "day"),
    ("Kenyan police detained the opposition leader late Wednesday.", "detained", "asserted", "2022-07-27", "day"),
    ("Museveni accused Kigali last year of sheltering his opponents.", "accused", "asserted", "2021", "year"),
    ("Tshisekedi met Lourenco in Luanda earlier this month.", "met", "asserted", "2022-08", "month"),
    ("Nigerian troops attacked the militant camp two weeks ago.", "attacked", "asserted", "2022-07", "month"),
    ("Ruto will travel to Addis Ababa next week for talks with Abiy.", "travel", "future", "2022-08", "month"),
    ("Rwanda rejected the accusation last month.", "rejected", "asserted", "2022-07", "month"),
    ("Tanzania recalled its ambassador from Kampala yesterday.", "recalled", "asserted", "2022-08-01", "day"),
    ("Sudan closed its border with Chad today.", "closed", "asserted", "2022-08-02", "day"),
    ("Uganda has deployed more troops to Somalia this year.", "deployed", "asserted", "2022", "year"),
    ("Rwanda has backed the rebels since 2000, the panel said.", "backed", "asserted", "2000", "year"),
    ("Kagame visited Kampala in March.", "visited", "asserted", "2022-03", "month"),
    ("Kagame will visit Kampala in March.", "visit", "future", "2023-03", "month"),
    ("Ruto will meet Samia on Friday.", "meet", "future", "2022-08-05", "day"),
    ("Ruto met Samia last Tuesday.", "met", "asserted", "2022-07-26", "day"),
    ("Ruto met Samia on Tuesday.", "met", "asserted", "2022-08-02", "day"),
    ("The 2012 cut in military aid angered Kigali.", "cut", "asserted", "2012", "year"),
    ("Rwandan and Ugandan troops clashed in Kisangani in the 1990s.", "clashed", "asserted", "1990", "year"),
    ("On July 29, Egypt and Sudan signed a water accord.", "signed", "asserted", "2022-07-29", "day"),
    ("Egypt and Sudan signed a defence pact on 2021-03-02.", "signed", "asserted", "2021-03-02", "day"),
]


@pytest.mark.parametrize(("text", "trigger", "modality", "date", "precision"), CASES)
def test_dating_resolves_each_kind_of_expression(nlp, text, trigger, modality, date, precision) -> None:  # type: ignore[no-untyped-def]
    found = _date(nlp, text, trigger, modality)
    assert (found.date, found.precision, found.source) == (date, precision, "text")
    assert found.text


def test_dating_weekday_crosses_a_month_boundary(nlp) -> None:  # type: ignore[no-untyped-def]
    found = _date(nlp, "Angola hosted talks between Congo and Rwanda on Friday.", "hosted")
    assert found.date == "2022-07-29"


def test_dating_governing_expression_not_any_date(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Blinken, who visited Kigali in 2021, will meet Kagame on Thursday."
    meet = _date(nlp, text, "meet", "future")
    assert (meet.date, meet.text) == ("2022-08-04", "on Thursday")
    visited = _date(nlp, text, "visited")
    assert (visited.date, visited.precision) == ("2021", "year")


def test_dating_apposition_does_not_date_the_main_event(nlp) -> None:  # type: ignore[no-untyped-def]
    found = _date(nlp, "Paul Kagame, president since 2000, met Blinken in Kigali.", "met")
    assert (found.date, found.source) == ("2022-08-02", "publication")


def test_dating_announced_event_dated_by_its_announcement(nlp) -> None:  # type: ignore[no-untyped-def]
    found = _date(nlp, "Kagame said on Monday that he will visit Kinshasa.", "visit", "future")
    assert (found.date, found.text) == ("2022-08-01", "on Monday")
    # the weekday looks back from a past clause, even for an announced act
    found = _date(nlp, "Kagame said on Friday that he will visit Kinshasa.", "visit", "future")
    assert found.date == "2022-07-29"


# (sentence, trigger, modality, expected date or None for the publication date): whose time is whose
CLAUSE_CASES = [
    ("The ministers quarrelled at the summit convened in March.", "summit", "asserted", "2022-03"),
    ("The court reviewed a claim that Chile and Peru filed 10 years ago.", "claim", "asserted", "2012"),
    ("The arrest of Dumas, who played a part in last year's strikes, upset his family.", "arrest", "asserted",
     None),
    ("According to a review to be published next month, Chile expanded its fleet.", "review", "asserted", None),
    ("Pereira had been detained and charged with fraud in 2016.", "detained", "asserted", "2016"),
    ("A judge on Monday extended the order, and the activist remains in detention.", "detention", "asserted", None),
    ("A judge on Monday extended efforts to halt the deportation.", "halt", "asserted", "2022-08-01"),
    ("The country descended into chaos in 2013, when rebels seized power.", "seized", "asserted", "2013"),
    ("Lula first floated the plan soon after returning to power in January.", "floated", "future", "2022-01"),
    ("The plotters tried to overthrow the president on Feb. 7.", "overthrow", "asserted", "2022-02-07"),
    ("Speaking in Nairobi on Friday, Ruto praised Kagame.", "praised", "asserted", "2022-07-29"),
    ("Despite September's shipment of the rifles, Ottawa backed down.", "shipment", "asserted", "2021-09"),
    # a nominal event told as background does not take the time of the clause it hangs on
    ("After the attack on the convoy, Uganda sent troops to the border on Friday.", "attack", "asserted", None),
    ("After the attack on the convoy, Uganda sent troops to the border on Friday.", "sent", "asserted",
     "2022-07-29"),
    ("After the attack in March, Uganda sent troops to the border on Friday.", "attack", "asserted", "2022-03"),
    ("The raid on the camp was the deadliest in years, officials said on Friday.", "raid", "asserted", None),
    ("During the talks, Ruto praised Kagame on Friday.", "talks", "asserted", "2022-07-29"),
]


@pytest.mark.parametrize(("text", "trigger", "modality", "date"), CLAUSE_CASES)
def test_dating_takes_the_time_of_the_events_own_clause(nlp, text, trigger, modality, date) -> None:  # type: ignore[no-untyped-def]
    found = _date(nlp, text, trigger, modality)
    assert found.date == (date or PUB.isoformat())


def test_dating_bounds_and_durations_are_not_dates(nlp) -> None:  # type: ignore[no-untyped-def]
    assert _date(nlp, "Kenya and Somalia held talks for two weeks.", "held").source == "publication"
    assert _date(nlp, "Kenya will host the talks until 2025.", "host", "future").source == "publication"


def test_dating_falls_back_to_publication(nlp) -> None:  # type: ignore[no-untyped-def]
    found = _date(nlp, "Kenya signed a security pact with Ethiopia.", "signed")
    assert found == EventDate("2022-08-02", "day", "publication", None)


def test_dating_undated_document_gives_nothing(nlp) -> None:  # type: ignore[no-untyped-def]
    found = _date(nlp, "Kenya signed a security pact with Ethiopia.", "signed", published=None)
    assert found == EventDate(None, None, None, None)


def test_dating_relative_needs_a_publication_date(nlp) -> None:  # type: ignore[no-untyped-def]
    found = _date(nlp, "Kenya signed a security pact with Ethiopia on Friday.", "signed", published=None)
    assert found.date is None


def test_dating_document_context_gives_a_bare_month_its_year(nlp) -> None:  # type: ignore[no-untyped-def]
    article = ("Relations soured in August 2020, when Addis Ababa expelled a diplomat.\n\n"
               "In August, Ethiopia also closed the consulate.")
    context = document_time_context(article, PUB)
    found = _date(nlp, "In August, Ethiopia also closed the consulate.", "closed", context=context)
    assert (found.date, found.precision) == ("2020-08", "month")


def test_dating_document_context_dominant_year_without_publication() -> None:
    context = document_time_context("In 2014 the talks failed. By late 2014 and in March 2014 they had not resumed.",
                                    None)
    assert context.hints.dominant_year == 2014


def test_dating_expressions_skip_modal_may_and_protest_march() -> None:
    kinds = [e.kind for e in find_expressions("Kenya may march on the capital, officials warned.")]
    assert kinds == []
    assert find_expressions("Fighting eased over the past month.") == []
    assert [e.text for e in find_expressions("Talks resumed in May.")] == ["in May"]


def test_dating_lexicon_covers_every_month_and_weekday() -> None:
    lex = load_time_lexicon()
    assert set(lex.months.values()) == set(range(1, 13))
    assert set(lex.weekdays.values()) == set(range(7))


def test_dating_past_event_takes_the_year_its_paragraph_set(nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("Ties have had bad spells. The worst spell came in 2012, under Obama. "
            "He froze new loans to Burundi over its crackdown on the press.\n"
            "Washington praises Kigali today.")
    context = document_time_context(text, PUB)
    past = _date(nlp, "He froze new loans to Burundi over its crackdown on the press.", "froze", context=context)
    assert (past.date, past.precision, past.source) == ("2012", "year", "text")
    # a present-tense sentence, or one on a line that set no year, keeps the publication date
    present = _date(nlp, "Washington praises Kigali today.", "praises", context=context)
    assert present.source in ("publication", "text") and present.date != "2012"
    other = document_time_context("Kenya hosted talks in 2012.\nUganda cut aid to Kenya.", PUB)
    assert _date(nlp, "Uganda cut aid to Kenya.", "cut", context=other).source == "publication"


def test_dating_year_set_two_sentences_back_or_by_since_does_not_carry(nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("Kenya hosted talks in 2012. The talks were long. Uganda cut aid to Kenya. "
            "Rwanda has backed the rebels since 2000. Uganda closed the border.")
    context = document_time_context(text, PUB)
    assert _date(nlp, "Uganda cut aid to Kenya.", "cut", context=context).source == "publication"
    assert _date(nlp, "Uganda closed the border.", "closed", context=context).source == "publication"


def test_dating_past_event_takes_the_news_day_of_the_lead(nlp) -> None:  # type: ignore[no-untyped-def]
    wednesday = dt.date(2025, 3, 12)
    text = ("Gunmen ambushed a bus convoy Tuesday in Darfur, seizing several drivers. "
            "The gunmen burned the trucks. Search operations have been continuing for hours.")
    context = document_time_context(text, wednesday)
    past = _date(nlp, "The gunmen burned the trucks.", "burned", published=wednesday, context=context)
    assert (past.date, past.source, past.text) == ("2025-03-11", "text", "Tuesday")
    present = _date(nlp, "Search operations have been continuing for hours.", "continuing", published=wednesday,
                    context=context)
    assert (present.date, present.source) == ("2025-03-12", "publication")
    # a lead day long before publication, or after it, is no news day
    later = document_time_context("The EU is due to decide Friday on quotas. The EU raised quotas.", wednesday)
    assert _date(nlp, "The EU raised quotas.", "raised", published=wednesday, context=later).source == "publication"


def test_dating_last_week_in_a_sunday_story_is_the_week_just_ended(nlp) -> None:  # type: ignore[no-untyped-def]
    sunday = dt.date(2025, 3, 9)
    found = _date(nlp, "Modi last week announced a series of export bans.", "announced", published=sunday)
    assert (found.date, found.precision) == ("2025-03", "month")
    assert load_time_lexicon().week_start == 6
