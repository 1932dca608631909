"""The ordered list of extraction stages: the one place that says what runs.

Adding an extractor is one module in `extractors/` exposing `build()` and one
line here. A stage sees the mentions of the stages it `requires`; they must
come earlier in the list. No import-time registration.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from typing import Any

from vnie.extractors.base import Extractor, Found, Mention, NormalisedDoc


@dataclass(frozen=True, slots=True)
class Stage:
    name: str
    module: str
    assigns: tuple[str, ...]
    requires: tuple[str, ...] = ()


# fmt: off
STAGES: tuple[Stage, ...] = (
    Stage("dates",     "vnie.extractors.dates",     assigns=("dates",)),
    Stage("provinces", "vnie.extractors.provinces", assigns=("provinces", "regions", "localities")),
    Stage("officials", "vnie.extractors.officials", assigns=("officials", "positions"), requires=("provinces",)),
    Stage("models",    "vnie.extractors.models",    assigns=("models", "quotes"), requires=("provinces", "officials")),
    Stage("numbers",   "vnie.extractors.numbers",   assigns=("numbers",), requires=("dates", "models", "provinces")),
)
# fmt: on


def _check_order(stages: tuple[Stage, ...]) -> None:
    seen: set[str] = set()
    for stage in stages:
        missing = [r for r in stage.requires if r not in seen]
        if missing:
            raise ValueError(f"stage {stage.name!r} requires {missing}, which do not run before it")
        seen.add(stage.name)


_check_order(STAGES)


class StageError(RuntimeError):
    """An extractor raised; carries the stage name for the `rejects` row."""

    def __init__(self, stage: str, article_id: str, error: BaseException):
        super().__init__(f"stage {stage!r} failed on article {article_id}: {type(error).__name__}: {error}")
        self.stage = stage

    def __reduce__(self) -> tuple[Any, ...]:
        """Picklable, so a worker process or a Dask worker can send it back."""
        return (_stage_error, (self.stage, str(self)))


def _stage_error(stage: str, message: str) -> StageError:
    exc = StageError.__new__(StageError)
    RuntimeError.__init__(exc, message)
    exc.stage = stage
    return exc


class Extraction:
    """Every stage, built once per process; call it on a document."""

    def __init__(self, stages: tuple[Stage, ...] = STAGES):
        self.stages = stages
        self.extractors: list[tuple[Stage, Extractor]] = [
            (stage, importlib.import_module(stage.module).build()) for stage in stages
        ]

    def __call__(self, doc: NormalisedDoc) -> dict[str, list[Mention[Any]]]:
        """Mentions of every stage, keyed by stage name.

        Raises:
            StageError: when an extractor raises, naming the stage and article.
        """
        found: dict[str, list[Mention[Any]]] = {}
        for stage, extract in self.extractors:
            view: Found = {name: found[name] for name in stage.requires}
            try:
                found[stage.name] = extract(doc, view)
            except Exception as exc:  # an extractor bug: re-raised with where it happened
                raise StageError(stage.name, doc.article_id, exc) from exc
        return found
