"""An act noun told as part of a wider effort or operation that names its maker (events/effort_parts.py): "the
blacklisting of X is presented as one part of Y's push", "X's detention was one part of a crackdown by Y", "the
duties arrive as part of an effort by Y": the maker does the act.

Must-not cases: an effort with no maker ("one part of a push against graft"), an effort the act only follows
("arrived after a push by Y": a time, not a part), an act noun with its own doer (its possessor wins), a noun that
is no act. Sentences written for these tests; actors marked by exact string."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.marking import coded_triples

ACTORS = {"Peru": "PERGOV", "Peruvian": "PERMED", "Chile": "CHLGOV", "Chilean": "CHLGOV", "Bolivia": "BOLGOV",
          "the Andean League": "IGOAND"}

CASES: list[tuple[str, str, set[tuple[str, str | None, str]]]] = [
    ("The sanctioning of Peru over bribery is presented as one part of a drive by Chile to curb graft.", "16",
     {("CHLGOV", "PERGOV", "163")}),
    ("The new sanctions against Peru come as part of an effort by the Andean League to isolate its rulers.", "16",
     {("IGOAND", "PERGOV", "163")}),
    ("The sanctions against Peru are part of a Chilean push to punish graft.", "16", {("CHLGOV", "PERGOV", "163")}),
    # must-not: no maker, an effort the act only follows, an act with its own doer, a noun that is no act
    ("The sanctions against Peru are one part of a push against bribery.", "16", set()),
    ("The sanctions against Peru arrived after a push by Chile against bribery.", "16", set()),
    ("Bolivia's sanctions against Peru are one part of Chile's push.", "16", {("BOLGOV", "PERGOV", "163")}),
    ("The report on Peru is one part of a drive by Chile.", "", set()),
]


@pytest.mark.parametrize("text,prefix,want", CASES, ids=[c[0][:40] for c in CASES])
def test_effort_parts_maker_does_the_act(text: str, prefix: str, want: set[tuple[str, str | None, str]],
                                         nlp: Language) -> None:
    assert coded_triples(nlp, text, ACTORS, prefix) == want
