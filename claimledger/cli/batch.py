"""``batch`` (corpus-scale extraction on Dask) and ``load`` (its Parquet into the ledger)."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

from claimledger.batch import BatchOptions, ChunkSummary, run_batch
from claimledger.cli.common import (
    DbOption,
    ManifestOption,
    MaxBytesOption,
    app,
    console,
    err_console,
    fail,
    open_ledger,
)
from claimledger.errors import LedgerError
from claimledger.ingest.read import DEFAULT_MAX_BYTES
from claimledger.load import LoadSummary, load

SHOW_FAILURES = 20


@app.command("batch")
def batch_command(
    corpus: Annotated[list[Path], typer.Argument(help="Files or folders (recursive; manifests apply).")],
    out: Annotated[Path, typer.Option("--out", help="Output folder for the Parquet partitions (new or empty).")],
    workers: Annotated[int | None, typer.Option(
        help="LocalCluster worker processes (default: CPU count; 0 = in this process, no Dask).")] = None,
    scheduler: Annotated[str | None, typer.Option(
        help="Address of a running Dask scheduler (tcp://host:8786) instead of a LocalCluster.")] = None,
    manifest: ManifestOption = None,
    max_bytes: MaxBytesOption = DEFAULT_MAX_BYTES,
    chunk_docs: Annotated[int, typer.Option(help="Most documents per task.")] = 200,
    keep_bytes: Annotated[bool, typer.Option(
        help="Store each file's original bytes in the output (--no-keep-bytes: only its path).")] = True,
) -> None:
    """Extract a corpus on Dask distributed into Parquet partitions (load them with `claimledger load`)."""
    options = BatchOptions(max_bytes=max_bytes, keep_bytes=keep_bytes, chunk_docs=chunk_docs)
    with Progress(SpinnerColumn(), TextColumn("{task.description}"), TimeElapsedColumn(),
                  console=err_console) as progress:
        task = progress.add_task("batch: starting", total=None)
        done = {"documents": 0, "claims": 0, "failed": 0}

        def on_chunk(chunk: ChunkSummary) -> None:
            done["documents"] += chunk.documents
            done["claims"] += chunk.claims
            done["failed"] += len(chunk.failures)
            progress.update(task, description=f"batch: {done['documents']:,} documents, {done['claims']:,} claims, "
                                              f"{done['failed']:,} failed")

        try:
            summary = run_batch(corpus, out, workers=workers, scheduler=scheduler, manifest=manifest,
                                options=options, on_chunk=on_chunk)
        except LedgerError as exc:
            raise fail(str(exc)) from None
    for path, message in summary.failures[:SHOW_FAILURES]:
        err_console.print(f"{path}: {message}", markup=False, highlight=False)
    if len(summary.failures) > SHOW_FAILURES:
        err_console.print(f"... and {len(summary.failures) - SHOW_FAILURES} more in {out / 'failures'}",
                          markup=False, highlight=False)
    rate = summary.bytes_in / summary.seconds / 1e6 if summary.seconds else 0.0
    console.print(
        f"{summary.documents:,} documents · {summary.claims:,} claims · {len(summary.failures):,} failed · "
        f"{summary.seconds:.1f} s ({rate:.2f} MB/s, {summary.workers} workers) → {out}",
        highlight=False,
    )


@app.command("load")
def load_command(
    directory: Annotated[Path, typer.Argument(help="A `claimledger batch` output folder.")],
    link: Annotated[bool, typer.Option(help="Link claims into incidents afterwards (--no-link to skip).")] = True,
    db: DbOption = None,
) -> None:
    """Bulk-load `claimledger batch` output into the ledger (documents already present are skipped), then link."""
    with open_ledger(db) as ledger:
        with Progress(SpinnerColumn(), TextColumn("{task.description}"), TimeElapsedColumn(),
                      console=err_console, transient=True) as progress:
            task = progress.add_task("load", total=None)

            def on_part(part: str, summary: LoadSummary) -> None:
                progress.update(task, description=f"load: {summary.documents:,} documents, {summary.claims:,} claims")

            summary = load(ledger, directory, link=link, on_part=on_part)
    console.print(
        f"loaded {summary.documents:,} documents · {summary.claims:,} claims · {summary.figures:,} figures · "
        f"skipped {summary.skipped:,} already present · {len(summary.failures):,} failed in the batch · "
        f"{summary.claims_per_second:,.0f} claims/s" + (" · linked" if summary.linked else ""),
        highlight=False,
    )
