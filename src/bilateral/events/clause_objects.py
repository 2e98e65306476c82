"""A preposition's object that the parser made the subject of a participle clause: "duties on vehicles being
shipped into the U.S.", "sanctions on firms doing business with X".

spaCy reads "on [vehicles being shipped ...]" as a preposition governing a clause (``pcomp``) whose subject is the
noun; the noun is what the preposition names, so ``roles.prep_objects`` takes it as the object, and the
preposition's target search reads its modifiers ("Mexican- and Canadian-made vehicles being shipped": Mexico and
Canada). Only a participle (VBN or VBG) with a noun subject and no finite auxiliary counts: a bare gerund ("on
shipping cars") names an activity, not a party; a finite clause ("agree with what X were proposing") says what
someone does, not a thing; and a preposition with an object of its own is read as before. Nor does "with" or
"without": "signed the accord, with the UN backing it" is an absolute clause that tells what went with the act, and
its noun is no party to it. A speech act told in such a clause ("could deepen, with X warning that ..."), or any act
going with a change in a state of affairs ("the rift could deepen, with X threatening Y"), is said as it is told
(``absolute_told``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

if TYPE_CHECKING:
    from bilateral.events.arguments import MentionIndex

_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
_PARTICIPLES = frozenset({"VBN", "VBG"})
_AUXILIARIES = frozenset({"aux", "auxpass"})
_ABSOLUTE = frozenset({"with", "without"})
"""Prepositions of an absolute clause ("with police watching"): its noun accompanies the act."""
_FINITE = frozenset({"VBD", "VBZ", "VBP", "MD"})
"""Tags of a finite auxiliary ("were proposing", "has been shipped"): a clause of its own, not a participle."""


def participle_subjects(prep: Token) -> list[Token]:
    """The noun subjects of the participle clauses ``prep`` governs when it has no object of its own ("on vehicles
    being shipped": vehicles), else none."""
    if prep.n_rights == 0 or prep.lower_ in _ABSOLUTE or any(c.dep_ == "pobj" for c in prep.children):
        return []
    return [n for c in prep.children if c.dep_ == "pcomp" and c.tag_ in _PARTICIPLES
            and not any(a.dep_ in _AUXILIARIES and a.tag_ in _FINITE for a in c.children)
            for n in c.children if n.dep_ in _SUBJECTS and n.pos_ in ("NOUN", "PROPN")]


def absolute_told(verb: Token, speech_verbs: frozenset[str], index: MentionIndex) -> bool:
    """Whether a verb is an act told in a "with" absolute clause with a subject of its own, said as it is told
    whatever modal the clause it goes with bears: a speech act ("ties could sour further, with Lima warning that
    ...", "with Quito insisting it will not pay"), or any act when that clause tells a change in a state of affairs
    whose subject is a noun naming no party ("the rift could deepen, with Quito threatening Lima with sanctions": the
    threat is made, the deepening is what may come). Not a bare gerund ("could retaliate with warning shots"), nor
    an act going with a party's own possible act ("could sign the deal with the UN backing it": the backing is part
    of what could happen)."""
    if not (verb.dep_ == "pcomp" and verb.head.lower_ == "with" and verb.tag_ == "VBG"
            and any(c.dep_ in _SUBJECTS for c in verb.children)):
        return False
    if verb.lemma_.lower() in speech_verbs:
        return True
    subj = next((c for c in verb.head.head.children if c.dep_ in _SUBJECTS), None)
    return subj is not None and subj.pos_ == "NOUN" and not index.actors(subj)
