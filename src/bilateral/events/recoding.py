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
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Token

from bilateral.codes import load_codes
from bilateral.models import CameoCode, Mention

_BREAK_RELATIONS = "161"
"""CAMEO "reduce or break diplomatic relations": what leaving an organisation is."""
_MILITARY_RETREAT = "087"
"""CAMEO root of military de-escalation (withdrawal, retreat, surrender)."""
_CRITICIZE = "111"
"""CAMEO "criticize or denounce": what a force verb said with a reason is."""
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
           passive: bool) -> CameoCode:
    """The code of a verb frame's act given its arguments (the lexicon's code when no rule applies)."""
    if cameo == _MEETING and not passive and _over_a_line(verb):
        return CameoCode(_CALL)  # "spoke by phone with X": a call
    if load_codes().get(cameo).plover == "PROTEST" and verb.lemma_.lower() == "protest" and sources \
            and all(_official(m) for m in sources) and any(c.dep_ == "dobj" for c in verb.children):
        return CameoCode(_COMPLAIN)  # "Kenya protested the decision": an official complaint
    if not sources or not targets or passive:
        return cameo
    if cameo.startswith(_MILITARY_RETREAT) and not _armed(sources) \
            and all(t.actor.kind == "igo" or t.actor.code.startswith("IGO") for t in targets):
        return CameoCode(_BREAK_RELATIONS)  # "Peru quit the Andean Community"
    if load_codes().get(cameo).plover == "ASSAULT" and _reason_clause(verb) \
            and not _armed(sources) and not _armed(targets):
        return CameoCode(_CRITICIZE)  # "assailed the broadcaster for airing the interview"
    return cameo
