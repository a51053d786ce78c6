"""UCDP GED-style CSV: best / low / high, date_prec and where_prec codes."""

from __future__ import annotations

import io

import pandas as pd
import pytest

from claimledger.export.incident_records import iter_incidents
from claimledger.export.ucdp import COLUMNS, date_prec, write_ucdp_csv
from claimledger.ledger import Ledger
from tests.export import data


def ucdp_frame(ledger: Ledger, **kwargs: object) -> pd.DataFrame:
    out = io.StringIO()
    write_ucdp_csv(iter_incidents(ledger), out, **kwargs)  # type: ignore[arg-type]
    return pd.read_csv(io.StringIO(out.getvalue())).set_index("id", drop=False)


def test_export_ucdp_rows(ledger: Ledger) -> None:
    data.build(ledger)
    frame = ucdp_frame(ledger, base_url="https://ledger.example")
    assert list(frame.columns) == list(COLUMNS)
    strike = frame.loc["iaaaaaaaaaa1"]
    assert (strike["best"], strike["low"], strike["high"]) == (13, 13, 16)
    assert (strike["date_start"], strike["date_end"], strike["date_prec"]) == ("2020-10-17", "2020-10-17", 1)
    assert (strike["where_prec"], strike["latitude"], strike["longitude"]) == (1, 40.68, 46.36)
    assert strike["geom_wkt"] == "POINT (46.36 40.68)"
    assert strike["source_article"] == "Wire A; Watch B; Ministry C"
    assert strike["source_original"] == "the Prosecutor's Office; Watch Group"
    assert strike["url"] == "https://ledger.example/incidents/iaaaaaaaaaa1"
    month = frame.loc["iaaaaaaaaaa2"]
    assert (month["date_prec"], month["year"]) == (4, 2020)
    assert pd.isna(month["best"]) and pd.isna(month["where_prec"])
    assert "iaaaaaaaaaa3" not in frame.index


@pytest.mark.parametrize(("days", "code"), [(1, 1), (2, 2), (6, 2), (7, 3), (8, 4), (31, 4), (32, 5), (366, 5),
                                            (None, None)])
def test_export_ucdp_date_prec(days: int | None, code: int | None) -> None:
    assert date_prec(days) == code
