#!/usr/bin/env python3
"""Extract the dev corpus (shared/dev) and print the gold report; optionally the external benchmarks.

usage: scripts/dev_eval.py [--dev DIR] [--date-mode overlap|exact] [--json] [--dump FILE]
                           [--external FILE.jsonl ...] [--limit N]
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import json
import sys
from pathlib import Path

from rich.console import Console

from claimledger.evaluate import default_place_aliases, evaluate_external, evaluate_gold
from claimledger.extract.pipeline import extract
from claimledger.ingest.readers import read_bytes
from claimledger.models import ClaimOut, SourceText


def load_dev(dev: Path) -> tuple[list[SourceText], dict[str, dict]]:
    sources, documents = [], {}
    for line in (dev / "corpus.jsonl").read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        row = json.loads(line)
        path = dev / row["file"]
        # an HTML (or PDF) document is scored on the text ingest stores for it, not on its markup
        text = (path.read_bytes().decode("utf-8") if path.suffix.lower() == ".txt"
                else read_bytes(path.read_bytes(), path.suffix).text)
        published = dt.date.fromisoformat(row["published"]) if row.get("published") else None
        sources.append(SourceText(doc_id=row["id"], text=text, published=published, publisher=row.get("publisher"),
                                  affiliation=row.get("affiliation"), language=row.get("language"),
                                  url=row.get("url")))
        documents[row["id"]] = {"text": text, "affiliation": row.get("affiliation")}
    return sources, documents


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--dev", type=Path, default=Path("/work/shared/dev"))
    ap.add_argument("--date-mode", choices=("overlap", "exact"), default="overlap")
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--dump", type=Path, help="write predicted claims (JSONL) here")
    ap.add_argument("--external", type=Path, nargs="*", default=[])
    ap.add_argument("--limit", type=int, default=None)
    ap.add_argument("--no-gold", action="store_true")
    ap.add_argument("--ignore-place", action="store_true", help="diagnostic: match without place agreement")
    a = ap.parse_args()
    console = Console()
    out: dict = {}
    if not a.no_gold:
        sources, documents = load_dev(a.dev)
        claims: list[ClaimOut] = []
        for src in sources:
            for k, c in enumerate(extract(src)):
                cid = hashlib.sha256(f"{src.doc_id}:{k}".encode()).hexdigest()[:16]
                claims.append(ClaimOut(**c.model_dump(), claim_id=cid, doc_id=src.doc_id, doc=src.doc_id))
        if a.dump:
            with a.dump.open("w", encoding="utf-8") as fh:
                for c in claims:
                    fh.write(c.model_dump_json() + "\n")
        gold = a.dev / "gold.jsonl"
        report = evaluate_gold(gold, claims, documents, date_mode=a.date_mode, check_place=not a.ignore_place,
                               place_aliases=default_place_aliases(gold))
        out["gold"] = report.model_dump()
        if not a.json:
            console.print(report.table())
    for path in a.external:
        rep = evaluate_external(path, limit=a.limit)
        out[path.stem] = rep.model_dump()
        if not a.json:
            console.print(rep.table())
    if a.json:
        print(json.dumps(out, indent=1, default=str))
    return 0


if __name__ == "__main__":
    sys.exit(main())
