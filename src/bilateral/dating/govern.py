"""Choose the time expressions that govern an event's trigger in the dependency tree of its sentence.

A sentence often holds several times: "Blinken, who visited in 2021, will meet Kagame on Thursday". The
meeting is Thursday because "on Thursday" hangs off "meet"; "in 2021" sits inside a relative clause that
does not contain the trigger. The rules:

* an expression inside the trigger's own subtree governs it, unless the path down to it enters another
  clause or a description of someone (relative clause, apposition, adverbial, complement clause, a
  coordinated verb);
* an expression attached to a clause above the trigger (the main verb of "said on Tuesday that troops
  withdrew", or the verb a nominal trigger depends on) governs it with a lower rank, unless the trigger
  sits in a relative clause, apposition or parenthetical, or the event is future and the climb crosses a
  clause boundary ("said on Tuesday that he will visit" does not date the visit);
* nearer in the tree ranks first, then nearer in the text.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from bilateral.dating.expressions import TimeExpression

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

_BLOCK_DOWN = frozenset({"relcl", "acl", "appos", "advcl", "ccomp", "xcomp", "csubj", "parataxis"})
_BLOCK_UP = frozenset({"relcl", "acl", "appos", "parataxis"})
_CLAUSE_UP = frozenset({"ccomp", "xcomp", "advcl", "csubj", "conj"})
_VERBS = frozenset({"VERB", "AUX"})


@dataclass(frozen=True, slots=True)
class Candidate:
    """A time expression with its standing relative to the trigger (lower sorts first)."""

    expr: TimeExpression
    rank: int
    distance: int
    gap: int


def _ancestors(token: Token) -> list[Token]:
    """The token and its heads up to the root, in order."""
    chain = [token]
    while chain[-1].head.i != chain[-1].i and len(chain) <= len(token.doc):
        chain.append(chain[-1].head)
    return chain


def _enters_clause(path: Sequence[Token]) -> bool:
    """True when a path walked downwards crosses into another clause or description."""
    for tok in path:
        if tok.dep_ in _BLOCK_DOWN:
            return True
        if tok.dep_ == "conj" and tok.pos_ in _VERBS:
            return True
    return False


def standing(expr_root: Token, trigger: Token, future: bool) -> tuple[int, int] | None:
    """(rank, tree distance) of an expression headed by ``expr_root`` for ``trigger``; None if it cannot govern."""
    expr_chain = _ancestors(expr_root)
    trig_chain = _ancestors(trigger)
    trig_ids = [t.i for t in trig_chain]
    for depth, tok in enumerate(expr_chain):
        if tok.i in trig_ids:
            up = trig_ids.index(tok.i)
            below_common = expr_chain[:depth]
            if _enters_clause(below_common):
                return None
            if up == 0:
                return 0, depth
            climb = trig_chain[:up]
            if any(t.dep_ in _BLOCK_UP for t in climb):
                return None
            crosses = sum(1 for t in climb if t.dep_ in _CLAUSE_UP and t.pos_ in _VERBS)
            if future and crosses:
                return None
            return 1 + crosses, depth + up
    return None


def _span_root(sent: Doc, expr: TimeExpression) -> Token | None:
    span = sent.char_span(expr.start, expr.end, alignment_mode="expand")
    return span.root if span is not None and len(span) else None


def _is_date_entity(sent: Doc, expr: TimeExpression) -> bool:
    span = sent.char_span(expr.start, expr.end, alignment_mode="expand")
    return span is not None and any(t.ent_type_ in ("DATE", "TIME") for t in span)


def governing(sent: Doc, trigger_start: int, exprs: Sequence[TimeExpression], future: bool) -> Iterator[Candidate]:
    """The expressions that may date the event at ``trigger_start``, best first."""
    if not 0 <= trigger_start < len(sent):
        return
    trigger = sent[trigger_start]
    found: list[Candidate] = []
    for expr in exprs:
        if expr.start <= trigger.idx < expr.end:
            continue
        if expr.needs_entity and not _is_date_entity(sent, expr):
            continue
        root = _span_root(sent, expr)
        if root is None:
            continue
        place = standing(root, trigger, future)
        if place is None:
            continue
        gap = min(abs(expr.start - trigger.idx), abs(expr.end - trigger.idx))
        found.append(Candidate(expr, place[0], place[1], gap))
    found.sort(key=lambda c: (c.rank, c.distance, c.gap, c.expr.start))
    yield from found
