"""Fill a ledger with synthetic claims and measure the web UI and API on it (loopback only).

    .venv/bin/python scripts/load_web.py [--claims 100000] [--requests 40] [--db PATH]

Bulk-inserts documents, claims, figures, incidents (compared and graded by the real
``compare``/``grade`` code), relations and findings, then serves ``create_app`` with
uvicorn on 127.0.0.1 and a free port and sends a bounded number of GET requests to
every page and API list: p50/p95 latency per route, then requests/second with a few
concurrent clients. Synthetic text only; nothing leaves the machine.
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import json
import random
import socket
import statistics
import sys
import tempfile
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import httpx
from sqlalchemy import insert, select, text

from claimledger.compare import SourceInfo, compare
from claimledger.grade import grade_incident
from claimledger.incidents import _summary  # the same summary the linking stage stores
from claimledger.ledger import Ledger
from claimledger.models import Attribution, ClaimIn, DateValue, Figure, PlaceValue, Span
from claimledger.store import repo
from claimledger.store.tables import (
    Blob,
    Claim,
    Document,
    FigureRow,
    Finding,
    Incident,
    Relation,
)

WORDS = ("strike shelling convoy village market hospital school bridge district ministry office statement report "
         "residents witnesses officials civilians soldiers rockets artillery killed injured missing displaced "
         "according said overnight morning evening regional local international monitors investigators").split()
PLACES = [(f"Town{n:03d}", 30 + (n * 7) % 25, 20 + (n * 13) % 40, f"X{chr(65 + n % 26)}") for n in range(300)]
PUBLISHERS = [(f"Publisher {n:02d}", ("gov-a", "gov-b", "ngo", "intl-media", "local-media")[n % 5]) for n in range(40)]
TYPES = ("missile_strike", "shelling", "air_strike", "armed_clash", "explosion", "attack_on_civilians")


def sentence(rng: random.Random, n: int = 14) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(n)).capitalize() + "."


def build(ledger: Ledger, n_claims: int, per_doc: int = 50, per_incident: int = 4, seed: int = 7) -> dict[str, Any]:
    """Bulk-insert a synthetic ledger; returns ids to request."""
    rng = random.Random(seed)
    n_docs = n_claims // per_doc
    n_incidents = n_claims // per_incident
    now = dt.datetime.now(dt.UTC)
    day0 = dt.date(2022, 1, 1)
    incident_of: dict[int, int] = {}
    claims_rows: list[dict[str, Any]] = []
    figure_rows: list[dict[str, Any]] = []
    doc_rows: list[dict[str, Any]] = []
    blob_rows: list[dict[str, Any]] = []
    fts_rows: list[dict[str, Any]] = []
    members: dict[int, list[tuple[ClaimIn, str, str]]] = {}
    sources: dict[str, SourceInfo] = {}
    for d in range(n_docs):
        publisher, affiliation = PUBLISHERS[d % len(PUBLISHERS)]
        published = day0 + dt.timedelta(days=d % 700)
        parts: list[str] = []
        spans: list[tuple[int, int, int, int, int]] = []  # (ev start, ev end, fig start, fig end, number)
        offset = 0
        for c in range(per_doc):
            number = rng.randint(1, 400)
            filler = sentence(rng) + " "
            claim_text = f"At least {number} people were killed in {PLACES[(d + c) % len(PLACES)][0]}. "
            parts += [filler, claim_text]
            start = offset + len(filler)
            fig_start = start + len("At least ")
            spans.append((start, start + len(claim_text) - 1, fig_start, fig_start + len(str(number)), number))
            offset += len(filler) + len(claim_text)
        body = "".join(parts)
        raw = body.encode()
        sha = hashlib.sha256(raw).hexdigest()
        doc_id = repo.document_id(sha)
        blob_rows.append({"sha256": sha, "size": len(raw), "data": raw})
        doc_rows.append({"id": doc_id, "sha256": sha, "ext_id": f"doc-{d:05d}", "path": f"synthetic/doc-{d:05d}.txt",
                         "filename": f"doc-{d:05d}.txt", "media_type": "text/plain", "size": len(raw),
                         "chars": len(body), "text": body, "page_offsets": [], "url": None,
                         "title": f"Synthetic report {d}", "author": None, "publisher": publisher,
                         "affiliation": affiliation, "published": published, "language": "en", "notes": None,
                         "ingested_at": now})
        fts_rows.append({"id": doc_id, "title": f"Synthetic report {d}", "text": body})
        sources[doc_id] = SourceInfo(doc=f"doc-{d:05d}", publisher=publisher, affiliation=affiliation,
                                     published=published)
        for c, (ev_start, ev_end, f_start, f_end, number) in enumerate(spans):
            index = d * per_doc + c
            inc = (index * 7919) % n_incidents
            incident_of[index] = inc
            name, lat, lon, country = PLACES[inc % len(PLACES)]
            when = day0 + dt.timedelta(days=inc % 700)
            claim = ClaimIn(
                type=TYPES[inc % len(TYPES)],
                date=DateValue(start=when, end=when, precision="day", rule="synthetic"),
                place=PlaceValue(text=name, name=name, country=country, lat=lat, lon=lon, precision="locality",
                                 rule="synthetic"),
                figures=[Figure(kind="killed", value=number, qualifier="at_least", low=number, high=None,
                                start=f_start, end=f_end, text=str(number), rule="synthetic")],
                attributed_to=Attribution(name=publisher, kind="author", rule="synthetic"),
                evidence=Span(start=ev_start, end=ev_end, text=body[ev_start:ev_end]),
                confidence=round(rng.random(), 3), extractor="synthetic",
            )
            cid = repo.claim_id(doc_id, "synthetic", c, claim)
            key = repo.claim_stable_key(doc_id, claim)
            row = repo.claim_row(cid, doc_id, key, claim, "machine", now)
            values = {col.name: getattr(row, col.key) for col in Claim.__table__.columns}
            values["incident_id"] = f"i{inc:011d}"
            values["link"] = {"score": 1.0, "reasons": ["synthetic"]}
            claims_rows.append(values)
            figure_rows.append({"claim_id": cid, "kind": "killed", "what": None, "value": float(number),
                                "qualifier": "at_least", "low": float(number), "high": None, "grp": None,
                                "start": f_start, "end": f_end})
            members.setdefault(inc, []).append((claim, cid, doc_id))
    incident_rows: list[dict[str, Any]] = []
    relation_rows: list[dict[str, Any]] = []
    labels = {d["id"]: d["ext_id"] for d in doc_rows}
    for inc, items in members.items():
        outs = [_claim_out(claim, cid, doc_id, labels[doc_id], f"i{inc:011d}") for claim, cid, doc_id in items]
        comparison = compare(outs, sources)
        graded = grade_incident(outs, comparison, sources)
        name, lat, lon, country = PLACES[inc % len(PLACES)]
        when = day0 + dt.timedelta(days=inc % 700)
        keys = [repo.claim_stable_key(doc_id, claim) for claim, _, doc_id in items]
        incident_rows.append({
            "id": f"i{inc:011d}", "parent_id": None, "type": TYPES[inc % len(TYPES)], "place_name": name,
            "geonameid": None, "country": country, "admin1": None, "lat": lat, "lon": lon, "date_start": when,
            "date_end": when, "grade": graded.grade, "reasons": graded.reasons,
            "summary": _summary(comparison, outs, keys, False, graded.grade), "manual": False, "updated_at": now})
        relation_rows += [{"incident_id": f"i{inc:011d}", "claim_a": r.claim_a, "claim_b": r.claim_b, "kind": r.kind,
                           "relation": r.relation, "reasons": r.reasons} for r in comparison.relations]
    finding_rows = [{"doc_id": d["id"], "rule": "synthetic", "message": "synthetic finding", "spans": [[0, 10]],
                     "severity": "warning", "created_at": now} for d in doc_rows[::10]]
    with ledger.engine.begin() as conn:
        for table, rows in ((Blob, blob_rows), (Document, doc_rows), (Incident, incident_rows), (Claim, claims_rows),
                            (FigureRow, figure_rows), (Relation, relation_rows), (Finding, finding_rows)):
            for start in range(0, len(rows), 5000):
                conn.execute(insert(table.__table__), rows[start:start + 5000])
        if ledger.dialect == "sqlite":
            conn.execute(text("INSERT INTO documents_fts (doc_id, title, text) VALUES (:id, :title, :text)"), fts_rows)
        # No ANALYZE: claimledger never runs it, so the planner works without statistics, as in use.
    return {"docs": [d["id"] for d in doc_rows], "claims": [c["id"] for c in claims_rows],
            "incidents": [i["id"] for i in incident_rows], "relations": len(relation_rows)}


def _claim_out(claim: ClaimIn, cid: str, doc_id: str, label: str, incident_id: str) -> Any:
    from claimledger.models import ClaimOut

    return ClaimOut(**claim.model_dump(), claim_id=cid, doc_id=doc_id, doc=label, incident_id=incident_id)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def targets(ids: dict[str, Any], rng: random.Random) -> dict[str, Any]:
    """Route name -> a function giving the next URL to request."""
    pick = rng.choice
    return {
        "page /": lambda: "/",
        "page /documents": lambda: f"/documents?offset={rng.randrange(0, len(ids['docs']), 50)}",
        "page /documents/{id}": lambda: f"/documents/{pick(ids['docs'])}",
        "page /claims": lambda: f"/claims?offset={rng.randrange(0, 2000, 50)}",
        "page /claims/{id}": lambda: f"/claims/{pick(ids['claims'])}",
        "page /incidents": lambda: f"/incidents?offset={rng.randrange(0, 2000, 50)}",
        "page /incidents/{id}": lambda: f"/incidents/{pick(ids['incidents'])}",
        "page /sources": lambda: "/sources",
        "page /search": lambda: f"/search?q={pick(WORDS)}+{pick(WORDS)}",
        "page /review": lambda: f"/review?offset={rng.randrange(0, 1000, 25)}",
        "api /api/overview": lambda: "/api/overview",
        "api /api/documents": lambda: f"/api/documents?offset={rng.randrange(0, len(ids['docs']), 50)}",
        "api /api/documents/{id}": lambda: f"/api/documents/{pick(ids['docs'])}",
        "api /api/claims": lambda: f"/api/claims?offset={rng.randrange(0, len(ids['claims']), 50)}",
        "api /api/claims?type=shelling": lambda: f"/api/claims?type=shelling&offset={rng.randrange(0, 5000, 50)}",
        "api /api/claims/{id}": lambda: f"/api/claims/{pick(ids['claims'])}",
        "api /api/incidents": lambda: f"/api/incidents?offset={rng.randrange(0, len(ids['incidents']), 50)}",
        "api /api/incidents?grade=contested": lambda: "/api/incidents?grade=contested",
        "api /api/incidents.geojson": lambda: "/api/incidents.geojson",
        "api /api/incidents.geojson?country=XA": lambda: "/api/incidents.geojson?country=XA",
        "api /api/incidents/{id}": lambda: f"/api/incidents/{pick(ids['incidents'])}",
        "api /api/sources": lambda: "/api/sources",
        "api /api/search": lambda: f"/api/search?q={pick(WORDS)}",
        "api /api/review": lambda: "/api/review",
    }


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(q * (len(ordered) - 1))))]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--claims", type=int, default=100_000)
    parser.add_argument("--requests", type=int, default=40, help="requests per route (bounded)")
    parser.add_argument("--throughput", type=int, default=600, help="requests in the concurrent phase (bounded)")
    parser.add_argument("--clients", type=int, default=4)
    parser.add_argument("--db", type=Path, default=None, help="SQLite file to build (default: a temp folder)")
    parser.add_argument("--json", type=Path, default=None, help="also write the results here")
    args = parser.parse_args(argv)
    assert args.requests <= 500 and args.throughput <= 5000, "request counts are bounded"
    folder = Path(tempfile.mkdtemp(prefix="claimledger-load-"))
    db = args.db or folder / "load.db"
    if db.exists():
        sys.exit(f"{db} exists; give a new path")
    ledger = Ledger.open(f"sqlite:///{db}")
    t0 = time.perf_counter()
    ids = build(ledger, args.claims)
    build_s = time.perf_counter() - t0
    with ledger.session() as session:
        n_claims = session.scalar(select(text("count(*)")).select_from(Claim)) or 0
    print(f"built {db}: {len(ids['docs']):,} documents, {n_claims:,} claims, {len(ids['incidents']):,} incidents, "
          f"{ids['relations']:,} relations in {build_s:.1f} s", flush=True)

    import uvicorn

    from claimledger.web.app import create_app

    host = "127.0.0.1"  # loopback only
    port = free_port()
    server = uvicorn.Server(uvicorn.Config(create_app(ledger), host=host, port=port, log_level="warning",
                                           lifespan="off"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    while not server.started:
        time.sleep(0.05)
    base = f"http://{host}:{port}"
    rng = random.Random(11)
    routes = targets(ids, rng)
    results: dict[str, dict[str, float]] = {}
    with httpx.Client(base_url=base, timeout=60) as client:
        for name, make in routes.items():
            start = time.perf_counter()
            client.get(make())  # the first request: cold caches
            first = (time.perf_counter() - start) * 1000
            times = []
            for _ in range(args.requests):
                url = make()
                start = time.perf_counter()
                response = client.get(url)
                times.append((time.perf_counter() - start) * 1000)
                if response.status_code != 200:
                    raise SystemExit(f"{url}: HTTP {response.status_code}: {response.text[:300]}")
            results[name] = {"p50_ms": round(statistics.median(times), 1), "p95_ms": round(percentile(times, 0.95), 1),
                             "max_ms": round(max(times), 1), "first_ms": round(first, 1), "bytes": len(response.content)}
            flag = "" if results[name]["p95_ms"] < 200 else "  <-- over 200 ms"
            print(f"{name:40s} p50 {results[name]['p50_ms']:6.1f} ms  p95 {results[name]['p95_ms']:6.1f} ms  "
                  f"first {first:7.1f} ms  {results[name]['bytes']:>9,} B{flag}", flush=True)
        urls = [routes[name]() for name in rng.choices(list(routes), k=args.throughput)
                if "geojson" not in name or rng.random() < 0.2]
        start = time.perf_counter()

        def fetch(url: str) -> int:
            return client.get(url).status_code

        with ThreadPoolExecutor(args.clients) as pool:
            statuses = list(pool.map(fetch, urls))
        elapsed = time.perf_counter() - start
    server.should_exit = True
    thread.join(timeout=10)
    rps = len(urls) / elapsed
    print(f"throughput: {len(urls)} mixed requests with {args.clients} clients in {elapsed:.1f} s = {rps:.1f} req/s "
          f"({sum(1 for s in statuses if s != 200)} non-200)")
    worst = max(results.items(), key=lambda kv: kv[1]["p95_ms"])
    print(f"worst p95: {worst[0]} {worst[1]['p95_ms']} ms")
    if args.json:
        args.json.write_text(json.dumps({"claims": n_claims, "routes": results, "requests_per_second": round(rps, 1),
                                         "clients": args.clients}, indent=2))
    ledger.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
