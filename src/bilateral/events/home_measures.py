"""A state's measure on its own people told as coming into force with no one named: "the nationwide curfew went
into effect", in a story whose earlier acts all took place in one country.

A curfew or a state of emergency is only ever a state's act on its own land (the lexicon's ``domestic`` event
nouns), and news often tells it by the measure alone, as a fact of the day: "the curfew had gone into effect". When
every earlier act of the document took place within one country (``implied.story_country``), the measure that the
sentence says came into force (frames.json ``taking_effect``, read by ``taking_effect.effect_phrase``) is that
country's government's, aimed at the country itself (the ``domestic`` target). Cheap: only the subject of a verb of
coming into force is looked up. As for any act, the sentence is read only when it names some actor or place
(``coder.code_events``' first test).

Not fired: a measure with an owner or a "by" agent ("the army's curfew", left to the nominal frames), a noun no
domestic entry knows ("the tariffs went into effect": taking_effect.py), a story of two countries or of no earlier
act, a measure whose coming into force is hedged or denied ("a curfew could go into effect").
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc

from bilateral.events.arguments import MentionIndex
from bilateral.events.frames import Frame
from bilateral.events.implied import IMPLIED, SAID, story_country
from bilateral.events.lexicon import Lexicon
from bilateral.events.modality import event_modality
from bilateral.events.nominal import noun_entries, noun_entry
from bilateral.events.roles import possessor_of, prep_objects
from bilateral.events.taking_effect import effect_phrase
from bilateral.models import Actor, Event, Mention
from bilateral.nlp import doc_tokens

__all__ = ["home_measures"]

_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
_BY = frozenset({"by"})
_GOVERNMENT = "GOV"
"""The sector that imposes a state's measures on its own land."""


def home_measures(sent: Doc, frames: Sequence[Frame], index: MentionIndex, earlier: Sequence[Event],
                  lexicon: Lexicon) -> list[Frame]:
    """Frames for the ownerless domestic measures of the sentence told as coming into force, as the story
    country's government's (see the module)."""
    if not earlier:
        return []
    taken = {w.i for f in frames for w in f.words}
    out: list[Frame] = []
    country: str | None = None
    for noun in doc_tokens(sent):
        if noun.pos_ != "NOUN" or noun.dep_ not in _SUBJECTS or noun.i in taken \
                or effect_phrase(noun.head) not in lexicon.rules.taking_effect \
                or possessor_of(noun) is not None or prep_objects(noun, _BY):
            continue
        entries = noun_entries(noun, lexicon)
        entry = noun_entry(noun, entries) if entries else None
        if entry is None or "domestic" not in entry.flags:
            continue
        country = country or story_country(earlier)
        if country is None:
            return out
        actor = Actor(text=noun.text, name=country, code=country + _GOVERNMENT, country=country,
                      sector=_GOVERNMENT, kind="state")
        source = Mention(actor, noun.i, noun.i + 1, noun.idx, noun.idx + len(noun), IMPLIED, "implied")
        if event_modality(noun.head, source, index, lexicon.rules) not in SAID:
            continue
        out.append(Frame(noun, [noun], entry, entry.cameo, [source], [], IMPLIED, False, True, noun, domestic=True))
    return out
