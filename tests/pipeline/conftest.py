"""Fixtures shared by the pipeline tests: the sample outputs folder the view tests read."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.pipeline.sample_outputs import write_sample_outputs


@pytest.fixture(scope="module")
def out(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """`outputs/` written from the sample records, once per module (a module may define its own `out`)."""
    return write_sample_outputs(tmp_path_factory.mktemp("outputs"))
