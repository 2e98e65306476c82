"""The parties of a joint act named by the verb that tells it happened (events/nominal.py ``_told_between``): the
parser hangs the "between" phrase on the verb, not on the noun, in "clashes erupted between X and Y", "fighting was
reported between X and Y", "an exchange of fire reported between X and Y". Both are each other's fighters, as in
"clashes between X and Y", and the telling verb makes the noun a happening (not the standing condition a bare
"clashes between X and Y" may be). Must-not cases: a noun with no "between" phrase, a "by" phrase, a verb with an
object of its own. Sentences written for these tests; actors marked by exact string, as in the golden cases."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.marking import coded_triples

ACTORS = {"Kenyan troops": "KENMIL", "al-Shabab": "SOMREB", "Kenya": "KEN", "Uganda": "UGA"}
BOTH = {("KENMIL", "SOMREB", "190"), ("SOMREB", "KENMIL", "190")}
FIRE = {("KENMIL", "SOMREB", "193"), ("SOMREB", "KENMIL", "193")}

CASES: list[tuple[str, set[tuple[str, str | None, str]]]] = [
    ("Clashes erupted between Kenyan troops and al-Shabab fighters on Tuesday.", BOTH),
    ("Heavy fighting was reported between Kenyan troops and al-Shabab near the border.", BOTH),
    ("Fighting broke out between Kenyan troops and al-Shabab on Tuesday.", BOTH),
    ("The raid lasted hours, with an exchange of fire reported between Kenyan troops and al-Shabab.", FIRE),
    # must-not: no parties named, or named as those who condemn, or the verb's own object
    ("Clashes erupted in Kenya on Tuesday.", set()),
    ("The clashes were condemned by Kenya and Uganda.", set()),
    ("The fighting left dozens dead between Kenyan troops and al-Shabab lines.", set()),
]


@pytest.mark.parametrize("text,want", CASES, ids=[c[0][:40] for c in CASES])
def test_told_between_names_both_fighters(text: str, want: set[tuple[str, str | None, str]],
                                          nlp: Language) -> None:
    assert coded_triples(nlp, text, ACTORS, "19") == want
