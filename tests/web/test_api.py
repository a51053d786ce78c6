"""The JSON API over a tiny ledger: the same data functions as the pages."""

from __future__ import annotations

from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from claimledger.ledger import Ledger
from claimledger.web.app import create_app
from tests.web.world import World, build_world, members


def test_api_documents_list_counts_claims(client: TestClient, world: World) -> None:
    body = client.get("/api/documents", params={"limit": 2}).json()
    assert body["count"] == 5 and body["limit"] == 2 and body["offset"] == 0
    assert [d["label"] for d in body["data"]] == ["north-1", "south-1"]  # by publication date
    assert body["data"][0] == {
        "id": world.doc_ids["north-1"], "label": "north-1", "title": "Report north-1", "publisher": "North Wire",
        "affiliation": "intl-media", "published": "2031-03-02", "chars": body["data"][0]["chars"], "claims": 1,
    }
    second = client.get("/api/documents", params={"limit": 2, "offset": 4}).json()
    assert [d["label"] for d in second["data"]] == ["ngo-1"]


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({"publisher": "Southern Ministry"}, ["south-1"]),
        ({"affiliation": "ngo"}, ["ngo-1"]),
        ({"affiliation": "nobody"}, []),
    ],
)
def test_api_documents_filters(client: TestClient, params: dict[str, str], expected: list[str]) -> None:
    assert [d["label"] for d in client.get("/api/documents", params=params).json()["data"]] == expected


def test_api_document_has_segments_claims_findings(client: TestClient, world: World) -> None:
    body = client.get(f"/api/documents/{world.doc_ids['north-1']}").json()
    text = "".join(s["text"] for s in body["segments"])
    assert text == world.ledger.document_text(world.doc_ids["north-1"])
    assert [c["claim"]["claim_id"] for c in body["claims"]] == [world.claim_ids["n1"]]
    killed = [s for s in body["segments"] if s["kind"] == "killed"]
    assert "".join(s["text"] for s in killed) == "at least 12"
    assert [s["findings"] != [] for s in killed] == [False, True]  # the finding's span is "12"
    assert killed[0]["claims"] == [world.claim_ids["n1"]]
    assert [f["rule"] for f in body["findings"]] == ["audit.test_rule"]
    assert any(s["findings"] for s in body["segments"])
    assert body["download"] == f"/documents/{world.doc_ids['north-1']}/original"


@pytest.mark.parametrize(
    ("params", "keys"),
    [
        ({"type": "shelling"}, ["o1", "o2"]),
        ({"status": "machine", "affiliation": "gov-b"}, ["s1", "o2"]),
        ({"doc": "ngo-1"}, ["g1"]),
        ({"type": "nothing"}, []),
    ],
)
def test_api_claims_filters(client: TestClient, world: World, params: dict[str, str], keys: list[str]) -> None:
    body = client.get("/api/claims", params=params).json()
    assert sorted(c["id"] for c in body["data"]) == sorted(world.claim_ids[k] for k in keys)
    assert body["count"] == len(keys)


def test_api_claims_pagination_covers_everything_once(client: TestClient, world: World) -> None:
    seen = []
    for offset in range(0, 10, 3):
        seen += [c["id"] for c in client.get("/api/claims", params={"limit": 3, "offset": offset}).json()["data"]]
    assert sorted(seen) == sorted(world.claim_ids.values())


def test_api_claim_detail_has_fields_and_rules(client: TestClient, world: World) -> None:
    body = client.get(f"/api/claims/{world.claim_ids['n1']}").json()
    fields = {f["field"]: f for f in body["view"]["fields"]}
    assert fields["figure · killed"]["value"] == "[12, ∞] at_least"
    assert fields["figure · killed"]["rule"] == "figures.at_least"
    assert fields["place"]["rule"] == "places.gazetteer"
    assert body["view"]["incident"]["id"] == world.incidents["velmora"]
    assert body["document"]["label"] == "north-1"
    assert body["history"] == []


def test_api_incidents_and_filters(client: TestClient, world: World) -> None:
    body = client.get("/api/incidents").json()
    assert {i["id"] for i in body["data"]} == world.all_incidents >= set(world.incidents.values())
    velmora = next(i for i in body["data"] if i["id"] == world.incidents["velmora"])
    assert (velmora["claims"], velmora["killed_low"], velmora["killed_high"]) == (len(members(world, "velmora")), 3, 20)
    assert velmora["contested"] >= 1
    assert [i["id"] for i in client.get("/api/incidents", params={"type": "shelling"}).json()["data"]] == [
        world.incidents["ostrin"]]
    assert client.get("/api/incidents", params={"affiliation": "ngo"}).json()["count"] == 1
    assert client.get("/api/incidents", params={"date_from": "2031-03-02"}).json()["count"] == 1
    assert client.get("/api/incidents", params={"date_to": "2030-01-01"}).json()["count"] == 0


def test_api_incidents_geojson_is_a_feature_collection(client: TestClient, world: World) -> None:
    body = client.get("/api/incidents.geojson").json()
    assert body["type"] == "FeatureCollection"
    by_id = {f["id"]: f for f in body["features"]}
    velmora = by_id[world.incidents["velmora"]]
    assert velmora["geometry"] == {"type": "Point", "coordinates": [37.6, 48.1]}
    assert velmora["properties"]["killed_high"] == 20
    assert velmora["properties"]["id"] == world.incidents["velmora"]
    filtered = client.get("/api/incidents.geojson", params={"grade": "contested"}).json()
    assert world.incidents["velmora"] in [f["id"] for f in filtered["features"]]
    assert {f["properties"]["grade"] for f in filtered["features"]} == {"contested"}


def test_api_incident_detail_side_by_side(client: TestClient, world: World) -> None:
    body = client.get(f"/api/incidents/{world.incidents['velmora']}").json()
    rows = body["detail"]["rows"]
    assert {r["claim_id"] for r in rows} == members(world, "velmora") >= {world.claim_ids[k] for k in ("n1", "n2", "g1")}
    assert body["labels"] == ["killed", "injured"]
    assert body["detail"]["incident"]["grade"] == "contested"
    assert set(body["statuses"].values()) == {"machine"}
    assert body["incident"]["lat"] == 48.1


def test_api_overview(client: TestClient, world: World) -> None:
    body = client.get("/api/overview").json()
    assert body["counts"] == {"documents": 5, "claims": 7, "incidents": len(world.all_incidents), "findings": 1,
                              "decisions": 0, "machine_claims": 7}
    assert body["options"]["affiliations"] == ["blog", "gov-a", "gov-b", "intl-media", "ngo"]
    assert body["timeline"]["unit"] == "week"
    assert sum(b["count"] for b in body["timeline"]["buckets"]) >= 2  # dated incidents only
    assert body["contested"][0]["id"] == world.incidents["velmora"]
    assert body["geojson"] == "/api/incidents.geojson"
    assert client.get("/api/overview", params={"country": "XA", "grade": ""}).json()["geojson"] == (
        "/api/incidents.geojson?country=XA")


def test_api_sources_counts_agree_and_contradict(client: TestClient) -> None:
    rows = {r["publisher"]: r for r in client.get("/api/sources").json()["data"]}
    assert set(rows) == {"North Wire", "Velmora Regional Office", "Southern Ministry", "Field Monitors", "Prank Press"}
    assert rows["Southern Ministry"]["claims"] == 2
    assert rows["Prank Press"]["contradict"] >= 1
    assert rows["Field Monitors"]["agree"] >= 1


@pytest.mark.parametrize(
    ("q", "docs", "claims"),
    [
        ("Ostrin", {"north-2", "south-1"}, {"o1", "o2"}),
        ("regional office", {"north-1", "north-2"}, {"n2"}),
        ("zzzz", set(), set()),
        ("", set(), set()),
    ],
)
def test_api_search_documents_and_claims(client: TestClient, world: World, q: str, docs: set[str],
                                         claims: set[str]) -> None:
    body = client.get("/api/search", params={"q": q}).json()
    assert {h["label"] for h in body["documents"]} == docs
    assert {c["id"] for c in body["claims"]} >= {world.claim_ids[k] for k in claims}


def test_api_review_queue_least_confident_first(client: TestClient, world: World) -> None:
    body = client.get("/api/review", params={"limit": 3}).json()
    assert body["status"] == "machine"
    assert body["claims"]["count"] == 7 and len(body["claims"]["data"]) == 3
    assert body["recent"]["count"] == 0


def test_api_openapi_lists_every_api_route(client: TestClient) -> None:
    schema = client.get("/api/openapi.json").json()
    for path in ("/api/documents", "/api/claims", "/api/incidents", "/api/incidents.geojson", "/api/sources",
                 "/api/search", "/api/review", "/api/claims/{claim_id}/accept", "/api/incidents/merge"):
        assert path in schema["paths"], path
    assert client.get("/api/docs").status_code == 200


@pytest.mark.parametrize(
    "path",
    ["/api/overview", "/api/documents", "/api/claims?status=machine&affiliation=ngo", "/api/incidents?country=XA",
     "/api/incidents.geojson", "/api/sources", "/api/search?q=Ostrin", "/api/review", "/review", "/sources"],
)
def test_api_on_every_store(any_ledger: Ledger, tmp_path: Path, path: str) -> None:
    """The same pages and queries on SQLite and PostgreSQL."""
    w = build_world(any_ledger, tmp_path / "docs")
    with TestClient(create_app(any_ledger)) as c:
        assert c.get(path).status_code == 200
        velmora = w.incidents["velmora"]
        page = c.get(f"/api/incidents/{velmora}").json()
        assert {r["claim_id"] for r in page["detail"]["rows"]} == members(w, "velmora")
        assert c.post(f"/api/claims/{w.claim_ids['o2']}/move", json={"incident_id": None}).status_code == 200
        assert c.get("/api/review/decisions").json()["count"] == 1
