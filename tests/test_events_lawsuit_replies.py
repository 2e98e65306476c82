"""A lawsuit is a claim its defendant answers (frames.json ``claim_nouns``, events/replies.py): "X filed a lawsuit
against Y ... Y called the lawsuit unjustified" is Y's rejection (120) aimed at X, as "called the accusations
baseless" is; a court that throws the suit out rules on it and answers no one. Sentences written for these
tests."""

from __future__ import annotations

import datetime as dt

import pytest

from bilateral.models import Document

pytestmark = pytest.mark.model


def _coded(text: str) -> set[tuple[int, str | None, str | None, str]]:
    from bilateral.pipeline import code_documents, load_resources
    from bilateral.settings import Settings

    [done] = code_documents([Document("d", text, published=dt.date(2024, 5, 8))], load_resources(Settings()))
    return {(e.sentence_index, e.source.code, e.target.code if e.target else None, e.cameo) for e in done.events}


_SUED = "Peruvian farmers' unions filed a lawsuit against the Peruvian government over the new dam. "


@pytest.mark.parametrize("reply", [
    "The Peruvian energy ministry described the lawsuit as groundless.",
    "Peruvian officials called the lawsuit absurd and politically driven.",
])
def test_events_lawsuit_replies_a_suit_called_baseless_is_rejected(reply: str) -> None:
    got = _coded(_SUED + reply)
    assert (1, "PERGOV", "PERLAB", "120") in got
    assert not any(e[0] == 1 and e[3] == "111" for e in got)  # a rejection of the claim, not a criticism


def test_events_lawsuit_replies_a_court_throwing_out_the_suit_answers_no_one() -> None:
    got = _coded(_SUED + "A Peruvian judge dismissed the lawsuit on Monday.")
    assert not any(e[0] == 1 and e[3] == "120" for e in got)


def test_events_lawsuit_replies_no_earlier_suit_no_reply() -> None:
    got = _coded("Peruvian officials called the lawsuit absurd.")
    assert not any(e[3] == "120" for e in got)


@pytest.mark.parametrize("text", [
    "A Peruvian judge dismissed the lawsuit against Bolivia.",  # the court answers no one, least of all Bolivia
    "Peru rejected the accusations against Bolivia.",  # Peru defends Bolivia: it answers the accuser
])
def test_events_lawsuit_replies_whom_a_rejected_claim_was_against_is_no_target(text: str) -> None:
    assert not any(e[2] == "BOL" and e[3] == "120" for e in _coded(text))


@pytest.mark.parametrize(("text", "event"), [
    ("Peru rejected Bolivian accusations against Chile.", (0, "PER", "BOL", "120")),  # the claim's maker named
    ("Peru made accusations against Bolivia.", (0, "PER", "BOL", "112")),  # no rejection: the accused is the target
])
def test_events_lawsuit_replies_claims_keep_their_makers_and_accused(text: str, event: tuple[int, str, str, str]
                                                                     ) -> None:
    assert event in _coded(text)
