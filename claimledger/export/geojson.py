"""``export incidents --format geojson``: an RFC 7946 FeatureCollection of incidents.

Each feature is a ``Point`` at the incident's resolved place ([longitude, latitude],
WGS 84), or ``null`` geometry when the place is not resolved (valid GeoJSON; QGIS shows
it in the attribute table). Properties are flat scalars so QGIS and geojson.io show
them as columns: type, dates, place, grade, counts, the URL of the incident page and,
for each casualty kind, the figure range (``killed_min``, ``killed_max``, ``killed_low``,
``killed_best``, ``killed_high``); ``figures`` repeats every figure as text.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any, TextIO

from claimledger.export.incident_records import IncidentView, number

KINDS = ("killed", "injured", "captured", "missing", "displaced")


def _figures_text(incident: IncidentView) -> str:
    parts = []
    for label, fig in incident.figures.items():
        if fig.min is None:
            continue
        span = f"{number(fig.min)}" if fig.min == fig.max else f"{number(fig.min)}-{number(fig.max)}"
        if fig.best is not None:
            span += f" (best {number(fig.best)})"
        parts.append(f"{label}: {span}")
    return "; ".join(parts)


def feature(incident: IncidentView, *, base_url: str = "") -> dict[str, Any]:
    """One incident as a GeoJSON Feature."""
    geometry = None
    if incident.lat is not None and incident.lon is not None:
        geometry = {"type": "Point", "coordinates": [incident.lon, incident.lat]}
    props: dict[str, Any] = {
        "id": incident.id,
        "type": incident.type,
        "date_start": incident.date_start.isoformat() if incident.date_start else None,
        "date_end": incident.date_end.isoformat() if incident.date_end else None,
        "date_precision": incident.date_precision,
        "place": incident.place_name,
        "country": incident.country,
        "admin1": incident.admin1,
        "place_precision": incident.place_precision,
        "grade": incident.grade,
        "sources": incident.sources,
        "documents": incident.documents,
        "claims": len(incident.claim_ids),
        "aggregate": incident.aggregate,
        "parent_id": incident.parent_id,
        "url": f"{base_url}/incidents/{incident.id}",
        "publishers": "; ".join(incident.publishers),
        "denied_by": "; ".join(incident.denied_by),
        "figures": _figures_text(incident),
    }
    for kind in KINDS:
        fig = incident.figures.get(kind)
        for key in ("min", "max", "low", "best", "high"):
            props[f"{kind}_{key}"] = number(getattr(fig, key)) if fig is not None else None
    return {"type": "Feature", "id": incident.id, "geometry": geometry, "properties": props}


def write_geojson(incidents: Iterable[IncidentView], out: TextIO, *, base_url: str = "") -> int:
    """Stream a FeatureCollection, one feature per line; RETURNS (int): features written."""
    out.write('{"type": "FeatureCollection", "features": [\n')
    count = 0
    for incident in incidents:
        if count:
            out.write(",\n")
        out.write(json.dumps(feature(incident, base_url=base_url), ensure_ascii=False))
        count += 1
    out.write("\n]}\n")
    return count
