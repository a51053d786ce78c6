"""Scale benchmark: batch extraction (one process vs a LocalCluster of 1 and 2 workers),
peak memory per worker as the input grows, and bulk-load rates into SQLite and PostgreSQL.

Needs a corpus from ``scripts/make_synthetic_corpus.py`` (part folders of ~5 MB):

    .venv/bin/python scripts/make_synthetic_corpus.py --out /tmp/claimledger-synth --mb 200
    .venv/bin/python scripts/bench_scale.py --corpus /tmp/claimledger-synth \\
        --throughput-mb 20 --memory-mb 50 200 --pg-url postgresql+psycopg://postgres@127.0.0.1:54329/postgres

Throughput excludes cluster start-up (reported apart); peak memory is each worker
process's maximum resident set size (``ru_maxrss``). Results are printed as a table and
written as JSON (``--json``).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import shutil
import subprocess
import sys
import time
import uuid
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from claimledger.batch import BatchSummary, local_cluster, run_batch  # noqa: E402


def parts_for(corpus: Path, mb: float) -> list[Path]:
    """The first part folders that add up to ``mb`` megabytes (10^6 bytes)."""
    chosen: list[Path] = []
    total = 0
    for folder in sorted(p for p in corpus.iterdir() if p.is_dir()):
        if total >= mb * 1e6:
            break
        chosen.append(folder)
        total += sum(f.stat().st_size for f in folder.glob("*.txt"))
    return chosen


def words_in(parts: list[Path]) -> int:
    return sum(len(f.read_bytes().split()) for folder in parts for f in folder.glob("*.txt"))


def result(label: str, summary: BatchSummary, seconds: float, words: int, **more: Any) -> dict[str, Any]:
    worker_peaks = sorted(summary.peak_rss_by_pid.values())
    return {
        "run": label,
        "workers": summary.workers,
        "documents": summary.documents,
        "claims": summary.claims,
        "failures": len(summary.failures),
        "mb": summary.bytes_in / 1e6,
        "seconds": seconds,
        "mb_per_s": summary.bytes_in / 1e6 / seconds,
        "cpu_seconds": summary.cpu_seconds,
        "mb_per_cpu_s": summary.bytes_in / 1e6 / summary.cpu_seconds if summary.cpu_seconds else None,
        "words_per_s": words / seconds,
        "docs_per_s": summary.documents / seconds,
        "peak_rss_mb_per_worker": [round(p / 1e6, 1) for p in worker_peaks],
        **more,
    }


def run_single(parts: list[Path], out: Path) -> dict[str, Any]:
    """One process, no Dask (run in a fresh interpreter so its peak memory is its own)."""
    code = (
        "import json, resource, sys, time\n"
        f"sys.path.insert(0, {str(REPO)!r})\n"
        "from claimledger.batch import run_batch\n"
        "t = time.perf_counter()\n"
        f"s = run_batch({[str(p) for p in parts]!r}, {str(out)!r}, workers=0)\n"
        "print(json.dumps({'documents': s.documents, 'claims': s.claims, 'failures': len(s.failures), "
        "'bytes': s.bytes_in, 'seconds': time.perf_counter() - t, 'cpu': s.cpu_seconds, "
        "'peak': resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024}))\n"
    )
    done = subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, text=True)
    return json.loads(done.stdout.strip().splitlines()[-1])


def run_cluster(parts: list[Path], out: Path, workers: int) -> tuple[BatchSummary, float, float]:
    started = time.perf_counter()
    cluster = local_cluster(workers)
    from distributed import Client

    with Client(cluster) as client:
        client.wait_for_workers(workers)
        startup = time.perf_counter() - started
        began = time.perf_counter()
        summary = run_batch(parts, out, scheduler=cluster.scheduler_address)
        seconds = time.perf_counter() - began
    cluster.close()
    return summary, seconds, startup


def bench_load(batch_dir: Path, url: str) -> dict[str, Any]:
    from claimledger.ledger import Ledger
    from claimledger.load import load

    ledger = Ledger.open(url)
    try:
        started = time.perf_counter()
        summary = load(ledger, batch_dir, link=False)
        total = time.perf_counter() - started
    finally:
        ledger.close()
    return {
        "documents": summary.documents, "claims": summary.claims, "figures": summary.figures,
        "insert_seconds": summary.insert_seconds, "total_seconds": total,
        "claims_per_s_insert": summary.claims / summary.insert_seconds if summary.insert_seconds else 0.0,
        "claims_per_s_total": summary.claims / total if total else 0.0,
        "claims_table_seconds": summary.claims_seconds,
        "claims_per_s_claims_table": summary.claims_table_per_second,
    }


def pg_database(base_url: str) -> tuple[str, str]:
    import psycopg
    from sqlalchemy.engine import make_url

    url = make_url(base_url)
    name = "bench_" + uuid.uuid4().hex[:8]
    admin = url.set(drivername="postgresql").render_as_string(hide_password=False)
    with psycopg.connect(admin, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    return url.set(database=name).render_as_string(hide_password=False), admin


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpus", type=Path, required=True)
    parser.add_argument("--work", type=Path, default=Path("/tmp/claimledger-bench"), help="scratch folder")
    parser.add_argument("--throughput-mb", type=float, default=20.0)
    parser.add_argument("--memory-mb", type=float, nargs="+", default=[50.0, 200.0])
    parser.add_argument("--pg-url", default=os.environ.get("CLAIMLEDGER_TEST_PG_URL"))
    parser.add_argument("--skip", nargs="*", default=[], choices=["single", "cluster", "memory", "load"])
    parser.add_argument("--json", type=Path, default=None)
    args = parser.parse_args()
    if not {"single", "cluster", "memory"} <= set(args.skip):  # extraction runs start from a clean folder
        shutil.rmtree(args.work, ignore_errors=True)
    args.work.mkdir(parents=True, exist_ok=True)
    report: dict[str, Any] = {
        "machine": {"cpu": platform.processor() or platform.machine(), "cores": os.cpu_count(),
                    "python": platform.python_version(), "load_avg_start": os.getloadavg()},
        "runs": [], "load": {},
    }

    def emit(entry: dict[str, Any]) -> None:
        report["runs"].append(entry)
        print(json.dumps(entry), flush=True)

    parts = parts_for(args.corpus, args.throughput_mb)
    words = words_in(parts) if not {"single", "cluster"} <= set(args.skip) else 0
    if "single" not in args.skip:
        single = run_single(parts, args.work / "single")
        seconds = single["seconds"]
        emit({"run": f"single process, {args.throughput_mb:g} MB", "workers": 0, "documents": single["documents"],
              "claims": single["claims"], "failures": single["failures"], "mb": single["bytes"] / 1e6,
              "seconds": seconds, "mb_per_s": single["bytes"] / 1e6 / seconds, "words_per_s": words / seconds,
              "cpu_seconds": single["cpu"], "mb_per_cpu_s": single["bytes"] / 1e6 / single["cpu"],
              "docs_per_s": single["documents"] / seconds,
              "peak_rss_mb_per_worker": [round(single["peak"] / 1e6, 1)]})
    if "cluster" not in args.skip:
        for workers in (1, 2):
            summary, seconds, startup = run_cluster(parts, args.work / f"cluster-{workers}", workers)
            emit(result(f"LocalCluster {workers} worker(s), {args.throughput_mb:g} MB", summary, seconds, words,
                        startup_seconds=startup))
    if "memory" not in args.skip:
        for mb in args.memory_mb:
            mparts = parts_for(args.corpus, mb)
            summary, seconds, startup = run_cluster(mparts, args.work / f"memory-{mb:g}", 2)
            emit(result(f"LocalCluster 2 workers, {mb:g} MB", summary, seconds, words_in(mparts),
                        startup_seconds=startup,
                        driver_peak_rss_mb=round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024 / 1e6, 1)))
    if "load" not in args.skip:
        batch_dir = args.work / f"memory-{max(args.memory_mb):g}"
        if not batch_dir.is_dir():
            batch_dir = args.work / "cluster-2"
        report["load"]["batch"] = str(batch_dir)
        sqlite_path = args.work / f"load-{uuid.uuid4().hex[:8]}.db"
        report["load"]["sqlite"] = bench_load(batch_dir, f"sqlite:///{sqlite_path}")
        print(json.dumps({"load sqlite": report["load"]["sqlite"]}), flush=True)
        if args.pg_url:
            url, admin = pg_database(args.pg_url)
            try:
                report["load"]["postgresql"] = bench_load(batch_dir, url)
                print(json.dumps({"load postgresql": report["load"]["postgresql"]}), flush=True)
            finally:
                import psycopg

                with psycopg.connect(admin, autocommit=True) as conn:
                    conn.execute(f'DROP DATABASE IF EXISTS "{url.rsplit("/", 1)[-1]}" WITH (FORCE)')
    report["machine"]["load_avg_end"] = os.getloadavg()
    by_workers = {r["workers"]: r for r in report["runs"] if "MB" in r["run"] and "LocalCluster" in r["run"]
                  and f"{args.throughput_mb:g} MB" in r["run"]}
    if 1 in by_workers and 2 in by_workers:
        report["scaling_1_to_2_workers"] = by_workers[2]["mb_per_s"] / by_workers[1]["mb_per_s"]
        print(json.dumps({"scaling_1_to_2_workers": report["scaling_1_to_2_workers"]}), flush=True)
    if args.json:
        args.json.write_text(json.dumps(report, indent=2), encoding="utf-8")
    print("\n| run | docs | claims | MB | wall s | MB/s | words/s | MB per CPU-s | peak RSS per worker (MB) |")
    print("|---|---|---|---|---|---|---|---|---|")
    for r in report["runs"]:
        print(f"| {r['run']} | {r['documents']:,} | {r['claims']:,} | {r['mb']:.1f} | {r['seconds']:.1f} | "
              f"{r['mb_per_s']:.3f} | {r['words_per_s']:,.0f} | {r['mb_per_cpu_s']:.3f} | "
              f"{r['peak_rss_mb_per_worker']} |")
    for store, numbers in report["load"].items():
        if isinstance(numbers, dict):
            print(f"load {store}: {numbers['claims']:,} claims; {numbers['claims_per_s_claims_table']:,.0f} claims/s "
                  f"into the claims table, {numbers['claims_per_s_insert']:,.0f} claims/s counting every table, "
                  f"{numbers['claims_per_s_total']:,.0f} claims/s end to end (reading Parquet too)")


if __name__ == "__main__":
    main()
