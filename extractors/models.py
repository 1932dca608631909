"""Placeholder until the models extractor lands: finds nothing yet."""

from __future__ import annotations

from typing import Any

from extractors.base import Found, Mention, NormalisedDoc


def build():
    """The models extractor (not written yet: returns no mentions)."""

    def extract(doc: NormalisedDoc, found: Found) -> list[Mention[Any]]:
        return []

    return extract
