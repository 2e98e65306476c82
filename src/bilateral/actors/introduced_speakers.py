"""Speakers introduced by their office and named by a bare name where their quotation closes.

News copy often introduces a speaker by office in a sentence that opens a quotation at its end, then names the
person only in the attribution after the quotation's close: "A spokesman for Kenya's president dismissed the
charge. “If Uganda means peace, it must pull back its troops,” Ali Mwangi told reporters." The bare name is known
to no actor file, so the quotation would be nobody's. This pass gives the name the actor of the person the sentence
before introduced: the quotation it closes is the one that sentence opened.

It fires only where all of these hold, so that an analyst or a private person named at the close stays no one:
the sentence before ends with the opening quotation mark; its main subject is one person of a state's or an
organisation's side ("a spokesman for X", "the minister"); the closing sentence's speech verb, outside the
quotation, has for subject a proper name that names no actor and carries no description of its own ("Ali, a
resident, said" is someone else).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from spacy.tokens import Doc, Token

from bilateral.actors.anaphora import PRONOUN_CONFIDENCE, opens_quotation
from bilateral.models import Actor, Mention
from bilateral.nlp import doc_tokens

_SUBJECT_DEPS = frozenset({"nsubj"})
_NAME_DEPS = frozenset({"compound", "flat"})
"""Dependencies that join the words of one name ("Ali" on "Mwangi")."""
_GROUP_ENTITIES = frozenset({"GPE", "ORG", "NORP", "LOC", "FAC"})
"""Entity labels of a name that is no person's."""


def opens_at_end(text: str) -> bool:
    """Whether a sentence ends with a quotation mark that opens the quotation of the next sentence."""
    text = text.rstrip()
    return bool(text) and text[-1] in "“\"" and opens_quotation(text, len(text) - 1)


def introducer(subjects: Sequence[Actor]) -> Actor | None:
    """The one person a sentence's main subjects name who speaks for a side (a sector or an organisation of its
    own): "a spokesman for the president", not "Kenya", not "a Kenyan farmer" (coded by a country alone)."""
    people = [a for a in subjects if a.kind == "person"]
    if len(people) != 1 or len(subjects) != 1 or people[0].sector is None:
        return None
    return people[0]


def _bare_name(subj: Token) -> tuple[int, int] | None:
    """The token span of a subject that is a bare proper name of a person ("Ali Mwangi"): proper nouns only, no
    apposition or other description, not the name of a place or a body."""
    if subj.pos_ != "PROPN" or subj.ent_type_ in _GROUP_ENTITIES:
        return None
    if any(c.dep_ not in _NAME_DEPS for c in subj.children):
        return None
    words = list(subj.subtree)
    if any(w.pos_ != "PROPN" or w.ent_type_ in _GROUP_ENTITIES for w in words):
        return None
    return words[0].i, words[-1].i + 1


def introduced_speaker_mentions(sent: Doc, mentions: Sequence[Mention], speaker: Actor,
                                speech_verbs: frozenset[str], quoted: frozenset[int]) -> list[Mention]:
    """A mention of ``speaker`` (the person the sentence before introduced as it opened the quotation) for the
    bare name that is the subject of this sentence's speech verb outside the quotation ("“...,” Ali Mwangi told
    reporters"); none when the name names an actor already or is no bare person's name."""
    taken = {i for m in mentions for i in range(m.start, m.end)}
    for verb in doc_tokens(sent):
        if verb.lemma_.lower() not in speech_verbs or verb.i in quoted:
            continue
        for subj in (c for c in verb.children if c.dep_ in _SUBJECT_DEPS):
            span = _bare_name(subj)
            if span is None or any(i in taken for i in range(*span)):
                return []
            first, last = sent[span[0]], sent[span[1] - 1]
            text = sent[span[0]:span[1]].text
            return [Mention(replace(speaker, text=text), span[0], span[1], first.idx, last.idx + len(last),
                            PRONOUN_CONFIDENCE, "quote")]
    return []
