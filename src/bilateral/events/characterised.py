"""What a characterising verb ("called", "described", "considers") says its object is: the thing spoken of and
the words said of it ("called X's plan unacceptable", "described X as baseless"), with the parser's misreadings
of such predicates mended, and an object's predicate hung on it as an apposition ("called X a stupid man").

Token lookups only, read by the speech rules (``speech.characterisation``) and the frame builder; kept apart
from ``roles``, which reads a predicate's grammatical roles, because a characterisation is a construction of
its own with its own misreadings.
"""

from __future__ import annotations

from spacy.tokens import Token

from bilateral.events.quoted_predicates import quoted_predicate
from bilateral.events.roles import direct_object_of, prep_objects

_POSTPOSED = frozenset({"concerned", "responsible", "involved", "present", "available", "alike"})
"""Adjectives that follow the noun they modify ("the parties concerned"): no predicate of it."""


def predicate_apposition(noun: Token) -> Token | None:
    """"called X a stupid man", "called X's comments 'insulting'": an object's predicate that the parser hangs on
    the object as its apposition, told from a true apposition ("X, a career diplomat,") by the comma that sets the
    latter off, or as an adjective after it (English adjectives go before their noun, but for ``_POSTPOSED``)."""
    for child in noun.children:
        first = child.left_edge
        if child.dep_ == "appos" and child.i > noun.i and first.i > 0 and not noun.doc[first.i - 1].is_punct:
            return child
        if child.dep_ == "amod" and child.pos_ == "ADJ" and child.i > noun.i and child.lower_ not in _POSTPOSED:
            return child
    return None


_AS = frozenset({"as"})


def characterised(verb: Token) -> tuple[Token | None, list[Token]]:
    """What a characterising verb speaks of and what it calls it: its object and its predicates ("called X's plan
    unacceptable", "described X's plan as a disaster"), with the parser's misreadings mended: a bare adjective hung
    on "as" as its modifier ("described X as baseless"); "as" read as the adverb of an adjective clause on the verb
    ("described X's closure as deeply unjust"); the "as" phrase hung on the object when the verb has none
    ("described the plan as a disaster" read as a plan "as a disaster"); the object read as a predicate when
    another follows ("called the X move to tax imports 'disappointing'": two ``oprd``, or the quoted one hung on
    the infinitive, ``quoted_predicate``); the predicate noun read as the object or a clause, with the thing as
    its subject ("consider X a good step")."""
    thing = direct_object_of(verb)
    said = [c for c in verb.children if c.dep_ == "oprd"]
    if thing is None and said and said[0].pos_ in ("NOUN", "PROPN") and (
            len(said) > 1 or quoted_predicate(verb, said[0]) is not None):
        thing = said.pop(0)
    said += prep_objects(verb, _AS) or (prep_objects(thing, _AS) if thing is not None else [])
    for child in verb.children:
        if child.dep_ == "prep" and child.lower_ == "as":
            said += [a for a in child.children if a.dep_ in ("amod", "acomp")]
        elif child.dep_ == "advcl" and child.pos_ == "ADJ" and any(
                a.dep_ == "advmod" and a.lower_ == "as" and a.i < child.i for a in child.children):
            said.append(child)
    if thing is not None and not said and (quoted := quoted_predicate(verb, thing)) is not None:
        said.append(quoted)
    predicate = thing if thing is not None else next((c for c in verb.children if c.dep_ == "ccomp"), None)
    if predicate is not None and not said and predicate.pos_ == "NOUN" \
            and (small := next((c for c in predicate.children if c.dep_ == "nsubj"), None)) is not None:
        thing, said = small, [predicate]  # "consider X a good step" read as "step" with "X" as its subject
    return thing, said
