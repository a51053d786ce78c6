"""ACLED-style CSV: codebook columns, precision codes, the conservative fatality figure."""

from __future__ import annotations

import datetime as dt
import io

import pandas as pd
import pytest

from claimledger.export.acled import COLUMNS, time_precision, write_acled_csv
from claimledger.export.filters import ExportFilter
from claimledger.export.incident_records import IncidentView, iter_incidents
from claimledger.ledger import Ledger
from tests.export import data

CODEBOOK = ["event_id_cnty", "event_date", "year", "time_precision", "event_type", "sub_event_type", "actor1",
            "actor2", "country", "admin1", "location", "latitude", "longitude", "geo_precision", "source", "notes",
            "fatalities"]


def acled_frame(ledger: Ledger, flt: ExportFilter = ExportFilter(), **kwargs: bool) -> pd.DataFrame:
    out = io.StringIO()
    write_acled_csv(iter_incidents(ledger, flt), out, **kwargs)
    return pd.read_csv(io.StringIO(out.getvalue())).set_index("incident_id", drop=False)


def test_export_acled_columns_follow_the_codebook(ledger: Ledger) -> None:
    data.build(ledger)
    frame = acled_frame(ledger)
    assert list(frame.columns)[: len(CODEBOOK)] == CODEBOOK
    assert list(frame.columns) == list(COLUMNS)


def test_export_acled_disputed_incident_row(ledger: Ledger) -> None:
    data.build(ledger)
    row = acled_frame(ledger).loc["iaaaaaaaaaa1"]
    assert row["event_id_cnty"].startswith("AZE") and row["event_id_cnty"][3:].isdigit()
    assert (row["event_date"], row["year"], row["time_precision"]) == ("2020-10-17", 2020, 1)
    assert (row["event_type"], row["sub_event_type"]) == ("Explosions/Remote violence",
                                                          "Shelling/artillery/missile attack")
    assert (row["country"], row["admin1"], row["location"], row["geo_precision"]) == ("Azerbaijan", "Ganja", "Ganja", 1)
    assert (row["latitude"], row["longitude"]) == (40.68, 46.36)
    assert row["fatalities"] == 13  # the conservative figure
    assert "Fatalities disputed" in row["notes"] and "Watch Group: at least 16" in row["notes"]
    assert "Denied by: The ministry" in row["notes"]
    assert row["source"] == "Wire A; Watch B; Ministry C"
    assert row["actor1"] == "missile" and row["actor2"] == "civilians"


def test_export_acled_month_without_place_or_figure(ledger: Ledger) -> None:
    data.build(ledger)
    row = acled_frame(ledger).loc["iaaaaaaaaaa2"]
    assert (row["event_date"], row["time_precision"], row["fatalities"]) == ("2020-10-16", 3, 0)
    assert pd.isna(row["geo_precision"]) and pd.isna(row["latitude"])
    assert row["event_id_cnty"].startswith("XXX")


@pytest.mark.parametrize(("include", "expected"), [(False, {"iaaaaaaaaaa1", "iaaaaaaaaaa2"}),
                                                   (True, {"iaaaaaaaaaa1", "iaaaaaaaaaa2", "iaaaaaaaaaa3"})])
def test_export_acled_aggregates_only_on_request(ledger: Ledger, include: bool, expected: set[str]) -> None:
    data.build(ledger)
    assert set(acled_frame(ledger, include_aggregates=include).index) == expected


@pytest.mark.parametrize(
    ("flt", "expected"),
    [
        (ExportFilter(country="AZ"), {"iaaaaaaaaaa1"}),
        (ExportFilter(types=("shelling",)), {"iaaaaaaaaaa2"}),
        (ExportFilter(since=dt.date(2020, 10, 18)), {"iaaaaaaaaaa2"}),
        (ExportFilter(until=dt.date(2020, 9, 30)), set()),
    ],
)
def test_export_acled_filters(ledger: Ledger, flt: ExportFilter, expected: set[str]) -> None:
    data.build(ledger)
    assert set(acled_frame(ledger, flt).index) == expected


@pytest.mark.parametrize(
    ("start", "end", "code"),
    [("2020-10-17", "2020-10-17", 1), ("2020-10-17", "2020-10-18", 2), ("2020-10-12", "2020-10-18", 2),
     ("2020-10-12", "2020-10-19", 3), ("2020-10-01", "2020-10-31", 3), ("2020-01-01", "2020-12-31", 3)],
)
def test_export_acled_time_precision(start: str, end: str, code: int) -> None:
    view = IncidentView(
        id="i1", parent_id=None, aggregate=False, children=0, type=None, acled_event_type="", acled_sub_event_type="",
        place_name=None, geonameid=None, country=None, admin1=None, lat=None, lon=None, place_precision=None,
        date_start=dt.date.fromisoformat(start), date_end=dt.date.fromisoformat(end), grade=None, documents=0,
        sources=0, claim_ids=[], figures={}, publishers=[], urls=[], perpetrator=None, target=None, denied_by=[],
        reasons=[])
    assert time_precision(view) == code
