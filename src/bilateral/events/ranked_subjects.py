"""The subject of an infinitive that ranks its doer: "Chile was the first to recognise X", "Peru became the latest
country to condemn Y", "Bolivia is the only state to reject Z".

The parser hangs the infinitive as a relative clause on the predicate ("first", "country") of a copula, so the
infinitive has no subject of its own and its act had no source; the rank says the act was done by the copula's
subject. Kept apart from ``roles`` (whose ``subject_of`` calls it) so that module stays one job and short. Only a
ranked predicate counts: an ordinal ("first", "last", "only") or a superlative ("latest"), as the word itself or as
its modifier. The copula's clause says whether and when the act was done ("would be the first to condemn" is
hypothetical; "was not the first to reject" did reject: only its modal and tense count). "Chile was the country
to watch", "Peru is a state to reckon with" rank nothing, and "the plan was to reject X" has no predicate noun:
neither names a doer.
"""

from __future__ import annotations

from spacy.tokens import Token

ORDINALS = frozenset({"first", "second", "third", "last", "only", "next", "sole"})
"""Words that rank a predicate's holder among others; an infinitive on such a noun names an act done."""
_COPULAS = frozenset({"be", "become", "remain"})
"""Verbs whose subject is the holder of their predicate noun."""
_RANK_DEPS = frozenset({"amod", "advmod", "nummod"})


def ranked(noun: Token) -> bool:
    """Whether a predicate ranks its holder: an ordinal or superlative itself or as its modifier."""
    return noun.lower_ in ORDINALS or noun.tag_ == "JJS" or any(
        c.dep_ in _RANK_DEPS and (c.lower_ in ORDINALS or c.tag_ == "JJS") for c in noun.children)


def ranked_copula(verb: Token) -> Token | None:
    """The copula whose ranked predicate the infinitive ``verb`` hangs on (module docstring): its clause says
    whether and when the act was done ("would be the first to ..."); None when ``verb`` is no such infinitive."""
    if verb.dep_ not in ("relcl", "acl") or not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return None
    noun = verb.head
    if noun.dep_ != "attr" or noun.head.lemma_.lower() not in _COPULAS or not ranked(noun):
        return None
    return noun.head


def ranked_subject(verb: Token) -> Token | None:
    """The subject of the ranked infinitive's copula (``ranked_copula``); None when ``verb`` is no such infinitive
    or its copula has no subject."""
    copula = ranked_copula(verb)
    return None if copula is None else next((c for c in copula.children if c.dep_ == "nsubj"), None)
