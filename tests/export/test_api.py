"""The notebook API: ``claimledger.open(...)`` returns DataFrames."""

from __future__ import annotations

from pathlib import Path

import pandas as pd

import claimledger
from claimledger.ledger import Ledger
from tests.export import data


def test_api_open_returns_dataframes(tmp_path: Path) -> None:
    path = tmp_path / "ledger.db"
    setup = Ledger.open(f"sqlite:///{path}")
    ids = data.build(setup)
    setup.close()
    with claimledger.open(str(path)) as ledger:
        claims = ledger.claims()
        assert isinstance(claims, pd.DataFrame) and len(claims) == 4
        assert claims.set_index("claim_id").loc[ids["a_claim"], "killed"] == 13
        assert pd.api.types.is_datetime64_any_dtype(claims["date_start"])
        assert set(ledger.claims(country="AZ")["claim_id"]) == {ids["a_claim"], ids["b_claim"], ids["deny"]}
        figures = ledger.figures()
        assert sorted(figures["value"]) == [13.0, 16.0]
        assert set(figures["doc"]) == {"doc-a", "doc-b"}
        incidents = ledger.incidents()
        assert set(incidents["id"]) == {"iaaaaaaaaaa1", "iaaaaaaaaaa2", "iaaaaaaaaaa3"}
        assert incidents.set_index("id").loc["iaaaaaaaaaa1", "killed_best"] == 13
        assert len(ledger.documents()) == 3 and len(ledger.relations()) == 1
