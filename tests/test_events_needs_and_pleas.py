"""Appeals said as a need or a plea with an infinitive clause of its own (events/demands.py): a need a speaker sees
"for" another party to act, and a plea "with" a party to act, are appeals to that party; a speaker's "Y needs to"
act is a demand on Y, as "must" is. Must not: the news voice's own need, a need denied, a need for the
speaker's own side or for no actor, "with" under a verb that asks nothing. An obligation noun held by a reported
clause's subject ("is under an obligation to", "has a duty to") obliges it as "needs to" does; not "under no
obligation", nor an obligation to no act.
Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from bilateral.models import Document

pytestmark = pytest.mark.model

Dyad = tuple[str | None, str | None, str | None]


def _dyads(text: str) -> set[Dyad]:
    from bilateral.pipeline import code_documents, load_resources
    from bilateral.settings import Settings

    [done] = code_documents([Document("d", text, published=dt.date(2024, 5, 14))], load_resources(Settings()))
    return {(e.source.code, e.target.code if e.target else None, e.event_type) for e in done.events
            if e.modality in ("asserted", "alleged", "future")}


@pytest.mark.parametrize("text,want", [
    ('"The flooding shows the need for the Malawian government to invest in its dams," the British envoy said.',
     ("GBRGOV", "MWIGOV", "REQUEST")),
    ("The Kenyan foreign minister stressed the need for the Ugandan government to reopen the border crossing at Busia.",
     ("KENGOV", "UGAGOV", "REQUEST")),
    ("Zambian traders are pleading with the Malawian government to lift the ban on maize exports.",
     ("ZMBBUS", "MWIGOV", "REQUEST")),
])
def test_events_needs_and_pleas_appeal(text: str, want: Dyad) -> None:
    assert want in _dyads(text)


@pytest.mark.parametrize("text,absent", [
    # the news voice's own need: no speaker
    ("The flooding shows the need for the Malawian government to invest in its dams.", ("MWIGOV", "REQUEST")),
    # a need denied
    ("The Kenyan foreign minister said there was no need for Uganda to reopen the border crossing.",
     ("UGAGOV", "REQUEST")),
    ("The Kenyan foreign minister did not stress the need for Uganda to reopen the border crossing.",
     ("UGAGOV", "REQUEST")),
    # the speaker's own side
    ("The Kenyan foreign minister stressed the need for Kenya to defend its border with Somalia.",
     ("KENGOV", "REQUEST")),
    # "with" under a verb that asks nothing
    ("The Kenyan foreign minister agreed with Uganda to reopen the border crossing at Busia.", ("UGAGOV", "REQUEST")),
])
def test_events_needs_and_pleas_must_not(text: str, absent: tuple[str, str]) -> None:
    assert not any((target, kind) == absent for _, target, kind in _dyads(text))


@pytest.mark.parametrize("text,want", [
    ("The Kenyan president said the Ugandan government needs to withdraw its troops from the border.",
     ("KENGOV", "UGAGOV", "REQUEST")),
    ('"The Ugandan government needed to withdraw its troops from the border," the Kenyan president said.',
     ("KENGOV", "UGAGOV", "REQUEST")),
    # an obligation noun held by the clause's subject: "is under an obligation to", "has a duty to"
    ("The Kenyan president said the Ugandan government is under an obligation to withdraw its troops.",
     ("KENGOV", "UGAGOV", "REQUEST")),
    ("The Kenyan president said that the Ugandan government has a duty to withdraw its troops.",
     ("KENGOV", "UGAGOV", "REQUEST")),
])
def test_events_needs_and_pleas_obligation(text: str, want: Dyad) -> None:
    assert want in _dyads(text)


@pytest.mark.parametrize("text,absent", [
    ("The Kenyan president said the Ugandan government does not need to withdraw its troops from the border.",
     ("UGAGOV", "REQUEST")),
    # the speaker's own side
    ("The Kenyan president said Kenya needs to defend its border with Uganda.", ("KENGOV", "REQUEST")),
    # an obligation with no actor to bear it
    ("The Kenyan president said food prices need to fall before the Ugandan election.", ("UGAGOV", "REQUEST")),
    # no obligation, an obligation to no act, or the speaker's own
    ("The Kenyan president said Uganda is under no obligation to withdraw its troops.", ("UGAGOV", "REQUEST")),
    ("The Kenyan president said Uganda has obligations to its neighbours on the border.", ("UGAGOV", "REQUEST")),
    ("The Kenyan president said Kenya has a duty to defend its border with Uganda.", ("KENGOV", "REQUEST")),
])
def test_events_needs_and_pleas_obligation_must_not(text: str, absent: tuple[str, str]) -> None:
    assert not any((target, kind) == absent for _, target, kind in _dyads(text))
