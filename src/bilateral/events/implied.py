"""The unnamed agent of a state's act told in the passive: "Y was arrested in X", "Y has been detained in X".

Only a state arrests, detains, jails or sentences people, so when news tells such an act in the passive without
a ``by`` agent, the agent is the state where it happened, when the clause names the place ("were detained in
Ethiopia", "interned in camps in Kivu"). Not the country of those it befell: foreigners and minorities are
the ones so often arrested ("a Dutch reporter who was detained", in another country's capital). The acts and
the sector acting for the state (police, judiciary, government) are data (``state_acts`` in ``frames.json``);
acts that others commit too (killing, holding, releasing hostages) are not in that list; "hold" and "keep" are
there only in their custody sense ("was held in solitary confinement in X", CAMEO 17x), never "held as human
shields" or "held accountable"; so are the police's break-ups of cells and gangs ("a terrorist cell was dismantled
in X", "broken up", "rounded up"), never "the camp was dismantled"; so are the transfers of held people
("send", "fly", "transfer", "move" the detainees, prisoners or inmates), whose agent is the state they are taken
to ("the detainees were flown to Louisiana"), never "aid was sent to X". The agent is an inference, so its
mention's confidence is the patient's times ``IMPLIED``. A group of no country (``---REB``, ``---CRM``) that such an
act places in a country is that country's ("a terrorist cell was dismantled in X" -> X's rebels, as the gold
guidelines code an armed group by the country it is in), as sure as a facility read by its place.

The document can name that agent too (``told_agents``): "Gunmen stormed a hotel in X ... At least five people were
killed", "Security forces fought rebels near Y ... Several rebels were captured". An agentless passive act of force
or coercion (PLOVER ASSAULT or COERCE) whose patient the document has already seen struck by such an act is
the same agent's act: its source is the source of the document's latest earlier asserted act of that type on the
same actor (same code). The agent of an earlier act is in the document only when earlier events were coded, so a
single sentence, or a document whose earlier acts struck no one of the patient's code, gets no agent, save a custody
act of the state (``state_acts``, not one of other senses) with no place named, in a story whose earlier acts all
took place in one country: that country's act ("the plotters are also detained there", ``_home_custody``), unless
the patient is of another country or the clause names someone else outside the patient's own phrase. Not an
agent of a verb its clause hedges ("could be arrested"): the act must be said to have happened. An armed group
(REB) that no earlier act struck, in a story whose earlier acts all took place within its own country, was struck
by that state's forces ("Militants attacked a train in Pakistan ... 16 militants were killed" -> PAKMIL), unless
the clause names someone else ("killed in a U.S. drone strike"). A known person (``Actor.person``, one across the
story though their code changes with the date) whom the story's earlier acts of force or coercion struck, all by
one doer, is struck by that doer in an agentless act of either type ("X, a gang leader, was killed in a gunfight
with police ... X had been arrested in 2011, ... he was rearrested in 2019" -> the police): not when two doers
struck them, nor an arrest or detention after an attack by someone no state sector (rebels do not arrest).

A known person released or freed in the passive with no agent ("X has been released on bail") was released by
the state body that held or charged them, when the story's earlier acts of coercion or accusation on them by a
state body all have that one doer (``custodian``): not by rebels who seized them, nor when two bodies acted.

A state's forces that report such an act on an armed group themselves are its agent (``reporting_forces``): "The
army says ten militants were killed", "Both forces say several rebels were captured" (a set description of forces,
actors/sets.py: each member). The speaker is the subject of the speech verb whose reported clause holds the act,
coded as forces (MIL); the patient an armed group (REB) of no other country. Not soldiers or civilians killed (the
army does not report killing its own or bystanders), not an act with a ``by`` agent, nor one the clause hedges;
it runs before ``told_agents``, as the speaker is nearer than the document's earlier doer.

Within one sentence an accusation can name the agent (``accused_agents``): "X condemned the brutality of the
military, as eight protesters were killed" -> the military killed them. An agentless passive act of force or
coercion in a clause hung on an accusation ("as", "after", "when") is the act of the armed actor accused (its
target: forces, police, an armed group), not of a government blamed for deaths ("after 20 people were killed in
floods" is no act of the government criticised).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import replace

from spacy.tokens import Token

from bilateral.actors.possessed_forces import reporting_subject
from bilateral.codes import load_codes
from bilateral.events.arguments import MentionIndex
from bilateral.events.facilities import PLACED
from bilateral.events.frames import Frame
from bilateral.events.lexicon import FrameRules
from bilateral.events.modality import event_modality
from bilateral.events.roles import agent_of, is_passive, prep_objects, reduced_relative
from bilateral.models import Actor, Event, Mention

IMPLIED = 0.9
"""Factor for a source inferred from the kind of act rather than named."""
_PLACE_PREPS = frozenset({"in", "at", "inside"})
_NO_COUNTRY = "---"
_MODIFIER_DEPS = frozenset({"compound", "amod", "nmod", "poss"})
_PLACED_GROUPS = frozenset({"REB", "CRM"})
"""Sectors of non-state armed and criminal groups, who take the country a state's act on them places them in."""
FORCIBLE = frozenset({"ASSAULT", "COERCE"})
"""PLOVER types of the acts whose agent an earlier act on the same actor names (``told_agents``)."""
_ARMED_GROUPS = frozenset({"REB"})
"""Sectors of the armed groups a state's forces fight: struck by no one named, they were struck by those forces."""
_FORCES = "MIL"
_STATE_FORCES = frozenset({"MIL", "COP"})
"""Sectors of a state's forces, who detain the fighters they fight (``_fought_by_forces``)."""
_CUSTODIANS = frozenset({"COP", "JUD", "GOV", "MIL"})
"""Sectors of a state that arrest, detain and deport: the one doer of an agentless custody act."""
_RELEASE = "0841"
"""A person released from custody, whose agent is the body that held or charged them (``custodian``)."""
_CUSTODY = frozenset({"COERCE", "ACCUSE"})
"""PLOVER types of the acts by which a state body holds or charges a person it later releases."""
_VERDICT = "116"
"""CAMEO "find guilty": a court's verdict, which holds no one and charges no one (``custodian``)."""
_HOLDING = frozenset({"hold", "keep", "send", "fly", "transfer", "move", "dismantle", "break", "round"})
"""State-act verbs with other senses: their agent is the state only in the custody sense ("held in custody",
"the detainees were flown to X", "a terrorist cell was dismantled in X", "rounded up in X"), never "aid was sent to
X", "the camp was dismantled", "talks broke down"."""
_CHARGING = frozenset({"accuse"})
"""State-act verbs that are the state's only as a charge (173, ``recoding``): "was accused of sedition in X",
never "was accused of lying in X"."""
_TRANSFERS = frozenset({"send", "fly", "transfer", "move"})
"""Of those, the transfers of held people, whose place is where they are taken: "were flown to X"."""
_DESTINATION = frozenset({"to"})
_CUSTODY_ROOT = "17"
"""CAMEO root of the custody senses (173 arrest/detain) of those verbs."""
_CAUSE_PREPS = frozenset({"in", "by", "during", "after"})
"""Prepositions by which a passive act names what caused it ("killed in an earthquake", "displaced by floods")."""
SAID = frozenset({"asserted", "alleged"})
"""Modalities of an act told as having happened, on the writer's word or a source's."""


def place_country(verb: Token, index: MentionIndex) -> str | None:
    """The country of a place the act happened in: "detained in Ethiopia", "arrested at the border in Kenya"; for
    a transfer of held people, where they are taken, which holds them ("the detainees were flown to Louisiana")."""
    preps = _PLACE_PREPS | _DESTINATION if verb.lemma_.lower() in _TRANSFERS else _PLACE_PREPS
    for prep in verb.children:
        if prep.dep_ == "prep" and prep.lower_ in preps:
            for tok in prep.subtree:
                mention = index.at(tok)
                if mention is not None and mention.actor.country and mention.actor.kind == "state" \
                        and mention.actor.sector is None:
                    return mention.actor.country
    return None


def implied_agents(frames: Iterable[Frame], index: MentionIndex, rules: FrameRules) -> None:
    """Give each passive state act without a named agent the state as its source (in place)."""
    for frame in frames:
        verb = frame.trigger
        sector = rules.state_acts.get(verb.lemma_.lower())
        if sector is None or frame.sources or not frame.targets or frame.absorbed \
                or not is_passive(verb) or agent_of(verb) is not None:
            continue
        if verb.lemma_.lower() in _HOLDING | _CHARGING and not frame.cameo.startswith(_CUSTODY_ROOT):
            continue  # "held as human shields in X", "held accountable": anyone holds or blames, not the state
        country = place_country(verb, index)
        if country is None:
            continue
        actor = Actor(text=verb.text, name=country, code=country + sector, country=country, sector=sector,
                      kind="state")
        patient = frame.targets[0]
        if patient.actor.code.startswith(_NO_COUNTRY) and patient.actor.sector in _PLACED_GROUPS:
            # "a terrorist cell was dismantled in X": a group the sentence places in X is X's (gold-guidelines),
            # as sure as a facility read by its place
            placed = replace(patient.actor, code=country + patient.actor.sector, country=country)
            frame.targets[0] = patient = replace(patient, actor=placed, confidence=max(patient.confidence, PLACED))
        frame.sources.append(Mention(actor, verb.i, verb.i + 1, verb.idx, verb.idx + len(verb),
                                     IMPLIED * patient.confidence, "implied"))


def reporting_forces(frames: Iterable[Frame], index: MentionIndex, rules: FrameRules) -> None:
    """Give each agentless passive act of force or coercion on an armed group that a state's forces report the
    forces as its source (in place): "The army says ten militants were killed"."""
    codes = load_codes()
    for frame in frames:
        if codes.get(frame.cameo).plover not in FORCIBLE or not agentless_passive(frame):
            continue
        patient = frame.targets[0]
        if patient.actor.sector not in _ARMED_GROUPS:
            continue
        speaker = _reporter(frame.trigger, index, rules)
        if speaker is None or speaker.actor.sector != _FORCES or patient.actor.country not in (
                None, speaker.actor.country):
            continue
        if event_modality(frame.anchor, patient, index, rules, frame.clause) in SAID:
            frame.sources.append(speaker)


def _reporter(verb: Token, index: MentionIndex, rules: FrameRules) -> Mention | None:
    """The mention of the subject of the speech verb whose reported clause ``verb`` heads, or is coordinated
    into ("says ammunition was seized and rebels were captured")."""
    subject = reporting_subject(verb, rules.speech_verbs)
    return index.at(subject) if subject is not None else None


def agentless_passive(frame: Frame) -> bool:
    """Whether a frame is a passive act with a patient and no agent, named or inferred."""
    verb = frame.trigger
    return not frame.sources and bool(frame.targets) and not frame.absorbed and verb.pos_ in ("VERB", "AUX") \
        and is_passive(verb) and agent_of(verb) is None


def told_agents(frames: Iterable[Frame], index: MentionIndex, earlier: Sequence[Event], rules: FrameRules) -> None:
    """Give each agentless passive act of force or coercion the source of the document's latest earlier asserted
    act of its PLOVER type on the same actor, or an armed patient its state's forces (in place): "Gunmen stormed a
    hotel ... Five people were killed"."""
    if not earlier:
        return
    codes = load_codes()
    for frame in frames:
        plover = codes.get(frame.cameo).plover
        release = frame.cameo == _RELEASE
        if (plover not in FORCIBLE and not release) or not agentless_passive(frame):
            continue
        patient = frame.targets[0]
        if event_modality(frame.anchor, patient, index, rules, frame.clause) not in SAID \
                or natural_cause(frame.trigger, rules):
            continue
        verb = frame.trigger
        if release:
            if (held := custodian(patient.actor, earlier)) is not None:
                frame.sources.append(Mention(held.source, verb.i, verb.i + 1, verb.idx, verb.idx + len(verb),
                                             IMPLIED * patient.confidence, "told"))
            continue
        done = earlier_doer(plover, patient.actor, earlier) if plover is not None else None
        if done is None or done.target is None:
            forces = _state_forces(frame, patient, index, earlier) or _home_custody(frame, patient, index, earlier,
                                                                                   rules)
            if forces is not None:
                frame.sources.append(Mention(forces, verb.i, verb.i + 1, verb.idx, verb.idx + len(verb),
                                             IMPLIED * patient.confidence, "implied"))
            continue
        if reduced_relative(verb) and patient.start <= verb.head.i < patient.end:
            continue  # "40 detainees, including migrants jailed at the base, were flown": a participle on the
            # patient says what it is, not an act told again ("restrictions imposed on women" tells the act)
        if done.target.code != patient.actor.code:  # "rebels" with no country of their own: the story's rebels
            frame.targets[0] = replace(patient, actor=done.target)
        frame.sources.append(Mention(done.source, verb.i, verb.i + 1, verb.idx, verb.idx + len(verb),
                                     IMPLIED * patient.confidence, "told"))


def natural_cause(verb: Token, rules: FrameRules) -> bool:
    """Whether the act is told as done by a happening no one does: "were killed in an earthquake", "displaced by
    floods", "died during the storm" (``natural_causes``): no one's act, whatever the story's earlier acts."""
    return any(pobj.lemma_.lower() in rules.natural_causes or any(
        c.dep_ == "compound" and c.lemma_.lower() in rules.natural_causes for c in pobj.children)
        for pobj in prep_objects(verb, _CAUSE_PREPS))


def _same_patient(earlier: Actor, patient: Actor) -> bool:
    """Whether an earlier act's target is the patient: the same code, or for a generic patient with no country
    ("rebels", "---REB") the same sector."""
    return earlier.code == patient.code or (patient.country is None and patient.sector is not None
                                            and earlier.sector == patient.sector)


def earlier_doer(plover: str, patient: Actor, earlier: Sequence[Event]) -> Event | None:
    """The earlier act an agentless act of type ``plover`` on ``patient`` repeats: the latest asserted or alleged
    act of that type on the same patient by someone else, else the one doer of acts of force or coercion on the same
    known person (``_person_doer``)."""
    return next((e for e in reversed(earlier) if e.event_type == plover and e.modality in SAID
                 and e.target is not None and _same_patient(e.target, patient)
                 and e.source.code != e.target.code), None) or _person_doer(plover, patient, earlier) \
        or _fought_by_forces(plover, patient, earlier)


def _fought_by_forces(plover: str, patient: Actor, earlier: Sequence[Event]) -> Event | None:
    """The latest earlier act of force on an armed group by a state's forces or police, for an act of coercion on
    the same group: "Troops fought militants ... Several militants were captured" -> the troops took them. Not
    for a patient who is no armed group, nor from a fight by other fighters."""
    if plover != "COERCE" or patient.sector not in _ARMED_GROUPS:
        return None
    return next((e for e in reversed(earlier) if e.event_type == "ASSAULT" and e.modality in SAID
                 and e.target is not None and _same_patient(e.target, patient)
                 and e.source.sector in _STATE_FORCES), None)


def _person_doer(plover: str, patient: Actor, earlier: Sequence[Event]) -> Event | None:
    """The latest earlier act of force or coercion on the same known person, when all such acts on them have one
    doer: "X, a gang leader, was killed in a gunfight with police ... X had been arrested in 2011" -> the police.
    The person is one across the story (``Actor.person``) though the codes differ by date (a gang leader's
    role begins in some year). An act of custody needs a state doer: rebels who attacked someone did not arrest
    him."""
    if patient.person is None:
        return None
    done = [e for e in earlier if e.event_type in FORCIBLE and e.modality in SAID and e.target is not None
            and e.target.person == patient.person and e.source.code != e.target.code]
    if len({e.source.code for e in done}) != 1 or done[-1].source.person == patient.person \
            or (plover == "COERCE" and done[-1].source.sector not in _CUSTODIANS):
        return None
    return done[-1]


def custodian(patient: Actor, earlier: Sequence[Event]) -> Event | None:
    """The state body that held or charged a known person, when the story's earlier acts of coercion or accusation
    on them by a state body (police, judiciary, government, military of a named country) all have one doer: the
    one who releases them ("A court charged X with incitement ... X has been released on bail" -> the court).
    Others' acts on them do not count (rebels who seized someone, critics who accused them, a condemnation by
    unnamed governments), nor a court's verdict (116: it judges whom another body holds). None for a patient who
    is no known person ("the prisoners were released"), or one whom two state bodies acted on."""
    done = _custody_acts(patient, earlier)
    return done[-1] if len({e.source.code for e in done}) == 1 else None


def custodian_country(patient: Actor, earlier: Sequence[Event]) -> str | None:
    """The one state whose bodies held or charged a known person (the acts ``custodian`` reads): the state that
    tries or sentences them. Two bodies of one state ("police arrested X ... a court charged X") name its court
    though no one body releases them; bodies of two states name none."""
    countries = {e.source.country for e in _custody_acts(patient, earlier)}
    return countries.pop() if len(countries) == 1 else None


def _custody_acts(patient: Actor, earlier: Sequence[Event]) -> list[Event]:
    """The story's earlier said acts of coercion or accusation on the known person ``patient`` by a state body of
    a named country, verdicts left out (``custodian``); none for a patient who is no known person."""
    if patient.person is None:
        return []
    return [e for e in earlier if e.event_type in _CUSTODY and e.cameo != _VERDICT and e.modality in SAID
            and e.target is not None and e.target.person == patient.person and e.source.code != e.target.code
            and e.source.sector in _CUSTODIANS and e.source.country is not None]


def _state_forces(frame: Frame, patient: Mention, index: MentionIndex, earlier: Sequence[Event]) -> Actor | None:
    """The forces of the armed patient's own state ("16 militants were killed" in a story about Pakistan ->
    PAKMIL), when the document's earlier acts all took place within that one country (a story of two countries
    leaves it open whose forces struck) and the clause names no one else ("killed in a U.S. drone strike" names
    whose strike it was)."""
    country = patient.actor.country
    if patient.actor.sector not in _ARMED_GROUPS or country is None or story_country(earlier) != country \
            or _names_another(frame, patient, index):
        return None
    return Actor(text=frame.trigger.text, name=country, code=country + _FORCES, country=country, sector=_FORCES,
                 kind="group")


def story_country(earlier: Sequence[Event]) -> str | None:
    """The one country within which all the document's earlier acts took place (every side with a country is of
    it; bodies of no country, the U.N., do not count), None for a story of two countries or of none."""
    told = {a.country for e in earlier for a in (e.source, e.target) if a is not None and a.country is not None}
    return next(iter(told)) if len(told) == 1 else None


def _names_another(frame: Frame, patient: Mention, index: MentionIndex) -> bool:
    """Whether the act's clause names an actor outside the patient's own phrase ("killed in a U.S. drone strike"
    names whose strike it was; "the plotters who tried to overthrow the president were detained" does not)."""
    phrase = index.head_of(patient)
    while phrase.dep_ in _MODIFIER_DEPS and phrase.head.i != frame.trigger.i:
        phrase = phrase.head  # "opposition" in "the opposition leaders who ...": the phrase is the leaders'
    own = {t.i for t in phrase.subtree}
    return any(index.at(t) is not None for t in frame.trigger.subtree if t.i not in own)


def _home_custody(frame: Frame, patient: Mention, index: MentionIndex, earlier: Sequence[Event],
                  rules: FrameRules) -> Actor | None:
    """The state body (``state_acts``) of the story's one country for a custody act told in the passive with no
    agent and no place: "The plotters are also detained there", in a story whose earlier acts all took place in
    one country, was that country's act (``implied_agents`` needs the place named). Not a verb with other senses
    (``_HOLDING``), nor a patient of another country (foreigners are the ones so often arrested), nor in a story of
    two countries, nor when the clause names someone else."""
    lemma = frame.trigger.lemma_.lower()
    sector = rules.state_acts.get(lemma)
    country = story_country(earlier)
    if sector is None or lemma in _HOLDING or country is None or patient.actor.country not in (None, country) \
            or _names_another(frame, patient, index):
        return None
    return Actor(text=frame.trigger.text, name=country, code=country + sector, country=country, sector=sector,
                 kind="state")


_ACCUSED_ARMED = frozenset({"MIL", "COP", "REB"})
"""Sectors of an accused actor that is the agent of the force its accusation's clause tells of."""
_OCCASIONS = frozenset({"as", "after", "when", "while"})


def accused_agents(frames: Sequence[Frame], index: MentionIndex, rules: FrameRules) -> None:
    """Give each agentless passive act of force or coercion in an "as"/"after" clause of an accusation the armed
    actor the accusation is aimed at as its source (in place)."""
    codes = load_codes()
    by_trigger = {frame.trigger.i: frame for frame in frames}
    for frame in frames:
        verb = frame.trigger
        if codes.get(frame.cameo).plover not in FORCIBLE or not agentless_passive(frame) or verb.dep_ != "advcl" \
                or not any(c.dep_ == "mark" and c.lower_ in _OCCASIONS for c in verb.children):
            continue
        accusation = by_trigger.get(verb.head.i)
        if accusation is None or codes.get(accusation.cameo).plover != "ACCUSE" or len(accusation.targets) != 1:
            continue
        accused = accusation.targets[0]
        patient = frame.targets[0]
        if accused.actor.sector not in _ACCUSED_ARMED or accused.actor.code == patient.actor.code \
                or event_modality(frame.anchor, patient, index, rules, frame.clause) not in SAID:
            continue
        frame.sources.append(Mention(accused.actor, verb.i, verb.i + 1, verb.idx, verb.idx + len(verb),
                                     IMPLIED * min(accused.confidence, patient.confidence), "accused"))
