"""The phrasal verb "blow up": blowing up a thing built (a bridge, tracks, a pipeline, a checkpoint) is destroying
property (1712) as surely as "demolished" or "burned homes"; told of anything else ("the talks blew up", "blew up
photos") it is no act, so the bare verb stays a weak trigger. Sentences written for these tests; actors resolved
by the pipeline."""

from __future__ import annotations

import pytest

from tests.story_rows import kept_codes

_kept = kept_codes


@pytest.mark.model
def test_lexicon_blown_up_a_thing_built_is_destroyed() -> None:
    bridge, checkpoint, talks, photos = _kept([
        "N'DJAMENA — Chadian rebels blew up a bridge in Chad on Monday.",
        "N'DJAMENA — Chadian rebels blew up an army checkpoint in Chad on Monday.",
        # must not: a plan or talks that fall apart, a picture enlarged
        "N'DJAMENA — Talks between Chad and the rebels blew up on Monday.",
        "N'DJAMENA — Chadian rebels blew up photos of their leader on Monday.",
    ])
    assert ("TCDREB", "TCD", "1712") in bridge
    assert ("TCDREB", "TCDMIL", "1712") in checkpoint
    assert not any(cameo == "1712" for _, _, cameo in talks)
    assert not any(cameo == "1712" for _, _, cameo in photos)
