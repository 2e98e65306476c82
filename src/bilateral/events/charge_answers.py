"""A charged speaker's bare answer to the charge: "“Of course I disagree.”", "“Utter nonsense,” the senator said".

News quotes a charged or accused person's answer in a few words that name neither the charge nor its maker: a
first-person disagreement with no object ("I disagree", "we totally disagree") or a verbless fragment calling it
false ("“Complete rubbish,” X said"). The charge was told earlier in the story; the answer rejects it (CAMEO 120,
as "denied the charges" does) and is aimed at whoever charged, arrested or accused the speaker's side
(``replies.charger``). With no such act told before, nothing is coded: a speaker nobody charged who disagrees or
calls something nonsense answers no one the document names. So does a quoted first-person denial of one's part
in a wrong, negated or said to be what no one can say ("“I was never implicated in any bribery,” X said", "“no
one could claim that I was implicated in ...,” he said"): the speaker rejects the charge; the speech verb, not the
negated clause, says whether the answer was made. Not a third person ("he was never implicated": a defence, not
the speaker's own answer), an admission ("I was implicated"), nor what someone can say ("everyone could claim I
was implicated").

Not a disagreement with a named other ("we disagree with Lima": the lexicon's own frame), one negated ("I don't
disagree") or hedged under a condition or a question; not a dismissal word that is part of a clause ("it would be
nonsense to leave"): only a fragment standing as what a speech verb says. The words are data
(``charge_answers.json``); cheap: one look at the sentence's words before any tree walk.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from bilateral.nlp import doc_forms, doc_lemmas, doc_text, doc_tokens
from bilateral.events.arguments import MentionIndex
from bilateral.events.frames import DIRECT, Frame
from bilateral.events.lexicon import Lexicon, TriggerEntry
from bilateral.events.recalled import recalled_at
from bilateral.events.replies import REPLY, charger
from bilateral.events.roles import subject_of
from bilateral.events.word_files import read_word_file, word_sets
from bilateral.models import CameoCode, Event, Mention

_REJECT = CameoCode("120")
"""CAMEO "reject, not specified": what a bare answer to a charge does to it."""
_FIRST_PERSON = frozenset({"i", "we"})
_OWN_WORDS = frozenset({"dobj", "prep", "ccomp", "xcomp", "advcl", "neg", "mark", "attr", "acomp", "dative"})
"""Dependents that give a disagreement words of its own: what it is about, with whom, or a negation or condition."""
_FRAGMENT_DEPS = frozenset({"ccomp", "dep"})
"""How the parser hangs a quoted verbless fragment on the speech verb that says it."""
_CLAUSE_WORDS = frozenset({"nsubj", "nsubjpass", "cop", "aux", "prep", "acl", "relcl", "det", "poss", "neg"})
"""Dependents that make a dismissal word part of a clause or a phrase of its own, not a fragment."""


@dataclass(frozen=True, slots=True)
class ChargeAnswers:
    """The words of the construction (``charge_answers.json``)."""

    disagreeing: frozenset[str]
    dismissing: frozenset[str]
    disowning: frozenset[str]
    denying_universals: frozenset[str]


@functools.cache
def load_charge_answers() -> ChargeAnswers:
    """The packaged words, read and checked once per process."""
    return read_word_file("charge_answers.json", "charge answers", word_sets(ChargeAnswers))


def _disagreement(verb: Token, index: MentionIndex, words: ChargeAnswers, lexicon: Lexicon) -> list[Mention]:
    """The speaker of a bare first-person disagreement ("I disagree"), its main clause or a speech verb's content."""
    if verb.lemma_.lower() not in words.disagreeing or any(c.dep_ in _OWN_WORDS for c in verb.children) \
            or not (verb.dep_ == "ROOT" or (verb.dep_ == "ccomp"
                                            and verb.head.lemma_.lower() in lexicon.rules.speech_verbs)):
        return []
    subj = subject_of(verb, lexicon.rules.relative_pronouns)
    return index.actors(subj) if subj is not None and subj.lower_ in _FIRST_PERSON else []


def _dismissal(word: Token, index: MentionIndex, words: ChargeAnswers, lexicon: Lexicon) -> list[Mention]:
    """The speaker of a verbless quoted dismissal ("“Totally rubbish,” X said"): the subject of the speech verb."""
    speech = word.head
    if word.lemma_.lower() not in words.dismissing and word.lower_ not in words.dismissing:
        return []
    if word.dep_ not in _FRAGMENT_DEPS or word.i > speech.i or any(c.dep_ in _CLAUSE_WORDS for c in word.children) \
            or speech.lemma_.lower() not in lexicon.rules.speech_verbs:
        return []
    subj = subject_of(speech, lexicon.rules.relative_pronouns)
    return index.actors(subj) if subj is not None else []


_CLIMB = 5
"""How far up from a disowning clause the speech verb of its speaker is looked for ("..., he said")."""


def _denied_by_all(clause: Token, words: ChargeAnswers, lexicon: Lexicon) -> bool:
    """Whether a clause is what no one can say ("nobody could claim I was implicated"): the complement of a verb
    whose subject is a negative universal."""
    if clause.dep_ != "ccomp":
        return False
    subj = subject_of(clause.head, lexicon.rules.relative_pronouns)
    if subj is None:
        return False
    named = " ".join([*(c.lower_ for c in subj.children if c.dep_ == "det" and c.lower_ == "no"), subj.lower_])
    return named in words.denying_universals


def _disowning(word: Token, index: MentionIndex, words: ChargeAnswers,
               lexicon: Lexicon) -> tuple[Token, list[Mention]] | None:
    """The speech verb and speaker of a quoted first-person denial of one's part in a wrong ("I was never
    implicated in any crime", "we are not complicit", "no one could claim I was implicated ..."): the verb above
    the clause whose subject is an actor (the denial was said: its clause, not the negated one, decides whether it
    happened). None when the clause is not negated, its subject is no first person, or no speaker is named."""
    if word.lemma_.lower() not in words.disowning and word.lower_ not in words.disowning:
        return None
    clause = word.head if word.dep_ == "acomp" else word
    subj = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)  # "I was implicated"
    if subj is None or subj.lower_ not in _FIRST_PERSON or not (
            any(c.dep_ == "neg" for c in clause.children) or _denied_by_all(clause, words, lexicon)):
        return None
    head = clause
    for _ in range(_CLIMB):
        if head.head == head:
            break
        head = head.head
        speaker = subject_of(head, lexicon.rules.relative_pronouns) \
            if head.lemma_.lower() in lexicon.rules.speech_verbs else None
        if speaker is not None and (found := index.actors(speaker)):
            return head, found
    return None


_CHARGING = frozenset({"173"})
"""CAMEO "arrest, detain, or charge with legal action": a charge whose target may answer it."""


def _charged_person(source: Mention, earlier: Sequence[Event]) -> Event | None:
    """The latest earlier charge (173) or accusation aimed at the speaking person by someone else, when the person's
    side is not known well enough for ``charger`` ("Lai" named bare, of no sector): the same person (``Actor.person``)
    answers it."""
    person = source.actor.person
    if person is None:
        return None
    for event in reversed(earlier):
        if (event.cameo in _CHARGING or event.event_type == "ACCUSE") and event.target is not None \
                and event.target.person == person and event.source.person != person \
                and event.source.country is not None:
            return event
    return None


def charge_answers(sent: Doc, frames: Sequence[Frame], index: MentionIndex, earlier: Sequence[Event],
                   lexicon: Lexicon) -> list[Frame]:
    """A rejection frame for each bare answer (see the module) whose speaker's side was charged or accused
    earlier in the document, aimed at the one who charged it."""
    words = load_charge_answers()
    # once, not per word: this gate runs on every sentence
    answering = words.disagreeing | words.dismissing | words.disowning
    if doc_text(sent).rstrip().endswith("?") or (answering.isdisjoint(doc_forms(sent))
                                            and answering.isdisjoint(doc_lemmas(sent))):
        return []
    # a frame with no doer ("I was implicated") codes nothing: the word is still free for an answer
    coded = {f.trigger.i for f in frames if f.targets and f.sources}
    out: list[Frame] = []
    for word in doc_tokens(sent):
        if word.i in coded:
            continue
        anchor, sources = word, _disagreement(word, index, words, lexicon) or _dismissal(word, index, words, lexicon)
        if not sources and (said := _disowning(word, index, words, lexicon)) is not None:
            anchor, sources = said
        targets: list[Mention] = []
        for source in sources:
            charge = charger(source, earlier) or _charged_person(source, earlier)
            if charge is not None and all(t.actor.code != charge.source.code for t in targets):
                targets.append(recalled_at(charge.source, word, REPLY, "reply"))
        if targets:
            entry = TriggerEntry("verb", word.lemma_.lower(), None, frozenset(), frozenset(), _REJECT, frozenset(), 0)
            out.append(Frame(word, [word], entry, _REJECT, sources, targets, DIRECT, False, False, anchor))
    return out


def said_before(answers: Sequence[Frame], earlier: Sequence[Event], position: int) -> dict[int, Event]:
    """The rejection each answer goes on, by trigger position: one its speaker was told making in the sentence just
    before ("X rejected the allegations at a press conference on Thursday. “...,” he said"): the quoted answer is
    what was said then, and takes its date (unless its own sentence names one)."""
    out: dict[int, Event] = {}
    for frame in answers:
        speakers = {m.actor.code for m in frame.sources}
        told = next((e for e in reversed(earlier) if e.sentence_index == position - 1 and e.event_type == "REJECT"
                     and e.modality == "asserted" and e.source.code in speakers), None)
        if told is not None:
            out[frame.trigger.i] = told
    return out
