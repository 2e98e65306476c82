"""Event nouns of coercion and violence: the kidnapping, abduction or hijacking of X (181), the detention,
imprisonment, jailing or indictment of X (173), the seizure of X's ships or property (1711), an ambush on X (190)
and air, drone or missile strikes on X (195). Each needs its 'of' or 'on' phrase (and, for seizures and strikes,
its qualifier): the same nouns in their other senses (a medical seizure, a labour strike, a detention centre, a
film's abduction scene) code nothing, nor does 'conviction', a belief as often as a verdict. Sentences written for
these tests; actors marked by exact string."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.marking import coded_events

CASES: list[tuple[str, dict[str, str], set[tuple[str, str | None, str]]]] = [
    ("Bolivian rebels carried out the kidnapping of a Peruvian senator.",
     {"Bolivian rebels": "BOLREB", "Peruvian senator": "PERLEG"}, {("BOLREB", "PERLEG", "181")}),
    ("Bolivian rebels carried out the abduction of two Peruvian engineers.",
     {"Bolivian rebels": "BOLREB", "Peruvian engineers": "PERCVL"}, {("BOLREB", "PERCVL", "181")}),
    ("The abduction scene in the Bolivian film was shot in Lima.",
     {"Bolivian": "BOL", "Lima": "PER"}, set()),
    ("Moldovan prosecutors announced the indictment of a Latvian diplomat on Wednesday.",
     {"Moldovan prosecutors": "MDAJUD", "Latvian diplomat": "LVAGOV"}, {("MDAJUD", "LVAGOV", "173")}),
    ("Egyptian police announced the imprisonment of three Libyan smugglers.",
     {"Egyptian police": "EGYCOP", "Libyan smugglers": "LBYCRM"}, {("EGYCOP", "LBYCRM", "173")}),
    ("The Greek detention center near the harbour was full on Monday.",
     {"Greek": "GRC"}, set()),
    ("The Chilean minister spoke with conviction about the Bolivian plan.",
     {"Chilean minister": "CHLGOV", "Bolivian": "BOL"}, set()),
    ("The Uruguayan president said he held a deep conviction that peace with Paraguay was near.",
     {"Uruguayan president": "URYGOV", "Paraguay": "PRY"}, set()),
    ("The seizure of a Panamanian tanker by Omani marines angered the shipowners.",
     {"Panamanian": "PAN", "Omani marines": "OMNMIL"}, {("OMNMIL", "PAN", "1711")}),
    ("Doctors said the Latvian senator suffered a seizure on the flight.",
     {"Latvian senator": "LVALEG"}, set()),
    ("Somali militants staged an ambush on Kenyan troops near the border.",
     {"Somali militants": "SOMREB", "Kenyan troops": "KENMIL"}, {("SOMREB", "KENMIL", "190")}),
    ("Israeli drone strikes on Lebanese villages continued.",
     {"Israeli": "ISR", "Lebanese": "LBN"}, {("ISR", "LBN", "195")}),
    ("Dock workers in Uruguay began a strike on Monday against the Paraguayan company.",
     {"Dock workers in Uruguay": "URYLAB", "Paraguayan company": "PRYBUS"}, set()),
]


@pytest.mark.parametrize("text,actors,want", CASES, ids=[c[0][:40] for c in CASES])
def test_lexicon_coercive_nouns(text: str, actors: dict[str, str], want: set[tuple[str, str | None, str]],
                                nlp: Language) -> None:
    got = {(e.source.code, e.target.code if e.target else None, e.cameo)
           for e in coded_events(nlp, text, actors)}
    assert got == want
