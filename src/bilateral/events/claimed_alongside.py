"""A doerless attack told beside an armed group's claim in the same sentence: "a roadside bomb killed nine herders,
while the X Front took credit for shelling an army post".

News often joins a blast that names no doer ("a car bomb killed ...", "six villagers were killed") to the claim of an
armed group in a clause of its own, introduced by "while" or "and". The claim tells the reader who is behind the
violence the sentence reports, and an expert coder gives the doerless attack to the claimant, as ``claimed_ahead``
does when the claim comes in a later sentence. So an act of force (PLOVER ASSAULT) coded by a verb with no source
whose clause is joined to a claim of responsibility ("claimed responsibility", "took credit": frames.json
``responsibility_verbs`` and ``responsibility_nouns``) takes the claim's subject as its doer, when that subject is
one armed group (``claimed_ahead.CLAIMANT_SECTORS``). Whom it struck, when its object counts people the sentence
gives no country ("killed 11 quarry workers") and the act is one against people (CAMEO 18x), is the civilians of
the claimant's own country, where an armed group is coded as fighting (as ``claimed_ahead`` places a facility).

Not when:

- the claim is negated ("did not claim responsibility") or is a denial ("denied responsibility": no verb of
  ``responsibility_verbs``), or it claims something that is no responsibility ("claimed victory");
- the claimant is no armed group ("the army took credit for the rescue": a state's forces claim an operation, not the
  blast), or the claim names two claimants;
- the attack already has a doer, or its subject may be one though no actor is coded for it ("soldiers killed ...":
  only a weapon or a blast of frames.json ``blast_nouns``, or a passive with no agent, leaves the doer unnamed), or
  it is a noun (nouns are ``claimed_ahead``'s and ``recalled``'s);
- the two clauses are joined by anything else than coordination or "while"/"as" ("after the group claimed ...":
  told as another moment, not as the same news).

The same holds for an attack noun whose claim is told in the passive: "earlier raids were claimed by the X Front" (a
verb of frames.json ``claiming_verbs`` with the act noun as its passive subject and one armed group as its agent)
makes the noun a frame of the agent's act, struck on whom its own phrase names ("raids on two villages"), or left to
``hosted_attacks`` to place among the story's civilians. Not when the claim is negated ("was not claimed by"), the
agent is no armed group ("was claimed by the army"), or the noun is no act of force ("the seats were claimed by").

Cheap: a sentence with no doerless verb of force is left at once, and only the clauses joined to that verb are read;
the passive claim is looked for by a word test on each token's lemma before any walk.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc, Token

from bilateral.codes import load_codes
from bilateral.events.arguments import MentionIndex
from bilateral.events.claimed_ahead import CLAIMANT_SECTORS
from bilateral.events.frames import Frame
from bilateral.events.nominal import noun_entries, noun_entry
from bilateral.events.recalled import CLAIMED
from bilateral.events.hosted_attacks import civilians
from bilateral.events.lexicon import Lexicon
from bilateral.events.recalled import subject_claimants
from bilateral.events.roles import prep_objects, subject_of
from bilateral.nlp import doc_tokens
from bilateral.models import Mention

__all__ = ["claimed_alongside"]

_ASSAULT = "ASSAULT"
_VERB = "VERB"
_JOINED = frozenset({"advcl", "conj"})
"""Dependencies that join the claim's clause to the attack's (either way round)."""
_AGAINST_PEOPLE = "18"
"""CAMEO root of unconventional violence against people (killings, bombings, abductions): its counted object is
people."""
_SAME_NEWS = frozenset({"while", "as"})
"""Marks of an adverbial clause told as the same news ("..., while X took credit"); an unmarked one counts too."""


def claimed_alongside(sent: Doc, frames: Sequence[Frame], index: MentionIndex, lexicon: Lexicon) -> list[Frame]:
    """Give each doerless verb of force the armed group that claims responsibility in a clause joined to it (frames
    are changed in place), and return frames for the attack nouns whose claim is told in the passive (see the
    module)."""
    for frame in frames:
        if frame.sources or frame.trigger.pos_ != _VERB or load_codes().get(frame.cameo).plover != _ASSAULT \
                or not _doer_unnamed(frame.trigger, lexicon):
            continue
        claimants = [m for verb in _joined(frame.trigger) for m in _claimants(verb, index, lexicon)]
        if len({m.actor.code for m in claimants}) == 1 and claimants[0].actor.sector in CLAIMANT_SECTORS:
            frame.sources.append(claimants[0])
            if not frame.targets and frame.cameo.startswith(_AGAINST_PEOPLE) and claimants[0].actor.country \
                    and _counted_people(frame.trigger, index):
                frame.targets.append(civilians(frame.trigger, claimants[0].actor.country))
    return _claimed_by(sent, frames, index, lexicon)


def _claimed_by(sent: Doc, frames: Sequence[Frame], index: MentionIndex, lexicon: Lexicon) -> list[Frame]:
    """Frames for the act-of-force nouns that are the passive subject of a claim by one armed group ("the raids
    were claimed by X"), as the agent's acts."""
    triggers = {f.trigger.i for f in frames}
    out: list[Frame] = []
    for verb in doc_tokens(sent):
        if verb.lemma_.lower() not in lexicon.rules.claiming_verbs or any(c.dep_ == "neg" for c in verb.children):
            continue
        nouns = [c for c in verb.children if c.dep_ == "nsubjpass" and c.pos_ == "NOUN" and c.i not in triggers]
        agents = [m for c in verb.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"
                  for m in index.actors(p)]
        if not nouns or len({m.actor.code for m in agents}) != 1 or agents[0].actor.sector not in CLAIMANT_SECTORS:
            continue
        entry = noun_entry(nouns[0], noun_entries(nouns[0], lexicon))
        if entry is None or load_codes().get(entry.cameo).plover != _ASSAULT:
            continue
        noun = nouns[0]
        targets = [m for p in prep_objects(noun, entry.preps) for m in index.actors(p)
                   if m.actor.code != agents[0].actor.code]
        out.append(Frame(noun, [noun], entry, entry.cameo, [agents[0]], targets, CLAIMED, False, False, noun))
    return out


def _counted_people(verb: Token, index: MentionIndex) -> bool:
    """Whether the verb's direct object is counted ("11 quarry workers") and names no actor (no country)."""
    return any(c.dep_ == "dobj" and any(n.dep_ == "nummod" for n in c.children)
               and not any(index.at(t) is not None for t in c.subtree) for c in verb.children)


def _doer_unnamed(verb: Token, lexicon: Lexicon) -> bool:
    """Whether the verb's clause leaves its doer unnamed: its subject a weapon or a blast ("a car bomb killed"), or
    a passive with no agent ("nine farmers were killed")."""
    deps = {c.dep_: c for c in verb.children}
    if "nsubj" in deps:
        return deps["nsubj"].lemma_.lower() in lexicon.rules.blast_nouns
    return "auxpass" in deps and "agent" not in deps


def _joined(verb: Token) -> list[Token]:
    """The verbs of the clauses joined to ``verb`` as the same news: its conjuncts and unmarked or "while"
    clauses, and the verb it is itself so joined to."""
    joined = [c for c in verb.children if _same_news(c)]
    return joined + [verb.head] if _same_news(verb) and verb.head.i != verb.i else joined


def _same_news(verb: Token) -> bool:
    """Whether ``verb`` heads a clause joined to its head as the same news (a conjunct, or an adverbial clause
    marked by nothing or by "while")."""
    if verb.dep_ not in _JOINED:
        return False
    marks = [c.lower_ for c in verb.children if c.dep_ == "mark"]
    return verb.dep_ == "conj" or all(m in _SAME_NEWS for m in marks)


def _claimants(verb: Token, index: MentionIndex, lexicon: Lexicon) -> list[Mention]:
    """The subject's actors when ``verb`` claims responsibility ("claimed responsibility", "took credit"), not
    negated; none otherwise."""
    rules = lexicon.rules
    if verb.lemma_.lower() not in rules.responsibility_verbs or any(c.dep_ == "neg" for c in verb.children):
        return []
    if not any(c.dep_ == "dobj" and c.lemma_.lower() in rules.responsibility_nouns for c in verb.children):
        return []
    subj = subject_of(verb, rules.relative_pronouns)
    return subject_claimants(subj, index) if subj is not None else []
