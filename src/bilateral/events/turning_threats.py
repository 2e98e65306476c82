"""A threat to take one's business elsewhere, set on the other side's failing: "Peru will buy Chinese drones if
the embargo is not lifted", "Oslo will have to look for alternatives unless the turbines are delivered".

A state announcing (``future_aux``) that it will buy (``purchase_verbs``) or turn (``switching_verbs``) somewhere,
on a condition that what it waits for is not done ("unless ...", or an "if" clause whose verb is negated, passive
or with another country's actor for subject: "if the freeze is not lifted", "if Denmark does not lift the ban"),
warns whoever withholds it: CAMEO's threat (131), aimed at the condition's subject when it is such an actor, else
at the story's counterpart (``counterpart.counterpart``), the side the sentence leaves unnamed. No trigger of the
lexicon codes it ("buy" alone is mostly trade), so this pass adds the frame.

Not when: the act is not announced ("Peru bought Chinese drones when ..."); the condition is met by something
other than someone's act withheld (an active clause with no actor for subject: "if the winter is not mild") or
by the speaker's own side ("if our own plant is not finished"), or is one that would be granted ("if the embargo
is lifted": a promise); someone else forecasts it ("analysts said Peru will buy ...":
``foretold.foretold_by_another``); the condition names no party and the story has no counterpart, or the
counterpart is the one the act would turn to; a threat already codes the verb. Any other frame on the verb
(buying arms, which ``arms_trade`` codes as cooperation with their maker) is what the threat announces, not an
intent of its own: the threat replaces it (``passes``).

Cheap: a word test on the sentence before any walk over its parse; ``may_turn_elsewhere`` lets the candidate
filter keep such a sentence, which holds no trigger word, for parsing.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from spacy.tokens import Doc, Token

from bilateral.events.arguments import MentionIndex
from bilateral.events.counterpart import COUNTERPART, counterpart
from bilateral.events.foretold import foretold_by_another
from bilateral.events.frames import Frame
from bilateral.events.lexicon import FrameRules, Lexicon, TriggerEntry
from bilateral.events.roles import subject_of
from bilateral.models import CameoCode, Event, Mention
from bilateral.nlp import doc_lemmas, doc_tokens

_THREAT = CameoCode("131")
"""CAMEO "threaten non-force, not specified": what turning elsewhere threatens."""
_MARKS = frozenset({"if", "unless"})
_OWN = frozenset({"our", "my", "own"})
"""Words that put the condition's subject on the speaker's side ("if our plant is not finished")."""
_MAX_CLIMB = 2
_WORDS = re.compile(r"[\w’']+")


def may_turn_elsewhere(text: str, rules: FrameRules) -> bool:
    """Cheap test on a sentence's words: an announcing auxiliary, a condition mark and a buying or switching verb."""
    words = set(_WORDS.findall(text.lower()))
    return not words.isdisjoint(rules.future_aux) and not words.isdisjoint(_MARKS) \
        and not words.isdisjoint(rules.purchase_verbs | rules.switching_verbs)


def _announced(verb: Token, rules: FrameRules) -> Token | None:
    """The verb that carries the announcing auxiliary: the turning verb itself ("will buy") or the one it
    complements ("will have to look"); None when the act is not announced."""
    tok = verb
    for _ in range(_MAX_CLIMB + 1):
        if any(c.dep_ == "aux" and c.lower_ in rules.future_aux for c in tok.children):
            return tok
        if tok.dep_ != "xcomp" or tok.head == tok:
            return None
        tok = tok.head
    return None


def _withheld(verb: Token, country: str | None, index: MentionIndex) -> list[Mention] | None:
    """The party of the condition after the turning verb when that condition is another's act withheld: "unless
    ...", or "if" with a negated verb, passive ("if the freeze is not lifted", "if they cannot be acquired") or
    with another country's actor for subject ("if Denmark does not lift the ban"). The condition's subject when it
    is such an actor ([] when none is); None when the condition is no act withheld, or its subject is the speaker's
    own (a subject the parser missed is no one's own)."""
    sent = verb.doc
    mark = next((t for t in sent[verb.i + 1:] if t.lower_ in _MARKS), None)
    cond = next((t for t in sent[mark.i + 1:] if t.pos_ == "VERB"), None) if mark is not None else None
    if mark is None or cond is None:
        return None
    subj = next((c for c in cond.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is not None and any(t.lower_ in _OWN for t in subj.subtree):
        return None
    party = [m for m in index.actors(subj) if m.actor.country != country] if subj is not None else []
    if mark.lower_ == "unless" or (any(c.dep_ == "neg" for c in cond.children)
                                   and (party or any(c.dep_ == "auxpass" for c in cond.children))):
        return party
    return None


def turning_threats(sent: Doc, frames: Sequence[Frame], index: MentionIndex, earlier: Sequence[Event],
                    lexicon: Lexicon) -> list[Frame]:
    """Threat frames for the sentence's announced turning elsewhere on another's failing (see the module); each
    frame's trigger is the turning verb, whose other frames it replaces."""
    rules = lexicon.rules
    verbs = rules.purchase_verbs | rules.switching_verbs
    lemmas = doc_lemmas(sent)
    if verbs.isdisjoint(lemmas) or _MARKS.isdisjoint(lemmas):
        return []
    coded = {t.i for f in frames if f.cameo[:2] == _THREAT[:2] for t in (f.anchor, f.trigger)}
    out: list[Frame] = []
    for verb in doc_tokens(sent):
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in verbs or verb.i in coded:
            continue
        top = _announced(verb, rules)
        if top is None or top.i in coded:
            continue
        subj = subject_of(top, rules.relative_pronouns)
        sources = index.actors(subj) if subj is not None else []
        countries = {m.actor.country for m in sources}
        if len(countries) != 1 or foretold_by_another(top, sources[0], index, rules):
            continue
        country = countries.pop()
        targets = _withheld(verb, country, index)
        if targets is None or country is None:
            continue
        if not targets:
            actor = counterpart(country, earlier)
            named = {m.actor.country for t in verb.subtree if (m := index.at(t)) is not None}
            if actor is None or actor.country in named:
                continue
            targets = [Mention(actor, verb.i, verb.i + 1, verb.idx, verb.idx + len(verb), COUNTERPART, "counterpart")]
        entry = TriggerEntry("verb", verb.lemma_.lower(), None, frozenset(), frozenset(), _THREAT, frozenset(), 0)
        out.append(Frame(verb, [verb], entry, _THREAT, list(sources), targets, COUNTERPART, False, False, top))
    return out
