"""Linking metric: claims matched to gold by document + overlapping evidence, pairwise P/R/F1."""

from __future__ import annotations

import json
from pathlib import Path

from claimledger.evaluate_linking import linking_on_gold, pairwise_linking
from claimledger.models import ClaimOut
from tests.incident_builders import as_out, claim

TEXT = "Strike A killed 5. Strike A: toll 6. Strike B killed 2."


def _gold(tmp_path: Path) -> Path:
    rows = [
        {"doc": "d1", "incident": "a", "evidence": "Strike A killed 5."},
        {"doc": "d1", "incident": "a", "evidence": "Strike A: toll 6."},
        {"doc": "d1", "incident": "b", "evidence": "Strike B killed 2."},
    ]
    path = tmp_path / "gold.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in rows), encoding="utf-8")
    return path


def _pred(incidents: list[str | None]) -> list[ClaimOut]:
    spans = [(0, 18), (19, 36), (37, 55)]
    claims = as_out([claim(evidence=TEXT[s:e]) for s, e in spans], "d1")
    out = []
    for c, (s, e), inc in zip(claims, spans, incidents, strict=True):
        ev = c.evidence.model_copy(update={"start": s, "end": e})
        out.append(c.model_copy(update={"evidence": ev, "incident_id": inc, "doc": "d1"}))
    return out


def test_evaluate_linking_perfect(tmp_path: Path) -> None:
    result = pairwise_linking(_gold(tmp_path), _pred(["x", "x", "y"]), {"d1": TEXT})
    assert result["linking"] == {"tp": 1, "pred": 1, "gold": 1, "P": 1.0, "R": 1.0, "F1": 1.0}
    assert result["matched"] == 3


def test_evaluate_linking_over_merged(tmp_path: Path) -> None:
    result = pairwise_linking(_gold(tmp_path), _pred(["x", "x", "x"]), {"d1": TEXT})
    assert result["linking"]["tp"] == 1 and result["linking"]["pred"] == 3
    assert result["linking"]["P"] == 0.3333 and result["linking"]["R"] == 1.0


def test_evaluate_linking_unlinked_claims_link_nothing(tmp_path: Path) -> None:
    result = pairwise_linking(_gold(tmp_path), _pred([None, None, None]), {"d1": TEXT})
    assert result["linking"]["pred"] == 0 and result["linking"]["R"] == 0.0


def test_evaluate_linking_linker_on_gold_fields(shared_dev: Path) -> None:
    result = linking_on_gold(shared_dev / "gold.jsonl")
    assert result["claims"] == 258
    assert result["linking"]["P"] >= 0.95 and result["linking"]["F1"] >= 0.85
