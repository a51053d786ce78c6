"""SIGKILL in the middle of a batch leaves only whole documents; re-running completes it."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

N_DOCS = 400


def _count(db: Path) -> int:
    try:
        with sqlite3.connect(db, timeout=30) as conn:
            return conn.execute("SELECT count(*) FROM documents").fetchone()[0]
    except sqlite3.OperationalError:
        return 0


@pytest.mark.slow
def test_ingest_survives_sigkill_and_resumes(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for i in range(N_DOCS):
        body = f"Report {i}. " + ("On 3 May shelling hit Northtown and killed %d people. " % (i % 50)) * 400
        (corpus / f"doc{i:04d}.txt").write_text(body)
    db = tmp_path / "ledger.db"
    command = [sys.executable, "-m", "claimledger", "ingest", str(corpus), "--db", str(db)]
    proc = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 120
    while _count(db) < 20 and time.monotonic() < deadline and proc.poll() is None:
        time.sleep(0.05)
    assert proc.poll() is None, "the batch finished before it could be killed; make it larger"
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    with sqlite3.connect(db) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        partial = conn.execute("SELECT count(*) FROM documents").fetchone()[0]
        assert 0 < partial < N_DOCS
        orphans = conn.execute(
            "SELECT count(*) FROM documents d LEFT JOIN blobs b ON b.sha256 = d.sha256 WHERE b.sha256 IS NULL"
        ).fetchone()[0]
        unindexed = conn.execute(
            "SELECT count(*) FROM documents d WHERE d.id NOT IN (SELECT doc_id FROM documents_fts)"
        ).fetchone()[0]
        short = conn.execute("SELECT count(*) FROM documents WHERE length(text) != chars").fetchone()[0]
        assert (orphans, unindexed, short) == (0, 0, 0)
    rerun = subprocess.run(command, capture_output=True, text=True, timeout=600)
    assert rerun.returncode == 0, rerun.stderr
    assert f"already present {partial}" in rerun.stdout
    assert _count(db) == N_DOCS
