"""``export incidents --format ucdp-csv``: UCDP GED-style rows with best / low / high.

Mappings (documented in docs/exports.md):

* ``best`` / ``low`` / ``high``: the killed figure across the incident's independent
  sources, each source's latest figure counting (a revision replaces the earlier one):
  ``low`` the lowest, ``high`` the highest, ``best`` the median (the lower middle value
  for an even count); empty when no source gives a killed figure;
* ``date_start`` / ``date_end``: the incident's date range; ``date_prec``: 1 a known
  day, 2 a range of 2-6 days, 3 a week (7 days), 4 8-31 days or a month, 5 longer or a year;
* ``where_prec``: locality 1, district 3 (second-order division), region 4
  (first-order division), country 6; unresolved places empty;
* ``where_coordinates`` the place name, ``adm_1`` its first-order division,
  ``geom_wkt`` ``POINT (lon lat)``;
* ``side_a`` / ``side_b``: the stated perpetrator / target most often named;
* ``source_article``: the publishers of the documents, ``; ``-separated;
  ``source_original``: the bodies the killed figures are attributed to;
* ``event_clarity``: 1 for a single incident, 2 for an aggregate (UCDP: "low clarity").
"""

from __future__ import annotations

import csv
from collections.abc import Iterable
from typing import Any, TextIO

from claimledger.export.acled import country_name
from claimledger.export.incident_records import IncidentView, number

COLUMNS = (
    "id", "year", "side_a", "side_b", "source_article", "source_original", "number_of_sources", "where_prec",
    "where_coordinates", "adm_1", "latitude", "longitude", "geom_wkt", "country", "date_start", "date_end",
    "date_prec", "event_clarity", "best", "low", "high",
    # claimledger's own
    "type", "grade", "url",
)
WHERE_PREC = {"locality": 1, "district": 3, "region": 4, "country": 6}


def date_prec(days: int | None) -> int | None:
    if days is None:
        return None
    if days == 1:
        return 1
    if days <= 6:
        return 2
    if days == 7:
        return 3
    return 4 if days <= 31 else 5


def ucdp_row(incident: IncidentView, *, base_url: str = "") -> dict[str, Any]:
    killed = incident.figures.get("killed")
    bodies: list[str] = []
    for source in killed.sources if killed is not None else []:
        body = source.get("attributed_to")
        if body and body not in bodies:
            bodies.append(body)
    has_point = incident.lat is not None and incident.lon is not None
    return {
        "id": incident.id,
        "year": incident.date_start.year if incident.date_start else None,
        "side_a": incident.perpetrator,
        "side_b": incident.target,
        "source_article": "; ".join(incident.publishers),
        "source_original": "; ".join(bodies),
        "number_of_sources": incident.sources,
        "where_prec": WHERE_PREC.get(incident.place_precision or ""),
        "where_coordinates": incident.place_name,
        "adm_1": incident.admin1,
        "latitude": incident.lat,
        "longitude": incident.lon,
        "geom_wkt": f"POINT ({incident.lon} {incident.lat})" if has_point else None,
        "country": country_name(incident.country) if incident.country else None,
        "date_start": incident.date_start.isoformat() if incident.date_start else None,
        "date_end": (incident.date_end or incident.date_start).isoformat() if incident.date_start else None,
        "date_prec": date_prec(incident.date_days),
        "event_clarity": 2 if incident.aggregate else 1,
        "best": number(killed.best) if killed is not None else None,
        "low": number(killed.low) if killed is not None else None,
        "high": number(killed.high) if killed is not None else None,
        "type": incident.type,
        "grade": incident.grade,
        "url": f"{base_url}/incidents/{incident.id}",
    }


def write_ucdp_csv(incidents: Iterable[IncidentView], out: TextIO, *, include_aggregates: bool = False,
                   base_url: str = "") -> int:
    """Write the UCDP GED-style CSV; RETURNS (int): rows written."""
    writer = csv.DictWriter(out, fieldnames=COLUMNS, lineterminator="\n")
    writer.writeheader()
    count = 0
    for incident in incidents:
        if incident.children and not include_aggregates:
            continue
        writer.writerow(ucdp_row(incident, base_url=base_url))
        count += 1
    return count
