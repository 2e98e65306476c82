"""Settings: defaults with help, TOML files, validation that names the problem."""

from __future__ import annotations

from pathlib import Path

import pytest

from bilateral.errors import ConfigError
from bilateral.settings import Settings, describe, load_settings


def test_settings_every_field_has_help() -> None:
    rows = describe()
    assert {name for name, _, _ in rows} == set(Settings.__dataclass_fields__)
    assert all(len(help_text) > 15 for _, _, help_text in rows)


def test_settings_loaded_from_toml_table(tmp_path: Path) -> None:
    cfg = tmp_path / "b.toml"
    cfg.write_text('[bilateral]\nbatch_size = 8\nactor_files = ["mine.jsonl"]\nprefilter = false\n')
    s = load_settings(cfg)
    assert (s.batch_size, s.actor_files, s.prefilter) == (8, ("mine.jsonl",), False)


@pytest.mark.parametrize(("text", "message"), [
    ("batch_size = 0", "at least 1"), ("batch_size = true", "integer"), ("prefilter = 'yes'", "true or false"),
    ("min_confidence = 2.0", "within 0..1"), ("nonsense = 1", "unknown setting"), ("= broken", "not valid TOML"),
    ("blas = 'mkl'", "one of numpy, blis"), ("blas_threads = -1", "0 .* or more"),
])
def test_settings_bad_values_name_the_problem(tmp_path: Path, text: str, message: str) -> None:
    cfg = tmp_path / "b.toml"
    cfg.write_text(text + "\n")
    with pytest.raises(ConfigError, match=message):
        load_settings(cfg)


def test_settings_missing_file_is_config_error(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="cannot read settings file"):
        load_settings(tmp_path / "absent.toml")


def test_settings_replace_validates() -> None:
    assert Settings().replace(n_process=2).n_process == 2
    with pytest.raises(ConfigError):
        Settings().replace(n_process=0)
