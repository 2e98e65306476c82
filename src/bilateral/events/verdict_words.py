"""Whether what a speaker calls a thing, or says it is, disapproves or approves of it: the judging words of
``frames.json`` (``disapproving_words``, ``approving_words``) looked up in the words said of the thing.

Read by ``speech.characterisation`` (a naming verb: "called X's plan a disaster") and ``speech.reported_verdict``
(a copula: "said X's plan is illegal", "said X's accord with Y is a positive step"); kept apart from ``speech`` so
each of them stays one job: who speaks there, which words judge here.
"""

from __future__ import annotations

from spacy.tokens import Token

from bilateral.events.lexicon import FrameRules

_TURNING = frozenset({"no", "not", "never", "former", "ex", "false", "fake", "supposed", "so-called"})
"""Words that turn an approving word ("no friend", "a former ally", "a false friend")."""
_MODIFIERS = frozenset({"amod", "compound"})
"""Dependencies of the words that qualify a predicate noun ("a positive step", "a peace step")."""


def disapproves(said: list[Token], rules: FrameRules) -> bool:
    """Whether what is said of a thing holds a disapproving word (frames.json ``disapproving_words``, by lemma or
    as written), anywhere in its phrases: "baseless", "a clear violation of international law"."""
    return any(t.lemma_.lower() in rules.disapproving_words or t.lower_ in rules.disapproving_words
               for c in said for t in c.subtree)


def approves(said: list[Token], rules: FrameRules) -> bool:
    """Whether what is said of a thing holds an approving word (frames.json ``approving_words``), or is one of the
    ``approving_modifiers`` or has one on its head (``praises``: "a good step"), and nothing that turns it: "a dear
    friend", "constructive"; not "no friend", "not constructive", "a former friend"."""
    words = [t for c in said for t in c.subtree]
    return (any(t.lemma_.lower() in rules.approving_words or t.lower_ in rules.approving_words for t in words)
            or praises(said, rules)) and not any(t.lower_ in _TURNING for t in words)


def praises(said: list[Token], rules: FrameRules) -> bool:
    """Whether what a copula says of a thing is itself an approving word or a noun an approving word modifies
    ("is constructive", "are a positive step"; ``approving_words`` and ``approving_modifiers``), and nothing turns
    it ("not constructive", "no positive step"). Read on the predicate's head and its modifiers only, not its whole
    phrase as ``approves`` does for a naming verb's object: a verdict's phrase often holds a clause ("a threat to
    the friendship between ...") whose approving word praises nothing."""
    words = [*said, *(c for s in said for c in s.children if c.dep_ in _MODIFIERS)]
    turned = any(c.lower_ in _TURNING for s in said for c in s.children)
    approving = rules.approving_words | rules.approving_modifiers
    return not turned and any(t.lemma_.lower() in approving or t.lower_ in approving for t in words)
