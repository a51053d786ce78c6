"""Scoring of characterization-family claims against a gold file (hand-made gold and claims)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from claimledger.evaluate_characterizations import (
    attr_agree,
    evaluate_characterizations,
    locate,
)
from claimledger.models import Attribution, ClaimOut, Span

TEXT = ("The ministry called it a massacre. The army denied any responsibility. "
        "The massacre was recalled in the evening.")
DOCS = {"d1": {"text": TEXT, "affiliation": "side-a"}, "d2": {"text": "Nothing here.", "affiliation": "side-b"}}


def gold_line(kind: str, evidence: str, attributed_to: str, label: str | None = None, stance: str = "asserts",
              more: list[str] | None = None, doc: str = "d1") -> dict[str, object]:
    return {"doc": doc, "incident": "x", "kind": kind, "label": label, "perpetrator": None, "action": None,
            "body": None, "stance": stance, "attributed_to": attributed_to, "date": None, "evidence": evidence,
            "wording": evidence.split()[-1], "more_evidence": more or [], "note": None}


def claim(kind: str, sentence: str, by: str, label: str | None = None, stance: str = "asserts",
          doc: str = "d1", n: int = 0) -> ClaimOut:
    text = DOCS[doc]["text"]
    start = text.index(sentence)
    return ClaimOut(type=kind, attributed_to=Attribution(name=by, kind="cited"),
                    evidence=Span(start=start, end=start + len(sentence), text=sentence), label=label,
                    wording=sentence.split()[0], stance=stance,  # type: ignore[arg-type]
                    claim_id=f"c{n}", doc_id=doc, doc=doc)


@pytest.fixture
def gold(tmp_path: Path) -> Path:
    lines = [
        gold_line("characterization", "called it a massacre", "the ministry", "massacre",
                  more=["The massacre was recalled"]),
        gold_line("responsibility", "The army denied any responsibility", "the army", stance="rejects"),
    ]
    path = tmp_path / "gold.jsonl"
    path.write_text("\n".join(json.dumps(x) for x in lines) + "\n", encoding="utf-8")
    return path


def test_evaluate_characterizations_perfect(gold: Path) -> None:
    claims = [claim("characterization", "The ministry called it a massacre.", "The ministry", "massacre", n=0),
              claim("responsibility", "The army denied any responsibility.", "The army", stance="rejects", n=1)]
    report = evaluate_characterizations(gold, claims, DOCS)
    for kind in ("characterization", "responsibility"):
        assert {f: (p.tp, p.pred, p.gold) for f, p in report.kinds[kind].items()} == \
            {f: (1, 1, 1) for f in report.kinds[kind]}
    assert report.kinds["recognition"]["claims"].f1 == 1.0  # nothing expected, nothing predicted
    assert report.affiliation_recall["side-a"]["all"].recall == 1.0


def test_evaluate_characterizations_wrong_fields_count_against(gold: Path) -> None:
    claims = [claim("characterization", "The ministry called it a massacre.", "Somebody Else", "genocide", n=0),
              claim("responsibility", "The army denied any responsibility.", "The army", stance="asserts", n=1)]
    report = evaluate_characterizations(gold, claims, DOCS)
    char = report.kinds["characterization"]
    assert (char["claims"].tp, char["label"].tp, char["attributed_to"].tp) == (1, 0, 0)
    assert report.kinds["responsibility"]["stance"].tp == 0


def test_evaluate_characterizations_kind_and_document_must_match(gold: Path) -> None:
    claims = [claim("recognition", "The ministry called it a massacre.", "The ministry", "massacre", n=0),
              claim("responsibility", "Nothing here.", "The army", stance="rejects", doc="d2", n=1)]
    report = evaluate_characterizations(gold, claims, DOCS)
    assert report.overall["claims"].tp == 0
    assert report.kinds["recognition"]["claims"].pred == 1
    assert len(report.missed) == 2 and len(report.spurious) == 2


def test_evaluate_characterizations_repeat_in_more_evidence_is_not_spurious(gold: Path) -> None:
    claims = [claim("characterization", "The ministry called it a massacre.", "The ministry", "massacre", n=0),
              claim("characterization", "The massacre was recalled in the evening.", "The ministry", "massacre", n=1)]
    report = evaluate_characterizations(gold, claims, DOCS)
    assert report.repeats == 1
    assert report.kinds["characterization"]["claims"].precision == 1.0


def test_evaluate_characterizations_repeat_on_main_evidence_is_not_spurious(gold: Path) -> None:
    """The match may use a ``more_evidence`` span; a mention on the main evidence is then the repeat."""
    claims = [claim("characterization", "The ministry called it a massacre.", "Somebody Else", "massacre", n=0),
              claim("characterization", "The massacre was recalled in the evening.", "The ministry", "massacre", n=1)]
    report = evaluate_characterizations(gold, claims, DOCS)
    assert (report.repeats, report.kinds["characterization"]["claims"].precision) == (1, 1.0)
    assert report.kinds["characterization"]["attributed_to"].tp == 1


def test_evaluate_characterizations_table_and_dump(gold: Path) -> None:
    report = evaluate_characterizations(gold, [], DOCS)
    assert report.table().row_count > 0
    dumped = report.model_dump()
    assert dumped["kinds"]["characterization"]["claims"]["recall"] == 0.0


@pytest.mark.parametrize(("g", "p", "ok"), [
    ("Sylvanian Defence Ministry", "the Sylvanian Defence Ministry", True),
    ("Valley Herald (the author)", "Valley Herald (herald.test)", True),
    ("Human Rights Watch", "the interviewer", False),
    ("", "anyone", False),
])
def test_evaluate_characterizations_attr_agree(g: str, p: str, ok: bool) -> None:
    assert attr_agree(g, p) is ok


def test_evaluate_characterizations_locate_ignores_whitespace() -> None:
    assert locate("a  b\nc d", "b c") == (3, 6)
    assert locate("abc", "zz") is None


def test_evaluate_characterizations_dev_set_floor(shared_dev: Path) -> None:
    """The dev set (when present) stays above a floor a little under the numbers of issue 7's quality pass."""
    import importlib.util

    spec = importlib.util.spec_from_file_location("dev_characterizations",
                                                  Path(__file__).resolve().parents[1] / "scripts" /
                                                  "dev_characterizations.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    docs = module.load_corpus(shared_dev)
    report = evaluate_characterizations(shared_dev / "characterizations.jsonl", module.run(docs), docs)
    floors = {"characterization": 0.84, "responsibility": 0.82, "recognition": 0.95, "legal_action": 0.90}
    for kind, floor in floors.items():
        assert report.kinds[kind]["claims"].f1 >= floor, (kind, report.kinds[kind]["claims"])


def test_evaluate_characterizations_key_repeats(tmp_path: Path) -> None:
    text = "The ministry called it a massacre. Later the ministry repeated the word massacre."
    docs = {"d1": {"text": text, "affiliation": "side-a"}}
    path = tmp_path / "gold.jsonl"
    path.write_text(json.dumps(gold_line("characterization", "called it a massacre", "the ministry", "massacre"))
                    + "\n", encoding="utf-8")

    def out(sentence: str, n: int) -> ClaimOut:
        start = text.index(sentence)
        return ClaimOut(type="characterization", attributed_to=Attribution(name="The ministry", kind="cited"),
                        evidence=Span(start=start, end=start + len(sentence), text=sentence), label="massacre",
                        wording="massacre", claim_id=f"c{n}", doc_id="d1", doc="d1")

    claims = [out("The ministry called it a massacre.", 0), out("Later the ministry repeated the word massacre.", 1)]
    strict = evaluate_characterizations(path, claims, docs)
    lenient = evaluate_characterizations(path, claims, docs, repeat_rule="key")
    assert (strict.repeats, strict.kinds["characterization"]["claims"].precision) == (0, 0.5)
    assert (lenient.repeats, lenient.kinds["characterization"]["claims"].precision) == (1, 1.0)
