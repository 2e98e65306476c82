"""Statements of a stance that no trigger word carries: a view stated with a copula, an option under consideration.

CAMEO codes a comment by its mood (012 pessimistic, 013 optimistic) and considering a policy option (014) as public
statements (01x, untyped: PLOVER has no type for them). Two constructions state them without a lexicon trigger:

- an adjective of outlook as the complement of a copula whose subject is an actor ("Kenya is optimistic about the
  talks", "the ministry said it remains skeptical of the plan"): the subject comments; what it is about may name a
  target. Without an actor as subject ("the outlook is optimistic", "analysts are skeptical") nothing is coded. An
  adjective of feeling ("concerned") codes criticism of the party it is about (``feeling_frame``); with
  no party found, the comment it states. An adjective of judgement codes a typed event only with the party it
  judges: "critical of X" criticises X (111), "grateful to X" or "grateful that X agreed to help" praises X (051);
  gratitude for a thing ("grateful for the aid") thanks no one and is not coded;
- a verb of claiming with a clause in which the claimant itself did an act of force ("the rebels claimed that they
  had attacked the base"): a claim of responsibility (015) aimed at whom the act was, beside the act (alleged);
- a verb of deliberation with an act as its gerund complement ("Japan is considering sending aid", "Peru is
  weighing imposing curbs"): the subject considers an option (014), beside whatever the act itself codes (an intent,
  a threat), which stays as it is. Considering a thing ("considering sanctions against X") is no option of this kind:
  what the noun codes is left alone. Under "should", "must" or "ought" the deliberation is advice to its subject
  ("they should consider changing course"), not an option anyone is weighing: nothing is coded.

The words are data (``frames.json``: ``stance_adjectives``, ``deliberation_verbs``); negation and the future are
read from the clause as for any event ("is not optimistic" is negated). Last, once every target has been looked
for, a typed frame left without one takes its statement sense (``untargeted_statement``): "Kabul rejected the
accusations", no accuser known, is a denial (016), not a rejection of no one. A comment withheld by choice or
policy is declining to comment (011), asserted, not the comment negated (``declined_comment``); a state of mind
that someone else believes a party has ("an expert thinks X could stay calm, hoping that ...") is that believer's
opinion, not the party's statement (``believed_by_another``).
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from bilateral.codes import load_codes
from bilateral.events.arguments import MentionIndex
from bilateral.events.frames import (
    CONTROLLED,
    DIRECT,
    Frame,
    cause_targets,
    controller,
    weak_factor,
)
from bilateral.events.pronoun_speakers import speaker_of_pronoun
from bilateral.events.lexicon import FrameRules, Lexicon, TriggerEntry
from bilateral.events.modality import refuses
from bilateral.events.roles import prep_objects, subject_of
from bilateral.models import CameoCode, Mention

COPULAS = frozenset({"be", "remain", "stay", "seem", "appear", "sound", "look", "feel", "become"})
"""Verbs that link a subject to the adjective that states its outlook."""
_TOPIC_PREPS = frozenset({"about", "of", "over", "on", "regarding"})
"""Prepositions naming what an outlook is about ("skeptical of X's plan"): its actor, if any, is the target."""
_NOTARGET = frozenset({"notarget"})
_JUDGED_PREPS = {"111": frozenset({"of"}), "051": frozenset({"to"})}
"""The prepositions of whom a typed judgement is of, by its code: criticism "of" X ("critical of X's plan"),
gratitude "to" X ("grateful to X"); without one the adjective judges no one ("critical to the talks")."""
_OF_DEED = frozenset({"051"})
"""Judgements that a clause can carry instead: gratitude that X did something ("grateful that X agreed to help")
thanks X, the clause's subject."""
_CLAIM = "015"
"""CAMEO "claim responsibility": what claiming one's own act of force is."""
_FORCE = 4
"""The quad class of material conflict: the acts whose claim by their doer is a claim of responsibility."""
_ADVISING = frozenset({"should", "must", "ought"})
"""Modals that make a deliberation verb advice to its subject ("X should consider leaving"), not deliberation."""
_COMMENT, DECLINED = "010", "011"
"""CAMEO "make statement/comment" and "decline comment"."""
_MINDS = frozenset({"012", "013"})
"""CAMEO pessimistic and optimistic comment: states of mind (concern, hope), which others can guess at."""
_OPINION = frozenset({"think", "believe", "suspect", "reckon", "guess", "assume", "imagine"})
"""Verbs of holding an opinion: what their clause tells is the opinion holder's guess, not a report of words."""
_OPINION_CLIMB = frozenset({"ccomp", "conj", "advcl", "xcomp", "acomp"})
_WITHHOLDING = frozenset({"refrain", "abstain"})
"""Verbs of holding oneself back from an act ("refrained from commenting"): the act withheld is declined."""


def _entry(token: Token, code: str, preps: frozenset[str]) -> TriggerEntry:
    """A lexicon entry for a statement that the construction, not a trigger word, carries: target-optional for a
    comment (01x); a typed judgement ("X is critical of Y", 111) needs its target as a verb's would."""
    flags = _NOTARGET if code.startswith("01") else frozenset()
    return TriggerEntry("verb", token.lemma_.lower(), None, frozenset(), preps, CameoCode(code), flags, 0)


def stance_frame(adj: Token, index: MentionIndex, lexicon: Lexicon) -> Frame | None:
    """"X is optimistic about Y", "X said it is skeptical of the plan": an outlook stated by the copula's subject;
    "X has been critical of Y's plan": a judgement of whom its "of" phrase names (criticism, 111)."""
    code = lexicon.rules.stance_adjectives.get(adj.lower_)
    copula = adj.head
    if code is None or adj.dep_ != "acomp" or copula.lemma_.lower() not in COPULAS:
        return None
    subj = subject_of(copula, lexicon.rules.relative_pronouns)
    if subj is None:
        return None
    sources = index.actors(subj) or speaker_of_pronoun(subj, index, lexicon)
    if not sources:
        return None
    if not code.startswith("01"):
        return _judgement(adj, code, sources, index, lexicon)
    entry = _entry(adj, code, _TOPIC_PREPS)
    targets = [m for pobj in prep_objects(adj, _TOPIC_PREPS) for m in index.actors(pobj)]
    return Frame(adj, [adj], entry, entry.cameo, sources, targets, DIRECT, False, True, copula)


def _judgement(adj: Token, code: str, sources: list[Mention], index: MentionIndex, lexicon: Lexicon
               ) -> Frame | None:
    """A typed judgement stated by an adjective: of whom its preposition names ("critical of X", "grateful to X"),
    or, for gratitude, of the actor who did what its clause tells ("grateful that X pledged help"); gratitude for a
    thing ("grateful for the aid") or criticism of no party judges no one, and is not coded."""
    preps = _JUDGED_PREPS.get(code, frozenset())
    judged = prep_objects(adj, preps)
    targets = [m for pobj in prep_objects(adj, _TOPIC_PREPS | preps) for m in index.actors(pobj)]
    if not judged and code in _OF_DEED:
        clause = _deed_clause(adj)
        doer = subject_of(clause, lexicon.rules.relative_pronouns) if clause is not None else None
        targets = index.actors(doer) if doer is not None else []
        if not targets:
            return None  # "grateful for the aid", "grateful that the floods receded": no party thanked
    elif not judged:
        return None  # "Kenya is critical to the talks": vital to them, no judgement of anyone
    entry = _entry(adj, code, _TOPIC_PREPS | preps)
    return Frame(adj, [adj], entry, entry.cameo, sources, targets, DIRECT, False, True, adj.head)


def _deed_clause(adj: Token) -> Token | None:
    """The clause an adjective of judgement is about: its own complement clause, or the one the parser hangs on the
    copula after the adjective ("is grateful that X agreed", parsed as the copula's)."""
    own = next((c for c in adj.children if c.dep_ == "ccomp"), None)
    if own is not None:
        return own
    return next((c for c in adj.head.children if c.dep_ == "ccomp" and c.i > adj.i), None)


def outlook_frame(adj: Token, index: MentionIndex, lexicon: Lexicon) -> Frame | None:
    """An adjective of feeling or outlook after a copula: a feeling aimed at a party is criticism ("Kenya is
    concerned about Uganda's moves", ``feeling_frame``); with no party found it is the comment it states ("Kenya is
    concerned about the violence": 012), kept as the feeling's statement sense."""
    felt = feeling_frame(adj, index, lexicon)
    stated = stance_frame(adj, index, lexicon)
    if felt is None:
        return stated
    felt.statement = stated
    return felt


def _gerund(verb: Token) -> Token | None:
    """The act a verb takes as its gerund complement ("considering sending aid")."""
    return next((c for c in verb.children if c.dep_ in ("xcomp", "dobj", "ccomp") and c.tag_ == "VBG"), None)


def deliberation_frame(verb: Token, index: MentionIndex, lexicon: Lexicon) -> Frame | None:
    """"X is considering sending aid to Y": X considers a policy option (014), with no target of its own."""
    code = lexicon.rules.deliberation_verbs.get(verb.lemma_.lower())
    if code is None or _gerund(verb) is None or any(c.dep_ == "aux" and c.lower_ in _ADVISING for c in verb.children):
        return None
    subj, controlled = controller(verb, lexicon)
    if subj is None:
        return None
    sources = index.actors(subj) or speaker_of_pronoun(subj, index, lexicon)
    if not sources:
        return None
    entry = _entry(verb, code, frozenset())
    confidence = DIRECT * (CONTROLLED if controlled else 1.0)
    return Frame(verb, [verb], entry, entry.cameo, sources, [], confidence, False, True, verb)


def claimed_acts(frames: dict[int, Frame], index: MentionIndex, lexicon: Lexicon) -> None:
    """"The rebels claimed that they had attacked the base": a responsibility verb whose reported clause is the
    claimant's own act of force claims responsibility for it (015), aimed at the act's target (in place)."""
    codes = load_codes()
    for act in list(frames.values()):
        clause = act.trigger
        verb = clause.head
        if clause.dep_ != "ccomp" or verb.i in frames or codes.get(act.cameo).quad_class != _FORCE \
                or verb.lemma_.lower() not in lexicon.rules.responsibility_verbs:
            continue
        subj = subject_of(verb, lexicon.rules.relative_pronouns)
        claimants = index.actors(subj) if subj is not None else []
        if not {m.actor.code for m in claimants} & {m.actor.code for m in act.sources}:
            continue  # "X claimed that Y attacked": an accusation, not a claim of one's own act
        entry = _entry(verb, _CLAIM, frozenset())
        frames[verb.i] = Frame(verb, [verb], entry, entry.cameo, claimants, list(act.targets), DIRECT, False, True,
                               verb)


def untargeted_statement(frame: Frame) -> Frame:
    """A typed frame left without a target turns to its statement sense, which needs none ("Kabul rejected the
    accusations" with no accuser known is a denial, 016); any other frame is kept as it is."""
    spoken = frame.statement
    own = {m.actor.code for m in frame.sources}
    # a target that is the source itself ("China rejected accusations of abuses"), or a place in the source's own
    # country ("... of abuses in Xinjiang", Xinjiang coded CHN beside CHNGOV), names no other party
    home = {m.actor.country for m in frame.sources if m.actor.country}
    if spoken is None or not all(t.actor.code in own or _place_in(t, home) for t in frame.targets) \
            or frame.notarget or frame.open_target or (frame.recip and len(frame.sources) >= 2):
        return frame
    # a target found and set aside cost the typed frame confidence the statement sense never paid
    confidence = spoken.confidence if frame.targets else \
        frame.confidence / weak_factor(frame.entry) * weak_factor(spoken.entry)
    return replace(frame, entry=spoken.entry, cameo=spoken.cameo, words=spoken.words, targets=list(spoken.targets),
                   notarget=True, recip=False, confidence=confidence, statement=None)


def _place_in(target: Mention, countries: set[str]) -> bool:
    """Whether a target is a place (a country code with no sector) among ``countries``."""
    return target.actor.kind == "state" and target.actor.sector is None and target.actor.code in countries


def declined_comment(frame: Frame, modality: str, rules: FrameRules) -> bool:
    """A comment withheld by choice or policy declines comment (011, asserted), rather than being a comment negated:
    "X refrained from commenting on Y" (a verb of holding back that governs the comment), "X does not comment on
    such matters" (a stated habit: the present tense with do-support), "X would not comment" (a refusal, as
    ``modality.refuses``). "X did not comment" is not one: a past negation tells only that no comment came,
    perhaps because none was asked; nor is "Y kept X from commenting", where the one held back did not choose."""
    if frame.cameo != _COMMENT or modality != "negated":
        return False
    verb = frame.anchor
    if refuses(verb, rules):
        return True
    if any(c.dep_ == "neg" for c in verb.children) and any(
            c.dep_ == "aux" and c.lemma_ == "do" and c.tag_ in ("VBP", "VBZ") for c in verb.children):
        return True
    prep = verb.head
    return verb.dep_ == "pcomp" and prep.lower_ == "from" and prep.head.lemma_.lower() in _WITHHOLDING


def believed_by_another(frame: Frame, index: MentionIndex, rules: FrameRules) -> bool:
    """A state of mind (012, 013) that someone other than the party believes it has ("an expert thinks X could
    escalate or stay calm, hoping that Y will talk", "officials believe X is worried about Z") is the believer's
    guess, no public statement of the party's; a party's own belief ("Kenya believes it is optimistic") and a
    report of the party's words ("Y said X hopes ...") are not touched."""
    if frame.cameo not in _MINDS:
        return False
    own = {m.actor.code for m in frame.sources}
    tok = frame.anchor
    for _ in range(6):
        if tok.dep_ not in _OPINION_CLIMB or tok.head == tok:
            return False
        head = tok.head
        if tok.dep_ == "ccomp" and head.lemma_.lower() in _OPINION:
            subj = subject_of(head, rules.relative_pronouns)
            holders = {m.actor.code for m in index.actors(subj)} if subj is not None else set()
            return subj is not None and subj.pos_ != "PRON" and not holders & own
        tok = head
    return False


def feeling_frame(adj: Token, index: MentionIndex, lexicon: Lexicon) -> Frame | None:
    """"Canada is deeply worried about Chad's backing for the militia": the feeler criticises the cause.

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
    targets = cause_targets(prep_objects(adj, entry.preps), index, lexicon)
    return Frame(adj, [adj], entry, entry.cameo, sources, targets, DIRECT * CONTROLLED, False, False, adj.head)
