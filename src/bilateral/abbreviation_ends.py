"""Sentences glued at a dotted abbreviation: a spaCy component that runs between the tagger and the parser.

The sentence splitter (``nlp.split_sentences``) never ends a sentence after "U.S." or "U.N.": news writes them
before names and bodies ("U.S. President Donald Trump", "the U.N. Security Council"), and a split there would cut
one sentence in two. When such an abbreviation does end a sentence ("... fentanyl into the U.S. Mendes sent
troops to the border"), the two sentences reach the parser as one, which may read the next sentence's subject as
a name compounded with the abbreviation ("the U.S. Mendes") and its verb as a clause of the first sentence: the
act then has no subject.

This component marks a sentence start after a dotted abbreviation (two or more capital letters each followed by
a full stop) when the next word opens a clause by its tags, which the tagger has set by then:

- a capitalised determiner, pronoun or conjunction ("... against the U.S. The group denied it", "... in the U.S.
  But critics say"), or
- a known person's surname (``name_norms.known_surnames``) followed by a finite verb, at once or after one adverb
  ("the U.S. Mendes sent", "the U.S. Mendes also sent").

A closing quotation mark between the abbreviation and that word is passed over ("... in the U.S.” Mendes sent").

The parser keeps a sentence start set before it, and the event coder reads each clause's own subject. A title
("Mr. Smith"), a single initial ("George W. Bush") or a body or office after the abbreviation ("the U.S. Senate
voted", "U.S. President Trump said": no surname, or no verb right after it) marks nothing. Only the sentence's
parse changes: its text and its place in the document (the unit the gold is keyed by) stay one sentence.
"""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc

from bilateral.name_norms import known_surnames

__all__ = ["abbreviation_ends", "mark_abbreviation_ends"]

DOTTED_ABBREVIATION = re.compile(r"(?:[A-Z]\.){2,}")
"""An abbreviation of capitals each with a full stop ("U.S.", "U.N.", "E.U."), matched on a whole token."""
CLAUSE_OPENER_TAGS = frozenset({"DT", "PRP", "CC", "IN", "WRB"})
"""Tags of a capitalised word that opens a clause and never continues a name ("The", "They", "But", "If",
"When")."""
FINITE_VERB_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})
"""Tags of a verb that makes the surname before it a subject ("Mendes sent", "Mendes says", "Mendes will")."""
CLOSING_QUOTE_TAG = "''"
"""The tag of a closing quotation mark: a quotation may end with the abbreviation ("... in the U.S.” Mendes sent")."""


def _finite_after(doc: Doc, i: int) -> bool:
    """Whether token ``i`` of ``doc`` is a finite verb, or one adverb followed by one ("Mendes also sent")."""
    if i < len(doc) and doc[i].tag_ == "RB":
        i += 1
    return i < len(doc) and doc[i].tag_ in FINITE_VERB_TAGS


def mark_abbreviation_ends(doc: Doc, surnames: frozenset[str]) -> Doc:
    """Mark a sentence start after each dotted abbreviation of ``doc`` that ends a sentence (module docstring)."""
    last = len(doc) - 2
    for i, token in enumerate(doc):
        if i == 0 or i > last or token.text[-1:] != "." or DOTTED_ABBREVIATION.fullmatch(token.text) is None:
            continue
        at = i + 2 if doc[i + 1].tag_ == CLOSING_QUOTE_TAG and i + 2 < len(doc) else i + 1
        nxt = doc[at]
        if not nxt.text[:1].isupper() or nxt.is_sent_start:
            continue
        if nxt.tag_ in CLAUSE_OPENER_TAGS or (nxt.text in surnames and _finite_after(doc, at + 1)):
            nxt.is_sent_start = True
    return doc


@Language.component("bilateral_abbreviation_ends")
def abbreviation_ends(doc: Doc) -> Doc:
    """Mark the sentence starts glued to a dotted abbreviation before the parser reads ``doc``."""
    return mark_abbreviation_ends(doc, known_surnames())
