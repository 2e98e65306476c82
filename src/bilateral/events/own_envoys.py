"""Two states that call back their own envoys cut ties with each other.

"Kenya and Uganda recalled their ambassadors", "both countries withdrew their envoys": a subject of two or more
parties (conjuncts, or a set description such as "both countries") calling back envoys owned by "their", with no
one else named, tells each party's envoy leaving the other: a reciprocal act (CAMEO 161 each to the other), as
``roles.each_other`` reads "expelled each other's diplomats". Used by ``frames`` beside ``each_other``.

Must-not: a single subject ("Kenya recalled its ambassador": whom from is named or left open), envoys not owned by
"their" ("recalled the ambassadors of Chad"), a third party named ("withdrew their envoys from Chad": Chad is the
target the frame's preposition finds, and a frame with targets pairs its sources with them only), other verbs or
objects ("deployed their troops").
"""

from __future__ import annotations

from spacy.tokens import Token

_CALL_BACK = frozenset({"recall", "withdraw"})
"""Verbs of calling one's own envoy home."""
_ENVOYS = frozenset({"ambassador", "ambassadors", "envoy", "envoys", "diplomat", "diplomats", "emissary",
                     "emissaries"})
"""Nouns of those who represent a state abroad."""
_SETS = frozenset({"both", "two"})
"""Words by which a subject names two parties at once ("both countries", "the two nations")."""


def called_back_own_envoys(verb: Token) -> bool:
    """Whether ``verb`` tells two or more parties calling back their own envoys with no one else named (see the
    module)."""
    if verb.lemma_.lower() not in _CALL_BACK:
        return False
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if obj is None or obj.lower_ not in _ENVOYS or not any(
            c.dep_ == "poss" and c.lower_ == "their" for c in obj.children):
        return False
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return subj is not None and any(c.dep_ == "conj" or c.lower_ in _SETS for c in subj.children)
