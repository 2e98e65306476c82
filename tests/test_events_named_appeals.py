"""An appeal verb that names the one asked and the act asked for is sure of its political sense
(events/named_appeals.py): the weak factor of "lobby" is not applied to "lobbied X to do Y", so the appeal survives
in a purpose clause ("met officials to lobby X to ..."). Must-not cases: no actor as direct object ("lobbied for
the bill"), no asked act ("lobbied X on the duties") keep the weak factor. Sentences written for these tests;
actors marked by exact string."""

from __future__ import annotations

import pytest
from spacy.language import Language

from bilateral.events.frames import DIRECT
from bilateral.events.lexicon import Lexicon
from bilateral.events.named_appeals import asks_named_actor
from bilateral.events.arguments import MentionIndex
from tests.marking import coded_events, marked_mentions

ACTORS = {"Trade Minister Ana Flores": "PERGOV", "Ecuadorean officials": "ECUGOV", "Quito": "ECUGOV",
          "Peruvian growers": "PERBUS", "the Andean Community": "IGOCAN"}


def test_an_appeal_in_a_purpose_clause_is_coded(nlp: Language) -> None:
    text = ("Trade Minister Ana Flores flew to the coast in June and met with Ecuadorean officials to lobby "
            "Quito to scrap its banana quota.")
    got = {(e.source.code, e.target.code if e.target else None, e.event_type)
           for e in coded_events(nlp, text, ACTORS)}
    assert ("PERGOV", "ECUGOV", "REQUEST") in got


def test_an_appeal_naming_whom_and_what_is_no_weak_lobby(nlp: Language) -> None:
    got = [e for e in coded_events(nlp, "Peruvian growers lobbied Quito to scrap its banana quota.", ACTORS)
           if e.event_type == "REQUEST"]
    assert got and all(e.target is not None and e.target.code == "ECUGOV" for e in got)
    assert all(e.confidence >= DIRECT - 0.01 for e in got)


@pytest.mark.parametrize("text", [
    "Peruvian growers lobbied for the new banana law in Quito.",  # no one asked as the object
    "Peruvian growers lobbied Quito on the banana quota.",  # no asked act
    "Peruvian growers lobbied hard to keep the quota, the Andean Community said.",  # the object is no actor
])
def test_a_lobby_without_whom_or_what_stays_weak(text: str, nlp: Language) -> None:
    lexicon = Lexicon.load()
    sent = nlp(text)
    index = MentionIndex(sent, marked_mentions(sent, ACTORS), lexicon.rules.member_nouns, None)
    entries = [e for e in lexicon.lookup("verb", "lobby")]
    assert entries
    assert not any(asks_named_actor(t, entries[0], index) for t in sent if t.lemma_ == "lobby")
    assert all(e.confidence < DIRECT - 0.1 for e in coded_events(nlp, text, ACTORS) if e.event_type == "REQUEST")
