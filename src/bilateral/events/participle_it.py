"""The pronoun "it" as the object of a participle on the main clause: "fighting an insurgency against the state,
accusing it of ...", "condemned Israel, calling it ...".

There "it" can only stand for a group actor (a state, an organisation) that the main clause names as its direct
object or as its "against" object; a partner ("signed a deal with X, calling it ...": "it" is the deal) or a
thing ("seized the town, accusing it ...") binds nothing. ``speech.bound_object`` gives the participle's frame
that actor as its target; personal pronouns ("him", "them") are bound there as before.

After a characterising verb ("calling it", "describing it as") "it" is the thing the main clause acts on, when
that is no actor: "rejected Uganda's plan, calling it unfair" judges the plan, so Uganda, its owner, is criticised
(``characterised_by_participle``, read by ``speech.characterisation``, which also takes the main clause's subject
as the one who calls it so). Not a thing after a partner ("signed a deal with X, calling it historic": the deal
is the object, X no owner of it) nor an actor object (bound as above).

So too a relative "which" that stands for the whole main clause ("X donated vaccines to Y, which Z described as
a gesture of friendship"): what is judged is the main clause's act, so its subject, the doer, is what the verdict
is on (``clause_relative_doer``). Only a relative hung on a verb: one hung on a noun ("Y, which Z called a rogue
state") stands for that noun, as before.
"""

from __future__ import annotations

from spacy.tokens import Token

from bilateral.events.arguments import MentionIndex
from bilateral.events.roles import prep_objects, subject_of
from bilateral.models import Mention

_AGAINST = frozenset({"against"})
_WHEN = frozenset({"DATE", "TIME"})
"""Entity types of a time phrase, on which the parser may hang a relative that stands for the whole clause."""


def participle_it(verb: Token, pronoun: Token) -> bool:
    """Whether ``pronoun`` is "it" as the object of a participle (VBG ``advcl``) after its main clause."""
    return pronoun.lower_ == "it" and verb.dep_ == "advcl" and verb.tag_ == "VBG" and verb.head.i < verb.i


def main_clause_objects(verb: Token, index: MentionIndex, own: set[str]) -> list[Mention]:
    """The group actors (no person, not the speaker's own ``own`` codes) the participle's main clause names as its
    direct object or as the "against" object of it or of its object ("fighting an insurgency against X")."""
    main = acting_verb(verb.head)
    objects = [c for c in main.children if c.dep_ == "dobj"]
    objects += prep_objects(main, _AGAINST) + [o for c in objects for o in prep_objects(c, _AGAINST)]
    return [m for t in objects for m in index.actors(t) if m.actor.code not in own and m.actor.kind != "person"]


_TO_DEPS = frozenset({"xcomp", "relcl"})
"""How an infinitive hangs on its governor: "moved to reject X" (``xcomp``), "the first to reject X" (``relcl``)."""
_FRAME_DEPS = frozenset({"attr", "acomp"})
"""How a copula holds the word that governs an infinitive: "was the first to ...", "was quick to ..."."""


def acting_verb(main: Token) -> Token:
    """The verb of the main clause that acts on its object: ``main`` itself when it has a direct object, else the
    infinitive it frames ("moved to reject X", "was quick to reject X", "was the first to reject X": "reject",
    where the parser hangs the participle on "moved" or "was"); ``main`` when there is no such infinitive."""
    if any(c.dep_ == "dobj" for c in main.children):
        return main
    heads = [main, *(c for c in main.children if c.dep_ in _FRAME_DEPS)] if main.lemma_ == "be" else [main]
    for head in heads:
        for child in head.children:
            if child.dep_ in _TO_DEPS and child.pos_ == "VERB" \
                    and any(a.dep_ == "aux" and a.lower_ == "to" for a in child.children):
                return child
    return main


def characterised_by_participle(verb: Token, thing: Token | None, index: MentionIndex,
                                relative_pronouns: frozenset[str]) -> tuple[Token | None, Token | None]:
    """For a characterising participle after its main clause ("Kenya rejected Uganda's plan, calling it unfair"):
    the thing "it" stands for when the main clause's direct object is a thing, no actor ("plan"; else ``thing``
    as it was), and the main clause's subject, who does the calling ("Kenya"; None for any other verb)."""
    if thing is not None and (doer := clause_relative_doer(verb, thing, relative_pronouns)) is not None:
        return doer, None
    if verb.dep_ != "advcl" or verb.tag_ != "VBG" or verb.head.i > verb.i:
        return thing, None
    if thing is not None and participle_it(verb, thing):
        obj = next((c for c in acting_verb(verb.head).children if c.dep_ == "dobj"), None)
        if obj is not None and obj.pos_ == "NOUN":  # a common noun, also one standing for its owner
            thing = obj
    return thing, subject_of(verb.head, relative_pronouns)


def clause_relative_doer(verb: Token, thing: Token, relative_pronouns: frozenset[str]) -> Token | None:
    """The subject of the main clause when the object of ``verb`` is a relative "which" that stands for that whole
    clause ("X donated vaccines to Y, which Z described as ...": X), also when the parser hangs the relative on
    the clause's time phrase ("in May, which ..."); None for any other object, and for a relative hung on a noun
    ("Y, which Z called ...", the parser's ``relcl`` on the noun)."""
    if thing.lower_ != "which" or thing.dep_ != "dobj" or verb.dep_ not in ("advcl", "relcl"):
        return None
    main = verb.head
    if main.ent_type_ in _WHEN and main.dep_ in ("npadvmod", "pobj"):  # "... in May, which Z described as": no
        main = main.head.head if main.dep_ == "pobj" else main.head    # one describes the month, but the act
    if main.pos_ not in ("VERB", "AUX") or main.i > thing.i:
        return None
    return subject_of(main, relative_pronouns)
