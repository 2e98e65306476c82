"""Meetings and their other party (events/meetings.py). A meeting set in a clause of telling has the addressee as
its other party: "X told Y in a phone call that ..." is X's call with Y. A call, a summit and a hosting are both
sides' act: "X phoned Y" is Y's call with X too, "X hosted Y" is Y's visit (042); a meeting verb said over a line
("spoke by phone with Y") is a call. Must-not cases beside each: the
press is no partner, a meeting with no addressee gains none, a letter is no meeting, talks told about are no
setting; an announced call is its announcer's intent, a visit is the visitor's, a meeting (040) stays one-sided,
a body that holds a summit is no party its members meet. Sentences written for these tests; actors marked by exact
string, as in the golden cases."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.marking import coded_events

Row = tuple[str, str | None, str]
LEADERS = {"Kagame": "RWAGOV", "Museveni": "UGAGOV", "Ruto": "KENGOV", "Iran": "IRN", "reporters": "---MED",
           "EAC": "IGOEAC", "Kenya": "KEN", "Uganda": "UGA", "Entebbe": "UGA"}

CASES: list[tuple[str, set[Row]]] = [
    ("Kagame told Museveni in a phone call last week that Rwanda would reopen the border.",
     {("RWAGOV", "UGAGOV", "041"), ("UGAGOV", "RWAGOV", "041")}),
    ("Kagame and Ruto told Museveni in phone conversations that they would reopen the border.",
     {("RWAGOV", "UGAGOV", "041"), ("KENGOV", "UGAGOV", "041"), ("UGAGOV", "RWAGOV", "041"),
      ("UGAGOV", "KENGOV", "041")}),
    ("Kagame told Museveni during talks in Entebbe that Rwanda would reopen the border.",
     {("RWAGOV", "UGAGOV", "040")}),
    # a news conference held with a partner is a meeting with the partner, not with the press told in it
    ("Kagame told reporters during a news conference in Kigali with Museveni that the border would reopen.",
     {("RWAGOV", "UGAGOV", "040"), ("UGAGOV", "RWAGOV", "040")}),
]

MUST_NOT: list[tuple[str, set[Row]]] = [
    # talking to the press is a statement, not a meeting
    ("Kagame told reporters in a phone call that Rwanda would reopen the border.", set()),
    ("Kagame told reporters at a news conference in Kigali that Rwanda would reopen the border.", set()),
    # no addressee: no partner
    ("Kagame said in a phone call that Rwanda would reopen the border.", set()),
    # a letter is no meeting: telling in one makes no consultation
    ("Kagame told Museveni in a letter that Rwanda would reopen the border.", set()),
    # talks that are what is told about are no setting of the telling
    ("Kagame told Museveni that the talks with Iran had failed.", set()),
]

BOTH_SIDES: list[tuple[str, set[tuple[str, str | None, str, str]]]] = [
    ("Kagame phoned Museveni on Monday.",
     {("RWAGOV", "UGAGOV", "041", "asserted"), ("UGAGOV", "RWAGOV", "041", "asserted")}),
    ("Kagame hosted Museveni in Kigali on Monday.",
     {("RWAGOV", "UGAGOV", "043", "asserted"), ("UGAGOV", "RWAGOV", "042", "asserted")}),
    ("Kagame did not phone Museveni on Monday.",
     {("RWAGOV", "UGAGOV", "041", "negated"), ("UGAGOV", "RWAGOV", "041", "negated")}),
    # a meeting verb said over a line is a call ("spoke by phone", "talked by video link")
    ("Kagame spoke by phone with Museveni on Monday.",
     {("RWAGOV", "UGAGOV", "041", "asserted"), ("UGAGOV", "RWAGOV", "041", "asserted")}),
    ("Kagame and Museveni talked by video link on Monday.",
     {("RWAGOV", "UGAGOV", "041", "asserted"), ("UGAGOV", "RWAGOV", "041", "asserted")}),
    # must-not: a "by" phrase that is no line leaves a meeting, held by both
    ("Kagame met with Museveni by the lake on Monday.",
     {("RWAGOV", "UGAGOV", "040", "asserted"), ("UGAGOV", "RWAGOV", "040", "asserted")}),
    # must-not: announced, the announcer's intent only
    ("Kagame will phone Museveni on Monday.", {("RWAGOV", "UGAGOV", "036", "future")}),
    ("Kagame plans to meet Museveni in Entebbe next month.", {("RWAGOV", "UGAGOV", "036", "future")}),
    # a meeting both sides fixed is both sides' intent
    ("Kagame is due to meet Museveni in Entebbe next month.",
     {("RWAGOV", "UGAGOV", "036", "future"), ("UGAGOV", "RWAGOV", "036", "future")}),
    # must-not: a visit is the visitor's act
    ("Kagame visited Museveni in Entebbe on Monday.", {("RWAGOV", "UGAGOV", "042", "asserted")}),
    # a meeting with a partner named in its own slot is both sides' (040, 046)
    ("Kagame met with Museveni in Entebbe to discuss Iran.",
     {("RWAGOV", "UGAGOV", "040", "asserted"), ("UGAGOV", "RWAGOV", "040", "asserted")}),
    ("Kagame negotiated with Museveni for a week.",
     {("RWAGOV", "UGAGOV", "046", "asserted"), ("UGAGOV", "RWAGOV", "046", "asserted")}),
    # must-not: a meeting that is the purpose of a trip is the traveller's
    ("Kagame was in Entebbe this week to meet with Museveni.", {("RWAGOV", "UGAGOV", "040", "asserted")}),
    # must-not: a pact told of by who negotiated it is no meeting of both (the pact made is an agreement, 057:
    # tests/test_events_argument_types.py)
    ("The pact Kagame negotiated with Museveni ended the dispute.", set()),
    # must-not: a one-sided contact of the converted lexicon stays one-sided
    ("Kagame approached Museveni about the border.", {("RWAGOV", "UGAGOV", "040", "asserted")}),
    # must-not: the body that holds the summit is no party its members meet
    ("Kagame attended the EAC summit in Arusha on Monday.", {("RWAGOV", "IGOEAC", "044", "asserted")}),
]


PLACED: list[tuple[str, set[Row]]] = [
    # officials named by where they serve: each place is met, by both sides
    ("Kagame met with officials in charge of trade and transport in Kenya and Uganda.",
     {("RWAGOV", "KEN", "040"), ("KEN", "RWAGOV", "040"), ("RWAGOV", "UGA", "040"), ("UGA", "RWAGOV", "040")}),
    # must-not: where the meeting took place is no partner
    ("Kagame met with officials on Monday in Entebbe.", set()),
    # must-not: a partner named as an actor keeps its own code, the place is the venue
    ("Kagame met with Museveni in charge of talks in Kenya.",
     {("RWAGOV", "UGAGOV", "040"), ("UGAGOV", "RWAGOV", "040")}),
]


def _rows(text: str, nlp: Language) -> set[Row]:
    return {(e.source.code, e.target.code if e.target else None, e.cameo)
            for e in coded_events(nlp, text, LEADERS) if e.cameo.startswith("04")}


@pytest.mark.parametrize("text,want", CASES, ids=[c[0][:40] for c in CASES])
def test_meetings_addressee_is_the_other_party(text: str, want: set[Row], nlp: Language) -> None:
    assert _rows(text, nlp) == want


@pytest.mark.parametrize("text,want", MUST_NOT, ids=[c[0][:40] for c in MUST_NOT])
def test_meetings_no_addressee_partner(text: str, want: set[Row], nlp: Language) -> None:
    assert _rows(text, nlp) == want


@pytest.mark.parametrize("text,want", BOTH_SIDES, ids=[c[0][:40] for c in BOTH_SIDES])
def test_meetings_calls_summits_and_hostings_from_both_sides(text: str, want: set[tuple[str, str | None, str, str]],
                                                             nlp: Language) -> None:
    got = {(e.source.code, e.target.code if e.target else None, e.cameo, e.modality)
           for e in coded_events(nlp, text, LEADERS) if e.cameo.startswith(("03", "04"))}
    assert got == want


@pytest.mark.parametrize("text,want", PLACED, ids=[c[0][:40] for c in PLACED])
def test_meetings_partners_named_by_where_they_serve(text: str, want: set[Row], nlp: Language) -> None:
    assert _rows(text, nlp) == want


ON_A_TRIP: list[tuple[str, set[tuple[str, str | None, str, str]]]] = [
    # being on a visit is making it
    ("Kagame is on a three-day visit to Uganda.", {("RWAGOV", "UGA", "042", "asserted")}),
    ("Kagame, who is on a visit to Uganda, praised the new railway.", {("RWAGOV", "UGA", "042", "asserted")}),
    ("Kagame will be on a visit to Uganda next week.", {("RWAGOV", "UGA", "036", "future")}),
    # must-not: a visit that is only a thing's setting names no trip of the subject's
    ("Kagame is on leave after a visit to Uganda.", set()),
]


@pytest.mark.parametrize("text,want", ON_A_TRIP, ids=[c[0][:40] for c in ON_A_TRIP])
def test_meetings_being_on_a_visit_is_visiting(text: str, want: set[tuple[str, str | None, str, str]],
                                               nlp: Language) -> None:
    got = {(e.source.code, e.target.code if e.target else None, e.cameo, e.modality)
           for e in coded_events(nlp, text, LEADERS) if e.cameo.startswith(("03", "04"))}
    assert got == want
