"""Event frames read from the dependency parse: which trigger, who acts (sources) and on whom (targets).

Verb frames: the subject is the source and the direct or prepositional object the target (in a relative clause
whose gap is the object, the noun it modifies); in the passive the ``by`` agent is the source and the subject
the target (in a reduced relative, "the rebels backed by Rwanda", the noun the participle modifies). A subject
left implicit is taken from the controlling clause ("agreed to resume", "accused X of backing" -> X, "arrived
and met"). Light verbs and phrasal verbs are matched with their object noun or particle ("impose sanctions",
"break off ties"); which entry a verb matches is ``matching``'s.
How frames embed one another (intents, demands) is ``embedding``'s; nominal frames ("Blinken's visit to
Kigali") are ``nominal``'s, and targets found outside a frame's slots ``targets``'. Each frame carries a
confidence that reflects how direct the attachment is; an event's is its frame's times its weaker actor mention's
(``coder``; the whole model is described in docs/codebook.md, "Confidence").
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Token

from bilateral.events.arguments import MentionIndex, aimed_at, listed_agents
from bilateral.events.home_places import home_places, placed_capitals
from bilateral.events.lexicon import Lexicon, TriggerEntry
from bilateral.events.matching import match_senses, particle_objects, qualifiers
from bilateral.events.own_envoys import called_back_own_envoys
from bilateral.events.pronoun_speakers import speaker_of_pronoun
from bilateral.events.quoted_predicates import quoted_predicate
from bilateral.events.material import aided, peacekeepers, wielders
from bilateral.events.measures import goods_origin, held_as, with_makers
from bilateral.events.named_appeals import asks_named_actor
from bilateral.events.named_charges import names_a_charge
from bilateral.events.recoding import clash_of_stances, no_guest, not_held, recode
from bilateral.events.characterised import predicate_apposition
from bilateral.events.aims import planner_of, striver_of
from bilateral.events.roles import (
    agent_of,
    dative_of,
    direct_object_of,
    each_other,
    is_passive,
    listed_gerund,
    misattached_gerund,
    object_of,
    passive_gerund_subject,
    passive_subject_of,
    possessor_of,
    prep_objects,
    shared_object,
    subject_of,
)
from bilateral.events.tense_conjuncts import misjoined_conjunct
from bilateral.models import CameoCode, Mention

DIRECT = 0.9
"""Confidence of a verb frame whose source is its subject and whose target it governs."""
WEAK = 0.75
"""Factor for triggers the lexicon marks as weak (ambiguous words)."""
CONTROLLED = 0.9
"""Factor when the source comes from a controlling or coordinated clause."""
NO_TARGET = 0.85
"""Factor for events coded without a target (types that allow it). Lenient for dyadic gold (on the VOA and PLOVER
sets such events are seldom right, 2 of 24) but their class is mostly right (30 of 35 on the ConfliBERT set)."""
_PEACEKEEPING = "074"
"""CAMEO "provide military protection or peacekeeping"."""
_OCCUPY = "192"
_VISIT = "042"
"""CAMEO "occupy territory": what taking a place is."""
_PLACE_CODINGS = frozenset({"place", "dictionary", "spelling"})
"""How a place is coded when it stands for its country: a town or capital, or the country's own name."""
"""Words that, right after a verb, may be its particle even when the parser tags them otherwise."""
_OBJECT_TARGET_PREPS = frozenset({"with", "against"})
"""Prepositions by which a verb's direct object names the target ("cut all contact with X")."""
_BY = frozenset({"by"})
_AGAINST = frozenset({"against"})
_FORCE_ROOTS = frozenset({"18", "19", "20"})
"""CAMEO roots of force (assault, fight, mass violence): acts a weapon can be the subject of."""
BETWEEN = frozenset({"between", "among"})
"""Prepositions that name all the parties of a joint act ("fighting between X and Y", "talks among X, Y, Z")."""
_FREE_RELATIVES = frozenset({"what", "whatever"})
"""Object words of a free relative ("what X proposes"): the clause names a thing, and its verb codes no act."""


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
    clause: Token | None = None
    """For a nominal event that is the subject or object of a verb coding no event of its own, that verb: the
    clause that says whether it happened ("talks ... did not resume")."""
    open_target: bool = False
    """Kept without a target when the sentence names none: an intent that binds its source whoever the act is for
    ("agreed to set up a transit centre", "is willing to withdraw its troops"). Unlike ``notarget`` it leaves the
    search for a target as it is (a place still names one)."""
    statement: Frame | None = None
    """The trigger's statement sense (CAMEO 01x), when a typed sense won: what is coded if no target is found
    ("denied the accusation" rejects the accuser when one is known, else it is a denial, 016)."""
    judged: Token | None = None
    """For a verdict on an act that names no doer ("described the attack as deplorable"), the act noun: its doer is
    the target (``judged_acts``)."""

    @property
    def trigger_text(self) -> str:
        """The trigger words in sentence order."""
        return " ".join(t.text for t in sorted(set(self.words), key=lambda t: t.i))


def controller(verb: Token, lexicon: Lexicon, depth: int = 0) -> tuple[Token | None, bool]:
    """The implicit subject of a verb from its controlling clause, and whether it was found by control."""
    rules = lexicon.rules
    subj = subject_of(verb, rules.relative_pronouns)
    if subj is not None or depth > 3:
        return subj, False
    head = verb.head
    if verb.dep_ == "acl" and verb.tag_ == "VBG" and head.pos_ in ("NOUN", "PROPN"):
        return head, False  # "protesters demanding reforms"
    # "Peru's efforts to improve ties with Chile", "Peru announced plans to close the border": Peru does it
    if (striver := striver_of(verb, rules.effort_nouns, rules.relative_pronouns)
            or planner_of(verb, rules)) is not None:
        return striver, True
    if misattached_gerund(verb):  # "accused Rwanda of training and funding the rebels": Rwanda funds them
        obj = direct_object_of(head) if head.lemma_.lower() in rules.object_control else None
        return (obj, True) if obj is not None else (None, False)
    dep = verb.dep_
    if dep == "conj" and (prep := listed_gerund(verb)) is not None:
        dep, head = "pcomp", prep  # "accused X of killing, maiming and displacing civilians": X maims them
    head = reporting if (reporting := misjoined_conjunct(verb)) is not None else head  # "say X has ... and object"
    if dep == "pcomp" and head.dep_ == "prep":
        if (shared := passive_gerund_subject(verb, rules.relative_pronouns)) is not None:
            return shared, True  # "X was released after apologizing to Y": X apologized
        head = head.head  # "accused the rebel group of killing civilians": "of" hung on the object, who kills
        head = head.head if head.dep_ == "dobj" and head.head.lemma_.lower() in rules.object_control else head
    elif verb.dep_ not in ("xcomp", "conj", "advcl", "acomp"):
        return None, False
    if head == verb:
        return None, False
    if dep in ("xcomp", "pcomp") and head.lemma_.lower() in rules.object_control:
        obj = direct_object_of(head)
        if obj is None and dep == "pcomp" and is_passive(head):  # "X was accused of attacking Y": X
            obj = passive_subject_of(head, rules.relative_pronouns)
        if obj is not None:
            return obj, True
    purpose = any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children) and not any(
        c.dep_ == "mark" for c in verb.children)
    if verb.dep_ == "advcl" and verb.tag_ != "VBG" and not purpose:  # "deployed troops to fight the ADF" is
        return None, False                                          # controlled; "after X arrived" is not
    # "troops were deployed to protect civilians": those sent do what they are sent for, as with a raising verb
    sent = verb.dep_ == "advcl" and purpose and head.lemma_.lower() in rules.peacekeeping_verbs
    if (verb.dep_ == "xcomp" or sent) and subject_of(head, rules.relative_pronouns) is None:
        raised = passive_subject_of(head, rules.relative_pronouns)
        if raised is not None:
            return raised, True
    found, _ = controller(head, lexicon, depth + 1)
    if found is None and verb.dep_ == "conj":
        found = passive_subject_of(head, rules.relative_pronouns) if agent_of(head) is None else agent_of(head)
    return found, found is not None


def verb_frame(verb: Token, index: MentionIndex, lexicon: Lexicon) -> Frame | None:
    """The frame of a lexicon verb with whatever slots the parse fills.

    A typed sense wins over a statement sense (01x) of the same words: "rejected the accusations" rejects the
    accuser when a target is found; the statement sense, kept beside it, is what the words say otherwise (a denial,
    016; ``untargeted_statement``). A verb with only statement senses codes them directly ("expressed condolences"),
    and so does one whose statement sense names its addressee in its own slot where the typed sense names no party
    ("expressed concern to the Council that ..." is a comment to the Council, 012, not criticism of it; "expressed
    concern to the Council about X's troops" criticises X).
    """
    typed, said = match_senses(verb, lexicon)
    frame = _verb_frame(verb, typed, index, lexicon) if typed is not None else None
    spoken = _verb_frame(verb, said, index, lexicon) if said is not None else None
    if frame is None:
        return spoken
    if spoken is not None and spoken.targets and not frame.targets:
        return spoken  # "expressed concern to the Council that ...": it names whom it is told to, no one else
    frame.statement = spoken
    return frame


def named_before_article(predicate: Token) -> Token | None:
    """"called Xi a partner" parsed as one object, "partner", with "Xi" its modifier before the article: the name
    is what is called so, the object its predicate. None when no name stands before an article of the object."""
    article = next((c for c in predicate.children if c.dep_ == "det" and c.lower_ in ("a", "an")), None)
    if article is None:
        return None
    return next((c for c in predicate.children if c.dep_ in ("nmod", "compound") and c.i < article.i
                 and c.pos_ == "PROPN"), None)


def _verb_frame(verb: Token, matched: tuple[TriggerEntry, Token | None], index: MentionIndex,
                lexicon: Lexicon) -> Frame | None:
    entry, obj = matched
    if verb.lemma_.lower() in lexicon.rules.naming_verbs and (any(c.dep_ == "oprd" for c in verb.children) or (
            (named := direct_object_of(verb)) is not None and (predicate_apposition(named) is not None
                                                               or named_before_article(named) is not None
                                                               or quoted_predicate(verb, named) is not None))):
        return None  # "called Canada a bad partner", "calls Xi a friend": a characterisation, not an appeal
    if verb.lemma_.lower() in lexicon.rules.question_verbs and any(
            m.dep_ == "mark" and m.lower_ in ("if", "whether") for c in verb.children for m in c.children):
        return None  # "asked X if he agreed": a question, not a request
    if any(c.dep_ == "dobj" and c.lower_ in _FREE_RELATIVES for c in verb.children):
        return None  # "ready for what Turkey proposes": the clause names a thing, whatever is proposed, not a proposal
    if "intransitive" in entry.flags and (direct_object_of(verb) is not None or any(
            c.dep_ == "ccomp" or c.dep_ in ("acomp", "oprd") and c.pos_ == "ADJ" for c in verb.children)):
        return None  # "demonstrated its resolve", "demonstrates that X", "pleaded guilty": another sense
    if no_guest(verb, entry, index, lexicon) or not_held(verb, entry, obj, index):
        return None  # "flew the migrants to X", "received food": no guest; "flew prisoners home": no one held
    if clash_of_stances(verb, entry, lexicon):
        return None  # "Kenya's position and Uganda's views clashed": a disagreement, not a fight
    words = [verb] + [c for c in verb.children if c.dep_ == "prt"] + ([obj] if obj is not None else [])
    confidence = DIRECT
    passive = is_passive(verb)
    sources: list[Mention] = []
    targets: list[Mention] = []
    reciprocal = False
    if "experiencer" in entry.flags:
        if not passive:
            return None
        feeler = passive_subject_of(verb, lexicon.rules.relative_pronouns)
        if feeler is not None:
            sources = index.actors(feeler) or speaker_of_pronoun(feeler, index, lexicon)
        targets = cause_targets(prep_objects(verb, entry.preps), index, lexicon)  # "by" is among the preps
    elif passive:
        agent = agent_of(verb)
        if agent is not None:
            sources = index.actors(agent)
        patient = passive_subject_of(verb, lexicon.rules.relative_pronouns)
        if patient is not None and patient != obj:
            targets = index.actors(patient) or speaker_of_pronoun(patient, index, lexicon) \
                or held_as(verb, entry.cameo, index, lexicon)  # "X said he was arrested"; "sanctioned as Y's vessels"
    else:
        subj, controlled = controller(verb, lexicon)
        if subj is not None:
            sources = index.actors(subj) or speaker_of_pronoun(subj, index, lexicon)
            if not sources and entry.cameo[:2] in _FORCE_ROOTS and (sources := wielders(subj, index)):
                confidence *= CONTROLLED  # "missiles fired by X struck Y": who fired them strikes
            if controlled:
                confidence *= CONTROLLED
        dobj = object_of(verb, lexicon.rules.relative_pronouns)
        if dobj is None and obj is None and (dobj := shared_object(verb)) is not None:
            confidence *= CONTROLLED  # "attacked and destroyed the bases": the object of both
        if dobj is not None and "nodobj" not in entry.flags:
            targets = index.actors(dobj)
        reciprocal = each_other(verb) or called_back_own_envoys(verb)  # "X and Y recalled their envoys"
        if not sources and subj is None and "recip" in entry.flags:
            # "after fighting between the army and the rebels": the parties are named together, not as subject
            sources = [m for pobj in prep_objects(verb, BETWEEN) for m in index.actors(pobj)]
            reciprocal = len(sources) >= 2
        dative = dative_of(verb)
        if not targets and dative is not None:
            targets = index.actors(dative)
    if not targets:
        own = [] if "phrasal" in entry.flags else prep_objects(verb, entry.preps)  # "go along with X": the particle's
        for pobj in [*own, *particle_objects(verb, entry)]:
            targets.extend(with_makers(index.actors(pobj), pobj, entry.cameo, index)
                           or _agents_of_modifiers(pobj, index)
                           or goods_origin(pobj, entry.cameo, index))  # "tariffs on wine produced in Chile"
        targets = targets or home_places(verb, entry, sources, index)  # "martial law on towns in X"
    if obj is None and not passive and verb.lemma_.lower() in lexicon.rules.response_verbs:
        # "condemned the threats made by X", "condemned the killing of Y by X": aimed at the act's doer, not at Y
        dobj = object_of(verb, lexicon.rules.relative_pronouns)
        if dobj is not None and act_noun(dobj, lexicon) and (doers := act_agents(dobj, index) or [
                m for p in prep_objects(verb, _BY) for m in index.actors(p)]):  # the parser hangs its "by" on the verb
            targets, confidence = doers, confidence * 0.95
    if not targets and not passive:
        # "suspend all trade with Brazil", "opened mortar fire against the depots"
        dobj = direct_object_of(verb)
        if dobj is not None:
            # what is discussed is a topic: only the verb's own partner prepositions count on it
            preps = entry.preps if "nodobj" in entry.flags else entry.preps | _OBJECT_TARGET_PREPS
            lemma = verb.lemma_.lower()
            if lemma in lexicon.rules.response_verbs or (
                    dobj.lemma_.lower() in lexicon.rules.claim_nouns and lemma in lexicon.rules.denial_verbs):
                preps = preps - _AGAINST  # "condemned violence against civilians", "backed sanctions against X":
                # what is aimed at X is answered, so X is no target of the answer; nor of "dismissed the lawsuit
                # against X", which answers whoever brought it
            for pobj in prep_objects(dobj, preps):  # "imposed tariffs on Chinese-made cars": the maker's goods
                targets.extend(with_makers(index.actors(pobj), pobj, entry.cameo, index)
                               or goods_origin(pobj, entry.cameo, index))
            if targets:
                confidence *= CONTROLLED
    if not targets and obj is None:
        dobj = object_of(verb, lexicon.rules.relative_pronouns)
        if dobj is not None and dobj.lemma_.lower() in lexicon.rules.claim_nouns | lexicon.rules.proposal_nouns:
            obj = dobj
    if not targets and obj is not None:
        targets = noun_targets(obj, entry, index, lexicon) or home_places(obj, entry, sources, index)
        confidence *= 0.95
        if not targets and passive and obj == passive_subject_of(verb, lexicon.rules.relative_pronouns):
            targets = index.actors(obj)  # "five rebels were neutralized": the entry's object word is the patient
    if not targets and entry.cameo.startswith("07") and not passive:
        # "gave $5m to help Haiti": the aid goes to whom it is to help, or where its bearers were sent
        targets = aided(verb, index, lexicon.rules.peacekeeping_verbs)
    # "captured Goma", "seized Bukavu": taking a place is occupying territory, whatever else the verb can mean
    territorial = verb.lemma_.lower() in lexicon.rules.territorial_verbs and bool(targets) and not passive and all(
        t.actor.sector is None and t.actor.kind == "state" and t.resolved_by in _PLACE_CODINGS for t in targets)
    cameo = CameoCode(_OCCUPY) if territorial else recode(verb, entry.cameo, sources, targets, passive, lexicon)
    if verb.lemma_.lower() in lexicon.rules.peacekeeping_verbs and peacekeepers(verb, lexicon.rules.peacekeeping_words):
        cameo = CameoCode(_PEACEKEEPING)  # "peacekeepers arrived in Haiti": providing peacekeeping
    if obj is not None:  # "suspended military aid to Laos": 1622; "suspended a loan": 1621; "military ties": 062
        cameo = lexicon.rules.aid_code(cameo, [*qualifiers(obj), obj.lower_], obj.lemma_.lower())
    if "weak" in entry.flags and not territorial and not names_a_charge(verb, lexicon) \
            and not asks_named_actor(verb, entry, index):  # "charged with murder", "lobbied X to drop Y"
        confidence *= WEAK
    if entry.cameo == _VISIT and entry.preps and not entry.objects:
        # "Eritreans arrived in Sudan", "a shipment of India's grain arrived": a trip by people who act for no one
        sources = [m for m in sources if m.actor.sector is not None or m.actor.kind == "person"]
    targets = placed_capitals(targets, entry, sources)  # "a curfew on suburbs of X's capital": on X
    targets = [t for t in targets if t not in sources]  # "a war joined by X and Y": the joiners are not its target
    recip = "recip" in entry.flags or (not passive and reciprocal and len(sources) >= 2)
    return Frame(verb, words, entry, cameo, sources, targets, confidence,
                 recip, "notarget" in entry.flags, verb, domestic="domestic" in entry.flags)


def cause_targets(causes: list[Token], index: MentionIndex, lexicon: Lexicon) -> list[Mention]:
    """Whom a feeling is about: the actors of its cause, or, for "reports that Chad has armed the militia",
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


def _agents_of_modifiers(noun: Token, index: MentionIndex) -> list[Mention]:
    """"an inquiry into abuses carried out by Bolivian police": the actor behind the thing, named as the
    agent of the participle that modifies it."""
    found: list[Mention] = []
    for clause in noun.children:
        if clause.dep_ == "acl" and clause.tag_ == "VBN":
            agent = agent_of(clause)
            if agent is not None:
                found.extend(index.actors(agent))
    return found


def act_noun(noun: Token, lexicon: Lexicon) -> bool:
    """A noun naming an act of someone's that another may answer: a claim, proposal, statement or act noun
    ("accusation", "offer", "statement", "decision") or one of the lexicon's event nouns ("threat", "withdrawal")."""
    rules = lexicon.rules
    lemma = noun.lemma_.lower()
    return lemma in rules.act_nouns | rules.claim_nouns | rules.proposal_nouns | rules.statement_nouns or bool(
        lexicon.lookup("noun", lemma))


def act_agents(noun: Token, index: MentionIndex) -> list[Mention]:
    """Who did the act a noun names, said in a phrase of the noun's own: its "by" phrase ("the move by X"), or the
    agent of a participle that modifies it ("the threats made by X", "an appeal lodged by X"). Its possessor and
    modifiers ("X's decision", "the Iraqi demands") are the noun's own actors (``MentionIndex.actors``); what
    the act is about ("claims about X") is never its agent."""
    found = [m for pobj in prep_objects(noun, _BY) for m in index.actors(pobj)]
    return found or _agents_of_modifiers(noun, index)


def noun_targets(noun: Token, entry: TriggerEntry, index: MentionIndex, lexicon: Lexicon) -> list[Mention]:
    """Targets attached to an event noun: its target prepositions, its possessor, a claimant's "by"."""
    preps = set(entry.preps)
    if noun.lemma_.lower() in lexicon.rules.claim_nouns | lexicon.rules.proposal_nouns:
        preps |= {"by", "from", "of"}
    targets: list[Mention] = []
    for pobj in prep_objects(noun, frozenset(preps)):
        targets.extend(with_makers(index.actors(pobj), pobj, entry.cameo, index) or _agents_of_modifiers(pobj, index)
                       or goods_origin(pobj, entry.cameo, index))
    if not targets and preps & _BY:  # "defied calls, including by X": a maker the listing names
        targets = [m for pobj in listed_agents(noun) for m in index.actors(pobj)]
    if not targets:
        targets = aimed_at(noun, index)  # "announced sanctions targeting X"
    if not targets:
        poss = possessor_of(noun)
        if poss is not None:
            targets = index.actors(poss)
    if not targets:
        targets = _agents_of_modifiers(noun, index)  # "blocked the march organised by farmers"
    return targets


def weak_factor(entry: TriggerEntry) -> float:
    """The confidence factor of a trigger: lower for the words the lexicon marks as weak."""
    return WEAK if "weak" in entry.flags else 1.0
