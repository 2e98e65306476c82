"""find_unresolved: the named entities of stored articles that no actor mention codes."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from bilateral.actors import KnowledgeBase
from bilateral.actors.unresolved import UnresolvedName, find_unresolved, stored_documents
from bilateral.runs import run_ingest
from bilateral.settings import Settings
from bilateral.store import Store

DOCS = [
    ("President Paul Kagame met Tobias Venner in Kigali on Monday.", dt.date(2022, 8, 11)),
    ("Tobias Venner, an adviser to the Zentara Group, arrived in Nairobi. The Zentara Group declined to comment.",
     dt.date(2022, 8, 12)),
    ("Kenyan police arrested Tobias Venner on Friday, Kenya's government said.", None),
]


def test_unresolved_counts_uncoded_names_most_frequent_first(nlp) -> None:  # type: ignore[no-untyped-def]
    done: list[int] = []
    found = find_unresolved(DOCS, KnowledgeBase.load(Settings()), nlp, progress=done.append)
    assert found[:2] == [
        UnresolvedName("Tobias Venner", "PERSON", 3, 3, DOCS[0][0]),
        UnresolvedName("Zentara Group", "ORG", 2, 1,
                       "Tobias Venner, an adviser to the Zentara Group, arrived in Nairobi."),
    ]
    assert done[-1] == 3 and done == sorted(done)


def test_unresolved_leaves_out_what_the_dictionaries_know(nlp) -> None:  # type: ignore[no-untyped-def]
    names = {u.text for u in find_unresolved(DOCS, KnowledgeBase.load(Settings()), nlp)}
    assert not names & {"Paul Kagame", "Kagame", "Kigali", "Nairobi", "Kenya", "Kenyan"}


def test_unresolved_leaves_out_regions_and_bodies_the_sector_words_know(nlp) -> None:  # type: ignore[no-untyped-def]
    docs = [("Prices of Zentara cheese rose in Europe, the Senate heard.", dt.date(2022, 8, 11))]
    names = {u.text for u in find_unresolved(docs, KnowledgeBase.load(Settings()), nlp)}
    assert "Europe" not in names and "Senate" not in names


def test_unresolved_reads_stored_documents(tmp_path: Path, settings: Settings, nlp) -> None:  # type: ignore[no-untyped-def]
    inputs = tmp_path / "news.jsonl"
    inputs.write_text("".join(json.dumps({"id": f"d{i}", "text": t, "published": str(p) if p else None}) + "\n"
                              for i, (t, p) in enumerate(DOCS)), encoding="utf-8")
    store = Store(settings.db_path)
    run_ingest([str(inputs)], settings, store)
    docs = stored_documents(store, max_docs=2)
    assert docs == [DOCS[1], DOCS[0]]
    found = find_unresolved(docs, KnowledgeBase.load(settings), nlp)
    assert (found[0].text, found[0].count) == ("Tobias Venner", 2)
