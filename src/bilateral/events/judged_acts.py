"""Verdicts on an act whose doer the verdict does not name: "Gunmen stormed a hotel ... The minister described the
attack as deplorable", "“The killing of peaceful protesters is unacceptable,” the U.N. spokesman said".

Calling a thing by a disapproving word, or saying it is one, criticises the thing's owner (CAMEO 111;
``speech.characterisation``, ``speech.reported_verdict``). An act noun that names no owner ("the attack", "the
jailbreak", "the killing of protesters") belongs to whoever did the act, so the verdict is kept as a criticism with
no target yet (``judged_frame``, the act noun kept as ``Frame.judged``), and ``judged_doers`` gives it the doer:
the source of the act noun's own frame in the sentence ("the killing of protesters" given its agent by
``told_nominals.told_nominals``), else the one doer of the document's earlier asserted acts of the noun's type, as
"condemned the attack" is aimed (``recalled.perpetrator``), or for an act done to its possessor ("X's detention is
unjust", events/patient_acts.py) the doer of the story's earlier act of its type on X. With no doer known (no act
of the type told before, two doers, or the judge itself) the verdict keeps no target and nothing is coded, as
before. Not a verdict on a claim ("called the allegations baseless" rejects the claimant, ``speech._refutation``),
on a pronoun ("This is unacceptable": what "this" is, is not said), or on a thing that is no act (a noun the
lexicon has no entry for: "the situation is dangerous"). Cheap: one lexicon lookup per verdict that found no owner,
and a look at the sentence's frames and the document's earlier events for those kept.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Token

from bilateral.codes import load_codes
from bilateral.events.arguments import MentionIndex
from bilateral.events.escapes import escape_noun
from bilateral.events.frames import Frame
from bilateral.events.lexicon import Lexicon
from bilateral.events.patient_acts import patient_act
from bilateral.events.recalled import definite_entry, perpetrator, recalled_at
from bilateral.events.roles import possessor_of
from bilateral.models import Actor, CameoCode, Event, Mention

_CRITICISE = CameoCode("111")
"""CAMEO "criticize or denounce": what a disapproving verdict on an act says of its doer."""


def judged(frame: Frame, thing: Token, lexicon: Lexicon) -> Frame | None:
    """A speaker's verdict on ``thing``, kept with the thing as ``Frame.judged`` when it is a criticism of an act
    noun of the lexicon (its doer is found later); None for any other verdict that found no owner."""
    if frame.cameo == _CRITICISE and thing.pos_ == "NOUN" and (lexicon.lookup("noun", thing.lemma_.lower())
                                                                or escape_noun(thing, lexicon.rules)):
        frame.judged = thing
        return frame
    return frame if frame.targets else None


def _own_doers(frame: Frame, act: Token, frames: Sequence[Frame]) -> list[Mention]:
    """The sources of the act noun's own frame in the sentence, none of them the judge."""
    judges = {m.actor.code for m in frame.sources}
    return [m for f in frames if f.trigger == act for m in f.sources if m.actor.code not in judges]


def _patients_doer(frame: Frame, act: Token, index: MentionIndex, earlier: Sequence[Event],
                   lexicon: Lexicon) -> Actor | None:
    """The doer of a patient act noun's earlier act on its possessor ("police held X ... X's detention is unjust":
    the police, ``implied.earlier_doer``), when it is none of the judges."""
    from bilateral.events.implied import earlier_doer  # here: implied needs modality, which needs speech, this
    owner = possessor_of(act) if patient_act(act, lexicon.rules) else None
    entries = lexicon.lookup("noun", act.lemma_.lower()) if owner is not None else ()
    plover = load_codes().get(entries[0].cameo).plover if entries else None
    judges = {m.actor.code for m in frame.sources}
    for patient in index.actors(owner) if owner is not None and plover else []:
        done = earlier_doer(plover or "", patient.actor, earlier)
        if done is not None and done.source.code not in judges:
            return done.source
    return None


def judged_doers(frames: Sequence[Frame], index: MentionIndex, earlier: Sequence[Event], lexicon: Lexicon) -> None:
    """Give each verdict on an act that is still without a target the act's doer (in place; see the module)."""
    codes = load_codes()
    for frame in frames:
        act = frame.judged
        if act is None:
            continue
        doers = _own_doers(frame, act, frames)
        if doers:  # "the killing of protesters is unacceptable": the killers', not the protesters' (its "of" object)
            frame.targets[:] = doers
            continue
        if frame.targets:
            continue
        entry = definite_entry(act, index, lexicon) if earlier else None
        doer = perpetrator(codes.get(entry.cameo).plover or "", frame.sources, earlier) if entry else None
        doer = doer or (_patients_doer(frame, act, index, earlier, lexicon) if earlier else None)
        if doer is not None:
            frame.targets.append(recalled_at(doer, act))
