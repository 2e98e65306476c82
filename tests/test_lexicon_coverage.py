"""Acts the trigger lexicon names by class (issue 16, "trigger unknown"): going on strike (143) or on hunger strike
(142), halting an offensive (087), money allocated, earmarked or contributed as aid (07x), expelling aid workers (1663),
stepping up bombardment or air strikes (190, 195), the bombardment of X as an event noun (194), taking control of a
place or seizing a district (192), the activation of forces (154), expelling (161, 174), a siege (191) and a surrender
(0874) as event nouns, aircraft supplied as military aid (072), cultural property and remains returned or repatriated
(0842), relief flown in (073), sanctions revoked (085), calling a leader an insult such as 'stupid' or 'a coward' (111,
frames.json disapproving_words), settling a dispute with X (080), a peace process between two parties (046), sanctuary
offered to X (075). Beside each case the same words in another sense code nothing: talks that went on despite a strike,
a factory halting production, contributing to a debate, seats allocated, expelling workers from a factory, a campaign
against corruption, taking control of a situation, the activation of phone lines, a school's expulsion of students, an
airline's aircraft, a tax law repealed, a leader called a partner (called a good friend he is praised: 051,
frames.json approving_words), refugees who settled in a country, a selection process, hinting to X (no appeal),
sanctions that harmed an economy (no assault); or keep their own code: an ambassador returned (050), a president's
flight (042). Acts known before (launching an investigation, releasing prisoners, providing aid) stay apart from
their other senses: investigating a fire, releasing a report, providing details. Sentences written for these tests;
actors marked by exact string."""

from __future__ import annotations

import pytest
from spacy.language import Language

from bilateral.events import Lexicon
from tests.marking import coded_events

CASES: list[tuple[str, dict[str, str], set[tuple[str, str | None, str]]]] = [
    ("Dock workers in Chile went on strike on Monday.", {"Dock workers in Chile": "CHLLAB"},
     {("CHLLAB", None, "143")}),
    ("Teachers in Kenya went on a hunger strike.", {"Teachers in Kenya": "KENEDU"}, {("KENEDU", None, "142")}),
    ("The talks in Chile went on despite the strike.", {"Chile": "CHLGOV"}, set()),
    ("The army halted its offensive against the rebels.", {"army": "SDNMIL", "rebels": "SDNREB"},
     {("SDNMIL", "SDNREB", "087")}),
    ("The factory halted production in Ohio.", {"factory": "USABUS", "Ohio": "USA"}, set()),
    ("Germany allocated 50 million euros in aid to Yemen.", {"Germany": "DEUGOV", "Yemen": "YEM"},
     {("DEUGOV", "YEM", "070")}),
    ("Japan earmarked $10 million in emergency aid for Haiti.", {"Japan": "JPNGOV", "Haiti": "HTI"},
     {("JPNGOV", "HTI", "073")}),
    ("Norway contributed $5 million to the UN refugee agency.", {"Norway": "NORGOV", "UN refugee agency": "IGOUNHCR"},
     {("NORGOV", "IGOUNHCR", "070")}),
    ("Norway contributed to the debate on Syria.", {"Norway": "NORGOV", "Syria": "SYR"}, set()),
    ("Norway allocated seats to the parties in Syria.", {"Norway": "NORGOV", "Syria": "SYR"}, set()),
    ("The Sudanese government expelled two aid workers employed by Oxfam.",
     {"Sudanese government": "SDNGOV", "Oxfam": "NGOOXF"}, {("SDNGOV", "NGOOXF", "1663")}),
    ("The Sudanese government expelled the workers from the factory.", {"Sudanese government": "SDNGOV"}, set()),
    ("The Syrian army intensified its bombardment of rebel-held Idlib.",
     {"Syrian army": "SYRMIL", "rebel-held Idlib": "SYRREB"}, {("SYRMIL", "SYRREB", "190")}),
    ("Russia escalated its air strikes on Ukraine.", {"Russia": "RUSMIL", "Ukraine": "UKR"},
     {("RUSMIL", "UKR", "195")}),
    ("The Syrian army intensified its campaign against corruption.", {"Syrian army": "SYRMIL"}, set()),
    ("The bombardment of Idlib by Syria continued for days.", {"Syria": "SYRMIL", "Idlib": "SYRREB"},
     {("SYRMIL", "SYRREB", "194")}),
    ("Iraqi forces took control of Kirkuk on Monday.", {"Iraqi forces": "IRQMIL", "Kirkuk": "IRQ"},
     {("IRQMIL", "IRQ", "192")}),
    ("Iraqi forces took control of the situation.", {"Iraqi forces": "IRQMIL"}, set()),
    ("The rebels seized a district in Mali.", {"rebels": "MLIREB", "Mali": "MLI"}, {("MLIREB", "MLI", "192")}),
    ("Nigeria announced the activation of a standby force.", {"Nigeria": "NGAGOV"}, {("NGAGOV", None, "154")}),
    ("Nigeria announced the activation of its new phone lines.", {"Nigeria": "NGAGOV"}, set()),
    ("The Kenyan police launched an investigation into the Somali embassy.",
     {"Kenyan police": "KENCOP", "Somali embassy": "SOMGOV"}, {("KENCOP", "SOMGOV", "090")}),
    ("The police investigated the fire.", {"police": "KENCOP"}, set()),
    ("The Houthis released 20 Saudi prisoners on Sunday.", {"Houthis": "YEMREB", "Saudi": "SAU"},
     {("YEMREB", "SAU", "0841")}),
    ("The Nigerian government released a report on the attack.", {"Nigerian government": "NGAGOV"}, set()),
    ("The United States provided military aid to Ukraine.", {"United States": "USAGOV", "Ukraine": "UKR"},
     {("USAGOV", "UKR", "072")}),
    ("The United States provided details of the plan to Ukraine.", {"United States": "USAGOV", "Ukraine": "UKR"},
     set()),
    ("Moscow condemned Poland's expulsion of Russian diplomats.",
     {"Moscow": "RUSGOV", "Poland": "POLGOV", "Russian diplomats": "RUSGOV"},
     {("RUSGOV", "POLGOV", "111"), ("POLGOV", "RUSGOV", "161")}),
    ("The expulsion of Ethiopian journalists by Eritrea drew protests.",
     {"Ethiopian journalists": "ETHMED", "Eritrea": "ERIGOV"}, {("ERIGOV", "ETHMED", "174")}),
    ("The school's expulsion of two students angered parents.", {"school": "USAEDU"}, set()),
    ("The Syrian army's siege of Aleppo lasted four years.", {"Syrian army": "SYRMIL", "Aleppo": "SYR"},
     {("SYRMIL", "SYR", "191")}),
    ("The rebels' surrender to the Colombian army ended the fighting.",
     {"rebels": "COLREB", "Colombian army": "COLMIL"}, {("COLREB", "COLMIL", "0874")}),
    ("The team's surrender to despair was obvious.", {"team": "USACVL"}, set()),
    ("France supplied helicopters to Mali.", {"France": "FRAGOV", "Mali": "MLIGOV"}, {("FRAGOV", "MLIGOV", "072")}),
    ("The airline provided aircraft for the Hajj flights of Mali.", {"Mali": "MLIGOV"}, set()),
    ("Italy returned three stolen Roman mosaics to Libya.", {"Italy": "ITAGOV", "Libya": "LBYGOV"},
     {("ITAGOV", "LBYGOV", "0842")}),
    ("France repatriated the remains of 24 Algerian fighters to Algeria.", {"France": "FRAGOV", "Algeria": "DZAGOV"},
     {("FRAGOV", "DZAGOV", "0842")}),
    ("Italy returned its ambassador to Libya.", {"Italy": "ITAGOV", "Libya": "LBYGOV"}, {("ITAGOV", "LBYGOV", "050")}),
    ("MSF flew ten tons of medicine into Yemen.", {"MSF": "NGOMSF", "Yemen": "YEM"}, {("NGOMSF", "YEM", "073")}),
    ("The Kenyan president flew to Uganda.", {"Kenyan president": "KENGOV", "Uganda": "UGA"},
     {("KENGOV", "UGA", "042")}),
    ("Washington revoked the sanctions on Cuba.", {"Washington": "USAGOV", "Cuba": "CUB"}, {("USAGOV", "CUB", "085")}),
    ("The EU repealed its tax law in Malta.", {"EU": "IGOEU", "Malta": "MLT"}, set()),
    ("President Duterte called the Chinese ambassador a very stupid man.",
     {"President Duterte": "PHLGOV", "Chinese ambassador": "CHNGOV"}, {("PHLGOV", "CHNGOV", "111")}),
    ("The Kenyan president described the Ugandan leader as a coward.",
     {"Kenyan president": "KENGOV", "Ugandan leader": "UGAGOV"}, {("KENGOV", "UGAGOV", "111")}),
    ("The Kenyan president called the Ugandan leader a good friend.",
     {"Kenyan president": "KENGOV", "Ugandan leader": "UGAGOV"}, {("KENGOV", "UGAGOV", "051")}),
    ("The Kenyan president called the Ugandan leader a partner.",
     {"Kenyan president": "KENGOV", "Ugandan leader": "UGAGOV"}, set()),
    ("Ethiopia settled its border dispute with Eritrea.", {"Ethiopia": "ETHGOV", "Eritrea": "ERIGOV"},
     {("ETHGOV", "ERIGOV", "080")}),
    ("Thousands of Somali refugees settled in Kenya.", {"Somali refugees": "SOMREF", "Kenya": "KEN"}, set()),
    ("The peace process between the Colombian government and the ELN stalled.",
     {"Colombian government": "COLGOV", "ELN": "COLREB"}, {("COLGOV", "COLREB", "046"), ("COLREB", "COLGOV", "046")}),
    ("The selection process between the Colombian government and the ELN stalled.",
     {"Colombian government": "COLGOV", "ELN": "COLREB"}, set()),
    ("The UN refugee agency offered sanctuary to Somali refugees.",
     {"UN refugee agency": "IGOUNHCR", "Somali refugees": "SOMREF"}, {("IGOUNHCR", "SOMREF", "075")}),
    ("Trump hinted to Putin that sanctions could be lifted.", {"Trump": "USAGOV", "Putin": "RUSGOV"}, set()),
    ("The U.S. sanctions harmed Iran's economy.", {"U.S.": "USAGOV", "Iran": "IRN"}, set()),
]


@pytest.mark.parametrize("text,actors,want", CASES, ids=[c[0][:40] for c in CASES])
def test_lexicon_coverage(text: str, actors: dict[str, str], want: set[tuple[str, str | None, str]],
                          nlp: Language) -> None:
    got = {(e.source.code, e.target.code if e.target else None, e.cameo)
           for e in coded_events(nlp, text, actors)}
    assert got == want


@pytest.mark.parametrize("text,may", [
    ("Germany earmarked 5 million euros for Haiti.", True),
    ("Nigeria announced the activation of a standby force.", True),
    ("Rebels wrested control of the town.", True),
    ("Germany earmarked the land.", False),
    # a plural object word whose "y" follows a vowel takes a plain "s"
    ("Norway recalled its envoys from Chile.", True),
    ("Norway recalled its memories of Chile.", False),
])
def test_lexicon_coverage_prefilter(text: str, may: bool) -> None:
    """The pre-filter builds its words from the lexicon: a new light verb counts beside one of its object words only."""
    assert Lexicon.load().may_trigger(text) is may
