"""A threat the story told before, told again as the subject of its sentence: "X threatened retaliation against Y if
... The warning comes as Y's parliament prepares to vote ...". The definite threat noun (frames.json
``threat_nouns``: "the warning", "this threat", "the ultimatum") with no party of its own is the story's latest
threat, coded again with its parties and code, as the gold codes a happening told again (docs/gold-guidelines.md).

Not when: the noun is indefinite or names its own content or owner ("a threat", "the threat of sanctions", "X's
warning"); it is no subject (an object or a place in a phrase: "heeded the warning", "despite the threat" say
nothing happened here); a party of the sentence already holds it; the story's threats have several sources (which
one is meant is open); the clause is not said as fact ("the warning could come").

Cheap: a word test on the sentence and on the story's earlier events before any walk over its parse.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from spacy.tokens import Doc, Token

from bilateral.events.arguments import MentionIndex
from bilateral.events.frames import DIRECT, Frame
from bilateral.events.lexicon import Lexicon
from bilateral.events.modality import event_modality
from bilateral.events.nominal import noun_entries, noun_entry
from bilateral.events.told_attacks import TOLD
from bilateral.models import Event, Mention
from bilateral.nlp import doc_text, doc_tokens

_DEFINITE = frozenset({"the", "this", "that"})
_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
_OWN_DEPS = frozenset({"prep", "poss", "compound", "acl", "relcl"})
"""Dependents by which a threat noun names its own content, owner or parties ("the threat of sanctions")."""
_THREATEN = "THREATEN"


def _referent(earlier: Sequence[Event]) -> Event | None:
    """The story's latest asserted threat, when all its threats have one source."""
    threats = [e for e in earlier if e.event_type == _THREATEN and e.modality == "asserted" and e.target is not None]
    if not threats or len({e.source.code for e in threats}) != 1:
        return None
    return threats[-1]


def _bare_definite(noun: Token) -> bool:
    """A definite subject noun with nothing of its own: "the warning comes", not "the threat of sanctions"."""
    return noun.dep_ in _SUBJECT_DEPS and any(c.dep_ == "det" and c.lower_ in _DEFINITE for c in noun.children) \
        and not any(c.dep_ in _OWN_DEPS for c in noun.children)


def retold_threats(sent: Doc, frames: Sequence[Frame], index: MentionIndex, earlier: Sequence[Event],
                   lexicon: Lexicon) -> list[tuple[Frame, Event]]:
    """Frames for the sentence's threat nouns that tell the story's latest threat again, each with the earlier
    event it tells again (whose date it takes when its sentence names none)."""
    nouns = lexicon.rules.threat_nouns
    text = doc_text(sent).lower()
    if not any(word in text for word in nouns) or (referent := _referent(earlier)) is None \
            or referent.target is None:
        return []
    taken = {w.i for f in frames if f.sources for w in f.words}
    out: list[tuple[Frame, Event]] = []
    for noun in doc_tokens(sent):
        if noun.pos_ != "NOUN" or noun.lemma_.lower() not in nouns or noun.i in taken or index.at(noun) is not None \
                or not _bare_definite(noun):
            continue
        entries = noun_entries(noun, lexicon)
        entry = noun_entry(noun, entries) if entries else None
        if entry is None:
            continue
        governor = noun.head
        # the two borrowed parties on two words, that the coder tells them apart: the source on the verb
        source = Mention(replace(referent.source, text=governor.text), governor.i, governor.i + 1, governor.idx,
                         governor.idx + len(governor), TOLD, "told")
        target = Mention(replace(referent.target, text=noun.text), noun.i, noun.i + 1, noun.idx,
                         noun.idx + len(noun), TOLD, "told")
        if event_modality(governor, source, index, lexicon.rules) != "asserted":
            continue
        out.append((Frame(noun, [noun], entry, referent.cameo, [source], [target], DIRECT, False, False, governor),
                    referent))
    return out
