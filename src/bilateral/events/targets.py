"""Targets found elsewhere than in a frame's own slots: its clause, its purpose, its condition.

When the parse fills no target slot, the actor an act is aimed at is usually still named nearby: elsewhere in
the trigger's own clause ("threatened an offensive in its war with Iraq"), in a protest's purpose clause
("rallied to demand the resignation of X") or in a threat's condition ("unless Chile withdrew ..."). These
searches run once all of a sentence's frames are known (``embedding``), since a clause that is an event of
its own is never searched for another event's target. Their order is declared once, in ``TARGET_SEARCHES``,
with why each stands where it does; the first that finds an actor gives the target.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import NamedTuple

from spacy.tokens import Token

from bilateral.codes import PLOVER_TYPES, UNTYPED, load_codes
from bilateral.events.arguments import MentionIndex, first_conjunct, listing_prep
from bilateral.events.conditional_targets import answer_targets, condition_targets, refusal_targets
from bilateral.events.facilities import facility_targets
from bilateral.events.forums import forum_targets
from bilateral.events.frames import BETWEEN, Frame
from bilateral.events.home_combat import home_combat_targets
from bilateral.events.lexicon import FrameRules, Lexicon
from bilateral.events.measures import DEFIANCE_PREPS
from bilateral.events.roles import direct_object_of, subject_of
from bilateral.events.speech import accused_in_clause
from bilateral.models import Mention

CLAUSE_TARGET = 0.75
"""Confidence factor for a target found elsewhere in the trigger's clause rather than in a target slot: such events
are right about half the time on the VOA gold (33 of 64, against 62 of 69 with both actors in the slots)."""
_PLACE_PREPS = frozenset({"in", "at", "during", "near", "inside", "outside", "throughout", "across", "around"})
PURPOSE_TARGET = 0.9
"""Factor for a protest's target named in its purpose clause ("rallied to demand the resignation of X")."""
_CLAUSE_SKIP_DEPS = frozenset({"nsubj", "nsubjpass", "csubj", "expl", "punct", "parataxis", "cc", "mark",
                               "advcl", "relcl", "appos", "acl"})
_INNER_SKIP_DEPS = frozenset({"punct", "parataxis", "cc", "advcl", "relcl", "appos", "acl"})
_AIMED = frozenset({"against"})
_ASIDE_PREPS = frozenset({"alongside", "beside", "besides", "without", "according"})
"""Prepositions whose phrase a target is never taken from (see ``_aside``)."""


_TELLING = frozenset({"say", "disclose", "reveal", "divulge", "elaborate", "specify", "confirm", "identify", "name",
                      "explain", "comment"})
"""Verbs of telling: refusing to say, disclose or confirm something withholds words, it rejects no one."""
_GIVING = frozenset({"give", "provide", "share", "offer"})
_TOLD = frozenset({"detail", "information", "comment", "figure", "reason", "explanation", "name", "number",
                   "estimate", "timeline", "specific"})
"""What a refusal to give or share withholds when it is words, not goods ("declined to give details")."""


def withheld_words(frame: Frame) -> bool:
    """A rejection that only declines to tell ("refused to disclose the terms of the deal with X", "declined to give
    details of its talks with X"): an actor named in what is not told is its topic, not whom the refusal is aimed
    at, so the clause search finds no target there. Not a refusal to act ("refused to give aid to X")."""
    if load_codes().get(frame.cameo).plover != "REJECT":
        return False
    for verb in (c for c in frame.trigger.children if c.dep_ == "xcomp"):
        lemma = verb.lemma_.lower()
        if lemma in _TELLING or (lemma in _GIVING and any(
                c.dep_ == "dobj" and c.lemma_.lower() in _TOLD for c in verb.children)):
            return True
    return False


def clause_targets(frame: Frame, index: MentionIndex, rules: FrameRules,
                   other_triggers: frozenset[int] = frozenset()) -> list[Mention]:
    """Actors elsewhere in the trigger's own clause, nearest after the trigger first.

    When the parse fills no target slot ("threatened an offensive in its war with Iraq"), the actor the
    clause is about is usually named inside it. Subjects, subordinate and relative clauses, appositions
    and parentheticals are left out, and so is any clause that is an event of its own ("denies backing
    M23": M23 is the target of the backing, not of the denial). The subject of an
    embedded clause stays in ("demanded that Kigali withdraw": Kigali is the target).
    """
    if withheld_words(frame) or "phrasal" in frame.entry.flags:
        return []  # a phrasal verb's partner is named by its particle's preposition or not at all ("went along with")
    own = {m.actor.code for m in frame.sources}
    seen: set[int] = set()
    found: list[tuple[int, int, Mention]] = []
    # a meeting's partner is named with the trigger's own prepositions; "in the US" is where it took place
    # and a cooperative act that needs no target ("declared a ceasefire in south Lebanon") is not aimed at where
    # it happened; a riot or an offensive "in northern Israel" is
    # (and being "concerned about the fighting in eastern Congo" is no criticism of Congo)
    code = load_codes().get(frame.cameo)
    # nor is a statement (01x), or words that also have a statement sense, aimed at where what they are about
    # happened ("claimed responsibility for the attack in X"; "expressed concern about the fighting in eastern
    # Congo" comments on it, 012, and criticises no one)
    located = code.plover == "CONSULT" or (frame.notarget and code.plover_quad in (1, 2)) \
        or "experiencer" in frame.entry.flags or frame.statement is not None or code.plover is None
    places = _PLACE_PREPS - frame.entry.preps if located else frozenset()
    roots = [frame.anchor, *frame.words]
    # what a meeting is about is no partner: the object of "discuss" (nodobj) and "talks about/on/over X"
    # and what a claim is about is not who made it ("rejected claims about X")
    topical = code.plover == "CONSULT" or _answers_claim(frame, rules)
    topics = rules.topic_prepositions - frame.entry.preps if topical else frozenset()
    if frame.trigger.lemma_.lower() in rules.response_verbs or (
            _answers_claim(frame, rules) and frame.trigger.lemma_.lower() in rules.denial_verbs):
        topics |= _AIMED  # "condemned violence against civilians": what is answered was aimed at them, not the answer
    # inside an "alongside"/"without" phrase only a place still counts ("alongside the rebels inside Congo")
    # and what the act is done "despite" is what it defies, not whom it is aimed at ("tested a missile despite
    # warnings from X": X warned, the test is aimed at no one; measures.defiers aims X's warning at the doer)
    stack = [(c, _aside(c)) for r in roots for c in r.children if c.dep_ not in _CLAUSE_SKIP_DEPS
             and not (topics and c.dep_ == "dobj" and "nodobj" in frame.entry.flags)
             and not (c.dep_ == "prep" and (c.lower_ in topics or c.lower_ in DEFIANCE_PREPS))]
    while stack:
        tok, aside = stack.pop()
        if tok.i in seen or tok.i in other_triggers:
            continue
        seen.add(tok.i)
        mention = index.at(tok)
        root = tok.doc[mention.start:mention.end].root if mention is not None else tok
        prep = _place_prep(root, rules.place_nouns)
        located_here = prep is not None
        placed = located_here and prep in places
        if mention is not None and mention.actor.code not in own and not placed and (not aside or located_here):
            after = tok.i > frame.trigger.i
            found.append(((0 if after else 1000) + abs(tok.i - frame.trigger.i), tok.i, mention))
        stack.extend((c, aside or _aside(c)) for c in tok.children if c.dep_ not in _INNER_SKIP_DEPS
                     and not (c.dep_ == "prep" and c.lower_ in topics))  # "spoke at length about X"
    if not found:
        return []
    _, _, mention = min(found, key=lambda x: (x[0], x[1]))
    # "strikes on Canada and Mexico": the nearest actor with its conjuncts
    conjoined = [m for m in index.actors(index.head_of(mention)) if m.actor.code not in own]
    return conjoined if mention in conjoined else [mention]


def _answers_claim(frame: Frame, rules: FrameRules) -> bool:
    """A frame whose object is a claim ("rejected claims about X", "denied reports over X")."""
    nouns = [w for w in frame.words if w.pos_ == "NOUN"]
    nouns += [c for c in frame.trigger.children if c.dep_ == "dobj"]
    return any(n.lemma_.lower() in rules.claim_nouns for n in nouns)


def _place_prep(root: Token, place_nouns: frozenset[str]) -> str | None:
    """The place preposition whose object is ``root`` ("in Kenya") or a word naming that object ("at the
    Oslo summit", "in the Kenyan capital", "in Mali's Mopti region"): where the act took place; None
    elsewhere. A possessor places only a place noun; otherwise it owns what is named ("irregularities in Rwanda's
    election" are Rwanda's). A list of places is placed as a whole: every conjunct ("talks in Chile, Peru and
    Bolivia") and every member a place noun's "including" / "such as" phrase lists ("in several cities, including
    Lima")."""
    if root.dep_ in ("compound", "amod", "nmod") or (root.dep_ == "poss" and root.head.lemma_.lower() in place_nouns):
        if root.head.dep_ == "pobj":
            root = root.head
    root = first_conjunct(root)
    if root.dep_ == "pobj" and listing_prep(root.head) and root.head.head.dep_ == "pobj":
        root = first_conjunct(root.head.head)
    return root.head.lower_ if root.dep_ == "pobj" and root.head.lower_ in _PLACE_PREPS else None


def named_object(frame: Frame, index: MentionIndex) -> bool:
    """The act's direct object is a name no dictionary knows ("released Paul Rusesabagina"): that is its target,
    unknown, and no other actor of the clause may stand in for it. A name with a known actor in it ("U.N.
    envoy Marta Lindgren") does not block."""
    dobj = direct_object_of(frame.trigger) if frame.trigger.pos_ in ("VERB", "AUX") else None
    return dobj is not None and dobj not in frame.words and (dobj.pos_ == "PROPN" or dobj.ent_type_ in (
        "PERSON", "ORG", "NORP", "GPE")) and not any(index.at(t) is not None for t in dobj.subtree)


def _aside(tok: Token) -> bool:
    """A phrase that names no one the act is aimed at: allies ("fighting alongside the rebels"), what did not
    happen ("resigned without returning to X") or who says so ("according to UN experts")."""
    return tok.dep_ == "prep" and tok.lower_ in _ASIDE_PREPS


def purpose_targets(frame: Frame, index: MentionIndex, rules: FrameRules,
                    serving: frozenset[str] = frozenset()) -> list[Mention]:
    """Whom a protest is aimed at, from its purpose clause: "rallied to demand the resignation of President X",
    "marched, calling for autonomy from Spain"; or whom a deployment or a show of force faces ("troops were
    deployed to push back the rebels", "staged drills in an effort to pressure X"), its purpose clauses that serve
    their object (``serving``: "to protect civilians") left out. Nearest actor after the trigger, the source
    excluded. A purpose told as an effort ("in an effort to ...", ``effort_nouns``) is one, as its infinitive is."""
    own = {m.actor.code for m in frame.sources}
    heads = [frame.anchor, *frame.words]
    heads += [p for r in heads for c in r.children if c.dep_ == "prep" and c.lower_ == "in"
              for p in c.children if p.dep_ == "pobj" and p.lemma_.lower() in rules.effort_nouns]
    purposes = [c for r in heads for c in r.children
                if c.dep_ in ("advcl", "xcomp", "acl") and c.pos_ == "VERB" and c.lemma_.lower() not in serving
                and (c.tag_ == "VBG" or any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children))]
    found = sorted((tok.i, mention) for clause in purposes for tok in clause.subtree
                   if (mention := index.at(tok)) is not None and mention.actor.code not in own
                   and tok.i > frame.trigger.i)
    return [found[0][1]] if found else []


def harm_targets(frame: Frame, index: MentionIndex, rules: FrameRules) -> list[Mention]:
    """Whom an attack hit, from a participle of harm hanging on it: "shelled the town, killing two soldiers",
    "stepped up attacks, inflicting heavy casualties on X". The participle has no subject of its own (the
    attacker does it); its direct object or the object of its "on" phrase is the target, the source excluded.
    A participle with its own subject ("the attack, its toll leaving ...") or on a noun that is not the
    act ("a bomb planted by X, killing Y" hangs on the bomb) is not searched: only the trigger's own clause."""
    own = {m.actor.code for m in frame.sources}
    for head in (frame.anchor, *frame.words):
        for clause in head.children:
            if clause.dep_ != "advcl" or clause.tag_ != "VBG" or clause.lemma_.lower() not in rules.harm_verbs \
                    or subject_of(clause, rules.relative_pronouns) is not None:
                continue
            slots = [c for c in clause.children if c.dep_ == "dobj"]
            slots += [p for h in (clause, *slots) for c in h.children if c.dep_ == "prep" and c.lower_ == "on"
                      for p in c.children if p.dep_ == "pobj"]  # "casualties on X" attaches to either
            found = [m for tok in slots for m in index.actors(tok) if m.actor.code not in own]
            if found:
                return found
    return []


_ASKING = frozenset({"appeal", "demand"})
"""Intent classes of the verbs whose "for" object is what they ask for ("called for", "pressed for")."""
_ASKED_STATE = frozenset({"GOV", "LEG", "JUD", "COP", "MIL"})
"""Sectors of a state, which an appeal asks to act when it names them in what it asks for."""


def asked_state_targets(frame: Frame, index: MentionIndex, lexicon: Lexicon) -> list[Mention]:
    """Whom an appeal with no addressee asks, from what it asks for: a state body named in its "for" object
    ("called for the creation of a transitional government", "called for the resignation of X's prime minister").
    Only a state's own bodies: "called for the release of the journalists" or "for the protection of civilians"
    names those it is for, not who is to act, and is left to the clause search. One body a state: the first named
    is the one asked ("a new government and legislative body" is one appeal to the state, for both). An act
    the appeal asks to end or halt that names its parties with "between" ("called for an end to the fighting
    between the army and the rebels") asks every party, of any sector or country (``_joint_parties``)."""
    verb = frame.trigger
    if lexicon.rules.intent_verbs.get(verb.lemma_.lower()) not in _ASKING:
        return []
    own = {m.actor.code for m in frame.sources}
    asked = [p for c in verb.children if c.dep_ == "prep" and c.lower_ == "for" for p in c.children
             if p.dep_ == "pobj"]
    if parties := [m for p in asked for m in _joint_parties(p, index) if m.actor.code not in own]:
        return parties
    found = [m for p in asked for t in p.subtree if (m := index.at(t)) is not None
             and m.actor.sector in _ASKED_STATE and m.actor.code not in own]
    firsts: dict[str | None, Mention] = {}
    for m in found:
        firsts.setdefault(m.actor.country, m)
    return list(firsts.values())


def _joint_parties(asked: Token, index: MentionIndex) -> list[Mention]:
    """The parties a noun in the asked phrase names with "between" or "among" ("an end to the clashes between X
    and Y": both sides are asked). Only a noun's own phrase: a verb's ("civilians caught between X and Y") places
    those the appeal is for, and names no one asked."""
    return [m for t in asked.subtree if t.dep_ == "prep" and t.lower_ in BETWEEN and t.head.pos_ == "NOUN"
            for pobj in t.children if pobj.dep_ == "pobj" for m in index.actors(pobj)]


Search = Callable[[Frame, MentionIndex, Lexicon, frozenset[int]], list[Mention]]


class TargetSearch(NamedTuple):
    """One place a missing target is looked for: its name, the PLOVER types it serves (None: every PLOVER type;
    ``UNTYPED`` names the CAMEO 01 statements, which only the searches naming it serve), the
    function, the confidence factor of what it finds, whether it may replace targets that are only the place
    around the thing the act hit ("stormed the mosque in Sinai": Sinai is where, not whom), and why it stands
    where it does."""

    name: str
    types: frozenset[str] | None
    run: Search
    factor: float
    over_places: bool
    why: str


_ANSWERS = frozenset({"ASSAULT", "SUPPORT", "COOPERATE", "CONSULT", "AID"})
"""Types of the acts an actor announces as its answer to what another does ("if X ..., we will ..."): the armed ones
that the announcement makes a threat, and the cooperative ones that it makes an intent (events/coder.py)."""

TARGET_SEARCHES: tuple[TargetSearch, ...] = (
    TargetSearch("facilities", None, facility_targets, 1.0, True,
                 "the thing an attack hits is the act's own slot ('attacked a base outside X'): its holder, or its "
                 "place's country with its sector, before the clause search would take the bare place or a "
                 "bystander of the clause; it also replaces a slot that found only the place around the thing"),
    TargetSearch("refusal", None, lambda f, i, lx, o: refusal_targets(f, i, lx), PURPOSE_TARGET, False,
                 "a refusal's addressee as the subject of what it waits for ('will not lift the trade embargo until X "
                 "...'), before the clause search, which leaves subordinate clauses out and would take a bystander"),
    TargetSearch("asked", frozenset({"REQUEST"}), lambda f, i, lx, o: asked_state_targets(f, i, lx),
                 PURPOSE_TARGET, False, "a state body named in what an appeal asks for ('called for the creation of "
                 "a new government'), as sure as a purpose clause, before the clause search takes any bystander"),
    TargetSearch("accused", frozenset({"ACCUSE"}), lambda f, i, lx, o: accused_in_clause(f, i, lx.rules),
                 1.0, False, "an accusation with a clause of its own accuses that clause's subject, as surely as "
                 "its object would ('alleged that X attacked': X is what the allegation is about); before the "
                 "clause search, which finds the same subject among any actor of the clause and pays the clause "
                 "factor for it (VOA: +1 right, no false event)"),
    TargetSearch("forum", frozenset({"ACCUSE"}), lambda f, i, lx, o: forum_targets(f, i), 1.0, False,
                 "the trigger's own 'against' phrase that the parser hung on the court a case is filed in ('filed a "
                 "case at the ICJ against X'), before the clause search takes the nearer court for the target"),
    TargetSearch("home_combat", frozenset({"ASSAULT"}), lambda f, i, lx, o: home_combat_targets(
                     f, lambda: f.targets or clause_targets(f, i, lx.rules, o), lx.rules.combat_words),
                 PURPOSE_TARGET, True,
                 "an armed group's combat whose clause names only its own country, as a place ('rebels fight to "
                 "control villages on the Chadian border'): that country's forces, which the clause search would "
                 "leave as the bare place at the clause factor"),
    TargetSearch("clause", None, lambda f, i, lx, o: clause_targets(f, i, lx.rules, o), CLAUSE_TARGET, False,
                 "any actor of the trigger's own clause, nearest after it: the widest search for every type"),
    TargetSearch("purpose", frozenset({"PROTEST"}), lambda f, i, lx, o: purpose_targets(f, i, lx.rules), PURPOSE_TARGET,
                 False, "a protest's target named in its purpose clause, which the clause search leaves out"),
    TargetSearch("faced", frozenset({"MOBILIZE"}),
                 lambda f, i, lx, o: purpose_targets(f, i, lx.rules, lx.rules.shielding_verbs), PURPOSE_TARGET, False,
                 "whom a deployment faces, named in its purpose clause ('deployed to push back the rebels'), which "
                 "the clause search leaves out; not whom it serves ('to protect civilians')"),
    TargetSearch("harm", frozenset({"ASSAULT"}), lambda f, i, lx, o: harm_targets(f, i, lx.rules), PURPOSE_TARGET,
                 False, "whom an attack hit, named by a participle of harm after it ('..., killing two soldiers'), "
                 "which the clause search leaves out as a clause of its own"),
    TargetSearch("condition", frozenset({"THREATEN", "SANCTION", "COERCE"}),
                 lambda f, i, lx, o: condition_targets(f, i, lx), PURPOSE_TARGET, False,
                 "a threat's addressee as the subject of its condition ('unless X ...'), also of a sanction or "
                 "coercion announced on a condition ('would impose tariffs if X ...'), which is a threat"),
    TargetSearch("answer", _ANSWERS, lambda f, i, lx, o: answer_targets(f, i, lx), 1.0, False,
                 "the party whose conduct an armed or cooperative act answers, from its condition, when the doer "
                 "says it itself ('if X attacks us, we will retaliate'): a threat or an intent toward X that names "
                 "X as surely as an object would"),
    TargetSearch("statement", frozenset({UNTYPED}), lambda f, i, lx, o: statement_targets(f, i, lx.rules, o),
                 CLAUSE_TARGET, False, "a statement's addressee beside it in its clause ('condolences to X'), "
                 "never inside what is hoped or considered ('hopes to avoid a court case with X': the topic)"),
)
"""Where a frame's missing target is looked for, in order."""


_MEANS = "with"
"""The preposition of what an act is done with ("responded with force", "retaliated with strikes")."""


def search_targets(frame: Frame, index: MentionIndex, lexicon: Lexicon,
                   other_triggers: frozenset[int] = frozenset()) -> tuple[list[Mention], float]:
    """The first of ``TARGET_SEARCHES`` that finds a target for ``frame``, with its confidence factor; ([], 1.0)
    when none does. A frame with targets is searched only where they are bare places (a country or a town, no
    sector) and only by the searches that may replace them. An object word of the frame's own in a "with" phrase is
    what it acts with, never whom ("will respond with full force": the force is no target, though it reads as
    armed forces); one it acts on stays ("stormed a police headquarters")."""
    plover = load_codes().get(frame.cameo).plover or UNTYPED
    own = {w.i for w in frame.words if w.dep_ == "pobj" and w.head.lower_ == _MEANS and w.i != frame.trigger.i}
    places_only = bool(frame.targets) and all(
        t.actor.kind == "state" and t.actor.sector is None for t in frame.targets)
    for search in TARGET_SEARCHES:
        if plover not in (search.types if search.types is not None else PLOVER_TYPES):
            continue
        if frame.targets and not (search.over_places and places_only):
            continue
        found = [m for m in search.run(frame, index, lexicon, other_triggers) if not own & set(range(m.start, m.end))]
        if found:
            return found, search.factor
    return [], 1.0


_COMPLEMENT_DEPS = frozenset({"xcomp", "ccomp", "pcomp", "advcl", "acl", "relcl"})


def statement_targets(frame: Frame, index: MentionIndex, rules: FrameRules,
                      other_triggers: frozenset[int] = frozenset()) -> list[Mention]:
    """The clause search for an untyped CAMEO 01 statement, outside the verb complements it governs: a feeling or
    an outlook names whom it is addressed to beside it, and an actor inside what it hopes or considers is its
    topic."""
    return [m for m in clause_targets(frame, index, rules, other_triggers) if not _inside_complement(frame.trigger, m)]


def _inside_complement(trigger: Token, mention: Mention) -> bool:
    """Whether ``mention`` sits inside a verb complement or a clause that ``trigger`` governs: between the
    mention's head token and the trigger, some token hangs on its head as a clause of its own."""
    token = trigger.doc[mention.start:mention.end].root
    while token.i != trigger.i and token.head.i != token.i:
        if token.dep_ in _COMPLEMENT_DEPS:
            return True
        token = token.head
    return False
