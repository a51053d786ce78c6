#!/usr/bin/env python3
"""Per-record outcomes of the external benchmarks, to compare two trees record by record.

usage: scripts/ext_records.py FILE.jsonl [--limit N] --out OUT.jsonl
       scripts/ext_records.py --diff BEFORE.jsonl AFTER.jsonl [--field F] [--show N]

The first form scores each record exactly as ``claimledger eval --external`` does and writes one
line per record (id, per-field ok, and the predicted date/place/killed/injured/type). Run it once
with each tree first on PYTHONPATH. The second form prints per-field accuracy before -> after and
the records that flipped from right to wrong (and wrong to right) for a field.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

FIELDS = ("date", "location", "killed", "injured", "event_type", "sub_event_type")


def outcomes(path: Path, limit: int | None) -> list[dict[str, Any]]:
    """One dict per record: its id, text, per-field ok (absent when the field is not coded) and prediction."""
    from claimledger.evaluate import (
        _event_of,
        _killed,
        external_records,
        record_outcome,
    )
    from claimledger.extract.pipeline import extract_event
    from claimledger.models import SourceText

    rows: list[dict[str, Any]] = []
    for k, rec in external_records(path, limit):
        gold = rec.get("gold") or {}
        text = rec.get("text") or ""
        try:
            claim = _event_of(extract_event(SourceText(doc_id=str(rec.get("id", k)), text=text)))
        except Exception as exc:  # noqa: BLE001 - a crash is an outcome to report
            rows.append({"k": k, "id": rec.get("id"), "error": repr(exc)})
            continue
        ok = record_outcome(gold, text, claim)
        extra = claim.extra if claim is not None else {}
        pred = None
        if claim is not None:
            pred = {"date": [str(claim.date.start), str(claim.date.end)], "place": claim.place.text,
                    "place_name": claim.place.name, "killed": _killed(claim, "killed"),
                    "injured": _killed(claim, "injured"), "type": claim.type,
                    "acled": [extra.get("acled_event_type"), extra.get("acled_sub_event_type")]}
        rows.append({"k": k, "id": rec.get("id"), "ok": ok, "pred": pred})
    return rows


def load(path: Path) -> dict[int, dict[str, Any]]:
    return {r["k"]: r for r in map(json.loads, path.read_text(encoding="utf-8").splitlines())}


def accuracy(rows: dict[int, dict[str, Any]], field: str) -> tuple[int, int]:
    vals = [r["ok"][field] for r in rows.values() if field in r.get("ok", {})]
    return sum(vals), len(vals)


def diff(before: Path, after: Path, field: str | None, show: int) -> None:
    b, a = load(before), load(after)
    for f in FIELDS:
        (nb, db), (na, da) = accuracy(b, f), accuracy(a, f)
        if db or da:
            print(f"{f:15s} {nb / max(db, 1):.3f} -> {na / max(da, 1):.3f}  ({nb}/{db} -> {na}/{da})")
    errs = [r for r in a.values() if "error" in r]
    for r in errs[:show]:
        print("ERROR", r["k"], r["id"], r["error"])
    if field is None:
        return
    for label, want in (("right->wrong", (True, False)), ("wrong->right", (False, True))):
        flips = [k for k in sorted(a) if field in b[k].get("ok", {}) and field in a[k].get("ok", {})
                 and (b[k]["ok"][field], a[k]["ok"][field]) == want]
        print(f"\n{label}: {len(flips)}")
        for k in flips[:show]:
            print(f"  k={k} id={a[k]['id']}\n    before {b[k]['pred']}\n    after  {a[k]['pred']}")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("file", type=Path, nargs="?")
    ap.add_argument("--limit", type=int, default=None)
    ap.add_argument("--out", type=Path)
    ap.add_argument("--diff", type=Path, nargs=2)
    ap.add_argument("--field")
    ap.add_argument("--show", type=int, default=20)
    a = ap.parse_args()
    if a.diff:
        diff(a.diff[0], a.diff[1], a.field, a.show)
        return 0
    if a.file is None or a.out is None:
        ap.error("FILE and --out are required without --diff")
    with a.out.open("w", encoding="utf-8") as fh:
        for row in outcomes(a.file, a.limit):
            fh.write(json.dumps(row, default=str) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
