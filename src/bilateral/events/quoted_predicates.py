"""A quoted adjective that names what a naming verb's object is called, wherever the parser hangs it: "called the
decision to tax imports 'unfair'" says the decision is unfair, though the parser may hang the word on "imports".

Read by ``characterised.characterised`` and ``frames`` when a naming verb ("called", "described")
characterises its object; kept apart from ``roles`` (grammatical roles) because it reads quotation marks, not a
dependency.
"""

from __future__ import annotations

from spacy.tokens import Token

_QUOTED_DEPS = frozenset({"amod", "oprd", "acomp"})


def quoted_predicate(verb: Token, thing: Token) -> Token | None:
    """A quoted adjective after the object of a naming verb that the parser hangs on a word of the object's phrase
    or of an infinitive clause of the verb, though it is what the object is called ("called the X decision to tax
    imports 'unfair'"): English adjectives go before their noun, and the opening quote marks the word as the
    speaker's."""
    clauses = [c for c in verb.children if c.dep_ in ("advcl", "xcomp") and c.i > thing.i]
    return next((t for node in (thing, *clauses) for t in node.subtree if t.dep_ in _QUOTED_DEPS
                 and t.pos_ == "ADJ" and t.i > t.head.i and _opens_quote(t)), None)


def _opens_quote(word: Token) -> bool:
    """Whether an opening quote comes just before a word's phrase ("'deeply unfair'"), inside it or not."""
    first = word.left_edge
    return first.tag_ == "``" or (first.i > 0 and word.doc[first.i - 1].tag_ == "``")
