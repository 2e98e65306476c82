"""Known people's surnames read as names by the parser: a spaCy component that runs before ``tok2vec``.

The small English model reads a word by its norm (its lowercase form) with its prefix, suffix and shape. A surname
that is also a common word loses to that word wherever its capital says nothing, above all at the start of a
sentence: "Trump imposed tariffs on Canada" is parsed as the noun "trump" modified by "imposed", with no subject
and no verb, and the sentence codes nothing. Measured on invented sentences (``bench/name_norms.py``), 14 % of
known surnames in subject, object and list positions were parsed as something other than a proper noun in its
role.

This component gives every capitalised token that is a known person's one-word alias (``data/actors/people``:
"Trump", "Starmer", "Ford") the norm of a surname the model learned only as a person's name, so the tagger and
parser read it as a name. The token's text, lemma and offsets stay as they are, so the evidence and the actor
resolver see the words of the source; only the model's view of the word changes. Aliases that are stop words
("May") are left alone: "May I ..." must stay a modal.
"""

from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.language import Language
from spacy.tokens import Doc

__all__ = ["NAME_NORM", "known_surnames", "name_norms"]

NAME_NORM = "bush"
"""The norm given to known surnames: of the person-name norms measured in ``bench/name_norms.py`` it made the
parser read the most surnames as proper nouns in their role (0.999 against 0.861 with their own norms)."""


@lru_cache(maxsize=1)
def known_surnames() -> frozenset[str]:
    """The one-word, capitalised aliases of the packaged people data that are no stop word, read once."""
    names: set[str] = set()
    folder = resources.files("bilateral") / "data" / "actors" / "people"
    for item in folder.iterdir():
        if not item.name.endswith(".jsonl"):
            continue
        for line in item.read_text(encoding="utf-8").splitlines():
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            try:
                record = json.loads(line)
            except json.JSONDecodeError:
                continue  # the actor loader reports a malformed line with its file; a parse hint is no check
            for alias in record.get("aliases", ()) if isinstance(record, dict) else ():
                if isinstance(alias, str) and alias.isalpha() and alias[:1].isupper() \
                        and alias.lower() not in STOP_WORDS:
                    names.add(alias)
    return frozenset(names)


@Language.component("bilateral_name_norms")
def name_norms(doc: Doc) -> Doc:
    """Give the known surnames of ``doc`` the norm of a name, before the model reads them."""
    names = known_surnames()
    for token in doc:
        if token.text in names:
            token.norm_ = NAME_NORM
    return doc
