"""Each of several coordinated acts asked for is a request of its own.

"called on both sides to reduce hostilities and resume talks" asks for two acts that CAMEO codes apart
(de-escalation 0256, talks 026): the coding is one event per (source, act, target), so each act that an appeal or
a demand maps to a request code of its own gives its own request. ``absorb_intents`` (events/embedding.py) codes
the first coded act; this module adds the others. Acts whose request code repeats one already coded stay absorbed
(two acts both read as a plain appeal, 020, are one request), and an act the lexicon does not code ("urged X to
respect the limit and step down") is no event at all.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from spacy.tokens import Token

from bilateral.codes import load_codes
from bilateral.events.frame_rules import FrameRules
from bilateral.events.frames import Frame
from bilateral.models import CameoCode, Mention


def asked_infinitives(token: Token) -> list[Token]:
    """Infinitives the parser hung on an appeal verb as adverbial clauses although the verb asks for them ("called
    on Mali to reduce hostilities", ``on`` taking the one asked): only with an ``on``/``upon`` phrase, so a
    purpose clause ("called a meeting to discuss X") is left alone."""
    if not any(c.dep_ == "prep" and c.lower_ in ("on", "upon") for c in token.children):
        return []
    return [c for c in token.children if c.dep_ == "advcl" and c.tag_ == "VB"
            and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)]


def ask_each(frames: dict[int, Frame], key: int, first: Frame, others: Sequence[Frame], cls: str,
             asked: list[Mention] | None, rules: FrameRules) -> None:
    """Add a request for each frame of ``others`` (acts coordinated with ``first``, the act the request at ``key``
    codes) whose request code is not coded yet (in place). Each request is then triggered by its own act, its
    asking verb still deciding its modality (the anchor), so that the coder keeps them apart as the members of
    one coordination; its targets are ``asked`` (the ones asked, or none when the one asked is an unresolved
    pronoun), else, when ``asked`` is None, the act's own targets."""
    codes = load_codes()
    asking = frames[key]
    seen = {asking.cameo}
    added: list[Frame] = []
    for other in others:
        code = CameoCode(rules.intent_code(cls, other.cameo, codes.get(other.cameo).plover or ""))
        if code in seen:
            continue
        seen.add(code)
        targets = list(asked) if asked is not None else other.targets
        added.append(Frame(other.trigger, list(other.words), other.entry, code, asking.sources, targets,
                           asking.confidence, other.recip, other.notarget, asking.anchor, domestic=other.domestic))
    if added:
        frames[key] = replace(asking, trigger=first.trigger, words=list(first.words))
        frames.update((frame.trigger.i, frame) for frame in added)
