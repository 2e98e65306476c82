"""How often the parser reads a known person's surname as a name, with its own norm and with ``NAME_NORM``.

    python bench/name_norms.py [--names 150] [--seed 1]

Puts a sample of the known surnames (``bilateral.name_norms.known_surnames``) into invented sentences where a
name is the subject, an object, a list member or the subject after a run-in phrase, parses them with the
project's pipeline, and counts the surnames tagged as proper nouns in a nominal role. Prints, side by side, the
share with the surnames' own norms (the pipeline without ``bilateral_name_norms``), with ``NAME_NORM``, and with a
few other person-name norms, so the choice of ``NAME_NORM`` can be checked again when the model changes.
"""

from __future__ import annotations

import argparse
import random

from spacy.language import Language
from spacy.tokens import Doc

from bilateral.name_norms import NAME_NORM, known_surnames
from bilateral.nlp import load_nlp
from bilateral.settings import Settings

TEMPLATES = (
    "{} imposed tariffs on the imports.",
    "{} at first imposed new duties, then exempted them.",
    "{}, in a taped interview, dodged a question about a recession.",
    "Officials are looking to {} to veto the legislation.",
    "{} and other aides also hinted the port might be leased.",
    "During a trip by {} to the coast last week, the premier said she was minded to back the pact.",
    "{} last week issued a string of decisions.",
    "{} has been reassigning officials to other posts.",
    "{} blocked the sale on Monday.",
    "{} said the talks would resume.",
    "The minister met {} on Tuesday.",
    "{} warned that sanctions could follow.",
)
NOMINAL = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "poss", "compound", "conj", "appos"})
OTHER_NORMS = ("putin", "erdogan", "obama")
_CHOICE: dict[str, str | None] = {"norm": None}


@Language.component("bench_name_norm_choice")
def _choose(doc: Doc) -> Doc:
    norm, names = _CHOICE["norm"], known_surnames()
    for token in doc:
        if token.text in names:
            token.norm_ = norm if norm is not None else token.lower_
    return doc


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--names", type=int, default=150)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    names = sorted(known_surnames())
    sample = random.Random(args.seed).sample(names, min(args.names, len(names)))
    nlp = load_nlp(Settings())
    nlp.add_pipe("bench_name_norm_choice", after="bilateral_name_norms")  # it decides the norm in this run
    texts = [(name, template.format(name)) for name in sample for template in TEMPLATES]
    print(f"{len(sample)} surnames x {len(TEMPLATES)} sentences")
    for label, norm in (("own norm", None), (f"NAME_NORM={NAME_NORM!r}", NAME_NORM),
                        *((f"norm={n!r}", n) for n in OTHER_NORMS)):
        _CHOICE["norm"] = norm
        right = total = 0
        for (name, _), doc in zip(texts, nlp.pipe((text for _, text in texts), batch_size=256), strict=True):
            for token in doc:
                if token.text == name:
                    total += 1
                    right += token.pos_ == "PROPN" and token.dep_ in NOMINAL
        print(f"{label:24} read as a name: {right / total:.3f} ({right}/{total})")


if __name__ == "__main__":
    main()
