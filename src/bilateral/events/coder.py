"""The rule coder: one parsed sentence and its actor mentions in, coded (undated) events out.

Precision first: lines that are not news (bylines, photo credits, sign-up prompts, headline questions)
yield nothing; every event needs a resolved source; a dyadic type needs a target; an actor never acts on
itself (same code both sides). Quad class and Goldstein come from the CAMEO table, never the lexicon.
A CAMEO 01x public statement (a claim of responsibility, condolences) is coded with ``event_type`` None:
PLOVER has no type for it, and the output says so rather than invent one.

An announced material-conflict act ("Algeria will halt gas deliveries to ...", "the truckers would blockade
Lisbon") has not happened: what happened is the warning, so CAMEO codes it as a threat (13x), asserted.
A cooperative act announced for the future ("Austria will back Serbia's bid", "Blinken will visit Kigali")
is coded as CAMEO and PLOVER code it, as the intent that was expressed (03x, AGREE); the modality stays
``future`` so that announced, not yet accomplished cooperation can still be told apart. An act made conditional
on what the target does ("will withdraw its force unless ...", "may suspend talks if ...") is a threat too, and so
is a coercive act its doer says it could do ("X warned that it may impose sanctions on Y": ``modality.own_warning``).
Likewise a cooperative act announced as not going to happen ("Jordan will not admit more migrants") is a
refusal, coded as a rejection (12x), asserted, and a threat when set on a condition ("should that go ahead, Chile
will stop buying Peruvian gas"); a past one ("did not meet") stays negated. Support between two
armed actors ("soldiers backed by X's troops") is material: CAMEO's military cooperation (062), not a statement.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import replace

from spacy.tokens import Doc, Token

from bilateral.codes import load_codes
from bilateral.errors import KnowledgeError
from bilateral.events.arguments import MentionIndex
from bilateral.events.bare_refusals import may_answer_bare, short_answer
from bilateral.events.counterpart import ANNOUNCED
from bilateral.events.embedding import find_frames
from bilateral.events.frame_pairs import frame_pairs
from bilateral.events.frames import Frame
from bilateral.events.story import StoryFacts
from bilateral.events.lexicon import Lexicon
from bilateral.events.pair_ties import may_tell_pair_ties
from bilateral.events.passes import PASSES, Work
from bilateral.events.meetings import other_side
from bilateral.events.conditional_targets import condition_of
from bilateral.events.failed_efforts import failed_effort
from bilateral.events.modality import attempted, event_modality, own_warning, refuses
from bilateral.events.operation_acts import may_tell_operation
from bilateral.events.seized_vehicles import may_seize_vehicle
from bilateral.events.retold_acts import may_retell
from bilateral.events.roles import is_passive, listed_gerund
from bilateral.events.stances import DECLINED, declined_comment
from bilateral.events.told_attacks import may_recall_attack
from bilateral.events.withheld_parts import withheld_part
from bilateral.events.foretold import foretold_by_another
from bilateral.models import Actor, CameoCode, Event, Mention, PloverType
from bilateral.nlp import SentenceSpan

CODER = "bilateral.rules/1"
"""Coder name and version written on every event."""
_MIN_WORDS = 4
_Key = tuple[str, str, str, str, int, str]
"""How a sentence's events are told apart: source, target, type, modality, listed gerund, a coordinated act's code
and object nouns."""
_MAX_MEMBERS = 8
_ONE_ATTACK = frozenset({"ASSAULT", "FIGHT"})
"""Violent types whose coordinated acts are mostly one attack and its outcome: "ambushed a bus and killed 18"."""
_THREATENED = ANNOUNCED
"""Material-conflict types whose announced (future) acts are coded as threats."""
_THREAT = "THREATEN"
_INTENDED = frozenset({"CONSULT", "SUPPORT", "COOPERATE", "AID", "RETREAT", "CONCEDE"})
"""Cooperative types whose announced (future) acts toward a target are coded as the intent to act (03x)."""
_ARMED = frozenset({"MIL", "REB"})
"""Sectors of armed actors: one backing another ("soldiers backed by X's troops") cooperates militarily (062)."""
_SUPPORT, _MILITARY_COOPERATION = "050", "062"
_GENERIC_COOPERATION = frozenset({"050", "060"})
"""Codes of cooperation that names no field: a partner's sector may name it (frames.json ``sector_cooperation``)."""
_ATTEMPTABLE = frozenset({"ASSAULT", "COERCE"})
"""Types whose act tried ("tried to kill X", "attempting to deport them") is the attempt made, not a threat."""
_KILLING, _ATTEMPTED_KILLING = frozenset({"1823", "186"}), "185"
"""CAMEO "kill by physical assault" and "assassinate", and "attempt to assassinate", what trying to kill is."""


def is_news_text(text: str, lexicon: Lexicon) -> bool:
    """False for lines that are page furniture, credits or headline questions rather than reported news."""
    stripped = text.strip()
    if stripped.endswith("?"):
        return False
    if sum(1 for w in stripped.split() if any(ch.isalpha() for ch in w)) < _MIN_WORDS:
        return False
    return not any(p.search(stripped) for p in lexicon.rules.nonnews)


def code_events(sent: Doc, span: SentenceSpan, doc_id: str, mentions: Sequence[Mention],
                lexicon: Lexicon, earlier: Sequence[Event] = (), told: Sequence[Event] | None = None,
                members: Mapping[tuple[int, int], Sequence[Actor]] | None = None,
                speaker: Actor | None = None, story: StoryFacts | None = None) -> list[Event]:
    """Events of one sentence (date and location left empty for the later stages); ``earlier``, the events
    already stored for the document, say who its counterparts are; ``told`` (``earlier`` when not given), all
    the acts coded before, weak ones included, are what a reply ("denied the accusation") answers; ``members``,
    the actors each set description's mention (by its span) stands for (``ActorSets.members``); ``speaker``, who
    says the sentence when it goes on a quotation an earlier sentence attributes (events/running_quotes.py);
    ``story``, what the story around the sentence tells (events/story.py: the claimant of its attack, its country,
    the sides of its war, who escaped). The frames ``find_frames`` reads off the parse go through the rule passes
    declared in events/passes.py, in their order, before they become events."""
    if not mentions and not may_code_without_actors(span.text, earlier, span.index):
        return []
    story = story if story is not None else StoryFacts()
    if not is_news_text(span.text, lexicon) and not short_answer(span.text, earlier, span.index, lexicon.rules):
        return []
    index = MentionIndex(sent, mentions, lexicon.rules.member_nouns, members,
                         lexicon.rules.representing)
    best: dict[_Key, Event] = {}
    heads: dict[_Key, tuple[int, int]] = {}  # each kept event's coordination (its first member) and trigger word
    work = Work(sent, span.index, index, lexicon, earlier, earlier if told is None else told, story,
                find_frames(sent, index, lexicon, speaker))
    for each_pass in PASSES:
        each_pass.run(work)
    frames, dated, listed_nouns = work.frames, work.dated, work.listed
    for frame in frames:
        for source, target, confidence in frame_pairs(frame):
            if target is not None and (target.actor.sector in lexicon.rules.press_sectors or (
                    source.actor.sector in lexicon.rules.press_sectors and is_passive(frame.trigger))) \
                    and load_codes().get(frame.cameo).plover == "CONSULT":
                continue  # "met reporters", "spoke to VOA", "when contacted by VOA": the press asking, not a
                # consultation (a journalist who meets officials may hold one)
            event = _event(frame, source, target, confidence, sent, span, doc_id, index, lexicon)
            if "announced" in frame.entry.flags and event.event_type != _THREAT:
                continue  # "responded firmly": only said ahead is it an act, a threat (lexicon flag)
            if (referent := dated.get(frame.trigger.i)) is not None:
                event = replace(event, date=referent.date, date_precision=referent.date_precision,
                                date_source=referent.date_source)
            other = other_side(event, frame, target, lexicon.rules)  # "X phoned Y": Y spoke with X too
            for each in (event, other) if other is not None else (event,):
                # one sentence says a thing once: "staged a sit-in to protest against X" is one protest
                # but each act of a list of gerunds is its own ("accused X of killing, raping and kidnapping Y")
                trigger = frame.trigger
                # and each act noun listed as one verb's object ("carried out bombings and raids")
                listed = trigger.i if (trigger.dep_ == "conj" and listed_gerund(trigger) is not None) \
                    or trigger.i in listed_nouns else -1
                # but taking people is no part of an attack: "attacked a train, taking many hostages" is two acts
                kind = "181" if each.cameo[:3] == "181" else each.event_type or each.cameo[:3]
                # and each member of a coordination with a code of its own is its own act ("visited Rome and
                # met the premier": 042 and 040), save violent ones, mostly one attack and what it did
                first = None if kind in _ONE_ATTACK else _coordination(trigger)
                # as is each member of one code acting on a thing of its own ("exempted the duties ... and
                # delayed the tariffs"), not members sharing one ("criticized and condemned X")
                key = (each.source.code, each.target.code if each.target else "", kind, each.modality, listed,
                       _coordinated_act(each.cameo, frame) if first is not None else "")
                if key not in best or each.confidence > best[key].confidence:
                    best[key] = each
                    heads[key] = (first.i if first is not None else -1, trigger.i)
    kept = _one_per_act(best, heads)
    return sorted(kept, key=lambda e: (e.trigger_start, e.source.code, e.target.code if e.target else ""))


def _coordination(word: Token) -> Token | None:
    """The first member of the coordination a word belongs to ("visited" in "visited Rome and met the premier",
    for either verb); None for a word in none."""
    first = word
    for _ in range(_MAX_MEMBERS):
        if first.dep_ != "conj" or first.head.i >= first.i:
            break
        first = first.head
    if first == word and not any(child.dep_ == "conj" for child in word.children):
        return None
    return first


def _coordinated_act(cameo: str, frame: Frame) -> str:
    """What tells apart the acts of one coordination: the code, with the nouns the trigger matched as its object
    ("exempted duties", "delayed tariffs": two acts of one code on two things)."""
    return " ".join([cameo, *sorted(w.lemma_.lower() for w in frame.words if w.pos_ == "NOUN" and w != frame.trigger)])


def _one_per_act(best: Mapping[_Key, Event], heads: Mapping[_Key, tuple[int, int]]) -> list[Event]:
    """One event per (source, target, type, modality) of a sentence, or one per act when the acts are distinct:
    members of one coordination, each its own trigger word with its own CAMEO code. Otherwise ("met X for talks",
    two codes of one word, a coordinated word beside one that is not) the surest of them, as for one act."""
    groups: dict[tuple[str, str, str, str, int], list[_Key]] = {}
    for key in best:
        groups.setdefault(key[:5], []).append(key)
    kept: list[Event] = []
    for keys in groups.values():
        members = [heads[key] for key in keys]
        if len(keys) == 1 or (members[0][0] >= 0 and len({first for first, _ in members}) == 1
                              and len({word for _, word in members}) == len(members)):
            kept += [best[key] for key in keys]
        else:
            kept.append(max((best[key] for key in keys), key=lambda e: e.confidence))
    return kept


def may_code_without_actors(text: str, earlier: Sequence[Event], position: int = -1) -> bool:
    """Cheap test: whether a sentence in which no actor is found may still code an event, because it tells the
    story's attack again ("it came under attack", told_attacks.py) or its operation going on ("as the operation
    continues", operation_acts.py), an earlier act on the same thing ("the tanker was seized", retold_acts.py) or,
    at ``position``, the answer to the proposal told just before ("They refused.", bare_refusals.py) or the ties of
    the pair told just before ("Bilateral trade ties are deepening.", pair_ties.py)."""
    return may_recall_attack(text, earlier) or may_retell(text, earlier) or may_tell_operation(text, earlier) \
        or (position > 0 and may_answer_bare(earlier, position)) or may_tell_pair_ties(text, earlier, position) \
        or may_seize_vehicle(text, earlier)


def _event(frame: Frame, source: Mention, target: Mention | None, confidence: float, sent: Doc,
           span: SentenceSpan, doc_id: str, index: MentionIndex, lexicon: Lexicon) -> Event:
    entry = load_codes().get(frame.cameo)
    if not load_codes().codable(frame.cameo):
        raise KnowledgeError(f"CAMEO code {frame.cameo} (lexicon line {frame.entry.line}) has no PLOVER type")
    modality = event_modality(frame.anchor, source, index, lexicon.rules, frame.clause)
    if modality == "asserted" and withheld_part(frame.trigger, frame.clause or frame.anchor, source, target, index,
                                                      lexicon.rules):
        modality = "negated"  # "X refused to attend talks with Y": no talks took place
    cameo = frame.cameo
    if cameo == _SUPPORT and target is not None and source.actor.sector in _ARMED \
            and target.actor.sector in _ARMED:
        cameo = CameoCode(_MILITARY_COOPERATION)  # support between armed forces is material, not a statement
        entry = load_codes().get(cameo)
    if frame.recip and target is not None and cameo in _GENERIC_COOPERATION \
            and (field := lexicon.rules.sector_cooperation.get(target.actor.sector or "")) is not None:
        cameo = CameoCode(field)  # "cooperating with prosecutors": judicial cooperation
        entry = load_codes().get(cameo)
    condition = condition_of(frame.clause or frame.anchor, lexicon.rules) if target is not None else None
    if entry.plover is None:
        # a statement (01x) is words already said: no announced act to recode as a threat or intent; a comment
        # withheld by choice is declining comment
        if declined_comment(frame, modality, lexicon.rules):
            cameo = CameoCode(DECLINED)
            entry, modality = load_codes().get(cameo), "asserted"
    elif (condition == "unless" and modality in ("future", "hypothetical") and entry.plover != "THREATEN") \
            or (condition == "if" and modality == "hypothetical" and entry.plover in _THREATENED
                and not foretold_by_another(frame.clause or frame.anchor, source, index, lexicon.rules)):
        # "will withdraw its force unless the rebels disarm", "may suspend talks if the ceasefire fails": a threat
        cameo = lexicon.rules.intent_code("threaten", cameo, entry.plover or "")
        entry, modality = load_codes().get(cameo), "asserted"
    elif modality == "future" and entry.plover in _ATTEMPTABLE and attempted(frame.anchor, lexicon.rules):
        # "tried to kill X", "tried to deport them": an attack or a coercion attempted, not announced (a killing
        # attempted: an attempted assassination), said as the attempt is ("police said X tried to kill Y": alleged)
        cameo = CameoCode(_ATTEMPTED_KILLING) if cameo in _KILLING else cameo
        entry = load_codes().get(cameo)
        modality = event_modality(frame.anchor.head, source, index, lexicon.rules)
    elif modality == "negated" and entry.plover in _ATTEMPTABLE and failed_effort(frame.anchor, lexicon.rules):
        # "an attempt to oust the president failed": an attack or a coercion attempted, as "tried to" tells it
        cameo = CameoCode(_ATTEMPTED_KILLING) if cameo in _KILLING else cameo
        entry = load_codes().get(cameo)
        modality = event_modality(frame.anchor.head, source, index, lexicon.rules)
    elif (target is not None or frame.open_target) and entry.plover in _THREATENED and (modality == "future" or (
            modality == "hypothetical" and own_warning(frame.clause or frame.anchor, source, index, lexicon.rules))):
        # "X will impose sanctions on Y", "X warned that it could impose sanctions on Y": a threat by X, and so is
        # an announced measure kept without a target ("X's tariffs will take effect Monday")
        cameo = lexicon.rules.intent_code("threaten", cameo, entry.plover)
        entry, modality = load_codes().get(cameo), "asserted"
    elif modality == "future" and entry.plover in _INTENDED and target is not None:
        cameo = lexicon.rules.intent_code("agree", cameo, entry.plover)
        entry = load_codes().get(cameo)
    elif modality == "negated" and entry.plover_quad in (1, 2) and refuses(frame.anchor, lexicon.rules):
        # "if this happens, X will not buy Y's aircraft": a refusal set on a condition is a threat
        how = "threaten" if condition == "if" else "refuse"
        cameo = lexicon.rules.intent_code(how, cameo, entry.plover or "")
        entry, modality = load_codes().get(cameo), "asserted"
    return Event(
        doc_id=doc_id, sentence_index=span.index, sentence=span.text, char_start=span.start,
        char_end=span.end, source=source.actor, target=target.actor if target else None,
        event_type=PloverType(entry.plover) if entry.plover else None, cameo=cameo, quad_class=entry.quad_class or 0,
        goldstein=entry.goldstein, modality=modality, trigger=frame.trigger_text,
        confidence=round(max(0.0, min(1.0, confidence)), 3), coder=CODER, trigger_start=frame.trigger.i,
    )
