"""Whom a party shuns when it stays away from a court's proceeding: "the dispute reached the tribunal last spring,
but Peru declined to attend its sessions" rejects the court, "X boycotted the trial at the High Court" protests it.

A refusal (PLOVER REJECT) or a boycott (CAMEO 143) that found no target, whose own words take a proceeding as
their object (frames.json ``proceeding_nouns``: "the hearing", "the trial"), is aimed at the court the sentence
names: a mention of the judiciary (sector JUD) or of an international court (``court_bodies``). The court holds
the proceeding, so staying away from it is an act on the court, as refusing to attend a summit is an act on its
host.

Not when:

- the refused or boycotted thing is no proceeding ("refused to attend the summit", "boycotted the election");
- the act already names whom it is aimed at;
- the sentence names no court, or more than one (which of them holds it is not said), or the court is the one
  refusing ("the court refused to hear the case").

Cheap: only frames already found are read, and only when one of them is a refusal or boycott with no target.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from bilateral.codes import load_codes
from bilateral.events.arguments import MentionIndex
from bilateral.events.frames import Frame
from bilateral.events.frame_rules import FrameRules
from bilateral.events.roles import direct_object_of
from bilateral.models import Mention

SHUNNED_COURT = 0.9
"""Confidence factor of a court taken from the sentence rather than named by the refused words themselves."""
_BOYCOTTS = frozenset({"143"})
"""CAMEO codes of a boycott, beside the rejections (PLOVER REJECT)."""
_JUDICIARY = "JUD"


def shunned_courts(frames: Sequence[Frame], index: MentionIndex, rules: FrameRules) -> None:
    """Give each refusal or boycott of a proceeding without a target the court the sentence names (in place; see
    the module)."""
    codes = load_codes()
    shunning = [f for f in frames if not f.targets and f.sources
                and (f.cameo in _BOYCOTTS or codes.get(f.cameo).plover == "REJECT")]
    if not shunning:
        return
    for frame in shunning:
        if not _takes_proceeding(frame, rules):
            continue
        own = {s.actor.code for s in frame.sources}
        courts = _courts(index, rules)
        if len({m.actor.code for m in courts}) != 1 or courts[0].actor.code in own:
            continue
        frame.targets.append(replace(courts[0], confidence=courts[0].confidence * SHUNNED_COURT))


def _takes_proceeding(frame: Frame, rules: FrameRules) -> bool:
    """Whether one of the frame's words ("refused ... attend", "boycotted") has a proceeding as its direct object."""
    for word in {frame.trigger, *frame.words}:
        obj = direct_object_of(word)
        if obj is not None and obj.lemma_.lower() in rules.proceeding_nouns:
            return True
    return False


def _courts(index: MentionIndex, rules: FrameRules) -> list[Mention]:
    """The mentions of courts in the sentence, in order: the judiciary, or an international court."""
    seen: list[Mention] = []
    for mention in index.by_token.values():
        if mention in seen:
            continue
        actor = mention.actor
        if actor.sector == _JUDICIARY or actor.code in rules.court_bodies:
            seen.append(mention)
    return seen
