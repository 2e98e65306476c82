"""Who undergoes an act named as a noun, told by the passive verb that holds it (events/undergoers.py
``struck_in``): "X was ousted in a coup led by Y", "X were killed in an attack by Y" make X the act's target.

Must-not cases: a verb that is no harm or removal ("was praised in talks led by Y", "was implicated in a coup led
by Y"), a verb with its own agent ("was killed by a sniper in an attack by Y": the verb's doer is named, and the
noun's act has no target), an act noun with no doer of its own. Sentences written for these tests; actors marked
by exact string."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.marking import coded_triples

ACTORS = {"Ruto": "KENGOV", "General Mwangi": "KENMIL", "Kenyan": "KENMIL", "Chile": "CHLGOV",
          "the Shining Path": "PERREB", "Peruvian": "PERMIL", "Odinga": "KENOPP"}

CASES: list[tuple[str, str, set[tuple[str, str | None, str]]]] = [
    ("Ruto was toppled in a military coup led by General Mwangi in 2019.", "17", {("KENMIL", "KENGOV", "170")}),
    ("Six Peruvian soldiers were killed in an attack by the Shining Path near the border.", "19",
     {("PERREB", "PERMIL", "190")}),
    # must-not: no harm or removal, a verb with its own agent, an act with no doer of its own
    ("Odinga was praised in talks led by Chile.", "04", set()),
    ("Odinga was implicated in a coup led by General Mwangi.", "17", set()),
    ("Six Peruvian soldiers were killed by a sniper in an attack by the Shining Path.", "19",
     set()),
    ("Ruto was toppled in a coup in 2019.", "17", set()),
]


@pytest.mark.parametrize("text,prefix,want", CASES, ids=[c[0][:40] for c in CASES])
def test_undergoers_struck_in_names_the_target(text: str, prefix: str, want: set[tuple[str, str | None, str]],
                                               nlp: Language) -> None:
    assert coded_triples(nlp, text, ACTORS, prefix) == want
