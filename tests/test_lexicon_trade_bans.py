"""A trade, travel or entry ban or an asset freeze named as a noun (triggers.tsv: 'ban' qualified by import|export|
trade|travel|entry|visa|flight|arms|oil, 'freeze' by asset(s), with 'on'/'against' -> 163): a sanction on whom or
whose goods it is on, as 'embargo' and 'sanction' are; so is placing or putting someone on a blacklist or sanctions
list ('place'/'put' + blacklist|sanction 'on' -> 163, the direct object the target). Must-not cases: a ban or
freeze with no such qualifier ('a doping ban on athletes', 'a hiring freeze'), left to the verbs; troops placed on
alert. Sentences written for these tests; actors marked by exact string."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.marking import coded_triples

ACTORS = {"Washington": "USAGOV", "Nigerian officials": "NGAGOV", "The U.S.": "USA", "Iranian officials": "IRNGOV",
          "Russia": "RUS", "Georgia": "GEO", "The IOC": "IGOIOC", "Russian athletes": "RUS", "The Taliban": "AFGGOV",
          "Abuja": "NGAGOV", "Kenyan women": "KENCVL", "Britain": "GBR", "Russian oligarchs": "RUSBUS",
          "Russian workers": "RUSCVL", "three Iranian banks": "IRNBUS", "the Chinese firm": "CHNBUS",
          "Kenya": "KENGOV"}

CASES: list[tuple[str, set[tuple[str, str | None, str]]]] = [
    ("Washington's visa ban on Nigerian officials angered Abuja.", {("USAGOV", "NGAGOV", "163")}),
    ("The U.S. travel ban on Iranian officials took effect on Monday.", {("USA", "IRNGOV", "163")}),
    ("Russia's import ban against Georgia lasted seven years.", {("RUS", "GEO", "163")}),
    ("Britain's asset freeze on Russian oligarchs took effect on Monday.", {("GBR", "RUSBUS", "163")}),
    ("Washington placed three Iranian banks on its sanctions list on Monday.", {("USAGOV", "IRNBUS", "163")}),
    ("Washington put the Chinese firm on a trade blacklist on Monday.", {("USAGOV", "CHNBUS", "163")}),
    # must-not: a ban that is no trade, travel or entry measure, a freeze of no assets, troops put on alert
    ("Kenya placed its troops on high alert on Monday.", set()),
    ("Britain announced a hiring freeze on Russian workers.", set()),
    ("The IOC's doping ban on Russian athletes was upheld on Monday.", set()),
    ("The Taliban's ban on Kenyan women was widely reported.", set()),
]


@pytest.mark.parametrize("text,want", CASES, ids=[c[0][:40] for c in CASES])
def test_trade_bans(text: str, want: set[tuple[str, str | None, str]], nlp: Language) -> None:
    assert coded_triples(nlp, text, ACTORS, "16") == want
