"""The one record type every extractor returns, and the extractor contract.

A `Mention` is a half-open span `[start, end)` of `NormalisedDoc.text` plus a
typed value. Mentions are built with `Mention.at`, which slices the text
itself, so `mention.text == doc.text[start:end]` holds by construction.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, Generic, Protocol, TypeVar


@dataclass(frozen=True, slots=True)
class NormalisedDoc:
    """What every extractor sees: the normalised text and its anchors."""

    article_id: str
    text: str
    published: dt.datetime | None = None


@dataclass(frozen=True, slots=True)
class Candidate:
    """A cheap, uninterpreted match found by a `find_*` function."""

    start: int
    end: int
    rule: str
    groups: Mapping[str, str | None] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class DateValue:
    value: str
    kind: str
    date_start: dt.date | None
    date_end: dt.date | None


@dataclass(frozen=True, slots=True)
class OfficialValue:
    name: str
    rank: str | None
    titles: tuple[str, ...]
    person_key: str


@dataclass(frozen=True, slots=True)
class PositionValue:
    """One title mention as a post: canonical role, expanded organisation, its kind and province."""

    person_key: str
    role: str | None
    organisation: str | None
    org_kind: str
    province: str | None
    province_2025: str | None
    qualifier: str | None


@dataclass(frozen=True, slots=True)
class ProvinceValue:
    province: str
    province_2025: str


@dataclass(frozen=True, slots=True)
class RegionValue:
    region: str


@dataclass(frozen=True, slots=True)
class LocalityValue:
    name: str
    level: str
    province: str | None


@dataclass(frozen=True, slots=True)
class ModelValue:
    name: str
    province: str | None


@dataclass(frozen=True, slots=True)
class NumberValue:
    value: float
    unit: str | None
    qualifier: str | None
    value_high: float | None = None  # the upper end of a range (`3-4 tháng`); `value` is then the lower


@dataclass(frozen=True, slots=True)
class QuoteValue:
    kind: str
    speaker: str | None


V = TypeVar("V")


class SpanError(ValueError):
    """A span that does not fit the document text."""


@dataclass(frozen=True, slots=True)
class Mention(Generic[V]):
    """One extracted fact: a span of `articles.text` and its typed value."""

    article_id: str
    start: int
    end: int
    text: str
    rule: str
    value: V

    @classmethod
    def at(cls, doc: NormalisedDoc, start: int, end: int, rule: str, value: V) -> Mention[V]:
        """Build a mention over `doc.text[start:end]`.

        Raises:
            SpanError: if the span is empty or outside the text.
        """
        if not 0 <= start < end <= len(doc.text):
            raise SpanError(
                f"rule {rule}: span [{start}, {end}) outside text of length "
                f"{len(doc.text)} in article {doc.article_id}"
            )
        return cls(doc.article_id, start, end, doc.text[start:end], rule, value)


Found = Mapping[str, list[Mention[Any]]]
"""Mentions of the stages that ran before, keyed by stage name."""


class Extractor(Protocol):
    """A built extractor: `extract(doc, found)` returns its mentions, `[]` for none."""

    def __call__(self, doc: NormalisedDoc, found: Found) -> list[Mention[Any]]: ...
