"""Hostile acts listed as the object of one verb, each its own act: "carried out bombings and gun attacks in X",
"launched raids and air strikes on Y", "conducted kidnappings and bombings against Z".

A verb that codes an act by its object noun ("conduct ... bombing", "launch ... raid") matches one noun of the
list, and the others stay bare nouns with no doer of their own, so one act is coded where the sentence tells
several (docs/gold-guidelines.md, Unit: one event per source, act and target). Each other member of the object's
coordination that the lexicon knows as an act noun of material conflict (quad class 4) is coded as a frame of its
own, with its own code ("bombing", "air strike") and the verb's parties and clause.

An act noun coded by itself ("they heard a blast and gunfire", "the shelling and air strikes on Y") lists its
fellows the same way: each other member of its own coordination with an act code of its own is coded with the
noun's parties; a member with the noun's own code ("attacks and assaults") is the same act told twice.

Not fired: a verb that codes no material conflict ("held talks and consultations with X" is one meeting told
twice); a list of things, not acts ("seized weapons and ammunition"); a verb and its own act noun or a verb and an
outcome ("launched an attack", "attacked and killed", "an ambush that killed 18": one attack), as no noun list is
the verb's object there.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from spacy.tokens import Token

from bilateral.codes import load_codes
from bilateral.events.arguments import conjuncts, first_conjunct
from bilateral.events.frames import Frame
from bilateral.events.lexicon import Lexicon
from bilateral.events.nominal import noun_entries, noun_entry

__all__ = ["listed_acts"]

_MATERIAL_CONFLICT = 4
"""Quad class of the acts listed apart: attacks, bombings, seizures, arrests."""
_MAX_MEMBERS = 8


def listed_acts(frames: Sequence[Frame], lexicon: Lexicon) -> list[Frame]:
    """New frames, one per act noun listed beside the object noun a material-conflict verb frame matched."""
    out: list[Frame] = []
    for frame in frames:
        seed = _seed(frame)
        if seed is None or not frame.sources or load_codes().get(frame.cameo).quad_class != _MATERIAL_CONFLICT:
            continue  # cheap exit: most frames match no listed noun
        for noun in _members(seed):
            if noun in frame.words:
                continue
            entries = noun_entries(noun, lexicon)
            entry = noun_entry(noun, entries) if entries else None
            if entry is None or load_codes().get(entry.cameo).quad_class != _MATERIAL_CONFLICT \
                    or (seed == frame.trigger and entry.cameo == frame.cameo):
                continue
            out.append(replace(frame, trigger=noun, words=[noun], entry=entry, cameo=entry.cameo,
                               sources=list(frame.sources), targets=list(frame.targets), extra=[],
                               statement=None))
    return out


def _seed(frame: Frame) -> Token | None:
    """The noun whose coordination may list more acts: a verb frame's first object noun, or a noun frame's own
    trigger when it is a member of a coordination ("a blast and gunfire"); None otherwise."""
    trigger = frame.trigger
    if trigger.pos_ == "VERB":
        return next((w for w in frame.words if w.pos_ == "NOUN" and w != trigger), None)
    if trigger.pos_ == "NOUN" and (trigger.dep_ == "conj" or any(c.dep_ == "conj" for c in trigger.children)):
        return trigger
    return None


def _members(noun: Token) -> list[Token]:
    """The nouns of the coordination ``noun`` belongs to ("bombings and gun attacks"), in order; [noun] alone when
    it is in none."""
    return conjuncts(first_conjunct(noun, _MAX_MEMBERS), _MAX_MEMBERS, "NOUN")
