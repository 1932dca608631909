"""Settings: the bundled `defaults.toml`, overridden only where the user says."""

from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from vnie.errors import UsageError

DEFAULTS = Path(__file__).with_name("defaults.toml")

# More worker processes than this only add memory (~200 MB each), not speed:
# extraction is CPU-bound, and 2 per CPU already covers the time spent writing.
MAX_WORKERS = max(4, 2 * (os.cpu_count() or 1))
# Articles per batch; a batch is held whole in memory (64 bench articles ~ 1 MB).
MAX_BATCH_SIZE = 10_000

# Each setting's type and allowed range (inclusive; None: no upper bound).
# fmt: off
RANGES: dict[str, tuple[type, float, float | None]] = {
    "max_bytes":      (int, 1, None),
    "max_chars":      (int, 1, None),
    "batch_size":     (int, 1, MAX_BATCH_SIZE),
    "workers":        (int, 1, MAX_WORKERS),
    "lock_timeout":   (float, 0, None),
    "row_group_rows": (int, 1, None),
    "input_timeout":  (float, 0, None),
}
# fmt: on


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
        UsageError (a ValueError): a config file that is missing or not TOML, an
            unknown key (the message lists the valid ones), or a value of the
            wrong type or out of range (the message names where it came from).
    """
    values: dict[str, Any] = tomllib.loads(DEFAULTS.read_text(encoding="utf-8"))
    if config is not None:
        values.update(_checked(_read_config(config), f"{config}"))
    values.update(_checked({k: v for k, v in overrides.items() if v is not None}, None))
    return Settings(**values)


def _read_config(config: Path) -> dict[str, Any]:
    """The TOML table in `config`."""
    try:
        return tomllib.loads(config.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise UsageError(f"config file {config} does not exist; give the path of a TOML file") from None
    except IsADirectoryError:
        raise UsageError(f"config file {config} is a folder; give the path of a TOML file") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise UsageError(f"cannot read config file {config}: {exc}") from None
    except tomllib.TOMLDecodeError as exc:
        raise UsageError(f"config file {config} is not valid TOML ({exc}); "
                         f"write it as key = value lines, like {DEFAULTS.name}") from None


def _checked(values: dict[str, Any], config: str | None) -> dict[str, Any]:
    """`values` (from the file `config`, or overrides) checked against `RANGES` and cast."""
    unknown = sorted(set(values) - set(RANGES))
    if unknown:
        raise UsageError(f"unknown setting(s) {unknown} in {config or 'overrides'}; valid: {sorted(RANGES)}")
    return {name: _check(name, value, config) for name, value in values.items()}


def _check(name: str, value: Any, config: str | None) -> int | float:
    kind, low, high = RANGES[name]
    numeric = isinstance(value, int) or (kind is float and isinstance(value, float))
    if isinstance(value, bool) or not numeric or value < low or (high is not None and value > high):
        what = "an integer" if kind is int else "a number"
        bounds = f"from {low:g} to {high:g}" if high is not None else f"of at least {low:g}"
        where = f"{name} in {config}" if config else f"--{name.replace('_', '-')}"
        raise UsageError(f"{where} must be {what} {bounds}, got {value!r}")
    return kind(value)

