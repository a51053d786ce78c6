#!/usr/bin/env python3
"""Score characterization-family extraction on the development set.

Reads ../shared/dev/corpus.jsonl and the corpus files into ``SourceText`` directly (no
ledger), runs the extraction pipeline, scores the characterization-family claims against
../shared/dev/characterizations.jsonl and prints the report.

usage: .venv/bin/python scripts/dev_characterizations.py [--dev DIR] [--json] [--errors] [--doc ID]
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from pathlib import Path

from rich.console import Console

from claimledger.evaluate_characterizations import (
    evaluate_characterizations,
    mismatches,
)
from claimledger.extract import characterize
from claimledger.extract.pipeline import EXTRACTOR_VERSION, annotate
from claimledger.models import ClaimOut, SourceText

DEFAULT_DEV = Path(__file__).resolve().parents[2] / "shared" / "dev"


def load_corpus(dev: Path) -> dict[str, dict]:
    """corpus id -> the corpus.jsonl row plus its ``text``."""
    docs = {}
    for line in (dev / "corpus.jsonl").read_text(encoding="utf-8").splitlines():
        if line.strip():
            row = json.loads(line)
            row["text"] = (dev / row["file"]).read_text(encoding="utf-8")
            docs[row["id"]] = row
    return docs


def run(docs: dict[str, dict]) -> list[ClaimOut]:
    """Extract every document; characterization-family claims as ``ClaimOut``."""
    out: list[ClaimOut] = []
    for doc_id, row in docs.items():
        published = dt.date.fromisoformat(row["published"]) if row.get("published") else None
        source = SourceText(doc_id=doc_id, text=row["text"], published=published, publisher=row.get("publisher"),
                            affiliation=row.get("affiliation"), language=row.get("language"))
        doc = annotate(source)
        if characterize.LAYER not in doc.spans:  # a pipeline without the component
            doc = characterize.characterize(doc)
        claims = characterize.characterization_claims(doc, EXTRACTOR_VERSION)
        for k, c in enumerate(claims):
            out.append(ClaimOut(**c.model_dump(), claim_id=f"{doc_id}:{k}", doc_id=doc_id, doc=doc_id))
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--dev", type=Path, default=DEFAULT_DEV)
    ap.add_argument("--json", action="store_true", help="print the report as JSON")
    ap.add_argument("--errors", action="store_true", help="list missed and spurious claims")
    ap.add_argument("--doc", help="only this corpus id")
    ap.add_argument("--repeats", choices=("spans", "key"), default="spans",
                    help="what counts as a repeat of a matched gold claim (see evaluate_characterizations)")
    args = ap.parse_args(argv)
    if not (args.dev / "characterizations.jsonl").is_file():
        print(f"no development set at {args.dev}", file=sys.stderr)
        return 2
    docs = load_corpus(args.dev)
    if args.doc:
        docs = {args.doc: docs[args.doc]}
    report = evaluate_characterizations(args.dev / "characterizations.jsonl", run(docs), docs, args.repeats)
    if args.json:
        print(json.dumps(report.model_dump(exclude={"missed", "spurious"}), indent=1))
    else:
        console = Console(width=140)
        console.print(report.table())
        console.print(f"repeats (mentions of an already matched claim): {report.repeats}")
    if args.errors:
        for line in mismatches(report):
            print(line)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
