"""People removed and troops drawn down (triggers.tsv): detainees, prisoners or inmates removed from where they are
held (173, as moving or transferring them is); migrants, immigrants or refugees removed (174, removal being
deportation), or sent somewhere (173, a transfer in custody); a drawdown of troops or forces from a country (0874,
as a pullout). Must-not cases: a 'migrant camp' or 'migrant quota' removed or sent removes no one, aid sent to
migrants moves none of them, nor do prisoners' names taken off a list; a drawdown of funds is no retreat. Sentences
written for these tests; actors marked by exact string."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.marking import coded_triples

ACTORS = {"Chilean officials": "CHLGOV", "Bolivian migrants": "BOLREF", "Bolivian detainees": "BOLCVL",
          "Bolivian": "BOL", "Police": "CHLCOP", "Chile": "CHLGOV", "Bolivia": "BOL", "Chilean army": "CHLMIL"}

CASES: list[tuple[str, str, set[tuple[str, str | None, str]]]] = [
    ("Chilean officials removed 40 Bolivian migrants from the camp on Tuesday.", "17",
     {("CHLGOV", "BOLREF", "174")}),
    ("Chilean officials removed the Bolivian detainees from the prison on Tuesday.", "17",
     {("CHLGOV", "BOLCVL", "173")}),
    ("Police removed the migrant camp near the Bolivian border on Tuesday.", "17", set()),
    ("Chilean officials sent 60 Bolivian migrants to a detention camp in the north.", "17",
     {("CHLGOV", "BOLREF", "173")}),
    ("Chilean officials sent food and blankets to Bolivian migrants in the camp.", "17", set()),
    ("Chilean officials sent the migrant quota to Bolivia for review.", "17", set()),
    ("Chilean officials removed the migrant quota from the Bolivian agreement.", "17", set()),
    ("Chilean officials removed the prisoners' names from the Bolivian list.", "17", set()),
    ("Chile completed the drawdown of its troops from Bolivia in May.", "08", {("CHLGOV", "BOL", "0874")}),
    ("The Chilean army ordered a drawdown of its fuel reserves in Bolivia.", "08", set()),
]


@pytest.mark.parametrize("text,prefix,want", CASES, ids=[c[0][:40] for c in CASES])
def test_lexicon_removals(text: str, prefix: str, want: set[tuple[str, str | None, str]], nlp: Language) -> None:
    assert coded_triples(nlp, text, ACTORS, prefix) == want


def test_lexicon_removals_court_throwing_out_a_suit_is_no_act_on_its_defendant() -> None:
    """A judge "throwing out" a lawsuit rules on it; the bare phrasal's 160 is excluded from the converted verbs, and
    only diplomats or inspectors thrown out are acts (161, 1662). Sentences written for this test."""
    import datetime as dt

    from bilateral.models import Document
    from bilateral.pipeline import code_documents, load_resources
    from bilateral.settings import Settings

    text = ("A Chilean judge threw out the lawsuit against the Bolivian government on Monday. "
            "Chile threw out three Bolivian diplomats on Tuesday.")
    [done] = code_documents([Document("d", text, published=dt.date(2022, 6, 3))], load_resources(Settings()))
    coded = {(e.sentence_index, e.cameo) for e in done.events if e.event_type is not None}
    assert (1, "161") in coded
    assert not any(i == 0 for i, _ in coded)
