"""Replies aimed at whoever made the claim: "Sweden denied the accusation", "Somalia dismissed the demand".

A rejection whose object is a claim or a proposal noun and names no one ("the accusation", "the claims", "the
demand") answers an act told earlier in the same document: its target is the actor who, in an earlier sentence,
accused (claim nouns) or asked, demanded, offered or threatened (proposal nouns) the rejecting side. The latest
such act wins; with none, the rejection keeps no target and is not coded, as before. The coder stays within the
document and cheap: the earlier acts are the events already coded for it.

A denial of one's part in a wrong ("denied involvement", "denied any role in the attack") answers an accusation
as "denied the accusations" does, and so does a denial of one's own deed ("denied sheltering the rebels"); a denial
of one's own plan ("denied plans to invade") answers no one. A rejection
of "the charges" also answers a state body (police, prosecutors, a court, the government) that arrested or charged
the rejecting side (CAMEO 173): "X was charged with fraud ... X denied the charges" -> X's 120 aimed at the charger,
and so does a rejection of the case made for them ("X's lawyer said the evidence was flimsy", ``charge_nouns``);
not a third party's denial, nor "the accusations" after an arrest alone. A rejection of a court's decision
naming no one ("rejected the ruling", "dismissed the verdict") answers the court that, in an earlier sentence, acted
on the rejecting side (a judge or court of any country, or an international court): "an international court ruled
against X ... X rejected the ruling" -> X's 120 aimed at the court; with no such act, nothing changes. A
rejection that names what it answers ("while responding to the statement by X", "in response to X's
accusations") takes that statement's author, with no need of an earlier sentence. So does a rejection joined to
the clause it answers ("X proposed a truce, but Y refused", "X asked Y to leave, which Y rejected", "X accused Y of
arming the rebels, which Y denied"): its target is that clause's author. A claim whose possessor describes its maker
without naming it ("dismissed the panel's findings", "rejected the group's claims", also as the parser splits "the
team of inspectors' findings") answers the latest body (an international body, a group, a court, the press) that
accused the side; a state's accusation is not what such words point to. In the story of a trial, where every
accusation told is one foreign court's or prosecutors' (aimed at the defendants, not at the rejecting state),
"the allegations" a state dismisses are theirs (``_sole_prosecutor``). A lawsuit is a claim its defendant answers
("X sued Y ... Y called the lawsuit baseless"), but a court of the defendant's state that throws it out rules on
it and answers no one.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Token

from bilateral.codes import load_codes
from bilateral.events.arguments import MentionIndex
from bilateral.events.frames import Frame, weak_factor
from bilateral.events.joined_denials import joined_denials
from bilateral.events.lexicon import FrameRules
from bilateral.events.recalled import recalled_at
from bilateral.events.roles import direct_object_of, object_of, prep_objects, subject_of
from bilateral.models import Actor, Event, Mention

REPLY = 0.85
"""Factor for a target taken from the act that a reply answers (named in an earlier sentence, not in this one)."""
_CLAIMED = frozenset({"ACCUSE"})
_PROPOSED = frozenset({"REQUEST", "AGREE", "THREATEN"})


_POINTING = frozenset({"this", "that", "these", "those"})
"""Pronouns a rejection may take for what it answers ("This is completely false"): a claim made just before."""
_CONTENT_DEPS = frozenset({"acl", "ccomp"})
"""Clauses of a claim noun that say what is claimed ("accusations that it is buying arms from X"): an actor named
there is what the claim is about, not who made it."""


_GENITIVE_OF = frozenset({"of"})
_CULPABLE_PREPS = frozenset({"in", "for"})
"""Prepositions of a culpability noun that say what wrong it is about ("involvement in the attack on X"):
an actor named there is what the denial is about, not who made the claim."""


def _names_no_one(noun: Token, index: MentionIndex, content_preps: frozenset[str] = frozenset(),
                  reply: Token | None = None, described: bool = False) -> bool:
    """Whether a claim noun's own words name no actor, what it claims left aside, and it has no possessor. The
    rejection ``reply`` hung on the noun as its relative clause ("the charges, which X dismissed") is the answer,
    not the claim: the replier it names is no claimant. With ``described`` (a claim noun), a possessor that is a
    common noun ("the panel's findings", "the experts' claims") describes a claimant without naming it, as "the
    accusations" do; a pronoun or a name ("his plans", "Smith's claims") is someone's own."""
    content = {t.i for c in noun.children
               if c.dep_ in _CONTENT_DEPS or (c.dep_ == "prep" and c.lower_ in content_preps)
               or (c == reply and c.dep_ == "relcl") for t in c.subtree}
    return not any(c.dep_ == "poss" and not (described and c.pos_ == "NOUN") for c in noun.children) \
        and not any(index.at(t) is not None for t in noun.subtree if t.i not in content)


def _described(noun: Token) -> bool:
    """Whether a claim noun's possessor is a common noun that describes its maker ("the panel's findings")."""
    return any(c.dep_ == "poss" and c.pos_ == "NOUN" for c in noun.children)


def _split_genitive(trigger: Token, index: MentionIndex, rules: FrameRules) -> Token | None:
    """The claim noun of a genitive the parser splits ("dismissed the team of inspectors' findings": the object
    "team", with "findings" as its "of" object carrying the possessor "inspectors'"): the claim is what is rejected,
    not the team. Only when the object phrase names no actor ("dismissed the head of the Chilean army's claims"
    names its claimant) and the "of" object is a claim noun with a possessor ("dismissed the team of inspectors"
    rejects no claim)."""
    obj = direct_object_of(trigger)
    if obj is None or any(index.at(t) is not None for t in obj.subtree):
        return None
    return next((n for n in prep_objects(obj, _GENITIVE_OF) if n.lemma_.lower() in rules.claim_nouns
                 and any(c.dep_ == "poss" for c in n.children)), None)


def _answered_noun(frame: Frame, index: MentionIndex, rules: FrameRules) -> Token | None:
    """The claim or proposal noun the rejection takes as its object ("denied the accusation", "dismissed the
    demand"), or the noun its relative clause hangs on ("the charges, which X denied"), when it names no one: no
    actor inside it and no possessor ("his plans" are the owner's own); or a pronoun a refutation points back to a
    claim with ("This is false")."""
    nouns = [w for w in frame.words if w.pos_ == "NOUN" or (w.pos_ == "PRON" and w.lower_ in _POINTING)]
    nouns += [c for c in frame.trigger.children if c.dep_ in ("dobj", "nsubjpass") and c.pos_ == "NOUN"]
    if frame.trigger.dep_ == "relcl" and (held := object_of(frame.trigger, rules.relative_pronouns)) is not None \
            and held.pos_ == "NOUN":
        nouns.append(held)  # "the charges, which X dismissed": the noun the relative clause answers
    if (split := _split_genitive(frame.trigger, index, rules)) is not None:
        nouns.append(split)  # "dismissed the team of inspectors' findings": the claim, not the team
    answered = rules.claim_nouns | rules.charge_nouns | rules.proposal_nouns | rules.ruling_nouns
    for noun in nouns:
        described = noun.lemma_.lower() in rules.claim_nouns
        if noun.pos_ == "PRON" or (noun.lemma_.lower() in answered
                                   and _names_no_one(noun, index, reply=frame.trigger, described=described)
                                   and not _own_plan(frame.trigger, noun, rules)):
            return noun
    return _denied_part(frame.trigger, index, rules)


def _own_plan(trigger: Token, noun: Token, rules: FrameRules) -> bool:
    """Whether a denial's proposal noun is the denier's own intent ("denied plans to invade", "denied any plan
    to withdraw"): denying a plan says it has none; rejecting one ("rejected the plan") answers its proposer."""
    return trigger.lemma_.lower() == "deny" and noun.lemma_.lower() in rules.proposal_nouns \
        and any(c.dep_ == "acl" and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
                for c in noun.children)


def _denied_part(trigger: Token, index: MentionIndex, rules: FrameRules) -> Token | None:
    """A culpability noun the rejection takes as its object ("denied involvement", "denied any role in the
    attack"), naming no one but the wrong it is about: the denial answers an accusation as "denied the
    accusations" does. Not "denied Iran's involvement" (a possessor: whose part is denied is named)."""
    for noun in trigger.children:
        if noun.dep_ == "dobj" and noun.lemma_.lower() in rules.culpability_nouns \
                and _names_no_one(noun, index, _CULPABLE_PREPS):
            return noun
    return denied_deed(trigger, rules)


def denied_deed(trigger: Token, rules: FrameRules) -> Token | None:
    """The gerund of a denial of one's own deed ("denied sheltering the rebels", "routinely denies giving
    refuge to militants"): saying one did not do what one is said to have done answers the accusation, as
    denying one's part in it does. Only with a verb of such denials (frames.json ``deed_denial_verbs``: "rejected
    holding talks" refuses, it denies nothing), a gerund with no subject of its own and no object on the verb."""
    if trigger.lemma_.lower() not in rules.deed_denial_verbs or direct_object_of(trigger) is not None:
        return None
    return next((c for c in trigger.children if c.dep_ in ("xcomp", "ccomp") and c.tag_ == "VBG"
                 and not any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children)), None)


_RESPONDING = frozenset({"respond", "reply", "react"})
"""Verbs of a clause on a rejection that says what it answers ("dismissed the charge, replying to a remark made by
X")."""
_RESPONSES = frozenset({"response", "reply", "reaction"})
"""Nouns of an "in response to" phrase on a rejection ("rejected the claims in response to X's report")."""
_OWNER_DEPS = frozenset({"poss", "compound", "amod"})
_AUTHOR_PREPS = frozenset({"by", "from", "of"})


def _answered_here(trigger: Token, index: MentionIndex, rules: FrameRules) -> list[Mention]:
    """Who made the claim or proposal the rejection itself says it answers: the author of the statement, claim or
    proposal named by its "responding to" clause or "in response to" phrase ("while responding to the statement by
    X", "in response to X's accusations"). None for an answer to a question or a request for comment (not a
    claim noun), nor for an answer whose author is not named."""
    answered = [o for c in trigger.children if c.dep_ == "advcl" and c.lemma_.lower() in _RESPONDING
                for o in prep_objects(c, frozenset({"to"}))]
    answered += [o for r in prep_objects(trigger, frozenset({"in"})) if r.lemma_.lower() in _RESPONSES
                 for o in prep_objects(r, frozenset({"to"}))]
    nouns = rules.claim_nouns | rules.proposal_nouns | rules.statement_nouns
    return [m for o in answered if o.lemma_.lower() in nouns
            for m in [m for c in o.children if c.dep_ in _OWNER_DEPS for m in index.actors(c)]
            + [m for p in prep_objects(o, _AUTHOR_PREPS) for m in index.actors(p)]]


_STATE = frozenset({"GOV", "MIL", "COP", "JUD", "LEG"})
"""Sectors of one state: its government answers for its army ("Kinshasa denied" the charge against Congo's army)."""


def _sector(actor: Actor) -> str | None:
    """An actor's sector, a country named bare ("Pakistan rejected the claims") standing for its state; a known
    person of no sector is a side of their own, not their state's ("X was charged ... X rejected the charges")."""
    if actor.sector is None and actor.person is not None:
        return "person " + actor.person
    return "GOV" if actor.sector is None and actor.kind == "state" and actor.code == actor.country else actor.sector


def _same_side(a: Actor, b: Actor) -> bool:
    """Two actors of one country and one side of it (an unknown sector matches any): "Kabul", "the Afghan
    government" and the Afghan army are one side; the Afghan government and the Taliban are two, and so are
    "Afghanistan" (the state) and the Taliban."""
    if a.country != b.country:
        return False
    sa, sb = _sector(a), _sector(b)
    if sa is None or sb is None or sa == sb:
        return True
    return sa in _STATE and sb in _STATE


_CHARGING = "173"
_CHARGERS = frozenset({"COP", "JUD", "GOV"})
"""Sectors of the state bodies that charge people: police, prosecutors and courts, the government."""


_SUIT = "115"
"""CAMEO "bring lawsuit against": a claim its defendant answers, on which a court of the defendant's own state rules."""


_BODIES = frozenset({"IGO", "NGO", "JUD", "MED"})
"""Sectors of the bodies a claim's common-noun possessor describes ("the panel's findings", "the experts' claims",
"the paper's report"): an international body, a group, a court or the press; a state is named, not described."""


def _claimant(source: Mention, kinds: frozenset[str], earlier: Sequence[Event], charged: bool = False,
              described: bool = False) -> Event | None:
    """The latest earlier act of ``kinds`` aimed at the rejecting side by another side: another country, or
    another sector of its own country (the rebels' charge the government rejects). An accusation aimed at a
    different sector of the rejecting side's country is not the one rejected. With ``charged`` (the rejection
    answers "the charges"), a state body's arrest or charge of the side (173) is such an act too: "X was charged
    with treason ... X denied the charges" answers whoever charged X. With ``described`` (the claim's possessor
    describes its maker: "the panel's findings"), only a body's act (``_BODIES``) counts, an international one
    (of no country) included: "a U.N. panel accused X ... X dismissed the panel's findings"."""
    side = source.actor
    if side.country is None:
        return None
    for event in reversed(earlier):
        claimed = event.event_type in kinds or (charged and event.cameo == _CHARGING
                                                and event.source.sector in _CHARGERS)
        claimant = event.source.sector in _BODIES if described else event.source.country is not None
        if event.cameo == _SUIT and side.sector == _JUDICIARY:
            continue  # a court rules on a lawsuit ("a judge dismissed the suit"): it answers no one
        if (claimed and claimant and event.target is not None and _same_side(event.target, side)
                and not _same_side(event.source, side)):
            return event
    return None


def charger(source: Mention, earlier: Sequence[Event]) -> Event | None:
    """Whoever, in an earlier sentence, charged or arrested the side of ``source`` (a state body's 173) or accused
    it: what an answer to "the charges" aims at, also when the answer names no charge ("pleaded not guilty")."""
    return _claimant(source, _CLAIMED, earlier, charged=True)


def _sole_prosecutor(source: Mention, earlier: Sequence[Event]) -> Event | None:
    """The latest earlier accusation of a judicial body (prosecutors, a court) of another country than the
    rejecting side, when every accusation told before is that body's: in a story of a trial, "the allegations" a
    foreign state dismisses are the prosecutors' even when they were told as aimed at others ("US prosecutors said
    the two men were hired by X's agents ... X called the allegations baseless"). None when the story has
    accusations of more than one maker (which one is answered stays open), or none by a court."""
    side = source.actor
    accusations = [e for e in earlier if e.event_type in _CLAIMED and e.modality in _TOLD]
    if side.country is None or not accusations or len({e.source.code for e in accusations}) > 1:
        return None
    last = accusations[-1]
    if last.source.sector != _JUDICIARY or last.source.country in (None, side.country):
        return None
    return last


_TOLD = frozenset({"asserted", "alleged"})
"""Modalities of an accusation that was made (not one denied, feared or expected)."""
_JUDICIARY = "JUD"


def _court(source: Mention, earlier: Sequence[Event], courts: frozenset[str]) -> Event | None:
    """The latest earlier act of a court (the judiciary sector, or an international court of ``courts``) aimed at
    the rejecting side: what "rejected the ruling" answers ("an international court ruled against X ... X rejected
    the ruling"). A court of the side's own country counts ("the High Court blocked the plan ... the government
    rejected the ruling"), but a court rejecting a ruling answers no court here (an appeal is no reply), nor is an
    act aimed at another side the one rejected."""
    side = source.actor
    if side.sector == _JUDICIARY or side.code in courts:
        return None
    for event in reversed(earlier):
        judge = event.source
        if (judge.sector == _JUDICIARY or judge.code in courts) and judge.code != side.code \
                and event.target is not None and _same_side(event.target, side):
            return event
    return None


_ANAPHORS = frozenset({"it", "which", "this", "that", "them"})
"""Objects of a rejection that point back to the clause it is joined to ("but Y rejected it", "which Y denied")."""
_JOINED = frozenset({"conj", "advcl"})
_PROPOSING = frozenset({"REQUEST", "AGREE", "THREATEN"})
_CLAIMING = frozenset({"detail", "document", "describe", "accuse", "blame", "suggest"})
"""Verbs of a claim besides the speech verbs: what a denial joined to their clause answers ("X detailed arms
transfers in a report, which Y denied")."""
_CLIMB = 6
"""How far up from a rejection the clause it answers is looked for ("in a report in February, which Y denied")."""


def _aimed_at(act: Frame, reply: Frame) -> bool:
    """Whether an act is aimed at the replying side, or at no one named ("X proposed a price, but Y refused"):
    "X asked Y to leave, but Z refused" is no answer of Z's to X."""
    return not act.targets or any(_same_side(t.actor, s.actor) for t in act.targets for s in reply.sources)


def _answered_clause(frame: Frame, frames: Sequence[Frame], index: MentionIndex, rules: FrameRules,
                     answered: Token | None = None) -> list[Mention]:
    """The author of the clause a targetless rejection is joined to and answers: a coordinated, adverbial or
    relative rejection with no object of its own but a pronoun or the claim noun ``answered`` ("X proposed talks,
    but Y refused", "X accused Y of arming the rebels, which Y denied": the parser often hangs the relative on
    the clause's last noun; "..., but Y denies the charge"). The answered clause is the nearest verb above the
    rejection that proposes or claims: a refusal answers a proposal, request or threat coded for it; a denial also
    an accusation coded for it, or a speech or claim verb's subject ("X said ..., which Y denied"). A clause before
    the rejection that the parser makes its complement ("X accused Y of ..., a charge Y denies") is answered when
    an act is coded for it. Not a refusal to do something ("Y refused to comment": its own act), nor a rejection
    joined to a clause that proposes or claims nothing ("the talks ended, and Y refused"), nor one by a side the
    proposal or claim is not aimed at ("X asked Y to leave, but Z refused")."""
    trigger = frame.trigger
    obj = direct_object_of(trigger)
    before = [c for c in trigger.children if c.dep_ == "ccomp" and c.i < trigger.i]
    if (trigger.dep_ not in _JOINED and trigger.dep_ != "relcl" and not before) \
            or (obj is not None and obj != answered and obj.lower_ not in _ANAPHORS) \
            or any(c.dep_ == "xcomp" or (c.dep_ == "ccomp" and c.i > trigger.i) for c in trigger.children):
        return []
    denial = trigger.lemma_.lower() in rules.denial_verbs
    kinds = _PROPOSING | _CLAIMED if denial else _PROPOSING
    codes = load_codes()

    def authors(clause: Token) -> list[Mention]:
        return [m for f in frames if f.trigger == clause and codes.get(f.cameo).plover in kinds
                and _aimed_at(f, frame) for m in f.sources]

    found = [m for clause in before for m in authors(clause)]
    head = trigger
    for _ in range(0 if found or before else _CLIMB):
        if head.head == head:
            break
        head = head.head
        if head.pos_ not in ("VERB", "AUX"):
            continue
        found = authors(head)
        if not found and denial and head.lemma_.lower() in rules.speech_verbs | _CLAIMING:
            subj = subject_of(head, rules.relative_pronouns)
            found = index.actors(subj) if subj is not None else []
        if found:
            break
    return [m for m in found if all(not _same_side(m.actor, s.actor) for s in frame.sources)]


def _settle_named(frame: Frame, rules: FrameRules) -> None:
    """Lift a weak rejection verb's doubt when its object is a claim, proposal or ruling noun whose own phrase names
    every target ("denied the accusations by X", "dismissed X's demand"): the noun settles the verb's sense as an
    answer to its claimant, as when the claimant is found elsewhere (in place). Not a target named outside the noun
    ("denied X access to the port": another sense), nor an object that is no claim ("denied the visit by X"). The
    parser often hangs the noun's "by" phrase on the verb; right after the noun, it is still the noun's."""
    obj = direct_object_of(frame.trigger)
    if "weak" not in frame.entry.flags or obj is None \
            or obj.lemma_.lower() not in rules.claim_nouns | rules.proposal_nouns | rules.ruling_nouns:
        return
    inside = {t.i for t in obj.subtree if t != obj}
    inside |= {t.i for p in frame.trigger.children if p.dep_ == "prep" and p.lower_ in _AUTHOR_PREPS
               and p.i == obj.right_edge.i + 1 for t in p.subtree}  # "denied the claims by X": X hung on the verb
    if all(m.start in inside for m in frame.targets):
        frame.confidence /= weak_factor(frame.entry)


def answer_replies(frames: Sequence[Frame], index: MentionIndex, earlier: Sequence[Event], rules: FrameRules) -> None:
    """Give each targetless rejection of a claim or proposal its claimant as target (in place): the author the
    sentence names for what it answers, else the maker of the document's earlier claim or proposal."""
    codes = load_codes()
    for frame in frames:
        if codes.get(frame.cameo).plover != "REJECT":
            continue
        if (deed := denied_deed(frame.trigger, rules)) is not None \
                and all(deed.left_edge.i <= m.start <= deed.right_edge.i for m in frame.targets):
            frame.targets.clear()  # "denied sheltering the rebels": those the deed is about are not the accuser
        if frame.targets:
            _settle_named(frame, rules)
            continue
        noun = _answered_noun(frame, index, rules)
        if noun is None:
            frame.targets.extend(_answered_clause(frame, frames, index, rules))
            if frame.targets:  # the clause answered settles a weak verb's sense as a claim noun does
                frame.confidence /= weak_factor(frame.entry)
            continue
        here = [m for m in _answered_here(frame.trigger, index, rules)
                if all(not _same_side(m.actor, s.actor) for s in frame.sources)]
        if here:  # the answered claim's author is named in the sentence: it is the target
            frame.targets.extend(here)
            continue
        word = noun.lemma_.lower() if noun.pos_ != "PRON" else ""
        kinds = _PROPOSED if word in rules.proposal_nouns else _CLAIMED
        for source in frame.sources:
            claim = _court(source, earlier, rules.court_bodies) if word in rules.ruling_nouns \
                else _claimant(source, kinds, earlier, word in rules.charge_nouns, _described(noun))
            if claim is not None and all(t.actor.code != claim.source.code for t in frame.targets):
                actor = claim.source
                frame.targets.append(recalled_at(actor, noun, REPLY, "reply"))
        if not frame.targets:  # no earlier claim: the clause the rejection is joined to may be the one answered
            frame.targets.extend(_answered_clause(frame, frames, index, rules, noun))
        if not frame.targets and word in rules.claim_nouns:  # a trial's story: the prosecutors' allegations
            frame.targets.extend(recalled_at(claim.source, noun, REPLY, "reply") for source in frame.sources[:1]
                                 if (claim := _sole_prosecutor(source, earlier)) is not None)
        if frame.targets and noun.pos_ != "PRON":
            # a weak verb's sense ("deny": access, entry, a claim) is settled by the claim it is found to answer
            frame.confidence /= weak_factor(frame.entry)
    joined_denials(frames, rules)  # still unanswered: "rejected the charges while criticizing X" answers X
