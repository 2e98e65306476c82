"""Acts a news sentence often reports without a target: opening an investigation, lifting one's own restrictions,
releasing prisoners. Their lexicon entries are ``notarget`` (and lifting restrictions ``domestic``: with no target
named, it eases them on the source's own country), so the act is kept; the same verbs with other objects code
nothing. Sentences written for these tests; actors marked by exact string, as in the golden cases."""

from __future__ import annotations


import pytest
from spacy.language import Language

from tests.marking import coded_events


CASES: list[tuple[str, dict[str, str], set[tuple[str, str | None, str]]]] = [
    ("Kenyan police launched an investigation into the collapse of the bridge on Monday.",
     {"Kenyan police": "KENCOP"}, {("KENCOP", None, "090")}),
    ("Kenyan police launched a new website for reporting stolen cars on Monday.",
     {"Kenyan police": "KENCOP"}, set()),
    ("The Nigerian government lifted the travel restrictions on Tuesday after the outbreak ended.",
     {"Nigerian government": "NGAGOV"}, {("NGAGOV", "NGA", "081")}),
    ("The Ugandan army released forty prisoners at the border crossing on Friday.",
     {"Ugandan army": "UGAMIL"}, {("UGAMIL", None, "0841")}),
    ("The Ugandan army released a statement about the border crossing on Friday.",
     {"Ugandan army": "UGAMIL"}, set()),
    # a show of force performed as an event noun ("conducted a missile test") is as sure as the verb ("tested")
    ("The Iranian military conducted a missile test over the desert on Monday.",
     {"Iranian military": "IRNMIL"}, {("IRNMIL", None, "150")}),
    ("The Iranian military carried out a nuclear test on Monday.",
     {"Iranian military": "IRNMIL"}, {("IRNMIL", None, "150")}),
    ("The Iranian military conducted a test of its new payroll software on Monday.",
     {"Iranian military": "IRNMIL"}, set()),
    ("Analysts said the Iranian military could conduct a missile test soon.",
     {"Iranian military": "IRNMIL"}, set()),
]


@pytest.mark.parametrize("text,actors,want", CASES, ids=[c[0][:40] for c in CASES])
def test_lexicon_targetless_acts(text: str, actors: dict[str, str], want: set[tuple[str, str | None, str]],
                                 nlp: Language) -> None:
    got = {(e.source.code, e.target.code if e.target else None, e.cameo)
           for e in coded_events(nlp, text, actors) if e.modality == "asserted"}
    assert got == want


@pytest.mark.model
def test_lexicon_targetless_a_show_of_force_lacks_no_target(nlp: Language) -> None:
    """A test or drill is aimed at no one by its nature, so its targetless event takes no ``NO_TARGET`` factor;
    a targetless retreat, which often leaves its aim unsaid, keeps it."""
    tested = coded_events(nlp, "Chile tested a new rocket on Monday.", {"Chile": "CHL"})
    retreated = coded_events(nlp, "Chile retreated on Monday.", {"Chile": "CHL"})
    assert [(e.target, e.cameo[:2]) for e in tested] == [(None, "15")]
    assert [e.target for e in retreated] == [None]
    assert tested[0].confidence > retreated[0].confidence
