"""Shared helpers of the hand-coded gold scripts (``<set>/build_gold.py``): claim records in the
schema of the dev gold (../shared/dev/README.md) and a writer that checks every evidence verbatim."""
import json
from pathlib import Path


def F(v, q="exact"):
    """A figure: value and qualifier."""
    return {"value": v, "qualifier": q}


def O(what, v, q="exact"):
    """An other figure: what is counted, value and qualifier."""
    return {"what": what, "value": v, "qualifier": q}


def C(doc, incident, type_, place, country, date, ev, by, killed=None, injured=None, captured=None,
      missing=None, other=None, note=None, scope=None, vague=None):
    """One gold claim."""
    d = {"doc": doc, "incident": incident, "type": type_, "place": place, "country": country, "date": date,
         "killed": killed, "injured": injured, "captured": captured, "missing": missing,
         "other_figures": other or [], "attributed_to": by, "evidence": ev}
    if note:
        d["note"] = note
    if scope:
        d["scope"] = scope
    if vague:
        d["vague"] = vague
    return d


def write_gold(claims, folder: Path) -> None:
    """Write ``folder/gold.jsonl`` after checking each evidence is verbatim in ``folder/corpus/<doc>.txt``."""
    out = []
    for g in claims:
        text = (folder / "corpus" / f"{g['doc']}.txt").read_text(encoding="utf-8")
        assert g["evidence"] in text, g["evidence"]
        out.append(json.dumps(g, ensure_ascii=False))
    (folder / "gold.jsonl").write_text("\n".join(out) + "\n", encoding="utf-8")
    print(len(out), "claims")
