"""The actor sieve (actors/resolve.py): its declared order, and the passes added to it for titles of a posting
("ambassador to X"), names written as places, and generic agents that take a document's main country."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from bilateral.actors import KnowledgeBase, resolve_actors
from bilateral.actors.context import dominant_country
from bilateral.actors.resolve import PASSES
from bilateral.nlp import split_sentences

ON = dt.date(2024, 5, 1)


def _codes(nlp: Any, kb: KnowledgeBase, text: str, on: dt.date = ON) -> dict[str, str]:
    """Mention text -> code for the last sentence of ``text``, with the whole text as its document."""
    context = kb.document_context(text, on)
    sent = nlp(split_sentences(text)[-1].text)
    return {sent[m.start:m.end].text: m.actor.code for m in resolve_actors(sent, kb, on, context)}


def test_actors_sieve_passes_declared_once_with_a_reason() -> None:
    names = [p.name for p in PASSES]
    assert len(names) == len(set(names))
    assert all(p.why and callable(p.run) for p in PASSES)
    # a name written as a place is claimed before the people pass; coreference after every name pass
    assert names.index("place_names") < names.index("known_people") < names.index("countries")
    assert names.index("countries") < names.index("coreference") < names.index("document_agents")


@pytest.mark.model
def test_actors_sieve_posted_title_belongs_to_the_sender(nlp, kb) -> None:  # type: ignore[no-untyped-def]
    found = _codes(nlp, kb, "Ghana's ambassador to Japan praised the new trade agreement.")
    assert "GHAGOV" in found.values() and "JPN" not in found.values()
    found = _codes(nlp, kb, "The German envoy to Mali met local leaders on Friday.")
    assert "DEUGOV" in found.values() and "MLI" not in found.values()


@pytest.mark.model
def test_actors_sieve_posted_title_without_sender_is_not_the_host(nlp, kb) -> None:  # type: ignore[no-untyped-def]
    found = _codes(nlp, kb, "The ambassador to Brazil resigned after the scandal.")
    assert "BRA" not in found.values()


@pytest.mark.model
def test_actors_sieve_to_complement_kept_elsewhere(nlp, kb) -> None:  # type: ignore[no-untyped-def]
    # a possessive pronoun's ambassador may be what a recall aims at; "to" after a verb is a destination
    assert "GBR" in _codes(nlp, kb, "Russia recalled its ambassador to Britain.").values()
    assert "SOM" in _codes(nlp, kb, "Kenya sent more troops to Somalia last year.").values()


@pytest.mark.model
def test_actors_sieve_named_places_are_not_people(nlp, kb) -> None:  # type: ignore[no-untyped-def]
    found = _codes(nlp, kb, "Raids hit the villages of Bossangoa and Bazoum overnight.")
    assert "NER" not in found.values() and "NERGOV" not in found.values()


@pytest.mark.model
def test_actors_sieve_person_names_stay_people(nlp, kb) -> None:  # type: ignore[no-untyped-def]
    found = _codes(nlp, kb, "Bazoum met Emmanuel Macron in Paris.", dt.date(2022, 5, 1))
    assert found.get("Bazoum") == "NERGOV"
    found = _codes(nlp, kb, "The government of Bazoum was overthrown.", dt.date(2023, 8, 1))
    assert "Bazoum" in found  # "of" after a noun that is no place keeps the person


def test_actors_sieve_dominant_country_of_a_document(kb) -> None:  # type: ignore[no-untyped-def]
    def main(text: str) -> str | None:
        return kb.document_context(text, ON).main_country

    assert main("NIAMEY — The talks ended. Nothing was agreed.") == "NER"
    assert main("Kenya voted. Kenya's courts ruled. In Kenya, calm returned. Uganda watched.") == "KEN"
    assert main("Kenya and Uganda met. Kenya and Uganda agreed. Kenya and Uganda signed.") is None
    assert main("Kenya voted. Kenya ruled.") is None  # named too few times
    assert dominant_country(kb, "", []) is None


@pytest.mark.model
def test_actors_sieve_generic_agents_take_the_documents_country(nlp, kb) -> None:  # type: ignore[no-untyped-def]
    story = ("NIAMEY — Niger's military rulers met on Monday. Niger has closed its borders. "
             "Officials said soldiers had been deployed along the frontier.")
    found = _codes(nlp, kb, story)
    assert found.get("Officials") == "NERGOV" and found.get("soldiers") == "NERMIL"
    story = "NIAMEY — Niger's military rulers met. Niger has closed its borders. The junta expelled French troops."
    found = _codes(nlp, kb, story)
    assert found.get("junta") == "NERGOV" and "FRAMIL" in found.values()


@pytest.mark.model
def test_actors_sieve_generic_agents_stay_unresolved(nlp, kb) -> None:  # type: ignore[no-untyped-def]
    # one sentence is no document; "foreign", a possessive or a complement may place it elsewhere
    assert _codes(nlp, kb, "Officials said soldiers had been deployed along the frontier.") == {}
    story = "NIAMEY — Niger's rulers met. Niger closed its borders. Foreign diplomats said talks had stalled."
    assert "NERGOV" not in _codes(nlp, kb, story).values()
    story = "NIAMEY — Niger's rulers met. Niger closed its borders. Protesters marched to the embassy."
    assert _codes(nlp, kb, story) == {"Protesters": "NERCVL"}  # the embassy is usually another country's
    story = "NIAMEY — Niger's rulers met. Niger closed its borders. Officials from Mali said talks had stalled."
    assert "NERGOV" not in _codes(nlp, kb, story).values()  # a complement naming another country
    story = "NIAMEY — Niger's rulers met. Niger closed its borders. Their officials said talks had stalled."
    assert "NERGOV" not in _codes(nlp, kb, story).values()  # a possessive points at someone named before


@pytest.mark.model
def test_actors_sieve_unplaced_agents_keep_their_sector(nlp, kb) -> None:  # type: ignore[no-untyped-def]
    # a document with no main country: the agent is kept with its sector and no country (PETRARCH's ---REF)
    two = "Kenya and Uganda met. Kenya and Uganda agreed. Officials said the talks went well."
    assert _codes(nlp, kb, two) == {"Officials": "---GOV"}
    story = "The talks ended on Monday without a deal. Migrants were flown to a base in the desert."
    assert _codes(nlp, kb, story).get("Migrants") == "---REF"
    story = "The talks ended on Monday without a deal. Western politicians condemned the decision."
    assert "---" in _codes(nlp, kb, story).get("politicians", "")


@pytest.mark.model
def test_actors_sieve_unplaced_agents_not_things_or_bystanders(nlp, kb) -> None:  # type: ignore[no-untyped-def]
    for act in ("They withdrew troops from the border.", "They shared intelligence with their allies."):
        story = "The talks ended on Monday without a deal. " + act
        assert not any(code.startswith("---") for code in _codes(nlp, kb, story).values()), act
    story = "The talks ended on Monday without a deal. Reporters and civilians gathered outside."
    assert _codes(nlp, kb, story) == {}


@pytest.mark.model
def test_actors_sieve_plural_governments_are_no_documents_country(nlp, kb) -> None:  # type: ignore[no-untyped-def]
    story = "NIAMEY — Niger's rulers met. Niger closed its borders. The bloc told national governments to wait."
    assert _codes(nlp, kb, story).get("governments") == "---GOV"  # several states, not Niger's
    story = "NIAMEY — Niger's rulers met. Niger closed its borders. The government said the talks had stalled."
    assert _codes(nlp, kb, story).get("government") == "NERGOV"


@pytest.mark.model
def test_actors_sieve_a_modifier_naming_the_sector_keeps_the_documents_country(nlp, kb) -> None:  # type: ignore[no-untyped-def]
    # "rebel" names the sector of "a rebel group": they are the document's rebels, not outsiders
    story = "NIAMEY — Niger's rulers met. Niger closed its borders. A rebel group said it had seized two towns."
    assert _codes(nlp, kb, story).get("rebel group") == "NERREB"
    # but it still puts a state noun outside its state, and "foreign" any group
    story = "NIAMEY — Niger's rulers met. Niger closed its borders. Rebel officials said talks had stalled."
    assert "NERGOV" not in _codes(nlp, kb, story).values()
    story = "NIAMEY — Niger's rulers met. Niger closed its borders. Foreign fighters said talks had stalled."
    assert "NERREB" not in _codes(nlp, kb, story).values()
