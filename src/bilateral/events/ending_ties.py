"""A threat raised to the end of ties: "If Oslo keeps the quota, Lisbon will close its ports to Norwegian ships.
That will be the end of all Portugal-Norway ties."

Right after a threat, a sentence whose demonstrative subject ("this", "that", "it": what the threat announced)
"will be the end of" the ties (frames.json ``tie_nouns``) of the two sides the threat set against each other, named
on the ties ("the A-B relationship"), raises the threat to cutting relations: CAMEO's threat to break relations
(``intent_code("threaten", "161")``: 1313), by the threat's source against its target.

Not when: no threat was told in the sentence just before; the ties named are not those of the threat's two sides
("the end of the A-C partnership"); the end is not announced ("this was the end of ..."); the subject names a thing
of its own ("the vote will be the end of ...").

Cheap: a word test on the sentence and on the story's events before any walk over its parse.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from spacy.tokens import Doc, Token

from bilateral.nlp import doc_forms, doc_lemmas, doc_tokens
from bilateral.events.arguments import MentionIndex
from bilateral.events.frames import Frame
from bilateral.events.lexicon import Lexicon, TriggerEntry
from bilateral.models import Event, Mention

ENDED = 0.8
"""Confidence of a threat raised to the end of ties: its parties are the told threat's, checked on the ties."""
_SEVERING = "161"
_DEMONSTRATIVES = frozenset({"this", "that", "it"})
_THREATEN = "THREATEN"
_MADE = frozenset({"asserted", "future", "alleged"})


def _threat(earlier: Sequence[Event], position: int) -> Event | None:
    """The one threat with a target told as made in the sentence just before ``position``."""
    found = {(e.source.country, e.target.country): e for e in earlier if e.sentence_index == position - 1
             and e.event_type == _THREATEN and e.modality in _MADE and e.target is not None}
    return next(iter(found.values())) if len(found) == 1 else None


def _ended_ties(end: Token, lexicon: Lexicon) -> Token | None:
    """The ties an announced "this will be the end of" names; None otherwise."""
    be = end.head
    if end.dep_ != "attr" or be.lemma_ != "be" \
            or not any(c.dep_ == "aux" and c.lower_ in lexicon.rules.future_aux for c in be.children) \
            or not any(c.dep_ == "nsubj" and c.lower_ in _DEMONSTRATIVES for c in be.children):
        return None
    return next((o for p in end.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children
                 if o.dep_ == "pobj" and o.lemma_.lower() in lexicon.rules.tie_nouns), None)


def ending_ties(sent: Doc, index: MentionIndex, earlier: Sequence[Event], position: int,
                lexicon: Lexicon) -> list[Frame]:
    """Frames for the sentence's "that will be the end of all A-B ties" after A's threat to B (see the module)."""
    if "end" not in doc_forms(sent) or lexicon.rules.tie_nouns.isdisjoint(doc_lemmas(sent)) \
            or (threat := _threat(earlier, position)) is None or threat.target is None:
        return []
    out: list[Frame] = []
    for end in doc_tokens(sent):
        if end.lower_ != "end" or (ties := _ended_ties(end, lexicon)) is None:
            continue
        sides = {m.actor.country for t in ties.subtree if t.i < ties.i and (m := index.at(t)) is not None}
        if not {threat.source.country, threat.target.country} <= sides:
            continue
        cameo = lexicon.rules.intent_code("threaten", _SEVERING, "SANCTION")
        subj = next(c for c in end.head.children if c.dep_ == "nsubj")
        source = Mention(replace(threat.source, text=subj.text), subj.i, subj.i + 1, subj.idx, subj.idx + len(subj),
                         ENDED, "told")
        target = Mention(replace(threat.target, text=ties.text), ties.i, ties.i + 1, ties.idx,
                         ties.idx + len(ties), ENDED, "told")
        entry = TriggerEntry("noun", "end", None, frozenset(), frozenset(), cameo, frozenset(), 0)
        out.append(Frame(end, [end], entry, cameo, [source], [target], ENDED, False, False, end.head))
    return out
