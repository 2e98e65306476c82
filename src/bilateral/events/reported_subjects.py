"""The subject of a reported clause that the parser took for the object of the reporting verb: "A source said
Ankara in recent years imposed controls on X" parsed with "Ankara" the direct object of "said" and "imposed" a
clausal complement with no subject of its own. An adverbial phrase between the reported subject and its verb
("in recent years", "last week", "at first") leads the parser to end the subject at the reporting verb.

Kept apart from ``roles`` (whose ``subject_of`` calls it) so that module stays one job and short. Only a verb of
saying or believing that takes no object of its own in this sense ("say", "claim", "believe"): "told Reuters"
names the one told, so "tell" is left out. The reported verb must be active, with no subject, "that" or
auxiliary of the passive, and its own words must begin right after the object, with an adverbial first ("said
Moscow, in recent weeks, expelled"); "said it on Monday" with no verb after the adverbial names nothing.
"""

from __future__ import annotations

from spacy.tokens import Token

_REPORTING = frozenset({"say", "claim", "believe", "add", "insist", "note", "argue", "allege", "state", "think"})
"""Verbs whose direct object, in this misreading, is the reported clause's subject."""
_ADVERBIAL = frozenset({"prep", "advmod", "npadvmod"})
"""Left children that open the reported clause between its subject and verb ("in recent years", "last week")."""
_BEFORE_VERB = _ADVERBIAL | {"aux", "neg", "punct"}
_OWN_SUBJECT = frozenset({"nsubj", "nsubjpass", "csubj", "expl", "mark", "auxpass", "agent"})


def reported_subject(verb: Token) -> Token | None:
    """The reported clause's subject the parser hung on the reporting verb as its object (see the module
    docstring); None when ``verb`` is no such clause."""
    head = verb.head
    if verb.dep_ != "ccomp" or head.i > verb.i or head.lemma_.lower() not in _REPORTING \
            or verb.tag_ not in ("VBD", "VBZ", "VBP", "VBN"):
        return None
    left = [c for c in verb.children if c.i < verb.i]
    if not any(c.dep_ in _ADVERBIAL for c in left) or any(c.dep_ not in _BEFORE_VERB for c in left) \
            or any(c.dep_ in _OWN_SUBJECT for c in verb.children):
        return None
    obj = next((c for c in head.children if c.dep_ == "dobj" and c.i < verb.i), None)
    if obj is None or obj.pos_ not in ("PROPN", "NOUN") or obj.right_edge.i + 1 != verb.left_edge.i:
        return None
    return obj
