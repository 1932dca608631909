"""Settings: bundled defaults, overrides only where given, unknown keys refused."""

from __future__ import annotations

from pathlib import Path

import pytest

from vnie.run.settings import load_settings


def test_defaults_load() -> None:
    settings = load_settings()
    assert settings.workers == 1 and settings.batch_size == 64 and settings.max_bytes == 2_000_000


def test_overrides_only_what_is_given(tmp_path: Path) -> None:
    config = tmp_path / "c.toml"
    config.write_text("batch_size = 8\n")
    settings = load_settings(config, workers=2, lock_timeout=None)
    assert (settings.batch_size, settings.workers, settings.lock_timeout) == (8, 2, 0)


def test_unknown_key_lists_the_valid_ones(tmp_path: Path) -> None:
    config = tmp_path / "c.toml"
    config.write_text("batchsize = 8\n")
    with pytest.raises(ValueError, match=r"unknown setting\(s\) \['batchsize'\].*valid: \['batch_size'"):
        load_settings(config)


def test_negative_value_is_refused() -> None:
    with pytest.raises(ValueError, match="--workers must be an integer from 1 to"):
        load_settings(workers=-1)


def test_every_setting_has_a_type_and_range() -> None:
    from dataclasses import fields

    from vnie.run.settings import RANGES, Settings

    assert {f.name for f in fields(Settings)} == set(RANGES)
