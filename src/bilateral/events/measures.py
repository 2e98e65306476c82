"""Trade and sanction measures as event nouns: who levies a customs charge, who proposes a measure pending in a
legislature, and on whom a hostile act done "despite" it falls.

Helpers of ``nominal.noun_frame`` for what a measure's own phrase leaves out: a customs charge is levied by the
country the taxed goods go to ("tariff hikes on Chinese imports to Canada"), and what a subject acts "despite"
(threats, warnings, sanctions) was aimed at that subject ("Ankara tested the system despite threats of U.S.
sanctions"); a measure that is "in" or "pending in" a legislature is that legislature's proposal, a threat
("sanctions against Turkey are in Congress awaiting ratification"); goods a measure falls on are the country's
they come from ("tariffs on wine produced in Chile"), or by a hyphenated maker's participle ("tariffs on
Chinese-made cars").
"""

from __future__ import annotations

from spacy.tokens import Token

from bilateral.codes import load_codes
from bilateral.events.arguments import MentionIndex
from bilateral.events.lexicon import Lexicon, TriggerEntry
from bilateral.events.roles import agent_of, prep_objects, subject_of
from bilateral.models import Actor, CameoCode, Mention

DEFIANCE_PREPS = frozenset({"despite"})
"""Prepositions of what a subject acts in defiance of ("tested the system despite threats of sanctions")."""
_PENDING = frozenset({"be", "pend", "pending", "remain", "sit", "stall", "languish"})
"""Words by which a measure is still before a legislature ("are in Congress", "pending in the Senate")."""
_BEFORE = frozenset({"in", "before"})
_LEGISLATURE = "LEG"
_PROPOSING = frozenset({"propose", "impose", "seek", "authorize", "authorise", "mandate", "require"})
"""Participles by which a bill says what it would do ("a bill imposing sanctions on Y")."""
_AIMED_PREPS = frozenset({"on", "against"})
EASING = frozenset({"085"})
"""CAMEO codes of easing a sanction or customs charge: acts only the measure's own doer does."""
_HOME_GROUND = ("15", "163", "1312", "085")
"""Codes of acts that a country's own name as target places on its own soil: shows of force and deployments (15x),
sanctions and customs charges (163), threatened (1312) or eased (085)."""
_CHARGE_CODES = frozenset({"163", "085"})
"""Sanctions, tariffs and embargoes, and their easing: acts on whoever owns the goods they fall on."""
_ORIGIN_PARTICIPLES = frozenset({"come", "make", "produce", "manufacture", "grow", "ship", "export", "originate",
                                 "build", "assemble", "distill", "brew", "send", "source"})
"""Participles that say where goods come from ("wine produced in Chile", "cars coming out of Brazil")."""
_ORIGIN_PREPS = frozenset({"from", "in"})
_SALE_PARTICIPLES = frozenset({"sell", "send", "export", "ship", "supply", "deliver"})
"""Participles that say whom goods go to ("gas sold to Polish customers"): with no owner named, a charge on them
falls on their buyers' country (the source's own country as buyer is left out by events/coder.py)."""
_TO = frozenset({"to"})
_AS = frozenset({"as"})
_MAKER_DEPS = frozenset({"npadvmod", "compound", "nmod", "amod"})
"""How the maker hangs on a hyphenated participle of the goods ("Chinese-made": npadvmod or compound)."""


def importers(noun: Token, entry: TriggerEntry, index: MentionIndex,
              lexicon: Lexicon) -> tuple[list[Mention], Token | None]:
    """Who levies a customs charge that names no one who acts: the country the taxed goods go to, named in the
    charge's own "to" phrase or in that of the goods it is on ("tariff hikes on Chinese imports to Canada", "a duty
    on Chilean exports to Peru"); only the importing country levies one. A sanction on exports to a country ("oil
    exports to India") is not that country's, and goods going "to 50%" name no one."""
    if entry.lemma not in lexicon.rules.customs_charges:
        return [], None
    for goods in [noun, *prep_objects(noun, entry.preps)]:
        for pobj in prep_objects(goods, frozenset({"to"})):
            if found := index.actors(pobj):
                return found, pobj
    return [], None


def goods_origin(goods: Token, cameo: CameoCode, index: MentionIndex) -> list[Mention]:
    """Whose goods a sanction or customs charge falls on, named by where a participle says they come from: "tariffs
    on wine produced in Chile", "on all products coming out of Brazil", "on steel shipped from Peru". Only for
    those measures and their easing: "attacks on convoys coming from Chad" say where the convoy was, not whose.
    A hyphenated participle before the goods names their maker ("a duty on Chinese-made cars", "tariffs on
    U.S.-built aircraft", "on Mexican- and Canadian-made cars": the country joined to it by the hyphen). Goods
    whose owner no phrase names fall, failing that, on whom a participle says they go to ("a levy on gas sold to
    Polish customers"): an export charge hits the buyers' country."""
    if cameo not in _CHARGE_CODES:
        return []
    found = makers(goods, cameo, index)
    buyers: list[Mention] = []
    for clause in goods.children:
        if clause.dep_ != "acl" or clause.tag_ not in ("VBN", "VBG"):
            continue
        if clause.lemma_.lower() in _SALE_PARTICIPLES:  # "electricity sold to American customers"
            buyers += [m for pobj in prep_objects(clause, _TO) for m in index.actors(pobj)]
        if clause.lemma_.lower() not in _ORIGIN_PARTICIPLES:
            continue
        found += [m for pobj in prep_objects(clause, _ORIGIN_PREPS) for m in index.actors(pobj)]
        found += [m for out in clause.children if out.dep_ == "prep" and out.lower_ == "out"  # "coming out of X"
                  for pobj in prep_objects(out, frozenset({"of"})) for m in index.actors(pobj)]
    # a country's goods: "from other countries" names no one whose goods they are
    return [m for m in found or buyers if not m.actor.code.startswith("---")]


def makers(goods: Token, cameo: CameoCode, index: MentionIndex) -> list[Mention]:
    """The countries a hyphenated participle before a measure's goods names as their makers ("Chinese-made cars",
    "Chinese-made and Korean-made cars"); none for other acts ("shot down Iranian-made drones")."""
    if cameo not in _CHARGE_CODES:
        return []
    found: list[Mention] = []
    for made in goods.children:
        if made.dep_ != "amod" or made.tag_ != "VBN":
            continue
        for each in (made, *(c for c in made.children if c.dep_ == "conj" and c.tag_ == "VBN")):
            if each.lemma_.lower() in _ORIGIN_PARTICIPLES:
                found += [m for maker in each.children if maker.dep_ in _MAKER_DEPS and maker.i < each.i
                          and _hyphened(maker, each) for m in index.actors(maker)]
    return found


def with_makers(found: list[Mention], goods: Token, cameo: CameoCode, index: MentionIndex) -> list[Mention]:
    """Whose goods a measure's target phrase names, with the makers a hyphenated participle adds to those its
    modifiers name ("duties on Mexican- and Canadian-made cars": Mexico, parsed as a modifier, and Canada)."""
    if not found:
        return found
    more = [m for m in makers(goods, cameo, index) if all(m.actor.code != f.actor.code for f in found)]
    return found + more if more else found


def _hyphened(maker: Token, made: Token) -> bool:
    """Whether the maker is joined to its participle by a hyphen ("Chinese-made"), not a word of its own ("cars
    made in China" is a clause; "Chinese made cars" may say who made them, or be a list)."""
    doc = maker.doc
    return made.i - maker.i == 2 and doc[maker.i + 1].text == "-" or maker.text.endswith("-")


def held_as(verb: Token, cameo: CameoCode, index: MentionIndex, lexicon: Lexicon) -> list[Mention]:
    """Whose things a passive sanction falls on when its subject names no one: the owner the "as" phrase names,
    as its own actor ("three firms were sanctioned by X as fronts for Y's army") or by a participle of owning
    ("two tankers were sanctioned by X as vessels operated by Y"; frames.json ``owning_participles``). Only for
    sanctions and their easing: "was arrested as a member of Y" says what the arrested is, and Y is no one the
    arrest is aimed at; "as part of a crackdown on Y" names no owner."""
    if cameo not in _CHARGE_CODES:
        return []
    found: list[Mention] = []
    for pobj in prep_objects(verb, _AS):
        found += index.actors(pobj) or [m for acl in pobj.children if acl.dep_ == "acl" and acl.tag_ == "VBN"
                                        and acl.lemma_.lower() in lexicon.rules.owning_participles
                                        and (agent := agent_of(acl)) is not None for m in index.actors(agent)]
    return found


def defiers(noun: Token, entry: TriggerEntry, sources: list[Mention], index: MentionIndex,
            lexicon: Lexicon) -> list[Mention]:
    """Whom a hostile act or threat is aimed at when a subject acts in defiance of it: the subject of the verb its
    "despite" phrase hangs on ("Ankara tested the system despite threats of U.S. sanctions": Ankara). Only for
    verbal and material conflict: one acts "despite" aid or talks aimed at others as well."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ not in DEFIANCE_PREPS or prep.head.pos_ not in ("VERB", "AUX") \
            or load_codes().get(entry.cameo).plover_quad not in (3, 4):
        return []
    subj = subject_of(prep.head, lexicon.rules.relative_pronouns)
    found = index.actors(subj) if subj is not None else []
    return [m for m in found if all(m.actor.country != s.actor.country and m.actor.code != s.actor.code
                                    for s in sources)]


def pending_in(noun: Token, entry: TriggerEntry, index: MentionIndex, lexicon: Lexicon) -> list[Mention]:
    """The legislature a hostile measure is still before, as the subject of a clause placing it there ("sanctions
    against Y are in Congress", "the sanctions bill is pending in the Senate"): its proposers. Only where it is
    held ("be", "pending", "stall"); "sanctions against Y are popular in Congress" say how it is seen."""
    head = noun.head
    if noun.dep_ not in ("nsubj", "nsubjpass") or head.lemma_.lower() not in _PENDING \
            or not _hostile_measure(entry):
        return []
    holders = [head, *(c for c in head.children if c.dep_ in ("acomp", "xcomp") and c.lower_ in _PENDING)]
    if any(c.dep_ in ("acomp", "attr") and c.lower_ not in _PENDING for c in head.children):
        return []
    return [m for h in holders for pobj in prep_objects(h, _BEFORE) for m in index.actors(pobj)
            if m.actor.sector == _LEGISLATURE]


def proposed_targets(noun: Token, cameo: CameoCode, index: MentionIndex) -> list[Mention]:
    """Whom a threatened measure is aimed at when a participle of the noun says what it would do: "sanctions bills
    proposing harsh penalties against Peru", "a bill imposing sanctions on Y" (the participle's object's
    "on"/"against" phrase). Threats only: what a bill proposes is not yet done."""
    if load_codes().get(cameo).plover != "THREATEN":
        return []
    return [m for clause in noun.children if clause.dep_ == "acl" and clause.tag_ == "VBG"
            and clause.lemma_.lower() in _PROPOSING
            for obj in clause.children if obj.dep_ == "dobj"
            for pobj in prep_objects(obj, _AIMED_PREPS) for m in index.actors(pobj)]


def _hostile_measure(entry: TriggerEntry) -> bool:
    """A material-conflict act or a threat ("sanctions", "a sanctions bill")."""
    code = load_codes().get(entry.cameo)
    return code.plover_quad == 4 or code.plover == "THREATEN"


def threat_code(cameo: CameoCode, lexicon: Lexicon) -> CameoCode:
    """The code of threatening an act ("threaten" + 163 -> 1312); a threat stays as it is."""
    code = load_codes().get(cameo)
    return cameo if code.plover == "THREATEN" else lexicon.rules.intent_code("threaten", cameo, code.plover or "")


def eased_targets(noun: Token, entry: TriggerEntry, undone: Token | None, index: MentionIndex) -> list[Mention]:
    """Whom the measure a noun eases hits, named in the target phrase of the noun or of the measure it names ("a
    pause in the tariffs on Peru", ``undone``: "tariffs"): such a frame is kept without a source, which the story's
    earlier measures give (events/measure_sources.py). None for other acts."""
    if entry.cameo not in EASING:
        return []
    return [m for word in (noun, undone) if word is not None
            for pobj in prep_objects(word, entry.preps) for m in index.actors(pobj)]


def on_home_ground(cameo: CameoCode, source: Actor, target: Actor) -> bool:
    """A show of force or a deployment (CAMEO 15x) on the source's own soil ("sent troops to its northern border")
    is aimed at no one: the country its words name is where the troops go, not whom they face. So too a sanction or
    customs charge, threatened or eased, and the source's own country ("Trump imposed tariffs on steel exports to
    the U.S."): that is where the taxed goods go, not whom the measure hits."""
    return cameo.startswith(_HOME_GROUND) and target.kind == "state" and target.sector is None \
        and target.code == source.country
