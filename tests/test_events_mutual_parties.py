"""Mutual acts of coordinated parties with a topic phrase (events/matching.py, events/coder.py), through the
pipeline. Invented sentences.

"X and Y clashed over Z", "X and Y are disagreeing over Y's rights": "over" is the verb's own preposition, not an
untagged particle, when the verb has no phrasal sense with it; and a party named again in the topic is no third
side of the mutual act, which stays each party's act on the other.
"""

from __future__ import annotations

import pytest

from tests.marking import pipeline_coded as _coded

pytestmark = pytest.mark.model


def test_mutual_parties_clash_over_a_topic_both_ways() -> None:
    assert _coded("Vietnam and Indonesia clashed over fishing rights near the islands.") == {
        ("VNM", "IDN", "ASSAULT", "asserted"), ("IDN", "VNM", "ASSAULT", "asserted")}


def test_mutual_parties_disagree_over_one_partys_claim_both_ways() -> None:
    assert _coded("Vietnam and Indonesia are disagreeing over Indonesia's fishing rights near the islands.") == {
        ("VNM", "IDN", "REJECT", "asserted"), ("IDN", "VNM", "REJECT", "asserted")}


def test_mutual_parties_must_not_turn_round_one_party_or_an_outsider() -> None:
    # one party disagreeing over the other's claim: its act alone
    assert _coded("Vietnam disagreed over Indonesia's fishing rights near the islands.") == {
        ("VNM", "IDN", "REJECT", "asserted")}
    # a third party named as partner: each party's act on it, not on each other
    assert _coded("Vietnam and Indonesia disagreed with Malaysia over fishing rights.") == {
        ("VNM", "MYS", "REJECT", "asserted"), ("IDN", "MYS", "REJECT", "asserted")}


def test_mutual_parties_a_phrasal_sense_keeps_its_particle() -> None:
    # "handed over" has a phrasal sense (063): "over" stays its particle, not a preposition of "hand"
    assert _coded("Kenyan police handed over the suspects to Ugandan authorities on Monday.") == {
        ("KEN", "UGA", "COOPERATE", "asserted")}
