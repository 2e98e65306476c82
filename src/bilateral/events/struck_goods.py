"""Goods said to be hit by a measure the story has just told, with no one named: "Brazil announced duties on
Peruvian goods ... Coffee, copper and textiles will also be hit".

A verb that lays a measure when its object is one (the lexicon's entry for "hit" or "target" qualified by a measure
noun of ``measure_nouns``: "hit Y with tariffs") is told in the passive with the goods the measure covers as its
subject and no agent: the sentence goes on telling the measure the sentence before laid, and says only what it
covers. It is that measure again, coded as the lexicon's measure sense of the verb, from the measure's owner to the
side it was aimed at: the asserted or alleged sanctions and tariffs (163) coded on the sentence just before, when
they all came from one side and went to one side. Told as such the goods' fate is the measure's own: it is coded
as said when that measure was (a measure told as laid, whose goods "will be hit" as it applies, is no threat).

Not when:

- the verb has a source already, or a target other than the measure's ("the goods of Peru were hit" after a
  measure on Peru is that measure);
- the verb is told with how badly ("stocks were hit hard": the measure's harm, ``harm_adverbs``), or has an
  agent ("crops were hit by a storm") or a subject that is an actor or a pronoun ("Canadian
  farmers will be hit", "they were hit": whom it harms, not what it covers); goods "from" a country named are goods
  all the same;
- the sentence before told no measure, or measures by two sides or on two sides (who hits the goods is not told);
- the sentence names an actor of a third country (the goods may be that country's, or its measure's);
- the verb's clause is hedged or denied ("coffee could be hit", "coffee will not be hit").

Cheap: only agentless passives of the few verbs with a measure sense are looked at, and only the previous
sentence's events are read.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from spacy.tokens import Doc

from bilateral.events.arguments import MentionIndex
from bilateral.events.frames import CONTROLLED, Frame
from bilateral.events.implied import SAID
from bilateral.events.lexicon import Lexicon, TriggerEntry
from bilateral.events.modality import event_modality
from bilateral.events.roles import agent_of, is_passive
from bilateral.models import Actor, Event, Mention
from bilateral.nlp import doc_tokens

__all__ = ["struck_goods"]

_LAID = "163"
"""The code of sanctions and customs charges: the measure whose goods are told."""
_SUBJECTS = frozenset({"nsubjpass"})


def _measure_sense(lemma: str, lexicon: Lexicon) -> TriggerEntry | None:
    """The entry of a verb that lays a measure when a measure noun is its object ("hit ... with tariffs")."""
    nouns = lexicon.rules.measure_nouns
    return next((e for e in lexicon.lookup("verb", lemma) if e.cameo == _LAID and e.objects & nouns), None)


def _side(actor: Actor) -> str:
    """One side of a measure: a country, whatever its sector, or a body."""
    return actor.country or actor.code


def _told_measure(earlier: Sequence[Event], position: int) -> Event | None:
    """The measure told on the sentence just before, when every measure told there came from one side and went to
    one side; None otherwise."""
    laid = [e for e in earlier if e.sentence_index == position - 1 and e.cameo == _LAID and e.modality in SAID
            and e.target is not None]
    if not laid or len({_side(e.source) for e in laid}) != 1 \
            or len({_side(e.target) for e in laid if e.target is not None}) != 1:
        return None
    return laid[-1]


def struck_goods(sent: Doc, frames: list[Frame], index: MentionIndex, earlier: Sequence[Event], position: int,
                 lexicon: Lexicon) -> None:
    """Code each actorless passive of a measure verb whose subject is goods as the measure the sentence before
    told, from its owner to its target, in place of the verb's frame of another sense (see the module)."""
    told = _told_measure(earlier, position) if position > 0 else None
    if told is None or told.target is None:
        return
    own = {f.trigger.i: k for k, f in enumerate(frames)}
    for verb in doc_tokens(sent):
        k = own.get(verb.i)
        if verb.tag_ != "VBN" or k is not None and (frames[k].sources or any(
                _side(t.actor) != _side(told.target) for t in frames[k].targets)):
            continue
        entry = _measure_sense(verb.lemma_.lower(), lexicon)
        if entry is None or not is_passive(verb) or agent_of(verb) is not None \
                or any(c.dep_ == "advmod" and c.lower_ in lexicon.rules.harm_adverbs for c in verb.children):
            continue
        subject = next((c for c in verb.children if c.dep_ in _SUBJECTS), None)
        if subject is None or subject.pos_ != "NOUN" \
                or any(index.at(w) is not None for w in (subject, *subject.conjuncts)):
            continue
        named = {m.actor.country for m in index.by_token.values()} - {None}
        if named - {told.source.country, told.target.country}:
            continue
        source = Mention(replace(told.source, text=verb.text), verb.i, verb.i + 1, verb.idx, verb.idx + len(verb),
                         CONTROLLED, "told")
        if event_modality(verb, source, index, lexicon.rules) not in SAID | {"future"}:
            continue
        target = Mention(replace(told.target, text=subject.text), subject.i, subject.i + 1, subject.idx,
                         subject.idx + len(subject), CONTROLLED, "told")
        frame = Frame(verb, [verb], entry, entry.cameo, [source], [target], CONTROLLED, False, False, subject)
        if k is None:
            frames.append(frame)
        else:
            frames[k] = frame
