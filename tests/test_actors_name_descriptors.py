"""A describing noun written right before an organisation's name ("media watchdog X", "the rights group X") is part
of the name's mention (actors/names.py ``_described_start``, sectors.json ``name_descriptors``), so an act whose
subject the parser hangs on that noun is the organisation's. Invented sentences, with cases where it must not fire."""

from __future__ import annotations

import pytest

from bilateral.actors import resolve_actors
from tests.resolving import ON, codes_by_text, resolved_dyads


@pytest.mark.model
def test_actors_name_descriptors_join_the_name(nlp, kb) -> None:  # type: ignore[no-untyped-def]
    found = codes_by_text(nlp, kb, "Media watchdog Reporters Without Borders urged Laotian officials to free him.")
    assert found.get("Media watchdog Reporters Without Borders") == "NGORSF"
    found = codes_by_text(nlp, kb, "The rights group Amnesty International faulted the Chadian army over the raids.")
    assert found.get("rights group Amnesty International") == "NGOAMN"


@pytest.mark.model
def test_actors_name_descriptors_make_the_act_the_bodys(nlp, kb) -> None:  # type: ignore[no-untyped-def]
    dyads = resolved_dyads(nlp, kb, "Media watchdog Reporters Without Borders urged the Laotian authorities to free "
                                    "the editor.")
    assert ("NGORSF", "LAOGOV", "REQUEST") in dyads


@pytest.mark.model
def test_actors_name_descriptors_must_not_take_unlinked_or_listed_words(nlp, kb) -> None:  # type: ignore[no-untyped-def]
    # must not: a noun tied to the name by no dependency ("the group said Amnesty ...") stays out of the mention
    sent = nlp("The group said Amnesty International had faulted the Chadian army.")
    mentions = {m.actor.text: m.actor.code for m in resolve_actors(sent, kb, ON)}
    assert mentions.get("Amnesty International") == "NGOAMN"
    assert not any(text.startswith("group") for text in mentions)
    # must not: a word that is no describing noun before a name ("officials") is not joined to it
    found = codes_by_text(nlp, kb, "Chadian officials Amnesty International met on Monday disputed the figures.")
    assert "officials Amnesty International" not in found
