"""What a verb's act is, given who it joins: the same verb codes a different act for other arguments.

A withdrawal by a state from an international organisation ("Peru quit the Andean Community") is leaving it, a cut in
relations (161), not a military retreat (087x). A force verb said of an unarmed source with a reason phrase
("assailed the broadcaster for airing ...", "blasted X for backing ...") is a verbal attack: criticism (111),
not an assault; armed sources and targets keep the assault ("police attacked protesters for refusing to leave").
A government that protests a thing ("summoned the ambassador to protest the shooting", "Kenya protested the
decision") complains officially (114), a verbal act; a protest by anyone else ("sellers held a sit-in to protest the
restrictions") or with no object ("officials protested outside the court") stays a demonstration (14x).
A meeting verb said with the line it was held over ("spoke by phone with X", "talked over the telephone", "met by
video link") is a call (041), as the light verb "held a phone call" already is.
A hosting verb whose object is an act, not a guest ("welcomed the decision", "the plan was welcomed by X") approves
of it (051); a person or a visit keeps the hosting ("welcomed the president to Washington", "welcomed the visit").
A force verb whose doer is a measure ("the economy was hit by U.S. sanctions", "U.S. tariffs hit Chinese
exporters") is the measure's act, coded as the measure noun is (163), not an assault; weapons and attacks keep it.
A negotiation done, whose object is an agreement ("the pact X negotiated with Y", "negotiated a deal"), made the
agreement (057, as the noun codes it); one under way ("are negotiating a deal") stays a negotiation (046).
A fight verb of both sides (a ``recip`` entry of a ``mutual_acts`` force code: "clashed", "battled") whose subject or
partner is a stance, not a party ("Kenya's position and Uganda's views clashed", "X's demand clashed with Y's call",
``opinion_nouns``), is a disagreement: no fight, and the stances' owners are no fighters.
A transfer of held people (a custody entry, 17x, matched on its object: "flew the detainees to X") is an act on
the people moved, never on the place they are taken to: when they are no actor it is not coded; and taken to their
own country they are returned, as in a prisoner swap ("flew 50 Ukrainian prisoners to Ukraine"), not held.
An accusation told in the passive with no agent whose "of" phrase names a crime ("X was accused of sedition",
"the reporter was accused of incitement") is a charge, the state's legal act (173), whose doer the story names
(``implied``); not one with an agent ("accused of sedition by the opposition": their accusation), one of no crime
("accused of lying") or of conduct ("accused of killing civilians": an allegation of atrocities, not a charge), an
active one ("X accused Y of treason"), nor a verdict ("convicted of murder", 116).
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Token

from bilateral.codes import load_codes
from bilateral.events.arguments import MentionIndex
from bilateral.events.lexicon import Lexicon, TriggerEntry
from bilateral.events.matching import qualifiers
from bilateral.events.named_charges import names_a_charge
from bilateral.events.roles import (
    agent_of,
    direct_object_of,
    object_of,
    passive_subject_of,
    prep_objects,
    subject_of,
)
from bilateral.models import CameoCode, Mention

_BREAK_RELATIONS = "161"
"""CAMEO "reduce or break diplomatic relations": what leaving an organisation is."""
_MILITARY_RETREAT = "087"
"""CAMEO root of military de-escalation (withdrawal, retreat, surrender)."""
_CRITICIZE = "111"
"""CAMEO "criticize or denounce": what a force verb said with a reason is."""
_FIGHT_ROOT = "19"
"""CAMEO root of fighting (190 fight, 193 exchange fire): the mutual acts a stance cannot do."""
_ARMED = frozenset({"MIL", "REB", "COP"})
"""Sectors of actors whose attacks are physical whatever reason is given."""
_COMPLAIN = "114"
"""CAMEO "complain officially": what a government's protest of a thing is."""
_OFFICIAL = frozenset({"GOV", "LEG", "JUD"})
"""Sectors whose protests are words: the state speaks, it does not march."""
_MEETING, _CALL = "040", "041"
"""CAMEO "consult, not specified" and "discuss by telephone"."""
_LINE_PREPS = frozenset({"by", "over", "via"})
_LINES = frozenset({"phone", "telephone", "video", "videoconference", "teleconference", "videolink", "hotline"})
"""Words for the line a meeting is held over ("by phone", "over the telephone", "by video link")."""


_HOSTING, _APPROVE = "043", "051"
"""CAMEO "host a visit" and "praise or endorse"."""
_VISIT_CODE = "042"
"""CAMEO "make a visit"."""
_VISITS = frozenset({_VISIT_CODE, _HOSTING})
"""Codes of visit nouns: a welcomed visit is hosted, not approved."""
_MEASURE_TYPES = frozenset({"COERCE", "SANCTION"})
"""PLOVER types of measures ("sanctions", "tariffs", "restrictions") that may be said to hit their patient."""
_CUSTODY_ROOT = "17"
"""CAMEO root of custody acts (173 arrest, detain), whose transfers of held people ``taken_home`` reads."""
_ACCUSATION = "112"
"""CAMEO code (and prefix of the finer codes) of an accusation, which told with no accuser can be a charge."""
_CHARGE = "173"
_OF = frozenset({"of"})
"""The preposition by which an accusation names its crime."""
_TO = frozenset({"to"})
_TRANSFERS = frozenset({"send", "fly", "transfer", "move"})
"""Verbs that, with held people for object, transfer them in custody (triggers.tsv): read by ``not_held``."""


def _approved_act(verb: Token, passive: bool, lexicon: Lexicon) -> bool:
    """A verb that answers an act (a response verb of the frame rules, "welcome") whose object (its patient in the
    passive) names an act: a decision, plan, statement or claim noun of the frame rules, or an event noun of the
    lexicon other than a visit ("welcomed the ceasefire")."""
    rules = lexicon.rules
    if verb.lemma_.lower() not in rules.response_verbs:
        return False  # "received support": receiving is no answer to the act
    obj = passive_subject_of(verb, rules.relative_pronouns) if passive else object_of(verb, rules.relative_pronouns)
    if obj is None or obj.pos_ != "NOUN":
        return False
    lemma = obj.lemma_.lower()
    if lemma in rules.act_nouns | rules.proposal_nouns | rules.statement_nouns | rules.claim_nouns:
        return True
    entries = lexicon.lookup("noun", lemma)
    return bool(entries) and not any(e.cameo in _VISITS for e in entries)


def _measure_code(verb: Token, passive: bool, lexicon: Lexicon) -> CameoCode | None:
    """The code of the measure that does the verb's act: its "by" agent in the passive, its subject otherwise,
    when that is an event noun of the lexicon coding a measure ("sanctions", "a duty on imports"); else None."""
    rules = lexicon.rules
    doer = agent_of(verb) if passive else subject_of(verb, rules.relative_pronouns)
    if doer is None or doer.pos_ != "NOUN":
        return None
    words = set(qualifiers(doer))
    for entry in lexicon.lookup("noun", doer.lemma_.lower()):
        if (not entry.objects or entry.objects & words) and load_codes().get(entry.cameo).plover in _MEASURE_TYPES:
            return entry.cameo
    return None


_NEGOTIATE, _AGREEMENT = "046", "057"
"""CAMEO "engage in negotiation" and "sign formal agreement"."""
_DONE_TAGS = frozenset({"VBD", "VBN"})
"""Verb tags of an act done: simple past, perfect, passive participle ("negotiated", "has negotiated")."""


def _concluded_agreement(verb: Token, passive: bool, lexicon: Lexicon) -> CameoCode | None:
    """The code of the agreement a finished negotiation made ("negotiated a pact"): its object's (its patient's in
    the passive) when that is an event noun coding a formal agreement (057: "pact", "deal", "treaty"); else None."""
    rules = lexicon.rules
    if verb.tag_ not in _DONE_TAGS or any(c.dep_ == "aux" and c.tag_ == "VBG" for c in verb.children):
        return None
    obj = passive_subject_of(verb, rules.relative_pronouns) if passive else object_of(verb, rules.relative_pronouns)
    if obj is None or obj.pos_ != "NOUN":
        return None
    return next((e.cameo for e in lexicon.lookup("noun", obj.lemma_.lower()) if e.cameo == _AGREEMENT), None)


def no_guest(verb: Token, entry: TriggerEntry, index: MentionIndex, lexicon: Lexicon) -> bool:
    """A bare trip or hosting verb whose direct object is no guest: a trip verb with an object carries someone ("flew
    the migrants to X"); a hosting verb that answers no act ("receive") with a thing for its object, a common noun
    that names no actor nor a member of one, receives the thing ("received food and clothing"), hosts no one."""
    dobj = direct_object_of(verb)
    if dobj is None or entry.objects:
        return False
    if entry.cameo == _VISIT_CODE:
        return bool(entry.preps)
    rules = lexicon.rules
    return entry.cameo == _HOSTING and verb.lemma_.lower() not in rules.response_verbs and dobj.pos_ == "NOUN" \
        and dobj.lemma_.lower() not in rules.member_nouns and dobj.lower_ not in rules.member_nouns \
        and not index.actors(dobj)


def not_held(verb: Token, entry: TriggerEntry, obj: Token | None, index: MentionIndex) -> bool:
    """Whether a custody transfer is no act on held actors: its people are no actor, or it takes them to their
    own country (see the module docstring)."""
    if obj is None or not entry.objects or not entry.cameo.startswith(_CUSTODY_ROOT) \
            or verb.lemma_.lower() not in _TRANSFERS:
        return False
    own = {m.actor.country for m in index.actors(obj)}
    if not own:
        return True
    return any(m.actor.country in own - {None} for p in prep_objects(verb, _TO) for m in index.actors(p))


def clash_of_stances(verb: Token, entry: TriggerEntry, lexicon: Lexicon) -> bool:
    """Whether a fight verb of both sides has a stance for its subject or partner ("their views clashed", "X's
    demand clashed with Y's call"): see the module docstring. A party keeps the fight ("troops clashed with
    rebels", "Kenya's army fought Uganda's militia")."""
    rules = lexicon.rules
    if "recip" not in entry.flags or entry.cameo not in rules.mutual_acts or entry.cameo[:2] != _FIGHT_ROOT:
        return False
    subj = subject_of(verb, rules.relative_pronouns)
    words = ([subj] if subj is not None else []) + prep_objects(verb, entry.preps)
    return any(w.lemma_.lower() in rules.opinion_nouns for w in words)


def _armed(mentions: Sequence[Mention]) -> bool:
    return any(m.actor.sector in _ARMED or m.actor.kind == "armed_group" for m in mentions)


def _official(mention: Mention) -> bool:
    """A government speaking: an official sector, an international organisation, or a state named as such."""
    actor = mention.actor
    return actor.sector in _OFFICIAL or actor.kind == "igo" or (actor.kind == "state" and actor.sector is None)


def _reason_clause(verb: Token) -> bool:
    """A "for" phrase giving a reason as an act: "for airing the interview", "for backing the rebels"."""
    return any(p.dep_ == "prep" and p.lower_ == "for" and any(
        c.dep_ == "pcomp" and c.tag_ == "VBG" for c in p.children) for p in verb.children)


def _over_a_line(verb: Token) -> bool:
    """A "by"/"over"/"via" phrase naming a telephone or video line: "by phone", "by video link"."""
    return any(p.dep_ in ("prep", "agent") and p.lower_ in _LINE_PREPS and any(
        c.dep_ == "pobj" and ({c.lemma_.lower()} | {m.lemma_.lower() for m in c.children if m.dep_ == "compound"})
        & _LINES for c in p.children) for p in verb.children)


def recode(verb: Token, cameo: CameoCode, sources: Sequence[Mention], targets: Sequence[Mention],
           passive: bool, lexicon: Lexicon) -> CameoCode:
    """The code of a verb frame's act given its arguments (the lexicon's code when no rule applies)."""
    if cameo == _HOSTING and _approved_act(verb, passive, lexicon):
        return CameoCode(_APPROVE)  # "welcomed the decision": approval, no visit
    if load_codes().get(cameo).plover == "ASSAULT" and (measure := _measure_code(verb, passive, lexicon)) is not None:
        return measure  # "the economy was hit by U.S. sanctions": the sanctions' act
    if cameo == _NEGOTIATE and (agreement := _concluded_agreement(verb, passive, lexicon)) is not None:
        return agreement  # "the pact X negotiated with Y": the pact was made
    if cameo == _MEETING and not passive and _over_a_line(verb):
        return CameoCode(_CALL)  # "spoke by phone with X": a call
    if load_codes().get(cameo).plover == "PROTEST" and verb.lemma_.lower() == "protest" and sources \
            and all(_official(m) for m in sources) and any(c.dep_ == "dobj" for c in verb.children):
        return CameoCode(_COMPLAIN)  # "Kenya protested the decision": an official complaint
    if passive and not sources and cameo.startswith(_ACCUSATION) and agent_of(verb) is None \
            and names_a_charge(verb, lexicon, _OF, acts=False):
        return CameoCode(_CHARGE)  # "X was accused of sedition": charged, by the state
    if not sources or not targets or passive:
        return cameo
    if cameo.startswith(_MILITARY_RETREAT) and not _armed(sources) \
            and all(t.actor.kind == "igo" or t.actor.code.startswith("IGO") for t in targets):
        return CameoCode(_BREAK_RELATIONS)  # "Peru quit the Andean Community"
    if load_codes().get(cameo).plover == "ASSAULT" and _reason_clause(verb) \
            and not _armed(sources) and not _armed(targets):
        return CameoCode(_CRITICIZE)  # "assailed the broadcaster for airing the interview"
    return cameo
