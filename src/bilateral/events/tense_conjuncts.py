"""A bare present verb the parser joins to the singular past verb of a reported clause belongs to the reporting clause.

"Fishermen say the navy has seized their boats and object to the new rules": the parser makes "object" a
conjunct of "seized", the verb of what the fishermen say, so the navy would be the one objecting. A singular
subject ("the navy has", "the militia looted") cannot take a bare present form ("object", not "objects") as its
own; that form agrees with the plural reporting verb ("say", "argue"), so its subject is the reporting verb's
(the fishermen object). ``misjoined_conjunct`` gives that reporting verb; ``frames.controller`` takes its subject.

Not moved: a conjunct that agrees with the reported subject ("the soldiers have burned the fields and want ...":
plural, both the soldiers'), one of the same tense ("the navy seized the boats and sank them"), one with its
own subject or auxiliary ("... and they demand", "... and will demand"), and any conjunct under a reporting verb
in the past or third person ("said", "says"), where a bare form is no sign of a misjoin.
"""

from __future__ import annotations

from spacy.tokens import Token

_PRESENT = frozenset({"VB", "VBP"})
"""Tags of a bare present form: "demand", "object" (as said of a plural subject)."""
_PAST = frozenset({"VBD", "VBN"})
"""Tags of a past verb ("looted") or a participle ("has looted")."""
_OWN = frozenset({"nsubj", "nsubjpass", "expl", "aux", "auxpass", "mark"})
"""Dependents that make a conjunct a clause of its own: a subject, an auxiliary or modal, a "to"."""
_REPORTED = frozenset({"ccomp"})
_SINGULAR = frozenset({"NN", "NNP"})
"""Tags of a singular noun or name."""


def misjoined_conjunct(verb: Token) -> Token | None:
    """The reporting verb a bare present conjunct of a reported singular past clause belongs to ("Fishermen say
    the navy has seized the boats and object to the rules": "say"), or None (see the module)."""
    if verb.dep_ != "conj" or verb.tag_ not in _PRESENT or any(c.dep_ in _OWN for c in verb.children):
        return None
    past = verb.head
    if past.tag_ not in _PAST or past.dep_ not in _REPORTED or past.i > verb.i or not _singular(past):
        return None
    reporting = past.head
    if reporting.tag_ != "VBP" or reporting.pos_ != "VERB" or reporting.i > past.i:
        return None
    return reporting


def _singular(clause: Token) -> bool:
    """Whether a clause's subject is singular: its auxiliary says so ("has"), or its subject is a singular noun
    or name with no conjunct ("the militia", "Chile"; not "Chile and Peru")."""
    if any(c.dep_ == "aux" and c.tag_ == "VBZ" for c in clause.children):
        return True
    subj = next((c for c in clause.children if c.dep_ == "nsubj"), None)
    return subj is not None and subj.tag_ in _SINGULAR and not any(c.dep_ == "conj" for c in subj.children)
