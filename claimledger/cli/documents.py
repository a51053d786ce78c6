"""``ingest``, ``documents``, ``show`` and ``search``."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    TextColumn,
    TimeElapsedColumn,
)
from rich.table import Table

from claimledger.cli.common import (
    DbOption,
    ManifestOption,
    MaxBytesOption,
    PathsArg,
    app,
    console,
    err_console,
    open_ledger,
)
from claimledger.ingest.read import DEFAULT_MAX_BYTES
from claimledger.ledger import IngestEvent, IngestSummary, Ledger

PROGRESS_THRESHOLD = 5


def run_ingest(
    ledger: Ledger, paths: list[Path], manifest: Path | None, max_bytes: int, quiet: bool = False
) -> IngestSummary:
    """Ingest with one error line per failure and a progress bar on batches of several files."""
    plan = ledger.plan_ingest(paths, manifest)

    def report(event: IngestEvent) -> None:
        if event.outcome == "failed":
            err_console.print(f"{event.path}: {event.message}", markup=False, highlight=False)

    if len(plan) > PROGRESS_THRESHOLD and not quiet:
        with Progress(
            TextColumn("ingest"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(), console=err_console
        ) as progress:
            task = progress.add_task("ingest", total=len(plan))

            def on_event(event: IngestEvent) -> None:
                if event.outcome == "failed":
                    progress.console.print(f"{event.path}: {event.message}", markup=False, highlight=False)
                progress.advance(task)

            return ledger.ingest(paths, manifest=manifest, max_bytes=max_bytes, on_event=on_event, plan=plan)
    return ledger.ingest(paths, manifest=manifest, max_bytes=max_bytes, on_event=report, plan=plan)


def print_summary(summary: IngestSummary) -> None:
    console.print(
        f"ingested {summary.ingested} · already present {summary.present} · failed {summary.failed}",
        highlight=False,
    )


@app.command()
def ingest(
    paths: PathsArg,
    manifest: ManifestOption = None,
    max_bytes: MaxBytesOption = DEFAULT_MAX_BYTES,
    db: DbOption = None,
) -> None:
    """Ingest documents (.txt .md .html .htm .pdf), keeping their bytes and SHA-256."""
    with open_ledger(db) as ledger:
        summary = run_ingest(ledger, paths, manifest, max_bytes)
    print_summary(summary)
    if summary.failed:
        raise typer.Exit(1)


@app.command()
def documents(
    limit: Annotated[int | None, typer.Option(help="Show at most this many.")] = None,
    db: DbOption = None,
) -> None:
    """List the documents in the ledger."""
    with open_ledger(db) as ledger:
        docs = ledger.documents(limit=limit)
    table = Table("id", "doc", "title", "publisher", "affiliation", "published", "chars", "sha256")
    for doc in docs:
        table.add_row(
            doc.id,
            doc.label,
            doc.meta.title or "",
            doc.meta.publisher or "",
            doc.meta.affiliation or "",
            doc.meta.published.isoformat() if doc.meta.published else "",
            f"{doc.chars:,}",
            doc.sha256[:12],
        )
    console.print(table)
    console.print(f"{len(docs)} documents", highlight=False)


@app.command()
def show(
    doc: Annotated[str, typer.Argument(help="Ledger id (or prefix), manifest id or path.")],
    db: DbOption = None,
) -> None:
    """Print one document's metadata and its stored text."""
    with open_ledger(db) as ledger:
        info = ledger.document(doc)
        text = ledger.document_text(doc)
    meta = info.meta
    for key, value in (
        ("id", info.id),
        ("doc", info.label),
        ("path", info.path),
        ("title", meta.title),
        ("publisher", meta.publisher),
        ("affiliation", meta.affiliation),
        ("published", meta.published),
        ("url", meta.url),
        ("media type", info.media_type),
        ("bytes", info.size),
        ("sha256", info.sha256),
    ):
        if value is not None:
            console.print(f"{key}: {value}", markup=False, highlight=False)
    console.print()
    console.print(text, markup=False, highlight=False)


@app.command()
def search(
    query: Annotated[str, typer.Argument(help="Words to look for.")],
    limit: Annotated[int, typer.Option(help="Most hits to show.")] = 20,
    db: DbOption = None,
) -> None:
    """Full-text search over document text (FTS5 on SQLite, tsvector on PostgreSQL)."""
    with open_ledger(db) as ledger:
        hits = ledger.search(query, limit=limit)
    table = Table("id", "doc", "publisher", "snippet")
    for hit in hits:
        table.add_row(hit.doc_id, hit.label, hit.publisher or "", hit.snippet)
    console.print(table)
    console.print(f"{len(hits)} matching documents", highlight=False)
