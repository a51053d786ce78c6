"""The web UI in a real browser (Debian's Chromium driven by Playwright), against a live uvicorn.

Skipped only when /usr/bin/chromium is absent. ``test_screenshots`` makes the overview,
document and incident screenshots from the bundled example corpus; with
``CLAIMLEDGER_SCREENSHOTS=1`` it writes them to docs/screenshots/ (committed; shown in the
README), otherwise to the test's temporary folder so a test run leaves the tree clean.
"""

from __future__ import annotations

import os
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from claimledger import incidents
from claimledger.ledger import Ledger
from claimledger.web.app import create_app
from tests.web.world import World, add_users, members

CHROMIUM = Path("/usr/bin/chromium")
REPO = Path(__file__).resolve().parents[2]
SCREENSHOTS = REPO / "docs" / "screenshots"
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
         "--disable-component-update", "--disable-sync", "--no-first-run"]

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not CHROMIUM.exists(), reason="browser tests need Debian's Chromium at /usr/bin/chromium "
                                                     "(apt-get install -y chromium)"),
]


class LiveServer:
    """uvicorn in a background thread on 127.0.0.1 and a free port."""

    def __init__(self, app: Any) -> None:
        import uvicorn

        with socket.socket() as sock:
            sock.bind(("127.0.0.1", 0))
            self.port = sock.getsockname()[1]
        self.server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=self.port, log_level="warning",
                                                    lifespan="off"))
        self.thread = threading.Thread(target=self.server.run, daemon=True)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def __enter__(self) -> LiveServer:
        self.thread.start()
        deadline = time.monotonic() + 20
        while not self.server.started:
            assert time.monotonic() < deadline, "uvicorn did not start"
            time.sleep(0.05)
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=10)


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        chromium = p.chromium.launch(executable_path=str(CHROMIUM), args=FLAGS)
        yield chromium
        chromium.close()


@pytest.fixture
def page(browser: Any) -> Iterator[Any]:
    context = browser.new_context(viewport={"width": 1400, "height": 900})
    pg = context.new_page()
    pg.dialogs = []  # type: ignore[attr-defined]
    pg.on("dialog", lambda d: (pg.dialogs.append(d.message), d.dismiss()))  # type: ignore[attr-defined]
    yield pg
    context.close()



@pytest.fixture
def local(world: World) -> Iterator[LiveServer]:
    with LiveServer(create_app(world.ledger)) as server:
        yield server


@pytest.fixture
def team(world: World) -> Iterator[LiveServer]:
    add_users(world.ledger)
    with LiveServer(create_app(world.ledger, auth_enabled=True, secret="browser-test")) as server:
        yield server


def test_browser_overview_map_shows_markers(page: Any, local: LiveServer, world: World) -> None:
    page.goto(local.url + "/")
    page.wait_for_selector("#map[data-markers]")
    located = len(world.all_incidents)  # every incident of the tiny world has coordinates
    assert page.locator("path.incident-marker").count() == located
    assert page.locator("#map").get_attribute("data-markers") == str(located)
    assert page.locator("#map .leaflet-overlay-pane path").count() > located  # the country basemap is drawn too
    assert page.locator("#timeline rect.bar").count() >= 1
    page.locator("path.incident-marker").first.dispatch_event("click")
    page.wait_for_url("**/incidents/*")


def test_browser_incident_page_shows_its_table(page: Any, local: LiveServer, world: World) -> None:
    page.goto(f"{local.url}/incidents/{world.incidents['velmora']}")
    rows = page.locator("#side-by-side tbody tr")
    assert rows.count() == len(members(world, "velmora"))
    assert "Field Monitors" in page.locator("#side-by-side").inner_text()
    page.wait_for_selector("#map[data-markers='1']")
    assert page.locator("svg.rangebar").count() >= 1


def test_browser_click_highlight_shows_claim(page: Any, local: LiveServer, world: World) -> None:
    cid = world.claim_ids["o1"]
    page.goto(f"{local.url}/documents/{world.doc_ids['north-2']}")
    panel = page.locator(f"#claim-{cid}")
    assert not panel.is_visible()
    page.locator(f"mark[data-claims~='{cid}']").first.click()
    assert panel.is_visible()
    assert "shelling" in panel.inner_text() and "Ostrin" in panel.inner_text()
    assert not page.locator(f"#claim-{world.claim_ids['n2']}").is_visible()
    page.goto(f"{local.url}/documents/{world.doc_ids['north-1']}")  # a finding inside a claim's evidence
    page.locator("#doctext mark.finding").first.click()
    assert page.locator(".finding-card.open").count() == 1
    assert page.locator(f"#claim-{world.claim_ids['n1']}").is_visible()


def test_browser_review_survives_reload_and_shows_in_history(page: Any, local: LiveServer, world: World) -> None:
    cid = world.claim_ids["n2"]
    page.goto(f"{local.url}/claims/{cid}")
    page.fill("#decide input[name=note]", "matches the regional office's statement")
    page.click("#decide button.accept")
    page.wait_for_load_state()
    page.reload()
    assert page.locator("#status").inner_text() == "accepted"
    history = page.locator("#history").inner_text()
    assert "accept by local" in history and "matches the regional office's statement" in history
    page.goto(f"{local.url}/incidents/{world.incidents['velmora']}")
    assert "accept by local" in page.locator("#history").inner_text()


def test_browser_xss_document_runs_nothing(page: Any, local: LiveServer, world: World) -> None:
    page.goto(f"{local.url}/documents/{world.doc_ids['xss-1']}")
    text = page.locator("#doctext")
    assert "<script>window.__pwned=1</script>" in text.inner_text()
    assert text.locator("script, img, a").count() == 0
    text.get_by_text("here").first.click()
    page.locator("mark.ev").first.click()
    assert page.evaluate("window.__pwned") is None
    assert page.dialogs == []  # type: ignore[attr-defined]
    assert page.url.startswith(local.url)


def test_browser_viewer_cannot_submit_a_review(page: Any, team: LiveServer, world: World) -> None:
    cid = world.claim_ids["n1"]
    page.goto(f"{team.url}/claims/{cid}")
    page.wait_for_url("**/login?next=*")
    page.fill("#name", "viewer")
    page.fill("#password", "viewer")
    page.click("form[action='/login'] button")
    page.wait_for_url(f"**/claims/{cid}")
    assert page.locator("#decide").count() == 0 and page.locator("#edit").count() == 0
    assert "can read but not review" in page.inner_text("main")
    token = page.locator("input[name=csrf_token]").first.get_attribute("value")
    status = page.evaluate(
        """async ([url, token]) => {
            const body = new FormData(); body.append('csrf_token', token); body.append('action', 'accept');
            return (await fetch(url, {method: 'POST', body})).status;
        }""",
        [f"/claims/{cid}/review", token],
    )
    assert status == 403
    assert world.ledger.claim(cid).status == "machine"


@pytest.fixture(scope="module")
def example_ledger(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Ledger]:
    """The bundled example corpus, extracted, linked and audited (what ``make demo`` serves)."""
    examples = REPO / "examples"
    if not (examples / "manifest.csv").is_file():
        pytest.fail("examples/manifest.csv is missing: the screenshots are made from the example corpus")
    folder = tmp_path_factory.mktemp("examples")
    ledger = Ledger.open(f"sqlite:///{folder / 'ledger.db'}")
    ledger.ingest([examples], manifest=examples / "manifest.csv")
    ledger.extract()
    incidents.link(ledger)
    incidents.audit(ledger)
    yield ledger
    ledger.close()


def test_screenshots(browser: Any, example_ledger: Ledger, tmp_path: Path) -> None:
    """Screenshots of the overview, a document and an incident of the example corpus."""
    from claimledger.web import data

    out = SCREENSHOTS if os.environ.get("CLAIMLEDGER_SCREENSHOTS") else tmp_path
    out.mkdir(parents=True, exist_ok=True)
    contested = data.overview_data(example_ledger, data.IncidentFilters()).contested
    top = max(contested, key=lambda i: (i.sources, -abs(i.claims - 6), i.id))
    detail = incidents.incident_detail(example_ledger, top.id)
    doc_id = max(detail.rows, key=lambda r: len(r.figures)).doc_id
    context = browser.new_context(viewport={"width": 1400, "height": 1000}, device_scale_factor=1)
    pg = context.new_page()
    with LiveServer(create_app(example_ledger)) as server:
        pg.goto(server.url + "/")
        pg.wait_for_selector("#map[data-markers]")
        pg.wait_for_timeout(300)
        pg.screenshot(path=str(out / "overview.png"), full_page=True)
        pg.goto(f"{server.url}/documents/{doc_id}")
        pg.locator("mark.ev.fig").first.click()
        pg.screenshot(path=str(out / "document.png"))
        pg.goto(f"{server.url}/incidents/{top.id}")
        pg.wait_for_selector("#map[data-markers='1']")
        pg.wait_for_timeout(300)
        pg.screenshot(path=str(out / "incident.png"), full_page=True,
                      clip={"x": 0, "y": 0, "width": 1400, "height": 1700})
    context.close()
    for name in ("overview", "document", "incident"):
        assert (out / f"{name}.png").stat().st_size > 10_000
