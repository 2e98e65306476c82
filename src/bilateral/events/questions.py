"""Clause shapes that change what the clause inside them commits to, read by ``modality.event_modality``.

A cleft ("it was the rebels who attacked the convoy") tells its act in a relative clause hung on the copula's
predicate noun: the act is said by the copula's clause, so its modality is found by climbing from the copula, as
for any complement ("officials said it was the rebels who ..." is their claim). An indirect question of degree
("asked how sure he was that the rebels attacked the convoy", "how certain it is that ...") asks about the
clause it governs rather than telling it: what it holds is questioned, as a "whether" clause is (the gold codes
questions hypothetical, docs/gold-guidelines.md, Modality). Not a "how" that asks the manner of a told act ("said
how the troops attacked the town": "how" on the act's own verb, no adjective between).
"""

from __future__ import annotations

from spacy.tokens import Token

_EXPLETIVE = frozenset({"it"})
_QUESTION_ADVERBS = frozenset({"how"})


def cleft_copula(predicate: Token) -> Token | None:
    """The copula of a cleft whose predicate noun is ``predicate`` ("it was the rebels who ..."), else None."""
    copula = predicate.head
    if predicate.dep_ != "attr" or copula.lemma_ != "be":
        return None
    return copula if any(c.dep_ in ("nsubj", "expl") and c.lower_ in _EXPLETIVE for c in copula.children) else None


def degree_question(clause: Token) -> bool:
    """Whether ``clause`` is an indirect question of degree ("how sure he was"): its adjective asked with "how"."""
    return any(c.dep_ == "acomp" and any(g.dep_ == "advmod" and g.lower_ in _QUESTION_ADVERBS for g in c.children)
               for c in clause.children)
