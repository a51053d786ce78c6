"""Ledger.extract: versioned extraction that keeps people's review decisions."""

from __future__ import annotations

from pathlib import Path

from claimledger import review
from claimledger.ledger import Ledger

TEXT = (
    "Shelling hit the central market of Northtown on 3 May 2021, killing 7 civilians and injuring 12, "
    "according to the regional health office.\n"
)


def test_ledger_extract_is_incremental_and_keeps_reviews(any_ledger: Ledger, tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(TEXT)
    any_ledger.ingest([tmp_path])
    assert any_ledger.extract() == 1
    assert any_ledger.extract() == 0  # the current extractor has done it
    claim = next(c for c in any_ledger.claims() if any(f.kind == "killed" for f in c.figures))
    review.accept(any_ledger, claim.claim_id, actor="tester")
    review.edit(any_ledger, claim.claim_id, review.ClaimEdit(place_name="Northtown market"), actor="tester")
    assert any_ledger.extract(force=True) == 1
    again = next(c for c in any_ledger.claims() if any(f.kind == "killed" for f in c.figures))
    assert again.status == "edited"
    assert (again.place.name or again.place.text) == "Northtown market"
