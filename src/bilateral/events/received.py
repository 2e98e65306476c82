"""Acts received: an event noun that is the object of a verb of receiving ("X received military aid from Y",
"X drew criticism from Y", "X won the support of Y", "X could face sanctions from Y").

The receiver, the verb's subject, is the act's target and never its source; the giver is named in the noun's own
phrase or the verb's "from" phrase; the receiving verb's clause says whether the act happened. The bare hosting
sense of "receive" (043, "received the minister") gives way to the act received (``absorb_received``).
"""

from __future__ import annotations

from collections.abc import Mapping

from spacy.tokens import Token

from bilateral.events.arguments import MentionIndex
from bilateral.events.frames import CONTROLLED, DIRECT, Frame, controller
from bilateral.events.lexicon import FrameRules, Lexicon, TriggerEntry
from bilateral.events.matching import qualifiers
from bilateral.events.roles import prep_objects
from bilateral.events.supported_things import load_support_rules
from bilateral.events.told_things import told_thing
from bilateral.models import Mention

GIVERS = frozenset({"from"})
"""The preposition that names who gives what is received, or where goods come from ("imports from China")."""
_OF = frozenset({"of"})
_IN = frozenset({"in"})
_LOSING = frozenset({"lose"})
"""Verbs of receiving a defeat: what is lost is the act of the one it is lost "to" ("lost the case to Y")."""
_WINNERS = frozenset({"to"})
_CONTESTS = frozenset({"arbitration", "lawsuit", "suit"})
"""Legal contests one side brings and the other loses ("lost the arbitration to Y": Y's case, 115)."""
_FORCE_ROOTS = frozenset({"17", "18", "19", "20"})
"""CAMEO roots of coercion and force: such an act "of" Y befalls Y."""


def recipients_of(noun: Token, entry: TriggerEntry, index: MentionIndex, lexicon: Lexicon) -> list[Mention] | None:
    """Who receives the act an event noun names, when the noun is the object of a verb of receiving ("X received
    military aid from Y", "X drew criticism from Y", "X won the backing of Y"): the verb's subject, the act's
    target. None when no such verb governs the noun; an empty list when its subject names no actor. None too for an
    act of coercion or force whose "of" phrase names whom it befalls ("secured the arrest of Y", "won the
    extradition of Y"): the subject brought it about on Y and received nothing (criticism or backing "of" Y, by
    contrast, may be Y's, "drew the criticism of Y")."""
    verb = noun.head
    if _OF <= entry.preps and entry.cameo[:2] in _FORCE_ROOTS:
        return None
    if _done_with(noun, entry):
        verb = noun.head.head  # "the bill passed with support from Y": its doer had Y's support
    elif noun.dep_ != "dobj" or verb.lemma_.lower() not in lexicon.rules.recipient_verbs or (
            verb.lemma_.lower() in _LOSING and noun.lemma_.lower() not in _CONTESTS):
        return None  # "lost aid from Y" is no aid given; only a contest is lost to its winner
    subj, _ = controller(verb, lexicon)
    if subj is None:
        return []
    return index.actors(subj) or _cause_owners(subj, noun, index)


def _cause_owners(subj: Token, noun: Token, index: MentionIndex) -> list[Mention]:
    """Whose cause received the support: the possessor of a cause noun ("X's plight drew support from Y" is Y's
    support for X); none for any other subject ("the bill's passage", "X's plight drew criticism": only support
    is given to a cause)."""
    rules = load_support_rules()
    if subj.lemma_.lower() not in rules.cause_nouns or noun.lemma_.lower() not in rules.support_nouns:
        return []
    return [m for c in subj.children if c.dep_ == "poss" for m in index.actors(c)]


def _place_givers(noun: Token, index: MentionIndex, lexicon: Lexicon) -> list[Mention]:
    """The state of the place a cause received support in, standing for its government ("X's bid received backing
    in Berlin"). Only for support of a cause: a party that receives support or aid in a place gets it where it is
    ("refugees received support in X": not said to be X's), and aid received in a place is not given by it."""
    rules = load_support_rules()
    subj, _ = controller(noun.head, lexicon)
    if noun.lemma_.lower() not in rules.place_givers or subj is None or subj.lemma_.lower() not in rules.cause_nouns:
        return []
    return [m for pobj in prep_objects(noun.head, _IN) + prep_objects(noun, _IN) for m in index.actors(pobj)
            if m.actor.kind == "state" and m.actor.sector is None and m.actor.country is not None]


def _done_with(noun: Token, entry: TriggerEntry) -> bool:
    """Whether a support noun is the "with" phrase of a verb, naming no target of its own ("the bill passed with
    support from Y", "X advanced with the backing of Y"): what the verb's subject does, it does with Y's support,
    so Y supports it. Not "with support for Z" (Z is supported) nor a "with" phrase of a noun ("a bill with
    support from Y" is the receiving verb's business, if any)."""
    prep = noun.head
    return noun.dep_ == "pobj" and prep.lower_ == "with" and prep.head.pos_ in ("VERB", "AUX") \
        and noun.lemma_.lower() in load_support_rules().support_nouns and not prep_objects(noun, entry.preps)


def received_frame(noun: Token, entry: TriggerEntry, sources: list[Mention], recipients: list[Mention],
                   index: MentionIndex, weak: float, lexicon: Lexicon) -> Frame | None:
    """The frame of an act its target receives ("X received aid from Y", "X won the support of Y"): the source is
    the noun's own (``sources``: its possessor, modifier, "from" or "by" phrase), else the verb's "from" phrase,
    else the noun's "of" phrase, which here names the giver; the target is the receiver; the receiving verb's
    clause says whether it happened (``nominal_clause.governing_clause``). A receiver that is no actor but a thing
    the story told of ("the move drew criticism from Y", ``_told_receiver``) leaves the target to ``told_things``;
    such a frame does not pay a weak noun's doubt ("criticism" alone may be no act): a thing that drew it from a
    named giver says it was made, and finding the thing's doer costs its own doubt."""
    if not sources or noun.head.lemma_.lower() in _LOSING:  # "received aid from Y", the parser hanging "from Y"
        # on the verb; "lost the case to Y": the winner brought it, beside a court the noun names
        givers = GIVERS | _WINNERS if noun.head.lemma_.lower() in _LOSING else GIVERS
        sources = [*sources, *(m for pobj in prep_objects(noun.head, givers) for m in index.actors(pobj))]
    if not sources:
        sources = [m for of in prep_objects(noun, _OF) for m in index.actors(of)] or _place_givers(noun, index, lexicon)
    sources = [m for m in sources if m not in recipients]
    thing = None if recipients else _told_receiver(noun, index, lexicon)
    if not sources or (not recipients and thing is None):
        return None
    cameo = lexicon.rules.aid_code(entry.cameo, qualifiers(noun))
    # a receiver taken through a told thing already carries the doubt of finding its doer (``COUNTERPART``), and
    # a weak noun's doubt (is "criticism" an act at all?) is settled by a thing that drew it from a named giver
    confidence = DIRECT if thing is not None else DIRECT * CONTROLLED * weak
    # "could pass the bill with support from Y": the verb's clause says whether the support was had
    anchor = noun.head.head if noun.dep_ == "pobj" else noun
    return Frame(noun, [noun] if thing is None else [noun, thing], entry, cameo, sources, recipients, confidence,
                 False, "notarget" in entry.flags and thing is None, anchor,
                 domestic="domestic" in entry.flags)


def _told_receiver(noun: Token, index: MentionIndex, lexicon: Lexicon) -> Token | None:
    """The receiving verb's subject when it is a thing the story told of, not an actor ("the move drew criticism
    from X"): kept among the frame's words, for ``told_things`` to aim the act at that thing's doer or parties."""
    subj, _ = controller(noun.head.head if noun.dep_ == "pobj" else noun.head, lexicon)
    if subj is None or subj.lemma_.lower() not in load_support_rules().thing_kinds:
        return None
    return subj if told_thing(subj, index) else None


def absorb_received(frames: Mapping[int, Frame], rules: FrameRules) -> None:
    """"X received military aid from Y": the act received is what happened, not a visit X hosted (the bare sense
    of "receive"); the receiving verb's own frame gives way to the frame of the act it receives (in place).
    A sense of its own object ("received peacekeepers") stays."""
    for frame in frames.values():
        noun = frame.trigger
        verb = noun.head
        if frame.anchor.i != noun.i or noun.pos_ not in ("NOUN", "PROPN") or noun.dep_ != "dobj" \
                or verb.lemma_.lower() not in rules.recipient_verbs or not frame.targets:
            continue
        own = frames.get(verb.i)
        if own is not None and not own.entry.objects:
            own.absorbed = True
