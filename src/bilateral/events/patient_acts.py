"""Whose a thing a speaker judges is (``thing_owners``), and whose an act noun is when its possessor is the one the
act is done to: "Lai's detention", "Khalil's arrest".

The possessor of most act nouns is their doer ("Russia's invasion", "Peru's decision"), and a speaker's verdict on
one criticises that possessor (``speech.reported_verdict``, ``speech.characterisation``). The possessor of an act
done to someone (frames.json ``patient_act_nouns``: arrest, detention, release, trial, expulsion, killing ...) is
the one it is done to when no "of" phrase names another patient: "X said Bolivia's detention is unjust" does not
criticise Bolivia, which was detained. Its doer is then only the one its "by" phrase names ("the arrest of X by
Y"), or its possessor when an "of" phrase holds the patient ("Bolivia's detention of the journalist"); its "of"
object alone is the patient too ("the arrest of Bolivia's envoy"). With no doer named, the owners are none, and a
verdict on the act finds its doer in the story (``judged_acts.judged_doers``: the custodian the story told).
Cheap: one set lookup per judged thing.
"""

from __future__ import annotations

from spacy.tokens import Token

from bilateral.events.arguments import MentionIndex
from bilateral.events.lexicon import FrameRules
from bilateral.events.roles import possessor_of, prep_objects
from bilateral.models import Mention

_BY, _OF = frozenset({"by"}), frozenset({"of"})
_OWNER_DEPS = frozenset({"compound", "amod", "poss", "nmod"})
"""Modifiers of a thing that name whose it is ("Ugandan tariffs", "Uganda's plan")."""


def thing_owners(thing: Token, index: MentionIndex, rules: FrameRules | None = None) -> list[Mention]:
    """The actors a thing belongs to or is: its "by" phrase (in "the withdrawal of forces by X" the doer is X, not
    the "of" object the act moves), itself, its modifiers, its "of" phrase; not the unnamed rest of a list ("by X
    and other countries": X only). With ``rules``, a patient act noun is only its named doers'
    (``patient_act_doers``: "X's detention" is not X's)."""
    if rules is not None and patient_act(thing, rules):
        return patient_act_doers(thing, index)
    found = [m for p in prep_objects(thing, _BY) for m in index.actors(p)] or index.actors(thing)
    if not found:
        found = [m for c in thing.children if c.dep_ in _OWNER_DEPS for m in index.actors(c)]
    found = found or [m for p in prep_objects(thing, _OF) for m in index.actors(p)]
    return [m for m in found if not (m.actor.code.startswith("---") and any(  # "X and other countries": unnamed
        c.dep_ == "amod" and c.lower_ == "other" for c in thing.doc[m.end - 1].children))]


def patient_act(thing: Token, rules: FrameRules) -> bool:
    """Whether a judged thing is a noun of an act done to someone (frames.json ``patient_act_nouns``)."""
    return thing.pos_ == "NOUN" and thing.lemma_.lower() in rules.patient_act_nouns


def patient_act_doers(thing: Token, index: MentionIndex) -> list[Mention]:
    """The doers a patient act noun names: its "by" phrase ("the detention of X by Y"), else its possessor when an
    "of" phrase names the patient ("Y's detention of X"); none for "X's detention" or "the detention of X"."""
    doers = [m for p in prep_objects(thing, _BY) for m in index.actors(p)]
    if doers:
        return doers
    owner = possessor_of(thing)
    if owner is None or not prep_objects(thing, _OF):
        return []
    return index.actors(owner)


def doer_possessor(noun: Token, rules: FrameRules | None) -> Token | None:
    """The possessor of an act noun when it is the act's doer ("Rwanda's attack", "Rwanda's detention of X"); None
    for the possessor of a patient act noun with no "of" phrase ("X's detention": X is detained)."""
    owner = possessor_of(noun)
    if owner is None or (rules is not None and patient_act(noun, rules) and not prep_objects(noun, _OF)):
        return None
    return owner


def patients_owning(noun: Token, index: MentionIndex, rules: FrameRules) -> list[Mention]:
    """Whom a patient act noun's possessor names as the one it is done to: "X plotted the envoy's murder", "X
    announced the envoy's expulsion" (the envoy is murdered, expelled); none when an "of" phrase names the patient
    ("Y's detention of X": Y detains) or the noun is no patient act ("Y's attack": Y attacks)."""
    if not patient_act(noun, rules) or prep_objects(noun, _OF):
        return []
    owner = possessor_of(noun)
    return index.actors(owner) if owner is not None else []
