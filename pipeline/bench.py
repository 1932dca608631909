"""`vnie bench`: the whole pipeline (read, normalise, every extractor, write
Parquet) on a corpus, into a temporary folder, with its speed, where the time
goes, peak memory and start-up time; `--peers` also times underthesea.ner and
dateparser's search_dates on a sample of the same articles.

A benchmark, not a test: it prints numbers (and writes them as JSON with
`--json`) for tracking; it asserts nothing.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

import psutil

from vnie.errors import UsageError
from vnie.run.settings import load_settings

# Articles timed for the peers (underthesea.ner does ~7,000 chars/s here, so
# 50 bench articles take about 20 s).
PEER_SAMPLE = 50
# Seconds between two memory samples of this process and its children.
RSS_INTERVAL = 0.05


class PeakRss:
    """Samples the summed RSS of this process and its children in a thread."""

    def __init__(self, interval: float = RSS_INTERVAL):
        self.interval = interval
        self.peak = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def __enter__(self) -> PeakRss:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()
        self.sample()

    def sample(self) -> None:
        me = psutil.Process()
        total = me.memory_info().rss
        for child in me.children(recursive=True):
            try:
                total += child.memory_info().rss
            except psutil.Error:  # a child that exited between listing and reading
                pass
        self.peak = max(self.peak, total)

    def _run(self) -> None:
        while not self._stop.wait(self.interval):
            self.sample()


def _limited_copy(source: Path, limit: int, folder: Path) -> Path:
    """The first `limit` lines of a JSONL(.gz) file, as a plain JSONL file in `folder`."""
    target = folder / "input.jsonl"
    opener = gzip.open if source.name.endswith(".gz") else open
    with opener(source, "rb") as src, target.open("wb") as dst:
        for n, line in enumerate(src):
            if n >= limit:
                break
            dst.write(line)
    return target


def _text_bytes(out: Path) -> int:
    """UTF-8 bytes of article text written to `out`."""
    import pyarrow.compute as pc
    import pyarrow.dataset as ds

    total = 0
    for batch in ds.dataset(out / "articles", format="parquet").to_batches(columns=["text"]):
        total += pc.sum(pc.binary_length(batch.column(0))).as_py() or 0
    return total


def _shares(seconds: dict[str, float]) -> dict[str, float]:
    total = sum(seconds.values()) or 1.0
    return {k: round(v / total, 4) for k, v in sorted(seconds.items(), key=lambda kv: -kv[1])}


def bench_pipeline(source: Path, limit: int | None, workers: int, batch_size: int | None = None) -> dict[str, Any]:
    """Run the pipeline on `source` in a fresh process, into a temporary folder, and measure it.

    The run happens in a child Python process so that "end to end" and
    "start-up" include interpreter start, imports and gazetteer loading, as a
    nightly `vnie run` would pay them.

    Args:
        source: a JSONL(.gz) file or any input `vnie run` reads.
        limit: first N records only (JSONL inputs), or None for all.
        workers: extraction processes.
        batch_size: articles per batch (default from settings).

    Returns:
        The measurements, JSON-ready.

    Raises:
        RuntimeError: if the child process fails (its stderr is in the message).
    """
    with tempfile.TemporaryDirectory(prefix="vnie-bench-") as tmp:
        folder = Path(tmp)
        inputs = _limited_copy(source, limit, folder) if limit else source.resolve()
        spec = {"inputs": str(inputs), "out": str(folder / "out"), "workers": workers,
                "batch_size": batch_size, "result": str(folder / "result.json")}
        load = os.getloadavg()[0]
        cpu = _children_cpu()
        started = time.time()
        clock = time.perf_counter()
        child = subprocess.run([sys.executable, "-m", "vnie.bench", json.dumps(spec)],
                               capture_output=True, text=True, cwd=Path(__file__).resolve().parent.parent)
        end_to_end = time.perf_counter() - clock
        cpu = _children_cpu() - cpu
        if child.returncode != 0:
            raise RuntimeError(f"bench run failed (exit {child.returncode}):\n{child.stderr[-4000:]}")
        inner = json.loads(Path(spec["result"]).read_text(encoding="utf-8"))
        n_bytes = _text_bytes(folder / "out")
    children_peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss * 1024
    measures = _measures(inner, end_to_end, started, n_bytes, children_peak, workers)
    measures.update(cpu_seconds=round(cpu, 3), chars_per_cpu_s=round(inner["n_chars"] / cpu) if cpu else None,
                    load_average_before=round(load, 2))
    return measures


def _children_cpu() -> float:
    """User + system CPU seconds of every finished child process (and theirs)."""
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def _child(spec_json: str) -> int:
    """In the child process: run the pipeline, write its summary and memory peak as JSON."""
    spec = json.loads(spec_json)
    from vnie.run.stages import run_pipeline
    from vnie.run.settings import load_settings
    from vnie.run.tables import convert_without_pandas

    convert_without_pandas()  # as `vnie run` does

    settings = load_settings(workers=spec["workers"], batch_size=spec["batch_size"])
    with PeakRss() as rss:
        clock = time.perf_counter()
        s = run_pipeline([Path(spec["inputs"])], Path(spec["out"]), settings)
        seconds = time.perf_counter() - clock
    Path(spec["result"]).write_text(json.dumps({
        "n_new": s.n_new, "n_inputs": s.n_inputs, "n_rejected": s.n_rejected, "n_chars": s.n_chars,
        "run_seconds": seconds, "first_article_at": s.first_article_at, "peak_rss": rss.peak,
        "stage_seconds": s.stage_seconds, "rows": s.rows,
    }), encoding="utf-8")
    return 0


def _measures(r: dict[str, Any], end_to_end: float, started: float, n_bytes: int, children_peak: int,
              workers: int) -> dict[str, Any]:
    first = r["first_article_at"]
    n_new, n_chars = r["n_new"], r["n_chars"]
    return {
        "workers": workers,
        "articles": n_new,
        "inputs": r["n_inputs"],
        "rejected": r["n_rejected"],
        "chars": n_chars,
        "text_mb": round(n_bytes / 1e6, 3),
        "run_seconds": round(r["run_seconds"], 3),
        "end_to_end_seconds": round(end_to_end, 3),
        "articles_per_s": round(n_new / end_to_end, 1),
        "chars_per_s": round(n_chars / end_to_end),
        "mb_per_s": round(n_bytes / 1e6 / end_to_end, 3),
        "run_chars_per_s": round(n_chars / r["run_seconds"]),
        "startup_seconds": round(first - started, 3) if first else None,
        "peak_rss_mb": round(r["peak_rss"] / 2**20, 1),
        "peak_rss_largest_process_mb": round(children_peak / 2**20, 1),
        "stage_seconds": {k: round(v, 3) for k, v in r["stage_seconds"].items()},
        "stage_shares": _shares(r["stage_seconds"]),
        # cross-article linking (load, link each batch, rebuild persons), in the writing process
        "persons_seconds": round(r["stage_seconds"].get("persons", 0.0), 3),
        "persons_share_of_run": round(r["stage_seconds"].get("persons", 0.0) / r["run_seconds"], 4)
        if r["run_seconds"] else None,
        "rows": r["rows"],
    }


def _sample_texts(source: Path, n: int) -> list[str]:
    """Normalised texts of the first `n` articles of `source`."""
    from vnie.extractors.normalise import normalise_text
    from vnie.run.read import RawArticle, read_inputs

    settings = load_settings()
    texts: list[str] = []
    for item in read_inputs([source], settings.max_bytes, settings.max_chars):
        if isinstance(item, RawArticle):
            texts.append(normalise_text(item.text))
            if len(texts) == n:
                break
    return texts


def _ours(texts: list[str]) -> float:
    """Seconds for metadata + every extractor over `texts` in this process."""
    from vnie.extractors.base import NormalisedDoc
    from vnie.extractors.metadata import extract_metadata
    from vnie.extractors.normalise import article_id
    from vnie.run.stages import build_extraction

    extraction = build_extraction()
    clock = time.perf_counter()
    for text in texts:
        meta = extract_metadata(text)
        extraction(NormalisedDoc(article_id(text), text, meta.published.replace(tzinfo=None)
                                 if meta.published else None))
    return time.perf_counter() - clock


def _timed_per_line(texts: list[str], call: Any) -> float:
    clock = time.perf_counter()
    for text in texts:
        for line in text.split("\n"):
            if line.strip():
                call(line)
    return time.perf_counter() - clock


def bench_peers(source: Path, n: int = PEER_SAMPLE) -> dict[str, Any]:
    """Time our extractors, underthesea.ner and dateparser's search_dates on `n` articles.

    The peers get one paragraph at a time (what they are built for); ours get
    whole articles.
    """
    texts = _sample_texts(source, n)
    chars = sum(map(len, texts))
    result: dict[str, Any] = {"articles": len(texts), "chars": chars}
    ours = _ours(texts)
    result["ours_chars_per_s"] = round(chars / ours)
    from dateparser.search import search_dates
    from underthesea import ner

    peers = {
        "underthesea.ner": lambda line: ner(line),
        "dateparser.search_dates": lambda line: search_dates(line, languages=["vi"]),
    }
    for name, call in peers.items():
        call("Sáng 8/8, tại Hà Nội.")  # load models outside the timing
        seconds = _timed_per_line(texts, call)
        result[name] = {"seconds": round(seconds, 3), "chars_per_s": round(chars / seconds),
                        "ours_times_faster": round(seconds / ours, 1)}
    return result


def _print(report: dict[str, Any]) -> None:
    p = report["pipeline"]
    print(f"vnie bench: {p['articles']} articles ({p['chars']:,} chars, {p['text_mb']} MB of text), "
          f"{p['workers']} worker(s)")
    print(f"  end to end    {p['end_to_end_seconds']:.2f} s (run {p['run_seconds']:.2f} s)")
    print(f"  articles/s    {p['articles_per_s']:,.0f}")
    print(f"  chars/s       {p['chars_per_s']:,} (run only {p['run_chars_per_s']:,})")
    print(f"  MB/s          {p['mb_per_s']:.2f}")
    print(f"  CPU           {p['cpu_seconds']:.2f} s ({p['chars_per_cpu_s']:,} chars per CPU second; "
          f"load average before {p['load_average_before']})")
    print(f"  start-up      {p['startup_seconds']} s (process start to first article)")
    print(f"  peak RSS      {p['peak_rss_mb']} MB (run process + its workers, summed; "
          f"largest single process {p['peak_rss_largest_process_mb']} MB)")
    print("  stage shares  " + ", ".join(f"{k} {v:.1%}" for k, v in p["stage_shares"].items()))
    if p.get("persons_share_of_run") is not None:
        print(f"  persons       {p['persons_seconds']:.2f} s linking and rebuild ({p['persons_share_of_run']:.1%} "
              f"of the run, {p['rows'].get('persons', 0):,} persons)")
    if "peers" in report:
        q = report["peers"]
        print(f"peers on {q['articles']} articles ({q['chars']:,} chars): ours {q['ours_chars_per_s']:,} chars/s")
        for name in ("underthesea.ner", "dateparser.search_dates"):
            r = q[name]
            print(f"  {name:<24} {r['chars_per_s']:>10,} chars/s  ({r['seconds']} s; ours {r['ours_times_faster']}x faster)")


# `vnie bench --html` runs the pipeline over this many copies of the pages.
HTML_ROUNDS = 5


def bench_html(folder: Path) -> dict[str, Any]:
    """Pages/s and MB/s of HTML pages under `folder`: reading alone (HTML to text and
    metadata) with each trafilatura setting, and the whole pipeline in one process."""
    from vnie.run.pages import PageError, read_page
    from vnie.run.read import InputError, decode_bytes
    from vnie.run.stages import run_pipeline

    pages = sorted(p for p in folder.rglob("*") if p.suffix.lower() in (".html", ".htm"))
    n_bytes = sum(p.stat().st_size for p in pages)
    texts = []
    for page in pages:
        try:
            texts.append(decode_bytes(page.read_bytes()))
        except InputError:
            continue
    reading: dict[str, float] = {}
    for favor in ("balanced", "precision", "recall"):
        clock = time.process_time()
        for html in texts:
            try:
                read_page(html, favor)
            except PageError:
                pass
        reading[favor] = time.process_time() - clock
    with tempfile.TemporaryDirectory(prefix="vnie-bench-html-") as tmp:
        for n in range(HTML_ROUNDS):  # copies, so start-up (0.5 s) does not dominate 9 pages
            shutil.copytree(folder, Path(tmp) / "in" / f"round{n}",
                            ignore=lambda _, names: [x for x in names if not x.lower().endswith((".html", ".htm"))])
        clock, cpu = time.perf_counter(), time.process_time()
        summary = run_pipeline([Path(tmp) / "in"], Path(tmp) / "out", load_settings())
        whole, whole_cpu = time.perf_counter() - clock, time.process_time() - cpu
    pages = pages * HTML_ROUNDS
    n_bytes *= HTML_ROUNDS
    mb = n_bytes / 1e6
    return {"pages": len(pages), "mb": mb, "pipeline_seconds": whole, "pipeline_cpu_seconds": whole_cpu,
            "n_new": summary.n_new, "n_rejected": summary.n_rejected,
            "pages_per_s": len(pages) / whole if whole else 0.0, "mb_per_s": mb / whole if whole else 0.0,
            "pages_per_cpu_s": len(pages) / whole_cpu if whole_cpu else 0.0,
            "reading_pages_per_cpu_s": {k: len(texts) / v if v else 0.0 for k, v in reading.items()},
            "load_average": os.getloadavg()[0]}


def _print_html(report: dict[str, Any]) -> None:
    print(f"vnie bench --html: {report['pages']} pages ({report['mb']:.2f} MB of HTML: {HTML_ROUNDS} copies "
          f"of the folder's pages), 1 process")
    print(f"  whole pipeline  {report['pipeline_seconds']:.2f} s: {report['pages_per_s']:.1f} pages/s, "
          f"{report['mb_per_s']:.2f} MB/s ({report['n_new']} articles, {report['n_rejected']} rejects); "
          f"{report['pages_per_cpu_s']:.1f} pages per CPU second (load average {report['load_average']:.1f})")
    for favor, rate in report["reading_pages_per_cpu_s"].items():
        print(f"  reading only (HTML to text and metadata), trafilatura {favor:9} {rate:.1f} pages per CPU second")


def cmd_bench(args: argparse.Namespace) -> int:
    """`vnie bench`: print (and with --json write) the measures.

    Raises:
        UsageError: a missing input, --workers or --limit out of range.
    """
    if getattr(args, "html", None):
        if not args.html.is_dir():
            raise UsageError(f"no such folder: {args.html}; give a folder of .html pages with --html")
        report = bench_html(args.html)
        _print_html(report)
        if args.json:
            args.json.parent.mkdir(parents=True, exist_ok=True)
            args.json.write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
        return 0
    if not args.input.exists():
        raise UsageError(f"no such input: {args.input}; give a JSONL(.gz) file with --input")
    if args.limit is not None and args.limit < 1:
        raise UsageError(f"--limit must be at least 1, got {args.limit}")
    load_settings(workers=args.workers)  # the same bounds as `vnie run --workers`
    report: dict[str, Any] = {"input": str(args.input), "limit": args.limit,
                              "pipeline": bench_pipeline(args.input, args.limit, args.workers)}
    if args.peers:
        report["peers"] = bench_peers(args.input)
    _print(report)
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(report, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(_child(sys.argv[1]))
