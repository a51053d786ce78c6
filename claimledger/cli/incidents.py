"""``link``, ``audit``, ``incidents``, ``incident``, ``findings`` and ``build``."""

from __future__ import annotations

import json
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
from rich.text import Text

from claimledger import incidents as svc
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
from claimledger.ledger import Ledger

REASONS_PER_RULE = 5
RELATION_STYLE = {"agree": "green", "revision": "cyan", "contradiction": "red", "denial": "magenta"}


def _print_link_report(report: svc.LinkReport) -> None:
    grades = ", ".join(f"{k} {v}" for k, v in sorted(report.grades.items()))
    console.print(
        f"linked {report.claims} claims into {report.incidents} incidents "
        f"({report.multi_source} from several documents, {report.aggregates} aggregates, {report.nested} nested); "
        f"ids kept {report.kept_ids}, new {report.new_ids}, removed {report.removed_ids}; "
        f"person-made groups {report.manual_groups}; left apart as ambiguous {report.ambiguous_claims}",
        highlight=False,
    )
    console.print(f"grades: {grades or 'none'}", highlight=False)


def _print_audit_report(report: svc.AuditReport) -> None:
    rules = ", ".join(f"{k} {v}" for k, v in report.by_rule.items())
    console.print(f"audited {report.documents} documents: {report.findings} findings"
                  + (f" ({rules})" if rules else ""), highlight=False)


@app.command("link")
def link_command(db: DbOption = None) -> None:
    """Group claims across documents into incidents, compare their figures and grade them."""
    with open_ledger(db) as ledger:
        report = svc.link(ledger)
    _print_link_report(report)


@app.command("audit")
def audit_command(
    doc: Annotated[str | None, typer.Argument(help="One document (id, manifest id or path); default: all.")] = None,
    db: DbOption = None,
) -> None:
    """Check documents against themselves (parts vs totals, dates, repeated lists, ...)."""
    with open_ledger(db) as ledger:
        report = svc.audit(ledger, doc)
    _print_audit_report(report)


@app.command("findings")
def findings_command(
    doc: Annotated[str | None, typer.Argument(help="One document; default: all.")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="One JSON object per line.")] = False,
    db: DbOption = None,
) -> None:
    """List the audit findings stored by ``audit``, with the text of each span."""
    with open_ledger(db) as ledger:
        items = svc.findings(ledger, doc)
    if as_json:
        for f in items:
            console.print(f.model_dump_json(), markup=False, highlight=False, soft_wrap=True)
        return
    table = Table("doc", "rule", "severity", "message", "spans")
    for f in items:
        spans = " | ".join(f"{s.start}-{s.end} {s.text!r}" for s in f.spans)
        table.add_row(f.doc, f.rule, f.severity, Text(f.message), Text(spans))
    console.print(table)
    console.print(f"{len(items)} findings", highlight=False)


def _date_text(start: object, end: object) -> str:
    if start is None:
        return ""
    return str(start) if start == end or end is None else f"{start}/{end}"


@app.command("incidents")
def incidents_command(
    contested: Annotated[bool, typer.Option("--contested", help="Only contested incidents.")] = False,
    place: Annotated[str | None, typer.Option(help="Place name contains this (accent-insensitive).")] = None,
    country: Annotated[str | None, typer.Option(help="ISO country code.")] = None,
    grade: Annotated[str | None, typer.Option(help="Only this grade.")] = None,
    min_documents: Annotated[int, typer.Option(help="Only incidents from at least this many documents.")] = 0,
    as_json: Annotated[bool, typer.Option("--json", help="One JSON object per line.")] = False,
    db: DbOption = None,
) -> None:
    """List incidents: id, type, place, dates, sources, range per figure, grade."""
    with open_ledger(db) as ledger:
        items = svc.list_incidents(ledger, contested=contested, place=place, country=country, grade=grade,
                                   min_documents=min_documents)
    if as_json:
        for s in items:
            console.print(s.model_dump_json(), markup=False, highlight=False, soft_wrap=True)
        return
    table = Table("id", "type", "place", "dates", "docs", "sources", "figures (min–max, best)", "grade", "parent")
    for s in items:
        place_text = s.place.name or ""
        if s.place.country:
            place_text += f" ({s.place.country})"
        figures = "; ".join(f"{k} {v}" for k, v in s.ranges.items())
        table.add_row(s.id, (s.type or "") + (" [aggregate]" if s.aggregate else ""), Text(place_text),
                      _date_text(s.date_start, s.date_end), str(s.documents), str(s.sources), Text(figures),
                      s.grade or "", s.parent_id or "")
    console.print(table)
    console.print(f"{len(items)} incidents", highlight=False)


@app.command("incident")
def incident_command(
    incident_id: Annotated[str, typer.Argument(help="Incident id (or a unique prefix).")],
    as_json: Annotated[bool, typer.Option("--json", help="Print the detail as JSON.")] = False,
    db: DbOption = None,
) -> None:
    """One incident side by side: a row per claim, the figure ranges, then the grade's reasons."""
    from claimledger.characterizations import called_by

    with open_ledger(db) as ledger:
        detail = svc.incident_detail(ledger, incident_id)
        called = called_by(ledger, detail.incident.id)
    if as_json:
        console.print_json(detail.model_dump_json())
        return
    inc = detail.incident
    place = (inc.place.name or "unknown place") + (f" ({inc.place.country})" if inc.place.country else "")
    console.print(Text(f"incident {inc.id}: {inc.type or 'unknown type'} · {place} · "
                       f"{_date_text(inc.date_start, inc.date_end) or 'undated'} · grade {inc.grade}"
                       + (" · aggregate" if inc.aggregate else "")))
    if detail.parent is not None:
        console.print(Text(f"part of {detail.parent.id} ({detail.parent.type}, {detail.parent.place.name})"))
    table = Table("#", "publisher (affiliation)", "attributed to", "published", "stated date", "place", "type",
                  "figures", "relations")
    for n, r in enumerate(detail.rows, 1):
        figures = "; ".join(f"{f.label} {f.text or _n(f.value)}" + ("" if f.qualifier == "exact" else f" ({f.qualifier})")
                            for f in r.figures)
        publisher = (r.publisher or r.doc) + (f" ({r.affiliation})" if r.affiliation else "")
        table.add_row(f"{r.doc}#{n}", Text(publisher), Text(r.attributed_to), str(r.published or ""),
                      r.stated_date or "", Text(r.place or ""), r.type, Text(figures), _relations_text(r, detail))
    console.print(table)
    if detail.figures:
        ft = Table("figure", "min", "max", "low", "best", "high", "revision series")
        for f in detail.figures:
            values = {src.claim_id: _n(src.value) for src in f.sources}
            series = "; ".join(" → ".join(values.get(cid, cid) for cid in s) for s in f.series)
            ft.add_row(f.label, *(_n(x) for x in (f.min, f.max, f.low, f.best, f.high)), Text(series))
        console.print(ft)
    console.print(Text(f"grade: {inc.grade}"))
    shown: dict[str, int] = {}
    for reason in detail.reasons:
        shown[reason.rule] = shown.get(reason.rule, 0) + 1
        if shown[reason.rule] <= REASONS_PER_RULE:
            console.print(Text(f"  - [{reason.rule}] {reason.text}"))
    for rule, count in shown.items():
        if count > REASONS_PER_RULE:
            console.print(Text(f"  - [{rule}] … and {count - REASONS_PER_RULE} more (--json lists all)"))
    for child in detail.children:
        console.print(Text(f"  part: {child.id} {child.type} {child.place.name or ''} "
                           f"{_date_text(child.date_start, child.date_end)} {child.grade}"))
    if called.rows:
        console.print(Text("what it is called, and by whom:"))
        console.print(called.table())
        console.print(called.summary_table())


def _relations_text(row: svc.ClaimRow, detail: svc.IncidentDetail) -> Text:
    """One line per relation kind: "contradiction 005#2, 009#4 (killed, injured)"."""
    grouped: dict[str, tuple[list[str], list[str]]] = {}
    for rel in row.relations:
        kind, _, rest = rel.partition(" ")
        ref, _, what = rest.partition(" ")
        refs, whats = grouped.setdefault(kind, ([], []))
        if ref not in refs:
            refs.append(ref)
        what = what.strip("()")
        if what and what not in whats:
            whats.append(what)
    text = Text()
    if row.stance == "rejects" or row.type == "denial":
        others = len(detail.rows) - 1
        text.append(f"denies the account of {others} claim(s)\n", style=RELATION_STYLE["denial"])
        grouped.pop("denial", None)
    else:
        grouped.pop("denial", None)
    for kind in ("contradiction", "revision", "agree"):
        if kind in grouped:
            refs, whats = grouped[kind]
            text.append(f"{kind} {', '.join(refs)}" + (f" ({', '.join(whats)})" if whats else "") + "\n",
                        style=RELATION_STYLE[kind])
    return text


def _n(x: float | None) -> str:
    if x is None:
        return ""
    return f"{x:,.0f}" if float(x).is_integer() else f"{x:,.1f}"


def write_incidents_jsonl(ledger: Ledger, out: Path | None) -> int:
    """Write ``incidents_jsonl_rows`` to a file (or stdout). RETURNS the number of rows."""
    count = 0
    handle = out.open("w", encoding="utf-8") if out else None
    try:
        for row in svc.incidents_jsonl_rows(ledger):
            line = json.dumps(row, ensure_ascii=False, default=str)
            if handle:
                handle.write(line + "\n")
            else:
                console.print(line, markup=False, highlight=False, soft_wrap=True)
            count += 1
    finally:
        if handle:
            handle.close()
    return count


@app.command("build")
def build_command(
    paths: PathsArg,
    manifest: ManifestOption = None,
    max_bytes: MaxBytesOption = DEFAULT_MAX_BYTES,
    db: DbOption = None,
) -> None:
    """Ingest, extract, link and audit in one go (one progress display)."""
    from claimledger.cli.documents import print_summary, run_ingest
    from claimledger.store import repo

    with open_ledger(db) as ledger:
        summary = run_ingest(ledger, paths, manifest, max_bytes, quiet=True)
        with ledger.session() as session:
            total = repo.count_documents(session=session)
        with Progress(TextColumn("{task.description:<8}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                      console=err_console) as progress:
            ex = progress.add_task("extract", total=total)
            ledger.extract(on_document=lambda _d, _n: progress.advance(ex))
            progress.update(ex, completed=total)
            lk = progress.add_task("link", total=3)
            report = svc.link(ledger, on_progress=lambda _stage: progress.advance(lk))
            progress.update(lk, completed=3)
            au = progress.add_task("audit", total=total)
            audit_report = svc.audit(ledger, on_document=lambda _d, _n: progress.advance(au))
    print_summary(summary)
    _print_link_report(report)
    _print_audit_report(audit_report)
    if summary.failed:
        raise typer.Exit(1)
