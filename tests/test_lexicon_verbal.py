"""Verbal acts the trigger lexicon names (CAMEO 02-05, 10-14): resetting or mending relations with a state is diplomatic
cooperation (050), an intent when a state is 'looking to' do it (032); eyeing a deal with a state is an intent to
cooperate (030); legislation introduced against a state threatens sanctions (1312); a proposal or an invitation to a
state is an appeal (020, 026); support, solidarity or gratitude expressed to a state is praise (051); lashing out,
taking swipes or aim, levelling accusations or heaping scorn, frustration or displeasure expressed at a state are
criticism (111, 112); disagreeing with or breaking with a state rejects it (120); pressure put or stepped up on a
state is a demand (100); concerns raised about a state's acts and its denunciation are criticism (111); brushing
aside or shrugging off a state's demand rejects it (120), taking issue with it or objecting to it criticises it
(111), and vowing to retaliate against it threatens it (138); a letter sent to a state is no consultation, what it
urges is an appeal. A verb whose object is a free relative ('what X proposes') names a thing, not an act; concern
expressed to a state about no other party is a comment to it (012), not criticism of it. The same words elsewhere
code nothing. Sentences written for these tests; actors marked by exact string."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.marking import coded_events

CHILE_PERU = {"Chile": "CHL", "Peru": "PER"}

CASES: list[tuple[str, dict[str, str], set[tuple[str, str | None, str]]]] = [
    ("Chile is looking to reset relations with Peru after years of tension.", CHILE_PERU, {("CHL", "PER", "032")}),
    ("The accord looks to be in trouble after Chile attacked Peru.", CHILE_PERU, {("CHL", "PER", "190")}),
    ("Chile mended ties with Peru last year.", CHILE_PERU, {("CHL", "PER", "050")}),
    ("Chile improved its roads near Peru.", CHILE_PERU, set()),
    ("Chile is eyeing a trade agreement with Peru.", CHILE_PERU, {("CHL", "PER", "030")}),
    ("Chile is eyeing the mountain passes with concern.", {"Chile": "CHL"}, set()),
    ("The Peruvian Senate introduced legislation against Chile on Tuesday.",
     {"Peruvian Senate": "PERLEG", "Chile": "CHL"}, {("PERLEG", "CHL", "1312")}),
    ("The Peruvian Senate introduced a bill on school meals.", {"Peruvian Senate": "PERLEG"}, set()),
    ("Bolivia made a proposal to Chile on fishing rights.", {"Bolivia": "BOL", "Chile": "CHL"},
     {("BOL", "CHL", "020")}),
    ("Chileans are always ready for what Peru proposes.", {"Chileans": "CHL", "Peru": "PER"}, set()),
    ("Chile expressed support for Peru in the dispute.", CHILE_PERU, {("CHL", "PER", "051")}),
    ("Chile expressed gratitude to Peru for the rescue.", CHILE_PERU, {("CHL", "PER", "051")}),
    ("Chile lashed out at Peru over the border closure.", CHILE_PERU, {("CHL", "PER", "111")}),
    ("Chile took a swipe at Peru on Monday.", CHILE_PERU, {("CHL", "PER", "111")}),
    ("Chile took a walk at dawn.", {"Chile": "CHL"}, set()),
    ("Chile took aim at Peru over the border closure.", CHILE_PERU, {("CHL", "PER", "111")}),
    ("Chile took aim at inflation in its budget.", {"Chile": "CHL"}, set()),
    ("Chile expressed frustration with Peru over the stalled talks.", CHILE_PERU, {("CHL", "PER", "111")}),
    ("Chile expressed displeasure at Peru's border closure.", CHILE_PERU, {("CHL", "PER", "111")}),
    ("Chile expressed frustration over the slow pace of the talks.", {"Chile": "CHL"}, set()),
    ("Chile levelled accusations against Peru.", CHILE_PERU, {("CHL", "PER", "112")}),
    ("Chile expressed concern to Peru that the talks had stalled.", CHILE_PERU, {("CHL", "PER", "012")}),
    ("Chile expressed concern to the UN about Peru's troop build-up.",
     {"Chile": "CHL", "UN": "IGOUNO", "Peru": "PER"}, {("CHL", "PER", "111")}),
    ("Chile disagreed with Peru on the border.", CHILE_PERU, {("CHL", "PER", "120")}),
    ("Chile disagreed with the decision.", {"Chile": "CHL"}, set()),
    ("Chile broke with Peru over the fishing quotas.", CHILE_PERU, {("CHL", "PER", "120")}),
    ("Chile broke with tradition on Monday.", {"Chile": "CHL"}, set()),
    ("Chile broke bread with Peru on Monday.", CHILE_PERU, set()),
    ("Chile declined an invitation from Peru.", CHILE_PERU, {("CHL", "PER", "120")}),
    ("Chile declined to take part in Peru's fishing plan.", CHILE_PERU, {("CHL", "PER", "120")}),
    ("Chile's exports to Peru declined in May.", CHILE_PERU, set()),
    ("Support for the Chilean president declined after the vote in Peru.", {"Chilean": "CHL", "Peru": "PER"}, set()),
    ("Chile put pressure on Peru over the mine.", CHILE_PERU, {("CHL", "PER", "100")}),
    ("Chile stepped up pressure on Peru over the mine.", CHILE_PERU, {("CHL", "PER", "100")}),
    ("Pressure on the Chilean peso eased in May.", {"Chilean": "CHL"}, set()),
    ("Chile raised concerns about Peru's troop build-up.", CHILE_PERU, {("CHL", "PER", "111")}),
    ("Chile raised the school's budget.", {"Chile": "CHL"}, set()),
    ("Chile's denunciation of Peru came on Monday.", CHILE_PERU, {("CHL", "PER", "111")}),
    ("Chile brushed aside Peru's demand for compensation.", CHILE_PERU, {("CHL", "PER", "120")}),
    ("Chile brushed aside the dust from the monument.", {"Chile": "CHL"}, set()),
    ("Chile shrugged off Peru's criticism.", CHILE_PERU, {("CHL", "PER", "120")}),
    ("Chile took issue with Peru's remarks.", CHILE_PERU, {("CHL", "PER", "111")}),
    ("Chile took issue with the report.", {"Chile": "CHL"}, set()),
    ("Chile objected to Peru's new fishing quotas.", CHILE_PERU, {("CHL", "PER", "111")}),
    ("Chile raised objections to Peru's mining plan.", CHILE_PERU, {("CHL", "PER", "111")}),
    ("Chile objected to the new quotas.", {"Chile": "CHL"}, set()),
    ("The object of the Chilean plan is unclear.", {"Chilean": "CHL"}, set()),
    ("Chile vowed to retaliate against Peru.", CHILE_PERU, {("CHL", "PER", "138")}),
    ("Chile retaliated against Peru with tariffs on copper.", CHILE_PERU, {("CHL", "PER", "163")}),
    ("Chile sent a letter to Peru on Monday.", CHILE_PERU, set()),
]


@pytest.mark.parametrize("text,actors,want", CASES, ids=[c[0][:40] for c in CASES])
def test_lexicon_verbal(text: str, actors: dict[str, str], want: set[tuple[str, str | None, str]],
                        nlp: Language) -> None:
    got = {(e.source.code, e.target.code if e.target else None, e.cameo)
           for e in coded_events(nlp, text, actors)}
    assert got == want
