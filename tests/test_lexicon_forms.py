"""Trigger verbs the lexicon holds but the rule lemmatizer cut short ("relaunched" -> "relaunche", "raped" -> "rap",
"cordoned" -> "cordone": data/lexicon/lemma_fixes.tsv), forces readied (154; the converted bare 'ready', 030, is
shadowed, since readying forces is no intent to cooperate), and violence, repression or a crackdown stepped up (175,
on the source's own country when no target is named), and restrictions or curbs imposed (172, on the source's own
country when no one is named, as a curfew is); converted entries left out
(petrarch_excluded.tsv): detaining, jailing or holding 'approval' or 'protest' leaders codes no disapproval or
protest, and arresting journalists or protesters is an arrest (173), not violent repression (175). Beside each case
the same words in another sense code nothing:
a play staged, a website relaunched, a dinner readied, violence that increases by itself,
restrictions a country imposes on its own exports, hospitals restricting visits. Sentences written for these
tests; actors marked by exact string."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.marking import coded_events

CASES: list[tuple[str, dict[str, str], set[tuple[str, str | None, str]]]] = [
    ("Malian rebels relaunched hostilities against the Malian army.",
     {"Malian rebels": "MLIREB", "Malian army": "MLIMIL"}, {("MLIREB", "MLIMIL", "190")}),
    ("The Kenyan company relaunched its website.", {"Kenyan company": "KENBUS"}, set()),
    ("Sudanese soldiers raped Chadian refugees.", {"Sudanese soldiers": "SDNMIL", "Chadian refugees": "TCDREF"},
     {("SDNMIL", "TCDREF", "1821")}),
    ("Egyptian police rearrested the Italian student.", {"Egyptian police": "EGYCOP", "Italian student": "ITACVL"},
     {("EGYCOP", "ITACVL", "173")}),
    ("Israeli police cordoned off the Palestinian village.", {"Israeli police": "ISRCOP", "Palestinian": "PSE"},
     {("ISRCOP", "PSE", "170")}),
    ("Russia readied troops near the border with Ukraine.", {"Russia": "RUSGOV", "Ukraine": "UKR"},
     {("RUSGOV", "UKR", "154")}),
    ("The Kenyan chef readied the dinner for the Ugandan guests.",
     {"Kenyan chef": "KENCVL", "Ugandan guests": "UGACVL"},
     set()),
    ("The Peruvian theatre staged a play about Chile.", {"Peruvian theatre": "PERCVL", "Chile": "CHL"}, set()),
    ("Myanmar's army has intensified the violence.", {"Myanmar's army": "MMRMIL"}, {("MMRMIL", "MMR", "175")}),
    ("Iranian police stepped up their crackdown on Kurdish protesters.",
     {"Iranian police": "IRNCOP", "Kurdish protesters": "IRNCVL"}, {("IRNCOP", "IRNCVL", "175")}),
    ("Kenyan doctors said violence increased in Nairobi.", {"Kenyan doctors": "KENMED"}, set()),
    ("Myanmar's junta imposed restrictions on printing books.", {"Myanmar's junta": "MMRMIL"},
     {("MMRMIL", "MMR", "172")}),
    ("Russia imposed restrictions on Polish imports.", {"Russia": "RUSGOV", "Polish": "POL"},
     {("RUSGOV", "POL", "172")}),
    ("The United States imposed restrictions on chip exports.", {"United States": "USA"}, set()),
    ("Kenyan hospitals imposed restrictions on visits.", {"Kenyan": "KEN"}, set()),
    # PETRARCH's 'withhold approval' and 'detain protest' patterns no longer code a detention as a protest
    ("Kenyan police detained Ugandan protest leaders.",
     {"Kenyan police": "KENCOP", "Ugandan protest leaders": "UGACVL"}, {("KENCOP", "UGACVL", "173")}),
    ("Kenyan police held the approval of Ugandan officials.",
     {"Kenyan police": "KENCOP", "Ugandan officials": "UGAGOV"}, set()),
    ("Kenya withheld its approval of the Ugandan plan.", {"Kenya": "KENGOV", "Ugandan": "UGAGOV"},
     {("KENGOV", "UGAGOV", "110")}),
    # arresting journalists or protesters is an arrest (173), not violent repression (175)
    ("Egyptian police arrested Italian journalists.", {"Egyptian police": "EGYCOP", "Italian journalists": "ITAMED"},
     {("EGYCOP", "ITAMED", "173")}),
]


@pytest.mark.parametrize("text,actors,want", CASES, ids=[c[0][:40] for c in CASES])
def test_lexicon_forms(text: str, actors: dict[str, str], want: set[tuple[str, str | None, str]],
                       nlp: Language) -> None:
    got = {(e.source.code, e.target.code if e.target else None, e.cameo)
           for e in coded_events(nlp, text, actors)}
    assert got == want


def test_lexicon_forms_lemmas(nlp: Language) -> None:
    lemmas = {t.lower_: t.lemma_ for t in nlp("Rebels relaunched the offensive, soldiers raped women and police "
                                                "cordoned off the streets.")}
    assert (lemmas["relaunched"], lemmas["raped"], lemmas["cordoned"]) == ("relaunch", "rape", "cordon")
