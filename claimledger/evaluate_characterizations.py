"""Evaluation of characterization-family claims (issue 7) against a gold file.

The gold format is ``shared/dev/characterizations.jsonl`` (one line per distinct claim per
document; repeats of the same claim listed in ``more_evidence``). Matching rule:

* a predicted claim (``ClaimOut`` whose ``type`` is one of :data:`KINDS`) is *found* for a
  gold line when the document is the same, the kind is the same and the predicted evidence
  overlaps the gold ``evidence`` or one of its ``more_evidence`` spans (gold spans are
  located in the document text, exactly or after collapsing whitespace);
* matching is one-to-one and greedy: pairs with the same label (characterization,
  recognition) or agreeing perpetrator (responsibility, legal_action), then the same
  stance, then agreeing attribution, then the larger evidence overlap come first;
* an unmatched prediction that overlaps one of the spans (``evidence`` or ``more_evidence``)
  of a matched gold line of the same kind and label is a *repeat* of that claim (the gold's
  mention-level view is ``evidence + more_evidence``, whichever of them the match used) and
  counts neither for nor against precision.

Reported per kind: precision/recall/F1 of finding claims, and of ``label``, ``stance`` and
``attributed_to`` on matched pairs (TP = matched pairs with the field right; P = TP / #pred,
R = TP / #gold, as for figures). ``attributed_to`` agrees by token overlap: Jaccard >= 0.3,
or one token set inside the other (stop words dropped). Recall of found claims is also
reported per source affiliation (from the ``documents`` mapping).
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterable
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel
from rich.markup import escape
from rich.table import Table

from claimledger.evaluate import PRF, locate
from claimledger.models import ClaimOut

KINDS = ("characterization", "responsibility", "recognition", "legal_action")
FIELDS = ("claims", "label", "stance", "attributed_to")
_STOP = {"the", "of", "a", "an", "and", "per", "via", "as", "by", "in", "to", "for", "cited", "quoted",
         "reported", "said", "on"}



class CharReport(BaseModel):
    """Scores per kind and field, recall per affiliation, and the unmatched lines for inspection."""

    gold_path: str
    repeat_rule: str = "spans"
    kinds: dict[str, dict[str, PRF]]
    overall: dict[str, PRF]
    affiliation_recall: dict[str, dict[str, PRF]]  # affiliation -> kind (and "all") -> PRF
    repeats: int
    missed: list[dict[str, Any]]
    spurious: list[dict[str, Any]]
    wrong_attribution: list[dict[str, Any]] = []

    def table(self) -> Table:
        """A rich table: one row per kind and field, then recall per affiliation."""
        t = Table(title=f"characterizations vs {escape(self.gold_path)}")
        for col in ("kind", "field", "P", "R", "F1", "tp", "pred", "gold"):
            t.add_column(col, justify="left" if col in ("kind", "field") else "right")
        for kind, fields in [*self.kinds.items(), ("all", self.overall)]:
            for name, prf in fields.items():
                t.add_row(kind, name, f"{prf.precision:.3f}", f"{prf.recall:.3f}", f"{prf.f1:.3f}",
                          str(prf.tp), str(prf.pred), str(prf.gold))
            t.add_section()
        for aff, per in sorted(self.affiliation_recall.items()):
            prf = per["all"]
            t.add_row(f"recall · {escape(aff)}", "claims", "", f"{prf.recall:.3f}", "", str(prf.tp), "",
                      str(prf.gold))
        return t


# --- helpers ---------------------------------------------------------------------------------


def norm(text: str | None) -> str:
    """Lower-cased ASCII words, for token comparisons."""
    s = unicodedata.normalize("NFKD", text or "")
    s = "".join(ch for ch in s if not unicodedata.combining(ch)).replace("ı", "i").lower()
    return " ".join(re.sub(r"[^a-z0-9]+", " ", s).split())


def tokens(text: str | None) -> set[str]:
    return {t for t in norm(text).split() if t not in _STOP}


def attr_agree(gold: str | None, pred: str | None) -> bool:
    """Token overlap rule of the dev set's scorer: Jaccard >= 0.3 or containment."""
    a, b = tokens(gold), tokens(pred)
    if not a or not b:
        return False
    return a <= b or b <= a or len(a & b) / len(a | b) >= 0.3



def _overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def load_gold(path: str | Path) -> list[dict[str, Any]]:
    """Gold lines of a characterizations.jsonl file."""
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def _key_agree(g: dict[str, Any], p: ClaimOut) -> bool:
    if g["kind"] in ("characterization", "recognition"):
        return g.get("label") == p.label
    if g["kind"] == "responsibility":
        return attr_agree(g.get("perpetrator"), p.perpetrator)
    return True


# --- scoring ---------------------------------------------------------------------------------


def evaluate_characterizations(gold_path: str | Path, claims: list[ClaimOut],
                               documents: dict[str, dict[str, Any]],
                               repeat_rule: Literal["spans", "key"] = "spans") -> CharReport:
    """Score characterization-family claims against a gold file.

    gold_path (str | Path): a file in the format of ``shared/dev/characterizations.jsonl``.
    claims (list[ClaimOut]): predicted claims; ``doc`` is the corpus id; claims of other
        types are ignored.
    documents (dict[str, dict]): corpus id -> {"text": str, "affiliation": str | None, ...}.
    repeat_rule (str): "spans" (default): an unmatched prediction is a repeat only when it
        overlaps a span (``evidence`` or ``more_evidence``) of a matched gold claim; "key":
        also when it has the gold's claim key - same document, kind, label/party, stance and attributed body as a matched gold claim - wherever it is.
    RETURNS (CharReport): P/R/F1 per kind and field, recall per affiliation.
    """
    gold = [g for g in load_gold(gold_path) if g["doc"] in documents]
    preds = [c for c in claims if c.type in KINDS and c.doc in documents]
    gspans: list[list[tuple[int, int]]] = []
    for g in gold:
        text = documents[g["doc"]]["text"]
        spans = [locate(text, e) for e in [g["evidence"], *g.get("more_evidence", [])]]
        gspans.append([s for s in spans if s is not None])
    by_doc_kind: dict[tuple[str, str], list[int]] = defaultdict(list)
    for j, p in enumerate(preds):
        by_doc_kind[(p.doc, p.type)].append(j)

    cands: list[tuple[tuple[int, ...], int, int]] = []
    for i, g in enumerate(gold):
        for j in by_doc_kind.get((g["doc"], g["kind"]), []):
            p = preds[j]
            ps = (p.evidence.start, p.evidence.end)
            ov = max((_overlap(ps, s) for s in gspans[i]), default=0)
            if ov <= 0:
                continue
            main = _overlap(ps, gspans[i][0]) if gspans[i] else 0
            score = (int(_key_agree(g, p)), int(g.get("stance") == p.stance),
                     int(attr_agree(g.get("attributed_to"), p.attributed_to.name)), int(main > 0), ov)
            cands.append((score, i, j))
    cands.sort(key=lambda c: c[0], reverse=True)
    g_of: dict[int, int] = {}
    p_of: dict[int, int] = {}
    for _, i, j in cands:
        if i in p_of or j in g_of:
            continue
        p_of[i], g_of[j] = j, i

    repeats: set[int] = set()
    for j, p in enumerate(preds):
        if j in g_of:
            continue
        ps = (p.evidence.start, p.evidence.end)
        for i, jj in p_of.items():
            g = gold[i]
            if g["doc"] == p.doc and g["kind"] == p.type and _key_agree(g, p) and \
                    any(_overlap(ps, s) > 0 for s in gspans[i]):
                repeats.add(j)  # another mention of the claim: evidence and more_evidence are all its spans
                break
            if g["doc"] == p.doc and g["kind"] == p.type and _key_agree(g, p) and preds[jj].evidence == p.evidence:
                repeats.add(j)  # the same claim found twice in one span
                break
            if repeat_rule == "key" and g["doc"] == p.doc and g["kind"] == p.type and _key_agree(g, p) \
                    and g.get("stance") == p.stance and attr_agree(g.get("attributed_to"), p.attributed_to.name):
                repeats.add(j)  # the gold's claim key: same kind, label/party, stance and attributed body
                break

    kinds: dict[str, dict[str, PRF]] = {}
    totals = {f: [0, 0, 0] for f in FIELDS}
    for kind in KINDS:
        gk = [i for i, g in enumerate(gold) if g["kind"] == kind]
        pk = [j for j, p in enumerate(preds) if p.type == kind and j not in repeats]
        pairs = [(i, p_of[i]) for i in gk if i in p_of]
        rights = {
            "claims": len(pairs),
            "label": sum(1 for i, j in pairs if gold[i].get("label") == preds[j].label),
            "stance": sum(1 for i, j in pairs if gold[i].get("stance") == preds[j].stance),
            "attributed_to": sum(1 for i, j in pairs
                                 if attr_agree(gold[i].get("attributed_to"), preds[j].attributed_to.name)),
        }
        fields = FIELDS if kind in ("characterization", "recognition") else ("claims", "stance", "attributed_to")
        kinds[kind] = {f: PRF.of(rights[f], len(pk), len(gk)) for f in fields}
        for f in fields:
            totals[f][0] += rights[f]
            totals[f][1] += len(pk)
            totals[f][2] += len(gk)
    overall = {f: PRF.of(*v) for f, v in totals.items() if v[2]}

    aff_counts: dict[str, dict[str, list[int]]] = defaultdict(lambda: defaultdict(lambda: [0, 0]))
    for i, g in enumerate(gold):
        aff = documents[g["doc"]].get("affiliation") or "unknown"
        for key in (g["kind"], "all"):
            aff_counts[aff][key][1] += 1
            aff_counts[aff][key][0] += int(i in p_of)
    affiliation_recall = {aff: {k: PRF.of(tp, tp, n) for k, (tp, n) in per.items()}
                          for aff, per in aff_counts.items()}

    missed = [{"doc": g["doc"], "kind": g["kind"], "label": g.get("label"), "stance": g["stance"],
               "wording": g["wording"], "attributed_to": g["attributed_to"]}
              for i, g in enumerate(gold) if i not in p_of]
    spurious = [{"doc": p.doc, "kind": p.type, "label": p.label, "stance": p.stance, "wording": p.wording,
                 "attributed_to": p.attributed_to.name, "rule": p.type_rule, "claim_id": p.claim_id}
                for j, p in enumerate(preds) if j not in g_of and j not in repeats]
    wrong_attribution = [{"doc": gold[i]["doc"], "kind": gold[i]["kind"], "gold": gold[i]["attributed_to"],
                          "pred": preds[j].attributed_to.name, "rule": preds[j].attributed_to.rule,
                          "wording": gold[i]["wording"]}
                         for i, j in p_of.items()
                         if not attr_agree(gold[i].get("attributed_to"), preds[j].attributed_to.name)]
    return CharReport(gold_path=str(gold_path), repeat_rule=repeat_rule, kinds=kinds, overall=overall,
                      affiliation_recall=affiliation_recall, repeats=len(repeats), missed=missed,
                      spurious=spurious, wrong_attribution=wrong_attribution)


def mismatches(report: CharReport) -> Iterable[str]:
    """One line per missed gold claim and per spurious prediction (for development)."""
    for m in report.missed:
        yield f"MISS {m['doc']} {m['kind']} {m['label']} {m['stance']} | {m['wording']} | {m['attributed_to']}"
    for s in report.spurious:
        yield f"SPUR {s['doc']} {s['kind']} {s['label']} {s['stance']} | {s['wording']} | {s['attributed_to']} | {s['rule']}"
    for w in report.wrong_attribution:
        yield f"ATTR {w['doc']} {w['kind']} | {w['wording']} | gold {w['gold']} | pred {w['pred']} ({w['rule']})"
