"""The object a verb acts on when a free relative clause that names it stands in its place: "Japan levied what
Tokyo's critics called a harsh tariff on rice", "imposed what officials said was a punishing duty on X",
"signed what both sides described as a historic accord". The parser makes "what ... called" a clausal
complement of the verb and hangs the noun it names on the naming verb (as its object predicate, the "be"
predicate of a reported clause, or the object of "as"), so the verb is left with no direct object.

The object may also stand after the verb's "as" complement, heavy and shifted to the end: "X denounced as a
crime Y's crackdown on Z", "X described as baseless the charges against Y". The parser hangs it on the "as"
object as an apposition; one with no comma before it is no apposition ("served as envoy, the first woman to
...") but the verb's object: ``shifted_object``. Or it may stand after an adjunct set off by commas right after
the verb ("will raise, from next week, the duties on copper"), where the parser hangs it on the closing comma:
``parted_object``.

Kept apart from ``roles`` (whose lookups call it) so that module stays one job and short. Only a clause
opened by "what" and headed by a naming verb counts: "said what it wanted" names nothing, and a plain
reported clause ("imposed, officials said, a tariff") keeps its own object.
"""

from __future__ import annotations

from spacy.tokens import Token

_NAMING = frozenset({"call", "describe", "term", "dub", "label", "say", "characterize", "characterise",
                     "brand", "consider", "see", "view"})
"""Verbs that put a name on the thing a "what" clause stands for ("what X called / described as / said was")."""
_PREDICATE_DEPS = frozenset({"oprd", "attr", "dobj", "xcomp"})


def _named_noun(clause: Token) -> Token | None:
    """The noun a "what" clause names: its object predicate ("called a tariff"), the object of its "as"
    ("described as a tariff"), or the predicate of its reported "be" ("said was a tariff")."""
    for child in clause.children:
        if child.dep_ in _PREDICATE_DEPS and child.pos_ in ("NOUN", "PROPN") and child.lower_ != "what":
            return child
        if child.dep_ == "prep" and child.lower_ == "as":
            pobj = next((c for c in child.children if c.dep_ == "pobj"), None)
            if pobj is not None and pobj.pos_ in ("NOUN", "PROPN"):
                return pobj
        if child.dep_ == "ccomp" and child.lemma_ == "be":
            attr = next((c for c in child.children if c.dep_ == "attr" and c.pos_ in ("NOUN", "PROPN")), None)
            if attr is not None:
                return attr
    return None


def named_object(verb: Token) -> Token | None:
    """The noun a "what" clause after ``verb`` names, standing as the verb's object; None when the verb has no
    such clause (the caller checks first that the verb has no direct object of its own)."""
    for clause in verb.children:
        if clause.dep_ != "ccomp" or clause.i < verb.i or clause.lemma_.lower() not in _NAMING:
            continue
        first = clause.left_edge
        if first.lower_ != "what" or first.i <= verb.i:
            continue
        return _named_noun(clause)
    return None


def shifted_object(verb: Token) -> Token | None:
    """The object of ``verb`` shifted after its "as" complement ("denounced as a crime Y's crackdown"), which the
    parser hangs on the complement as an apposition with no comma before it; None when there is none (the caller
    checks first that the verb has no direct object of its own)."""
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ != "as" or prep.i < verb.i:
            continue
        for pobj in prep.children:
            shifted = next((c for c in pobj.children if c.dep_ == "appos" and c.i > pobj.i
                            and c.pos_ in ("NOUN", "PROPN")), None)
            if shifted is None:
                continue
            between = verb.doc[pobj.i + 1:shifted.left_edge.i]
            if not any(t.is_punct for t in between):
                return shifted
    return None


_ADJUNCT_DEPS = frozenset({"prep", "advmod", "npadvmod"})
"""What may stand between the commas of a parted object: a time or place phrase, an adverb."""


def parted_object(verb: Token) -> Token | None:
    """The object of ``verb`` set after an adjunct between commas that open right after the verb ("will raise,
    from next week, the duties"), which the parser hangs on the closing comma; None when there is none. Not a noun
    after a comma the verb's clause ends on ("raised tariffs on Monday, the ministry said"), nor one after a
    reported clause ("imposed, officials said, a tariff": no adjunct of the verb's between the commas)."""
    doc = verb.doc
    if verb.i + 1 >= len(doc) or doc[verb.i + 1].text != "," or doc[verb.i + 1].head.i != verb.i:
        return None
    closing = next((c for c in verb.children if c.text == "," and c.i > verb.i + 1), None)
    if closing is None:
        return None
    between = [c for c in verb.children if verb.i + 1 < c.i < closing.i]
    if not between or any(c.dep_ not in _ADJUNCT_DEPS for c in between):
        return None
    return next((c for c in closing.children if c.i > closing.i and c.pos_ in ("NOUN", "PROPN")
                 and c.dep_ not in ("nsubj", "nsubjpass")), None)
