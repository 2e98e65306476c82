"""Arguments given as a list of members. A list of places is placed as a whole: "held talks in Chile, Peru and
Bolivia" names where the talks were, not three partners (the first conjunct was placed and the others taken for
partners), while an attack on villages in three countries hits each of them. "As well as", "along with" and
"together with" join co-parties as "and" does. A dash apposition or an "including" / "such as" phrase lists the
members of a plural noun ("its partners — Chile, Peru and Bolivia", "governments, including Chile and Peru"); goods,
victims and other things listed are no members. Sentences written for these tests; actors marked by exact string,
as in the golden cases."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.marking import coded_events

Dyads = set[tuple[str, str | None, str]]

CASES: list[tuple[str, dict[str, str], Dyads]] = [
    # an attack's places are what it hits, every member of the list
    ("Chilean rebels attacked villages in Peru, Bolivia and Ecuador.",
     {"Chilean rebels": "CHLREB", "Peru": "PER", "Bolivia": "BOL", "Ecuador": "ECU"},
     {("CHLREB", "PER", "ASSAULT"), ("CHLREB", "BOL", "ASSAULT"), ("CHLREB", "ECU", "ASSAULT")}),
    # "as well as", "along with", "together with" join co-parties as "and" does, on either side
    ("Chile as well as Peru sent troops to Bolivia.",
     {"Chile": "CHL", "Peru": "PER", "Bolivia": "BOL"},
     {("CHL", "BOL", "MOBILIZE"), ("PER", "BOL", "MOBILIZE")}),
    ("Ruritania imposed sanctions on Chile as well as Peru.",
     {"Chile": "CHL", "Peru": "PER", "Ruritania": "RUR"},
     {("RUR", "CHL", "COERCE"), ("RUR", "PER", "COERCE")}),
    ("Chile, along with Peru and Bolivia, condemned Ruritania for its remarks.",
     {"Chile": "CHL", "Peru": "PER", "Bolivia": "BOL", "Ruritania": "RUR"},
     {("CHL", "RUR", "ACCUSE"), ("PER", "RUR", "ACCUSE"), ("BOL", "RUR", "ACCUSE")}),
    ("Chile together with Peru condemned Ruritania for its remarks.",
     {"Chile": "CHL", "Peru": "PER", "Ruritania": "RUR"},
     {("CHL", "RUR", "ACCUSE"), ("PER", "RUR", "ACCUSE")}),
    # an "including" / "such as" list names who a plural noun stands for, on either side
    ("Several governments, including Chile, Peru and Bolivia, condemned Ruritania for its remarks.",
     {"Chile": "CHL", "Peru": "PER", "Bolivia": "BOL", "Ruritania": "RUR"},
     {("CHL", "RUR", "ACCUSE"), ("PER", "RUR", "ACCUSE"), ("BOL", "RUR", "ACCUSE")}),
    ("Ruritania imposed new tariffs on its neighbours such as Chile and Peru last week.",
     {"Chile": "CHL", "Peru": "PER", "Ruritania": "RUR"},
     {("RUR", "CHL", "COERCE"), ("RUR", "PER", "COERCE")}),
    # the members replace the possessor that only says whose allies they are
    ("Ruritania's allies, such as Chile and Peru, criticized the decision by Bolivia.",
     {"Chile": "CHL", "Peru": "PER", "Ruritania": "RUR", "Bolivia": "BOL"},
     {("CHL", "BOL", "ACCUSE"), ("PER", "BOL", "ACCUSE")}),
    # a noun whose own actor names no country stands for the members listed ("leaders" as ---GOV)
    ("Andean nationalist leaders, such as Chilean President Ana Soto, have long railed against Ruritania.",
     {"leaders": "---GOV", "Chilean President Ana Soto": "CHLGOV", "Ruritania": "RURGOV"},
     {("CHLGOV", "RURGOV", "ACCUSE")}),
    ("Several coastal governments, including Peru, sharply criticized Ruritania on Monday.",
     {"governments": "---GOV", "Peru": "PERGOV", "Ruritania": "RURGOV"},
     {("PERGOV", "RURGOV", "ACCUSE")}),
    # a dash apposition lists the members of the noun
    ("Ruritania imposed tariffs on its biggest trading partners — Chile, Peru and Bolivia — on Monday.",
     {"Chile": "CHL", "Peru": "PER", "Ruritania": "RUR", "Bolivia": "BOL"},
     {("RUR", "CHL", "COERCE"), ("RUR", "PER", "COERCE"), ("RUR", "BOL", "COERCE")}),
]

MUST_NOT: list[tuple[str, dict[str, str], Dyads]] = [
    # where talks were held is no partner, for any member of a list of places
    ("Chilean officials held talks in Peru, Bolivia and Ecuador.",
     {"Chilean officials": "CHLGOV", "Peru": "PER", "Bolivia": "BOL", "Ecuador": "ECU"}, set()),
    # nor for the members an "including" phrase lists after a noun of places
    ("Chilean officials held talks in several countries, including Peru and Bolivia.",
     {"Chilean officials": "CHLGOV", "Peru": "PER", "Bolivia": "BOL"}, set()),
    # a bare "with" phrase says with whose help, not who else acts
    ("Chile, with backing from Peru, condemned Ruritania for its remarks.",
     {"Chile": "CHL", "Peru": "PER", "Ruritania": "RUR"}, {("CHL", "RUR", "ACCUSE")}),
    # "along with" hung on the verb may join either side: no guess
    ("Ruritania imposed sanctions on Chile last week, along with Peru.",
     {"Chile": "CHL", "Peru": "PER", "Ruritania": "RUR"}, {("RUR", "CHL", "COERCE")}),
    # goods listed are things, not actors: whose goods they are still says whom the tariffs hit
    ("Chile imposed tariffs on Ruritanian goods such as wine, cotton and copper.",
     {"Chile": "CHL", "Ruritanian": "RUR"}, {("CHL", "RUR", "COERCE")}),
    # victims listed are no state list
    ("Ruritanian troops killed dozens of people, including civilians and aid workers.",
     {"Ruritanian troops": "RURMIL"}, set()),
    # a noun that names an actor itself keeps it: the bloc acts, not the members it includes
    ("The Andean Pact, including Chile and Peru, condemned Ruritania for its remarks.",
     {"Andean Pact": "IGOAND", "Chile": "CHL", "Peru": "PER", "Ruritania": "RUR"},
     {("IGOAND", "RUR", "ACCUSE")}),
    # a noun whose own actor has a country keeps it: the listed person is one of those it stands for
    ("Chilean officials, including Ana Soto, condemned Ruritania for its remarks.",
     {"Chilean officials": "CHLGOV", "Ana Soto": "PERGOV", "Ruritania": "RURGOV"},
     {("CHLGOV", "RURGOV", "ACCUSE")}),
    # a countryless noun listing things, not actors, keeps its own actor
    ("Foreign leaders, such as those at the summit, condemned Ruritania for its remarks.",
     {"leaders": "---GOV", "Ruritania": "RURGOV"}, {("---GOV", "RURGOV", "ACCUSE")}),
    # only a countryless subject gives way to its members: states listed in a phrase of parties are no doers
    ("Officials said security cooperation will grow among nations including Chile, Peru and Bolivia.",
     {"nations": "---GOV", "Chile": "CHLGOV", "Peru": "PERGOV", "Bolivia": "BOLGOV"}, set()),
    # a truce declared in three countries is aimed at none of them
    ("Chile declared a ceasefire in Peru, Bolivia and Ecuador.",
     {"Chile": "CHL", "Peru": "PER", "Bolivia": "BOL", "Ecuador": "ECU"}, {("CHL", None, "RETREAT")}),
]


def _dyads(nlp: Language, text: str, actors: dict[str, str]) -> Dyads:
    return {(e.source.code, e.target.code if e.target else None, e.event_type or "")
            for e in coded_events(nlp, text, actors)}


@pytest.mark.parametrize("text,actors,want", CASES, ids=[c[0][:40] for c in CASES])
def test_events_member_list_expands_to_each_member(text: str, actors: dict[str, str], want: Dyads,
                                                    nlp: Language) -> None:
    assert _dyads(nlp, text, actors) == want


@pytest.mark.parametrize("text,actors,want", MUST_NOT, ids=[c[0][:40] for c in MUST_NOT])
def test_events_member_list_never_joins_places_or_helpers(text: str, actors: dict[str, str], want: Dyads,
                                                             nlp: Language) -> None:
    assert _dyads(nlp, text, actors) == want
