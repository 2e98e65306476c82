"""Square brackets read as parentheses by the parser: a spaCy component that runs before ``tok2vec``.

News puts an editor's gloss inside a quotation in square brackets: the referent of a pronoun ("They [the
rebels] burned the village"), a word the speaker left out ("the [U.N.] Security Council"), a plain-words gloss
("F-16s [fighter jets]"). The small English model has seen few square brackets: it tags "[" as an unknown
symbol and attaches the gloss as an object or a new subject, so the pronoun loses its verb ("They" becomes the
dependant of "[") or the gloss becomes the verb's subject in place of the noun it explains.

The model reads a word by its norm, prefix, suffix and shape. This component gives "[" and "]" the norms of "("
and ")", so the model reads the gloss as it reads a parenthesis: an apposition of the word before it, outside the
clause. As in ``name_norms``, the text, offsets and lemmas stay as written; only the model's view changes.
"""

from __future__ import annotations

import numpy as np
from spacy.attrs import ORTH
from spacy.language import Language
from spacy.tokens import Doc

__all__ = ["BRACKET_NORMS", "bracket_norms"]

BRACKET_NORMS = {"[": "(", "]": ")"}
"""Each square bracket and the round one whose norm it takes."""


@Language.component("bilateral_bracket_norms")
def bracket_norms(doc: Doc) -> Doc:
    """Give the square brackets of ``doc`` the norms of round ones, before the model reads them."""
    strings = doc.vocab.strings
    orths = doc.to_array(ORTH)  # one array read: most sentences hold no bracket, and no Token is made for them
    found = np.isin(orths, [strings.add(b) for b in BRACKET_NORMS]).nonzero()[0]
    for i in found:
        token = doc[int(i)]
        token.norm_ = BRACKET_NORMS[token.text]
    return doc
