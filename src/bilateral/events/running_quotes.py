"""Acts said in a quotation going on: a sentence that continues a quotation opened in an earlier one ("“...,” X
said. “The government must free them.”") names no speaker of its own; the pipeline knows it (``actors.closing``:
the speaker named where the quotation closes, or the last one before it) and hands it to the coder. Its main
clause is then said by that speaker as if "X said" stood before it: a clause with "must"/"should" demands or asks
its subject's act (``demands.demand_on_clause``), a copula verdict ("Their plan is reckless") criticises the
thing's owner (``speech.reported_verdict``).

Only the main clause: a clause deeper in the sentence may be someone else's word told by the speaker. Cheap: one
look at the sentence's roots, and only when a speaker was handed in.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Token

from bilateral.events.arguments import MentionIndex
from bilateral.events.demands import demand_on_clause
from bilateral.events.frames import Frame
from bilateral.events.lexicon import Lexicon
from bilateral.models import Actor, Mention

QUOTED = 0.9
"""Confidence of a speaker known from an earlier sentence of the quotation, not named in this one."""


def running_speaker(tokens: Sequence[Token], speaker: Actor | None) -> Mention | None:
    """The speaker of a quotation going on as a mention at the sentence's first root (the words it says); None
    when no speaker was handed in or the sentence has no root."""
    root = next((t for t in tokens if t.dep_ == "ROOT"), None) if speaker is not None else None
    if speaker is None or root is None:
        return None
    return Mention(speaker, root.i, root.i + 1, root.idx, root.idx + len(root), QUOTED, "quote")


def running_demands(frames: dict[int, Frame], tokens: Sequence[Token], index: MentionIndex,
                    speaker: Mention | None, lexicon: Lexicon) -> None:
    """"“...,” X said. “The government must free them.”": a main clause with "must"/"should" (or "needs to") in a
    quotation going on is the speaker's demand or appeal on its subject, coded at the modal. Nothing when no
    speaker was handed in."""
    if speaker is None:
        return
    for root in tokens:
        if root.dep_ == "ROOT":
            demand_on_clause(frames, None, root, [speaker], index, lexicon.rules)
