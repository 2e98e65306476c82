"""A speaker who argues or assesses that another actor did a wrong accuses that actor (events/contentions.py):
"contends", "maintains", "claims", "has assessed" with a clause that tells an act of force or a threat by someone
outside the speaker's side is the speaker's 112 against the doer, beside the act itself (alleged). Analysts' views,
the speaker's own act (its state named as such included), a neutral act, a denied or hedged one, and "contend
with" accuse no one. An allegation about the speaker's own side accuses no one of that side; two armed groups of
one code are two parties. Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from bilateral.models import Document

pytestmark = pytest.mark.model


def _coded(text: str) -> set[tuple[str | None, str | None, str, str]]:
    from bilateral.pipeline import code_documents, load_resources
    from bilateral.settings import Settings

    [done] = code_documents([Document("d", text, published=dt.date(2023, 10, 11))], load_resources(Settings()))
    return {(e.source.code, e.target.code if e.target else None, e.cameo, e.modality) for e in done.events}


def _accusations(text: str) -> set[tuple[str | None, str | None]]:
    return {(s, t) for s, t, c, _ in _coded(text) if c.startswith("112")}


@pytest.mark.parametrize("text,want", [
    ("Chile's defence ministry has assessed that Peruvian troops shelled two border villages in March.",
     ("CHLGOV", "PERMIL")),
    ("The Chilean government contends that Peruvian soldiers attacked its border posts last week.",
     ("CHLGOV", "PERMIL")),
    ("The Chilean government maintains that Peruvian forces killed four fishermen off its coast.",
     ("CHLGOV", "PERMIL")),
    ("The Chilean government has determined that Peruvian troops bombed a fuel depot near Arica.",
     ("CHLGOV", "PERMIL")),
])
def test_events_contentions_accuse_the_doer_of_the_argued_wrong(text: str, want: tuple[str, str]) -> None:
    coded = _coded(text)
    assert (*want, "112", "asserted") in coded
    assert not any(s == want[0] and t == want[0] for s, t, _, _ in coded)


@pytest.mark.parametrize("text", [
    # no political actor argues it: an analysts' view
    "Analysts argue that Peruvian troops shelled two border villages in March.",
    # the speaker's own act
    "The Chilean government maintains that Chilean troops shelled the rebel camps lawfully.",
    # a neutral act, no wrong
    "The Chilean government argues that Peruvian officials held talks with Bolivia.",
    # denied or hedged, not argued as done
    "The Chilean government did not claim that Peruvian troops shelled the villages.",
    "The Chilean government contends that Peruvian troops could attack its border posts.",
    # "contend with": struggling with, no speech
    "The Chilean army contends with drug gangs in the north.",
])
def test_events_contentions_accuse_no_one(text: str) -> None:
    assert not _accusations(text)


def test_events_contentions_own_side_allegation_accuses_no_one() -> None:
    assert not {t for s, t in _accusations("Chile alleges that its army acted lawfully.") if t and t[:3] == "CHL"}


def test_events_contentions_allegation_against_another_still_accuses() -> None:
    assert ("CHL", "PER") in {(s and s[:3], t and t[:3]) for s, t in
                              _accusations("Chile alleged that Peru had attacked its border posts.")}


def test_events_contentions_rival_armed_groups_are_two_parties() -> None:
    coded = _coded("Boko Haram claims that ISWAP fighters attacked its camps near Lake Chad.")
    assert ("NGAREB", "NGAREB", "112", "asserted") in coded


def test_events_contentions_a_group_telling_its_own_act_accuses_no_one() -> None:
    assert not _accusations("Boko Haram claims that its fighters attacked an army base near Lake Chad.")


@pytest.mark.parametrize("text,want", [
    # a finding that another party did a wrong: the finder's accusation
    ("A U.N. report found that Eritrean troops shelled Ethiopian border posts in March.", ("IGOUNO", "ERIMIL")),
    ("Amnesty International concluded that Eritrean soldiers abducted three Ethiopian farmers.",
     ("NGOAMN", "ERIMIL")),
])
def test_events_contentions_a_finding_accuses_the_doer(text: str, want: tuple[str, str]) -> None:
    assert want in _accusations(text)


@pytest.mark.parametrize("text", [
    "A U.N. report found that Ethiopian exports rose sharply last year.",  # a neutral finding
    "A U.N. report found that Eritrean troops may have shelled Ethiopian border posts.",  # hedged
    "Ethiopia found that Ethiopian troops shelled rebel camps in March.",  # its own side, the state named as such
    "Analysts found that Eritrean troops shelled Ethiopian border posts in March.",  # no actor speaks
    "Police found the bodies of three men near the border on Monday.",  # a thing found, no clause
])
def test_events_contentions_a_finding_accuses_no_one(text: str) -> None:
    assert not _accusations(text)


def test_events_contentions_according_to_a_report_accuses_the_doer() -> None:
    coded = _coded("According to a U.N. report, Eritrean troops shelled Ethiopian border posts in March.")
    assert ("IGOUNO", "ERIMIL", "112", "asserted") in coded
    assert any(s == "ERIMIL" and m == "alleged" for s, _, _, m in coded)  # the act itself stays alleged


@pytest.mark.parametrize("text", [
    "According to a U.N. report, Ethiopian exports rose sharply last year.",  # no wrong told
    "According to a U.N. report, Eritrean troops may have shelled Ethiopian border posts.",  # hedged
    "According to an Ethiopian report, Ethiopian troops shelled rebel camps in March.",  # its own side
    "According to Reuters, Eritrean troops shelled Ethiopian border posts in March.",  # news, not a finding
])
def test_events_contentions_according_to_a_report_accuses_no_one(text: str) -> None:
    assert not _accusations(text)


@pytest.mark.parametrize("text,want", [
    # a threat argued as made by another: the speaker's charge
    ("Bolivia's foreign minister contends Paraguay's ultimatum over the river \"is a ploy to grab the dam.\"",
     ("BOLGOV", "PRY")),
    ("The Bolivian government argues that Paraguay threatened to shut the border crossings.", ("BOLGOV", "PRY")),
])
def test_events_contentions_an_argued_threat_accuses_the_doer(text: str, want: tuple[str, str]) -> None:
    assert want in {(s, t and t[:3]) for s, t in _accusations(text)}


@pytest.mark.parametrize("text", [
    # the speaker's own state named as such, as doer of the threat or of the force
    "The Bolivian government argues that Bolivia threatened to shut the border crossings.",
    "The Bolivian government argues that Bolivia attacked the smugglers' camps lawfully.",
    # hedged, negated, or argued by no political actor
    "The Bolivian government argues that Paraguay might threaten to shut the border crossings.",
    "The Bolivian government does not argue that Paraguay threatened to shut the border crossings.",
    "Analysts argue that Paraguay threatened to shut the border crossings.",
])
def test_events_contentions_no_charge_of_own_or_unsure_threat(text: str) -> None:
    assert not _accusations(text)


@pytest.mark.parametrize("text,want", [
    ("Chile's defence ministry has assessed that Peru has shipped thousands of artillery shells to Bolivia since "
     "January.", ("CHLGOV", "PER", "BOL")),
    ("The Chilean government contends that Peruvian officials sent rockets and munitions to Bolivia.",
     ("CHLGOV", "PERGOV", "BOL")),
])
def test_events_contentions_accuse_the_side_argued_to_arm_another(text: str, want: tuple[str, str, str]) -> None:
    coded = _coded(text)
    assert (want[0], want[1], "112", "asserted") in coded
    assert (want[1], want[2], "072", "alleged") in coded


@pytest.mark.parametrize("text", [
    # one's own side's arms shipment, no charge
    "The Chilean government maintains that Chile shipped artillery shells to Ecuador lawfully.",
    # a buyer's purchase is not the seller's aid argued
    "The Chilean government has determined that Bolivia bought artillery shells from Peru.",
    # aid that arms no one
    "The Chilean government has determined that Peru sent food aid to Bolivia.",
    # a plain "said" tells news; analysts accuse no one; a shipment that could happen is not told as done
    "Chile said Peru shipped artillery shells to Bolivia in May.",
    "Analysts argue that Peru shipped artillery shells to Bolivia in May.",
    "The Chilean government has determined that Peru could ship artillery shells to Bolivia.",
])
def test_events_contentions_arming_argued_without_a_charge(text: str) -> None:
    assert not {a for a in _accusations(text) if a[1] is not None and a[1].startswith("PER")}
