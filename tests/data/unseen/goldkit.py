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


def R(low, high, q="at_least"):
    """A range figure ("between 10 and 15"): its low end, qualifier and ``max``."""
    return {"value": low, "qualifier": q, "max": high}


def OR(what, low, high, q="at_least"):
    """A ranged other figure: what is counted, low end, qualifier and ``max``."""
    return {"what": what, "value": low, "qualifier": q, "max": high}


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


def document_text(folder: Path, doc: str) -> str:
    """The text a document is stored with: ``corpus/<doc>.txt`` as is, any other file (``.html``) as ingest
    reads it (``claimledger.ingest.readers.read_bytes``), since gold evidence must be verbatim in the stored text."""
    plain = folder / "corpus" / f"{doc}.txt"
    if plain.is_file():
        return plain.read_text(encoding="utf-8")
    (path,) = sorted((folder / "corpus").glob(f"{doc}.*"))
    from claimledger.ingest.readers import read_bytes

    return read_bytes(path.read_bytes(), path.suffix).text


def write_gold(claims, folder: Path) -> None:
    """Write ``folder/gold.jsonl`` after checking each evidence is verbatim in the document's stored text."""
    out = []
    for g in claims:
        text = document_text(folder, g["doc"])
        assert g["evidence"] in text, g["evidence"]
        out.append(json.dumps(g, ensure_ascii=False))
    (folder / "gold.jsonl").write_text("\n".join(out) + "\n", encoding="utf-8")
    print(len(out), "claims")
