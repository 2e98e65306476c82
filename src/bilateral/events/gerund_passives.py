"""The patient of a passive gerund in a time phrase: "X thanked his supporters after being freed from prison",
"the reporter was questioned before being detained".

A passive gerund after "after", "before", "upon", "on", "while" or "since" has no subject of its own: its patient is
the subject of the clause the phrase hangs on (English subject control), whether that clause is active ("X
returned home after being released") or passive ("X was questioned before being detained"). Not a gerund of
another kind of phrase ("the risk of being arrested", "fear of being deported": no one was), nor an active gerund
("after meeting X": its doer, not its patient, is the subject), nor a clause with no subject of its own.
"""

from __future__ import annotations

from spacy.tokens import Token

OCCASION_PREPS = frozenset({"after", "before", "while", "upon", "on", "since"})
"""Prepositions of time whose gerund shares its governing clause's subject: its doer for an active gerund ("left
after meeting Y", ``roles.passive_gerund_subject``), its patient for a passive one ("returned after being freed")."""
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})


def gerund_patient(verb: Token, relative_pronouns: frozenset[str]) -> Token | None:
    """The subject of the clause a passive gerund's time phrase hangs on ("X ... after being freed" -> X), None
    for any other verb; a relative pronoun is the noun its clause modifies ("X, who left after being freed")."""
    if verb.dep_ != "pcomp" or verb.tag_ != "VBN" or verb.head.lower_ not in OCCASION_PREPS \
            or not any(c.dep_ == "auxpass" and c.lower_ == "being" for c in verb.children):
        return None
    clause = verb.head.head
    if clause.pos_ not in ("VERB", "AUX"):
        return None
    subj = next((c for c in clause.children if c.dep_ in _SUBJECTS), None)
    if subj is not None and subj.lower_ in relative_pronouns and clause.dep_ == "relcl":
        return clause.head
    return subj
