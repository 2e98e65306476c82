"""Choose the time expressions that govern an event's trigger in the dependency tree of its sentence.

A sentence often holds several times: "Blinken, who visited in 2021, will meet Kagame on Thursday". The
meeting is Thursday because "on Thursday" hangs off "meet"; "in 2021" sits inside a relative clause that
does not contain the trigger. The rules:

* an expression inside the trigger's own subtree governs it, unless the path down to it enters another
  clause or a description of someone (relative clause, apposition, adverbial, complement clause, a
  coordinated verb with its own subject); a clause describing a nominal event ("the accord signed in
  March") and a verb sharing the event's subject ("was detained and charged in 2016") are the event's own;
* an expression attached to a clause above the trigger (the main verb of "said on Tuesday that troops
  withdrew", or the verb a nominal trigger depends on) governs it with a lower rank, unless the trigger
  sits in a relative clause, apposition, parenthetical or a coordinated clause with its own subject, or is
  a nominal event told as background ("after the attack", "the attack was the deadliest"). An
  announced act whose clause names no time is dated by its announcement ("said on Tuesday that he will
  visit": Tuesday), as CAMEO codes it: an intent or a threat, made when it was said;
* nearer in the tree ranks first, then nearer in the text.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from bilateral.dating.expressions import TimeExpression, load_time_lexicon

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

_BLOCK_DOWN = frozenset({"relcl", "acl", "appos", "advcl", "ccomp", "xcomp", "csubj", "parataxis"})
_BLOCK_UP = frozenset({"relcl", "acl", "appos", "parataxis"})
_CLAUSE_UP = frozenset({"ccomp", "xcomp", "advcl", "csubj", "conj"})
_DESCRIBING = frozenset({"relcl", "acl"})
_VERBS = frozenset({"VERB", "AUX"})
_NOUNS = frozenset({"NOUN", "PROPN"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass", "csubj", "expl"})
_PERSONAL = frozenset({"who", "whom", "whose"})
_SETTING = frozenset({"where", "whereupon"})
"""Relative adverbs that set a clause at the place or occasion of the clause its noun belongs to."""
_CONTROL = frozenset({
    "ask", "urge", "tell", "order", "call", "press", "invite", "allow", "force", "encourage", "persuade", "warn",
    "help", "want", "expect", "authorize", "permit", "require", "instruct", "advise", "compel", "pressure", "push",
    "lead", "cause", "enable", "need", "remind", "challenge", "appeal", "pay", "hire", "train"})
"""Verbs whose object does the act of the infinitive after it ("urged Iran to hold talks in March"): that act
is another one, later than the urging, not the purpose of the verb's own act."""
_PAPER_VERBS = frozenset({"send", "write", "sign", "issue", "address", "submit", "deliver", "pen", "draft"})
"""Verbs of sending or writing a paper, which a "dated" participle below them dates ("sent a letter dated ...")."""
_NAMING = frozenset({"call", "describe", "term", "dub", "label", "brand", "characterize", "characterise"})
"""Verbs of a "what" clause that names the thing an act is done to ("sent what officials called ...")."""
_BACKGROUND_PREPS = frozenset({"after", "following", "before", "since", "despite"})
"""Prepositions that set a nominal event before, after or apart from the clause it hangs on."""


@dataclass(frozen=True, slots=True)
class Candidate:
    """A time expression with its standing relative to the trigger (lower sorts first)."""

    expr: TimeExpression
    rank: int
    distance: int
    gap: int
    root: Token | None = None
    """The expression's head token in the parse (its clause tells which way a weekday looks)."""


def _ancestors(token: Token) -> list[Token]:
    """The token and its heads up to the root, in order."""
    chain = [token]
    while chain[-1].head.i != chain[-1].i and len(chain) <= len(token.doc):
        chain.append(chain[-1].head)
    return chain


def _own_subject(verb: Token) -> bool:
    return any(c.dep_ in _SUBJECTS for c in verb.children)


def _sibling_clause(tok: Token) -> bool:
    """A coordinated verb with a subject of its own: another clause, not a second verb of the same one."""
    return tok.dep_ == "conj" and tok.pos_ in _VERBS and _own_subject(tok)


def _describes_event(clause: Token) -> bool:
    """Whether a clause hanging from a nominal event tells when it happened: a past participle or a past relative
    clause ("signed in March", "that X filed five years ago"), not a clause about a person ("who played a role
    last year") or one still to come ("a review to be published next week")."""
    if clause.dep_ not in _DESCRIBING or clause.tag_ not in ("VBN", "VBD"):
        return False
    return not any(c.lower_ in _PERSONAL or c.tag_ == "TO" for c in clause.children)


def _accompanies(clause: Token) -> bool:
    """Whether an adverbial clause is a participle or an adjective of the same subject with no conjunction, said
    at the same time as its main clause ("Mendes, also speaking in early March, called the plan ...",
    "effective Tuesday, the ministry was closing the crossing")."""
    return (clause.dep_ == "advcl" and (clause.tag_ in ("VBG", "VBN") or clause.pos_ == "ADJ")
            and not _own_subject(clause) and not any(c.dep_ == "mark" for c in clause.children))


def purpose_of(clause: Token) -> bool:
    """Whether ``clause`` is the purpose of a past act done on an object ("used its veto to shut the panel down
    in April", "seized the bridge to cut the road in May"): an infinitive without a subject of its own after
    the object of a past simple verb, done on the same occasion, whose time dates the act when it names none
    of its own. Not an infinitive a verb takes as its complement ("agreed to hold talks in May"), nor the act
    a verb asks of its object ("urged Iran to hold talks in May")."""
    head = clause.head
    return (clause.dep_ in ("xcomp", "advcl") and clause.tag_ == "VB" and head.tag_ == "VBD"
            and head.lemma_ not in _CONTROL and not _own_subject(clause)
            and any(c.tag_ == "TO" for c in clause.children)
            and any(c.dep_ == "dobj" and c.i < clause.i for c in head.children))


def _dated_paper(clause: Token, top: Token, common: Token) -> bool:
    """Whether ``clause`` is the participle "dated" that gives a paper its date, on the way down from the act
    ``common`` done with that paper (``top``: the first token below it): "in a letter dated Jan. 9, the ministry
    asked ..." (the paper in an "in" phrase of the act) or "sent a letter dated Jan. 9 urging ..." (a verb of
    sending or writing a paper, ``_PAPER_VERBS``; the parser may hang the participle on a noun after the
    paper). Not the paper of another act ("cited a report dated 2019": cited later), nor a participle with a
    subject or an object of its own ("dated the find to 1990")."""
    if clause.dep_ != "acl" or clause.tag_ != "VBN" or clause.lower_ != "dated":
        return False
    if any(c.dep_ in ("dobj", "nsubj", "nsubjpass") for c in clause.children):
        return False
    if common.lemma_ in _PAPER_VERBS:
        return True
    return top.dep_ == "prep" and top.lower_ == "in" and clause.head.head.i == top.i


def _naming_clause(clause: Token, time: Token) -> bool:
    """Whether ``clause`` is a "what" clause that names the act's object ("began sending what officials called
    dangerous convicts to the camp in early May") and the time (headed by ``time``) follows the name: the
    parser hangs the rest of the act's clause on the naming verb or on the name, neither of which it dates."""
    if clause.dep_ != "ccomp" or clause.lemma_ not in _NAMING:
        return False
    first = clause.left_edge
    if first.lower_ != "what" or first.i < clause.head.i:
        return False
    named = None
    for c in clause.children:
        if c.dep_ in ("oprd", "attr") or (c.dep_ == "dobj" and c.i != first.i):
            named = c
        elif c.dep_ == "prep" and c.lower_ == "as":
            named = next((g for g in c.children if g.dep_ == "pobj"), None)
    return named is not None and named.pos_ in _NOUNS and time.i > named.i


def _before_a_happening(path: Sequence[Token]) -> bool:
    """Whether the way down ``path`` (bottom first) to a time passes a bounding preposition ("before", "until") and
    the later happening it takes as object ("would not meet before the election in November"): the time dates that
    happening, which the act comes before, not the act; the same reason a time right after such a preposition is
    no date (``expressions.is_blocked``). Not when the object is a part of a day ("before dawn on Monday")."""
    words = load_time_lexicon()
    for below, tok in zip(path, path[1:], strict=False):
        if (tok.dep_ == "prep" and tok.lower_ in words.bounding_prepositions and below.dep_ == "pobj"
                and below.pos_ in _NOUNS and below.lemma_.lower() not in words.day_parts
                and below.ent_type_ not in ("DATE", "TIME")):
            return True
    return False


def _down_cost(path: Sequence[Token], common: Token, own: bool, doer: bool = False) -> int | None:
    """Extra rank for walking down ``path`` (bottom first) from ``common`` (the trigger itself when ``own``);
    None when it enters another clause.

    Four descents stay with the event: into a clause that describes a nominal event ("the accord signed in
    March", "an offer made on Thursday", "a claim that X filed five years ago"), into a participle
    that accompanies the event's verb ("speaking in early March, called ...") and into a verb coordinated
    with the event's under the same subject ("was detained and charged in 2016"); the last two rank after
    the event's own times, and a purpose clause of the event's past act (``purpose_of``) after those; ``doer``:
    the trigger is the object noun of ``common`` ("used its veto to ..."), whose purpose clause is also its own;
    and into the participle that dates a paper the act is done with ("in a letter dated Jan. 9, asked ...",
    ``_dated_paper``), after the act's own times; and past the name a "what" clause gives the act's object
    (``_naming_clause``), after them too."""
    if _before_a_happening(path):
        return None
    cost = 0
    for tok in path:
        top = tok.head.i == common.i
        if tok.dep_ in _BLOCK_DOWN:
            if top and common.pos_ in _VERBS and _accompanies(tok):
                cost = max(cost, 1)
            elif top and _naming_clause(tok, path[0]):
                cost = max(cost, 1)
            elif top and (own or doer) and purpose_of(tok):
                cost = max(cost, 2)
            elif _dated_paper(tok, path[-1], common):
                cost = max(cost, 1)
            elif not (own and top and common.pos_ in _NOUNS and _describes_event(tok)):
                return None
        elif tok.dep_ == "conj" and tok.pos_ in _VERBS:
            if not top or _own_subject(tok) or common.pos_ not in _VERBS:
                return None
            cost = 1
    return cost


def _climbs(climb: Sequence[Token], expr_tokens: range, common: int) -> tuple[int, bool]:
    """(clauses crossed, allowed) for climbing from the trigger through ``climb`` (trigger first) up to the token
    ``common``, where the expression hangs.

    A relative or appositive description, a parenthetical and a sibling clause do not take the time of what
    they hang from (a sibling clause does take the time of a verb above both, as "told on Monday" over "the
    talks went well, and we will meet again"); but a clause hanging from the time itself does ("in 2009, when
    both sides recalled their envoys"), and so does an act someone made an effort, a plan or a call to
    do ("extended efforts to halt the deportation on Wednesday"), and so does a clause set at the place or
    occasion of what it hangs from ("fighting that broke out on Friday in the town, where rebels seized the
    airport"), and so does a passive participle above one with its doer (``_passive_participle``), and so does a
    clause that makes or holds the dated noun it describes ("the February 2020 pact the
    US negotiated", ``_makes_dated_noun``)."""
    crosses = 0
    done_below = False
    for t in climb:
        if t.dep_ in _BLOCK_UP:
            from_time = t.head.i in expr_tokens
            purpose = t.dep_ == "acl" and any(c.tag_ == "TO" for c in t.children)
            setting = t.dep_ == "relcl" and any(c.lower_ in _SETTING for c in t.children)
            done = _done_by(t) or (done_below and _passive_participle(t))
            made = _makes_dated_noun(t, expr_tokens)
            if not (from_time or purpose or setting or done or made):
                return crosses, False
            crosses += setting or done or made
            done_below = done_below or done
        if _sibling_clause(t) and t.head.i == common:
            return crosses, False
        if t.dep_ in _CLAUSE_UP and t.pos_ in _VERBS:
            crosses += 1
    return crosses, True


def _makes_dated_noun(clause: Token, expr_tokens: range) -> bool:
    """Whether ``clause`` is a past relative clause or participle of a verb that makes or holds the noun it describes
    (``making_verbs`` of data/time/lexicon.json), and the time (``expr_tokens``) modifies that noun itself: "the
    February 2020 pact the US negotiated with the rebels", "the 2019 vote the junta held". The noun's time is when
    it was made, so the making is dated by it when its clause names no time of its own. Not a later act on the
    thing ("the 2015 deal the president abandoned"), one still to come ("the 2020 accord they will sign"), nor a
    clause about a person ("who signed ...")."""
    noun = clause.head
    if clause.dep_ not in _DESCRIBING or noun.pos_ not in _NOUNS or not _describes_event(clause):
        return False
    if clause.lemma_ not in load_time_lexicon().making_verbs:
        return False
    return any(clause.doc[k].head.i == noun.i and clause.doc[k].head.i not in expr_tokens for k in expr_tokens)


def _done_by(clause: Token) -> bool:
    """Whether ``clause`` is a passive participle with its doer that describes a noun ("the vaccine purchased by
    the government arrived on March 29", "weapons supplied by Iran were seized on Monday"): an act done by the
    time of the clause its noun belongs to, dated by that clause when it names no time of its own (after the
    clause's own times); not a participle without its doer ("a list circulated online"), nor one still to come."""
    return (clause.dep_ == "acl" and clause.tag_ == "VBN"
            and any(c.dep_ == "agent" for c in clause.children))


def _passive_participle(clause: Token) -> bool:
    """Whether ``clause`` is a passive participle describing a noun, with no subject of its own ("a list circulated
    online", "a report seen by VOA"). Above a participle with its doer (``_done_by``: "a list circulated online of
    books banned by the junta"), it holds what that act was done to, so that act was done by the time of the
    clause its own noun belongs to as well; on its own it dates nothing ("a list circulated online")."""
    return clause.dep_ == "acl" and clause.tag_ == "VBN" and not _own_subject(clause)


def _background(trigger: Token) -> bool:
    """A nominal event told as background to another clause, whose times are not its own: the object of
    "after", "following", "before", "since" or "despite" ("after the attack, X said on Tuesday"), or the
    subject of a copula ("the attack was the deadliest in years, X said on Tuesday")."""
    if trigger.pos_ not in _NOUNS:
        return False
    if trigger.dep_ == "pobj":
        return trigger.head.lower_ in _BACKGROUND_PREPS
    return trigger.dep_ == "nsubj" and trigger.head.lemma_ == "be"


def standing(expr_root: Token, trigger: Token, expr_tokens: range | None = None) -> tuple[int, int] | None:
    """(rank, tree distance) of an expression headed by ``expr_root`` (spanning the token indices
    ``expr_tokens``) for ``trigger``; None if it cannot govern it."""
    expr_tokens = expr_tokens if expr_tokens is not None else range(expr_root.i, expr_root.i + 1)
    expr_chain = _ancestors(expr_root)
    trig_chain = _ancestors(trigger)
    trig_ids = [t.i for t in trig_chain]
    for depth, tok in enumerate(expr_chain):
        if tok.i in trig_ids:
            up = trig_ids.index(tok.i)
            cost = _down_cost(expr_chain[:depth], tok, up == 0, up == 1 and trigger.dep_ == "dobj")
            if cost is None:
                return None
            if up == 0:
                return cost, depth
            if _background(trigger) and not (up == 1 and trigger.dep_ == "nsubj"):
                return None  # but the copula's own time is its subject's ("the summit was in February")
            crosses, allowed = _climbs(trig_chain[:up], expr_tokens, tok.i)
            if not allowed:
                return None
            return 1 + cost + crosses, depth + up
    return None


def _span(sent: Doc, expr: TimeExpression) -> Span | None:
    span = sent.char_span(expr.start, expr.end, alignment_mode="expand")
    return span if span is not None and len(span) else None


def governing(sent: Doc, trigger_start: int, exprs: Sequence[TimeExpression]) -> Iterator[Candidate]:
    """The expressions that may date the event at ``trigger_start``, best first."""
    if not 0 <= trigger_start < len(sent):
        return
    trigger = sent[trigger_start]
    found: list[Candidate] = []
    for expr in exprs:
        if expr.start <= trigger.idx < expr.end:
            continue
        span = _span(sent, expr)
        if span is None:
            continue
        if expr.needs_entity and not any(t.ent_type_ in ("DATE", "TIME") for t in span):
            continue
        place = standing(span.root, trigger, range(span.start, span.end))
        if place is None:
            continue
        gap = min(abs(expr.start - trigger.idx), abs(expr.end - trigger.idx))
        found.append(Candidate(expr, place[0], place[1], gap, span.root))
    found.sort(key=lambda c: (c.rank, c.distance, c.gap, c.expr.start))
    yield from found
