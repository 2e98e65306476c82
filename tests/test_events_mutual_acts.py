"""Acts mutual by nature turned round (events/meetings.py, ``mutual_acts`` in frames.json): "X signed a deal with
Y" is Y's signing with X too (057), "X held drills with Y" Y's exercise with X (062), as the project's gold codes a
mutual act both ways. Must-not cases: a one-sided act with "with" ("shared intelligence with Y"), an announced or
denied signing (its sayer's alone, in a relative clause on the deal too: "the deal X may sign with Y"), exercises
with no partner; a deal told of as what was made ("the deal X signed with Y") was signed by both. Sentences
written for these tests; actors marked by exact string, as in the golden cases."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.marking import coded_events

Row = tuple[str, str | None, str, str]
ACTORS = {"Kenya": "KEN", "Uganda": "UGA", "Tanzania": "TZA", "Rwanda": "RWA"}

BOTH_SIDES: list[tuple[str, set[Row]]] = [
    ("Kenya signed a trade agreement with Uganda on Tuesday.",
     {("KEN", "UGA", "057", "asserted"), ("UGA", "KEN", "057", "asserted")}),
    ("Kenya concluded a border treaty with Tanzania last week.",
     {("KEN", "TZA", "057", "asserted"), ("TZA", "KEN", "057", "asserted")}),
    ("Kenya held a joint naval exercise with Uganda on Lake Victoria.",
     {("KEN", "UGA", "062", "asserted"), ("UGA", "KEN", "062", "asserted")}),
    ("Rwanda conducted military drills with Tanzania near the border.",
     {("RWA", "TZA", "062", "asserted"), ("TZA", "RWA", "062", "asserted")}),
    # a relative clause on the deal made tells its making all the same, and a negotiation that made it signs it
    ("The deal Kenya signed with Uganda last year has expired.",
     {("KEN", "UGA", "057", "asserted"), ("UGA", "KEN", "057", "asserted")}),
    ("Kenya negotiated a border pact with Tanzania in 2019.",
     {("KEN", "TZA", "057", "asserted"), ("TZA", "KEN", "057", "asserted")}),
    ("Observers praised the border pact Rwanda negotiated with Tanzania in 2019.",
     {("RWA", "TZA", "057", "asserted"), ("TZA", "RWA", "057", "asserted")}),
]

ONE_SIDE: list[tuple[str, set[Row]]] = [
    # sharing is one side's giving, even "with" a partner
    ("Kenya shared intelligence with Uganda on Tuesday.", {("KEN", "UGA", "064", "asserted")}),
    # announced or denied: the sayer's alone
    ("Kenya will sign a trade agreement with Uganda.", {("KEN", "UGA", "032", "future")}),
    ("Kenya did not sign the trade agreement with Uganda.", {("KEN", "UGA", "057", "negated")}),
    ("Observers doubt the deal Kenya may sign with Uganda.", {("KEN", "UGA", "057", "hypothetical")}),
    # a partner that is only a possessor is no party to the deal; its support is its own act (received._done_with)
    ("Kenya signed a deal with Uganda's support.", {("KEN", "UGA", "057", "asserted"),
                                                   ("UGA", "KEN", "050", "asserted")}),
    # exercises with no partner are a show of force (150), not turned round
    ("Kenya held military exercises near the border on Tuesday.", set()),
]


def _rows(text: str, nlp: Language) -> set[Row]:
    return {(e.source.code, e.target.code if e.target else None, e.cameo, e.modality)
            for e in coded_events(nlp, text, ACTORS) if e.cameo.startswith(("03", "05", "06"))}


@pytest.mark.parametrize("text,want", BOTH_SIDES, ids=[c[0][:40] for c in BOTH_SIDES])
def test_mutual_acts_coded_both_ways(text: str, want: set[Row], nlp: Language) -> None:
    assert _rows(text, nlp) == want


@pytest.mark.parametrize("text,want", ONE_SIDE, ids=[c[0][:40] for c in ONE_SIDE])
def test_one_sided_or_unsaid_acts_stay_one_way(text: str, want: set[Row], nlp: Language) -> None:
    assert _rows(text, nlp) == want
