"""Being held told with a linking verb and a place of custody ("X is in custody", "X has been in pretrial
detention since May", "X remains in jail") is a detention (173) by the holding state: the body the story says
held or charged the person, else the state of a named place, else the story's one country
(events/custody_states.py). Must-not cases: a death in custody, years spent in prison, custody of a named holder,
a foreigner in a story of another country with no custodian, a subject that is no actor, a count of
prisoners. Sentences written for
these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from bilateral.models import Document

pytestmark = pytest.mark.model


def _detentions(text: str) -> set[tuple[int, str, str | None, str]]:
    from bilateral.pipeline import code_documents, load_resources
    from bilateral.settings import Settings

    [done] = code_documents([Document("d", text, published=dt.date(2024, 3, 6))], load_resources(Settings()))
    return {(e.sentence_index, e.source.code, e.target.code if e.target else None, e.modality)
            for e in done.events if e.cameo == "173"}


def test_events_custody_states_the_story_country_holds_its_own_person() -> None:
    got = _detentions("Zambian police freed Zambian journalist Peter Mwale on Monday. "
                      "Mwale had been in pretrial detention since late October, his lawyer said.")
    assert {e[:3] for e in got if e[0] == 1} == {(1, "ZMBJUD", "ZMBMED")}


def test_events_custody_states_the_custodian_the_story_told() -> None:
    got = _detentions("A Kenyan court charged Kenyan opposition leader Amos Otieno with incitement in May. "
                      "Otieno remains in jail, awaiting a hearing.")
    assert {e[:3] for e in got if e[0] == 1} == {(1, "KENJUD", "KENOPP")}


def test_events_custody_states_a_relative_clause_on_the_held() -> None:
    got = _detentions("Peruvian police raided the offices of Peruvian lawmaker Rosa Quispe in Lima. "
                      "Quispe, who is under house arrest, denied wrongdoing.")
    assert {e[:3] for e in got if e[0] == 1} == {(1, "PERCOP", "PERLEG")}


def test_events_custody_states_hedged_is_not_said_to_happen() -> None:
    got = _detentions("Zambian police freed Zambian journalist Peter Mwale on Monday. "
                      "Mwale may be in custody again soon, his lawyer said.")
    assert not any(e[0] == 1 and e[3] in ("asserted", "alleged") for e in got)


@pytest.mark.parametrize("second", [
    "Mwale died in custody last year.",  # no linking verb: a death, not the state's holding
    "Mwale spent four years in prison before the war.",  # no linking verb
    "Mwale is in the custody of the rebels.",  # the holder is named, and no state
    "The weather is in a bad way across the region.",  # no custody noun
    "Some 900 prisoners were in detention before the riot.",  # a count of the held, no one known
])
def test_events_custody_states_must_not(second: str) -> None:
    got = _detentions("Zambian police freed Zambian journalist Peter Mwale on Monday. " + second)
    assert not any(e[0] == 1 for e in got)


def test_events_custody_states_a_foreigner_abroad_is_not_the_story_state_s() -> None:
    got = _detentions("Zambian police raided a market in Lusaka on Monday. "
                      "Kenyan journalist John Kamau is in custody, colleagues said.")
    assert not any(e[0] == 1 for e in got)
