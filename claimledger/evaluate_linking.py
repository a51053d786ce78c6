"""Linking quality: pairwise precision / recall / F1 of claims grouped into incidents.

Predicted claims are matched one-to-one to gold claims (``shared/dev/gold.jsonl`` format)
of the same document whose evidence spans overlap (greedy by span IoU). Only the
evidence is compared, not place or date, so the number measures *linking*, not field
extraction: ``claimledger eval`` reports the stricter variant (place and date must agree
too) as ``linking.pairwise``. Claims of the attached types (characterizations, ...;
``data/linking.json``) are left out, as there. Over every pair of matched claims, a gold link is a pair
sharing a gold ``incident`` key and a predicted link a pair sharing an ``incident_id``.
"""

from __future__ import annotations

import itertools
import json
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any, cast

from claimledger.evaluate import locate
from claimledger.link import rules
from claimledger.models import ClaimOut


def _iou(a: tuple[int, int], b: tuple[int, int]) -> float:
    inter = min(a[1], b[1]) - max(a[0], b[0])
    if inter <= 0:
        return 0.0
    return inter / (max(a[1], b[1]) - min(a[0], b[0]))


def _prf(tp: int, pred: int, gold: int) -> dict[str, float]:
    p = tp / pred if pred else (1.0 if gold == 0 else 0.0)
    r = tp / gold if gold else (1.0 if pred == 0 else 0.0)
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"tp": tp, "pred": pred, "gold": gold, "P": round(p, 4), "R": round(r, 4), "F1": round(f, 4)}


def match_claims(gold: Sequence[Mapping[str, Any]], claims: Sequence[ClaimOut],
                 texts: Mapping[str, str]) -> list[tuple[int, int]]:
    """One-to-one (gold index, claim index) pairs: same document, overlapping evidence, greedy by IoU."""
    cand: list[tuple[float, int, int]] = []
    spans = {i: locate(texts.get(g["doc"], ""), g.get("evidence", "")) for i, g in enumerate(gold)}
    by_doc: dict[str, list[int]] = {}
    for j, c in enumerate(claims):
        by_doc.setdefault(c.doc, []).append(j)
    for i, g in enumerate(gold):
        gs = spans[i]
        if gs is None:
            continue
        for j in by_doc.get(g["doc"], []):
            c = claims[j]
            ov = _iou(gs, (c.evidence.start, c.evidence.end))
            if ov > 0:
                cand.append((ov, i, j))
    cand.sort(key=lambda x: (-x[0], x[1], x[2]))
    used_g: set[int] = set()
    used_p: set[int] = set()
    pairs: list[tuple[int, int]] = []
    for _ov, i, j in cand:
        if i in used_g or j in used_p:
            continue
        used_g.add(i)
        used_p.add(j)
        pairs.append((i, j))
    return pairs


def pairwise_linking(gold_path: str | Path, claims: list[ClaimOut],
                     texts: Mapping[str, str] | None = None) -> dict[str, Any]:
    """Pairwise linking P/R/F1 of ``claims`` (with ``incident_id``) against gold incident keys.

    gold_path (Path): gold claims (``shared/dev/gold.jsonl`` format).
    claims (list[ClaimOut]): linked claims; ``claim.doc`` is the document label (gold ``doc``).
    texts (Mapping[str, str] | None): doc label -> text, to locate gold evidence; default:
        ``corpus/<doc>.txt`` beside the gold file.
    RETURNS (dict): ``{"linking": {tp, pred, gold, P, R, F1}, "matched": n, "gold_claims": n,
        "claims": n}``.
    """
    gold_path = Path(gold_path)
    gold = [json.loads(line) for line in gold_path.read_text(encoding="utf-8").splitlines() if line.strip()]
    if texts is None:
        texts = {}
        for doc in {g["doc"] for g in gold}:
            path = gold_path.parent / "corpus" / f"{doc}.txt"
            if path.is_file():
                texts[doc] = path.read_text(encoding="utf-8")
    skip = set(rules()["attached_types"])
    claims = [c for c in claims if c.type not in skip]
    pairs = match_claims(gold, claims, texts)
    gl = pl = both = 0
    for (i1, j1), (i2, j2) in itertools.combinations(pairs, 2):
        g_same = gold[i1]["incident"] == gold[i2]["incident"]
        p1, p2 = claims[j1].incident_id, claims[j2].incident_id
        p_same = p1 is not None and p1 == p2
        gl += g_same
        pl += p_same
        both += g_same and p_same
    return {"linking": _prf(both, pl, gl), "matched": len(pairs), "gold_claims": len(gold), "claims": len(claims)}


def gold_as_claims(gold_path: str | Path) -> list[tuple[str, ClaimOut]]:
    """The gold claims themselves as ``ClaimOut`` objects (gold type, place text, country,
    date, figures, attribution): linking them measures the linker apart from extraction.

    RETURNS (list[(gold incident key, ClaimOut)]).
    """
    import datetime as dt

    from claimledger.models import (
        Attribution,
        DateValue,
        Figure,
        FigureKind,
        PlaceValue,
        Qualifier,
        Span,
    )

    bounds = {"exact": lambda v: (v, v), "about": lambda v: (round(v * 0.9), round(v * 1.1)),
              "at_least": lambda v: (v, None), "more_than": lambda v: (v + 1, None),
              "at_most": lambda v: (0, v), "up_to": lambda v: (0, v)}
    out: list[tuple[str, ClaimOut]] = []
    lines = Path(gold_path).read_text(encoding="utf-8").splitlines()
    for n, line in enumerate(x for x in lines if x.strip()):
        g = json.loads(line)
        date = DateValue()
        if g.get("date"):
            a, _, b = g["date"].partition("/")
            start, end = dt.date.fromisoformat(a), dt.date.fromisoformat(b or a)
            date = DateValue(start=start, end=end, precision="day" if start == end else "range", rule="gold")
        figures = []
        for kind in ("killed", "injured", "captured", "missing"):
            f = g.get(kind)
            if f:
                q = f.get("qualifier", "exact")
                low, high = (f["value"], f["max"]) if f.get("max") is not None else bounds[q](f["value"])
                figures.append(Figure(kind=cast(FigureKind, kind), value=f["value"],
                                      qualifier=cast(Qualifier, "range" if f.get("max") else q),
                                      low=low, high=high, start=0, end=0))
        place = PlaceValue(text=g.get("place"), name=g.get("place"), country=g.get("country"),
                           precision="unresolved" if g.get("place") else None)
        ev = g.get("evidence", "")
        out.append((g["incident"], ClaimOut(
            type="denial" if not figures and "deni" in (g.get("note") or "").lower() else g.get("type", "other"),
            date=date, place=place, figures=figures,
            attributed_to=Attribution(name=g.get("attributed_to") or "the author", kind="cited"),
            evidence=Span(start=0, end=len(ev), text=ev), claim_id=f"g{n}", doc_id=g["doc"], doc=g["doc"],
        )))
    return out


def linking_on_gold(gold_path: str | Path) -> dict[str, Any]:
    """Pairwise P/R/F1 of ``link.link_claims`` run on the gold claims' own fields."""
    from claimledger.link import link_claims

    items = gold_as_claims(gold_path)
    result = link_claims([c for _, c in items])
    group_of = {cid: n for n, g in enumerate(result.groups) for cid in g.claim_ids}
    gl = pl = both = 0
    for (k1, c1), (k2, c2) in itertools.combinations(items, 2):
        g_same = k1 == k2
        p_same = c1.claim_id in group_of and group_of.get(c1.claim_id) == group_of.get(c2.claim_id)
        gl += g_same
        pl += p_same
        both += g_same and p_same
    return {"linking": _prf(both, pl, gl), "claims": len(items), "incidents": len(result.groups)}
