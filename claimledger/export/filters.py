"""The export filters shared by every kind: country, type, period and document."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from claimledger.errors import BadInput, Errors


@dataclass(frozen=True)
class ExportFilter:
    """Which rows an export keeps; ``None`` keeps everything.

    country (str): ISO 3166-1 alpha-2 code of the resolved place (``AZ``), any case.
    types (tuple): incident/claim types to keep (``missile_strike``...).
    since (date): keep rows whose dates reach this day or later (undated rows are dropped).
    until (date): keep rows whose dates start on or before this day.
    doc (str): one document (ledger id, manifest id or path); claims only.
    """

    country: str | None = None
    types: tuple[str, ...] = ()
    since: dt.date | None = None
    until: dt.date | None = None
    doc: str | None = None

    @property
    def country_code(self) -> str | None:
        return self.country.upper() if self.country else None


def parse_day(value: str | None, option: str) -> dt.date | None:
    """A ``YYYY-MM-DD`` option value, or a coded ``BadInput``."""
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise BadInput(Errors.E508.format(value=value, option=option)) from None


def overlaps(start: dt.date | None, end: dt.date | None, flt: ExportFilter) -> bool:
    """Whether a row's date range meets the filter's period (no period: always)."""
    if flt.since is None and flt.until is None:
        return True
    if start is None and end is None:
        return False
    first = start or end
    last = end or start
    assert first is not None and last is not None
    return (flt.since is None or last >= flt.since) and (flt.until is None or first <= flt.until)
