"""Gerunds of a list that the tagger read as nouns (events.listed_nouns): each is mended to the verb it is and coded
as its own act, as its verb-read neighbours are ("accused X of killing, raping, ... Y": "killing" and "raping"
tagged NN). Must-not cases: members that are nouns in their own right ("the killing, the raping"), a list with no
member read as a verb ("of bribery, lying and cheating"), a verb the lexicon is unsure of ("looting", weak), and
"-ing" nouns outside a list. Sentences written for these tests; actors marked by exact string."""

from __future__ import annotations

import pytest
from spacy.language import Language

from bilateral.events.lexicon import Lexicon
from bilateral.events.listed_nouns import verb_read_gerunds
from bilateral.nlp import doc_tokens
from tests.marking import coded_events

ACTORS = {"Mali": "MLI", "the Wagner fighters": "RUSREB", "Malian herders": "MLICVL", "Nigeria": "NGA",
          "the bandits": "NGACRM", "Nigerian farmers": "NGACVL", "Peru": "PER", "the Chilean smugglers": "CHLCRM"}

Quad = tuple[str, str | None, str, str]

CASES: list[tuple[str, set[Quad]]] = [
    # "raping" NN between verb-read gerunds; "killing" the first, read as the preposition's object
    ("Mali accused the Wagner fighters of killing, raping, looting and burning Malian herders.",
     {("RUSREB", "MLICVL", "1823", "alleged"), ("RUSREB", "MLICVL", "1821", "alleged")}),
    ("Nigeria accused the bandits of killing, robbing and kidnapping Nigerian farmers.",
     {("NGACRM", "NGACVL", "1823", "alleged"), ("NGACRM", "NGACVL", "181", "alleged")}),
    # must-not: nouns with their articles are things named, not acts; a list with no verb-read member
    ("Nigeria charged the bandits with the killing, the raping and the kidnapping of Nigerian farmers.", set()),
    ("Peru accused the Chilean smugglers of bribery, lying and cheating.", set()),
]


@pytest.mark.parametrize("text,want", CASES, ids=[c[0][:40] for c in CASES])
def test_listed_nouns_each_gerund_coded(text: str, want: set[Quad], nlp: Language) -> None:
    got = {(e.source.code, e.target.code if e.target else None, e.cameo, e.modality)
           for e in coded_events(nlp, text, ACTORS) if e.cameo[:2] in ("18", "19")}
    assert got == want


def test_listed_nouns_unsure_verb_kept_noun(nlp: Language) -> None:
    # both read as nouns by the tagger: "raping" is mended, a weak trigger ("capturing") stays a noun, uncoded
    text = "Mali accused the Wagner fighters of killing, raping, capturing, and regularly burning Malian herders."
    sent = nlp(text)
    verb_read_gerunds(doc_tokens(sent), Lexicon.load())
    tags = {t.lower_: (t.tag_, t.lemma_) for t in sent}
    assert tags["raping"] == ("VBG", "rape")
    assert tags["capturing"][0] == "NN"
    assert not any(e.cameo.startswith("17") for e in coded_events(nlp, text, ACTORS))


def test_listed_nouns_sure_looting_mended_and_coded(nlp: Language) -> None:
    # "loot" is a sure trigger (171, seizing property): read as a noun in the list, it is mended and coded
    text = "Mali accused the Wagner fighters of killing, raping, looting, and regularly burning Malian herders."
    assert ("RUSREB", "MLICVL", "171", "alleged") in {
        (e.source.code, e.target.code if e.target else None, e.cameo, e.modality)
        for e in coded_events(nlp, text, ACTORS)}


def test_listed_nouns_outside_a_list_untouched(nlp: Language) -> None:
    sent = nlp("Peru spoke of the killing at the meeting in Lima.")
    before = [(t.tag_, t.lemma_, t.dep_) for t in sent]
    verb_read_gerunds(doc_tokens(sent), Lexicon.load())
    assert [(t.tag_, t.lemma_, t.dep_) for t in sent] == before
