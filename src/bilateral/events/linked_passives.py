"""A participle of custody or charge that a linking verb predicates of its subject: "X stands accused of sedition",
"X remains detained in Y", "the reporters stayed jailed".

The parser reads the participle as the adjectival complement (``acomp``) or an adverbial of "stand", "remain" or
"stay", so with no passive auxiliary the participle looked active and the subject its doer ("X stands accused of
sedition" read as X accusing); or it reads the linking verb as the participle's auxiliary and leaves the subject
an active one ("X remains detained"), so no patient was found. It is a passive whose patient is the linking verb's
subject, as "X is accused of sedition" is: ``roles.is_passive`` and ``roles.passive_subject_of`` read it through
``linked_host``. The verbs and participles are data (``linked_participles.json``): only acts done to the subject
(accused, charged, detained, jailed), never the subject's own stance or feeling ("remains committed to talks",
"stays concerned about Y"), nor a participle with a subject, auxiliary or object of its own. Kept apart from
``roles`` (which calls it) so that module stays short.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

from spacy.tokens import Token

from bilateral.events.word_files import read_word_file

_COMPLEMENT_DEPS = frozenset({"acomp", "xcomp", "oprd", "advcl"})
"""How the parser hangs a predicated participle on its linking verb ("stands accused of X by Y": an adverbial)."""
_OWN_ARGUMENTS = frozenset({"nsubj", "nsubjpass", "aux", "auxpass", "dobj"})


@dataclass(frozen=True, slots=True)
class LinkedParticiples:
    """The linking verbs and the participles they predicate as passives (``linked_participles.json``)."""

    linking: frozenset[str]
    forms: frozenset[str]
    """Inflected forms of the linking verbs, for the parse that leaves one unlemmatised as an auxiliary."""
    participles: frozenset[str]


@functools.cache
def load_linked_participles() -> LinkedParticiples:
    """The packaged linking verbs and participles, read and checked once per process."""
    return read_word_file("linked_participles.json", "linked participles", lambda data: LinkedParticiples(
        frozenset(data["linking"]), frozenset(data["forms"]), frozenset(data["participles"])))


def linked_host(verb: Token) -> Token | None:
    """The linking verb that predicates a participle of custody or charge of its subject ("stands" in "X stands
    accused of ..."), whose subject is the participle's patient; None for any other verb."""
    if verb.tag_ != "VBN":
        return None
    data = load_linked_participles()
    if verb.lemma_.lower() not in data.participles:
        return None
    for aux in verb.children:  # "X remains detained" read with "remains" the participle's auxiliary
        if aux.dep_ == "auxpass" and (aux.lemma_.lower() in data.linking or aux.lower_ in data.forms):
            return next((w for w in (verb, aux) if any(c.dep_ == "nsubj" for c in w.children)), None)
    host = verb.head
    if verb.dep_ not in _COMPLEMENT_DEPS or host.lemma_.lower() not in data.linking \
            or any(c.dep_ in _OWN_ARGUMENTS for c in verb.children):
        return None
    return host
