"""An envoy's appeal to no one named is addressed to the state the envoy is posted to.

"The UN special envoy for Yemen called for calm", "the U.S. ambassador to Iraq urged the release of the
reporters": a posted title with a sender (``actors.titles.posted_titles``: the mention is the sender's, its
``posting`` the state named in the "to"/"for" complement) says where its holder serves, and an appeal (PLOVER
REQUEST) that names no addressee asks the parties there, the state named as such: its government
(docs/gold-guidelines.md, Actors). The civilians whose protection or release the appeal asks for ("called for the
protection of civilians") are whom the asked act is for, not whom the appeal is made to: a target found only
among them inside the appeal's "for" phrase gives way to the posting.

Not fired: an appeal that names its addressee ("the envoy for Yemen urged the Houthis to ..."), a party other
than civilians inside the asked act ("called for the release of prisoners held by the rebels": the holders are
asked), a title with no sender ("the ambassador to France": no posting), a complement that names a body ("the
ambassador to the UN"), acts other than appeals ("the envoy for Yemen met ...").
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Token

from bilateral.codes import load_codes
from bilateral.events.frames import Frame
from bilateral.models import Mention

_REQUEST = "REQUEST"
"""The PLOVER type of appeals and calls (CAMEO 02x)."""
_BENEFICIARY_SECTORS = frozenset({"CVL"})
"""Sectors of those an appeal asks something for rather than asks: civilians."""


def _asked_for(mention: Mention, trigger: Token) -> bool:
    """Whether ``mention`` lies inside the appeal's "for" phrase ("called for the protection of civilians")."""
    return any(prep.dep_ == "prep" and prep.lower_ == "for"
               and prep.left_edge.i <= mention.start and mention.end <= prep.right_edge.i + 1
               for prep in trigger.children)


def _unaddressed(frame: Frame) -> bool:
    """Whether the appeal names no addressee: no target, or only beneficiaries of the asked act."""
    return all(t.actor.sector in _BENEFICIARY_SECTORS and _asked_for(t, frame.trigger) for t in frame.targets)


def posted_addressees(frames: Sequence[Frame]) -> None:
    """Aim each appeal by a posted envoy that names no addressee at the envoy's posting (in place; see the
    module)."""
    for frame in frames:
        postings = [s.posting for s in frame.sources if s.posting is not None]
        if len(postings) != 1 or len(frame.sources) != 1 or frame.recip or not _unaddressed(frame) \
                or load_codes().get(frame.cameo).plover != _REQUEST:
            continue
        posting, trigger = postings[0], frame.trigger
        frame.targets[:] = [Mention(posting.actor, trigger.i, trigger.i + 1, trigger.idx, trigger.idx + len(trigger),
                                    posting.confidence, "posting")]
