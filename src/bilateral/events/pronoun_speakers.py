"""The speaker a pronoun subject of a reported clause stands for: "Peru says it will retaliate" is Peru's act.

Verb frames (``frames``) and the statement, demand and stance passes all fall back on it when a subject names
no actor of its own, and so does a passive verb frame for its patient ("X told the court he had been held in Y":
X was arrested); kept apart from ``frames`` as the one reading of reported speech they share.
"""

from __future__ import annotations

from spacy.tokens import Token

from bilateral.events.arguments import MentionIndex
from bilateral.events.lexicon import Lexicon
from bilateral.events.roles import subject_of
from bilateral.models import Mention

_PRONOUNS = frozenset({"it", "they", "he", "she", "we", "i"})


def speaker_of_pronoun(subj: Token, index: MentionIndex, lexicon: Lexicon) -> list[Mention]:
    """"Peru says it will retaliate": a pronoun subject of a reported clause is the reporting subject, also
    through a participle ("..., adding that he would ...", "..., saying it would ...") or a speech verb
    coordinated after another verb of the same subject ("Peru met X and said it would ...")."""
    if subj.lower_ not in _PRONOUNS:
        return []
    clause = subj.head
    while clause.dep_ in ("xcomp", "conj", "acomp") and clause.head != clause:
        clause = clause.head
    if clause.dep_ != "ccomp" or clause.head.lemma_.lower() not in lexicon.rules.speech_verbs:
        return []
    speech = clause.head
    speaker = subject_of(speech, lexicon.rules.relative_pronouns)
    participle = speech.dep_ in ("advcl", "conj", "xcomp") and speech.tag_ == "VBG"
    if speaker is None and (participle or (speech.dep_ == "conj" and speech.head.pos_ in ("VERB", "AUX"))):
        # "Okafor said ..., adding that he would raise it": the participle speaks with its clause's subject;
        # "Okafor met the envoy and said he would raise it": a coordinated speech verb with its first conjunct's
        speaker = subject_of(speech.head, lexicon.rules.relative_pronouns)
    return index.actors(speaker) if speaker is not None else []
