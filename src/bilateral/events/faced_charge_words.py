"""The words of the charge and trial constructions (``data/lexicon/faced_charges.json``), read apart from the rule
(events/faced_charges.py) so that the lexicon's pre-filter can read the trial nouns and their words of going on
("X's trial began") without importing the rule, which imports the lexicon.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

from bilateral.events.word_files import read_word_file, word_sets


@dataclass(frozen=True, slots=True)
class FacedCharges:
    """The words of the constructions (``faced_charges.json``)."""

    facing_verbs: frozenset[str]
    charge_nouns: frozenset[str]
    trial_nouns: frozenset[str]
    on_trial_verbs: frozenset[str]
    standing_verbs: frozenset[str]
    going_on: frozenset[str]


@functools.cache
def load_faced_charges() -> FacedCharges:
    """The packaged words, read and checked once per process."""
    return read_word_file("faced_charges.json", "faced charges", word_sets(FacedCharges))
