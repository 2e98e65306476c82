"""A threat its maker restates in the first person, with a pronoun for the act: "Lisbon threatened to close its ports
to Oslo's ships ... The minister went on: “If we must, we will do it.”", "“And if they push us, we'll use it.”".

Inside a quotation, "we"/"I" announcing an act on a condition with only a pronoun ("it", "that", "so") for what is
done names no act and no target of its own: the pronoun stands for what its speaker last said they would do. When
that is a threat the story told a few sentences before (within ``NEAR``), the promise is that threat told again by
its maker, coded with its code and target and dated as it was, as the gold codes a happening told again
(docs/gold-guidelines.md).

Not when: the subject is no first person standing for the threat's maker ("they will do it", or "we" of another
side); the act is not announced (no "will"/"'ll": "if we had to, we did it") or negated ("we won't do it": no
threat); it is set on no condition ("we'll do it tomorrow" may be anything the speaker plans); what is done is
named ("we'll build the road"); the latest act of the maker's country is no threat (an offer told after the
threat is what "it" stands for) or lies more than ``NEAR`` sentences back; the threat had no target.

Cheap: a test of the story's recent events and of the sentence's words before any walk over its parse.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from spacy.tokens import Doc, Token

from bilateral.nlp import doc_forms, doc_tokens
from bilateral.events.arguments import MentionIndex
from bilateral.events.frames import Frame
from bilateral.events.lexicon import Lexicon, TriggerEntry
from bilateral.events.roles import subject_of
from bilateral.models import Event, Mention

NEAR = 4
"""How many sentences back the maker's threat may lie: a quotation restating it follows the report of it."""
RESTATED = 0.8
"""Confidence of a threat restated with a pronoun: its act and target are the told threat's."""
RESTATING = re.compile(r"\b(?:we|I)\s*(?:'ll|’ll|\bwill|\bshall)\s+\w+\s+(?:it|that|so)\b", re.IGNORECASE)
"""Cheap test on a sentence's words for a first-person promise with a pronoun for the act ("we'll do it"): such
a sentence names no trigger, so the parse pre-filter (``candidates``) keeps it for this pass."""
_FIRST_PERSON = frozenset({"we", "i"})
_ACT_PRONOUNS = frozenset({"it", "that", "so"})
"""Pronouns that stand for an act announced before ("we'll do it", "we will do so")."""
_CONDITION_MARKS = frozenset({"if", "unless"})
_MADE = frozenset({"asserted", "future", "alleged"})
_THREATEN = "THREATEN"


def latest_acts(earlier: Sequence[Event], position: int) -> dict[str, Event]:
    """Each side's latest act told as made within ``NEAR`` sentences before ``position``, by source country: "we"
    of a minister is the state that the story names as "Lisbon"."""
    latest: dict[str, Event] = {}
    for event in earlier:
        if position - NEAR <= event.sentence_index < position and event.event_type is not None \
                and event.modality in _MADE and event.source.country is not None:
            latest[event.source.country] = event
    return latest


def _pronoun_act(verb: Token, lexicon: Lexicon) -> Token | None:
    """The pronoun object of a verb announced on a condition, unnegated ("if we must, we'll do it"); else None."""
    deps = {c.dep_ for c in verb.children}
    if "neg" in deps or not any(c.dep_ == "aux" and c.lower_ in lexicon.rules.future_aux for c in verb.children) \
            or not any(c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in _CONDITION_MARKS
                                                 for m in c.children) for c in verb.children):
        return None
    return next((c for c in verb.children if c.dep_ in ("dobj", "advmod") and c.lower_ in _ACT_PRONOUNS), None)


def restated_threats(sent: Doc, frames: Sequence[Frame], index: MentionIndex, earlier: Sequence[Event],
                     position: int, lexicon: Lexicon) -> list[tuple[Frame, Event]]:
    """Frames for the sentence's first-person promises that restate their maker's recent threat (see the module),
    each with the threat it restates, whose date it takes when its sentence names none."""
    threats = {country: e for country, e in latest_acts(earlier, position).items()
               if e.event_type == _THREATEN and e.target is not None}
    if not threats or _FIRST_PERSON.isdisjoint(doc_forms(sent)) or _ACT_PRONOUNS.isdisjoint(doc_forms(sent)):
        return []
    coded = {f.trigger.i for f in frames if f.sources}
    out: list[tuple[Frame, Event]] = []
    for verb in doc_tokens(sent):
        if verb.pos_ not in ("VERB", "AUX") or verb.i in coded or (pronoun := _pronoun_act(verb, lexicon)) is None:
            continue
        subj = subject_of(verb, lexicon.rules.relative_pronouns)
        if subj is None or subj.lower_ not in _FIRST_PERSON:
            continue
        makers = [m for m in index.actors(subj) if m.actor.country in threats]
        if len(makers) != 1:
            continue
        threat = threats[makers[0].actor.country or ""]
        if threat.target is None:
            continue
        entry = TriggerEntry("verb", verb.lemma_.lower(), None, frozenset(), frozenset(), threat.cameo,
                             frozenset(), 0)
        target = Mention(replace(threat.target, text=pronoun.text), pronoun.i, pronoun.i + 1, pronoun.idx,
                         pronoun.idx + len(pronoun), RESTATED, "restated")
        out.append((Frame(verb, [verb], entry, threat.cameo, [makers[0]], [target], RESTATED, False, False, verb),
                    threat))
    return out
