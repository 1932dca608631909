"""Fuzzing (issue 6): mutated real articles through decoding, reading,
normalisation and every extractor: no unhandled exception, every offset valid."""

from __future__ import annotations

import codecs
import functools
import json

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from vnie.extractors.base import NormalisedDoc
from vnie.extractors.normalise import article_id, normalise_text
from vnie.extractors.registry import Extraction
from vnie.run.read import InputError, Reject, _read_jsonl, decode_bytes
from tests.conftest import SEEDS

# Examples per property: enough to hit encodings, splices and junk, small
# enough to keep the module under ~30 s on 2 cores.
MAX_EXAMPLES = 60
# Characters that break naive code: marks, zero-width, quotes, digits and
# separators, bidi, surrogate-free astral, backspace, NUL, Windows-1252 leftovers.
TRICKY = ("\u0300\u0301\u0309\u0303\u0323\u200b\u200d\ufeff\u00a0\u2028\r\n\t\x08\x00\x7f"
          "\"'“”‘’«»()[]./,-–—:;%0123456789 ĐđƯưƠơĂăÂâÊêÔô\u202e😀ÃÄÆá»áº")


@functools.cache
def _seeds() -> tuple[str, ...]:
    return tuple(p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt")))


@functools.cache
def _extraction() -> Extraction:
    return Extraction()


@st.composite
def mutated_articles(draw: st.DrawFn) -> str:
    """A seed article with a few random edits: splices, deletions, duplications, junk."""
    text = draw(st.sampled_from(_seeds()))
    for _ in range(draw(st.integers(0, 6))):
        i = draw(st.integers(0, len(text)))
        j = min(len(text), i + draw(st.integers(0, 400)))
        op = draw(st.sampled_from(["insert", "delete", "duplicate", "upper", "strip_marks"]))
        if op == "insert":
            junk = draw(st.text(alphabet=st.sampled_from(TRICKY) | st.characters(), max_size=40))
            text = text[:i] + junk + text[i:]
        elif op == "delete":
            text = text[:i] + text[j:]
        elif op == "duplicate":
            text = text[:j] + text[i:j] * draw(st.integers(1, 5)) + text[j:]
        elif op == "upper":
            text = text[:i] + text[i:j].upper() + text[j:]
        else:
            text = text[:i] + text[i:j].encode("ascii", "ignore").decode() + text[j:]
    return text


def _encode(text: str, encoding: str) -> bytes:
    if encoding == "utf-16":
        return codecs.BOM_UTF16_LE + text.encode("utf-16-le", "surrogatepass")
    return text.encode(encoding, "replace" if encoding == "cp1258" else "surrogatepass")


def _check_mentions(doc: NormalisedDoc) -> None:
    found = _extraction()(doc)
    for stage, mentions in found.items():
        assert isinstance(mentions, list), stage
        for m in mentions:
            assert 0 <= m.start < m.end <= len(doc.text), (stage, m)
            assert m.text == doc.text[m.start:m.end], (stage, m)
            assert m.article_id == doc.article_id


@settings(max_examples=MAX_EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(mutated_articles(), st.sampled_from(["utf-8", "utf-16", "cp1258", "raw"]), st.binary(max_size=30))
def test_mutated_bytes_decode_or_reject_and_extract_with_valid_offsets(
        text: str, encoding: str, noise: bytes) -> None:
    data = _encode(text, "utf-8") if encoding == "raw" else _encode(text, encoding)
    if encoding == "raw":
        cut = len(data) // 2
        data = data[:cut] + noise + data[cut:]
    try:
        decoded = decode_bytes(data)
    except InputError:
        return  # a reject row: the expected outcome for junk
    norm = normalise_text(decoded)
    assert normalise_text(norm) == norm  # idempotent: articles.text is a fixed point
    _check_mentions(NormalisedDoc(article_id(norm), norm, None))


@settings(max_examples=MAX_EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(mutated_articles(), st.dictionaries(st.sampled_from(["id", "url", "title", "published", "author", "x"]),
                                           st.one_of(st.none(), st.integers(), st.text(max_size=20),
                                                     st.lists(st.text(max_size=5), max_size=3))),
       st.binary(max_size=20))
def test_mutated_jsonl_records_read_or_reject(tmp_path_factory, text: str, fields: dict, noise: bytes) -> None:
    path = tmp_path_factory.mktemp("fuzz") / "feed.jsonl"
    good = json.dumps({**fields, "text": text}, ensure_ascii=False).encode("utf-8", "surrogatepass")
    path.write_bytes(good + b"\n" + noise + b"\n" + good[: len(good) // 2] + b"\n")
    items = list(_read_jsonl(path, "feed.jsonl", 1_000_000))
    assert items and all(isinstance(i, Reject) or i.text for i in items)
    for item in items:
        if not isinstance(item, Reject):
            norm = normalise_text(item.text)
            _check_mentions(NormalisedDoc(article_id(norm), norm, None))


# --- hostile classes (issue 12): surrogates, nesting depth, names that are not UTF-8 ---

# Runs per property below: each is a whole run (read, extract, write Parquet).
MAX_RUNS = 25
# Nesting depths: flat, deep but parseable, and far past the JSON reader's limit.
DEPTHS = (0, 3, 900, 5_000, 200_000)
SURROGATES = st.integers(0xD800, 0xDFFF).map(chr)


@st.composite
def hostile_json_values(draw: st.DrawFn) -> str:
    """A JSON value as text: a string with unpaired surrogates, a number, or a deeply nested list."""
    text = draw(st.text(alphabet=SURROGATES | st.sampled_from(TRICKY) | st.characters(), max_size=12))
    value = json.dumps(draw(st.sampled_from([text, 7, None, [text], {"k": text}])))  # ASCII: "\udfff" escapes
    depth = draw(st.sampled_from(DEPTHS))
    return "[" * depth + value + "]" * depth


@st.composite
def hostile_records(draw: st.DrawFn) -> str:
    """One JSONL line: real text with hostile values in any field, the text included."""
    fields = {"text": json.dumps(draw(mutated_articles()))}
    for key in draw(st.lists(st.sampled_from(["id", "url", "title", "published", "author", "text", "tags"]),
                             max_size=3, unique=True)):
        fields[key] = draw(hostile_json_values())
    if draw(st.booleans()):  # a surrogate inside the article text itself
        body = fields["text"]
        cut = draw(st.integers(1, max(1, len(body) - 2)))
        if body.startswith('"') and not body[cut - 1] == "\\":
            fields["text"] = body[:cut] + "\\ud83d" + body[cut:]
    return "{" + ", ".join(f'"{k}": {v}' for k, v in fields.items()) + "}"


# File names as bytes: anything but "/" and NUL, often not UTF-8.
NAME_BYTES = st.binary(min_size=1, max_size=16).filter(lambda b: b"/" not in b and b"\0" not in b
                                                     and not b.startswith(b"."))


@settings(max_examples=MAX_RUNS, deadline=None, suppress_health_check=[HealthCheck.too_slow,
                                                                       HealthCheck.function_scoped_fixture])
@given(st.lists(hostile_records(), min_size=1, max_size=4), NAME_BYTES, st.sampled_from([b".txt", b".jsonl"]))
def test_hostile_inputs_never_crash_a_run(tmp_path_factory, lines: list[str], name: bytes, suffix: bytes) -> None:
    import os

    import pandas as pd

    from vnie.run.settings import load_settings
    from vnie.run.stages import run_pipeline

    folder = tmp_path_factory.mktemp("hostile")
    good = _seeds()[0]
    (folder / "good.txt").write_text(good, encoding="utf-8")
    (folder / "feed.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    content = (lines[0] + "\n") if suffix == b".jsonl" else good[: len(good) // 2]
    with open(os.path.join(os.fsencode(folder), name + suffix), "w", encoding="utf-8") as handle:
        handle.write(content)
    out = tmp_path_factory.mktemp("out")
    summary = run_pipeline([folder], out, load_settings())
    n_inputs = 2 + len(lines)  # good.txt, each line of feed.jsonl, the oddly named file (one line)
    assert summary.n_inputs == n_inputs
    assert summary.n_failed == 0  # hostile input is a reject or a note, never an "extractor bug"
    assert summary.n_new + summary.n_skipped + summary.n_rejected == n_inputs
    articles = pd.read_parquet(out / "articles")
    assert article_id(normalise_text(good)) in set(articles["article_id"])
    for row in articles.itertuples():
        assert row.source.encode("utf-8") and row.text.encode("utf-8")  # stored, hence encodable
