"""``export KIND --format FMT [-o FILE] [filters]``: claims, incidents or everything."""

from __future__ import annotations

import contextlib
import json
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Annotated, TextIO

import typer

from claimledger.cli.common import DbOption, app, err_console, fail, open_ledger
from claimledger.errors import BadInput, Errors, LedgerError
from claimledger.export.filters import ExportFilter, overlaps, parse_day
from claimledger.ledger import Ledger

FORMATS: dict[str, tuple[str, ...]] = {
    "claims": ("jsonl", "csv", "gold-jsonl"),
    "incidents": ("acled-csv", "ucdp-csv", "geojson", "jsonl"),
    "all": ("parquet",),
}
DEFAULT_FORMAT = {"claims": "jsonl", "incidents": "jsonl", "all": "parquet"}


@contextlib.contextmanager
def _output(path: Path | None) -> Iterator[TextIO]:
    if path is None:
        yield sys.stdout
        return
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8", newline="") as handle:
        yield handle


def _incidents_jsonl(ledger: Ledger, flt: ExportFilter, out: TextIO) -> int:
    from claimledger.incidents import incidents_jsonl_rows

    count = 0
    for row in incidents_jsonl_rows(ledger):
        place = row.get("place") or {}
        if flt.country_code and (place.get("country") or "").upper() != flt.country_code:
            continue
        if flt.types and row.get("type") not in flt.types:
            continue
        start = parse_day(row.get("date_start"), "date_start")
        end = parse_day(row.get("date_end"), "date_end")
        if not overlaps(start, end, flt):
            continue
        out.write(json.dumps(row, ensure_ascii=False, default=str) + "\n")
        count += 1
    return count


def run_export(ledger: Ledger, kind: str, fmt: str, output: Path | None, flt: ExportFilter, *,
               base_url: str = "", include_aggregates: bool = False) -> tuple[int, str]:
    """Write one export; RETURNS (count, what was counted)."""
    if kind == "all":
        from claimledger.export.parquet import export_all

        if output is None:
            raise BadInput(Errors.E506)
        counts = export_all(ledger, output)
        return sum(counts.values()), "rows in " + ", ".join(f"{k} {v}" for k, v in counts.items())
    writer: Callable[[TextIO], int]
    if kind == "claims":
        from claimledger.export import claims

        rows = claims.iter_claims(ledger, flt)
        if fmt == "gold-jsonl":
            from claimledger.export.gold import write_gold_jsonl

            write = write_gold_jsonl
        else:
            write = claims.write_jsonl if fmt == "jsonl" else claims.write_csv

        def writer(out: TextIO) -> int:
            return write(rows, out)

        noun = "claims"
    elif fmt == "jsonl":

        def writer(out: TextIO) -> int:
            return _incidents_jsonl(ledger, flt, out)

        noun = "incidents"
    else:
        from claimledger.export.incident_records import iter_incidents

        incidents = iter_incidents(ledger, flt)
        if fmt == "acled-csv":
            from claimledger.export.acled import write_acled_csv

            def writer(out: TextIO) -> int:
                return write_acled_csv(incidents, out, include_aggregates=include_aggregates)
        elif fmt == "ucdp-csv":
            from claimledger.export.ucdp import write_ucdp_csv

            def writer(out: TextIO) -> int:
                return write_ucdp_csv(incidents, out, include_aggregates=include_aggregates, base_url=base_url)
        else:
            from claimledger.export.geojson import write_geojson

            def writer(out: TextIO) -> int:
                return write_geojson(incidents, out, base_url=base_url)

        noun = "incidents"
    with _output(output) as out:
        return writer(out), noun


@app.command("export")
def export_command(
    kind: Annotated[str, typer.Argument(help="What to export: claims, incidents or all.")],
    fmt: Annotated[str | None, typer.Option(
        "--format", "-f", help="claims: jsonl (default), csv, gold-jsonl (the schema of a gold file); incidents: acled-csv, ucdp-csv, geojson, "
        "jsonl (default); all: parquet (default).")] = None,
    output: Annotated[Path | None, typer.Option(
        "--output", "-o", help="File to write (default: standard output); a folder for `all`.")] = None,
    country: Annotated[str | None, typer.Option(help="Only this country (ISO 3166 alpha-2 code, e.g. UA).")] = None,
    type_: Annotated[list[str] | None, typer.Option("--type", help="Only this type (repeatable).")] = None,
    since: Annotated[str | None, typer.Option(help="Only rows dated on or after this day (YYYY-MM-DD).")] = None,
    until: Annotated[str | None, typer.Option(help="Only rows dated on or before this day (YYYY-MM-DD).")] = None,
    doc: Annotated[str | None, typer.Option(help="Only claims of this document (claims only).")] = None,
    base_url: Annotated[str, typer.Option(help="Prefix of the incident page URLs (e.g. https://ledger.example).")
                        ] = "",
    include_aggregates: Annotated[bool, typer.Option(
        help="ACLED/UCDP: also write incidents that contain other incidents (their parts are rows already).")
    ] = False,
    db: DbOption = None,
) -> None:
    """Export claims (jsonl, csv, gold-jsonl), incidents (acled-csv, ucdp-csv, geojson, jsonl) or all tables (parquet)."""
    if kind not in FORMATS:
        raise fail(Errors.E505.format(format=fmt or "", kind=kind, choices=", ".join(FORMATS)))
    fmt = fmt or DEFAULT_FORMAT[kind]
    if fmt not in FORMATS[kind]:
        raise fail(Errors.E505.format(format=fmt, kind=kind, choices=", ".join(FORMATS[kind])))
    try:
        flt = ExportFilter(country=country, types=tuple(type_ or ()), since=parse_day(since, "--since"),
                           until=parse_day(until, "--until"), doc=doc)
    except LedgerError as exc:
        raise fail(str(exc)) from None
    with open_ledger(db) as ledger:
        count, noun = run_export(ledger, kind, fmt, output, flt, base_url=base_url.rstrip("/"),
                                 include_aggregates=include_aggregates)
    where = f" to {output}" if output else ""
    err_console.print(f"exported {count} {noun}{where}", markup=False, highlight=False)
