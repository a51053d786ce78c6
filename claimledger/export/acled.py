"""``export incidents --format acled-csv``: one row per incident in ACLED codebook columns.

Mappings (documented in docs/exports.md):

* ``event_id_cnty``: the country's ISO 3166-1 alpha-3 code + the incident id's hex
  digits read as a decimal number (stable across exports; ``XXX`` when no country);
* ``event_date``: the day for a known day, else the middle of the incident's date range
  (ACLED codes a week's or a month's events at their middle); ``year`` its year;
* ``time_precision``: 1 = a known day; 2 = a range of at most 7 days (a week or weekend);
  3 = a month or any longer range (ACLED's coarsest);
* ``geo_precision``: locality 1; district 2 (ACLED: part of a region, coded to a town);
  region or country 3; unresolved places empty;
* ``event_type`` / ``sub_event_type``: the ACLED types the extractor gave the claims
  (``extract/rules/types.json``), the most frequent among the incident's claims;
* ``actor1`` / ``actor2``: the stated perpetrator / target most often named;
* ``fatalities``: the conservative figure: the lowest of the independent sources'
  latest killed figures (``low`` of the comparison); 0 when no source gives one;
* ``notes``: what, where, when, then every source's killed figure when they differ
  ("disputed"), and any denial;
* ``source``: the publishers of the incident's documents, ``; ``-separated.

Aggregate incidents that contain other incidents are left out by default: their
parts are rows already, and ACLED sums fatalities over rows.
"""

from __future__ import annotations

import csv
from collections.abc import Iterable
from typing import Any, TextIO

from claimledger.export.incident_records import IncidentView, number
from claimledger.extract.gazetteer import countries

COLUMNS = (
    "event_id_cnty", "event_date", "year", "time_precision", "event_type", "sub_event_type", "actor1", "actor2",
    "country", "admin1", "location", "latitude", "longitude", "geo_precision", "source", "notes", "fatalities",
    # claimledger's own, after the codebook's
    "incident_id", "grade", "sources_count",
)
GEO_PRECISION = {"locality": 1, "district": 2, "region": 3, "country": 3}




def country_name(code: str | None) -> str:
    return str(countries().get((code or "").upper(), {}).get("name", code or ""))


def country_iso3(code: str | None) -> str:
    return str(countries().get((code or "").upper(), {}).get("iso3", "XXX"))


def time_precision(incident: IncidentView) -> int | None:
    days = incident.date_days
    if days is None:
        return None
    if days == 1:
        return 1
    return 2 if days <= 7 else 3


def event_id(incident: IncidentView) -> str:
    digits = "".join(ch for ch in incident.id if ch in "0123456789abcdef")
    return f"{country_iso3(incident.country)}{int(digits, 16) if digits else 0}"


def _fmt(value: float | None) -> str:
    shown = number(value)
    return "?" if shown is None else f"{shown:,}"


def _interval(source: dict[str, Any]) -> str:
    low, high = source.get("low"), source.get("high")
    if low is None:
        return _fmt(source.get("value"))
    if high is None:
        return f"at least {_fmt(low)}"
    return _fmt(low) if low == high else f"{_fmt(low)}-{_fmt(high)}"


def notes(incident: IncidentView) -> str:
    """A short description, saying when sources dispute the fatalities."""
    what = (incident.type or "incident").replace("_", " ")
    where = f" in {incident.place_name}" if incident.place_name else ""
    when = ""
    if incident.date_start:
        when = f" on {incident.date_start.isoformat()}"
        if incident.date_end and incident.date_end != incident.date_start:
            when = f" between {incident.date_start.isoformat()} and {incident.date_end.isoformat()}"
    parts = [f"{what[:1].upper()}{what[1:]}{where}{when}; {incident.sources} independent source(s)."]
    killed = incident.figures.get("killed")
    if killed is not None and killed.sources:
        stated = "; ".join(f"{s.get('attributed_to') or '?'}: {_interval(s)}" for s in killed.sources)
        if killed.disputed:
            parts.append(
                f"Fatalities disputed (coded as the lowest of the latest figures, {_fmt(killed.low)}): {stated}."
            )
        else:
            parts.append(f"Fatalities reported: {stated}.")
    if incident.denied_by:
        parts.append("Denied by: " + "; ".join(incident.denied_by) + ".")
    if incident.grade:
        parts.append(f"claimledger grade: {incident.grade}.")
    return " ".join(parts)


def acled_row(incident: IncidentView) -> dict[str, Any]:
    killed = incident.figures.get("killed")
    day = incident.date_start if incident.date_days == 1 else incident.midpoint
    return {
        "event_id_cnty": event_id(incident),
        "event_date": day.isoformat() if day else None,
        "year": day.year if day else None,
        "time_precision": time_precision(incident),
        "event_type": incident.acled_event_type,
        "sub_event_type": incident.acled_sub_event_type,
        "actor1": incident.perpetrator,
        "actor2": incident.target,
        "country": country_name(incident.country) if incident.country else None,
        "admin1": incident.admin1,
        "location": incident.place_name,
        "latitude": incident.lat,
        "longitude": incident.lon,
        "geo_precision": GEO_PRECISION.get(incident.place_precision or ""),
        "source": "; ".join(incident.publishers),
        "notes": notes(incident),
        "fatalities": number(killed.low) if killed is not None and killed.low is not None else 0,
        "incident_id": incident.id,
        "grade": incident.grade,
        "sources_count": incident.sources,
    }


def write_acled_csv(incidents: Iterable[IncidentView], out: TextIO, *, include_aggregates: bool = False) -> int:
    """Write the ACLED-style CSV; RETURNS (int): rows written."""
    writer = csv.DictWriter(out, fieldnames=COLUMNS, lineterminator="\n")
    writer.writeheader()
    count = 0
    for incident in incidents:
        if incident.children and not include_aggregates:
            continue
        writer.writerow(acled_row(incident))
        count += 1
    return count
