"""Deadlines set on a named actor: "gave X 14 days to present a plan", "has given X until Saturday to release
the hostages", "granted X 48 hours to leave".

Giving someone a span of time to do something is an ultimatum (CAMEO 139) by the giver on the one given the time,
whatever is asked; the asked act is the addressee's to do, not done, so its own frame is absorbed (the parse would
otherwise code it as the giver's act, done: "Israel ... release the hostages" as Israel's release). "Give" and
"grant" are no triggers by themselves ("gave a speech", "granted asylum"), so this pass codes them when the three
parts are there: an actor given the time, the time (a span noun, or "until" a date) and a "to" infinitive.

Not fired: no infinitive ("gave him 14 days in jail": a sentence served), no span of time ("gave X aid to
rebuild"), a passive ("was given 14 days to leave": the giver is not named), an addressee that is no actor or is
the giver.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Token

from bilateral.events.arguments import MentionIndex
from bilateral.events.demands import bare_entry
from bilateral.events.frames import DIRECT, Frame
from bilateral.events.pronoun_speakers import speaker_of_pronoun
from bilateral.events.lexicon import Lexicon
from bilateral.events.roles import is_passive, subject_of
from bilateral.models import CameoCode

_GIVING = frozenset({"give", "grant"})
"""Verbs that give an actor time."""
_SPANS = frozenset({"minute", "hour", "day", "week", "month", "deadline"})
"""Nouns of a span of time given ("14 days", "48 hours", "a deadline")."""
_UNTIL = frozenset({"until", "till"})
ULTIMATUM = CameoCode("139")
"""CAMEO "give ultimatum"."""


def _span(verb: Token) -> Token | None:
    """The time the verb gives: a span noun object ("gave X 14 days") or an "until" phrase ("gave X until May")."""
    return next((c for c in verb.children if (c.dep_ in ("dobj", "npadvmod") and c.lemma_.lower() in _SPANS)
                 or (c.dep_ == "prep" and c.lower_ in _UNTIL)), None)


def _asked(verb: Token, span: Token) -> Token | None:
    """The "to" infinitive with no subject of its own that says what the time is for, on the verb or the span."""
    return next((c for head in (verb, span) for c in head.children
                 if c.dep_ in ("advcl", "xcomp", "acl", "relcl") and c.pos_ in ("VERB", "AUX") and c.i > span.i
                 and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
                 and not any(a.dep_ in ("nsubj", "nsubjpass") for a in c.children)), None)


def _addressee(verb: Token, span: Token) -> Token | None:
    """The one given the time: the indirect object ("gave X 14 days"), or the direct object beside an "until"
    phrase ("gave X until May")."""
    deps = ("dative",) if span.dep_ != "prep" else ("dative", "dobj")
    return next((c for c in verb.children if c.dep_ in deps and c.i < span.i), None)


def deadline_ultimatums(frames: dict[int, Frame], sent: Sequence[Token], index: MentionIndex,
                        lexicon: Lexicon) -> None:
    """Code the deadlines set on a named actor as ultimatums, absorbing the asked act (in place)."""
    rules = lexicon.rules
    for token in sent:
        if token.lemma_.lower() not in _GIVING or token.pos_ != "VERB" or token.i in frames or is_passive(token):
            continue
        span = _span(token)
        if span is None:
            continue
        asked, given = _asked(token, span), _addressee(token, span)
        if asked is None or given is None:
            continue
        subj = subject_of(token, rules.relative_pronouns)
        sources = (index.actors(subj) or speaker_of_pronoun(subj, index, lexicon)) if subj is not None else []
        own = {m.actor.code for m in sources}
        targets = [m for m in index.actors(given) if m.actor.code not in own]
        if not sources or not targets:
            continue
        inner = frames.get(asked.i)
        if inner is not None:
            inner.absorbed = True  # the addressee's act, asked for, not done
        frames[token.i] = Frame(token, [token], bare_entry(token, ULTIMATUM), ULTIMATUM, sources, targets, DIRECT,
                                False, False, token)
