"""User actor files in CSV and PETRARCH format: rows become the JSONL records, errors name file and line."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from bilateral.actors import KnowledgeBase
from bilateral.actors.loader import read_data
from bilateral.actors.lookup import resolve_text
from bilateral.actors.records import Person, Role
from bilateral.actors.userfiles import read_csv, read_petrarch
from bilateral.errors import KnowledgeError
from bilateral.settings import Settings

CSV = """name,kind,code,country,sector,aliases,office,start,end
Jane Mwangaza,person,KENGOV,KEN,GOV,Mwangaza; J. Mwangaza,Minister of Foreign Affairs,2020-03-01,
Jane Mwangaza,person,IGOUNO,,,,UN envoy,2012-01-01,2015-12-31
Lake Kivu Peace Forum,ngo,NGOLKP,,NGO,LKPF,,,
"""

PETRARCH = """# a Phoenix-style actor dictionary
BARACK_OBAMA_
+BARACK_HUSSEIN_OBAMA
+PRESIDENT_OBAMA_
[USAELI 040101-081231]
[USAGOV 090120-170120]   # president

PAUL_KAGAME_
[RWAGOV 000424-]
Zed_Zeddo_ [UGAMIL >150101]
OLD_TIMER_
[KENGOV <991231]
[IGOUNO]
"""


def _write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def _people(path: Path) -> dict[str, Person]:
    return {p.name: p for p in read_data((str(path),)).people}


def test_userfiles_csv_rows_become_people_and_organisations(tmp_path: Path) -> None:
    path = _write(tmp_path, "mine.csv", CSV)
    records = list(read_csv(path, "mine.csv"))
    assert [where for where, _ in records] == ["mine.csv:2", "mine.csv:3", "mine.csv:4"]
    assert records[2][1]["kind"] == "ngo" and records[2][1]["aliases"] == ["LKPF"]
    data = read_data((str(path),))
    jane = next(p for p in data.people if p.name == "Jane Mwangaza")
    assert jane.aliases == ("Mwangaza", "J. Mwangaza")
    assert set(jane.roles) == {
        Role("KEN", None, "GOV", "Minister of Foreign Affairs", dt.date(2020, 3, 1), None),
        Role(None, "IGOUNO", "IGO", "UN envoy", dt.date(2012, 1, 1), dt.date(2015, 12, 31)),
    }
    org, aliases = next((o, a) for o, a in data.organizations if o.name == "Lake Kivu Peace Forum")
    assert (org.code, org.country, org.sector, org.kind, aliases) == ("NGOLKP", None, "NGO", "ngo", ("LKPF",))


def test_userfiles_csv_country_and_sector_come_from_code(tmp_path: Path) -> None:
    path = _write(tmp_path, "short.csv", "name,kind,code\nAmos Tembo,person,ZMBMIL\n")
    assert _people(path)["Amos Tembo"].roles == (Role("ZMB", None, "MIL", "", None, None),)


@pytest.mark.parametrize(("text", "message"), [
    ("name,kind,colour\n", r"bad\.csv:1: the header must name columns"),
    ("name,code\n", r"bad\.csv:1: .*name and kind required"),
    ("name,kind,country\nA B,person,KE\n", r"bad\.csv:2 role 1: field 'country' must be an ISO 3166"),
    ("name,kind,country,start\nA B,person,KEN,2020\n", r"bad\.csv:2 role 1: field 'start' must be a YYYY-MM-DD date"),
    ("name,kind,code\nA B,,XYZ\n", r"bad\.csv:2: column 'kind' is empty"),
    ("name,kind,code\nA B,club,XYZ\n", r"bad\.csv:2: kind 'club' is not one of"),
    ("name,kind,code,country\nA B,person,KENGOV,UGA\n", r"bad\.csv:2: code 'KENGOV' does not start with country"),
    ("name,kind\nA B,person,extra\n", r"bad\.csv:2: 3 cells but the header names 2 columns"),
])
def test_userfiles_csv_errors_name_file_and_line(tmp_path: Path, text: str, message: str) -> None:
    path = _write(tmp_path, "bad.csv", text)
    with pytest.raises(KnowledgeError, match=message):
        read_data((str(path),))


def test_userfiles_petrarch_names_aliases_and_dated_roles(tmp_path: Path) -> None:
    path = _write(tmp_path, "phoenix.txt", PETRARCH)
    people = _people(path)
    obama = people["Barack Obama"]
    assert {"Barack Hussein Obama", "President Obama"} <= set(obama.aliases)
    assert Role("USA", None, None, "", dt.date(2004, 1, 1), dt.date(2008, 12, 31)) in obama.roles
    assert Role("USA", None, "GOV", "", dt.date(2009, 1, 20), dt.date(2017, 1, 20)) in obama.roles
    assert Role("RWA", None, "GOV", "", dt.date(2000, 4, 24), None) in people["Paul Kagame"].roles
    assert people["Zed Zeddo"].roles == (Role("UGA", None, "MIL", "", dt.date(2015, 1, 1), None),)
    assert people["Old Timer"].roles == (Role("KEN", None, "GOV", "", None, dt.date(1999, 12, 31)),
                                         Role(None, "IGOUNO", "IGO", "", None, None))


def test_userfiles_petrarch_records_point_at_name_lines(tmp_path: Path) -> None:
    path = _write(tmp_path, "phoenix.pet", PETRARCH)
    assert [where for where, _ in read_petrarch(path, "phoenix.pet")] == [
        "phoenix.pet:2", "phoenix.pet:8", "phoenix.pet:10", "phoenix.pet:11"]


@pytest.mark.parametrize(("text", "message"), [
    ("[USAGOV 090120-170120]\n", r"bad\.txt:1: role .* comes before any name"),
    ("+OBAMA\n", r"bad\.txt:1: alias .* comes before any name"),
    ("X_Y_\n[usagov]\n", r"bad\.txt:2: role code 'usagov' must be a CAMEO actor code"),
    ("X_Y_\n[USAGOV 091320-]\n", r"bad\.txt:2: date '091320' is not a calendar day"),
    ("X_Y_\n[USAGOV 2009-01-20]\n", r"bad\.txt:2: date '2009' must be yymmdd"),
    ("X_Y_\n[USAGOV 170120-090120]\n", r"bad\.txt:2: role ends \(2009-01-20\) before it starts"),
    ("X_Y_\n[USAGOV 090120]\n", r"bad\.txt:2: dates '090120' must be yymmdd-yymmdd"),
    ("X_Y_\n[USAGOV\n", r"bad\.txt:2: a role line must look like"),
    ("X_Y_\nA_B_\n[USAGOV]\n", r"bad\.txt:1: 'X Y' has no role"),
    ("X_Y_\nnot a name\n", r"bad\.txt:2: cannot read 'not a name'"),
])
def test_userfiles_petrarch_errors_name_file_and_line(tmp_path: Path, text: str, message: str) -> None:
    path = _write(tmp_path, "bad.txt", text)
    with pytest.raises(KnowledgeError, match=message):
        read_data((str(path),))


def test_userfiles_petrarch_two_digit_years_pivot_at_50(tmp_path: Path) -> None:
    path = _write(tmp_path, "years.txt", "A_B_\n[USAGOV 491231-500101]\n")
    with pytest.raises(KnowledgeError, match="ends"):
        read_data((str(path),))
    path = _write(tmp_path, "years2.txt", "A_B_\n[USAGOV 500101-491231]\n")
    role = _people(path)["A B"].roles[0]
    assert (role.start, role.end) == (dt.date(1950, 1, 1), dt.date(2049, 12, 31))


def test_userfiles_user_person_changes_resolution(tmp_path: Path, nlp) -> None:  # type: ignore[no-untyped-def]
    path = _write(tmp_path, "jane.csv", "name,kind,code,aliases,office,start\n"
                                        "Jane Mwangaza,person,KENGOV,Mwangaza,Minister,2020-01-01\n")
    assert resolve_text("Jane Mwangaza", KnowledgeBase.load(Settings()), nlp, dt.date(2021, 5, 1)) is None
    kb = KnowledgeBase.load(Settings(actor_files=(str(path),)))
    actor = resolve_text("Jane Mwangaza", kb, nlp, dt.date(2021, 5, 1))
    assert actor is not None and (actor.code, actor.kind, actor.name) == ("KENGOV", "person", "Jane Mwangaza")
    before = resolve_text("Mwangaza", kb, nlp, dt.date(2019, 1, 1))
    assert before is not None and before.code == "KEN" and before.sector is None


def test_userfiles_petrarch_role_is_added_to_a_packaged_person(tmp_path: Path, nlp) -> None:  # type: ignore[no-untyped-def]
    packaged = resolve_text("Antony Blinken", KnowledgeBase.load(Settings()), nlp, dt.date(2019, 1, 1))
    assert packaged is not None and packaged.code == "USA"
    path = _write(tmp_path, "extra.txt", "ANTONY_BLINKEN_\n[USABUS 170121-201231]\n")
    actor = resolve_text("Antony Blinken", KnowledgeBase.load(Settings(actor_files=(str(path),))), nlp,
                         dt.date(2019, 1, 1))
    assert actor is not None and actor.code == "USABUS"
