"""A disapproving word on an actor's act in a quotation going on: "“X's antidemocratic rule is costing lives”", "“...
to end this abusive threat from Y.”".

A speaker who calls an actor's act by a disapproving word (frames.json ``disapproving_words``, as an adjective on
the noun) criticises that actor (CAMEO 111), as saying the act is one does (``speech.reported_verdict``). Read only
in a sentence that goes on a quotation whose speaker an earlier sentence names (``running_quotes``), where every word
is the speaker's, and only on a noun of an act whose possessor or "from"/"by" phrase is its doer (frames.json
``doer_act_nouns``: rule, threat, invasion, policy ...), never on one done to its possessor ("X's unjust
detention": events/patient_acts.py). Not fired for a noun inside a clause of another speech verb (someone else's
words the speaker tells), nor for an owner of the speaker's own country. Cheap: a word test on the sentence's
tokens, and only when a speaker was handed in.

The same word on a claim noun ("“... to fight off these groundless legal challenges.”", frames.json ``claim_nouns``)
rejects the claim (CAMEO 120), as calling it so does (``speech._refutation``): aimed at the claim's maker when its
own phrase names it, else left for ``replies.answer_replies`` to aim at the maker of the document's earlier
accusation against the speaker's side (none found: nothing is coded).
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Token

from bilateral.events.arguments import MentionIndex
from bilateral.events.frames import DIRECT, Frame
from bilateral.events.lexicon import FrameRules, Lexicon, TriggerEntry
from bilateral.events.roles import possessor_of, prep_objects
from bilateral.models import CameoCode, Mention

_REJECT = CameoCode("120")
"""CAMEO "reject, not specified": what a disapproving word on a claim says of the claim."""
_CRITICISE = CameoCode("111")
"""CAMEO "criticize or denounce": what a disapproving word on an actor's act says of the actor."""
_DOER_PREPS = frozenset({"from", "by"})
"""Prepositions whose object does the act a noun names ("this threat from Y", "the attack by Y")."""


def _disapproving_modifier(noun: Token, rules: FrameRules) -> Token | None:
    """The disapproving adjective on a noun ("antidemocratic" in "X's antidemocratic rule"), if any."""
    return next((c for c in noun.children if c.dep_ == "amod" and c.i < noun.i and (
        c.lemma_.lower() in rules.disapproving_words or c.lower_ in rules.disapproving_words)), None)


def _doers(noun: Token, index: MentionIndex) -> list[Mention]:
    """Who does the act a noun names, in its own phrase: its possessor, else its "from" or "by" object."""
    owner = possessor_of(noun)
    if owner is not None and (found := index.actors(owner)):
        return found
    return [m for p in prep_objects(noun, _DOER_PREPS) for m in index.actors(p)]


def _told_by_another(noun: Token, rules: FrameRules) -> bool:
    """Whether a noun sits in the clause of a speech verb below the sentence's root: someone else's words."""
    return any(a.lemma_.lower() in rules.speech_verbs and a.dep_ != "ROOT" for a in noun.ancestors)


def _own_side(owner: Mention, speaker: Mention) -> bool:
    """Whether an owner is the speaker or a body of the same country and sector ("our reckless policy")."""
    own, said_by = owner.actor, speaker.actor
    return own.code == said_by.code or (own.country is not None and own.country == said_by.country
                                        and own.sector == said_by.sector)


def quoted_epithets(frames: dict[int, Frame], tokens: Sequence[Token], index: MentionIndex,
                    speaker: Mention | None, lexicon: Lexicon) -> None:
    """Add, in place, the running speaker's criticism of each actor whose act the quotation calls by a disapproving
    word (see the module); nothing when no speaker was handed in."""
    rules = lexicon.rules
    judged = rules.doer_act_nouns | rules.claim_nouns
    if speaker is None or not any(t.lemma_.lower() in judged for t in tokens):
        return
    root = next((t for t in tokens if t.dep_ == "ROOT"), None)
    for noun in tokens:
        if noun.pos_ != "NOUN" or noun.lemma_.lower() not in judged or root is None:
            continue
        word = _disapproving_modifier(noun, rules)
        if word is None or word.i in frames or _told_by_another(noun, rules):
            continue
        targets = [m for m in _doers(noun, index) if not _own_side(m, speaker)]
        claim = noun.lemma_.lower() in rules.claim_nouns
        if targets or claim:  # a claim with no maker named: its maker is the earlier accuser (replies.py)
            code = _REJECT if claim else _CRITICISE
            entry = TriggerEntry("adj", word.lemma_.lower(), None, frozenset(), frozenset(), code, frozenset(), 0)
            frames[word.i] = Frame(word, [word, noun], entry, code, [speaker], targets, DIRECT, False, False, root)
