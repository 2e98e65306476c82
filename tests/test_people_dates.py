"""Dated facts of the packaged office-holder files: (person, country or organisation, date) -> in office or not.

A sample of facts that must hold, read with the plain-``json`` helpers of ``test_people_facts`` (so a loader bug
cannot hide a data error). Facts about people kept in files owned by other parts of the project skip while that
person is absent but fail when the person is present with wrong dates.
"""

from __future__ import annotations

from datetime import date

import pytest

from .test_people_facts import (
    OWN_FILES,
    PEOPLE_DIR,
    Term,
    in_office,
    normalise,
    people_by_name,
    read_records,
    record_problems,
)

# --- dated facts ---------------------------------------------------------------------------------
# (canonical name, country or org code or None for "any office", date, expected, kept in OWN_FILES)
FACTS: list[tuple[str, str | None, str, bool, bool]] = [
    ("Howard Lutnick", "USA", "2025-03-12", True, False),
    ("Howard Lutnick", None, "2025-01-01", False, False),
    ("Kristi Noem", "USA", "2025-03-13", True, False),
    ("Doug Ford", "CAN", "2025-03-05", True, False),
    ("Doug Ford", None, "2018-01-01", False, False),
    ("J. Jayalalithaa", "IND", "2013-06-01", True, False),
    ("J. Jayalalithaa", None, "2014-12-01", False, False),
    ("J. Jayalalithaa", None, "2017-01-01", False, False),
    ("Omar Abdullah", "IND", "2012-01-01", True, False),
    ("Omar Abdullah", None, "2018-01-01", False, False),
    ("Omar Abdullah", "IND", "2025-01-01", True, False),
    ("Jim Risch", "USA", "2024-10-01", True, False),
    ("Jim Risch", None, "2008-06-01", False, False),
    ("Jimmy Lai", "HKG", "2020-08-10", True, False),
    ("Jimmy Lai", None, "2025-03-13", False, False),
    ("Arnel Joseph", "HTI", "2021-02-26", True, False),
    ("Arnel Joseph", None, "2021-03-01", False, False),
    ("Khalid Mehdiyev", "RUS", "2022-07-28", True, False),
    ("Rafat Amirov", None, "2021-06-01", False, False),
    ("Antony Blinken", "USA", "2022-08-11", True, True),
    ("Antony Blinken", None, "2019-06-01", False, True),
    ("Marco Rubio", "USA", "2025-01-21", True, True),
    ("Hillary Clinton", "USA", "2009-01-21", True, True),
    ("Hillary Clinton", "USA", "2013-02-01", True, True),
    ("Hillary Clinton", None, "2015-06-01", False, True),
    ("John Kerry", "USA", "2013-02-01", True, True),
    ("John Kerry", "USA", "2016-12-01", True, True),
    ("John Kerry", None, "2018-06-01", False, True),
    ("Condoleezza Rice", "USA", "2003-01-01", True, True),
    ("Condoleezza Rice", "USA", "2007-06-01", True, True),
    ("Condoleezza Rice", None, "2010-01-01", False, True),
    ("Susan Rice", "USA", "2011-01-01", True, True),
    ("Susan Rice", "USA", "2015-01-01", True, True),
    ("Mike Pompeo", "USA", "2019-06-01", True, True),
    ("Mike Pompeo", None, "2022-01-01", False, True),
    ("Rex Tillerson", "USA", "2017-06-01", True, True),
    ("Rex Tillerson", None, "2019-01-01", False, True),
    ("Colin Powell", "USA", "2003-02-05", True, True),
    ("Donald Rumsfeld", "USA", "2003-03-20", True, True),
    ("Donald Rumsfeld", None, "2008-01-01", False, True),
    ("Lloyd Austin", "USA", "2022-01-01", True, True),
    ("Linda Thomas-Greenfield", "USA", "2022-01-01", True, True),
    ("Jack Straw", "GBR", "2003-03-01", True, True),
    ("Boris Johnson", "GBR", "2017-01-01", True, True),
    ("Sergey Lavrov", "RUS", "2022-03-01", True, True),
    ("Wang Yi", "CHN", "2015-01-01", True, True),
    ("Jean-Yves Le Drian", "FRA", "2019-01-01", True, True),
    ("Annalena Baerbock", "DEU", "2023-01-01", True, True),
    ("S. Jaishankar", "IND", "2021-01-01", True, True),
    ("Celso Amorim", "BRA", "2008-01-01", True, True),
    ("Saud al-Faisal", "SAU", "2010-01-01", True, True),
    ("Mohammad Javad Zarif", "IRN", "2015-07-14", True, True),
    ("Sameh Shoukry", "EGY", "2020-01-01", True, True),
    ("Dmytro Kuleba", "UKR", "2022-03-01", True, True),
    ("Louise Mushikiwabo", "RWA", "2012-01-01", True, True),
    ("Vincent Biruta", "RWA", "2022-01-01", True, True),
    ("Olivier Nduhungirehe", "RWA", "2025-01-01", True, True),
    ("Christophe Lutundula", "COD", "2022-01-01", True, True),
    ("Thérèse Kayikwamba Wagner", "COD", "2025-01-01", True, True),
    ("Nkosazana Dlamini-Zuma", "ZAF", "2005-01-01", True, True),
    ("Nkosazana Dlamini-Zuma", "IGOAU", "2014-01-01", True, True),
    ("Tedros Adhanom Ghebreyesus", "ETH", "2014-01-01", True, True),
    ("Tedros Adhanom Ghebreyesus", "IGOWHO", "2020-03-11", True, True),
    ("António Guterres", "IGOUNO", "2017-01-01", True, True),
    ("António Guterres", "IGOUNHCR", "2010-01-01", True, True),
    ("António Guterres", "IGOUNO", "2010-01-01", False, True),
    ("Ban Ki-moon", "IGOUNO", "2007-01-01", True, True),
    ("Ban Ki-moon", "IGOUNO", "2016-12-31", True, True),
    ("Ban Ki-moon", None, "2018-01-01", False, True),
    ("Kofi Annan", "IGOUNO", "1997-01-01", True, True),
    ("Kofi Annan", "IGOUNO", "2006-12-31", True, True),
    ("Kofi Annan", "IGOUNO", "2007-06-01", False, True),
    ("Mark Rutte", "IGONATO", "2025-01-01", True, True),
    ("Mark Rutte", "IGONATO", "2020-01-01", False, True),
    ("Jens Stoltenberg", "IGONATO", "2020-01-01", True, True),
    ("Javier Solana", "IGONATO", "1997-01-01", True, True),
    ("Javier Solana", "IGOEU", "2005-01-01", True, True),
    ("Jaap de Hoop Scheffer", "IGONATO", "2005-01-01", True, True),
    ("Ursula von der Leyen", "IGOEU", "2022-01-01", True, True),
    ("Federica Mogherini", "IGOEU", "2016-01-01", True, True),
    ("Federica Mogherini", "ITA", "2014-06-01", True, True),
    ("Josep Borrell", "IGOEU", "2021-01-01", True, True),
    ("Kaja Kallas", "IGOEU", "2025-01-01", True, True),
    ("Kristalina Georgieva", "IGOIMF", "2021-01-01", True, True),
    ("Kristalina Georgieva", "IGOWB", "2019-03-01", True, True),
    ("Christine Lagarde", "IGOIMF", "2015-01-01", True, True),
    ("Fatou Bensouda", "IGOICC", "2015-01-01", True, True),
    ("Moussa Faki Mahamat", "IGOAU", "2020-01-01", True, True),
    # Heads of state and government, kept in files written by others.
    ("Paul Kagame", "RWA", "2010-06-01", True, False),
    ("Paul Kagame", "RWA", "2024-08-11", True, False),
    ("Barack Obama", "USA", "2012-01-01", True, False),
    ("Barack Obama", None, "2018-01-01", False, False),
    ("Donald Trump", "USA", "2018-06-01", True, False),
    ("Donald Trump", None, "2022-06-01", False, False),
    ("Donald Trump", "USA", "2025-03-01", True, False),
    ("Joe Biden", "USA", "2023-01-01", True, False),
    ("Joe Biden", None, "2019-01-01", False, False),
    ("George W. Bush", "USA", "2003-03-20", True, False),
    ("Boris Johnson", "GBR", "2020-06-01", True, False),
    ("Angela Merkel", "DEU", "2010-01-01", True, False),
    ("Angela Merkel", None, "2023-01-01", False, False),
    ("Emmanuel Macron", "FRA", "2020-01-01", True, False),
    ("Vladimir Putin", "RUS", "2015-01-01", True, False),
    ("Xi Jinping", "CHN", "2015-01-01", True, False),
    ("Narendra Modi", "IND", "2016-01-01", True, False),
    ("Félix Tshisekedi", "COD", "2020-01-01", True, False),
    ("Joseph Kabila", "COD", "2010-01-01", True, False),
    ("Yoweri Museveni", "UGA", "2010-01-01", True, False),
    ("Pierre Nkurunziza", "BDI", "2010-01-01", True, False),
    ("Évariste Ndayishimiye", "BDI", "2022-01-01", True, False),
    ("Samia Suluhu Hassan", "TZA", "2022-01-01", True, False),
    ("William Ruto", "KEN", "2023-06-01", True, False),
    ("Abiy Ahmed", "ETH", "2020-01-01", True, False),
    ("Cyril Ramaphosa", "ZAF", "2020-01-01", True, False),
    ("Recep Tayyip Erdoğan", "TUR", "2016-01-01", True, False),
]


def find_person(name: str, outside_own: bool) -> list[Term] | None:
    """All roles of the person with this canonical name (else of the one person whose alias it is).

    With ``outside_own`` the person must appear in a file other than OWN_FILES: a head of state who was
    also a foreign minister (Boris Johnson) is present here before the heads-of-state file exists, and
    the facts about that other file must wait for it.
    """
    records = read_records()
    merged = people_by_name(records)
    searched = [r for r in records if not record_problems(r.data) and not (outside_own and r.file in OWN_FILES)]
    key = normalise(name)
    names = {normalise(r.data["name"]) for r in searched if normalise(r.data["name"]) == key}
    if not names:
        names = {normalise(r.data["name"]) for r in searched if key in {normalise(a) for a in r.data["aliases"]}}
    if len(names) == 1:
        return merged[names.pop()]
    return None


@pytest.mark.parametrize(("name", "holder", "on", "expected", "own"), FACTS,
                         ids=[f"{f[0]}-{f[1]}-{f[2]}" for f in FACTS])
def test_people_facts_office_on_date(name: str, holder: str | None, on: str, expected: bool, own: bool) -> None:
    terms = find_person(name, outside_own=not own)
    if terms is None:
        if own:
            pytest.fail(f"{name} is missing from {', '.join(OWN_FILES)} in {PEOPLE_DIR}")
        pytest.skip(f"{name} not in the people files yet")
    where = holder or "any office"
    assert in_office(terms, holder, date.fromisoformat(on)) is expected, (
        f"{name} ({where}) on {on}: expected {'in' if expected else 'out of'} office, roles {terms}")
