"""A denial of aiding a group against a side, aimed at that side: "Lome denies giving refuge to anti-Ghana rebels".

News often tells that a state denies a deed ("routinely denies providing sanctuary to ...") without telling who
accused it: the accusation is plain from the deed itself when the group it would have aided is named by whom it
fights ("anti-Ghana rebels", "anti–Accra militants"). The side a hostile prefix (frames.json ``hostile_prefixes``:
"anti-") names is the one harmed by the deed, so the charge the denial answers is that side's: the denial (CAMEO 120,
as for "denied the accusations") is aimed at its government. The actors layer claims such a name as no actor (a
group's stance, not its country), so the side is looked up among the actors the story named before, by name.

Only a denial of one's own deed (``replies.denied_deed``: "deny" with a gerund and no object) that ``replies`` left
without a target (no earlier accusation aimed at the denier). Not "pro-" (the side the group is for accuses no one),
not a side the story never named as an actor, not the denier's own country ("Ghana denies arming anti-Ghana
rebels" answers no one), nor a refusal ("rejected talks with anti-Ghana rebels": no deed denied). Cheap: the
prefix is looked for only in the deed's words.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Token

from bilateral.codes import load_codes
from bilateral.events.frames import Frame, weak_factor
from bilateral.events.lexicon import FrameRules
from bilateral.events.recalled import recalled_at
from bilateral.events.replies import REPLY, denied_deed
from bilateral.models import Actor, Event

_DASHES = frozenset({"-", "–", "—"})
_GOVERNMENT = "GOV"


def _opposed_name(deed: Token, rules: FrameRules) -> Token | None:
    """The name a hostile prefix puts in the deed's words ("anti-Ghana rebels": "Ghana"), or None."""
    words = list(deed.subtree)
    for k, word in enumerate(words[:-2]):
        if word.lower_ in rules.hostile_prefixes and words[k + 1].text in _DASHES \
                and words[k + 2].text[:1].isupper():
            return words[k + 2]
    return None


def _named_state(name: Token, earlier: Sequence[Event]) -> Actor | None:
    """The government of the country the story named before as an actor called ``name`` (its canonical name or
    its text: "Ghana", "Accra"), latest first; None when the story never named it."""
    for event in reversed(earlier):
        for actor in (event.source, event.target):
            if actor is not None and actor.country is not None and actor.kind == "state" \
                    and name.text in (actor.name, actor.text):
                return Actor(text=name.text, name=actor.name, code=actor.country + _GOVERNMENT,
                             country=actor.country, sector=_GOVERNMENT, kind="state")
    return None


def opposed_sides(frames: Sequence[Frame], earlier: Sequence[Event], rules: FrameRules) -> None:
    """Give each targetless denial of aiding a group named by whom it fights that side's government as target (in
    place; see the module)."""
    codes = load_codes()
    for frame in frames:
        if frame.targets or not frame.sources or codes.get(frame.cameo).plover != "REJECT":
            continue
        deed = denied_deed(frame.trigger, rules)
        name = _opposed_name(deed, rules) if deed is not None else None
        side = _named_state(name, earlier) if name is not None else None
        if name is None or side is None or any(s.actor.country == side.country for s in frame.sources):
            continue
        frame.targets.append(recalled_at(side, name, REPLY, "reply"))
        frame.confidence /= weak_factor(frame.entry)
