"""Regression guard: own-written whole documents from conflicts the dev gold lacks (the Sahel,
Myanmar, Colombia, the eastern DR Congo), built and scored field by field against hand-coded gold
(tests/data/unseen/<set>/gold.jsonl). A floor is the F1 reached when the set was checked claim by
claim; raise it when a general fix lifts the score, never lower it to make a change pass."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from claimledger import evaluate as ev
from claimledger.cli import app
from claimledger.ledger import Ledger

UNSEEN = Path(__file__).resolve().parent / "data" / "unseen"

# per set: field -> F1 floor
FLOORS: dict[str, dict[str, float]] = {
    "unseena": {
        "claims": 0.92, "killed.strict": 0.88, "injured.strict": 0.84, "captured.strict": 1.0,
        "attributed_to": 0.84, "date.exact": 0.84, "place": 0.90, "type": 0.71,
    },
}


@pytest.fixture(scope="module", params=sorted(FLOORS))
def report(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> tuple[str, ev.GoldReport]:
    name = request.param
    folder = UNSEEN / name
    db = f"sqlite:///{tmp_path_factory.mktemp(name) / 'unseen.db'}"
    result = CliRunner().invoke(app, ["build", str(folder), "--manifest", str(folder / "manifest.jsonl"), "--db", db])
    assert result.exit_code == 0, result.output
    ledger = Ledger.open(db)
    try:
        documents = {d.label: {"text": ledger.document_text(d.id), "affiliation": d.meta.affiliation}
                     for d in ledger.documents()}
        claims = ledger.claims()
    finally:
        ledger.close()
    return name, ev.evaluate_gold(folder / "gold.jsonl", claims, documents)


def test_unseen_documents_keep_their_scores(report: tuple[str, ev.GoldReport]) -> None:
    name, rep = report
    low = {f: (rep.fields[f].f1, floor) for f, floor in FLOORS[name].items() if rep.fields[f].f1 < floor - 1e-3}
    assert not low, (f"unseen set {name!r}: fields fell below their floors (F1 now, floor): {low}; "
                     f"see tests/data/unseen/{name} and run `claimledger eval` on it to find the lost claims")
