#!/usr/bin/env python3
"""Why gold claims are lost: per gold claim of shared/dev/gold.jsonl, the best predicted claim whose
evidence overlaps, and which part of the matching rule (date, place) or which field fails.

usage: scripts/dev_losses.py [--dev DIR] [--field killed|attribution|all] [--show CAUSE] [--limit N] [--unmatched [--show CLASS]]

With ``--field attribution``: per matched claim whose attribution disagrees with the gold's, the
predicted name, its rule and the gold name (``--show wrong:attr.carried`` narrows to one rule).

Causes: ``no_overlap`` (no predicted figure claim overlaps the gold evidence), ``date`` (overlaps,
place agrees, date disagrees), ``place`` (date agrees, place disagrees), ``date+place``,
``taken`` (an agreeing candidate exists but the one-to-one matching gave it to another gold
claim), ``matched``; for matched claims the field outcome (ok / wrong value / wrong qualifier /
missing). Reads the shared dev set; prints counts and, with --show, examples (for analysis only).

``--unmatched`` looks from the other side: per predicted claim that matches no gold claim, its class:
``dup`` (its evidence overlaps a gold claim that another predicted claim matched: a split or a
repeat), ``date_place`` (it overlaps a gold claim left unmatched: would match but date or place
disagree), ``no_gold`` (it overlaps no gold evidence: a figure the gold does not annotate, or a miss
of the gold); with --show CLASS, the claim's evidence, figures and rule ids.
"""

from __future__ import annotations

import argparse
import collections
import hashlib
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.append(str(Path(__file__).resolve().parent.parent))

from dev_eval import load_dev

from claimledger.evaluate import (
    OTHER_FAMILY_TYPES,
    _date_agree,
    _fig_equal,
    _iou,
    _match,
    attribution_agree,
    claim_to_gold_shape,
    default_place_aliases,
    locate,
    load_place_aliases,
    place_agree,
)
from claimledger.extract.pipeline import extract
from claimledger.models import ClaimOut


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--dev", type=Path, default=Path("/work/shared/dev"))
    ap.add_argument("--field", default="killed")
    ap.add_argument("--show", default="", help="print examples of this cause (e.g. date, place, no_overlap)")
    ap.add_argument("--limit", type=int, default=40)
    ap.add_argument("--list", action="store_true", help="print one line per gold claim: index, cause, field outcome")
    ap.add_argument("--db", help="read the claims of a built ledger (claimledger build ... --db URL) instead of "
                                 "extracting each document alone (so years that linking gave are seen)")
    ap.add_argument("--unmatched", action="store_true", help="classify the predicted claims that match no gold claim")
    a = ap.parse_args()
    sources, documents = load_dev(a.dev)
    texts = {k: v["text"] for k, v in documents.items()}
    claims = []
    if a.db:
        from claimledger.ledger import Ledger

        claims = list(Ledger.open(a.db).claims())
    for src in sources if not a.db else []:
        for k, c in enumerate(extract(src)):
            cid = hashlib.sha256(f"{src.doc_id}:{k}".encode()).hexdigest()[:16]
            claims.append(ClaimOut(**c.model_dump(), claim_id=cid, doc_id=src.doc_id, doc=src.doc_id))
    kept = [c for c in claims if c.type not in OTHER_FAMILY_TYPES]
    pred = [claim_to_gold_shape(c) for c in kept]
    gold = [json.loads(x) for x in (a.dev / "gold.jsonl").read_text(encoding="utf-8").splitlines() if x.strip()]
    alias_file = default_place_aliases(a.dev / "gold.jsonl")
    aliases = load_place_aliases(alias_file) if alias_file is not None else None
    pairs = dict(_match(gold, pred, texts, "overlap", aliases=aliases))
    if a.unmatched:
        return unmatched(gold, pred, kept, texts, pairs, a.show, a.limit)
    causes: collections.Counter[str] = collections.Counter()
    fcauses: collections.Counter[str] = collections.Counter()
    shown = 0
    for i, g in enumerate(gold):
        gs = locate(texts[g["doc"]], g["evidence"])
        cands = [j for j, p in enumerate(pred) if p["doc"] == g["doc"] and gs and _iou(gs, p["span"]) > 0]
        cands.sort(key=lambda j: -_iou(gs, pred[j]["span"]))  # type: ignore[arg-type]
        if i in pairs:
            cause = "matched"
        elif not cands:
            cause = "no_overlap"
        else:
            d = [j for j in cands if _date_agree(g, pred[j], "overlap")]
            pl = [j for j in cands if place_agree(g.get("place"), pred[j]["place_names"], aliases)]
            both = set(d) & set(pl)
            cause = "taken" if both else ("date" if pl else ("place" if d else "date+place"))
            if cause in ("date", "date+place"):
                pd = pred[cands[0]]["date"]
                cause += ":" + ("pred_none" if pd is None else ("gold_none" if g.get("date") is None else "differ"))
        causes[cause] += 1
        fc = ""
        if a.field == "all":
            show = bool(a.show) and cause.startswith(a.show)
        elif a.field == "attribution":
            j = pairs.get(i)
            if j is None:
                fc = "lost:" + cause
            else:
                at = kept[j].attributed_to
                fc = "ok" if attribution_agree(g.get("attributed_to"), at.name) else "wrong:" + at.rule.split(":")[-1]
                if fc != "ok" and (not a.show or fc.startswith(a.show)) and shown < a.limit:
                    shown += 1
                    ev = texts[g["doc"]][kept[j].evidence.start:kept[j].evidence.end]
                    print(f"{g['doc']:>18} gold={g.get('attributed_to')!r}  pred={at.name!r} [{at.rule}]"
                          f"\n{'':>18} :: {ev[:160]!r}")
            fcauses[fc] += 1
            show = False
        elif g.get(a.field) is not None:
            j = pairs.get(i)
            if j is None:
                fc = "lost:" + cause
            elif _fig_equal(g[a.field], pred[j].get(a.field), True):
                fc = "ok"
            elif _fig_equal(g[a.field], pred[j].get(a.field), False):
                fc = "qualifier"
            elif pred[j].get(a.field) is None:
                fc = "missing"
            else:
                fc = "value"
            fcauses[fc] += 1
            show = a.show and (fc == a.show or fc.startswith("lost:" + a.show))
        else:
            show = False
        if a.list:
            print(i, g["doc"], cause, fc if g.get(a.field) is not None or a.field == "attribution" else "-")
        if show and shown < a.limit:
            shown += 1
            print(f"--- {g['doc']} [{cause}] gold date={g.get('date')} place={g.get('place')} {a.field}={g.get(a.field)}"
                  f" attr={g.get('attributed_to')!r}")
            print("    GOLD:", g["evidence"][:300].replace("\n", " "))
            for j in (cands[:3] if pairs.get(i) is None else [pairs[i]]):
                p = pred[j]
                c = texts[g["doc"]][p["span"][0]:p["span"][1]]
                print(f"    PRED date={p['date']} place={p['place_names']} {a.field}={p.get(a.field)} attr={p['attributed_to']!r}"
                      f" :: {c[:200]!r}")
    print("claims:", dict(causes.most_common()))
    print(f"{a.field}:", dict(fcauses.most_common()))
    return 0


def unmatched(gold: list[dict], pred: list[dict], claims: list[ClaimOut], texts: dict[str, str],
              pairs: dict[int, int], show: str, limit: int) -> int:
    """Print the class counts of predicted claims that match no gold claim (and examples of ``show``)."""
    matched_p = set(pairs.values())
    gspans = [(i, g["doc"], locate(texts[g["doc"]], g["evidence"])) for i, g in enumerate(gold)]
    classes: collections.Counter[str] = collections.Counter()
    shown = 0
    for j, p in enumerate(pred):
        if j in matched_p:
            continue
        over = [i for i, d, gs in gspans if d == p["doc"] and gs and _iou(gs, p["span"]) > 0]
        cls = "no_gold" if not over else ("date_place" if any(i not in pairs for i in over) else "dup")
        classes[cls] += 1
        if show and cls.startswith(show) and shown < limit:
            shown += 1
            c = claims[j]
            figs = ", ".join(f"{f.kind}={f.value:g}{'' if f.qualifier == 'exact' else ' ' + f.qualifier}"
                             f" [{f.rule}]" for f in c.figures)
            print(f"--- {p['doc']} [{cls}] type={p['type']} ({c.type_rule}) date={p['date']} place={p['place_names']}"
                  f" attr={p['attributed_to']!r}")
            print(f"    FIGS: {figs}")
            print("    PRED:", texts[p["doc"]][p["span"][0]:p["span"][1]][:300].replace("\n", " "))
            for i in over[:2]:
                g = gold[i]
                print(f"    GOLD{'' if i not in pairs else ' (matched)'} date={g.get('date')} place={g.get('place')}"
                      f" killed={g.get('killed')} :: {g['evidence'][:160]!r}")
    print("unmatched predicted:", dict(classes.most_common()), "of", len(pred))
    return 0


if __name__ == "__main__":
    sys.exit(main())
