"""The behavioural suite in CI: every construction at or above its floor (today's level, ``floors.json``), and the
generator covering what the suite claims to cover."""

from __future__ import annotations

import json

import pytest

from tests.behaviour.acts import ACTS
from tests.behaviour.suite import FLOORS, KINDS, Outcome, by_kind, cases, countries, rates, run


def test_behaviour_generator_covers_every_plover_type_and_construction() -> None:
    suite = cases()
    assert {a.plover for a in ACTS} == {
        "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE", "REJECT",
        "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"}
    assert {c.construction for c in suite} == set(KINDS)
    assert all(c.expected for c in suite if c.kind != "probe")
    assert all(c.forbidden and not c.expected for c in suite if c.kind == "probe")
    assert len({c.text for c in suite}) == len(suite)
    assert [s.code for s in countries()] == [s.code for s in countries()]  # the same draw every run


def test_behaviour_pass_rule() -> None:
    [case] = [c for c in cases() if c.construction == "reciprocal"][:1]
    a, b, plover = sorted(case.expected)[0]
    assert Outcome(case, frozenset(case.expected), frozenset()).passed
    assert not Outcome(case, frozenset({(a, b, plover)}), frozenset()).passed
    assert not Outcome(case, frozenset({*case.expected, (a, b, "ASSAULT")}), frozenset()).passed
    probe = next(c for c in cases() if c.construction == "topic")
    src, tgt, _ = sorted(probe.forbidden)[0]
    assert Outcome(probe, frozenset(), frozenset({(src, "XXX", "CONSULT")})).passed
    assert not Outcome(probe, frozenset(), frozenset({(src, tgt, "CONSULT")})).passed


@pytest.mark.slow
@pytest.mark.model
def test_behaviour_no_construction_below_its_floor() -> None:
    floors = json.loads(FLOORS.read_text(encoding="utf-8"))
    outcomes = run(cases())
    got = {name: p / n for name, (p, n) in rates(outcomes).items()}
    assert set(got) == set(floors)
    below = {name: (round(rate, 3), floors[name]) for name, rate in got.items() if rate < floors[name]}
    assert below == {}, f"constructions below their floor (rate, floor): {below}"
    assert set(by_kind(outcomes)) == {"canonical", "news", "probe"}
