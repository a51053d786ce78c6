"""Linking and audit numbers on the development corpus (../shared/dev, outside the repo).

    .venv/bin/python scripts/dev_link.py [--dev ../shared/dev] [--db sqlite:///dev.db] [--show] [--diagnose]

Ingests the dev corpus into a temporary SQLite ledger, extracts, links and audits, then
prints: pairwise linking P/R/F1 (claims matched to gold by document + overlapping
evidence); for each multi-source gold incident whose sources give disjoint figures,
the grade of the incident most of its matched claims landed in; how many of the
interview's listed inconsistencies (internal_inconsistencies.md) a finding overlaps;
and the number of findings on the rest of the corpus (false alarms). ``--diagnose`` adds,
for the linking errors, which signal kept two claims of one gold incident apart (the veto,
or a score too weak; for a positive pair left apart, a veto between members of their two
incidents or a member pair without a positive link, as complete linkage demands) and which
gold incidents were merged, with counts of claim pairs.
"""

from __future__ import annotations

import argparse
import collections
import json
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from claimledger import incidents
from claimledger.evaluate import listed_inconsistencies
from claimledger.evaluate_linking import match_claims, pairwise_linking
from claimledger.ledger import Ledger
from claimledger.models import ClaimOut

FIGS = ("killed", "injured", "captured", "missing")


def _interval(f: dict) -> tuple[float, float]:
    v = float(f["value"])
    q = f.get("qualifier", "exact")
    if f.get("max") is not None:
        return v, float(f["max"])
    return {"exact": (v, v), "about": (v * 0.9, v * 1.1), "at_least": (v, float("inf")),
            "more_than": (v + 1, float("inf")), "at_most": (0, v), "up_to": (0, v)}.get(q, (v, v))


def disjoint_incidents(gold: list[dict]) -> list[str]:
    """Multi-document gold incidents where two sources give disjoint killed/injured figures."""
    by_inc: dict[str, list[dict]] = collections.defaultdict(list)
    for g in gold:
        by_inc[g["incident"]].append(g)
    out = []
    for key, claims in by_inc.items():
        if len({g["doc"] for g in claims}) < 2:
            continue
        hit = False
        for f in ("killed", "injured"):
            ivs = [(_interval(g[f]), g["attributed_to"]) for g in claims if g.get(f) and g.get("scope") != "partial"]
            for i, (a, ba) in enumerate(ivs):
                for b, bb in ivs[i + 1:]:
                    if (a[1] < b[0] or b[1] < a[0]) and ba != bb:
                        hit = True
        if hit:
            out.append(key)
    return out


inconsistency_items = listed_inconsistencies


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--dev", type=Path, default=REPO.parent / "shared" / "dev")
    ap.add_argument("--db", default=None)
    ap.add_argument("--show", action="store_true", help="print the findings and per-incident grades")
    ap.add_argument("--diagnose", action="store_true", help="print why gold incidents were split or merged")
    args = ap.parse_args()
    tmp = tempfile.mkdtemp()
    ledger = Ledger.open(args.db or f"sqlite:///{tmp}/dev.db")
    t0 = time.time()
    ledger.ingest([args.dev / "corpus"], manifest=args.dev / "corpus.jsonl")
    ledger.extract()
    t1 = time.time()
    report = incidents.link(ledger)
    t2 = time.time()
    audit = incidents.audit(ledger)
    t3 = time.time()
    from claimledger.link import rules
    claims = [c for c in ledger.claims() if c.type not in set(rules()["attached_types"])]
    texts = {d.label: ledger.document_text(d.id) for d in ledger.documents()}
    gold = [json.loads(line) for line in (args.dev / "gold.jsonl").read_text().splitlines() if line.strip()]
    result = pairwise_linking(args.dev / "gold.jsonl", claims, texts)
    print(f"ingest+extract {t1 - t0:.1f}s, link {t2 - t1:.1f}s, audit {t3 - t2:.1f}s")
    print(f"link: {report.model_dump()}")
    print(f"linking (doc + overlapping evidence): {result['linking']}  matched {result['matched']}"
          f"/{result['gold_claims']} gold claims, {result['claims']} predicted")
    # disjoint multi-source incidents -> grade
    pairs = match_claims(gold, claims, texts)
    grades = {s.id: s.grade for s in incidents.list_incidents(ledger)}
    landed: dict[str, collections.Counter] = collections.defaultdict(collections.Counter)
    for i, j in pairs:
        if claims[j].incident_id:
            landed[gold[i]["incident"]][claims[j].incident_id] += 1
    contested = 0
    targets = disjoint_incidents(gold)
    for key in targets:
        ids = landed.get(key)
        top = ids.most_common(1)[0][0] if ids else None
        grade = grades.get(top) if top else None
        any_contested = any(grades.get(i) == "contested" for i in (ids or {}))
        contested += grade == "contested"
        print(f"  {key}: main incident {top} grade {grade}; some part contested: {any_contested}")
    print(f"disjoint multi-source incidents contested: {contested}/{len(targets)}")
    # audit
    found = incidents.findings(ledger)
    interview = [f for f in found if f.doc == "interview-karabakh"]
    others = [f for f in found if f.doc != "interview-karabakh"]
    listed = args.dev / "internal_inconsistencies.md"  # the dev set's list; other gold sets have none
    md = listed.read_text() if listed.is_file() else ""
    items = inconsistency_items(md, texts.get("interview-karabakh", ""))
    hit = {k for k, spans in items.items()
           if any(s[0] < fs.end and fs.start < s[1] for f in interview for fs in f.spans for s in spans)}
    a_items = [k for k in items if k.startswith("A")]
    print(f"audit: {audit.findings} findings; interview {len(interview)} findings overlapping "
          f"{len(hit)}/{len(items)} listed items ({sorted(hit)}); A items {len(hit & set(a_items))}/{len(a_items)}")
    print(f"audit: findings on the other {audit.documents - 1} documents: {len(others)}")
    if args.show:
        for f in found:
            print(f"  {f.doc} {f.rule}: {f.message}")
    if args.diagnose:
        diagnose(gold, claims, pairs)


def _why_apart(a: ClaimOut, b: ClaimOut, members: dict[str, list[ClaimOut]], focused: frozenset[str],
               memo: dict[tuple[str, str], str]) -> str:
    """Why two positively linked claims ended in different incidents: a claim left out of every
    incident, a veto between some members of their incidents (no merge), a member pair without a
    positive link (complete linkage over statements), or neither (the attach and dominance rules)."""
    from claimledger.link import score_pair

    if a.incident_id is None or b.incident_id is None:
        return "a claim in no incident"
    first, second = sorted((a.incident_id, b.incident_id))
    key = (first, second)
    if key not in memo:
        vetoes: collections.Counter[str] = collections.Counter()
        weak: collections.Counter[str] = collections.Counter()
        for x in members[key[0]]:
            for y in members[key[1]]:
                p = score_pair(x, y, focused)
                if p.veto:
                    vetoes[p.veto] += 1
                elif not p.positive:
                    weak["in one document" if x.doc_id == y.doc_id else "across documents"] += 1
        if vetoes:
            memo[key] = f"incidents kept apart by a member veto: {vetoes.most_common(1)[0][0]}"
        elif weak:
            memo[key] = "complete linkage: member pairs without a positive link " + \
                ", ".join(f"{k} {n}" for k, n in weak.most_common())
        else:
            memo[key] = "every member pair positive: attach / dominance rules"
    return memo[key]


def diagnose(gold: list[dict], claims: list, pairs: list[tuple[int, int]]) -> None:
    """Print the split pairs of one gold incident by the reason (veto, or too weak a score)
    and the merged pairs of two gold incidents, most frequent first."""
    import itertools

    from claimledger.link import focused_documents, score_pair

    focused = focused_documents(claims)
    members: dict[str, list] = collections.defaultdict(list)
    for c in claims:
        if c.incident_id is not None:
            members[c.incident_id].append(c)
    memo: dict[tuple[str, str], str] = {}
    split: collections.Counter = collections.Counter()
    merged: collections.Counter = collections.Counter()
    for (i1, j1), (i2, j2) in itertools.combinations(pairs, 2):
        a, b = claims[j1], claims[j2]
        same_gold = gold[i1]["incident"] == gold[i2]["incident"]
        same_pred = a.incident_id is not None and a.incident_id == b.incident_id
        if same_gold and not same_pred:
            p = score_pair(a, b, focused)
            reason = p.veto or (f"positive, not merged ({_why_apart(a, b, members, focused, memo)})" if p.positive
                                else f"score {p.score}, not positive")
            split[(gold[i1]["incident"], reason)] += 1
        elif same_pred and not same_gold:
            merged[tuple(sorted((gold[i1]["incident"], gold[i2]["incident"])))] += 1
    print("split pairs (gold incident: reason):")
    for (key, reason), n in split.most_common(30):
        print(f"  {n:3d}  {key}: {reason}")
    print("merged pairs (gold incidents):")
    for (k1, k2), n in merged.most_common(30):
        print(f"  {n:3d}  {k1} + {k2}")


if __name__ == "__main__":
    main()
