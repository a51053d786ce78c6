#!/usr/bin/env python3
"""Measure the place, type and attribution components on the dev gold and the external benchmarks.

Dev gold (../shared/dev/gold.jsonl), per gold claim, with the matching rules of the reference
scorer (``tools/score.py`` is imported from the shared folder, never copied; its place aliases
are used for scoring only):

* ``place.in_evidence``: the gold place is among the places found inside the evidence span;
* ``place.chosen``: the place ``places.place_for`` picks for the evidence agrees with the gold;
* ``attribution``: ``attribution.attribution_for`` on the evidence (else the publisher) agrees;
* ``type``: ``types.type_for`` on the evidence (else "other") equals the gold type.

External records (../shared/bench/external, ACLED and GTD): ``location`` = the chosen place's
name or surface text matches the gold location (``gazetteer.names_match``) or lies within 25 km
of the gold coordinates; ``event_type`` = the ACLED event type of ``type_for`` over the record
(current-taxonomy ACLED files; the 2016 file's old labels are mapped). ``location_named`` is the
location hit rate over the records whose text contains the gold location name (many ACLED notes
name no place at all).

usage: python scripts/dev_components.py [--shared ../shared] [--limit N] [--misses KIND]
"""

from __future__ import annotations

import argparse
import collections
import importlib.util
import json
import math
import re
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from claimledger.extract import actors, attribution, places, segment, types  # noqa: E402
from claimledger.extract.base import Pipeline  # noqa: E402
from claimledger.extract.gazetteer import names_match, normalize  # noqa: E402
from claimledger.models import SourceText  # noqa: E402

EXTERNAL = [
    "acled_afghanistan_2020", "acled_africa_2016", "acled_armenia_2018_2020", "acled_bangladesh_2022_2024",
    "acled_global_2020", "acled_kenya_2004_2019", "acled_drone_db", "gtd_drone_db",
]
OLD_ACLED = {
    "Riots/Protests": {"Riots", "Protests"},
    "Battle-No change of territory": {"Battles"},
    "Battle-Government regains territory": {"Battles"},
    "Battle-Non-state actor overtakes territory": {"Battles"},
    "Remote violence": {"Explosions/Remote violence"},
    "Violence against civilians": {"Violence against civilians"},
    "Strategic development": {"Strategic developments"},
    "Non-violent transfer of territory": {"Strategic developments"},
    "Headquarters or base established": {"Strategic developments"},
}


def pipeline() -> Pipeline:
    return Pipeline([segment.component, places.component, types.component, attribution.component,
                     attribution.denials.component, actors.component])


def load_scorer(shared: Path):
    spec = importlib.util.spec_from_file_location("dev_score", shared / "dev" / "tools" / "score.py")
    mod = importlib.util.module_from_spec(spec)  # type: ignore[arg-type]
    spec.loader.exec_module(mod)  # type: ignore[union-attr]
    return mod


_ACTOR_STOP = {"of", "the", "forces", "force", "military", "militia", "group", "and", "unidentified", "armed", "s"}


def _actor_agree(gold: str, pred: str) -> bool:
    """ACLED actor1 ("Military Forces of Xandria (2019-)", "Red Hand Brigade") vs the stated perpetrator:
    a shared content word (a name, a demonym's stem) after dropping generic words."""
    g = {t for t in normalize(re.sub(r"\(.*?\)", " ", gold)).split() if t not in _ACTOR_STOP and not t.isdigit()}
    p = {t for t in normalize(pred).split() if t not in _ACTOR_STOP}
    return any(a[:5] == b[:5] for a in g for b in p if len(a) >= 4 and len(b) >= 4)


def km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    la1, la2 = math.radians(lat1), math.radians(lat2)
    h = math.sin((la2 - la1) / 2) ** 2 + math.cos(la1) * math.cos(la2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2
    return 6371.0 * 2 * math.asin(min(1.0, math.sqrt(h)))


def dev(shared: Path, show: str | None) -> dict[str, float]:
    score = load_scorer(shared)
    aliases = score.load_aliases(shared / "dev" / "tools" / "place_aliases.json")
    corpus = {}
    for line in open(shared / "dev" / "corpus.jsonl", encoding="utf-8"):
        d = json.loads(line)
        corpus[d["id"]] = d
    gold = [json.loads(x) for x in open(shared / "dev" / "gold.jsonl", encoding="utf-8") if x.strip()]
    nlp = pipeline()
    docs = {}
    for cid, meta in corpus.items():
        text = open(shared / "dev" / meta["file"], encoding="utf-8").read()
        docs[cid] = nlp(SourceText(doc_id=cid, text=text, publisher=meta.get("publisher")))
    c: collections.Counter[str] = collections.Counter()
    for g in gold:
        doc = docs[g["doc"]]
        span = score.locate(doc.text, g["evidence"])
        if span is None:
            continue
        s, e = span
        if g.get("place"):
            c["place.n"] += 1
            inside = [m for m in doc.spans["places"] if s <= m.start and m.end <= e]
            hit = any(score.place_agree(g["place"], m.data["text"], aliases) or score.place_agree(g["place"], m.data["name"], aliases) for m in inside)
            c["place.in_evidence"] += hit
            chosen = places.place_for(doc, s, e)
            ok = chosen is not None and (score.place_agree(g["place"], chosen.data["text"], aliases)
                                         or score.place_agree(g["place"], chosen.data["name"], aliases))
            c["place.chosen"] += ok
            if show == "place" and not ok:
                print(f"PLACE {g['doc']}: gold={g['place']!r} chosen={chosen and chosen.data['text']!r} found={[m.data['text'] for m in inside]} | {g['evidence'][:120]!r}")
        c["attribution.n"] += 1
        att = None
        for sent in doc.sentences:
            if s <= sent.start < e or sent.start <= s < sent.end:
                att = attribution.attribution_for(doc, max(s, sent.start))
                if att is not None:
                    break
        name = att.data["name"] if att is not None else (corpus[g["doc"]].get("publisher") or "the author")
        ok = score.attr_agree(g["attributed_to"], name)
        c["attribution"] += ok
        if show == "attribution" and not ok:
            print(f"ATTR {g['doc']}: gold={g['attributed_to']!r} pred={name!r} ({att and att.rule}) | {g['evidence'][:140]!r}")
        c["type.n"] += 1
        t = types.type_for(doc, s, e)
        pred = t.label if t is not None else "other"
        c["type"] += pred == g["type"]
        if show == "type" and pred != g["type"]:
            print(f"TYPE {g['doc']}: gold={g['type']} pred={pred} ({t and t.rule}) | {g['evidence'][:140]!r}")
    # denials: responsibility/rejects lines of characterizations.jsonl
    chars = shared / "dev" / "characterizations.jsonl"
    if chars.exists():
        for line in open(chars, encoding="utf-8"):
            r = json.loads(line)
            if r["kind"] != "responsibility" or r["stance"] != "rejects":
                continue
            doc = docs[r["doc"]]
            span = score.locate(doc.text, r["evidence"])
            if span is None:
                continue
            c["denial.n"] += 1
            found = [m for m in doc.spans["denials"] if m.start < span[1] and span[0] < m.end]
            c["denial.found"] += bool(found)
            c["denial.denier"] += any(m.data["denier"] and score.attr_agree(r["attributed_to"], m.data["denier"]) for m in found)
            if show == "denial" and not found:
                print(f"DENIAL {r['doc']}: {r['attributed_to']!r} | {r['evidence'][:140]!r}")
    return {
        "denial.found": c["denial.found"] / max(c["denial.n"], 1),
        "denial.denier": c["denial.denier"] / max(c["denial.n"], 1), "n.denials": c["denial.n"],
        "place.in_evidence": c["place.in_evidence"] / c["place.n"],
        "place.chosen": c["place.chosen"] / c["place.n"],
        "attribution": c["attribution"] / c["attribution.n"],
        "type": c["type"] / c["type.n"],
        "n.place": c["place.n"], "n.claims": c["attribution.n"],
    }


def external(shared: Path, limit: int | None, show: str | None) -> dict[str, dict[str, float]]:
    nlp = pipeline()
    out = {}
    words = 0
    t0 = time.perf_counter()
    for name in EXTERNAL:
        path = shared / "bench" / "external" / f"{name}.jsonl"
        if not path.exists():
            continue
        c: collections.Counter[str] = collections.Counter()
        for k, line in enumerate(open(path, encoding="utf-8")):
            if limit and k >= limit:
                break
            r = json.loads(line)
            g = r["gold"]
            doc = nlp(SourceText(doc_id=r["id"], text=r["text"]))
            words += len(r["text"].split())
            if g.get("location") or g.get("lat") is not None:
                c["loc.n"] += 1
                p = places.place_for(doc, 0, len(doc.text))
                ok = False
                if p is not None:
                    d = p.data
                    if g.get("location") and (names_match(g["location"], d["text"]) or names_match(g["location"], d["name"])):
                        ok = True
                    elif g.get("lat") is not None and d.get("lat") is not None and km(g["lat"], g["lon"], d["lat"], d["lon"]) <= 25:
                        ok = True
                c["loc"] += ok
                gl = normalize(g.get("location") or "")
                if gl and f" {gl} " in f" {normalize(r['text'])} ":
                    c["loc_named.n"] += 1  # the text itself names the gold location
                    c["loc_named"] += ok
                if show == "location" and not ok:
                    print(f"LOC {r['id']}: gold={g.get('location')!r} ({g.get('admin1')}) pred={p and (p.data['text'], p.data['name'], p.data['country'])} | {r['text'][:160]!r}")
            if g.get("actor1") and name.startswith("acled") and g["actor1"] != "Unknown":
                c["actor.n"] += 1
                perp, _tgt = actors.actors_for(doc, 0, len(doc.text))
                c["actor"] += perp is not None and _actor_agree(g["actor1"], perp.data["text"])
            if g.get("event_type") and name.startswith("acled"):
                c["type.n"] += 1
                t = types.type_for(doc, 0, len(doc.text))
                pred = t.data["acled_event_type"] if t is not None else None
                want = OLD_ACLED.get(g["event_type"], {g["event_type"]}) if name == "acled_africa_2016" else {g["event_type"]}
                ok = pred in want
                c["type"] += ok
                if name != "acled_africa_2016" and g.get("sub_event_type"):
                    c["sub.n"] += 1
                    c["sub"] += t is not None and t.data["acled_sub_event_type"] == g["sub_event_type"]
                if show == "event_type" and not ok:
                    print(f"ETYPE {r['id']}: gold={g['event_type']}/{g.get('sub_event_type')} pred={t and (t.label, t.data['acled_event_type'], t.rule)} | {r['text'][:160]!r}")
        out[name] = {
            "location": c["loc"] / c["loc.n"] if c["loc.n"] else float("nan"), "n.location": c["loc.n"],
            "location_named": c["loc_named"] / c["loc_named.n"] if c["loc_named.n"] else float("nan"),
            "n.location_named": c["loc_named.n"],
            "event_type": c["type"] / c["type.n"] if c["type.n"] else float("nan"), "n.event_type": c["type.n"],
            "sub_event_type": c["sub"] / c["sub.n"] if c["sub.n"] else float("nan"),
            "perpetrator~actor1": c["actor"] / c["actor.n"] if c["actor.n"] else float("nan"),
        }
    out["_throughput"] = {"words_per_s_incl_segment": words / (time.perf_counter() - t0)}
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    ap.add_argument("--limit", type=int, default=None, help="records per external file")
    ap.add_argument("--misses", choices=("place", "attribution", "type", "location", "event_type", "denial"), default=None)
    ap.add_argument("--skip-external", action="store_true")
    a = ap.parse_args()
    if not (a.shared / "dev" / "gold.jsonl").exists():
        print(f"no dev gold under {a.shared}", file=sys.stderr)
        return 2
    res = dev(a.shared, a.misses)
    print("dev gold:", json.dumps({k: round(v, 3) if isinstance(v, float) else v for k, v in res.items()}))
    if not a.skip_external:
        ext = external(a.shared, a.limit, a.misses)
        tot_l = tot_ln = tot_t = tot_tn = tot_nl = tot_nn = 0.0
        for name, r in ext.items():
            print(f"{name:28s}", json.dumps({k: round(v, 3) if isinstance(v, float) else v for k, v in r.items()}))
            if name.startswith("acled"):
                if r["n.location"]:
                    tot_l += r["location"] * r["n.location"]
                    tot_ln += r["n.location"]
                if r["n.location_named"]:
                    tot_nl += r["location_named"] * r["n.location_named"]
                    tot_nn += r["n.location_named"]
                if r["n.event_type"]:
                    tot_t += r["event_type"] * r["n.event_type"]
                    tot_tn += r["n.event_type"]
        print(f"ACLED overall: location {tot_l / max(tot_ln, 1):.3f} (n={int(tot_ln)}), "
              f"location where the text names it {tot_nl / max(tot_nn, 1):.3f} (n={int(tot_nn)}), "
              f"event_type {tot_t / max(tot_tn, 1):.3f} (n={int(tot_tn)})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
