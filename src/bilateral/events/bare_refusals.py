"""A refusal that names neither side, told right after the proposal it answers: "Lima offered the farmers land if
they moved. The farmers refused.", "Quito asked Ecuador's miners to leave the site. They refused.", "The offer
was rejected."

News tells the answer to a proposal in a short sentence of its own, with a description or a pronoun for whoever
answers ("the farmers", "they") and no word for the proposer: the previous sentence says who proposed what to whom.
A refusal verb (frames.json ``refusal_verbs`` whose bare lexicon sense is of PLOVER type REJECT: "refuse", "reject")
with no object, no clause and no phrase of its own, whose subject names no actor, answers the proposal (REQUEST,
AGREE, THREATEN: an appeal, an offer, an ultimatum) coded in the sentence just before: its source is the one the
proposal was put to, its target the proposer, its date the proposal's. So does the passive with the proposal
("The offer was rejected.", "It was rejected.") or its makers ("They were rebuffed.") as its subject and no agent:
the one it was put to turned it down. The sentence is parsed for it though it names no actor and, when shorter
than news usually is, coded all the same (``candidates``, ``coder``).

Not when the subject names an actor (the verb's own frame codes it), or is a description the proposal's sentence
did not use ("Exports ..." after an offer to farmers); the verb takes an object, a clause or a phrase ("refused
to comment", "rejected the plan"); the proposal is older than the sentence before; the proposals of that sentence
were put by or to different sides (whose answer it is stays open); or the proposal was not made (negated,
hypothetical). "Decline" is no refusal verb here: alone it mostly says that something fell.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from spacy.tokens import Doc, Token

from bilateral.nlp import doc_tokens
from bilateral.codes import load_codes
from bilateral.events.arguments import MentionIndex
from bilateral.events.frames import Frame
from bilateral.events.frame_rules import FrameRules
from bilateral.events.lexicon import Lexicon, TriggerEntry
from bilateral.events.prefilter import verb_forms
from bilateral.events.recalled import recalled_at
from bilateral.events.replies import REPLY
from bilateral.events.roles import is_passive, passive_subject_of, subject_of
from bilateral.models import Actor, Event, Mention

_PROPOSING = frozenset({"REQUEST", "AGREE", "THREATEN"})
_MADE = frozenset({"asserted", "alleged"})
_OWN_WORDS = frozenset({"dobj", "xcomp", "ccomp", "prep", "dative", "attr", "acomp", "oprd", "agent", "advcl",
                        "npadvmod"})
"""Dependents that give a rejection verb words of its own: what it rejects, refuses to do, or by how much."""
_ANSWERERS = frozenset({"they", "he", "she"})
_PROPOSALS = frozenset({"it", "this", "that"})
"""Pronouns that stand for the answering side (active) or the proposal (passive)."""
_PROPOSERS = frozenset({"they"})
"""A passive's pronoun for the proposers themselves ("They were rebuffed."): turned down by those asked."""
_WORDS = re.compile(r"\w+")
_MAX_WORDS = 8
"""A bare refusal is short: its subject, an auxiliary or two and the verb ("The offer was firmly rejected.")."""


def may_answer_bare(earlier: Sequence[Event], position: int) -> bool:
    """Cheap test: the sentence just before coded a proposal put to someone, so a sentence naming no actor may
    answer it."""
    return bool(_proposals(earlier, position))


def short_answer(text: str, earlier: Sequence[Event], position: int, rules: FrameRules) -> bool:
    """Whether a line too short to pass for news on its own ("The relatives refused.", ``coder.is_news_text``) is
    the story's answer to the proposal told just before: a statement ending in a full stop, with a refusal verb."""
    return text.rstrip().endswith(".") and position > 0 and may_answer_bare(earlier, position) \
        and may_be_bare_refusal(text, refusal_forms(rules))


def _proposals(earlier: Sequence[Event], position: int) -> list[Event]:
    """The proposals made in the sentence just before ``position`` and put to someone."""
    out: list[Event] = []
    for event in reversed(earlier):
        if event.sentence_index < position - 1:
            break
        if event.sentence_index == position - 1 and event.event_type in _PROPOSING and event.target is not None \
                and event.modality in _MADE:
            out.append(event)
    return out


def refusal_forms(rules: FrameRules) -> frozenset[str]:
    """The word forms of the refusal verbs ("refused", "rejects", "declined"), for the parse pre-filter."""
    return frozenset(form for lemma in rules.refusal_verbs for form in verb_forms(lemma, {}))


def may_be_bare_refusal(text: str, forms: frozenset[str]) -> bool:
    """Cheap test on a sentence's words: short enough to hold no object or clause, and a refusal verb among them
    ("The relatives refused.", "It was rejected.")."""
    words = _WORDS.findall(text.lower())
    return len(words) <= _MAX_WORDS and not forms.isdisjoint(words)


def _rejection_entry(verb: Token, lexicon: Lexicon) -> TriggerEntry | None:
    """The verb's bare lexicon sense when it is a refusal verb whose sense is a rejection ("refuse", "reject")."""
    lemma = verb.lemma_.lower()
    if lemma not in lexicon.rules.refusal_verbs or any(c.dep_ == "prt" for c in verb.children):
        return None
    codes = load_codes()
    return next((e for e in lexicon.lookup("verb", lemma)
                 if not e.objects and e.particle is None and codes.get(e.cameo).plover == "REJECT"), None)


def _answerer(verb: Token, index: MentionIndex, proposal: Event, lexicon: Lexicon) -> Token | None:
    """The word for the answering side or the proposal: an active subject that names no actor, a pronoun for
    people or a description the proposal's sentence used ("offered the miners' relatives ... The relatives
    refused": not "Exports ... declined", a word new to the story), or a passive subject that is the proposal (a
    proposal noun, "it") or its makers ("they")."""
    rules = lexicon.rules
    if is_passive(verb):
        subj = passive_subject_of(verb, rules.relative_pronouns)
        if subj is None or not (subj.lower_ in _PROPOSALS | _PROPOSERS or subj.lemma_.lower() in rules.proposal_nouns):
            return None
    else:
        subj = subject_of(verb, rules.relative_pronouns)
        told = _WORDS.findall(proposal.sentence.lower())
        if subj is None or not (subj.lower_ in _ANSWERERS or (subj.pos_ == "NOUN" and subj.lower_ in told)):
            return None
    return subj if not any(index.at(t) is not None for t in subj.subtree) else None


def _placed(actor: Actor, word: Token) -> Mention:
    """An actor of the earlier proposal, placed on the word of this sentence that stands for it."""
    return recalled_at(actor, word, REPLY, "reply")


def bare_refusals(sent: Doc, frames: Sequence[Frame], index: MentionIndex, earlier: Sequence[Event], position: int,
                  lexicon: Lexicon) -> list[tuple[Frame, Event]]:
    """Frames for the sentence's bare rejections of the proposal told just before (see the module), each with the
    proposal it answers, whose date it takes when its sentence names none ("In 2018, X offered ... Y refused.")."""
    proposals = _proposals(earlier, position)
    if not proposals or len({(e.source.code, e.target.code if e.target else "") for e in proposals}) > 1:
        return []
    proposal = proposals[0]
    if proposal.target is None:
        return []
    coded = {f.trigger.i for f in frames if f.sources}
    out: list[tuple[Frame, Event]] = []
    for verb in doc_tokens(sent):
        if verb.dep_ != "ROOT" or verb.pos_ != "VERB" or verb.i in coded \
                or any(c.dep_ in _OWN_WORDS for c in verb.children):
            continue
        entry = _rejection_entry(verb, lexicon)
        word = _answerer(verb, index, proposal, lexicon) if entry is not None else None
        if entry is None or word is None:
            continue
        out.append((Frame(verb, [verb], entry, entry.cameo, [_placed(proposal.target, word)],
                          [_placed(proposal.source, verb)], REPLY, False, False, verb), proposal))
    return out
