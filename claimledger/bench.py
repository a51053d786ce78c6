"""Extraction benchmark: throughput (words/second, one process) and peak memory.

``bench_extract(texts)`` runs the extraction pipeline over the given texts (extraction
only: no ingest, no store) and reports words/second (wall clock, and per CPU-second of
this process, which is the per-core figure when the machine is shared), characters/second, documents,
claims, peak memory and the machine it ran on. The timed pass runs ``rounds`` times and the round of
median CPU time gives the figures (a shared or virtual machine's speed drifts by a fifth from one
moment to the next); the fastest and slowest rounds are reported beside it. Peak memory is the
process's maximum resident set size (``resource.getrusage``), so it includes the interpreter and the
loaded lexicons and gazetteer; optionally ``trace_memory=True`` adds the peak of Python
allocations during the run (tracemalloc, which slows extraction down, so the
throughput is measured in a separate pass).
"""

from __future__ import annotations

import platform
import re
import sys
import time
import tracemalloc
from collections.abc import Callable, Iterable
from pathlib import Path

from pydantic import BaseModel
from rich.table import Table

from claimledger.models import ClaimIn, SourceText

_WORD = re.compile(r"\S+")


class BenchReport(BaseModel):
    """What ``claimledger bench`` prints."""

    documents: int
    words: int
    characters: int
    claims: int
    seconds: float
    cpu_seconds: float
    words_per_second: float
    words_per_cpu_second: float
    chars_per_second: float
    peak_rss_mb: float | None
    peak_traced_mb: float | None
    warmup_seconds: float
    cpu: str
    python: str
    interpreter: str = ""  # the running interpreter's executable, symlinks resolved (its build matters)
    platform: str
    extractor: str
    native: bool = False  # the compiled build of the extraction modules was used (claimledger.native)
    rounds: int = 1  # timed passes over the texts; the figures above are the median round's
    words_per_cpu_second_min: float = 0.0  # the slowest round
    words_per_cpu_second_max: float = 0.0  # the fastest round

    def table(self) -> Table:
        t = Table(title="claimledger bench: extraction throughput (one process)")
        t.add_column("measure")
        t.add_column("value", justify="right")
        rows = [
            ("documents", f"{self.documents:,}"), ("words", f"{self.words:,}"), ("claims", f"{self.claims:,}"),
            ("seconds (wall)", f"{self.seconds:.2f}"), ("seconds (CPU)", f"{self.cpu_seconds:.2f}"),
            ("words/second (wall)", f"{self.words_per_second:,.0f}"),
            ("words/CPU-second", f"{self.words_per_cpu_second:,.0f}"),
            (f"words/CPU-second, {self.rounds} rounds (min-max)",
             f"{self.words_per_cpu_second_min:,.0f}-{self.words_per_cpu_second_max:,.0f}"),
            ("characters/second", f"{self.chars_per_second:,.0f}"),
            ("peak RSS (MB)", f"{self.peak_rss_mb:.1f}" if self.peak_rss_mb is not None else "n/a"),
            ("peak traced (MB)", f"{self.peak_traced_mb:.1f}" if self.peak_traced_mb is not None else "-"),
            ("warm-up (s)", f"{self.warmup_seconds:.2f}"), ("CPU", self.cpu), ("Python", self.python),
            ("interpreter", self.interpreter), ("platform", self.platform), ("extractor", self.extractor),
            ("compiled build", "yes" if self.native else "no (pure Python)"),
        ]
        for k, v in rows:
            t.add_row(k, v)
        return t


def cpu_model() -> str:
    """The CPU model name (``/proc/cpuinfo`` on Linux, else ``platform.processor()``)."""
    try:
        for line in Path("/proc/cpuinfo").read_text(encoding="utf-8", errors="replace").splitlines():
            if line.lower().startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or platform.machine() or "unknown"


def _peak_rss_mb() -> float | None:
    try:
        import resource
    except ImportError:  # not on Windows
        return None
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024


def bench_extract(texts: Iterable[SourceText], *, extract_fn: Callable[[SourceText], list[ClaimIn]] | None = None,
                  trace_memory: bool = False, rounds: int = 1) -> BenchReport:
    """Measure extraction throughput and memory over ``texts``.

    texts (Iterable[SourceText]): the documents (materialised first, so reading them is not timed).
    extract_fn (callable): the extractor; default :func:`claimledger.extract.pipeline.extract`.
    trace_memory (bool): also report the peak of traced Python allocations (a second pass).
    rounds (int): timed passes over ``texts``; the median round (by CPU time) gives the figures.
    RETURNS (BenchReport): words/second, peak memory, machine and Python version.
    """
    from claimledger import native
    from claimledger.extract.pipeline import EXTRACTOR_VERSION, build_pipeline, extract

    fn = extract_fn or extract
    docs = list(texts)
    t0 = time.perf_counter()
    build_pipeline()
    fn(SourceText(doc_id="warmup", text="On 3 March 2020, a strike in Kyiv killed 4 people, officials said."))
    warmup = time.perf_counter() - t0
    words = sum(len(_WORD.findall(d.text)) for d in docs)
    chars = sum(len(d.text) for d in docs)
    timings: list[tuple[float, float]] = []  # (CPU seconds, wall seconds) per round
    claims = 0
    for _ in range(max(1, rounds)):
        claims = 0
        start = time.perf_counter()
        cpu_start = time.process_time()
        for d in docs:
            claims += len(fn(d))
        timings.append((time.process_time() - cpu_start, time.perf_counter() - start))
    timings.sort()
    cpu_seconds, seconds = timings[len(timings) // 2]
    traced = None
    if trace_memory:
        tracemalloc.start()
        for d in docs:
            fn(d)
        traced = tracemalloc.get_traced_memory()[1] / (1024 * 1024)
        tracemalloc.stop()
    return BenchReport(
        documents=len(docs), words=words, characters=chars, claims=claims, seconds=round(seconds, 4),
        cpu_seconds=round(cpu_seconds, 4),
        words_per_second=round(words / seconds, 1) if seconds else 0.0,
        words_per_cpu_second=round(words / cpu_seconds, 1) if cpu_seconds else 0.0,
        chars_per_second=round(chars / seconds, 1) if seconds else 0.0,
        peak_rss_mb=_peak_rss_mb(), peak_traced_mb=traced, warmup_seconds=round(warmup, 3), cpu=cpu_model(),
        python=platform.python_version(), interpreter=str(Path(sys.executable).resolve()),
        platform=platform.platform(), extractor=EXTRACTOR_VERSION,
        native=native.loaded() is not None and extract_fn is None, rounds=len(timings),
        words_per_cpu_second_min=round(words / timings[-1][0], 1) if timings[-1][0] else 0.0,
        words_per_cpu_second_max=round(words / timings[0][0], 1) if timings[0][0] else 0.0,
    )


def texts_from_dir(path: Path, pattern: str = "**/*.txt") -> list[SourceText]:
    """Plain-text files under ``path`` as ``SourceText`` (for ``claimledger bench --corpus DIR``)."""
    out = []
    for f in sorted(path.glob(pattern)):
        if f.is_file():
            out.append(SourceText(doc_id=str(f.relative_to(path)), text=f.read_bytes().decode("utf-8", errors="replace")))
    return out


def texts_from_jsonl(path: Path, field: str = "text", limit: int | None = None) -> list[SourceText]:
    """One ``SourceText`` per JSONL record's ``field`` (e.g. the external benchmark files)."""
    import json

    out = []
    with path.open(encoding="utf-8") as fh:
        for i, line in enumerate(fh):
            if limit is not None and i >= limit:
                break
            if line.strip():
                rec = json.loads(line)
                out.append(SourceText(doc_id=str(rec.get("id", i)), text=rec.get(field) or ""))
    return out
