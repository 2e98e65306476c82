"""A speaker's report of a wrongful act done to it, or charged as a crime, is the speaker's accusation of the doer.

"X said Y attacked Z" codes Y's act on Z as alleged (``modality``); the gold guidelines add X→Y 112 only "when X is
blaming Y" (docs/gold-guidelines.md, Speech), and the VOA gold shows when that is: not when an official, a
witness or an envoy tells of an attack on a third party ("military sources said rebels attacked ten villages",
"the UN coordinator said security forces arrested 2,400 people": no accusation), but

- when the speaker prosecutes: prosecutors, a court or an indictment ("prosecutors say X hired a man to kill Y",
  "the indictment says X ordered the killing"), the judiciary's word that someone did a violent or coercive act
  is its charge of a crime (CAMEO 1121);
- when the act was done to the speaker's own side: the speaker itself or a body of its state ("Kenya's army
  said Ugandan troops attacked its posts", "the Kenyan government said Ugandan rebels shelled Kenyan soldiers"),
  a victim telling of the act blames the doer (CAMEO 112).

Only acts of force and coercion count (CAMEO roots 17-20), said as having happened on the speaker's word (the
act's modality is ``alleged``; not what a speaker denies, forecasts or asks for), by a speaker outside the doer's
side (a state telling of its own forces' act accuses no one), of a doer the words name: one the coder infers from
the place or the story ("X told the court he had been held in Y") is no one the speaker blames; so too the victim
is the speaker's side only where the words name it ("officials say rebels renewed hostilities in the country",
whose forces the coder infers as the target, tells of a fight, not of a wrong done to the officials' side). The
accusation is said with the speech verb, so it takes that verb's own modality.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Token

from bilateral.events.arguments import MentionIndex
from bilateral.events.frames import DIRECT, Frame
from bilateral.events.lexicon import Lexicon, TriggerEntry
from bilateral.events.modality import event_modality
from bilateral.events.roles import subject_of
from bilateral.events.speech import STATE_SECTORS, according_to, speaker_of
from bilateral.models import CameoCode, Mention

WRONGFUL_ROOTS = frozenset({"17", "18", "19", "20"})
"""CAMEO roots of acts of coercion and force: what a victim blames and a prosecutor charges."""
_ACCUSE = CameoCode("112")
"""CAMEO "accuse, not specified": a victim's report of the act done to it."""
_CHARGE = CameoCode("1121")
"""CAMEO "accuse of crime, corruption": the judiciary's report of a violent or coercive act."""
_JUDICIARY = "JUD"
HEARSAY = frozenset({"believe", "fear", "suspect", "think", "suggest", "indicate", "warn"})
"""Speech verbs that voice a belief or a warning, not a telling of what happened ("fears that X attacked")."""
_CLIMB = frozenset({"ccomp", "parataxis", "xcomp", "conj"})
"""Dependencies from an act's clause up to the speech verb that tells it."""
_MAX_CLIMB = 4
_INFERRED = frozenset({"implied", "told", "accused"})
"""How a doer the words do not name was found (``implied``): from the place, the story or an accusation. The
speaker blames only a doer it names ("X told the court he had been held in Y" blames no one)."""


def telling(frame: Frame, lexicon: Lexicon) -> Token | None:
    """The speech verb whose complement tells the act: "said [that] X attacked Y", "'X attacked Y,' Z said"; the
    act's own clause, or the nominal act's verb, climbing through complements, coordination and control."""
    rules = lexicon.rules
    tok = frame.clause if frame.clause is not None else frame.anchor
    for _ in range(_MAX_CLIMB):
        if tok.dep_ not in _CLIMB or tok.head.i == tok.i:
            return None
        dep, tok = tok.dep_, tok.head
        lemma = tok.lemma_.lower()
        if dep in ("ccomp", "parataxis") and lemma in rules.speech_verbs:
            return None if lemma in HEARSAY or lemma in rules.denial_verbs else tok
    return None


def state_side(a: Mention, b: Mention) -> bool:
    """Whether two mentions stand for one side: one actor, or two bodies of one state (the Kenyan government and
    Kenyan soldiers; an act on one is an act on the state that speaks for it)."""
    x, y = a.actor, b.actor
    if x.code == y.code:
        return True
    return x.country is not None and x.country == y.country and x.sector in STATE_SECTORS \
        and y.sector in STATE_SECTORS


def _accusation(speech: Token, code: CameoCode, accusers: list[Mention], doers: list[Mention]) -> Frame:
    """The accusation frame, said with the speech verb."""
    entry = TriggerEntry("verb", speech.lemma_.lower(), None, frozenset(), frozenset(), code, frozenset(), 0)
    return Frame(speech, [speech], entry, code, accusers, list(doers), DIRECT, False, False, speech)


def blamed_doers(frames: Sequence[Frame], index: MentionIndex, lexicon: Lexicon) -> list[Frame]:
    """The accusations the speakers of the sentence's reported wrongful acts make of their doers (module
    docstring): a prosecutor's charge (1121) or a victim's blame (112). One per speech verb and code; none when
    the act is no act of force or coercion, has no doer, or is not told as having happened. Several acts told
    with one speech verb give one accusation of all their doers."""
    rules = lexicon.rules
    found: dict[tuple[int, str], Frame] = {}
    for frame in frames:
        doers = [m for m in frame.sources if m.resolved_by not in _INFERRED]
        if frame.absorbed or not doers or frame.cameo[:2] not in WRONGFUL_ROOTS:
            continue
        speech = telling(frame, lexicon)
        if speech is None:
            continue
        if event_modality(frame.trigger, frame.sources[0], index, rules, frame.clause) != "alleged":
            continue
        speakers = speaker_of(subject_of(speech, rules.relative_pronouns), index, lexicon) \
            or according_to(speech, index, rules)
        speakers = [s for s in speakers if not any(state_side(s, m) for m in doers)]
        if not speakers:
            continue
        charging = [s for s in speakers if s.actor.sector == _JUDICIARY]
        victims = [s for s in speakers if s not in charging and any(
            state_side(s, t) for t in frame.targets if t.resolved_by not in _INFERRED)]
        for code, accusers in ((_CHARGE, charging), (_ACCUSE, victims)):
            if not accusers:
                continue
            known = found.get((speech.i, code))
            if known is None:
                found[(speech.i, code)] = _accusation(speech, code, accusers, doers)
            else:  # "prosecutors said X shot Y and Z kidnapped W": both doers are charged
                known.targets.extend(m for m in doers if m not in known.targets)
    return list(found.values())
