"""The bundled sample corpus: short news-style articles written for this project, in every input format.

It ships inside the package (``bilateral/data/samples``) so that ``make demo``, the tests and the
benchmarks read the same files from an installed copy as from a checkout.
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path


def sample_corpus() -> Path:
    """The folder holding the sample corpus (text, JSON Lines, HTML and RSS files)."""
    return Path(str(resources.files("bilateral") / "data" / "samples"))
