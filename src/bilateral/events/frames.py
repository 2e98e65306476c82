"""Event frames read from the dependency parse: which trigger, who acts (sources) and on whom (targets).

Verb frames: the subject is the source and the direct or prepositional object the target; in the passive
the ``by`` agent is the source and the subject the target. A subject left implicit is taken from the
controlling clause ("agreed to resume", "accused X of backing" -> X, "arrived and met"). Light verbs and
phrasal verbs are matched with their object noun or particle ("impose sanctions", "break off ties").
How frames embed one another (intents, demands) is ``embedding``'s.
Nominal frames: "Blinken's visit to Kigali", "US sanctions on ...", "talks between A and B".
Each frame carries a confidence that reflects how direct the attachment is.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Token

from bilateral.codes import load_codes
from bilateral.events.arguments import (
    MentionIndex, agent_of, dative_of, direct_object_of, misattached_gerund, passive_subject_of, possessor_of,
    prep_objects, subject_of,
)
from bilateral.events.lexicon import FrameRules, Lexicon, TriggerEntry
from bilateral.models import CameoCode, Mention

DIRECT = 0.9
"""Confidence of a verb frame whose source is its subject and whose target it governs."""
NOMINAL_OWN = 0.7
"""A nominal event whose source is its own possessor, modifier or ``by`` phrase."""
NOMINAL_GOVERNED = 0.6
"""A nominal event whose source is the subject of the verb governing it ("announced sanctions on")."""
WEAK = 0.75
"""Factor for triggers the lexicon marks as weak (ambiguous words)."""
CONTROLLED = 0.9
"""Factor when the source comes from a controlling or coordinated clause."""
NO_TARGET = 0.85
"""Factor for events coded without a target (types that allow it)."""
CLAUSE_TARGET = 0.75
"""Confidence factor for a target found elsewhere in the trigger's clause rather than in a target slot."""
_PLACE_PREPS = frozenset({"in", "at", "during", "near", "inside", "outside", "throughout", "across", "around"})
PURPOSE_TARGET = 0.9
"""Factor for a protest's target named in its purpose clause ("rallied to demand the resignation of X")."""
_CLAUSE_SKIP_DEPS = frozenset({"nsubj", "nsubjpass", "csubj", "expl", "punct", "parataxis", "cc", "mark",
                               "advcl", "relcl", "appos", "acl"})
_INNER_SKIP_DEPS = frozenset({"punct", "parataxis", "cc", "advcl", "relcl", "appos", "acl"})
_PEACEKEEPING = "074"
"""CAMEO "provide military protection or peacekeeping"."""
_OCCUPY = "192"
"""CAMEO "occupy territory": what taking a place is."""
_PLACE_CODINGS = frozenset({"place", "dictionary", "spelling"})
"""How a place is coded when it stands for its country: a town or capital, or the country's own name."""
_PARTICLES = frozenset({"down", "up", "off", "out", "back", "over", "away"})
"""Words that, right after a verb, may be its particle even when the parser tags them otherwise."""
_OBJECT_TARGET_PREPS = frozenset({"with", "against"})
"""Prepositions by which a verb's direct object names the target ("cut all contact with X")."""
_PRONOUNS = frozenset({"it", "they", "he", "she", "we"})
_ASIDE_PREPS = frozenset({"alongside", "beside", "besides", "without", "according"})
"""Prepositions whose phrase a target is never taken from (see ``_aside``)."""
_SETTING_PREPS = frozenset({"after", "during", "following", "before", "at", "since", "ahead"})


@dataclass(slots=True)
class Frame:
    """A trigger with its filled slots, before expansion into events."""

    trigger: Token
    words: list[Token]
    entry: TriggerEntry
    cameo: CameoCode
    sources: list[Mention]
    targets: list[Mention]
    confidence: float
    recip: bool
    notarget: bool
    anchor: Token
    """The token whose clause decides modality (the intent verb for absorbed events)."""
    absorbed: bool = False
    extra: list[Token] = field(default_factory=list)
    domestic: bool = False
    """An act on the source's own country by nature (a curfew, a state of emergency)."""

    @property
    def trigger_text(self) -> str:
        """The trigger words in sentence order."""
        return " ".join(t.text for t in sorted(set(self.words), key=lambda t: t.i))


def _particle(verb: Token) -> str | None:
    """The verb's particle: tagged as such, or the adverb or preposition right after it that the parser did
    not tag so ("stepped down as mediator", "pulled out of the talks")."""
    tagged = next((c.lower_ for c in verb.children if c.dep_ == "prt"), None)
    if tagged is not None:
        return tagged
    return next((c.lower_ for c in verb.children if c.dep_ in ("advmod", "prep") and c.i == verb.i + 1
                 and c.lower_ in _PARTICLES), None)


def _object_nouns(verb: Token, relative_pronouns: frozenset[str]) -> list[Token]:
    """Candidate light-verb objects: direct object (and conjuncts), passive subject, "into talks"."""
    out: list[Token] = []
    dobj = direct_object_of(verb)
    if dobj is not None:
        out.append(dobj)
        out.extend(c for c in dobj.children if c.dep_ == "conj")
    subj = passive_subject_of(verb, relative_pronouns)
    if subj is not None:
        out.append(subj)
    for prep in verb.children:
        if prep.dep_ == "prep" and prep.lower_ in ("into", "in", "on"):
            out.extend(c for c in prep.children if c.dep_ == "pobj")
    return out


def _qualifiers(noun: Token) -> list[str]:
    """Words qualifying an event noun and what it measures: "military" in "military aid", "$5m in
    humanitarian aid", "a cut in military aid"."""
    words = [c.lower_ for c in noun.children if c.dep_ in ("amod", "compound", "nmod")]
    for prep in noun.children:
        if prep.dep_ == "prep" and prep.lower_ in ("of", "in"):
            for pobj in prep.children:
                if pobj.dep_ == "pobj":
                    words.extend(c.lower_ for c in pobj.children if c.dep_ in ("amod", "compound", "nmod"))
    return words


def _noun_lemmas(noun: Token) -> set[str]:
    """The noun, its compounds, and what it measures ("part of an aid programme", "$5m in military aid")."""
    lemmas = {noun.lemma_.lower(), noun.lower_}
    lemmas.update(c.lemma_.lower() for c in noun.children if c.dep_ in ("compound", "amod", "nmod"))
    measured = noun.like_num or noun.tag_ in ("CD", "$") or noun.ent_type_ == "MONEY"
    for prep in noun.children:
        if prep.dep_ == "prep" and (prep.lower_ == "of" or (prep.lower_ == "in" and measured)):
            for pobj in prep.children:
                if pobj.dep_ == "pobj":
                    lemmas.add(pobj.lemma_.lower())
                    lemmas.update(c.lemma_.lower() for c in pobj.children if c.dep_ in ("compound", "nmod"))
    return lemmas


def _prep_words(token: Token) -> set[str]:
    return {c.lower_ for c in token.children if c.dep_ in ("prep", "dative", "agent")}


def match_verb(verb: Token, lexicon: Lexicon) -> tuple[TriggerEntry, Token | None] | None:
    """The most specific lexicon entry for a verb and the object noun it matched (None for a bare entry)."""
    entries = lexicon.lookup("verb", verb.lemma_.lower())
    if not entries:
        return None
    particle = _particle(verb)
    # computed once, not once per entry
    objects = [(o, _noun_lemmas(o)) for o in _object_nouns(verb, lexicon.rules.relative_pronouns)]
    verb_preps = _prep_words(verb)
    obj_preps: dict[int, set[str]] = {}
    best: tuple[int, TriggerEntry, Token | None] | None = None
    for entry in entries:
        if entry.particle != particle:
            continue
        obj: Token | None = None
        if entry.objects:
            obj = next((o for o, lemmas in objects if lemmas & entry.objects), None)
            if obj is None:
                continue
        if obj is not None and obj.i not in obj_preps:
            obj_preps[obj.i] = _prep_words(obj)
        present = verb_preps | obj_preps[obj.i] if obj is not None else verb_preps
        score = entry.specificity * 10 + (2 if entry.preps & present else 0) + ("weak" not in entry.flags)
        if best is None or score > best[0]:
            best = (score, entry, obj)
    return None if best is None else (best[1], best[2])


def controller(verb: Token, lexicon: Lexicon, depth: int = 0) -> tuple[Token | None, bool]:
    """The implicit subject of a verb from its controlling clause, and whether it was found by control."""
    rules = lexicon.rules
    subj = subject_of(verb, rules.relative_pronouns)
    if subj is not None or depth > 3:
        return subj, False
    head = verb.head
    if verb.dep_ == "acl" and verb.tag_ == "VBG" and head.pos_ in ("NOUN", "PROPN"):
        return head, False  # "protesters demanding reforms"
    if misattached_gerund(verb):  # "accused Rwanda of training and funding the rebels": Rwanda funds them
        obj = direct_object_of(head) if head.lemma_.lower() in rules.object_control else None
        return (obj, True) if obj is not None else (None, False)
    if verb.dep_ == "pcomp" and head.dep_ == "prep":
        head = head.head
    elif verb.dep_ not in ("xcomp", "conj", "advcl", "acomp"):
        return None, False
    if head is verb:
        return None, False
    if verb.dep_ in ("xcomp", "pcomp") and head.lemma_.lower() in rules.object_control:
        obj = direct_object_of(head)
        if obj is not None:
            return obj, True
    purpose = any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children) and not any(
        c.dep_ == "mark" for c in verb.children)
    if verb.dep_ == "advcl" and verb.tag_ != "VBG" and not purpose:  # "deployed troops to fight the ADF" is
        return None, False                                          # controlled; "after X arrived" is not
    if verb.dep_ == "xcomp" and subject_of(head, rules.relative_pronouns) is None:
        raised = passive_subject_of(head, rules.relative_pronouns)
        if raised is not None:
            return raised, True
    found, _ = controller(head, lexicon, depth + 1)
    if found is None and verb.dep_ == "conj":
        found = passive_subject_of(head, rules.relative_pronouns) if agent_of(head) is None else agent_of(head)
    return found, found is not None


def verb_frame(verb: Token, index: MentionIndex, lexicon: Lexicon) -> Frame | None:
    """The frame of a lexicon verb with whatever slots the parse fills."""
    matched = match_verb(verb, lexicon)
    if matched is None:
        return None
    entry, obj = matched
    words = [verb] + [c for c in verb.children if c.dep_ == "prt"] + ([obj] if obj is not None else [])
    confidence = DIRECT
    passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children)
    sources: list[Mention] = []
    targets: list[Mention] = []
    reciprocal = False
    if "experiencer" in entry.flags:
        if not passive:
            return None
        feeler = passive_subject_of(verb, lexicon.rules.relative_pronouns)
        if feeler is not None:
            sources = index.actors(feeler) or speaker_of_pronoun(feeler, index, lexicon)
        targets = _cause_targets(prep_objects(verb, entry.preps), index, lexicon)  # "by" is among the preps
    elif passive:
        agent = agent_of(verb)
        if agent is not None:
            sources = index.actors(agent)
        patient = passive_subject_of(verb, lexicon.rules.relative_pronouns)
        if patient is not None and patient is not obj:
            targets = index.actors(patient)
    else:
        subj, controlled = controller(verb, lexicon)
        if subj is not None:
            sources = index.actors(subj) or speaker_of_pronoun(subj, index, lexicon)
            if controlled:
                confidence *= CONTROLLED
        dobj = direct_object_of(verb)
        if dobj is not None and dobj is not obj and "nodobj" not in entry.flags:
            targets = index.actors(dobj)
        reciprocal = _each_other(verb)
        dative = dative_of(verb)
        if not targets and dative is not None:
            targets = index.actors(dative)
    if not targets:
        for pobj in prep_objects(verb, entry.preps):
            targets.extend(index.actors(pobj) or _agents_of_modifiers(pobj, index))
    if not targets and not passive:
        # "boycott all contact with the United States", "launched rocket fire against the camps"
        dobj = direct_object_of(verb)
        if dobj is not None and dobj is not obj:
            for pobj in prep_objects(dobj, entry.preps | _OBJECT_TARGET_PREPS):
                targets.extend(index.actors(pobj))
            if targets:
                confidence *= CONTROLLED
    if not targets and obj is None:
        dobj = direct_object_of(verb)
        if dobj is not None and dobj.lemma_.lower() in lexicon.rules.claim_nouns | lexicon.rules.proposal_nouns:
            obj = dobj
    if not targets and obj is not None:
        targets = _noun_targets(obj, entry, index, lexicon)
        confidence *= 0.95
    # "captured Goma", "seized Bukavu": taking a place is occupying territory, whatever else the verb can mean
    territorial = verb.lemma_.lower() in lexicon.rules.territorial_verbs and bool(targets) and not passive and all(
        t.actor.sector is None and t.actor.kind == "state" and t.resolved_by in _PLACE_CODINGS for t in targets)
    cameo = CameoCode(_OCCUPY) if territorial else entry.cameo
    if verb.lemma_.lower() in lexicon.rules.peacekeeping_verbs and _peacekeepers(verb, lexicon):
        cameo = CameoCode(_PEACEKEEPING)  # "peacekeepers arrived in Bosnia": providing peacekeeping
    if obj is not None:  # "cut military aid to Rwanda": 1622; "suspended a loan": 1621
        cameo = lexicon.rules.aid_code(cameo, [*_qualifiers(obj), obj.lower_])
    if "weak" in entry.flags and not territorial:
        confidence *= WEAK
    recip = "recip" in entry.flags or (not passive and reciprocal and len(sources) >= 2)
    return Frame(verb, words, entry, cameo, sources, targets, confidence,
                 recip, "notarget" in entry.flags, verb, domestic="domestic" in entry.flags)


def feeling_frame(adj: Token, index: MentionIndex, lexicon: Lexicon) -> Frame | None:
    """"The United States is deeply concerned about Rwanda's support for M23": the feeler criticises the cause.

    A feeling adjective after a copula takes the copula's subject as source; the target is named in its
    "by"/"about"/"over" phrase (or elsewhere in the clause, found later like any missing target).
    """
    verb = lexicon.rules.feeling_adjectives.get(adj.lower_)
    if verb is None or adj.dep_ != "acomp":
        return None
    entry = next((e for e in lexicon.lookup("verb", verb) if "experiencer" in e.flags), None)
    if entry is None:
        return None
    subj = subject_of(adj.head, lexicon.rules.relative_pronouns)
    sources = (index.actors(subj) or speaker_of_pronoun(subj, index, lexicon)) if subj is not None else []
    targets = _cause_targets(prep_objects(adj, entry.preps), index, lexicon)
    return Frame(adj, [adj], entry, entry.cameo, sources, targets, DIRECT * CONTROLLED, False, False, adj.head)


def _cause_targets(causes: list[Token], index: MentionIndex, lexicon: Lexicon) -> list[Mention]:
    """Whom a feeling is about: the actors of its cause, or, for "reports that Rwanda has supported the M23",
    the subject of the reported clause."""
    targets: list[Mention] = []
    for cause in causes:
        found = index.actors(cause)
        if not found and cause.lemma_.lower() in lexicon.rules.claim_nouns:
            for clause in (c for c in cause.children if c.dep_ in ("acl", "ccomp") and c.pos_ in ("VERB", "AUX")):
                subj = subject_of(clause, lexicon.rules.relative_pronouns)
                found.extend(index.actors(subj) if subj is not None else [])
        targets.extend(found)
    return targets


def speaker_of_pronoun(subj: Token, index: MentionIndex, lexicon: Lexicon) -> list[Mention]:
    """"Syria says it will withdraw": a pronoun subject of a reported clause is the reporting subject, also
    through a participle ("..., adding that he would ...", "..., saying it would ...")."""
    if subj.lower_ not in _PRONOUNS:
        return []
    clause = subj.head
    while clause.dep_ in ("xcomp", "conj", "acomp") and clause.head is not clause:
        clause = clause.head
    if clause.dep_ != "ccomp" or clause.head.lemma_.lower() not in lexicon.rules.speech_verbs:
        return []
    speech = clause.head
    speaker = subject_of(speech, lexicon.rules.relative_pronouns)
    if speaker is None and speech.dep_ in ("advcl", "conj", "xcomp") and speech.tag_ == "VBG":
        # "Blinken said ..., adding that he would discuss it": the participle speaks with its clause's subject
        speaker = subject_of(speech.head, lexicon.rules.relative_pronouns)
    return index.actors(speaker) if speaker is not None else []


def clause_targets(frame: Frame, index: MentionIndex, rules: FrameRules,
                   other_triggers: frozenset[int] = frozenset()) -> list[Mention]:
    """Actors elsewhere in the trigger's own clause, nearest after the trigger first.

    When the parse fills no target slot ("threatened an offensive in its war with Iraq"), the actor the
    clause is about is usually named inside it. Subjects, subordinate and relative clauses, appositions
    and parentheticals are left out, and so is any clause that is an event of its own ("denies backing
    M23": M23 is the target of the backing, not of the denial). The subject of an
    embedded clause stays in ("demanded that Kigali withdraw": Kigali is the target).
    """
    own = {m.actor.code for m in frame.sources}
    seen: set[int] = set()
    found: list[tuple[int, int, Mention]] = []
    # a meeting's partner is named with the trigger's own prepositions; "in the US" is where it took place
    # and a cooperative act that needs no target ("declared a ceasefire in south Lebanon") is not aimed at where
    # it happened; a riot or an offensive "in northern Israel" is
    # (and being "concerned about the fighting in eastern Congo" is no criticism of Congo)
    code = load_codes().get(frame.cameo)
    located = code.plover == "CONSULT" or (frame.notarget and code.plover_quad in (1, 2)) \
        or "experiencer" in frame.entry.flags
    places = _PLACE_PREPS - frame.entry.preps if located else frozenset()
    roots = [frame.anchor, *frame.words]
    # what a meeting is about is no partner: the object of "discuss" (nodobj) and "talks about/on/over X"
    topics = rules.topic_prepositions - frame.entry.preps if code.plover == "CONSULT" else frozenset()
    # inside an "alongside"/"without" phrase only a place still counts ("alongside the rebels inside Congo")
    stack = [(c, _aside(c)) for r in roots for c in r.children if c.dep_ not in _CLAUSE_SKIP_DEPS
             and not (topics and c.dep_ == "dobj" and "nodobj" in frame.entry.flags)
             and not (c.dep_ == "prep" and c.lower_ in topics)]
    while stack:
        tok, aside = stack.pop()
        if tok.i in seen or tok.i in other_triggers:
            continue
        seen.add(tok.i)
        mention = index.at(tok)
        root = tok.doc[mention.start:mention.end].root if mention is not None else tok
        located_here = root.dep_ == "pobj" and root.head.lower_ in _PLACE_PREPS
        placed = located_here and root.head.lower_ in places
        if mention is not None and mention.actor.code not in own and not placed and (not aside or located_here):
            after = tok.i > frame.trigger.i
            found.append(((0 if after else 1000) + abs(tok.i - frame.trigger.i), tok.i, mention))
        stack.extend((c, aside or _aside(c)) for c in tok.children if c.dep_ not in _INNER_SKIP_DEPS)
    if not found:
        return []
    _, _, mention = min(found, key=lambda x: (x[0], x[1]))
    # "blows to the United States and Israel": the nearest actor with its conjuncts
    conjoined = [m for m in index.actors(index.head_of(mention)) if m.actor.code not in own]
    return conjoined if mention in conjoined else [mention]


def named_object(frame: Frame, index: MentionIndex) -> bool:
    """The act's direct object is a name no dictionary knows ("released Paul Rusesabagina"): that is its target,
    unknown, and no other actor of the clause may stand in for it. A name with a known actor in it ("U.N.
    mediator Diego Cordovez") does not block."""
    dobj = direct_object_of(frame.trigger) if frame.trigger.pos_ in ("VERB", "AUX") else None
    return dobj is not None and dobj not in frame.words and (dobj.pos_ == "PROPN" or dobj.ent_type_ in (
        "PERSON", "ORG", "NORP", "GPE")) and not any(index.at(t) is not None for t in dobj.subtree)


def _aside(tok: Token) -> bool:
    """A phrase that names no one the act is aimed at: allies ("fighting alongside the rebels"), what did not
    happen ("resigned without returning to X") or who says so ("according to UN experts")."""
    return tok.dep_ == "prep" and tok.lower_ in _ASIDE_PREPS


def purpose_targets(frame: Frame, index: MentionIndex) -> list[Mention]:
    """Whom a protest is aimed at, from its purpose clause: "rallied to demand the resignation of President X",
    "demonstrated, calling for independence from Iraq". Nearest actor after the trigger, the source excluded."""
    own = {m.actor.code for m in frame.sources}
    purposes = [c for r in (frame.anchor, *frame.words) for c in r.children
                if c.dep_ in ("advcl", "xcomp", "acl") and c.pos_ == "VERB"
                and (c.tag_ == "VBG" or any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children))]
    found = sorted((tok.i, mention) for clause in purposes for tok in clause.subtree
                   if (mention := index.at(tok)) is not None and mention.actor.code not in own
                   and tok.i > frame.trigger.i)
    return [found[0][1]] if found else []


def condition_targets(frame: Frame, index: MentionIndex, lexicon: Lexicon) -> list[Mention]:
    """Whom a threat coerces, from its condition: "threatened a general strike unless Israel rescinded the
    annexation", "threatened to ban voting if Hamas ran". The subject of an ``if``/``unless`` clause under the
    trigger or the act it threatens, the source excluded."""
    own = {m.actor.code for m in frame.sources}
    heads = [frame.anchor, *frame.words]
    heads += [c for h in list(heads) for c in h.children if c.dep_ in ("xcomp", "ccomp")]
    for head in heads:
        for clause in head.children:
            if clause.dep_ != "advcl" or not any(
                    c.dep_ == "mark" and c.lower_ in lexicon.rules.hypothetical_marks for c in clause.children):
                continue
            subj = subject_of(clause, lexicon.rules.relative_pronouns)
            found = [m for m in (index.actors(subj) if subj is not None else []) if m.actor.code not in own]
            if found:
                return found
    return []


def _agents_of_modifiers(noun: Token, index: MentionIndex) -> list[Mention]:
    """"an investigation into crimes committed by Croat forces": the actor behind the thing, named as the
    agent of the participle that modifies it."""
    found: list[Mention] = []
    for clause in noun.children:
        if clause.dep_ == "acl" and clause.tag_ == "VBN":
            agent = agent_of(clause)
            if agent is not None:
                found.extend(index.actors(agent))
    return found


def _noun_targets(noun: Token, entry: TriggerEntry, index: MentionIndex, lexicon: Lexicon) -> list[Mention]:
    """Targets attached to an event noun: its target prepositions, its possessor, a claimant's "by"."""
    preps = set(entry.preps)
    if noun.lemma_.lower() in lexicon.rules.claim_nouns | lexicon.rules.proposal_nouns:
        preps |= {"by", "from", "of"}
    targets: list[Mention] = []
    for pobj in prep_objects(noun, frozenset(preps)):
        targets.extend(index.actors(pobj) or _agents_of_modifiers(pobj, index))
    if not targets:
        poss = possessor_of(noun)
        if poss is not None:
            targets = index.actors(poss)
    if not targets:
        targets = _agents_of_modifiers(noun, index)  # "prevented the demonstration staged by students"
    return targets


def _undergoer(noun: Token, index: MentionIndex, lexicon: Lexicon) -> list[Mention]:
    """"Ethiopian forces came under attack from Eritrea": whoever comes under the act is its target (being
    "under sanctions" is a state, not an act, and is left alone)."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ != "under" or prep.head.lemma_.lower() != "come":
        return []
    subj = subject_of(prep.head, lexicon.rules.relative_pronouns)
    return index.actors(subj) if subj is not None else []


def noun_frame(noun: Token, index: MentionIndex, lexicon: Lexicon) -> Frame | None:
    """The frame of an event noun ("Blinken's visit to Kigali", "talks between A and B")."""
    entries = lexicon.lookup("noun", noun.lemma_.lower())
    if not entries or index.at(noun) is not None:
        return None
    present = _prep_words(noun)
    entry = next((e for e in entries if e.preps & present), entries[0])
    recip = "recip" in entry.flags
    sources: list[Mention] = []
    targets: list[Mention] = []
    between = prep_objects(noun, frozenset({"between", "among"}))
    if recip and between:
        for pobj in between:
            sources.extend(index.actors(pobj))
        return Frame(noun, [noun], entry, entry.cameo, sources, [], NOMINAL_OWN * weak_factor(entry), True,
                     False, noun)
    poss = possessor_of(noun)
    if poss is not None:
        sources = index.actors(poss)
    if not sources:
        for child in noun.children:
            if child.dep_ in ("compound", "amod", "nmod") and index.at(child) is not None:
                sources = [index.at(child)]  # type: ignore[list-item]
                break
    if not sources:  # "a visit by X"; "from" when it does not mark the target ("withdrawal from Y")
        for pobj in prep_objects(noun, frozenset({"by", "from"}) - entry.preps):
            sources.extend(index.actors(pobj))
    confidence = NOMINAL_OWN
    anchor = noun
    if not sources:
        governor = _governing_subject(noun, lexicon)
        if governor is None:
            return None
        sources, anchor = index.actors(governor[0]), governor[1]
        confidence = NOMINAL_GOVERNED
    for pobj in prep_objects(noun, entry.preps):
        targets.extend(index.actors(pobj))
    if not targets:
        targets = _undergoer(noun, index, lexicon)
    cameo = lexicon.rules.aid_code(entry.cameo, _qualifiers(noun))  # "US military aid to Rwanda": 072
    return Frame(noun, [noun], entry, cameo, sources, targets, confidence * weak_factor(entry), recip,
                 "notarget" in entry.flags, anchor, domestic="domestic" in entry.flags)


def _each_other(verb: Token) -> bool:
    """"Congo and Rwanda accused each other", "... blamed one another": the subjects act on each other."""
    for child in verb.children:
        if child.dep_ in ("dobj", "pobj", "prep"):
            words = {t.lower_ for t in child.subtree}
            if {"each", "other"} <= words or {"one", "another"} <= words:
                return True
    return False


def _peacekeepers(verb: Token, lexicon: Lexicon) -> bool:
    """Whether the verb's subject or object names peacekeepers ("NATO peacekeeping troops have arrived")."""
    words = lexicon.rules.peacekeeping_words
    return any(t.lower_ in words for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "dobj")
               for t in c.subtree)


def weak_factor(entry: TriggerEntry) -> float:
    return WEAK if "weak" in entry.flags else 1.0


def _governing_subject(noun: Token, lexicon: Lexicon) -> tuple[Token, Token] | None:
    """The subject of the verb that governs an event noun ("X announced sanctions", "after talks, X said")."""
    head = noun.head
    if noun.dep_ == "dobj" and head.lemma_.lower() in lexicon.rules.governing_verbs:
        subj, _ = controller(head, lexicon)
        return (subj, head) if subj is not None else None
    if noun.dep_ == "pobj" and head.dep_ == "prep" and head.lower_ in _SETTING_PREPS and head.head.pos_ == "VERB":
        subj, _ = controller(head.head, lexicon)
        return (subj, noun) if subj is not None else None
    return None
