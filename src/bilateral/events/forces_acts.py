"""Act nouns that the actor resolver takes in as the head of a forces mention.

The actor vocabulary counts some act nouns among a country's forces ("air strikes", "air raids", "shelling"), so
that "Russian air strikes killed ten soldiers" has its doer as the verb's subject: the demonym or possessor and the
noun make one mention (RUSMIL). Named with its own target phrase ("Chad's air raids on Y", "Peruvian shelling of
Y"), the noun is also an act in its own right, the mention's country on the target: this module says when such a
noun may still open a nominal frame (events/nominal.py), whose source is then the mention itself.
"""

from __future__ import annotations

from spacy.tokens import Token

from bilateral.events.arguments import MentionIndex
from bilateral.events.lexicon import TriggerEntry
from bilateral.events.roles import prep_objects


def acting_forces(noun: Token, entry: TriggerEntry, index: MentionIndex) -> bool:
    """Whether an act noun covered by a mention is that mention's head with a doer written before it and an actor
    in one of the entry's target phrases ("Chad's air raids on Y", "Peruvian air strikes against Y"). Not a noun
    with no target phrase ("Russian air strikes killed ten soldiers": the mention is the verb's subject), nor
    one whose phrase names no actor ("air strikes on the hills"), nor a noun alone in its mention ("strikes" read
    as forces with no country written)."""
    mention = index.at(noun)
    if mention is None or mention.end != noun.i + 1 or mention.start >= noun.i:
        return False
    return any(index.actors(pobj) for pobj in prep_objects(noun, entry.preps))
