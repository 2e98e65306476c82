"""Who undergoes an act named as a noun, told by the verb that holds the noun rather than by the noun's own
target phrase: "Ethiopian forces came under attack from Eritrea" (``undergone``), "the president was ousted in a
coup led by X", "ten soldiers were killed in an attack by X" (``struck_in``).

Without these the act noun has a doer but no target and is dropped. "Came under" tells that the act happened and
whom it struck. A passive verb of harm or removal (frames.json ``undergoing_verbs``) with no agent of its own
whose "in" or "during" phrase is the act says the act did that to the verb's patient: the patient is the act's
target. Not a verb of any other kind ("X was praised in talks led by Y", "X was implicated in a coup led by Y":
no act on X), nor a verb with its own agent ("X was killed by a sniper in clashes with Y", whose sniper is
the verb's doer), nor an active verb ("X died in an attack by Y" is handled as told deaths, not here).
"""

from __future__ import annotations

from spacy.tokens import Token

from bilateral.events.arguments import MentionIndex
from bilateral.events.lexicon import Lexicon
from bilateral.events.roles import agent_of, is_passive, passive_subject_of, subject_of
from bilateral.models import Mention

_WITHIN = frozenset({"in", "during"})
"""Prepositions by which a passive verb names the act it happened in ("killed in an attack")."""


def undergone(noun: Token) -> Token | None:
    """The "came" of "Ethiopian forces came under attack": the verb whose subject undergoes the act named by the
    noun, and whose clause tells that it happened; None for any other use ("under sanctions" is a state)."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ != "under" or prep.head.lemma_.lower() != "come":
        return None
    return prep.head


def undergoer(noun: Token, index: MentionIndex, lexicon: Lexicon) -> list[Mention]:
    """"Ethiopian forces came under attack from Eritrea": whoever comes under the act is its target."""
    verb = undergone(noun)
    subj = subject_of(verb, lexicon.rules.relative_pronouns) if verb is not None else None
    return index.actors(subj) if subj is not None else []


def struck_in(noun: Token, index: MentionIndex, lexicon: Lexicon) -> list[Mention]:
    """"X was ousted in a coup led by Y", "ten soldiers were killed during a raid by Y": the patient of the passive
    verb of harm or removal, without an agent of its own, whose "in" or "during" phrase holds the act noun."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ not in _WITHIN or prep.dep_ != "prep":
        return []
    verb = prep.head
    rules = lexicon.rules
    if verb.lemma_.lower() not in rules.undergoing_verbs or not is_passive(verb) or agent_of(verb) is not None:
        return []
    patient = passive_subject_of(verb, rules.relative_pronouns)
    return index.actors(patient) if patient is not None else []
