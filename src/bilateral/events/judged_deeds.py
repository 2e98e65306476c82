"""Deeds a verb of condemnation or praise takes as its object: "X condemned the killing of protesters by police",
"Y hailed the arrest of the suspects by Z".

What such a verb (``judging_verbs`` in frames.json) judges was done: a weak act noun there ("killing", "arrest",
"raid" are weak in the lexicon, for they also name what is sought or feared) is told, not guessed, once its doer is
named, so ``nominal.noun_frame`` drops the weak factor for it. The parser often hangs the noun's "by" phrase on the
active judging verb, which takes no agent of its own: that phrase is the deed's doer (``judged_doers``), as
``frames.py`` already reads it for the verb's own target. Not a deed asked for, opposed or feared ("demanded the
arrest of X", "opposed the raid", "condemned calls for the killing of X": not the verb's object), nor one with no
doer named (left weak: "condemned the killing of X" says nothing of who killed). Cheap: a word test on the governing
verb.
"""

from __future__ import annotations

from spacy.tokens import Token

from bilateral.events.arguments import MentionIndex
from bilateral.events.lexicon import FrameRules
from bilateral.events.roles import prep_objects
from bilateral.models import Mention

_BY = frozenset({"by"})


def judged(noun: Token, rules: FrameRules) -> bool:
    """Whether the act noun ``noun`` is the direct object of a verb of condemnation or praise
    ("condemned the arrests of X"): then the deed was done."""
    head = noun.head
    return noun.dep_ == "dobj" and head.pos_ == "VERB" and head.lemma_.lower() in rules.judging_verbs


def judged_doers(noun: Token, index: MentionIndex, rules: FrameRules) -> tuple[list[Mention], Token | None]:
    """Who did the judged deed ``noun`` when the parser hangs its "by" phrase on the judging verb ("condemned the
    arrests of X by police": by -> condemned), and the token that names them; nothing for another noun or verb."""
    if not judged(noun, rules):
        return [], None
    for pobj in prep_objects(noun.head, _BY):
        if found := index.actors(pobj):
            return found, pobj
    return [], None
