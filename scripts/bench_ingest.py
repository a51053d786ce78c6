"""Ingest throughput: the example corpus repeated to >= TARGET_MB, into SQLite and PostgreSQL.

Each copy gets a unique trailing line, so the bytes differ and every copy is a new
document (identical bytes would be recognised as already present).

    .venv/bin/python scripts/bench_ingest.py [--mb 100] [--pg URL]
"""

from __future__ import annotations

import argparse
import platform
import shutil
import tempfile
import time
from pathlib import Path

from claimledger.ingest.collect import WorkItem, collect
from claimledger.ledger import Ledger

REPO = Path(__file__).resolve().parents[1]


def make_corpus(target_mb: float, out: Path) -> tuple[int, int]:
    """Copy the examples' files (all formats) until the folder holds ``target_mb`` megabytes."""
    files = [item.path for item in collect([REPO / "examples"]) if isinstance(item, WorkItem)]
    total = count = 0
    copy = 0
    while total < target_mb * 1_000_000:
        folder = out / f"copy{copy:04d}"
        folder.mkdir(parents=True)
        for path in files:
            raw = path.read_bytes()
            if path.suffix.lower() in (".txt", ".md"):
                raw = raw.rstrip(b"\n") + (f"\n[copy {copy}]\n".encode("utf-16-le") if raw.startswith(b"\xff\xfe") else f"\n[copy {copy}]\n".encode())
            elif path.suffix.lower() in (".html", ".htm"):
                raw = raw + f"<!-- copy {copy} -->".encode()
            elif path.suffix.lower() == ".pdf":
                raw = raw + f"\n% copy {copy}\n".encode()
            (folder / path.name).write_bytes(raw)
            total += len(raw)
            count += 1
        copy += 1
    return count, total


def run(url: str, corpus: Path, count: int, size: int) -> dict[str, float]:
    ledger = Ledger.open(url)
    start = time.perf_counter()
    summary = ledger.ingest([corpus])
    seconds = time.perf_counter() - start
    ledger.close()
    assert summary.ingested == count, (summary.ingested, summary.failed, summary.present)
    return {"docs": count, "mb": size / 1e6, "seconds": seconds, "docs_per_s": count / seconds,
            "mb_per_s": size / 1e6 / seconds}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--mb", type=float, default=100.0)
    parser.add_argument("--pg", help="PostgreSQL URL (e.g. from scripts/pg.sh start)")
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="cl-bench-ingest-"))
    try:
        count, size = make_corpus(args.mb, work / "corpus")
        print(f"corpus: {count} files, {size / 1e6:.1f} MB; {platform.processor() or platform.machine()}, "
              f"Python {platform.python_version()}")
        targets = [("sqlite", f"sqlite:///{work / 'bench.db'}")]
        if args.pg:
            targets.append(("postgresql", args.pg))
        for name, url in targets:
            r = run(url, work / "corpus", count, size)
            print(f"{name}: {r['docs']} docs, {r['mb']:.1f} MB in {r['seconds']:.1f} s = "
                  f"{r['docs_per_s']:.1f} docs/s, {r['mb_per_s']:.2f} MB/s")
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
