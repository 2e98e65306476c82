"""Event nouns named by what they act on: arms transfers, deliveries and sales (072, 062), a purchase from another
state (061), the sanctioning of a state and the imposition of sanctions (163), their lifting or removal (085), a
designation as a terrorist group (172), the suspension or severing of ties, links or flights with another
state (161). The qualifier may be the noun's modifier ("weapons deliveries") or its "of"
or "as" object ("the transfer of arms", "designation of X as a terror group"); the same nouns with other objects
code nothing. Sentences written for these tests; actors marked by exact string."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.marking import coded_events

CASES: list[tuple[str, dict[str, str], set[tuple[str, str | None, str]]]] = [
    ("Norway's weapons deliveries to Estonia doubled last spring.",
     {"Norway": "NOR", "Estonia": "EST"}, {("NOR", "EST", "072")}),
    ("The transfer of arms to Estonia by Norway doubled last spring.",
     {"Norway": "NOR", "Estonia": "EST"}, {("NOR", "EST", "072")}),
    ("The transfer of the patient to Estonia by Norway took two days.",
     {"Norway": "NOR", "Estonia": "EST"}, set()),
    ("Norway's delivery of the letters to Estonia took two days.",
     {"Norway": "NOR", "Estonia": "EST"}, set()),
    ("Chile's purchase of Peru's fishing fleet surprised analysts.",
     {"Chile": "CHL", "Peru": "PER"}, {("CHL", "PER", "061")}),
    ("Chile's purchase of new trucks surprised analysts.",
     {"Chile": "CHL"}, set()),
    ("Chile's procurement of trucks from Peru surprised analysts.",
     {"Chile": "CHL", "Peru": "PER"}, {("CHL", "PER", "061")}),
    ("The sanctioning of Bolivia by the European Union drew protests.",
     {"European Union": "IGOEU", "Bolivia": "BOL"}, {("IGOEU", "BOL", "163")}),
    ("The imposition of tariffs on Bolivia by Chile hurt farmers.",
     {"Chile": "CHL", "Bolivia": "BOL"}, {("CHL", "BOL", "163")}),
    ("The European Union's lifting of sanctions on Bolivia took effect on Monday.",
     {"European Union": "IGOEU", "Bolivia": "BOL"}, {("IGOEU", "BOL", "085")}),
    ("The removal of tariffs on Bolivian wine by Chile pleased growers.",
     {"Chile": "CHL", "Bolivian": "BOL"}, {("CHL", "BOL", "085")}),
    ("The removal of the statue by Chile pleased Bolivia.",
     {"Chile": "CHL", "Bolivia": "BOL"}, set()),
    ("Chile announced a suspension of direct flights to Bolivia on Friday.",
     {"Chile": "CHL", "Bolivia": "BOL"}, {("CHL", "BOL", "161")}),
    ("Chile announced the severing of diplomatic ties with Bolivia.",
     {"Chile": "CHL", "Bolivia": "BOL"}, {("CHL", "BOL", "161")}),
    ("Chile's suspension of the football league worried Bolivia.",
     {"Chile": "CHL", "Bolivia": "BOL"}, set()),
    ("The Chilean designation of the Red Hand as a terrorist group angered Bolivia.",
     {"Chilean": "CHL", "Red Hand": "BOLREB", "Bolivia": "BOL"}, {("CHL", "BOLREB", "172")}),
    ("The Chilean designation of the Red Hand as a heritage site pleased Bolivia.",
     {"Chilean": "CHL", "Red Hand": "BOLREB", "Bolivia": "BOL"}, set()),
]


@pytest.mark.parametrize("text,actors,want", CASES, ids=[c[0][:40] for c in CASES])
def test_lexicon_nominal_acts(text: str, actors: dict[str, str], want: set[tuple[str, str | None, str]],
                              nlp: Language) -> None:
    got = {(e.source.code, e.target.code if e.target else None, e.cameo)
           for e in coded_events(nlp, text, actors)}
    assert got == want


def test_hyphenated_cease_fire_is_a_ceasefire(nlp: Language) -> None:
    """"cease-fire" parses as "fire" with "cease" beside it: coded as the one-word "ceasefire" is; other fire is not
    a ceasefire."""
    actors = {"Colombia": "COL", "Red Army": "COLREB"}
    hyphen = {(e.source.code, e.target.code if e.target else None, e.cameo)
              for e in coded_events(nlp, "Last year's cease-fire between Colombia and the Red Army collapsed.", actors)}
    joined = {(e.source.code, e.target.code if e.target else None, e.cameo)
              for e in coded_events(nlp, "Last year's ceasefire between Colombia and the Red Army collapsed.", actors)}
    assert hyphen == joined == {("COL", "COLREB", "0871"), ("COLREB", "COL", "0871")}
    fired = coded_events(nlp, "Colombian troops opened fire on the Red Army.", {"Colombian troops": "COLMIL",
                                                                                "Red Army": "COLREB"})
    assert all(e.cameo != "0871" for e in fired)
