"""GeoJSON: an RFC 7946 FeatureCollection, checked against a GeoJSON schema."""

from __future__ import annotations

import io
import json
from typing import Any

import jsonschema
import pytest

from claimledger.export.geojson import write_geojson
from claimledger.export.incident_records import iter_incidents
from claimledger.ledger import Ledger
from tests.export import data

# RFC 7946 section 3 for what this export writes: Points or null geometry, object properties.
POSITION = {"type": "array", "minItems": 2, "maxItems": 3, "items": {"type": "number"},
            "prefixItems": [{"type": "number", "minimum": -180, "maximum": 180},
                            {"type": "number", "minimum": -90, "maximum": 90}]}
GEOJSON_SCHEMA: dict[str, Any] = {
    "$schema": "https://json-schema.org/draft/2020-12/schema",
    "type": "object",
    "required": ["type", "features"],
    "properties": {
        "type": {"const": "FeatureCollection"},
        "features": {
            "type": "array",
            "items": {
                "type": "object",
                "required": ["type", "geometry", "properties"],
                "properties": {
                    "type": {"const": "Feature"},
                    "id": {"type": ["string", "number"]},
                    "geometry": {
                        "oneOf": [
                            {"type": "null"},
                            {"type": "object", "required": ["type", "coordinates"],
                             "properties": {"type": {"const": "Point"}, "coordinates": POSITION}},
                        ]
                    },
                    "properties": {"type": ["object", "null"],
                                   "additionalProperties": {"type": ["string", "number", "boolean", "null"]}},
                },
            },
        },
    },
}


def collection(ledger: Ledger) -> dict[str, Any]:
    out = io.StringIO()
    write_geojson(iter_incidents(ledger), out, base_url="https://ledger.example")
    return json.loads(out.getvalue())


def test_export_geojson_is_a_valid_feature_collection(ledger: Ledger) -> None:
    data.build(ledger)
    doc = collection(ledger)
    jsonschema.validate(doc, GEOJSON_SCHEMA)
    assert len(doc["features"]) == 3


def test_export_geojson_feature_properties(ledger: Ledger) -> None:
    data.build(ledger)
    features = {f["id"]: f for f in collection(ledger)["features"]}
    strike = features["iaaaaaaaaaa1"]
    assert strike["geometry"] == {"type": "Point", "coordinates": [46.36, 40.68]}
    props = strike["properties"]
    assert (props["type"], props["date_start"], props["date_end"], props["date_precision"]) == (
        "missile_strike", "2020-10-17", "2020-10-17", "day")
    assert (props["grade"], props["sources"], props["documents"], props["claims"]) == ("contested", 3, 3, 3)
    assert (props["killed_min"], props["killed_max"], props["killed_best"]) == (13, 16, 13)
    assert props["url"] == "https://ledger.example/incidents/iaaaaaaaaaa1"
    assert features["iaaaaaaaaaa2"]["geometry"] is None
    assert features["iaaaaaaaaaa2"]["properties"]["date_precision"] == "month"
    assert features["iaaaaaaaaaa3"]["properties"]["aggregate"] is True


@pytest.mark.parametrize("bad", [{"type": "Point", "coordinates": [200.0, 10.0]}, {"type": "Point"}])
def test_export_geojson_schema_catches_bad_geometry(ledger: Ledger, bad: dict[str, Any]) -> None:
    data.build(ledger)
    doc = collection(ledger)
    doc["features"][0]["geometry"] = bad
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(doc, GEOJSON_SCHEMA)
