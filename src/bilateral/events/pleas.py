"""Nominal appeals: a plea, appeal, call or demand to someone to do something.

"X made an appeal to Y to withdraw its troops", "X issued a plea to Y to free the detainees", "X renewed its call on
Y to end the blockade": the act in the infinitive is what is asked for, not something done; it did not happen and,
as with the verbs of appeal ("urged Y to withdraw" -> 0256), it decides the appeal's code. The parser hangs the
infinitive on the noun or on the verb that governs it ("made ... to withdraw"); either way it is the noun's. Whom
the appeal asks is the subject or "for" object of that infinitive ("a proposal made on Monday for Y to lift
sanctions"): ``asked``, the target of ``nominal.noun_frame``.
"""

from __future__ import annotations

from collections.abc import Mapping

from spacy.tokens import Token

from bilateral.codes import load_codes
from bilateral.events.arguments import MentionIndex
from bilateral.events.frames import Frame
from bilateral.events.governed import quoted_object
from bilateral.events.lexicon import FrameRules
from bilateral.events.roles import prep_objects
from bilateral.models import CameoCode, Mention

_GENERIC = {"020": "appeal", "100": "demand"}
"""The codes of an appeal or demand that says nothing of what is asked, and the intent class that refines them."""
_CLAUSE_DEPS = frozenset({"acl", "advcl", "xcomp"})
_FOR = frozenset({"for"})


def _infinitive(token: Token) -> bool:
    """A "to" infinitive with no subject of its own ("to withdraw its troops")."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children) \
        and not any(c.dep_ in ("nsubj", "nsubjpass", "mark") for c in token.children)


def _holders(noun: Token) -> list[Token]:
    """Where the parser hangs an appeal's infinitive and "for" phrase: on the noun, on a participle saying how it
    was made ("a proposal made on Monday for Y to ..."), or on the verb whose object the noun is ("made a
    proposal on Monday for Y to ...")."""
    return [noun, *(c for c in noun.children if c.dep_ == "acl" and c.tag_ == "VBN")] + (
        [noun.head] if noun.dep_ == "dobj" and noun.head.pos_ in ("VERB", "AUX") else [])


def asked_act(noun: Token) -> Token | None:
    """The act an appeal noun asks for: its own infinitive or its participle's, or the one the parser hangs on the
    verb whose object the noun is, after the noun; or the infinitive a quoted object is misread as the subject of
    (``quoted_object``: reiterated "its call to Y to drop the charges")."""
    if quoted_object(noun):
        return noun.head
    return next((c for p in _holders(noun) for c in p.children
                 if c.dep_ in _CLAUSE_DEPS and c.pos_ in ("VERB", "AUX") and c.i > noun.i and _infinitive(c)), None)


def asked(noun: Token, index: MentionIndex) -> list[Mention]:
    """Whom an appeal asks to act, named in its "for ... to" clause ("X's call for Y to halt enrichment"): the
    clause's subject, when the parser makes "for" its mark, or the object of a bare "for" before the infinitive;
    where the parser hangs them (``_holders``: "a proposal made on Monday for Y to lift sanctions")."""
    holders = _holders(noun)
    marked = [m for holder in holders for clause in holder.children
              if clause.dep_ in ("advcl", "acl", "relcl") and clause.i > noun.i and _to(clause)
              for subj in clause.children if subj.dep_ == "nsubj" and subj.left_edge.i > 0
              and subj.doc[subj.left_edge.i - 1].lower_ == "for" for m in index.actors(subj)]
    return marked or [m for holder in holders for pobj in prep_objects(holder, _FOR)
                      if any(c.dep_ in _CLAUSE_DEPS and c.i > pobj.i and _infinitive(c) for c in holder.children)
                      for m in index.actors(pobj)]


def _to(clause: Token) -> bool:
    """A "to" clause, with or without a subject of its own ("for Y to lift sanctions")."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children)


def absorb_pleas(frames: Mapping[int, Frame], rules: FrameRules) -> None:
    """Let each generic nominal appeal or demand absorb the act it asks for and take its code (in place)."""
    codes = load_codes()
    for frame in list(frames.values()):
        cls = _GENERIC.get(frame.cameo)
        if frame.absorbed or cls is None:
            continue
        noun = next((w for w in frame.words if w.pos_ == "NOUN"), None)
        act = asked_act(noun) if noun is not None else None
        inner = frames.get(act.i) if act is not None else None
        if inner is None or inner is frame or inner.absorbed:
            continue
        inner.absorbed = True
        frame.cameo = CameoCode(rules.intent_code(cls, inner.cameo, codes.get(inner.cameo).plover or ""))
        frame.words = [*frame.words, *inner.words]
