"""Escapes from custody told again by their noun: "The gang leader escaped from the jail on Monday ... The minister
condemned the jailbreak", "... a commission will investigate the mutiny".

An escape is no event between two actors, so no earlier event says who did "the jailbreak" a later sentence
condemns or investigates, and ``recalled.condemned_targets`` and ``judged_acts.judged_doers`` find no doer. The
story names its escaper once: the subject of an escape verb whose object or "from" phrase, if any, is a place of
custody ("X escaped from prison", "he escaped on Thursday"; frames.json ``escape_verbs``, ``custody_places``), or
the owner of an escape noun ("the gang leader's prison break", "the escape of X"; ``escape_nouns``), when it is no
state body (a minister who "escaped an attack" is no prisoner; ``speech.STATE_SECTORS``). ``story_escaper`` finds
it, and the pipeline keeps the latest one found for the sentences after.

An accusation (PLOVER ACCUSE: condemn, investigate, a verdict "described the jailbreak as deplorable") with no
target whose object, "of"/"into" phrase or judged thing is a definite escape noun naming no one is aimed at that
escaper (``escaped_targets``). Not an escape noun that names its own owner ("condemned the rebels' escape": the
sentence's own words give the target), not "an escape" (no article of a told act), not when the story named no
escaper, nor when the escaper is the accuser itself. Cheap: a word-list look before any walk.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc, Token

from bilateral.nlp import doc_lemmas, doc_tokens
from bilateral.codes import load_codes
from bilateral.events.arguments import MentionIndex
from bilateral.events.frame_rules import FrameRules
from bilateral.events.frames import Frame
from bilateral.events.recalled import recalled_at
from bilateral.events.roles import subject_of
from bilateral.models import Actor, Event, Mention

_DEFINITE = frozenset({"the", "this", "that"})
_ABOUT = frozenset({"of", "into", "over", "for"})
"""Prepositions of what an accusation is about ("investigation into the jailbreak", "blamed him for the escape")."""
_ACCUSE = "ACCUSE"


def escape_noun(token: Token, rules: FrameRules) -> bool:
    """Whether ``token`` is a noun of an escape from custody: one word ("jailbreak") or a compound ("prison
    break")."""
    if token.pos_ not in ("NOUN", "PROPN"):
        return False
    lemma = token.lemma_.lower()
    if lemma in rules.escape_nouns:
        return True
    return any(c.dep_ == "compound" and f"{c.lower_} {lemma}" in rules.escape_nouns for c in token.children)


def _from_custody(verb: Token, rules: FrameRules) -> bool:
    """Whether an escape verb tells an escape from custody: its object or "from" phrase names a place of custody,
    or it has neither ("he escaped on Thursday")."""
    places = [c for c in verb.children if c.dep_ == "dobj"]
    places += [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "from" for g in c.children
               if g.dep_ == "pobj"]
    return all(p.lemma_.lower() in rules.custody_places for p in places)


def _prisoner(token: Token, index: MentionIndex) -> Actor | None:
    """The actor an escape's owner word stands for, when it is no state body."""
    from bilateral.events.speech import STATE_SECTORS  # here: speech needs judged_acts, which needs this

    found = index.actors(token)
    if len(found) != 1 or found[0].actor.sector in STATE_SECTORS:
        return None
    return found[0].actor


def story_escaper(sent: Doc, mentions: Sequence[Mention], rules: FrameRules) -> Actor | None:
    """The actor this sentence tells escaping from custody, if any (see the module)."""
    words = rules.escape_verbs | {noun.split()[-1] for noun in rules.escape_nouns}  # "prison break": its head
    if not mentions or words.isdisjoint(doc_lemmas(sent)):
        return None
    index = MentionIndex(sent, mentions)
    for token in doc_tokens(sent):
        if token.pos_ == "VERB" and token.lemma_.lower() in rules.escape_verbs and _from_custody(token, rules):
            subject, verb = subject_of(token, rules.relative_pronouns), token
            while subject is None and verb.dep_ == "conj":  # "shot two guards and escaped": the shared subject
                verb = verb.head
                subject = subject_of(verb, rules.relative_pronouns)
            owners = [subject] if subject is not None else []
        elif escape_noun(token, rules):
            owners = [c for c in token.children if c.dep_ == "poss"]
            owners += [g for c in token.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
                       if g.dep_ == "pobj"]
        else:
            continue
        for owner in owners:
            actor = _prisoner(owner, index)
            if actor is not None:
                return actor
    return None


def _told_escape(noun: Token, index: MentionIndex, rules: FrameRules) -> bool:
    """Whether ``noun`` is a definite escape noun that names no one ("the jailbreak", "the prison break")."""
    if not escape_noun(noun, rules):
        return False
    if noun.left_edge.lower_ not in _DEFINITE:  # "the jailbreak", "the Riverside jailbreak" (its det on the name)
        return False
    return not any(c.dep_ == "poss" for c in noun.children) and all(index.at(t) is None for t in noun.subtree)


def _escape_object(frame: Frame, index: MentionIndex, rules: FrameRules) -> Token | None:
    """The told escape an accusation is about: its judged thing, object or "of"/"into" phrase."""
    trigger = frame.trigger
    nouns = [frame.judged] if frame.judged is not None else []
    nouns += [c for c in trigger.children if c.dep_ in ("dobj", "nsubjpass")]
    nouns += [g for c in trigger.children if c.dep_ == "prep" and c.lower_ in _ABOUT for g in c.children
              if g.dep_ == "pobj"]
    return next((n for n in nouns if _told_escape(n, index, rules)), None)


def _as_coded(escaper: Actor, earlier: Sequence[Event]) -> Actor:
    """The escaper as the story's earlier events coded the same person ("Arnel Joseph, the gang leader" coded as a
    criminal before a bare "he escaped" named him by country alone)."""
    if escaper.sector is not None:
        return escaper
    same = [a for e in earlier for a in (e.source, e.target) if a is not None and a.sector is not None
            and a.country == escaper.country and a.name == escaper.name and a.kind == escaper.kind]
    return same[-1] if same else escaper


def escaped_targets(frames: Sequence[Frame], index: MentionIndex, escaper: Actor | None, earlier: Sequence[Event],
                    rules: FrameRules) -> None:
    """Give each targetless accusation about the told escape the story's escaper as target (in place; see the
    module)."""
    if escaper is None:
        return
    escaper = _as_coded(escaper, earlier)
    codes = load_codes()
    for frame in frames:
        if frame.targets or not frame.sources or codes.get(frame.cameo).plover != _ACCUSE:
            continue
        if any(m.actor.code == escaper.code for m in frame.sources):
            continue
        noun = _escape_object(frame, index, rules)
        if noun is not None:
            frame.targets.append(recalled_at(escaper, noun))
