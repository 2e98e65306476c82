"""A mutual act owned by "their", or a meeting owned by no one, is the act of the two sides the story just paired:
"Ruto met Museveni in Kampala in May. Their next summit is set for Mombasa in August", "X and Y signed
a ceasefire on Monday ... Their talks resume next week".

The pronoun names no one, and the sentence names no party, so the act would be lost; but a story that has just told
a mutual act of two sides (both directions of one act coded in one sentence: a meeting, talks, a fight) goes on
about that pair. A noun of the lexicon that is a mutual act by nature (its entry ``recip``: "summit", "talks",
"meeting", "negotiations") with "their" as its owner is then the act of those two, each with the other, when:

- the pair is the only one of the latest sentence with a mutual act, one or two sentences back (``WINDOW``);
- the noun names no partner of its own ("their talks with Y": not this pair's alone), and a frame that took it
  (a light verb's: "their next summit will be held") has no party either;
- the sentence names no actor but places ("in Hanoi"): another actor there may be whose "their" it is ("the rebels
  said their talks ...").

A meeting noun with no owner at all ("A bid ... at expert-level talks in Geneva collapsed, and the talks
are still frozen") is the pair's meeting the same way: only a meeting (CAMEO 04, ``_MEETING_NOUNS``), definite or bare,
with nothing before it that names someone ("the G7 talks", "Kenya's talks") and no indefinite article ("a meeting"
is another one); an agreement, a ceasefire or a fight with no owner may be any the story recalls, and is left alone.

A meeting noun with no owner that sets a past clause ("since talks failed", "during the negotiations, X
proposed ...", ``_setting``) is the meeting of the sentence's own pair when the sentence names two actors and only
two, each a subject ("X and Y have been at odds since the talks broke down at the Kampala summit in May", "during the
negotiations, X proposed ..., but Y refused"), whatever came before; a venue meeting its clause names ("at the
Kampala summit") is the one meeting, and its words date it. Not a meeting to come ("after the talks end next week"),
one a verb acts on ("X and Y welcomed the talks"), nor one in a sentence naming an object or a third actor.

Not for a pair told apart (one side's act on the other only: "X praised his summit with Y" is no pair acting
together), nor a pair two sentences back when the sentence just before told another mutual act. The sides are
the earlier act's actors, with an inferred mention's confidence (``SHARED``), both on the word "their" as the two
members of a set description are on theirs ("the two countries held talks": each with the other, frame_pairs._same).
Only a sentence the pre-filter parses (one naming a place or an actor) is seen. Cheap: a word test for "their"
or a meeting noun first (``_WORDS``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from spacy.tokens import Doc, Token

from bilateral.events.arguments import MentionIndex
from bilateral.events.frames import DIRECT, Frame
from bilateral.events.lexicon import Lexicon, TriggerEntry
from bilateral.events.nominal import noun_entries, noun_entry
from bilateral.events.roles import prep_objects
from bilateral.models import Actor, Event, Mention
from bilateral.nlp import doc_text, doc_tokens

WINDOW = 2
"""How many sentences back the pair's mutual act may stand."""
SHARED = 0.7
"""Confidence of a side found in the story's earlier mutual act rather than named."""
_PARTNER_PREPS = frozenset({"with", "between", "among"})
_PLACE_PREPS = frozenset({"in", "at", "near", "to", "from", "inside", "outside"})


def story_pair(index: int, earlier: Sequence[Event]) -> tuple[Actor, Actor] | None:
    """The two sides of the latest sentence, within ``WINDOW`` back, that coded a mutual act (both directions),
    if that sentence has exactly one such pair."""
    for back in range(index - 1, index - WINDOW - 1, -1):
        ways = {(e.source.code, e.target.code): e for e in earlier if e.sentence_index == back and e.target}
        if not ways:
            continue
        pairs = {frozenset(k) for k in ways if (k[1], k[0]) in ways and k[0] != k[1]}
        if not pairs:
            continue
        if len(pairs) != 1:
            return None
        a, b = sorted(next(iter(pairs)))
        return ways[(a, b)].source, ways[(b, a)].source
    return None


_MEETING_NOUNS = frozenset({"talk", "talks", "meeting", "summit", "negotiation", "negotiations", "discussion"})
"""Meeting nouns that, with no owner and no partner ("the talks", "working-level talks"), are the pair's."""
_WORDS = re.compile(r"\b(?:[Tt]heir|talks|meeting|summit|negotiations|discussions)\b")
_OWNERS = frozenset({"poss", "nmod", "compound", "amod"})


def _ownerless(noun: Token) -> bool:
    """A meeting noun with no owner, no actor before it and no indefinite article: "the talks", "working-level
    talks" (not "a meeting", "any talks", "G7 talks", "Kenya's talks")."""
    for c in noun.children:
        if c.dep_ == "det" and c.lower_ != "the":
            return False
        if c.dep_ == "poss" or (c.dep_ in _OWNERS and c.pos_ == "PROPN"):
            return False
    return True


def only_places(sent: Doc, index: MentionIndex) -> bool:
    """Whether every actor the sentence names stands in a place phrase ("in Hanoi")."""
    for tok in doc_tokens(sent):
        if index.at(tok) is None:
            continue
        if not (tok.dep_ in ("pobj", "compound") and any(
                a.dep_ == "prep" and a.lower_ in _PLACE_PREPS for a in (tok.head, tok.head.head))):
            return False
    return True


_SETTING_PREPS = frozenset({"during", "after", "since", "before", "following", "at", "amid", "throughout"})
"""Prepositions of time or occasion that make a meeting noun the setting of a clause ("during the talks")."""
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})


def _setting(noun: Token) -> bool:
    """Whether a meeting noun is the setting of a clause, not what a verb acts on: the object of "during",
    "after", "since" ... ("during the negotiations, X proposed ..."), or the subject of a clause adverbial to
    another ("since talks failed", "after the talks ended")."""
    if noun.dep_ == "pobj":
        return noun.head.lower_ in _SETTING_PREPS
    return noun.dep_ in _SUBJECTS and noun.head.dep_ == "advcl"


_MODIFIERS = frozenset({"amod", "compound", "poss", "nmod"})
_AT = frozenset({"at"})


def _past(verb: Token) -> bool:
    """Whether the clause a meeting noun sets is told as past ("since talks failed", "during the talks, X
    proposed", "have been at odds since"), not one to come ("after the talks end next week")."""
    if any(c.dep_ == "aux" and c.tag_ == "MD" for c in verb.children):
        return False
    return verb.tag_ == "VBD" or (verb.tag_ == "VBN" and any(c.dep_ == "aux" and c.lemma_ == "have"
                                                              for c in verb.children))


def _placed(word: Token) -> bool:
    """Whether a name stands for a place: in a place phrase or before a meeting noun ("the Kampala summit")."""
    if word.dep_ == "compound" and word.head.lemma_.lower() in _MEETING_NOUNS:
        return True
    return word.dep_ == "pobj" and word.head.dep_ == "prep" and word.head.lower_ in _PLACE_PREPS


def _venue(noun: Token, lexicon: Lexicon) -> tuple[Token, TriggerEntry] | None:
    """The meeting that a setting noun's clause places it at, which is the one meeting told ("since the talks
    collapsed at the Kampala summit in May": the summit, and its own words date it), with its lexicon entry."""
    if noun.dep_ not in _SUBJECTS:
        return None
    for venue in prep_objects(noun.head, _AT):
        entries = noun_entries(venue, lexicon) if venue.lemma_.lower() in _MEETING_NOUNS else None
        entry = noun_entry(venue, entries) if entries else None
        if entry is not None and entry.cameo.startswith("04"):
            return venue, entry
    return None


def _subject_pair(sent: Doc, noun: Token, index: MentionIndex) -> list[Mention] | None:
    """The sentence's own pair for an ownerless meeting noun that sets its clause: the two actors it names, and
    only two, each the subject of a clause or a conjunct of one ("X and Y have been at odds since talks failed",
    "during the negotiations, X proposed ..., but Y refused"). Not a noun a verb acts on ("X and Y welcomed the
    talks": any talks), nor an actor named as an object or a place ("X urged Y ... since talks failed")."""
    if not _setting(noun) or not _past(noun.head if noun.dep_ in _SUBJECTS else noun.head.head):
        return None
    found: dict[str, Mention] = {}
    for mention in {id(m): m for m in index.by_token.values()}.values():
        head = index.head_of(mention)
        if _placed(head):
            continue  # "at the Kampala summit", "in Kampala": where, not who
        while head.dep_ in _MODIFIERS and head.head.i > head.i:
            head = head.head  # "the Kenyan side"
        while head.dep_ == "conj":
            head = head.head
        if head.dep_ not in _SUBJECTS:
            return None
        found.setdefault(mention.actor.code, mention)
    return list(found.values()) if len(found) == 2 else None


def their_meetings(sent: Doc, frames: Sequence[Frame], sentence_index: int, index: MentionIndex,
                   earlier: Sequence[Event], lexicon: Lexicon) -> list[Frame]:
    """Frames for the mutual-act nouns owned by "their", as the act of the pair the story just told acting
    together (see the module)."""
    if _WORDS.search(doc_text(sent)) is None:
        return []
    taken = {w.i: f for f in frames for w in f.words}
    out: list[Frame] = []
    for owner in doc_tokens(sent):
        if owner.lower_ == "their" and owner.dep_ == "poss" and owner.head.pos_ == "NOUN":
            noun: Token = owner.head
        elif owner.lemma_.lower() in _MEETING_NOUNS and owner.pos_ == "NOUN" and _ownerless(owner):
            noun = owner  # "the talks remain stalled": the talks the story just told
        else:
            continue
        held = taken.get(noun.i)  # "their next summit will be held": the light verb's frame, with no one in it
        if (held is not None and (held.targets or not held.recip)) or prep_objects(noun, _PARTNER_PREPS):
            continue
        entries = noun_entries(noun, lexicon)
        entry = noun_entry(noun, entries) if entries else None
        if entry is None or "recip" not in entry.flags or (noun == owner and not entry.cameo.startswith("04")):
            continue
        named = _subject_pair(sent, noun, index) if noun == owner else None
        if held is not None and held.sources:
            # "during the talks, X proposed ...": the setting's frame has its clause's subject only
            if named is None or not {m.actor.code for m in held.sources} <= {m.actor.code for m in named}:
                continue
            held.sources[:] = named
            continue
        if named is not None:
            sides = named  # "X and Y have been at odds since talks failed": the sentence's own pair
            noun, entry = _venue(noun, lexicon) or (noun, entry)
        else:
            pair = story_pair(sentence_index, earlier) if earlier else None
            if pair is None or not only_places(sent, index):
                continue
            sides = [Mention(actor, owner.i, owner.i + 1, owner.idx, owner.idx + len(owner), SHARED, "set")
                     for actor in pair]
        if held is not None:
            held.sources.extend(sides)
        else:
            out.append(Frame(noun, [noun], entry, entry.cameo, sides, [], DIRECT, True, False, noun))
    return out
