"""Settings: the bundled `defaults.toml`, overridden only where the user says."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, fields, replace
from pathlib import Path
from typing import Any

DEFAULTS = Path(__file__).with_name("defaults.toml")


@dataclass(frozen=True, slots=True)
class Settings:
    max_bytes: int
    max_chars: int
    batch_size: int
    workers: int
    lock_timeout: float
    row_group_rows: int
    input_timeout: float


def load_settings(config: Path | None = None, **overrides: Any) -> Settings:
    """Defaults, then a TOML file, then keyword overrides (None values ignored).

    Raises:
        ValueError: on an unknown key (the message lists the valid ones) or a bad type.
    """
    values: dict[str, Any] = tomllib.loads(DEFAULTS.read_text(encoding="utf-8"))
    if config is not None:
        values.update(_checked(tomllib.loads(config.read_text(encoding="utf-8")), str(config)))
    values.update(_checked({k: v for k, v in overrides.items() if v is not None}, "overrides"))
    settings = Settings(**values)
    for f in fields(Settings):
        kind = int if f.type == "int" else float
        value = getattr(settings, f.name)
        if not isinstance(value, (int, float)) or value < 0:
            raise ValueError(f"setting {f.name} must be a non-negative number, got {value!r}")
        settings = replace(settings, **{f.name: kind(value)})
    return settings


def _checked(values: dict[str, Any], where: str) -> dict[str, Any]:
    valid = {f.name for f in fields(Settings)}
    unknown = sorted(set(values) - valid)
    if unknown:
        raise ValueError(f"unknown setting(s) {unknown} in {where}; valid: {sorted(valid)}")
    return values
