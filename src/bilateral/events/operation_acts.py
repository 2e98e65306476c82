"""Acts done by an operation the story told of, the operation told again as their clause's subject: "Kenyan police
conducted an operation against the rebels ... The operation dealt a blow to the group, eliminating its commanders",
"... The raid also wounded two of their commanders".

A definite noun of a forcible operation (``operation_nouns`` in ``frames.json``: "the operation", "the raid",
"Sunday's offensive") that names no one in its own phrase, as the subject of the clause that carries an act of force
or coercion with no source (the act's own verb, a participle hung on that clause's verb, or a noun in that verb's
object or prepositional phrase: "the operation resulted in the arrest of X"), is the operation the story told: the
act's source is the source of the document's earlier asserted or alleged act of force or coercion told with the
same word ("conducted an operation", "raided", "bombings"), the latest one, or the first for "the initial raid".

The told operation going on, beginning or ending as the subject of a verb of course (``told_attacks.course_verb``:
"as the operation continues beyond a day", "the offensive began Tuesday") is that operation's assault told again
(``operation_course``): by its doer on its target, the noun's own assault entry ("operation": 190); the actor history
may read the noun as its doer ("the operation" after "an army operation killed ..."), which is no other party. Only
when the referent is an assault, and no other armed actor is named in the sentence (whose operation is meant is then
open). Such a sentence often names no actor: the pre-filter and the coder keep it when it may tell an attack or an
operation going on (``told_attacks.RECALLED``, ``may_tell_operation``).

Not when:

- the noun is indefinite or told as another operation ("an operation", "a new raid", "a previous offensive"), or
  names someone in its own phrase ("Kenya's operation", "the raid by the army": the act's own frame has the doer);
- the story's earlier operations so named had two sources (two armies' raids: which one is meant is open);
- the clause above the act hedges it ("the operation could deal a blow, eliminating ...");
- the act is aimed at that source itself, or is of another kind (an accusation or a meeting whose subject is the
  operation: "the operation drew criticism" is no act of its doer);
- the climb from the act to the subject crosses a reported or relative clause, which has a subject of its own.

Cheap: only frames left without a source are looked at, and an operation noun's course only in a sentence the word
test kept; the earlier acts are the events already coded.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from spacy.tokens import Doc, Token

from bilateral.nlp import doc_tokens
from bilateral.codes import load_codes
from bilateral.events.arguments import MentionIndex
from bilateral.events.frames import DIRECT, Frame
from bilateral.events.implied import FORCIBLE
from bilateral.events.lexicon import FrameRules, Lexicon
from bilateral.events.modality import event_modality
from bilateral.events.roles import subject_of
from bilateral.events.told_attacks import ARMED, FIRST, OTHER_ATTACK, RECALLED, TOLD, course_verb
from bilateral.models import Event, Mention

_CLIMB = frozenset({"advcl", "xcomp", "prep", "pobj", "dobj", "conj", "dative"})
"""Dependencies through which an act belongs to the clause above it (a participle, an object, a prepositional
phrase, a conjunct); a reported (ccomp) or relative clause stops the climb: it names its own subject."""
_MAX_CLIMB = 4
_DEFINITE = frozenset({"the", "that", "this", "these", "those"})
_SAID = frozenset({"asserted", "alleged"})
_ASSAULT = "ASSAULT"
_ASSAULT_ROOTS = frozenset({"18", "19", "20"})
"""CAMEO roots of an operation noun's entry that tell it as an assault, not a rescue or a police operation."""


def may_tell_operation(text: str, earlier: Sequence[Event]) -> bool:
    """Cheap test: the sentence may tell an operation going on ("as the operation continues") and the document told
    an act of force or coercion."""
    return RECALLED.search(text) is not None and any(e.event_type in FORCIBLE and e.modality in _SAID for e in earlier)


def _clause_subject(trigger: Token, rules: FrameRules) -> tuple[Token, Token] | None:
    """The verb of the nearest clause above the act's trigger that has a subject, and that subject ("dealt" and
    "operation" of "the operation dealt a blow, eliminating ..."), climbing only through ``_CLIMB`` dependencies."""
    word = trigger
    for _ in range(_MAX_CLIMB):
        if word.pos_ in ("VERB", "AUX"):
            subj = subject_of(word, rules.relative_pronouns)
            if subj is not None:
                return word, subj
        if word.dep_ not in _CLIMB or word.head == word:
            return None
        word = word.head
    return None


def _operation_noun(subj: Token, index: MentionIndex, rules: FrameRules, doer: str | None = None) -> bool:
    """A definite operation noun that names no one in its own phrase (but ``doer``, the operation's own doer the
    actor history may read it as) and is not told as another operation."""
    if subj.pos_ != "NOUN" or subj.lemma_.lower() not in rules.operation_nouns:
        return False
    if not any((c.dep_ == "det" and c.lower_ in _DEFINITE) or (c.dep_ == "poss" and index.at(c) is None)
               for c in subj.children):
        return False
    if any(c.lower_ in OTHER_ATTACK or c.lower_ == "by" for c in subj.children):
        return False
    return not any((m := index.at(t)) is not None and m.actor.code != doer for t in subj.subtree)


def _told_operation(noun: Token, earlier: Sequence[Event]) -> Event | None:
    """The earlier forcible act told with the noun's word, in its trigger ("conducted an operation") or its doer's
    words ("a military operation killed 30 militants"), when all such acts have one source: the first for "the
    initial raid", else the latest."""
    stem = noun.lemma_.lower()
    acts = [e for e in earlier if e.event_type in FORCIBLE and e.modality in _SAID
            and any(w.startswith(stem) for w in f"{e.trigger} {e.source.text}".lower().split())]
    if not acts or len({e.source.code for e in acts}) != 1:
        return None
    return acts[0] if any(c.lower_ in FIRST for c in noun.children) else acts[-1]


def operation_acts(frames: Sequence[Frame], index: MentionIndex, earlier: Sequence[Event], rules: FrameRules) -> None:
    """Give each sourceless act of force or coercion whose clause's subject is the story's told operation that
    operation's doer as source (in place; see the module)."""
    if not earlier or all(f.sources for f in frames):
        return
    codes = load_codes()
    for frame in frames:
        if frame.sources or codes.get(frame.cameo).plover not in FORCIBLE:
            continue
        clause = _clause_subject(frame.trigger, rules)
        if clause is None or not _operation_noun(clause[1], index, rules):
            continue
        verb, noun = clause
        referent = _told_operation(noun, earlier)
        if referent is None or any(t.actor.code == referent.source.code for t in frame.targets):
            continue
        source = Mention(replace(referent.source, text=noun.text), noun.i, noun.i + 1, noun.idx,
                         noun.idx + len(noun), TOLD, "told")
        if verb != frame.trigger and event_modality(verb, source, index, rules) not in _SAID:
            continue  # "the operation could deal a blow, eliminating ...": the clause above hedges the act
        frame.sources.append(source)


def operation_course(sent: Doc, frames: Sequence[Frame], index: MentionIndex, earlier: Sequence[Event],
                     lexicon: Lexicon) -> list[Frame]:
    """Frames for the told operation going on, beginning or ending as the subject of a verb of course ("as the
    operation continues", "the offensive began Tuesday"): the operation's assault told again, by its doer on its
    target (see the module)."""
    if not earlier:
        return []
    rules = lexicon.rules
    taken = {w.i for f in frames for w in f.words}
    out: list[Frame] = []
    for noun in doc_tokens(sent):
        if noun.pos_ != "NOUN" or noun.lemma_.lower() not in rules.operation_nouns or noun.i in taken:
            continue
        verb = course_verb(noun)
        referent = _told_operation(noun, earlier) if verb is not None else None
        if verb is None or referent is None or referent.target is None or referent.event_type != _ASSAULT \
                or not _operation_noun(noun, index, rules, referent.source.code):
            continue
        parties = {referent.source.code, referent.target.code}
        if any(m.actor.sector in ARMED and m.actor.code not in parties for m in index.by_token.values()):
            continue  # another armed actor named: whose operation goes on is open
        entry = next((e for e in lexicon.lookup("noun", noun.lemma_.lower()) if e.cameo[:2] in _ASSAULT_ROOTS), None)
        if entry is None:
            continue
        source = Mention(replace(referent.source, text=verb.text), verb.i, verb.i + 1, verb.idx,
                         verb.idx + len(verb), TOLD, "told")
        if event_modality(verb, source, index, rules) not in _SAID:
            continue
        target = Mention(replace(referent.target, text=noun.text), noun.i, noun.i + 1, noun.idx,
                         noun.idx + len(noun), TOLD, "told")
        out.append(Frame(noun, [noun], entry, entry.cameo, [source], [target], DIRECT, False, False, verb))
    return out
