"""Violence, coercion and police vocabulary added to the trigger lexicon (data/lexicon/triggers.tsv), and fights
coded as both sides' act (frames.json ``mutual_acts``: 190, 193). Each entry is checked on the sense it codes and on
uses where it must code nothing: sports, business and other unrelated senses of the same verb. Sentences written for
these tests; actors marked by exact string, as in the golden cases."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.marking import coded_events

Want = set[tuple[str, str | None, str]]

CASES: list[tuple[str, dict[str, str], Want]] = [
    # police power increased (153): enforcement, policing or patrols ramped up or stepped up, no target needed
    ("The Canadian government ramped up border enforcement last month.",
     {"Canadian government": "CANGOV"}, {("CANGOV", None, "153")}),
    ("The Kenyan government ramped up police patrols in the capital.",
     {"Kenyan government": "KENGOV"}, {("KENGOV", None, "153")}),
    ("The Kenyan government ramped up production of maize last year.",
     {"Kenyan government": "KENGOV"}, set()),
    # weapons or force used against X (190; artillery and shells 194): the weapon's maker is no target
    ("The Russian army used Iranian missiles against Ukraine.",
     {"Russian army": "RUSMIL", "Iranian": "IRN", "Ukraine": "UKR"}, {("RUSMIL", "UKR", "190")}),
    ("The shells were among the weapons the Russian army has used against Ukraine.",
     {"Russian army": "RUSMIL", "Ukraine": "UKR"}, {("RUSMIL", "UKR", "190")}),
    ("The Russian army used heavy artillery against Ukraine.",
     {"Russian army": "RUSMIL", "Ukraine": "UKR"}, {("RUSMIL", "UKR", "194")}),
    ("The Brazilian coach used a new tactic against Argentina in the final.",
     {"Brazilian coach": "BRA", "Argentina": "ARG"}, set()),
    ("Serbia used the summit to press Kosovo.",
     {"Serbia": "SRB", "Kosovo": "XKX"}, {("SRB", "XKX", "100")}),
    # attacks ramped up, an offensive led or spearheaded against X (190); not a team's attack in a match
    ("Baloch militants have ramped up attacks on Pakistani soldiers since January.",
     {"Baloch militants": "PAKREB", "Pakistani soldiers": "PAKMIL"}, {("PAKREB", "PAKMIL", "190")}),
    ("Syrian rebels spearheaded the offensive against the Syrian government.",
     {"Syrian rebels": "SYRREB", "Syrian government": "SYRGOV"}, {("SYRREB", "SYRGOV", "190")}),
    ("The Ukrainian army led the offensive against Russian forces near Kharkiv.",
     {"Ukrainian army": "UKRMIL", "Russian forces": "RUSMIL"}, {("UKRMIL", "RUSMIL", "190")}),
    # a place annexed or taken over from X is X's loss (192)
    ("Russia annexed the Kuril region from Japan in 1945.",
     {"Russia": "RUS", "Japan": "JPN"}, {("RUS", "JPN", "192")}),
    ("Sudanese rebels took control of the town from the Sudanese army.",
     {"Sudanese rebels": "SDNREB", "Sudanese army": "SDNMIL"}, {("SDNREB", "SDNMIL", "192")}),
    # ownership, possession or sovereignty of a territory taken from a state is taken as control is (192);
    # taking ownership of one's own building or reforms takes nothing from anyone
    ("Italy took ownership of the colony from Turkey in 1912.",
     {"Italy": "ITA", "Turkey": "TUR"}, {("ITA", "TUR", "192")}),
    ("Spain took possession of the islands from Portugal after the war.",
     {"Spain": "ESP", "Portugal": "PRT"}, {("ESP", "PRT", "192")}),
    ("Ecuador took ownership of its new embassy building.",
     {"Ecuador": "ECU"}, set()),
    ("Kenya takes ownership of its own reforms, the minister said.",
     {"Kenya": "KEN"}, set()),
    # fire exchanged, a clash or a fight with Y is Y's act too (mutual by nature, as the gold codes it)
    ("Haitian inmates exchanged gunfire with Haitian police officers.",
     {"Haitian inmates": "HTICRM", "Haitian police officers": "HTICOP"},
     {("HTICRM", "HTICOP", "193"), ("HTICOP", "HTICRM", "193")}),
    ("Syrian security forces clashed with Syrian rebels on Monday.",
     {"Syrian security forces": "SYRMIL", "Syrian rebels": "SYRREB"},
     {("SYRMIL", "SYRREB", "190"), ("SYRREB", "SYRMIL", "190")}),
    ("Indian soldiers skirmished with Chinese troops in Ladakh.",
     {"Indian soldiers": "INDMIL", "Chinese troops": "CHNMIL"},
     {("INDMIL", "CHNMIL", "190"), ("CHNMIL", "INDMIL", "190")}),
    ("There was an exchange of fire between Pakistani soldiers and Afghan soldiers.",
     {"Pakistani soldiers": "PAKMIL", "Afghan soldiers": "AFGMIL"},
     {("PAKMIL", "AFGMIL", "193"), ("AFGMIL", "PAKMIL", "193")}),
    # fighting or gunfire between A and B as event nouns: both sides' act
    ("Fighting between Sudanese soldiers and Sudanese rebels killed dozens.",
     {"Sudanese soldiers": "SDNMIL", "Sudanese rebels": "SDNREB"},
     {("SDNMIL", "SDNREB", "190"), ("SDNREB", "SDNMIL", "190")}),
    ("Sudanese soldiers were caught up in fighting with Chadian rebels.",
     {"Sudanese soldiers": "SDNMIL", "Chadian rebels": "TCDREB"},
     {("SDNMIL", "TCDREB", "190"), ("TCDREB", "SDNMIL", "190")}),
    ("The fighting in Sudan displaced millions.", {"Sudan": "SDN"}, set()),
    # a fight with Y (as "against Y") is Y's act too; its weapons are no party
    ("Malian soldiers fought with Tuareg rebels near Kidal.",
     {"Malian soldiers": "MLIMIL", "Tuareg rebels": "MLIREB"},
     {("MLIMIL", "MLIREB", "190"), ("MLIREB", "MLIMIL", "190")}),
    ("Malian soldiers fought with rifles and mortars near Kidal.", {"Malian soldiers": "MLIMIL"}, set()),
    ("The Kenyan opposition voiced hostility to the Kenyan government.",
     {"Kenyan opposition": "KENOPP", "Kenyan government": "KENGOV"}, set()),
    ("The Kenyan army exchanged prisoners with Somali rebels.",
     {"Kenyan army": "KENMIL", "Somali rebels": "SOMREB"}, {("KENMIL", "SOMREB", "0841")}),
    ("The Kenyan minister exchanged views with the Somali minister.",
     {"Kenyan minister": "KENGOV", "Somali minister": "SOMGOV"}, {("KENGOV", "SOMGOV", "046")}),
]


@pytest.mark.parametrize("text,actors,want", CASES, ids=[c[0][:40] for c in CASES])
def test_lexicon_conflict_acts(text: str, actors: dict[str, str], want: Want, nlp: Language) -> None:
    got = {(e.source.code, e.target.code if e.target else None, e.cameo)
           for e in coded_events(nlp, text, actors) if e.modality == "asserted"}
    assert got == want


@pytest.mark.parametrize("text,actors", [
    ("The Pakistani captain led the attack against India in the final.", {"Pakistani captain": "PAK", "India": "IND"}),
    ("The Pakistani captain spearheaded the attack against India.", {"Pakistani captain": "PAK", "India": "IND"}),
])
def test_sports_attack_is_no_assault(text: str, actors: dict[str, str], nlp: Language) -> None:
    """A team's attack led in a match is no armed attack: 'lead' and 'spearhead' code an offensive, not an attack."""
    assert not any(e.cameo.startswith(("18", "19", "20")) for e in coded_events(nlp, text, actors))


@pytest.mark.parametrize("text", [
    "Kenyan police will clash with Somali militants if they cross the border.",
    "Kenyan police did not clash with Somali militants.",
])
def test_fight_not_done_stays_one_sided(text: str, nlp: Language) -> None:
    """A fight said as not done (threatened, negated) is no act of the other side."""
    actors = {"Kenyan police": "KENCOP", "Somali militants": "SOMREB"}
    assert not any(e.source.code == "SOMREB" for e in coded_events(nlp, text, actors))
