"""The pronoun "it" as the object of a participle on the main clause: "fighting an insurgency against the state,
accusing it of ...", "condemned Israel, calling it ...".

There "it" can only stand for a group actor (a state, an organisation) that the main clause names as its direct
object or as its "against" object; a partner ("signed a deal with X, calling it ...": "it" is the deal) or a
thing ("seized the town, accusing it ...") binds nothing. ``speech.bound_object`` gives the participle's frame
that actor as its target; personal pronouns ("him", "them") are bound there as before.
"""

from __future__ import annotations

from spacy.tokens import Token

from bilateral.events.arguments import MentionIndex
from bilateral.events.roles import prep_objects
from bilateral.models import Mention

_AGAINST = frozenset({"against"})


def participle_it(verb: Token, pronoun: Token) -> bool:
    """Whether ``pronoun`` is "it" as the object of a participle (VBG ``advcl``) after its main clause."""
    return pronoun.lower_ == "it" and verb.dep_ == "advcl" and verb.tag_ == "VBG" and verb.head.i < verb.i


def main_clause_objects(verb: Token, index: MentionIndex, own: set[str]) -> list[Mention]:
    """The group actors (no person, not the speaker's own ``own`` codes) the participle's main clause names as its
    direct object or as the "against" object of it or of its object ("fighting an insurgency against X")."""
    main = verb.head
    objects = [c for c in main.children if c.dep_ == "dobj"]
    objects += prep_objects(main, _AGAINST) + [o for c in objects for o in prep_objects(c, _AGAINST)]
    return [m for t in objects for m in index.actors(t) if m.actor.code not in own and m.actor.kind != "person"]
