"""Material acts the trigger lexicon names (CAMEO 06-09, 15-20), fourth pass: neutralising militants (190), rockets,
shells and guns supplied or shipped (072), the wounded carried to care (073), a haven provided or offered (073: shelter,
where asylum offered stays 075), funds mobilised (070), medical supplies handed over (073), exercises performed or
carried out (150; 062 when two parties hold them together, as 'with' says: 'Russia and China held exercises'), civilians
protected (074; 'troops were deployed to protect civilians': those sent do what they are sent for, events/frames.py),
vessels swarming a reef (150), vessels sunk (190), a tanker impounded (1711), arms smuggled (072), tear gas fired at X
(175), troops deployed to a peacekeeping mission or to serve as peacekeepers (074), a weapon's user as the source of
what it hits ('rockets launched by X hit Y', events/material.py), and aid given 'to help' or 'to support' X, which names
its recipient, as a trip made to bring aid names where it goes ('troops arrived in X to distribute food';
events/material.py). Beside each case the same words in another sense code nothing or keep their own code: an acid
neutralised, a ship that sank, a storm predicted by forecasters, protesters arrested 'to stop' a march, weapons
transported, a tax haven, troops mobilised, protesters swarming a parliament, a lone exercise, talks held together,
troops sent to attack peacekeepers or into an area where peacekeepers died, aid given to rebuild schools, aid brought to
others than the country troops were sent to. Sentences written for these tests; actors marked by exact string."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.marking import coded_events

CASES: list[tuple[str, dict[str, str], set[tuple[str, str | None, str]]]] = [
    ("Somali forces neutralised twelve al-Shabab fighters.", {"Somali forces": "SOMMIL", "al-Shabab": "SOMREB"},
     {("SOMMIL", "SOMREB", "190")}),
    ("Somali chemists neutralised the acid.", {"Somali chemists": "SOMCVL"}, set()),
    ("North Korea shipped artillery shells to Russia.", {"North Korea": "PRKGOV", "Russia": "RUSGOV"},
     {("PRKGOV", "RUSGOV", "072")}),
    ("Iran supplied rockets to the Houthis.", {"Iran": "IRNGOV", "Houthis": "YEMREB"}, {("IRNGOV", "YEMREB", "072")}),
    ("The Kenyan army transported wounded Somali civilians to hospitals.",
     {"Kenyan army": "KENMIL", "Somali civilians": "SOMCVL"}, {("KENMIL", "SOMCVL", "073")}),
    ("The Kenyan army transported Somali weapons to the border.", {"Kenyan army": "KENMIL", "Somali": "SOM"}, set()),
    ("Turkey provided a safe haven to Syrian refugees.", {"Turkey": "TURGOV", "Syrian refugees": "SYRREF"},
     {("TURGOV", "SYRREF", "073")}),
    ("Kenya offered a safe haven to Somali refugees.", {"Kenya": "KENGOV", "Somali refugees": "SOMREF"},
     {("KENGOV", "SOMREF", "073")}),
    ("Kenya offered asylum to the Somali dissident.", {"Kenya": "KENGOV", "Somali dissident": "SOMOPP"},
     {("KENGOV", "SOMOPP", "075")}),
    ("Cyprus is a tax haven for Russian firms.", {"Cyprus": "CYP", "Russian firms": "RUSBUS"}, set()),
    ("The EU mobilised new funds for Yemen.", {"EU": "IGOEU", "Yemen": "YEM"}, {("IGOEU", "YEM", "070")}),
    ("Russia mobilised its reservists against Ukraine.", {"Russia": "RUSGOV", "Ukraine": "UKR"},
     {("RUSGOV", "UKR", "154")}),
    ("Japan handed over medical equipment to Laos.", {"Japan": "JPNGOV", "Laos": "LAOGOV"},
     {("JPNGOV", "LAOGOV", "073")}),
    ("Brazil and Argentina performed joint military exercises.", {"Brazil": "BRAMIL", "Argentina": "ARGMIL"},
     {("BRAMIL", "ARGMIL", "062"), ("ARGMIL", "BRAMIL", "062")}),
    ("Russia and China held naval drills in the Pacific.", {"Russia": "RUSMIL", "China": "CHNMIL"},
     {("RUSMIL", "CHNMIL", "062"), ("CHNMIL", "RUSMIL", "062")}),
    ("Russia carried out military drills.", {"Russia": "RUSMIL"}, {("RUSMIL", None, "150")}),
    ("The armies of Peru and Chile carried out joint exercises.", {"Peru": "PERMIL", "Chile": "CHLMIL"},
     {("PERMIL", "CHLMIL", "062"), ("CHLMIL", "PERMIL", "062")}),
    ("Chinese vessels swarmed a reef claimed by the Philippines.", {"Chinese vessels": "CHNMIL", "Philippines": "PHL"},
     {("CHNMIL", "PHL", "150")}),
    ("Kenyan protesters swarmed the parliament of Uganda.", {"Kenyan protesters": "KENCVL", "Uganda": "UGA"}, set()),
    ("Malian troops protected civilians in Gao.", {"Malian troops": "MLIMIL", "civilians in Gao": "MLICVL"},
     {("MLIMIL", "MLICVL", "074")}),
    ("Japan provided $3 million in aid to help Laos.", {"Japan": "JPNGOV", "Laos": "LAOGOV"},
     {("JPNGOV", "LAOGOV", "070")}),
    ("Norway provided 2 million euros in emergency aid to support Sudanese refugees in Chad.",
     {"Norway": "NORGOV", "Sudanese refugees": "SDNREF"}, {("NORGOV", "SDNREF", "071"), ("NORGOV", "SDNREF", "050")}),
    ("Norway provided 2 million euros in emergency aid to rebuild schools.", {"Norway": "NORGOV"}, set()),
    ("Ukraine sank a Russian warship.", {"Ukraine": "UKRMIL", "Russian": "RUSMIL"}, {("UKRMIL", "RUSMIL", "190")}),
    ("The Ukrainian ship sank near Russia.", {"Ukrainian ship": "UKRMIL", "Russia": "RUS"}, set()),
    ("Iran impounded a British tanker.", {"Iran": "IRNGOV", "British": "GBR"}, {("IRNGOV", "GBR", "1711")}),
    ("Iran smuggled weapons to the Houthis.", {"Iran": "IRNGOV", "Houthis": "YEMREB"}, {("IRNGOV", "YEMREB", "072")}),
    ("Kenyan police fired tear gas at Somali protesters.", {"Kenyan police": "KENCOP", "Somali protesters": "SOMCVL"},
     {("KENCOP", "SOMCVL", "175")}),
    ("Malian troops were deployed to protect Malian civilians.",
     {"Malian troops": "MLIMIL", "Malian civilians": "MLICVL"},
     {("MLIMIL", "MLICVL", "074"), ("MLIMIL", None, "154")}),  # the deployment faces no one it protects
    ("Kenyan protesters were arrested to stop the march.", {"Kenyan protesters": "KENCVL"}, set()),
    ("Rockets launched by Hamas hit Israeli towns.", {"Hamas": "PSEREB", "Israeli towns": "ISR"},
     {("PSEREB", "ISR", "190")}),
    ("A storm predicted by Kenyan forecasters hit Uganda.", {"Kenyan forecasters": "KENCVL", "Uganda": "UGA"}, set()),
    ("Indian troops arrived in Sri Lanka to distribute food.", {"Indian troops": "INDMIL", "Sri Lanka": "LKA"},
     {("INDMIL", "LKA", "042"), ("INDMIL", "LKA", "073")}),
    ("Kenya sent troops to Somalia to distribute food to Ethiopian refugees.",
     {"Kenya": "KENGOV", "Somalia": "SOM", "Ethiopian refugees": "ETHREF"},
     {("KENGOV", "SOM", "154"), ("KENGOV", "ETHREF", "073")}),
    ("Russia and China held talks in Beijing.", {"Russia": "RUSGOV", "China": "CHNGOV"},
     {("RUSGOV", "CHNGOV", "040"), ("CHNGOV", "RUSGOV", "040")}),
    ("Ghana is deploying 450 soldiers to the UN peacekeeping force in Mali.",
     {"Ghana": "GHAGOV", "Mali": "MLI"}, {("GHAGOV", "MLI", "074")}),
    ("Kenya sent soldiers to Somalia to serve as peacekeepers.", {"Kenya": "KENGOV", "Somalia": "SOM"},
     {("KENGOV", "SOM", "074")}),
    ("Kenya sent soldiers to Somalia to attack the peacekeepers.", {"Kenya": "KENGOV", "Somalia": "SOM"},
     {("KENGOV", "SOM", "154")}),
    ("Kenya sent soldiers to Somalia where peacekeepers were killed.", {"Kenya": "KENGOV", "Somalia": "SOM"},
     {("KENGOV", "SOM", "154")}),
    # the noun "deployment" as the verb, however the parser hangs the mission phrase (events/nominal.py)
    ("Kenya announced the deployment of 400 troops to Somalia on a peacekeeping mission.",
     {"Kenya": "KENGOV", "Somalia": "SOM"}, {("KENGOV", "SOM", "074")}),
    ("Kenya announced the deployment of 400 troops to Somalia after peacekeepers were killed there.",
     {"Kenya": "KENGOV", "Somalia": "SOM"}, {("KENGOV", "SOM", "154")}),
]


@pytest.mark.parametrize("text,actors,want", CASES, ids=[c[0][:40] for c in CASES])
def test_lexicon_material(text: str, actors: dict[str, str], want: set[tuple[str, str | None, str]],
                          nlp: Language) -> None:
    got = {(e.source.code, e.target.code if e.target else None, e.cameo)
           for e in coded_events(nlp, text, actors)}
    assert got == want
