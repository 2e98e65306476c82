"""A body's measures it speaks of by a pronoun: "Brazilian officials said its tariffs, which importers pay, hit
farm goods" are Brazil's tariffs.

A measure noun (``customs_charges``, ``measure_nouns``: tariffs, duties, sanctions) whose possessor is "its" or
"their", as the subject of a clause reported by a speech verb, belongs to whoever speaks when the speaker is a state,
its government or an international body (or that body's officials): a state speaking of "its tariffs" means its own.
The frame is the measure, from the speaker's side; whom it hits comes from its phrase or, as for any measure with
none, from the speaker's earlier measures (events/repeated.py, which runs after this pass).

Not when:

- the speaker is a person ("the minister said its tariffs": "its" is not the minister), a company or a force, or no
  actor;
- the clause is not reported by a speech verb ("its tariffs hurt farmers": "its" may point anywhere);
- the possessor is a name ("Peru's tariffs", read by the nominal frames) or the noun is already a frame's word.

Cheap: only subjects of reported clauses whose possessor is one of two pronouns are looked at.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from spacy.tokens import Doc

from bilateral.actors.possessed_forces import reporting_subject
from bilateral.events.arguments import MentionIndex
from bilateral.events.frames import CONTROLLED, Frame
from bilateral.events.lexicon import Lexicon
from bilateral.events.nominal import noun_entries, noun_entry
from bilateral.events.roles import possessor_of
from bilateral.models import Mention
from bilateral.nlp import doc_tokens

__all__ = ["spoken_measures"]

_POSSESSIVES = frozenset({"its", "their"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
_STATE_SECTORS = frozenset({None, "GOV", "IGO"})
"""Sectors of the speakers that lay measures: a state named as such, its government, an international body."""
_LAID = "163"


def spoken_measures(sent: Doc, frames: Sequence[Frame], index: MentionIndex, lexicon: Lexicon) -> list[Frame]:
    """Frames for the measures a state or body speaks of as "its" or "their" own (see the module)."""
    rules = lexicon.rules
    charges = rules.customs_charges | rules.measure_nouns
    taken = {w.i for f in frames for w in f.words}
    out: list[Frame] = []
    for noun in doc_tokens(sent):
        if noun.dep_ not in _SUBJECTS or noun.lemma_.lower() not in charges or noun.i in taken:
            continue
        owner = possessor_of(noun)
        if owner is None or owner.lower_ not in _POSSESSIVES or index.at(owner) is not None:
            continue
        speaker = reporting_subject(noun.head, rules.speech_verbs)
        said_by = index.at(speaker) if speaker is not None else None
        if said_by is None or said_by.actor.kind == "person" or said_by.actor.sector not in _STATE_SECTORS:
            continue
        entries = noun_entries(noun, lexicon)
        entry = noun_entry(noun, entries) if entries else None
        if entry is None or entry.cameo != _LAID:
            continue
        source = Mention(replace(said_by.actor, text=owner.text), owner.i, owner.i + 1, owner.idx,
                         owner.idx + len(owner), said_by.confidence * CONTROLLED, "possessive")
        out.append(Frame(noun, [noun], entry, entry.cameo, [source], [], CONTROLLED, False, False, noun,
                         clause=noun.head))
    return out
