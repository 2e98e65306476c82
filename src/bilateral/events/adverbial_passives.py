"""A passive participle clause with no subject of its own, hung on a verb as an adverbial: "rebels flee into the
hills when attacked by the army", "the convoy turned back after being shelled by militants", "once arrested by
police, the suspects are questioned".

Its understood patient is the subject of the verb it is hung on (the rebels were attacked), so the participle is
a passive whose ``by`` agent did the act: ``roles.passive_subject_of`` and ``roles.is_passive`` read it through
``adverbial_host``. Only a past participle (VBN) in an adverbial clause (``advcl``), with no subject, no
auxiliary of the perfect ("having attacked" is active) and a sign of the passive: the auxiliary "being"/"been",
or a ``by`` agent after a conjunction of time or condition ("when", "after", "once", "if"). A participle clause
with its own subject ("when they were attacked") is a passive of its own; an active one ("after attacking the
town") is left to the subject rules, as is a gerund of another kind of phrase ("the risk of being arrested", "fear
of being deported": no one was); a bare "when attacked" names no agent and stays as it was. Kept apart from
``roles`` (which calls it) so that module stays short.
"""

from __future__ import annotations

from spacy.tokens import Token

_OWN_SUBJECT = frozenset({"nsubj", "nsubjpass", "csubj", "csubjpass", "expl"})
_LINKS = frozenset({"when", "whenever", "after", "once", "if", "unless", "until", "while", "before", "though"})
"""Conjunctions of time or condition that open a reduced adverbial clause ("when attacked by ...")."""
OCCASION_PREPS = frozenset({"after", "before", "while", "upon", "on", "since"})
"""Prepositions of time whose gerund shares its governing clause's subject: its doer for an active gerund ("left
after meeting Y", ``roles.passive_gerund_subject``), its patient for a passive one ("returned home after being
freed", "was questioned before being detained")."""


def adverbial_host(verb: Token) -> Token | None:
    """The verb that a passive participle clause with no subject of its own is hung on, whose subject is the
    participle's patient (see the module docstring); None for any other verb. The clause is an adverbial
    ("when attacked by X") or the object of a conjunction the parser read as a preposition ("after being shelled")."""
    if verb.tag_ != "VBN":
        return None
    if verb.dep_ == "advcl":
        host = verb.head
    elif verb.dep_ == "pcomp" and (verb.head.lower_ in _LINKS or verb.head.lower_ in OCCASION_PREPS):
        host = verb.head.head
    else:
        return None
    while host.dep_ == "conj" and host.head.i < host.i and not any(c.dep_ in _OWN_SUBJECT for c in host.children):
        host = host.head  # "fighters who fight ... and escape when attacked": the first verb has the subject
    if host.pos_ not in ("VERB", "AUX"):
        return None
    deps = {c.dep_ for c in verb.children}
    if deps & _OWN_SUBJECT or "aux" in deps:
        return None
    if "auxpass" in deps or ("agent" in deps and any(c.dep_ in ("advmod", "mark") and c.lower_ in _LINKS
                                                     for c in verb.children)):
        return host
    return None
