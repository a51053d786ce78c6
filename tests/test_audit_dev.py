"""The audit's text rules on the development corpus (../shared/dev, outside the repo; skipped
without it): most inconsistencies listed for the long interview are found, and the other
documents raise no finding (false alarms cost users' trust)."""

from __future__ import annotations

import json
from pathlib import Path

from claimledger.audit import audit_document
from claimledger.evaluate import listed_inconsistencies as _listed_items


def test_audit_dev_interview_and_false_alarms(shared_dev: Path) -> None:
    rows = [json.loads(line) for line in (shared_dev / "corpus.jsonl").read_text().splitlines() if line.strip()]
    interview = next(r for r in rows if r["id"] == "interview-karabakh")
    text = (shared_dev / interview["file"]).read_text(encoding="utf-8")
    found = audit_document(text)
    items = _listed_items((shared_dev / "internal_inconsistencies.md").read_text(encoding="utf-8"), text)
    hit = {k for k, spans in items.items()
           if any(s < fe and fs < e for f in found for fs, fe in f.spans for s, e in spans)}
    assert len({k for k in hit if k.startswith("A")}) >= 6, sorted(hit)
    assert len(hit) >= 9, sorted(hit)
    others = [(r["id"], f.rule) for r in rows if r["id"] != "interview-karabakh"
              for f in audit_document((shared_dev / r["file"]).read_text(encoding="utf-8"))]
    assert others == []
