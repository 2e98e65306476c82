"""Find and code the actors of one parsed sentence: ``resolve_actors(sent, kb, on, context)``.

The actors are found by a sieve: ordered passes over one sentence's ``Resolution`` (state.py), each
claiming the tokens of the mentions it adds, so a later pass never overrides an earlier one and mentions
never overlap. The passes live with their family, one module each: names and dictionaries (names.py),
titles and offices (titles.py), acronyms a document defines (acronyms.py), places (places.py), coreference
(coreference.py), generic agents (agents.py), the world at large reacting (reactions.py). Their order is declared
once, in ``PASSES`` below, with why each stands where it does; the surest evidence comes first. Pronouns are left
to the event coder (anaphora.py).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import NamedTuple

from spacy.tokens import Doc

from bilateral.actors import acronyms, agents, coreference, names, places, reactions, titles
from bilateral.actors.listed_civilians import listed_civilians
from bilateral.actors.listed_regions import listed_regions
from bilateral.actors.context import ActorContext
from bilateral.actors.knowledge import KnowledgeBase
from bilateral.actors.state import Resolution
from bilateral.actors.document_titles import titled_in_document
from bilateral.actors.held_places import held_places
from bilateral.actors.periods import distinct_periods
from bilateral.actors.place_named_bodies import place_named_bodies
from bilateral.actors.region_names import region_names
from bilateral.actors.personal_opponents import personal_opponents
from bilateral.actors.shared_modifiers import shared_modifiers
from bilateral.models import Mention


class Pass(NamedTuple):
    """One step of the sieve: its name, the function that runs it, and why it stands where it does."""

    name: str
    run: Callable[[Resolution], None]
    why: str


PASSES: tuple[Pass, ...] = (
    Pass("place_names", places.place_names,
         "a name the text writes as a place ('the towns of A and B') must be claimed before the dictionary "
         "people pass reads it as a surname"),
    Pass("known_people", names.known_people,
         "a name the dictionaries know is the surest evidence; it takes its title with it, so no title pass "
         "can code that title as a second person"),
    Pass("region_names", region_names,
         "'New Mexico', 'British Columbia' are regions of other states: claimed whole before the title and country "
         "passes read the country word inside them"),
    Pass("unknown_people", titles.unknown_people,
         "titled people no dictionary knows, before the country pass would read their title's demonym "
         "('British Prime Minister Keir Starmer') as a country with a sector"),
    Pass("leader_governments", titles.leader_governments,
         "'the Kagame government' before the country and coreference passes could take the surname alone"),
    Pass("posted_titles", titles.posted_titles,
         "'Sierra Leone's ambassador to the United States' before the organisation and country passes would "
         "take the complement ('the United States', 'the UN') as an actor of its own"),
    Pass("organizations", names.organizations,
         "organisations before countries: 'the Kenya Defence Forces' is the body, not Kenya"),
    Pass("defined_acronyms", acronyms.defined_acronyms,
         "an acronym the document defined for a dictionary name is that name: before the country pass, whose "
         "demonyms and capitals it never contains, and before coreference could read it as something else"),
    Pass("relational_groups", agents.relational_groups,
         "'Chinese rivals' are China's opponents: claimed before the country pass reads the demonym as the "
         "group's country"),
    Pass("countries", names.countries,
         "countries, capitals and demonyms with their sector nouns, once the people and bodies whose names "
         "contain them have claimed their tokens"),
    Pass("towns", places.towns,
         "gazetteer towns only where no dictionary name or titled person claimed the tokens"),
    Pass("place_named_bodies", place_named_bodies,
         "'Columbia University' is a US body: its town read with its sector noun before the misspelling pass "
         "could take the town's name for a country"),
    Pass("misspelled_places", places.misspelled_places,
         "one-letter misspellings last among names: weaker than any name spelled right"),
    Pass("listed_regions", listed_regions,
         "a country's name listed with another country's regions is that country's region: once the gazetteer "
         "passes have placed the regions"),
    Pass("region_bodies", places.region_bodies,
         "a region's name acts for its body ('Europe retaliated') only where no name of a country, body or "
         "person has claimed it"),
    Pass("titled_in_country", titles.titled_in_country,
         "needs the countries of every other name of the sentence to know the one country it is about"),
    Pass("named_bodies", agents.named_bodies,
         "a bare 'Congress' or 'Senate' once the country pass has claimed 'Peru's Congress', and before "
         "coreference or the document pass could give it the document's country when that country has no such "
         "body"),
    Pass("coreference", coreference.coreference,
         "pronouns, descriptions and surnames through the document only where the sentence's own names "
         "said nothing"),
    Pass("held_places", held_places,
         "'the rebel-held enclave' stands for its holders once every name of the sentence has given its country"),
    Pass("shared_modifiers", shared_modifiers,
         "'Kenyan officials and lawmakers': a conjoined bare group noun takes the country its partner's modifiers "
         "name, once every name has given its country and before the weaker sentence and document guesses"),
    Pass("personal_opponents", personal_opponents,
         "'the president's critics' take the country of a person, whom the name and coreference passes have "
         "found by now, before the document pass could guess another"),
    Pass("domestic_groups", agents.domestic_groups,
         "bare group nouns take the country of a sentence whose every other actor is known"),
    Pass("titled_in_document", titled_in_document,
         "'Attorney General Jane Doe' takes the document's country only where no name, title or coreference of "
         "the sentence said whose she is: weak evidence, just before the weakest"),
    Pass("document_agents", agents.document_agents,
         "the weakest evidence, the document's main country, only for agent nouns nothing else has claimed"),
    Pass("listed_civilians", listed_civilians,
         "a trade noun listed among victims takes its list's country, so it needs every group placed before it"),
    Pass("world_reactions", reactions.world_reactions,
         "'international condemnation' as states no one names only where no name claimed the reaction noun's "
         "own words, so it runs after every name and agent pass"),
    Pass("residents", places.residents,
         "rewrites demonym mentions already found ('ethnic Hungarians in Serbia'), so it runs after all of them"),
    Pass("distinct_periods", distinct_periods,
         "an undated group's period is told by the other actors beside it ('the Taliban' and 'the Afghan "
         "government' are two parties), so it needs every mention of the sentence"),
)
"""The sieve, in order."""


def resolve_actors(sent: Doc, kb: KnowledgeBase, on: dt.date | None,
                   context: ActorContext | None = None) -> list[Mention]:
    """Every actor mention of the parsed sentence ``sent``, coded for the date ``on``, in text order.

    ``on`` None codes people by their latest office. Token and character offsets are relative to
    ``sent``. Mentions never overlap.
    """
    state = Resolution(sent, kb, on, context)
    for step in PASSES:
        step.run(state)
    return sorted(state.mentions, key=lambda m: m.start)
