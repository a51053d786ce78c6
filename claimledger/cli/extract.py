"""``extract``, ``claims``, ``eval``, ``bench`` and ``gazetteer add``."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated, Any, Protocol

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
    app,
    console,
    err_console,
    fail,
    open_ledger,
)
from claimledger.errors import IngestError
from claimledger.ledger import Ledger
from claimledger.models import SourceText


class Report(Protocol):
    """What every evaluation report offers: a terminal table and a JSON dump."""

    def table(self) -> Table: ...

    def model_dump(self, *, mode: str = ...) -> dict[str, Any]: ...


def run_extract(ledger: Ledger, doc: str | None = None, force: bool = False) -> int:
    """Extract with a progress bar; returns the number of documents extracted."""
    from claimledger.store import repo

    with ledger.session() as session:
        total = repo.count_documents(session=session)
    with Progress(
        TextColumn("extract"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(), console=err_console,
        transient=total < 5,
    ) as progress:
        task = progress.add_task("extract", total=None)

        def on_document(_doc_id: str, _claims: int) -> None:
            progress.advance(task)

        count = ledger.extract(doc=doc, force=force, on_document=on_document)
        progress.update(task, total=count, completed=count)
    return count


@app.command()
def extract(
    doc: Annotated[str | None, typer.Option(help="Only this document (id, manifest id or path).")] = None,
    force: Annotated[bool, typer.Option(help="Re-extract documents the current extractor already did.")] = False,
    db: DbOption = None,
) -> None:
    """Extract claims from every document the current extractor version has not processed."""
    from claimledger.extract.pipeline import EXTRACTOR_VERSION

    with open_ledger(db) as ledger:
        count = run_extract(ledger, doc, force)
        from claimledger.store import repo

        with ledger.session() as session:
            claims = repo.count_claims(session=session)
    console.print(f"extracted {count} documents with {EXTRACTOR_VERSION}; {claims} claims in the ledger", highlight=False)


def _figures_text(figures: list) -> str:
    parts = []
    for f in figures:
        what = f.what or f.kind
        qual = "" if f.qualifier == "exact" else f.qualifier.replace("_", " ") + " "
        rng = f"–{f.high:g}" if f.qualifier == "range" and f.high is not None else ""
        parts.append(f"{what} {qual}{f.value:g}{rng}")
    return "; ".join(parts)


@app.command()
def claims(
    doc: Annotated[str | None, typer.Option(help="Only this document.")] = None,
    db: DbOption = None,
) -> None:
    """List extracted claims: type, date, place, figures, attribution."""
    with open_ledger(db) as ledger:
        items = ledger.claims(doc=doc)
    table = Table("claim", "doc", "type", "date", "place", "figures", "attributed to")
    for c in items:
        date = c.date.start.isoformat() if c.date.start else ""
        if c.date.end and c.date.end != c.date.start:
            date += f"/{c.date.end.isoformat()}"
        table.add_row(
            c.claim_id, c.doc, c.type, date, c.place.name or c.place.text or "",
            _figures_text(c.figures) or (c.label or ""), f"{c.attributed_to.name} ({c.attributed_to.kind})",
        )
    console.print(table)
    console.print(f"{len(items)} claims", highlight=False)


@app.command("eval")
def evaluate(
    gold: Annotated[Path | None, typer.Argument(help="Gold claims (the format of shared/dev/gold.jsonl).")] = None,
    external: Annotated[Path | None, typer.Option(help="Score one-event-per-record data instead "
                                                       "(shared/bench/external format).")] = None,
    characterizations: Annotated[Path | None, typer.Option(help="Characterization gold; default: "
                                                                "characterizations.jsonl beside GOLD.")] = None,
    place_aliases: Annotated[Path | None, typer.Option(help="Spelling variants of places the gold accepts "
                                                            "({canonical: [variants]}); default: "
                                                            "tools/place_aliases.json beside GOLD, if any.")] = None,
    limit: Annotated[int | None, typer.Option(help="With --external: score only the first N records.")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the report as JSON.")] = False,
    db: DbOption = None,
) -> None:
    """Precision, recall and F1 per field against a gold file (claims already in the ledger)."""
    from claimledger import evaluate as ev

    if external is not None:
        report = ev.evaluate_external(external, limit=limit)
        console.print_json(report.model_dump_json()) if as_json else console.print(report.table())
        return
    if gold is None:
        raise fail("give a GOLD file or --external FILE")
    with open_ledger(db) as ledger:
        documents = {
            d.label: {"text": ledger.document_text(d.id), "affiliation": d.meta.affiliation}
            for d in ledger.documents()
        }
        all_claims = ledger.claims()
    if place_aliases is not None and not place_aliases.is_file():
        raise fail(f"{place_aliases}: no such place alias file")
    alias_file = place_aliases or ev.default_place_aliases(gold)
    table = None
    if alias_file is not None:
        try:
            table = ev.load_place_aliases(alias_file)
        except (ValueError, AttributeError, TypeError) as e:
            raise fail(f"{alias_file}: not a place alias file ({{canonical: [variants]}}): {e}") from e
    reports: dict[str, Report] = {"claims": ev.evaluate_gold(gold, all_claims, documents,
                                                            place_aliases=alias_file, aliases=table)}
    char_gold = characterizations or gold.with_name("characterizations.jsonl")
    if char_gold.is_file():
        from claimledger.evaluate_characterizations import evaluate_characterizations

        reports["characterizations"] = evaluate_characterizations(char_gold, all_claims, documents)
    if as_json:
        console.print_json(json.dumps({k: v.model_dump(mode="json") for k, v in reports.items()}))
        return
    for one in reports.values():
        console.print(one.table())


@app.command()
def bench(
    corpus: Annotated[Path | None, typer.Option(help="Folder of documents; default: the bundled examples/ "
                                                     "(repeated to make the run long enough).")] = None,
    repeat: Annotated[int, typer.Option(help="Times to run over the corpus.")] = 20,
    rounds: Annotated[int, typer.Option(min=1, help="Timed runs; the median run's figures are reported.")] = 3,
    as_json: Annotated[bool, typer.Option("--json")] = False,
) -> None:
    """Extraction throughput (words/s, one process, excluding ingest) and peak memory."""
    from claimledger.bench import bench_extract

    folder = corpus or Path("examples")
    sources = corpus_sources(folder)
    if not sources:
        raise fail(f"no readable documents under {folder}")
    report = bench_extract(sources * repeat, rounds=rounds)
    console.print_json(report.model_dump_json()) if as_json else console.print(report.table())


def corpus_sources(folder: Path) -> list[SourceText]:
    """Read a folder the way ingest does (manifest included), without a database."""
    from claimledger.ingest.collect import WorkItem, collect
    from claimledger.ingest.read import parse_document, read_raw

    sources: list[SourceText] = []
    for item in collect([folder]):
        if not isinstance(item, WorkItem):
            continue
        try:
            doc = parse_document(item.path, read_raw(item.path), item)
        except IngestError:
            continue
        sources.append(
            SourceText(doc_id=doc.sha256[:16], text=doc.text, published=doc.meta.published,
                       publisher=doc.meta.publisher, affiliation=doc.meta.affiliation)
        )
    return sources


gazetteer_app = typer.Typer(help="The place gazetteer.", no_args_is_help=True)
app.add_typer(gazetteer_app, name="gazetteer")


@gazetteer_app.command("add")
def gazetteer_add(
    file: Annotated[Path, typer.Argument(help="A GeoNames dump: allCountries.txt, XX.txt, cities500.txt (or .zip).")],
    target: Annotated[Path | None, typer.Option("--dir", help="Where extension files live; default: "
                                                              "the user data dir.")] = None,
) -> None:
    """Add a GeoNames dump to the gazetteer (village-level coverage)."""
    from claimledger.extract import gazetteer

    folder = target or gazetteer.default_extension_dirs()[-1]
    try:
        count = gazetteer.add_geonames_dump(file, folder)
    except (OSError, ValueError) as exc:
        raise fail(f"{file}: {exc}") from None
    console.print(f"added {count:,} places from {file} to {folder}", highlight=False)
