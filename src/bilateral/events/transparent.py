"""A word of knowing whose modal does not reach the that-clause it governs: "all should be aware that X attacked Y",
"Y must know that X will retaliate".

The modality climb (``modality.event_modality``) passes the markers of a governing clause down to the act it
governs, which is right for a plan or a forecast ("could attack", "plans to attack") but not for knowing: a word of
knowing takes its that-clause as fact, so "should", "must" or "not" on the knower say what the knower ought to know
or does not, not whether the clause holds. The clause keeps its own tense and mood ("should be aware that X will
strike Y" is X's announced strike, "should know that X attacked Y" the attack told). Not a clause of knowing that
says itself it is open ("nobody knows whether X attacked": its own "whether" is read on the clause), nor a speech or
belief verb ("could claim that X attacked" stays hypothetical). Words in ``data/lexicon/transparent_governors.json``.

Tried and left out: a continuation with a plain future ("will continue to stand with X") told as an act under way;
the gold codes such a cooperative continuation as an announced intent (03x).
"""

from __future__ import annotations

import functools
from typing import Any

from spacy.tokens import Token

from bilateral.events.word_files import read_word_file


@functools.cache
def load_knowing_words() -> frozenset[str]:
    """The packaged words of knowing, read and checked once per process."""
    return read_word_file("transparent_governors.json", "words of knowing", _build)


def _build(data: Any) -> frozenset[str]:
    return frozenset(str(w) for w in data["knowing"])


def transparent(clause: Token) -> Token | None:
    """The governor the modality climb moves on to without taking its markers, when ``clause`` is the that-clause
    of a word of knowing (the copula, for an adjective: "should be aware that"); None otherwise."""
    head = clause.head
    if clause.dep_ != "ccomp" or head.lemma_.lower() not in load_knowing_words():
        return None
    if head.dep_ == "acomp" and head.head.lemma_ == "be":
        return head.head  # the copula holds the knower's modal: "all should be aware that ..."
    return head
