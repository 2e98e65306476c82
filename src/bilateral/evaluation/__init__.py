"""Measuring the coder: codebook gold files (``codebook``), the real-news sentence set (``realnews``) and
the project's own gold codings of VOA stories (``voa``)."""

from bilateral.evaluation.codebook import (
    COUNTRY_ALIASES,
    PLOVER_ALIASES,
    EvalResult,
    GoldEvent,
    GoldRecord,
    LevelScore,
    actor_key,
    evaluate,
    predict,
    read_gold,
    score,
    to_gold_event,
    write_predictions,
)

__all__ = [
    "COUNTRY_ALIASES", "PLOVER_ALIASES", "EvalResult", "GoldEvent", "GoldRecord", "LevelScore", "actor_key",
    "evaluate", "predict", "read_gold", "score", "to_gold_event", "write_predictions",
]
