"""A possessed act that a purpose clause discusses (events/embedding.py ``discussed_fact``).

What a request, offer or refusal describes has not happened ("demanded a session to debate sanctions on Y"), but
an act named with its own possessor as the object of a verb of discussion is talked over as done: "a meeting to
discuss X's transfer of arms to Y" tells that X transferred arms to Y. Must-not cases: a bare act discussed (a
topic), a possessed act that the purpose clause would bring about, and an act the request itself asks for.
Sentences written for these tests; actors marked by exact string."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.marking import coded_events

ACTORS = {"Kenya": "KENGOV", "Bolivia": "BOLGOV", "Peru": "PERGOV", "Chile": "CHLGOV", "Ghana": "GHAGOV",
          "the rebels": "PERREB"}

Triple = tuple[str, str | None, str, str]


def _coded(nlp: Language, text: str) -> set[Triple]:
    return {(e.source.code, e.target.code if e.target else None, e.cameo, e.modality)
            for e in coded_events(nlp, text, ACTORS)}


DONE: list[tuple[str, Triple]] = [
    ("Kenya requested a meeting to discuss Chile's transfer of arms to Peru.",
     ("CHLGOV", "PERGOV", "072", "asserted")),
    ("Ghana spoke before a session of the council requested by Bolivia to debate Chile's transfer of weapons to "
     "Peru.", ("CHLGOV", "PERGOV", "072", "asserted")),
]


@pytest.mark.parametrize("text,want", DONE, ids=[c[0][:40] for c in DONE])
def test_discussed_acts_possessed_act_is_coded(text: str, want: Triple, nlp: Language) -> None:
    assert want in _coded(nlp, text)


NOT_DONE = [
    "Kenya demanded a session to discuss sanctions on Peru.",  # a bare topic
    "Kenya requested a meeting to approve Chile's sanctions on Peru.",  # what the meeting would bring about
    "Kenya proposed talks to end Chile's embargo on Peru next year.",  # not a verb of discussion
]


@pytest.mark.parametrize("text", NOT_DONE, ids=[c[:40] for c in NOT_DONE])
def test_discussed_acts_topic_or_aim_is_not_coded(text: str, nlp: Language) -> None:
    assert not any(c in ("163", "1631", "072") for _, _, c, _ in _coded(nlp, text))
