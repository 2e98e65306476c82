"""How the frames of one sentence embed one another, and the sentence's frames in the end.

Intent, refusal, threat and appeal verbs absorb the act they govern ("agreed to resume talks" -> 036); a demand
or appeal with a clause of its own ("demanded that Kigali withdraw", "said Kigali must withdraw") is aimed at
the clause's subject and absorbs its event; what is demanded, offered or refused did not happen. A frame left
without a target then takes one from the thing it hits, its clause, the subject of what it alleges (accusations),
its purpose (protests) or its condition (threats), in the order of ``targets.TARGET_SEARCHES``. Speakers and
addressees that the sentence names elsewhere (a statement's issuer, a pronoun's antecedent, the speaker of a
quote) are ``speech``'s.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import replace

from spacy.tokens import Doc, Token

from bilateral.nlp import doc_tokens
from bilateral.codes import load_codes
from bilateral.events.arguments import MentionIndex
from bilateral.events.arms_trade import arms_frames
from bilateral.events.asked_acts import ask_each, asked_infinitives
from bilateral.events.epithets import quoted_epithets
from bilateral.events.frames import (
    BETWEEN,
    CONTROLLED,
    DIRECT,
    Frame,
    controller,
    verb_frame,
    weak_factor,
)
from bilateral.events.demands import demanded_clauses, needed_clauses, reported_demands
from bilateral.events.announced_passives import announced_passives
from bilateral.events.deadlines import deadline_ultimatums
from bilateral.events.directives import bare_directives
from bilateral.events.deployed_forces import deployed_forces
from bilateral.events.implied import implied_agents
from bilateral.events.involvement import partaking_frame
from bilateral.events.prevalent_wrongs import prevalent_wrong_frame
from bilateral.events.court_rulings import court_ruling
from bilateral.events.pronoun_speakers import speaker_of_pronoun
from bilateral.events.lexicon import Lexicon
from bilateral.events.listed_nouns import verb_read_gerunds
from bilateral.events.lodged_complaints import lodged_complaint
from bilateral.events.meetings import addressed_partners, placed_partners
from bilateral.events.nominal import noun_frame
from bilateral.events.nominal_clause import governing_clause, held_measures
from bilateral.events.opposed_demands import opposed_demands
from bilateral.events.patient_acts import patient_act
from bilateral.events.pleas import absorb_pleas
from bilateral.events.received import absorb_received
from bilateral.events.running_quotes import running_demands, running_speaker
from bilateral.events.roles import (
    agent_of,
    direct_object_of,
    is_passive,
    passive_subject_of,
    possessor_of,
    prep_objects,
)
from bilateral.events.quoted_speakers import first_person_object
from bilateral.events.speech import (
    bound_object,
    characterisation,
    issuer,
    reported_verdict,
    unresolved_pronoun_object,
)
from bilateral.events.stances import claimed_acts, deliberation_frame, outlook_frame
from bilateral.events.targets import named_object, search_targets
from bilateral.events.unaddressed import open_appeals, promise_alone
from bilateral.models import Actor, CameoCode, Mention


def _conjuncts(tok: Token) -> list[Token]:
    """Tokens coordinated with ``tok`` ("respect the limit and step down"), nearest first."""
    out: list[Token] = []
    stack = [c for c in tok.children if c.dep_ == "conj"]
    while stack:
        conj = stack.pop(0)
        out.append(conj)
        stack.extend(c for c in conj.children if c.dep_ == "conj")
    return out


def _gerund_objects(tok: Token) -> list[Token]:
    """Acts a verb takes through a preposition ("concentrate on resolving the feud", "work toward easing the
    embargo"): what is asked, promised or threatened when the verb itself codes nothing."""
    return [g for p in tok.children if p.dep_ == "prep" for g in p.children if g.dep_ == "pcomp" and g.tag_ == "VBG"]


_STANCES = frozenset({"agree", "refuse"})
"""Intent classes an adjective of stance has ("willing", "prepared", "reluctant"): its holder intends the act."""


def _misread_stance(token: Token, cls: str, intents: Mapping[str, str]) -> bool:
    """Whether an adjective of stance was parsed as a passive participle: quotation marks around it ('X was
    “inclined” to approve', 'was “prepared” to talk') make the parser take its subject for a patient, with no
    agent. The word is an intent by its own form ("prepared", "inclined"), not by its verb's lemma: "was offered
    to Y", "was committed by X" are passives of their verbs."""
    return cls in _STANCES and token.lower_ in intents \
        and (token.pos_ == "ADJ" or intents.get(token.lemma_.lower()) is None) and agent_of(token) is None \
        and any(c.dep_ == "nsubjpass" for c in token.children)


def absorb_intents(frames: dict[int, Frame], sent: Sequence[Token], index: MentionIndex, lexicon: Lexicon) -> None:
    """Let intent, refusal, threat and appeal verbs absorb the event they govern (in place)."""
    rules = lexicon.rules
    codes = load_codes()
    for token in sent:
        cls = rules.intent_verbs.get(token.lemma_.lower()) or rules.intent_verbs.get(token.lower_)
        if cls is None and token.lemma_.lower() in rules.object_appeals:
            obj = direct_object_of(token)
            cls = "appeal" if obj is not None and index.actors(obj) else None  # "wants Peru to release more"
        if cls is None or token.pos_ not in ("VERB", "AUX", "ADJ"):
            continue
        # the act it governs, or the first coded act coordinated with it ("urged Kagame to respect the limit
        # and step down": stepping down is what was urged, respecting is no event of its own)
        acts = [c for x in token.children if x.dep_ == "xcomp" for c in (x, *_conjuncts(x), *_gerund_objects(x))]
        if cls in rules.addressee_intents:  # "called on X to ..." misparsed as a purpose clause
            acts += [c for x in asked_infinitives(token) for c in (x, *_conjuncts(x))]
        inner = next((frames[c.i] for c in acts if c.i in frames), None)
        if inner is None and cls == "agree" and token.i in frames:
            # "agreed to set up a transit centre", "agreed to a ceasefire": the promise is the event
            promise_alone(frames, token, acts, index, lexicon)
        if inner is None or inner.absorbed:
            continue
        code = rules.intent_code(cls, inner.cameo, codes.get(inner.cameo).plover or "")
        own = frames.get(token.i)
        if _misread_stance(token, cls, rules.intent_verbs):  # 'X was “inclined” to ...': X intends
            subj, controlled = passive_subject_of(token, rules.relative_pronouns), False
            sources = (index.actors(subj) or speaker_of_pronoun(subj, index, lexicon)) if subj is not None else []
        elif is_passive(token):  # "Y was urged by X to ...": the agent asks, the subject is asked
            agent, controlled = agent_of(token), False
            sources = index.actors(agent) if agent is not None else []
        else:
            subj, controlled = controller(token, lexicon)
            sources = (index.actors(subj) or speaker_of_pronoun(subj, index, lexicon)) if subj is not None else []
            sources = sources or issuer(token, index, rules)  # "issued a statement urging X to ..."
        own_targets = own.targets if own is not None else []
        if not own_targets and cls in rules.addressee_intents:
            dobj = direct_object_of(token) or passive_subject_of(token, rules.relative_pronouns)
            own_targets = index.actors(dobj) if dobj is not None else []
            if not own_targets:
                for pobj in prep_objects(token, frozenset({"on", "upon"})):
                    own_targets.extend(index.actors(pobj))
            own_targets = own_targets or bound_object(token, index, sources)  # "phoned X and urged him to ..."
        asked: list[Mention] | None = None
        if cls in rules.addressee_intents:
            # "to press them to stop the traffic into X": the one asked is "them", whom the sentence does not name;
            # the asked act's own target (X) is not who was asked
            unnamed = not own_targets and unresolved_pronoun_object(token, index)
            asked = own_targets or ([] if unnamed else None)
            targets = own_targets or ([] if unnamed else inner.targets)
        else:
            targets = inner.targets or own_targets
        others = [frames[a.i] for a in acts if a.i in frames and frames[a.i] is not inner and not frames[a.i].absorbed]
        inner.absorbed = True
        for act in acts:  # the other coordinated acts were asked for (promised, threatened) too
            if act.i in frames and frames[act.i] is not inner:
                frames[act.i].absorbed = True
        confidence = DIRECT * (CONTROLLED if controlled else 1.0) * weak_factor(inner.entry) ** 0.5
        entry = own.entry if own is not None else inner.entry
        # "Chile and Peru agreed to exchange data": an agreement between the sources
        recip = inner.recip or (cls == "agree" and not targets and len(sources) >= 2)
        frames[token.i] = Frame(token, [token, *inner.words], entry, CameoCode(code), sources, targets,
                                confidence, recip, inner.notarget, token, domestic=inner.domestic,
                                open_target=codes.get(code).plover == "AGREE")  # an intent, not a threat
        if cls in rules.addressee_intents:  # "to reduce hostilities and resume talks": each act asked for
            ask_each(frames, token.i, inner, others, cls, asked, rules)


_PROPOSING = frozenset({"REQUEST", "AGREE", "REJECT", "THREATEN"})
"""Types whose object is something asked for, offered, refused or threatened: what it describes has not happened."""


_ASKED_FOR = frozenset({"for"})
"""The preposition of what a request asks for ("called for talks with X")."""


def absorb_proposed_acts(frames: dict[int, Frame], discussion_verbs: frozenset[str],
                         plan_nouns: frozenset[str]) -> None:
    """"demanded a session of the assembly to debate Ghana's embargo", "rejected a plan to send troops": an act
    described inside what is demanded, offered or refused did not happen, nor did the act a request asks for
    ("sought arbitration with X", "called for negotiations"): in place, it is absorbed. Not a possessed act that
    a purpose clause discusses (``discussed_fact``)."""
    codes = load_codes()
    for frame in list(frames.values()):
        if frame.absorbed or codes.get(frame.cameo).plover not in _PROPOSING:
            continue
        objects = [w for w in frame.words if w.pos_ in ("NOUN", "PROPN") and w != frame.trigger]
        planned = [frames[c.i] for o in objects if o.lemma_.lower() in plan_nouns for c in o.children
                   if c.dep_ == "acl" and c.i in frames and frames[c.i].sources]
        if codes.get(frame.cameo).plover == "AGREE" and planned:
            frame.absorbed = True  # "announced plans to impose sanctions on X": the act planned codes the intent
            continue
        inside = {t.i for o in objects for c in o.children if c.dep_ in ("acl", "relcl") for t in c.subtree}
        # "demanded a meeting ... to discuss X": the purpose of what is demanded; "proposed to hire X to escort Y":
        # the purpose of the act proposed
        acts = [w for w in frame.words if w != frame.trigger and w.pos_ in ("VERB", "AUX")]
        stack = [c for x in frame.trigger.children if x.dep_ == "xcomp" for c in (x, *_conjuncts(x))] \
            if codes.get(frame.cameo).plover != "REJECT" else []  # a denied act stays, negated ("denies backing X")
        while stack:  # what is proposed, with what it is for: "proposed to hire X to escort Y"
            act = stack.pop()
            acts.append(act)
            inside.add(act.i)
            stack.extend(c for x in act.children if x.dep_ == "xcomp" for c in (x, *_conjuncts(x)))
        for head in ([frame.trigger] if objects else []) + acts:
            inside |= {t.i for c in head.children if c.dep_ == "advcl"
                       and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children) for t in c.subtree}
        if codes.get(frame.cameo).plover == "REQUEST":  # "sought arbitration with X", "called for negotiations"
            inside |= {o.i for o in (direct_object_of(frame.trigger), *prep_objects(frame.trigger, _ASKED_FOR))
                       if o is not None and o.pos_ == "NOUN"}
        for other in frames.values():
            if other is not frame and other.trigger.i in inside and not discussed_fact(other, discussion_verbs):
                other.absorbed = True


def discussed_fact(frame: Frame, discussion_verbs: frozenset[str]) -> bool:
    """An act named by a noun with its own possessor as the object of a verb of discussion ("a meeting to discuss
    Peru's transfer of arms to Chile"): talking it over takes it as done, so it is no part of what is asked for.
    A bare act so discussed ("to discuss sanctions on Chile") is only a topic, and a possessed act that the purpose
    clause would bring about ("to approve Peru's sanctions") is still to come: both stay in what is asked."""
    noun = frame.trigger
    return noun.pos_ == "NOUN" and noun.dep_ == "dobj" and bool(frame.sources) \
        and noun.head.lemma_.lower() in discussion_verbs and possessor_of(noun) is not None


def _gives_way(frame: Frame, index: MentionIndex) -> bool:
    """A light verb with no source of its own whose event noun names its parties ("deepening partnership between
    X and Y"): the noun's own frame says who acts, so the verb does not take the noun."""
    if frame.sources:
        return False
    return any(len([m for p in prep_objects(w, BETWEEN) for m in index.actors(p)]) >= 2
               for w in frame.words if w != frame.trigger and w.pos_ == "NOUN")


def absorb_generic_means(frames: dict[int, Frame]) -> None:
    """"retaliated by imposing duties on X", "responded by expelling X's envoy": the act done by way of another
    is that act, which its own frame codes; the generic verb is absorbed (in place)."""
    for frame in list(frames.values()):
        means = [c for p in frame.trigger.children if p.dep_ == "prep" and p.lower_ == "by"
                 for c in p.children if c.dep_ == "pcomp" and c.tag_ == "VBG"]
        ways = {m.i for m in means}
        if ways and any(f is not frame and f.sources and not f.absorbed and (f.trigger.i in ways or f.anchor.i in ways)
                        for f in frames.values()):
            frame.absorbed = True  # the way is a verb's own act or a nominal it governs ("unveiling levies")


def fill_speech_slots(frames: dict[int, Frame], index: MentionIndex, lexicon: Lexicon) -> None:
    """A frame without a source that a statement says speaks for the statement's issuer ("X issued a statement
    condemning Y"); one without a target whose object is a pronoun acts on the actor that pronoun stands for
    ("X met Y and praised him"), with the confidence of a controlled slot (in place; see ``speech``)."""
    for frame in frames.values():
        if not frame.sources:
            frame.sources = issuer(frame.trigger, index, lexicon.rules)
        if not frame.targets and frame.sources:
            bound = bound_object(frame.trigger, index, frame.sources) \
                or first_person_object(frame, index, lexicon.rules)
            if bound:
                frame.targets, frame.confidence = bound, frame.confidence * CONTROLLED


def absorb_speech_settings(frames: dict[int, Frame], lexicon: Lexicon) -> None:
    """"Speaking to lawmakers on Monday, X said ...": speaking as the setting of what is said is an address, no
    consultation (in place)."""
    rules = lexicon.rules
    codes = load_codes()
    for frame in frames.values():
        verb = frame.trigger
        if verb.lemma_.lower() in rules.address_verbs and verb.tag_ == "VBG" and verb.dep_ == "advcl" \
                and verb.head.lemma_.lower() in rules.speech_verbs and codes.get(frame.cameo).plover == "CONSULT":
            frame.absorbed = True


_APPEAL = CameoCode("020")
"""CAMEO "make an appeal or request, not specified": the code a request verb's frame has before refinement."""


def find_frames(sent: Doc, index: MentionIndex, lexicon: Lexicon, speaker: Actor | None = None) -> list[Frame]:
    """All frames of a parsed sentence, intents absorbed, in trigger order; ``speaker``, who says the sentence when
    it goes on a quotation whose speaker an earlier sentence names (events/running_quotes.py)."""
    frames: dict[int, Frame] = {}
    consumed: set[int] = set()
    tokens = doc_tokens(sent)  # spaCy makes a new Token object at every step of an iteration: iterate once
    said_by = running_speaker(tokens, speaker)
    said = [said_by] if said_by is not None else []  # the main clause's verdict is the running speaker's
    verb_read_gerunds(tokens, lexicon)  # first: a list's noun-read gerunds are verbs, each its own act
    for token in tokens:
        if token.pos_ in ("VERB", "AUX") or (token.pos_ == "NOUN" and token.dep_ == "ROOT"):
            frame = court_ruling(token, index, lexicon) or reported_verdict(
                token, index, lexicon, said if token.dep_ == "ROOT" else ()) \
                or verb_frame(token, index, lexicon) \
                or characterisation(token, index, lexicon) \
                or deliberation_frame(token, index, lexicon) or partaking_frame(token, index, lexicon) \
                or prevalent_wrong_frame(token, index, lexicon)
            if frame is not None and _gives_way(frame, index):
                continue
            if frame is not None and frame.cameo == _APPEAL:  # "requested dispute consultations with X": 114
                frame = lodged_complaint(frame, index, lexicon) or frame
            if frame is not None:
                frames[token.i] = frame
                consumed.update(w.i for w in frame.words)
    for token in tokens:
        if token.pos_ in ("NOUN", "PROPN") and token.i not in consumed and token.i not in frames:
            frame = noun_frame(token, index, lexicon)
            if frame is not None:
                frames[token.i] = frame
        elif token.pos_ == "ADJ" and token.i not in frames:
            frame = outlook_frame(token, index, lexicon)
            if frame is not None:
                frames[token.i] = frame
    arms_frames(sent, tokens, frames, index, lexicon)
    absorb_received(frames, lexicon.rules)
    held_measures(frames, index, lexicon)
    claimed_acts(frames, index, lexicon)
    fill_speech_slots(frames, index, lexicon)
    absorb_speech_settings(frames, lexicon)
    absorb_intents(frames, tokens, index, lexicon)
    open_appeals(frames.values(), lexicon.rules)
    demanded_clauses(frames, tokens, index, lexicon)
    reported_demands(frames, tokens, index, lexicon)
    running_demands(frames, tokens, index, said_by, lexicon)  # after the told demands: "“Y must ...”" said earlier
    quoted_epithets(frames, tokens, index, said_by, lexicon)  # "“Y's reckless rule ...”": the running speaker's word
    needed_clauses(frames, tokens, index, lexicon)  # after the demands: a need a verb already asks is theirs
    bare_directives(frames, tokens, index, lexicon)
    deadline_ultimatums(frames, tokens, index, lexicon)
    announced_passives(frames, index, lexicon)
    absorb_pleas(frames, lexicon.rules)
    opposed_demands(frames.values())
    absorb_proposed_acts(frames, lexicon.rules.discussion_verbs, lexicon.rules.plan_nouns)
    absorb_generic_means(frames)
    deployed_forces(frames.values())  # before the implied agents: a deployed force is the doer, not the patient
    implied_agents(frames.values(), index, lexicon.rules)
    addressed_partners(frames.values(), index, lexicon.rules)
    placed_partners(frames.values(), index)
    out = []
    for _, frame in sorted(frames.items()):
        if frame.absorbed:
            continue
        if frame.trigger.pos_ in ("NOUN", "PROPN") and frame.anchor == frame.trigger:
            frame.clause = governing_clause(frame.trigger, frames, lexicon.rules)
        if frame.sources and not (frame.recip and len(frame.sources) >= 2) \
                and not named_object(frame, index) and not unresolved_pronoun_object(frame.trigger, index) \
                and not (frame.judged is not None and patient_act(frame.judged, lexicon.rules)):  # its doer: later
            own = {w.i for w in frame.words}
            others = frozenset(f.trigger.i for f in frames.values()
                               if f.trigger.i not in own and f.trigger.pos_ in ("VERB", "AUX"))
            targets, factor = search_targets(frame, index, lexicon, others)
            if targets:
                frame = replace(frame, targets=targets, confidence=frame.confidence * factor)
        out.append(replace(frame))
    return out
