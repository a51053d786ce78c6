#!/usr/bin/env python3
"""Incident-type confusion over one or more gold sets: gold type -> predicted type on the claim pairs
``claimledger eval`` matches (its own matching rule, ``evaluate._match``), summed over the sets and
per set, so confusions that recur across publishers stand apart from one set's quirks.

usage: scripts/type_confusion.py --gold GOLD --db URL [--gold GOLD --db URL ...] [--show GOLD:PRED] [--all]

Each ``--gold`` pairs with the ``--db`` at the same position (a ledger built over that gold set's corpus:
``claimledger build CORPUS --manifest M --db URL``). A set is named by its gold file's folder (``dev``,
``unseena``, ...). By default only the wrong cells are listed (gold != predicted), most frequent first,
with a column per set; ``--all`` lists the right ones too. ``--show GOLD:PRED`` (``*`` for any) prints the
evidence of those pairs with the predicted claim's type rule, for analysis only.
"""

from __future__ import annotations

import argparse
import collections
import json
import sys
from pathlib import Path
from typing import Any

sys.path.append(str(Path(__file__).resolve().parent.parent))

from claimledger.evaluate import OTHER_FAMILY_TYPES, _match, claim_to_gold_shape
from claimledger.ledger import Ledger


def set_name(gold: Path) -> str:
    """A gold set's short name: its folder (``unseena`` -> ``a``; the dev set's ``dev``)."""
    name = gold.resolve().parent.name
    return name.removeprefix("unseen") or name


def type_pairs(gold_path: Path, db: str) -> list[tuple[dict[str, Any], dict[str, Any], Any]]:
    """The matched (gold claim, predicted claim in gold shape, predicted ClaimOut) triples of one set."""
    ledger = Ledger.open(db)
    texts = {d.label: ledger.document_text(d.id) for d in ledger.documents()}
    kept = [c for c in ledger.claims() if c.doc in texts and c.type not in OTHER_FAMILY_TYPES]
    pred = [claim_to_gold_shape(c) for c in kept]
    gold = [json.loads(x) for x in gold_path.read_text(encoding="utf-8").splitlines() if x.strip()]
    return [(gold[i], pred[j], kept[j]) for i, j in _match(gold, pred, texts, "overlap")]


def _wanted(cell: tuple[str, str], show: str) -> bool:
    g, _, p = show.partition(":")
    return g in ("*", cell[0]) and p in ("*", cell[1])


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--gold", type=Path, action="append", required=True)
    ap.add_argument("--db", action="append", required=True)
    ap.add_argument("--show", default="", help="GOLD:PRED (either may be *): print those pairs' evidence")
    ap.add_argument("--all", action="store_true", help="list the right cells too")
    ap.add_argument("--limit", type=int, default=40)
    a = ap.parse_args()
    if len(a.gold) != len(a.db):
        ap.error("give one --db per --gold")
    names = [set_name(g) for g in a.gold]
    cells: dict[tuple[str, str], collections.Counter[str]] = collections.defaultdict(collections.Counter)
    right = total = 0
    shown = 0
    for name, gold_path, db in zip(names, a.gold, a.db):
        for g, p, claim in type_pairs(gold_path, db):
            cell = (str(g.get("type")), str(p.get("type")))
            cells[cell][name] += 1
            total += 1
            right += cell[0] == cell[1]
            if a.show and _wanted(cell, a.show) and shown < a.limit:
                shown += 1
                print(f"[{name} {g['doc']}] {cell[0]} -> {cell[1]}  rule={claim.type_rule}")
                print("   ", " ".join(claim.evidence.text.split())[:300])
    if a.show:
        return 0
    rows = sorted(((c, n) for c, n in cells.items() if a.all or c[0] != c[1]), key=lambda x: -sum(x[1].values()))
    print(f"{'gold -> predicted':40s} {'all':>4s} " + " ".join(f"{n:>4s}" for n in names) + "  sets")
    for (g, p), n in rows:
        mark = "" if g != p else "  (right)"
        print(f"{g + ' -> ' + p:40s} {sum(n.values()):4d} " + " ".join(f"{n[s] or '':>4}" for s in names)
              + f"  {sum(1 for s in names if n[s])}{mark}")
    print(f"matched pairs {total}, type right {right} ({right / max(total, 1):.3f})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
