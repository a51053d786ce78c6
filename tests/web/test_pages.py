"""HTML pages: rendered from the same models as the API, escaped, with working review forms."""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from typer.testing import CliRunner

from claimledger.cli import app as cli_app
from claimledger.models import Attribution, ClaimOut, Figure, Span
from claimledger.web import data
from tests.web.world import DOCS, World, csrf_of, members


def _claim(cid: str, start: int, end: int, figures: list[tuple[str, int, int]] = ()) -> ClaimOut:  # type: ignore[assignment]
    return ClaimOut(
        claim_id=cid, doc_id="d", doc="d", type="x", attributed_to=Attribution(name="a", kind="author"),
        evidence=Span(start=start, end=end, text=""),
        figures=[Figure(kind=k, value=1, qualifier="exact", low=1, high=1, start=s, end=e) for k, s, e in figures],
    )


@pytest.mark.parametrize(
    ("claims", "findings", "expected"),
    [
        ([], [], [("0123456789", [], None, [])]),
        ([_claim("a", 2, 5)], [], [("01", [], None, []), ("234", ["a"], None, []), ("56789", [], None, [])]),
        (
            [_claim("a", 0, 6, [("killed", 2, 4)]), _claim("b", 4, 8)],
            [],
            [("01", ["a"], None, []), ("23", ["a"], "killed", []), ("45", ["a", "b"], None, []),
             ("67", ["b"], None, []), ("89", [], None, [])],
        ),
        (
            [_claim("a", 3, 3), _claim("b", 8, 99)],
            [data.FindingOut(id=7, rule="r", message="m", severity="warning", spans=[(0, 2)])],
            [("01", [], None, [7]), ("234567", [], None, []), ("89", ["b"], None, [])],
        ),
    ],
)
def test_segments_cut_text_at_every_boundary(claims: list[ClaimOut], findings: list[data.FindingOut],
                                             expected: list[tuple[str, list[str], str | None, list[int]]]) -> None:
    got = data.segments("0123456789", claims, findings)
    assert [(s.text, s.claims, s.kind, s.findings) for s in got] == expected
    assert "".join(s.text for s in got) == "0123456789"


@pytest.mark.parametrize(
    ("dates", "unit", "periods"),
    [
        ([], "month", []),
        (["2031-03-01", "2031-03-03", "2031-03-20"], "week", ["2031-W09", "2031-W10", "2031-W11", "2031-W12"]),
        (["2030-01-15", "2030-04-02", "2030-12-31"], "month",
         ["2030-01", "2030-02", "2030-03", "2030-04", "2030-05", "2030-06", "2030-07", "2030-08", "2030-09", "2030-10",
          "2030-11", "2030-12"]),
    ],
)
def test_timeline_buckets(dates: list[str], unit: str, periods: list[str]) -> None:
    line = data.timeline(dt.date.fromisoformat(d) for d in dates)
    assert line.unit == unit and [b.period for b in line.buckets] == periods
    assert sum(b.count for b in line.buckets) == len(dates)


@pytest.mark.parametrize(
    "path",
    ["/", "/documents", "/claims", "/incidents", "/sources", "/search?q=Velmora", "/review", "/review?status=accepted",
     "/login"],
)
def test_pages_render(client: TestClient, path: str) -> None:
    response = client.get(path)
    assert response.status_code == 200 and response.headers["content-type"].startswith("text/html")
    assert "<title>" in response.text and "Traceback" not in response.text
    assert "script-src 'self'" in response.headers["content-security-policy"]


def test_document_page_highlights_every_claim(client: TestClient, world: World) -> None:
    page = client.get(f"/documents/{world.doc_ids['north-2']}").text
    for key in ("n2", "o1"):
        cid = world.claim_ids[key]
        marked = "".join(re.findall(rf'<mark class="[^"]*" data-claims="[^"]*{cid}[^"]*"[^>]*>([^<]*)</mark>', page))
        assert marked == world.ledger.claim(cid).evidence.text
        assert f'id="claim-{cid}"' in page
    assert 'class="ev fig fig-killed"' in page
    assert hashlib.sha256(DOCS["north-2"][3].encode()).hexdigest() in page  # the SHA-256 shown


def test_document_text_is_escaped(client: TestClient, world: World) -> None:
    page = client.get(f"/documents/{world.doc_ids['xss-1']}").text
    body = page.split('id="doctext">', 1)[1].split("</div>", 1)[0]
    assert "<script" not in body and "<img" not in body and "<a " not in body
    assert "&lt;script&gt;window.__pwned=1&lt;/script&gt;" in body
    assert 'href="javascript:' not in page


def test_original_is_always_a_download(client: TestClient, world: World) -> None:
    response = client.get(f"/documents/{world.doc_ids['xss-1']}/original")
    assert response.content == DOCS["xss-1"][3].encode()
    assert response.headers["content-type"] == "application/octet-stream"
    assert response.headers["content-disposition"] == 'attachment; filename="xss-1.txt"'
    assert response.headers["x-content-type-options"] == "nosniff"


def test_incident_page_shows_the_table(client: TestClient, world: World) -> None:
    page = client.get(f"/incidents/{world.incidents['velmora']}").text
    rows = re.findall(r'<tr id="row-(c\w+)"', page)
    assert set(rows) == members(world, "velmora") >= {world.claim_ids[k] for k in ("n1", "n2", "g1")}
    assert 'class="rangebar" data-kind="killed"' in page and 'class="revision" data-kind="killed"' in page
    assert 'id="grade">contested<' in page
    assert 'data-lat="48.1"' in page


def test_review_form_post_redirect_get_and_history(client: TestClient, world: World) -> None:
    cid = world.claim_ids["g1"]
    response = client.post(f"/claims/{cid}/review", data={"action": "accept", "note": "seen the report",
                                                          "csrf_token": csrf_of(client)}, follow_redirects=False)
    assert response.status_code == 303 and response.headers["location"] == f"/claims/{cid}"
    page = client.get(f"/claims/{cid}").text
    assert 'id="status">accepted<' in page
    assert "<b>accept</b> by local" in page and "seen the report" in page
    assert "<b>accept</b> by local" in client.get(f"/incidents/{world.incidents['velmora']}").text


def test_edit_form_changes_fields(client: TestClient, world: World) -> None:
    cid = world.claim_ids["n1"]
    form = {"action": "edit", "csrf_token": csrf_of(client), "type": "air_strike", "fig0_low": "12", "fig0_high": "15",
            "fig1_low": "30", "fig1_high": "30", "place_name": "Velmora", "attributed_to": "Velmora regional office"}
    assert client.post(f"/claims/{cid}/review", data=form, follow_redirects=False).status_code == 303
    claim = world.ledger.claim(cid)
    assert (claim.type, claim.figures[0].high, claim.status) == ("air_strike", 15, "edited")
    bad = client.post(f"/claims/{cid}/review", data={**form, "fig0_high": "many"})
    assert bad.status_code == 400 and "E407" in bad.text


def test_move_and_split_forms(client: TestClient, world: World) -> None:
    token = csrf_of(client)
    cid = world.claim_ids["x1"]
    response = client.post(f"/claims/{cid}/move", data={"incident_id": "new", "csrf_token": token},
                           follow_redirects=False)
    assert response.status_code == 303
    new_incident = world.ledger.claim(cid).incident_id
    assert new_incident and new_incident != world.incidents["velmora"]
    split = client.post(f"/incidents/{world.incidents['velmora']}/split",
                        data={"claim_ids": [world.claim_ids["g1"]], "csrf_token": token}, follow_redirects=False)
    assert split.status_code == 303 and split.headers["location"].startswith("/incidents/r")
    merge = client.post(f"/incidents/{world.incidents['velmora']}/merge",
                        data={"other": f"{new_incident}", "csrf_token": token}, follow_redirects=False)
    assert merge.status_code == 303
    assert world.ledger.claim(cid).incident_id == world.incidents["velmora"]


def test_error_page_for_html(client: TestClient) -> None:
    response = client.get("/claims/nope")
    assert response.status_code == 404 and "E204" in response.text and response.headers["content-type"].startswith(
        "text/html")


@pytest.fixture
def db_file(world: World) -> str:
    return world.ledger.url


def test_cli_serve_get_prints_json(db_file: str) -> None:
    result = CliRunner().invoke(cli_app, ["serve", "--db", db_file, "--get", "/api/sources"])
    assert result.exit_code == 0, result.output
    assert '"publisher": "Field Monitors"' in result.output
    missing = CliRunner().invoke(cli_app, ["serve", "--db", db_file, "--get", "/api/claims/nope"])
    assert missing.exit_code == 1 and '"status": 404' in missing.output


def test_cli_users_add_token_and_team_get(db_file: str) -> None:
    runner = CliRunner()
    assert runner.invoke(cli_app, ["users", "add", "ed", "--role", "editor", "--password", "pw", "--db", db_file]).exit_code == 0
    again = runner.invoke(cli_app, ["users", "add", "ed", "--role", "editor", "--password", "pw", "--db", db_file])
    assert again.exit_code == 1 and "E410" in again.output
    bad = runner.invoke(cli_app, ["users", "add", "x", "--role", "boss", "--password", "pw", "--db", db_file])
    assert bad.exit_code == 1 and "E408" in bad.output
    token = runner.invoke(cli_app, ["users", "token", "ed", "--db", db_file]).output.strip().splitlines()[-1]
    assert token.startswith("cl_")
    anon = runner.invoke(cli_app, ["serve", "--db", db_file, "--auth", "--get", "/api/me"])
    assert anon.exit_code == 1 and '"status": 401' in anon.output
    me = runner.invoke(cli_app, ["serve", "--db", db_file, "--auth", "--token", token, "--get", "/api/me"])
    assert me.exit_code == 0 and '"role": "editor"' in me.output
    listed = runner.invoke(cli_app, ["users", "list", "--db", db_file])
    assert listed.output.split() == ["ed", "editor", "password=yes", "token=yes"]


def test_cli_serve_refuses_open_host_without_users(tmp_path: Path) -> None:
    result = CliRunner().invoke(cli_app, ["serve", "--db", str(tmp_path / "empty.db"), "--host", "0.0.0.0"])
    assert result.exit_code == 1 and "E414" in result.output
