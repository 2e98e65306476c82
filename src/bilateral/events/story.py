"""What the story around a sentence tells that the sentence's own words do not, handed to the event coder.

A handful of rules need a fact of the whole story: the armed group a later sentence says claimed its attack
(events/claimed_ahead.py), the country it happens in (events/arriving_helpers.py, events/hosted_attacks.py), the
two sides of its war (events/mediated_truces.py, events/ready_acts.py) and who it told escaping from custody
(events/escapes.py). The pipeline gathers them per document and per sentence into one ``StoryFacts``, so that
``coder.code_events`` takes one argument for all of them rather than one keyword each. The story's countries are
counted only when a rule asks for them (two searches over the document's text each): most sentences never do.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cached_property

from bilateral.models import Actor


def _none() -> str | None:
    return None


@dataclass
class StoryFacts:
    """The story's facts for one sentence (all empty for a sentence coded alone)."""

    claimant: Actor | None = None
    """The armed group a later sentence says claimed the story's attack."""
    sides: Sequence[Actor] = ()
    """The two states the story names as the sides of a war (actors/warring.py)."""
    escaper: Actor | None = None
    """The latest actor the story told escaping from custody, for "condemned the jailbreak"."""
    host_of: Callable[[], str | None] = _none
    """Counts the country the story happens in, named outside the sentence."""
    scene_of: Callable[[], str | None] = _none
    """Counts the same or, in a story of two countries, the one named clearly most."""

    @cached_property
    def host(self) -> str | None:
        """The country the story happens in, named outside the sentence (``ActorContext.document_country``)."""
        return self.host_of()

    @cached_property
    def scene(self) -> str | None:
        """The country the story's acts happen in when the sentence names no place (``leading_country``)."""
        return self.scene_of()
