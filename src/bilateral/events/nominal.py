"""Nominal event frames: an event noun with the arguments of its own phrase.

"Blinken's visit to Kigali", "US sanctions on Iran", "a visit by X", "talks between A and B": the source is the
noun's possessor, modifier or ``by`` phrase (or the "of" phrase of "the withdrawal of US troops from Syria"),
the target the object of one of its target prepositions or, inside what the noun acts on, of its "of" object
("X's pledge of aid to Y"); failing a source of its own, the subject of the verb that governs it ("X announced
sanctions on Y", "after talks with Y, X said"). A nominal event that is the subject or object of a verb coding
no event of its own is said in that verb's clause and takes its modality ("talks ... did not resume",
"analysts expect X's attack on Y"): events/nominal_clause.py. An act received ("X received aid from Y") is the
giver's act on the receiver (events/received.py).
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from bilateral.codes import load_codes
from bilateral.dating.expressions import load_time_lexicon
from bilateral.events.answered_acts import answerers, defied
from bilateral.events.arms_trade import system_words
from bilateral.events.apposed_names import apposed_names
from bilateral.events.arguments import MentionIndex, aimed_at, listed_agents
from bilateral.events.frames import (
    CONTROLLED,
    DIRECT,
    Frame,
    noun_targets,
    weak_factor,
)
from bilateral.events.effort_parts import effort_doers
from bilateral.events.forces_acts import acting_forces
from bilateral.events.governed import governing_subject, imputed_doer, object_governor, performed
from bilateral.events.judged_deeds import judged, judged_doers
from bilateral.events.led_acts import leader, participle_doers, participle_targets
from bilateral.events.lexicon import FrameRules, Lexicon, TriggerEntry
from bilateral.events.matching import UNDOING_NOUNS, prep_words, qualifiers
from bilateral.events.material import peacekeepers
from bilateral.events.owned_nouns import nested_owner, owned_entry
from bilateral.events.measures import (
    defiers,
    eased_targets,
    goods_origin,
    importers,
    pending_in,
    proposed_targets,
    threat_code,
    with_makers,
)
from bilateral.events.modifier_lists import modifier_partners
from bilateral.events.pleas import asked
from bilateral.events.received import GIVERS, received_frame, recipients_of
from bilateral.events.recalled import claimants_of
from bilateral.events.patient_acts import doer_possessor, patients_owning
from bilateral.events.shared_possessors import shared_doers
from bilateral.events.roles import prep_objects
from bilateral.events.undergoers import struck_in, undergoer
from bilateral.models import CameoCode, Mention

NOMINAL_OWN = 0.7
"""A nominal event whose source is its own possessor, modifier or ``by`` phrase."""
NOMINAL_GOVERNED = 0.6
"""A nominal event whose source is the subject of the verb governing it ("announced sanctions on")."""
_RECENT = frozenset({"recent", "latest", "new", "fresh"})
"""Modifiers that date an event noun as a happening ("recent agreements between X and Y"), as a year does."""
_GATHERING_VERBS = frozenset({"bring", "gather", "assemble", "convene", "unite"})
"""Verbs whose subject, a meeting, brings its object's people together ("bring" only with "together")."""
_BETWEEN = frozenset({"between", "among"})
"""Prepositions that name all the parties of a joint act ("fighting between X and Y")."""
_TIME_UNITS = frozenset({"day", "week", "weekend", "month", "year", "yesterday", "today"})


def _told_between(noun: Token) -> list[Token]:
    """The parties of a joint act named in the "between" phrase of the verb that tells it happened, where the
    parser hangs it: a participle of the noun ("an exchange of fire reported between X and Y") or the verb whose
    subject the noun is ("clashes erupted between X and Y", "fighting was reported between X and Y"). Only a verb
    with no object of its own: in "the war cost lives between X and Y" the phrase is no party of the war."""
    if noun.dep_ in ("nsubj", "nsubjpass"):
        verb = noun.head
    else:
        verb = next((c for c in noun.children if c.dep_ == "acl" and c.tag_ == "VBN"), noun)
    if verb == noun or verb.pos_ not in ("VERB", "AUX") or any(c.dep_ in ("dobj", "dative") for c in verb.children):
        return []
    return prep_objects(verb, _BETWEEN)


_MODIFIERS = ("compound", "amod", "nmod")
_OBJECT_PREPS = frozenset({"of", "as"})
"""The phrases of an event noun that say what it acts on or names ("deliveries of weapons", "the designation of X
as a terrorist group"), as a light verb's object and "as" complement do."""
_UNDONE_PREPS = frozenset({"of", "in", "from"})
"""The phrases of a noun undoing an act that name the act ("a pause in the tariffs on Y", "the lifting of sanctions",
"relief from sanctions"): what was held off is what it is "in" or relief "from"; "a halt in Syria" names no act, and
no entry takes a place as qualifier."""


def _qualifier_words(noun: Token) -> set[str]:
    """The words that may satisfy an entry's qualifiers: the noun's modifiers ("air strikes") and the head and
    modifiers of its "of" and "as" objects ("the transfer of arms to Y", "designation of X as a terror group"),
    and the conjuncts of those objects ("transfers of equipment and munitions")."""
    quals = {c.lemma_.lower() for c in noun.children if c.dep_ in _MODIFIERS}
    undoing = noun.lemma_.lower() in UNDOING_NOUNS
    for pobj in prep_objects(noun, _OBJECT_PREPS | _UNDONE_PREPS if undoing else _OBJECT_PREPS):
        quals.add(pobj.lemma_.lower())
        quals.add(pobj.lower_)
        quals.update(c.lemma_.lower() for c in pobj.children if c.dep_ in _MODIFIERS)
        quals.update(c.lemma_.lower() for c in pobj.conjuncts)  # "transfers of equipment and munitions"
    return quals


def noun_entry(noun: Token, entries: tuple[TriggerEntry, ...]) -> TriggerEntry | None:
    """The lexicon entry an event noun matches: one that needs a qualifier ("air" in "air strikes") only when the
    noun or what it acts on has it, the most specific first, then one whose target preposition is present."""
    quals = _qualifier_words(noun)
    usable = [e for e in entries if not e.objects or e.objects & quals]
    if not usable and any(e.objects for e in entries) and (named := system_words(noun)):
        usable = [e for e in entries if e.objects & named]  # "Ankara's test of S-400 components": a weapon
    if not usable:
        return None
    present = prep_words(noun)
    return max(usable, key=lambda e: (bool(e.objects), bool(e.preps & present)))


def noun_entries(noun: Token, lexicon: Lexicon) -> tuple[TriggerEntry, ...]:
    """The lexicon entries of an event noun; a capitalised plural the parser takes for a name and leaves
    unlemmatised ("Negotiations between X and Y" opening a headline) is looked up by its singular, and a noun of
    growth ("a tariff increase") by its event-noun modifier."""
    entries = lexicon.lookup("noun", noun.lemma_.lower())
    if not entries and noun.tag_ == "NNPS" and noun.lower_.endswith("s"):
        entries = lexicon.lookup("noun", noun.lower_[:-1])
    if not entries and noun.lemma_.lower() in lexicon.rules.growth_nouns:
        # "a tariff increase on X", "U.S. tariff hikes on X": more of the act is the act, with the arguments the
        # growth noun takes; its event-noun modifier says which act
        entries = next((found for c in noun.children if c.dep_ == "compound" and c.i < noun.i
                        and (found := lexicon.lookup("noun", c.lemma_.lower()))), ())
    return entries


def _intended(noun: Token, lexicon: Lexicon) -> bool:
    """An event noun that is only the content of a threat, offer or plan ("the threat of X sanctions against
    Y", "an offer of talks with Y"): that noun codes the intent, and the act itself has not happened."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ != "of" or prep.head.pos_ != "NOUN":
        return False
    outer = prep.head.lemma_.lower()
    return outer in lexicon.rules.proposal_nouns or any(
        load_codes().get(e.cameo).plover == "THREATEN" for e in lexicon.lookup("noun", outer))


def _threatened(noun: Token, index: MentionIndex, lexicon: Lexicon) -> tuple[list[Mention], Token, CameoCode] | None:
    """A threat whose "of" object is an act with its own actor ("threats of Washington sanctions", "the threat of
    a Chilean embargo"): that actor threatens, with the code of threatening that act (1312 for sanctions)."""
    threat = lexicon.lookup("noun", noun.lemma_.lower())
    of = _of_object(noun)
    if of is None or not any(load_codes().get(e.cameo).plover == "THREATEN" for e in threat):
        return None
    entries = noun_entries(of, lexicon)
    inner = noun_entry(of, entries) if entries else None
    if inner is None:
        return None
    sources, named_by = own_sources(of, inner, index)
    code = load_codes().get(inner.cameo)
    if not sources or named_by is None or code.plover_quad != 4:
        return None
    return sources, named_by, lexicon.rules.intent_code("threaten", inner.cameo, code.plover or "")


def _of_object(noun: Token) -> Token | None:
    """The object of the noun's "of" phrase ("withdrawal of US troops", "pledge of aid"), or of the "in" phrase of a
    noun undoing an act ("a pause in the tariffs on Y": the tariffs, whose target phrase is the pause's)."""
    preps = _UNDONE_PREPS if noun.lemma_.lower() in UNDOING_NOUNS else frozenset({"of"})
    return next(iter(prep_objects(noun, preps)), None)


def own_sources(noun: Token, entry: TriggerEntry, index: MentionIndex, rules: FrameRules | None = None
                ) -> tuple[list[Mention], Token | None]:
    """Who acts, named in the noun's own phrase, and the token that named them: its possessor ("Rwanda's
    attack"), a modifier ("US sanctions"), a ``by`` phrase ("a visit by X"; "from" when it does not mark the
    target; or hung on the actor the noun's "of" acts on: "the sanctioning of X by Y"), or, for a noun whose "of"
    does not mark the target, an "of" phrase that says who acts where the noun also names where or on whom ("the
    withdrawal of US troops from Syria", "the visit of the Chinese president to Kenya"; "the release of Rwandan
    prisoners" says nothing of who releases them, and "the withdrawal of US troops from the country", whose
    target is unknown, is left alone: see ``noun_frame``); with ``rules``, not the possessor of an act done to it
    ("X's detention": ``patient_acts.doer_possessor``), and the agent of a participle of leading ("a coup led by
    X": ``led_acts.participle_doers``)."""
    if (poss := doer_possessor(noun, rules)) is not None and (found := index.actors(poss)):
        return found, poss
    for child in noun.children:
        mention = index.at(child)
        if child.dep_ in ("compound", "amod", "nmod") and mention is not None:
            return [mention, *modifier_partners(child, mention, index)], child
        if (led := leader(child, index)) is not None:
            return [led], child
    if (nested := nested_owner(noun, entry, index)) is not None:
        return [nested[0]], nested[1]  # "the U.S. steel tariffs": the parser hangs the state on the goods
    listed = [p for p in listed_agents(noun) if p.head.lower_ not in entry.preps]  # "calls, including by X"
    for pobj in prep_objects(noun, frozenset({"by", "from"}) - entry.preps) + listed:
        if found := index.actors(pobj):
            return found, pobj
    if rules is not None and (led_by := participle_doers(noun, index, rules)) is not None:
        return led_by  # "a coup led by X", "the raid carried out by X"
    of = _of_object(noun)
    if of is not None and "of" in entry.preps and index.actors(of):
        # "the expulsion of X's diplomats by Y": the parser hangs the noun's "by" on the actor it acts on
        for pobj in prep_objects(of, frozenset({"by"})):
            if found := index.actors(pobj):
                return found, pobj
    if of is not None and "of" not in entry.preps and entry.preps & (prep_words(noun) | prep_words(of)) \
            and (found := index.actors(of)):
        return found, of
    return [], None


def origin(pobj: Token, index: MentionIndex) -> list[Mention]:
    """Whose goods or people a target phrase names by where they come from ("tariffs on imports from China",
    "sanctions on officials from Iran"): the act is aimed at that country."""
    return [m for src in prep_objects(pobj, GIVERS) for m in index.actors(src)]


def _origin_of(pobj: Token, cameo: CameoCode, index: MentionIndex) -> list[Mention]:
    """Whose goods a measure's target phrase names: by a "from" phrase or, for sanctions and customs charges, a
    participle of where they come from ("tariffs on wine produced in Chile")."""
    return origin(pobj, index) or goods_origin(pobj, cameo, index)


def _object_targets(noun: Token, entry: TriggerEntry, named_by: Token | None, index: MentionIndex,
                    lexicon: Lexicon) -> list[Mention]:
    """Whom the act is aimed at when it is named inside what the noun acts on, its "of" object: "X's pledge of aid
    to Y", "X's threat of sanctions against Y", "X's rejection of the proposal from Y" (the target prepositions
    of the noun or of the object, or the object's claimant), or the object itself ("X's support of Y")."""
    of = _of_object(noun)
    if of is None or (named_by is not None and of.i == named_by.i):
        return []
    if found := index.actors(of):
        return found
    inner = lexicon.lookup("noun", of.lemma_.lower())
    preps = entry.preps.union(*(e.preps for e in inner))
    return noun_targets(of, replace(entry, preps=preps), index, lexicon)


def noun_frame(noun: Token, index: MentionIndex, lexicon: Lexicon) -> Frame | None:
    """The frame of an event noun ("Blinken's visit to Kigali", "talks between A and B").

    A frame whose source and target both come from the noun's own phrase is as direct as a verb's subject and
    object; a target found inside the noun's object ("pledge of aid to Y") is one step further.
    """
    entries = noun_entries(noun, lexicon)
    if not entries or _intended(noun, lexicon):
        return None
    entry = noun_entry(noun, entries) or owned_entry(noun, entries, index)  # "EU duties": customs charges
    if entry is not None and index.at(noun) is not None and not acting_forces(noun, entry, index):
        return None  # part of an actor's name ("the Security Council"); "Chad's air raids on Y" is an act
    if entry is None or ("standing" in entry.flags and not (dated(noun) or _carried_on(noun, lexicon))):
        return None  # "X's trade war with Y has rattled markets": a condition; "X waged a trade war on Y": an act
    recip = "recip" in entry.flags
    targets: list[Mention] = []
    between = prep_objects(noun, _BETWEEN)
    told = not between and recip and bool(between := _told_between(noun))  # a verb tells it happened
    weak = 1.0 if told or dated(noun) or _carried_on(noun, lexicon) or defied(noun, lexicon.rules) \
        else weak_factor(entry)  # "defied calls by X": an appeal, no telephone call
    gathered = _gathered(noun, index)
    if gathered and (recip or load_codes().get(entry.cameo).plover == "CONSULT"):
        # "the X talks brought together ministers from A, B and C": each took part in X's talks
        host, _ = own_sources(noun, entry, index)
        return Frame(noun, [noun], entry, entry.cameo, [m for m in gathered if m not in host], host,
                     NOMINAL_OWN * weak, not host, False, noun)
    if recip and between:
        sources = [m for pobj in between for m in index.actors(pobj)]
        if len(sources) < 2:
            # "agreements between X and an armed group, the Y": the parser hangs the apposition on the noun
            sources += [m for c in noun.children if c.dep_ == "appos" for m in index.actors(c) if m not in sources]
        sources = apposed_names(noun, sources, index)  # "... and an armed group, the Y": Y's name, surer
        return Frame(noun, [noun], entry, entry.cameo, sources, [], NOMINAL_OWN * weak, True, False, noun)
    sources, named_by = own_sources(noun, entry, index, lexicon.rules)
    if not sources:  # "Y's killing of A and arrests of B": the arrests are Y's too
        sources, named_by = shared_doers(noun, index, lexicon)
    if not sources:  # "condemned the arrests of X by Y": the parser hangs the deed's "by" on the judging verb
        sources, named_by = judged_doers(noun, index, lexicon.rules)
    if named_by is not None and judged(noun, lexicon.rules):
        weak = 1.0  # a deed judged with its doer named is told, not guessed
    cameo = lexicon.rules.aid_code(entry.cameo, qualifiers(noun))  # "French military aid to Niger": 072
    if not sources and (threatened := _threatened(noun, index, lexicon)) is not None:
        sources, named_by, cameo = threatened
    recipients = recipients_of(noun, entry, index, lexicon)
    if recipients is not None:
        return received_frame(noun, entry, sources, recipients, index, weak, lexicon)
    confidence = NOMINAL_OWN
    anchor = noun
    eased: list[Mention] = []
    if not sources and (governor := governing_subject(noun, entry, lexicon)) is not None:
        sources, anchor = index.actors(governor[0]), governor[1]
        confidence = NOMINAL_GOVERNED
    elif not sources:
        sources, named_by = importers(noun, entry, index, lexicon)
        if not sources and (sources := pending_in(noun, entry, index, lexicon)):
            cameo = threat_code(cameo, lexicon)  # "sanctions against Y are pending in Congress": proposed
        sources = sources or claimants_of(noun, entry, index, lexicon)  # "claimed responsibility for the attack on Y"
        sources = sources or effort_doers(noun, index, lexicon.rules)  # "X's detention: one part of Y's push"
        eased = [] if sources else eased_targets(noun, entry, _of_object(noun), index)
        if not sources and not eased:  # "a pause in the tariffs on Y": whoever laid them (measure_sources)
            return None
    for pobj in prep_objects(noun, entry.preps):
        targets.extend(with_makers(index.actors(pobj), pobj, cameo, index) or _origin_of(pobj, cameo, index))
    targets = targets or participle_targets(noun, entry.preps, index, lexicon.rules) or eased
    if not targets:
        targets = asked(noun, index) or defiers(noun, entry, sources, index, lexicon) \
            or proposed_targets(noun, cameo, index)
    if not targets and anchor.i != noun.i and noun.dep_ in ("dobj", "nsubjpass"):
        # "X made overtures to Y", "X keeps tariffs in place on Y": the parser hangs the noun's target phrase on
        # the verb that governs it, which codes no event of its own
        targets = [m for pobj in prep_objects(anchor, entry.preps) for m in index.actors(pobj)]
    if named_by is not None and named_by.dep_ == "pobj" and named_by.head.lower_ == "of":
        # "the withdrawal of Egypt's troops from Sudan", however the parser attaches "from Sudan"; an "of"
        # phrase names who acts only beside a named target
        targets = targets or [m for pobj in prep_objects(named_by, entry.preps) for m in index.actors(pobj)]
        if not targets:
            return None
    if named_by is not None:
        # both slots from the noun's own phrase: as direct as a verb's subject and object; not for a joint
        # activity or relation ("Brazil's defence partnership with Chile"), which so often describes a standing tie
        full = confidence if recip else DIRECT
    elif anchor.i == noun.i:
        full = DIRECT * CONTROLLED  # "after talks with Y, X said": X took part, as in "after meeting Y, X said"
    elif performed(anchor, lexicon):  # "X launched attacks on Y", as sure as "X attacked Y"
        full = DIRECT * CONTROLLED
    else:
        full = confidence  # "X announced sanctions on Y"
    if targets:
        confidence = full
    elif named_by is not None and (targets := [m for m in _object_targets(noun, entry, named_by, index, lexicon)
                                               if m not in sources]):
        confidence = full * CONTROLLED
    elif named_by is None and anchor.i != noun.i and (of := _of_object(noun)) is not None and not index.actors(of) \
            and (targets := [m for p in prep_objects(of, entry.preps) for m in index.actors(p) if m not in sources]):
        confidence = full  # "X announced the lifting of sanctions on Y": the target phrase hangs on its object
    if not targets and (targets := aimed_at(noun, index)):
        confidence = full
    if not targets and (targets := [m for m in patients_owning(noun, index, lexicon.rules) if m not in sources]):
        confidence = full  # "X plotted the envoy's murder": the envoy is its target, as in "the murder of the envoy"
    if not targets:  # "X came under attack", "X was ousted in a coup led by Y"
        targets = undergoer(noun, index, lexicon) or (struck_in(noun, index, lexicon) if named_by is not None else [])
    if not targets and (targets := answerers(noun, entry, sources, index, lexicon)):
        confidence = full * CONTROLLED  # "Y did not respond to X's offer": it was put to Y
    if not targets and "notarget" in entry.flags and anchor.i != noun.i \
            and load_codes().get(cameo).plover == "MOBILIZE":  # "X conducted a missile test": as "X tested a missile"
        confidence = max(confidence, full)
    if recip and len(sources) == 1 and targets:
        # a joint act ("talks with Y", "a standoff with Y") is each party's: both take part, each on the other
        sources, targets = sources + [m for m in targets if m not in sources], []
    if load_codes().get(cameo).plover == "MOBILIZE" and any(  # the mission phrase may hang on the governing verb
            peacekeepers(t, lexicon.rules.peacekeeping_words) for t in {noun, anchor}):
        cameo = CameoCode("074")  # "the deployment of troops to X on a peacekeeping mission" provides peacekeeping
    return Frame(noun, [noun], entry, cameo, sources, targets, confidence * weak, recip,
                 "notarget" in entry.flags, anchor, domestic="domestic" in entry.flags)


def dated(noun: Token) -> bool:
    """Whether an event noun's own phrase dates it ("a 2013 agreement", "last week's talks", "Friday's
    meeting", "recent agreements"): a dated act is a happening, not a standing tie ("the agreement between X and
    Y", "a trade agreement")."""
    for child in noun.children:
        if child.dep_ == "amod" and child.lower_ in _RECENT:
            return True
        if child.dep_ in ("nummod", "compound", "npadvmod", "poss") and (
                child.shape_ == "dddd" or time_word(child.lower_)):
            return True
    return False


def _gathered(noun: Token, index: MentionIndex) -> list[Mention]:
    """Who a meeting brings together: the object of the verb it is the subject of ("the summit brought together
    leaders from A and B", "the talks gathered ministers of A and B")."""
    verb = noun.head
    if noun.dep_ != "nsubj" or verb.lemma_.lower() not in _GATHERING_VERBS:
        return []
    if verb.lemma_.lower() == "bring" and not any(c.lower_ == "together" for c in verb.children):
        return []
    dobj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    return index.actors(dobj) if dobj is not None else []


def _carried_on(noun: Token, lexicon: Lexicon) -> bool:
    """An event noun that a verb holds, resumes or expands ("expanding cooperation between X and Y", "resumed
    talks between X and Y", reiterated "its call to Y to ..."), that a participle of leading tells was carried out
    ("a coup led by X"), or that someone is charged with or punished for ("jailed for the killing of Y",
    ``imputed_doer``): something done, not a standing tie."""
    if any(c.dep_ == "acl" and c.lemma_.lower() in lexicon.rules.leading_participles for c in noun.children):
        return True
    if noun.dep_ == "pobj" and noun.head.dep_ == "prep":
        return imputed_doer(noun.head, lexicon) is not None
    return (verb := object_governor(noun)) is not None and verb.lemma_.lower() in lexicon.rules.governing_verbs


def time_word(word: str) -> bool:
    """A word naming a day, week, month or year ("week" in "last week's talks", "Friday", "March")."""
    lex = load_time_lexicon()
    return word in _TIME_UNITS or word in lex.months or word in lex.weekdays
