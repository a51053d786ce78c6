"""Evaluation as an API: score extracted claims against gold data.

* :func:`evaluate_gold` scores ``ClaimOut`` objects against a gold file in the format of
  ``shared/dev/gold.jsonl``. Matching rule (the dev set's documented rule): a predicted
  claim matches a gold claim when the document is the same, the evidence spans overlap
  (the gold evidence is located in the document text, exactly or after collapsing
  whitespace), the places agree (normalised names, token containment, the gazetteer's
  alternate names, or the spelling variants of the gold set's place alias file; a gold place of
  null agrees with anything) and the dates agree
  (``overlap``: both null, or both given and the intervals overlap; ``exact``: same
  interval). Matching is one-to-one, greedy by span IoU, ties broken by agreeing
  attribution, figures and type. Reported: precision/recall/F1 for claims, type, country,
  killed/injured/captured/missing (``strict``: value, qualifier and range; ``value``:
  value only), other figures (multiset of values), attribution (token overlap), pairwise
  incident linking, and recall per source affiliation.
* :func:`evaluate_external` scores one-event-per-record files (``shared/bench/external``):
  per record, date, location (name match or <= 25 km; a record the coder placed only within a
  province, location "Unknown" with the province's centroid, is matched by the province's name;
  a record with neither a location name nor coordinates is not scored for location), killed,
  injured and ACLED event_type / sub_event_type.

Both return pydantic reports with ``.table()`` (a rich Table) and ``.model_dump()``.
"""

from __future__ import annotations

import collections
import datetime as dt
import itertools
import json
import math
import re
import unicodedata
from collections.abc import Callable, Iterable, Iterator, Mapping
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel
from rich.markup import escape
from rich.table import Table

from claimledger.models import ClaimIn, ClaimOut, Figure, SourceText

FIGURE_FIELDS = ("killed", "injured", "captured", "missing")
_STOP = {"the", "of", "a", "an", "and", "per", "via", "as", "by", "in", "to", "for", "cited", "quoted",
         "reported", "said", "on"}
# claim families scored by their own gold layer (issue 7: evaluate_characterizations), not by gold.jsonl
OTHER_FAMILY_TYPES = frozenset({"characterization", "responsibility", "recognition", "legal_action"})
ACLED_EVENT_TYPES = {"Battles", "Explosions/Remote violence", "Violence against civilians", "Protests", "Riots",
                     "Strategic developments"}


class PRF(BaseModel):
    """Precision, recall and F1 with their counts."""

    tp: int
    pred: int
    gold: int
    precision: float
    recall: float
    f1: float

    @classmethod
    def of(cls, tp: int, pred: int, gold: int) -> PRF:
        p = tp / pred if pred else (1.0 if gold == 0 else 0.0)
        r = tp / gold if gold else (1.0 if pred == 0 else 0.0)
        f = 2 * p * r / (p + r) if p + r else 0.0
        return cls(tp=tp, pred=pred, gold=gold, precision=round(p, 4), recall=round(r, 4), f1=round(f, 4))


class Recall(BaseModel):
    matched: int
    gold: int
    recall: float


class GoldReport(BaseModel):
    """Field-level scores of claims against a gold file."""

    gold_path: str
    date_mode: str
    place_aliases: str | None = None
    n_gold: int
    n_pred: int
    unlocated_pred_evidence: int
    fields: dict[str, PRF]
    recall_by_affiliation: dict[str, Recall]
    killed_recall_by_affiliation: dict[str, Recall]

    def table(self) -> Table:
        """A rich table: one row per field, then recall per source affiliation."""
        t = Table(title=f"claimledger eval: {self.gold_path} ({self.n_pred} predicted, {self.n_gold} gold)",
                  caption=f"place aliases: {self.place_aliases}" if self.place_aliases else None)
        for col in ("field", "P", "R", "F1", "tp/pred/gold"):
            t.add_column(col, justify="right" if col != "field" else "left")
        for name, v in self.fields.items():
            t.add_row(name, f"{v.precision:.3f}", f"{v.recall:.3f}", f"{v.f1:.3f}", f"{v.tp}/{v.pred}/{v.gold}")
        t.add_section()
        t.add_row("recall by affiliation", "", "claims R", "killed R", "claims / killed")
        for aff, r in self.recall_by_affiliation.items():
            k = self.killed_recall_by_affiliation.get(aff)
            killed = f"{k.recall:.3f}" if k and k.gold else "-"
            counts = f"{r.matched}/{r.gold} / {k.matched}/{k.gold}" if k and k.gold else f"{r.matched}/{r.gold}"
            t.add_row(escape(aff), "", f"{r.recall:.3f}", killed, counts)
        return t


class Accuracy(BaseModel):
    correct: int
    total: int
    accuracy: float

    @classmethod
    def of(cls, correct: int, total: int) -> Accuracy:
        return cls(correct=correct, total=total, accuracy=round(correct / total, 4) if total else 0.0)


class ExternalReport(BaseModel):
    """Per-record accuracy on a one-event-per-record benchmark file."""

    path: str
    dataset: str
    records: int
    fields: dict[str, Accuracy]

    def table(self) -> Table:
        t = Table(title=f"claimledger eval --external {self.path} ({self.records} records)")
        for col in ("field", "accuracy", "correct/total"):
            t.add_column(col, justify="right" if col != "field" else "left")
        for name, a in self.fields.items():
            t.add_row(name, f"{a.accuracy:.3f}", f"{a.correct}/{a.total}")
        return t


# ------------------------------------------------------------------ normalisation helpers


def norm(s: str | None) -> str:
    """Fold case, accents and punctuation ("Gəncə," -> "gence")."""
    s = unicodedata.normalize("NFKD", s or "")
    s = "".join(ch for ch in s if not unicodedata.combining(ch)).replace("ı", "i").lower()
    return " ".join(re.sub(r"[^a-z0-9]+", " ", s).split())


def _names_match(a: str, b: str) -> bool:
    try:
        from claimledger.extract.gazetteer import names_match
    except ImportError:  # the gazetteer is optional for scoring
        return False
    try:
        return bool(names_match(a, b))
    except Exception:  # noqa: BLE001 - a broken gazetteer must not break scoring
        return False


PlaceAliases = Mapping[str, str]
"""Spelling variants a gold set accepts for its places: normalised variant -> normalised canonical name."""


def load_place_aliases(path: str | Path) -> dict[str, str]:
    """A gold set's place aliases (``tools/place_aliases.json`` of the dev set: ``{"canonical": [variants]}``,
    keys starting with ``_`` are comments), as normalised variant -> normalised canonical name."""
    raw = json.loads(Path(path).read_text(encoding="utf-8"))
    table: dict[str, str] = {}
    for canonical, variants in raw.items():
        if canonical.startswith("_") or not isinstance(variants, list):
            continue
        for name in [canonical, *variants]:
            table[norm(name)] = norm(canonical)
    return table


def default_place_aliases(gold_path: str | Path) -> Path | None:
    """A gold set's own place alias file, ``tools/place_aliases.json`` beside the gold file, when there is one."""
    path = Path(gold_path).parent / "tools" / "place_aliases.json"
    return path if path.is_file() else None


def _aliases_agree(g: str, n: str, aliases: PlaceAliases) -> bool:
    """Two normalised names agree through the alias table: the same canonical name, token containment of the
    canonical names, or one name's canonical form among the other's tokens read as aliases ("X town" vs a
    variant of X)."""
    cg, cp = aliases.get(g, g), aliases.get(n, n)
    if cg == cp:
        return True
    tg, tp = set(cg.split()), set(cp.split())
    if tg and tp and (tg <= tp or tp <= tg):
        return True
    ag = {aliases.get(t, t) for t in g.split()} | {cg}
    ap = {aliases.get(t, t) for t in n.split()} | {cp}
    return bool(ag & ap - {""}) and (cg in ap or cp in ag)


def place_agree(gold: str | None, pred: Iterable[str | None], aliases: PlaceAliases | None = None) -> bool:
    """True when a gold place name agrees with any predicted name (text or resolved name): the same
    normalised name, token containment, the gazetteer's alternate names, or the gold set's ``aliases``."""
    if gold is None:
        return True
    g = norm(gold)
    for p in pred:
        if not p:
            continue
        n = norm(p)
        if not n:
            continue
        if n == g:
            return True
        tg, tp = set(g.split()), set(n.split())
        if tg <= tp or tp <= tg:
            return True
        if aliases and _aliases_agree(g, n, aliases):
            return True
        if _names_match(gold, p) or any(_names_match(t, p) for t in tg if len(t) > 3):
            return True
    return False


def parse_date(s: str | None) -> tuple[dt.date, dt.date] | None:
    """'YYYY', 'YYYY-MM', 'YYYY-MM-DD' or 'A/B' -> (first, last) day."""
    if not s:
        return None
    parts = str(s).split("/")
    spans = []
    for p in parts[:2]:
        p = p.strip()
        try:
            if re.fullmatch(r"\d{4}", p):
                spans.append((dt.date(int(p), 1, 1), dt.date(int(p), 12, 31)))
            elif re.fullmatch(r"\d{4}-\d{1,2}", p):
                y, m = map(int, p.split("-"))
                nxt = dt.date(y + (m == 12), m % 12 + 1, 1)
                spans.append((dt.date(y, m, 1), nxt - dt.timedelta(days=1)))
            else:
                d0 = dt.date.fromisoformat(p)
                spans.append((d0, d0))
        except ValueError:
            return None
    return (spans[0][0], spans[-1][1]) if spans else None


def locate(text: str, evidence: str | None) -> tuple[int, int] | None:
    """Where ``evidence`` occurs in ``text``: exactly, else with whitespace collapsed."""
    if not evidence:
        return None
    i = text.find(evidence)
    if i >= 0:
        return i, i + len(evidence)
    idx: list[int] = []
    chars: list[str] = []
    prev_space = False
    for k, ch in enumerate(text):
        if ch.isspace():
            if prev_space:
                continue
            prev_space = True
            chars.append(" ")
        else:
            prev_space = False
            chars.append(ch)
        idx.append(k)
    flat = "".join(chars)
    e = " ".join(evidence.split())
    j = flat.find(e)
    if j < 0 or not e:
        return None
    return idx[j], idx[j + len(e) - 1] + 1


def listed_inconsistencies(md: str, text: str) -> dict[str, list[tuple[int, int]]]:
    """Spans of the quotes a checker lists per item, in the format of
    ``shared/dev/internal_inconsistencies.md`` (``### A1. ...`` headings, ``> quote`` lines).

    md (str): the markdown list. text (str): the document it quotes.
    RETURNS (dict): item id (A1, B2, ...) -> located spans of its quotes.
    """
    items: dict[str, list[tuple[int, int]]] = {}
    current = None
    for line in md.splitlines():
        m = re.match(r"###\s+([ABC]\d+)\.", line)
        if m:
            current = m.group(1)
            items[current] = []
        elif line.startswith("> ") and current:
            span = locate(text, line[2:])
            if span:
                items[current].append(span)
    return items


def _iou(a: tuple[int, int], b: tuple[int, int]) -> float:
    inter = min(a[1], b[1]) - max(a[0], b[0])
    if inter <= 0:
        return 0.0
    return inter / (max(a[1], b[1]) - min(a[0], b[0]))


def _tokens(s: str | None) -> set[str]:
    return {t for t in norm(s).split() if t not in _STOP}


def attribution_agree(gold: str | None, pred: str | None) -> bool:
    """Token overlap: Jaccard >= 0.3, or one token set inside the other."""
    a, b = _tokens(gold), _tokens(pred)
    if not a or not b:
        return False
    return a <= b or b <= a or len(a & b) / len(a | b) >= 0.3


# ------------------------------------------------------------------ predicted claims in gold shape


def _is_part(f: Figure) -> bool:
    """A part of an enumerated list ("4 militiamen, 1 soldier and 1 policeman were killed")."""
    return "+list" in f.rule


def _pred_figure(claim: ClaimIn, kind: str) -> dict[str, Any] | None:
    # the dev gold does no arithmetic: the parts of a list are other figures, not a casualty total
    for f in claim.figures:
        if f.kind == kind and f.qualifier != "vague" and not _is_part(f):
            if f.qualifier == "range":
                return {"value": f.value, "qualifier": "at_least", "max": f.high}
            return {"value": f.value, "qualifier": f.qualifier}
    return None


def gold_other_figures(claim: ClaimIn) -> list[Figure]:
    """The figures of a claim a gold line lists as ``other_figures``: counted things, the displaced and the parts
    of a list of victims, not vague words."""
    return [f for f in claim.figures if (f.kind in ("other", "displaced") or _is_part(f)) and f.qualifier != "vague"]


def claim_to_gold_shape(claim: ClaimOut) -> dict[str, Any]:
    """A predicted claim in the dev gold schema (what the matching rule compares)."""
    d = claim.date
    date = None
    if d.start is not None:
        end = d.end or d.start
        date = d.start.isoformat() if end == d.start else f"{d.start.isoformat()}/{end.isoformat()}"
    return {
        "doc": claim.doc,
        "incident": claim.incident_id,
        # a denial's type: ``denial`` (issue #3) or the type of the incident it denies (as the dev gold codes it)
        "type": claim.denied_type or claim.type,
        "types": {claim.type, claim.denied_type or claim.type},
        "place_names": [claim.place.text, claim.place.name],
        "country": claim.place.country,
        "date": date,
        **{k: _pred_figure(claim, k) for k in FIGURE_FIELDS},
        "other_figures": [{"value": f.value} for f in gold_other_figures(claim)],
        "attributed_to": claim.attributed_to.name,
        "span": (claim.evidence.start, claim.evidence.end),
    }


def _date_agree(g: dict[str, Any], p: dict[str, Any], mode: str) -> bool:
    cands = [g.get("date")] + ([g["date_as_written"]] if g.get("date_as_written") else [])
    pd = p.get("date")
    for gd in cands:
        if gd is None and pd is None:
            return True
        if gd is None or pd is None:
            continue
        a, b = parse_date(gd), parse_date(pd)
        if not a or not b:
            continue
        if mode == "exact":
            if a == b:
                return True
        elif a[0] <= b[1] and b[0] <= a[1]:
            return True
    return False


def _fig_equal(g: dict[str, Any] | None, p: dict[str, Any] | None, strict: bool) -> bool:
    if g is None or p is None:
        return False
    try:
        if abs(float(g["value"]) - float(p["value"])) > 1e-9:
            return False
    except (KeyError, TypeError, ValueError):
        return False
    if not strict:
        return True
    return g.get("qualifier") == p.get("qualifier") and g.get("max") == p.get("max")


def _match(gold: list[dict[str, Any]], pred: list[dict[str, Any]], texts: dict[str, str], mode: str,
           check_place: bool = True, aliases: PlaceAliases | None = None) -> list[tuple[int, int]]:
    gspan = {i: locate(texts.get(g["doc"], ""), g.get("evidence")) for i, g in enumerate(gold)}
    by_doc: dict[str, list[int]] = collections.defaultdict(list)
    for j, p in enumerate(pred):
        by_doc[p["doc"]].append(j)
    cands = []
    for i, g in enumerate(gold):
        gs = gspan[i]
        if gs is None:
            continue
        for j in by_doc.get(g["doc"], []):
            p = pred[j]
            ov = _iou(gs, p["span"])
            if ov <= 0 or not _date_agree(g, p, mode):
                continue
            if check_place and not place_agree(g.get("place"), p["place_names"], aliases):
                continue
            sim = int(attribution_agree(g.get("attributed_to"), p["attributed_to"]))
            sim += sum(_fig_equal(g.get(f), p.get(f), False) for f in FIGURE_FIELDS)
            sim += int(g.get("type") in p["types"])
            cands.append((ov, sim, i, j))
    cands.sort(key=lambda c: (-c[0], -c[1]))
    used_g: set[int] = set()
    used_p: set[int] = set()
    pairs = []
    for _ov, _sim, i, j in cands:
        if i in used_g or j in used_p:
            continue
        used_g.add(i)
        used_p.add(j)
        pairs.append((i, j))
    return pairs


def evaluate_gold(gold_path: str | Path, claims: list[ClaimOut], documents: dict[str, dict[str, Any]],
                  *, date_mode: Literal["overlap", "exact"] = "overlap", check_place: bool = True,
                  place_aliases: str | Path | None = None, aliases: PlaceAliases | None = None) -> GoldReport:
    """Score claims against a gold file.

    gold_path (Path): gold claims, one JSON object per line (``shared/dev/gold.jsonl`` format).
    claims (list[ClaimOut]): the predicted claims; ``claim.doc`` is the document label. Claims of
        the characterization family (``OTHER_FAMILY_TYPES``) are left out: they have their own gold.
    documents (dict): document label -> ``{"text": str, "affiliation": str | None}``.
    date_mode (str): ``overlap`` (default) or ``exact``.
    check_place (bool): require place agreement to match (the rule); ``False`` is a diagnostic.
    place_aliases (Path | None): the gold set's spelling variants of places (``tools/place_aliases.json`` of
        the dev set), accepted as agreeing places as the set's own scorer does; ``None``: none.
    aliases (Mapping | None): that file already read (``load_place_aliases``), so it is not read again.
    RETURNS (GoldReport): per-field precision/recall/F1 and recall per affiliation.
    """
    gold = [json.loads(line) for line in Path(gold_path).read_text(encoding="utf-8").splitlines() if line.strip()]
    texts = {k: v.get("text", "") for k, v in documents.items()}
    # in the order of the text (not of claim ids, which hash the extractor's version): equal candidates in ``_match``
    # then pair the same way whatever the ids
    ordered = sorted(claims, key=lambda c: (c.doc, c.evidence.start, c.evidence.end,
                                            c.model_dump_json(exclude={"claim_id", "doc_id", "incident_id", "extractor"})))
    pred = [claim_to_gold_shape(c) for c in ordered if c.doc in texts and c.type not in OTHER_FAMILY_TYPES]
    if aliases is None and place_aliases is not None:
        aliases = load_place_aliases(place_aliases)
    pairs = _match(gold, pred, texts, date_mode, check_place, aliases)
    fields: dict[str, PRF] = {"claims": PRF.of(len(pairs), len(pred), len(gold))}
    tp = sum(1 for i, j in pairs if gold[i].get("type") in pred[j]["types"])
    fields["type"] = PRF.of(tp, len(pred), len(gold))
    tp = sum(1 for i, j in pairs if gold[i].get("country") == pred[j].get("country"))
    fields["country"] = PRF.of(tp, len(pred), len(gold))
    for f in FIGURE_FIELDS:
        ng = sum(1 for g in gold if g.get(f) is not None)
        np_ = sum(1 for p in pred if p.get(f) is not None)
        for strict in (True, False):
            tp = sum(1 for i, j in pairs if _fig_equal(gold[i].get(f), pred[j].get(f), strict))
            fields[f"{f}.{'strict' if strict else 'value'}"] = PRF.of(tp, np_, ng)
    ng = sum(len(g.get("other_figures") or []) for g in gold)
    np_ = sum(len(p["other_figures"]) for p in pred)
    tp = 0
    for i, j in pairs:
        gv = collections.Counter(float(o["value"]) for o in gold[i].get("other_figures") or [])
        pv = collections.Counter(float(o["value"]) for o in pred[j]["other_figures"])
        tp += sum((gv & pv).values())
    fields["other_figures.value"] = PRF.of(tp, np_, ng)
    tp = sum(1 for i, j in pairs if attribution_agree(gold[i].get("attributed_to"), pred[j]["attributed_to"]))
    fields["attributed_to"] = PRF.of(tp, len(pred), len(gold))
    tp = sum(1 for i, j in pairs if gold[i].get("date") and pred[j]["date"] and _date_agree(gold[i], pred[j], "exact"))
    fields["date.exact"] = PRF.of(tp, sum(1 for p in pred if p["date"]), sum(1 for g in gold if g.get("date")))
    tp = sum(1 for i, j in pairs if gold[i].get("place") is not None and any(pred[j]["place_names"])
             and place_agree(gold[i]["place"], pred[j]["place_names"], aliases))
    fields["place"] = PRF.of(tp, sum(1 for p in pred if any(p["place_names"])), sum(1 for g in gold if g.get("place")))
    gl = pl = both = 0
    for (i1, j1), (i2, j2) in itertools.combinations(pairs, 2):
        g_same = gold[i1]["incident"] == gold[i2]["incident"]
        p_same = (pred[j1].get("incident") or f"#{j1}") == (pred[j2].get("incident") or f"#{j2}")
        gl += g_same
        pl += p_same
        both += g_same and p_same
    fields["linking.pairwise"] = PRF.of(both, pl, gl)
    matched_g = {i for i, _ in pairs}
    strict_killed = {i for i, j in pairs if _fig_equal(gold[i].get("killed"), pred[j].get("killed"), True)}
    by_aff: dict[str, list[int]] = collections.defaultdict(list)
    for i, g in enumerate(gold):
        by_aff[documents.get(g["doc"], {}).get("affiliation") or "unknown"].append(i)
    rec = {a: Recall(matched=sum(i in matched_g for i in ix), gold=len(ix),
                     recall=round(sum(i in matched_g for i in ix) / len(ix), 4)) for a, ix in sorted(by_aff.items())}
    krec = {}
    for a, ix in sorted(by_aff.items()):
        kg = [i for i in ix if gold[i].get("killed") is not None]
        hit = sum(i in strict_killed for i in kg)
        krec[a] = Recall(matched=hit, gold=len(kg), recall=round(hit / len(kg), 4) if kg else 0.0)
    unlocated = sum(1 for c in claims if c.doc in texts and texts[c.doc][c.evidence.start:c.evidence.end] != c.evidence.text)
    return GoldReport(gold_path=str(gold_path), date_mode=date_mode,
                      place_aliases=str(place_aliases) if place_aliases is not None else None,
                      n_gold=len(gold), n_pred=len(pred),
                      unlocated_pred_evidence=unlocated, fields=fields, recall_by_affiliation=rec,
                      killed_recall_by_affiliation=krec)


# ------------------------------------------------------------------ external benchmark


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in kilometres."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(min(1.0, a)))


ExtractFn = Callable[[SourceText], "list[ClaimIn] | ClaimIn | None"]


def _event_of(result: list[ClaimIn] | ClaimIn | None) -> ClaimIn | None:
    if result is None or isinstance(result, ClaimIn):
        return result
    if not result:
        return None
    with_killed = [c for c in result if any(f.kind == "killed" for f in c.figures)]
    return (with_killed or result)[0]


def _killed(claim: ClaimIn | None, kind: str) -> int | float:
    """The record's count of ``kind``: the first stated figure, or the sum of one list's parts
    (event datasets code the total of "4 militiamen, 1 soldier and 1 policeman were killed")."""
    if claim is None:
        return 0
    parts = [f for f in claim.figures if f.kind == kind and _is_part(f) and f.qualifier != "vague"]
    if parts and claim.figures and next(f for f in claim.figures if f.kind == kind) in parts:
        return sum(f.value for f in parts)
    for f in claim.figures:
        if f.kind == kind and f.qualifier != "vague":
            return f.value
    for f in claim.figures:
        if f.kind == kind:
            return f.value
    return 0


def _date_ok(gold: str, claim: ClaimIn | None) -> bool:
    if claim is None or claim.date.start is None:
        return False
    g = parse_date(gold)
    if g is None:
        return False
    start = claim.date.start
    end = claim.date.end or start
    if g[0] == g[1]:
        return start <= g[0] <= end and (end - start).days <= 7
    return g[0] <= start <= g[1]


UNKNOWN_LOCATIONS = frozenset({"", "unknown", "unspecified", "not specified"})


def coded_location(gold: dict[str, Any]) -> dict[str, Any] | None:
    """What a record codes as its location: the place name (and coordinates); a coder who placed the
    event only within a province ("Unknown", GTD specificity 4) codes that province's name; a record
    with neither a name nor coordinates codes no location (None: not scored, like an uncoded toll)."""
    name = (gold.get("location") or "").strip()
    if name.lower() not in UNKNOWN_LOCATIONS:
        return gold
    if gold.get("lat") is None:
        return None
    return {**gold, "location": gold.get("admin1"), "location_level": "admin1"}


def _location_ok(gold: dict[str, Any], claim: ClaimIn | None) -> bool:
    if claim is None:
        return False
    p = claim.place
    names = [p.text, p.name] + ([p.admin1] if gold.get("location_level") == "admin1" else [])
    if gold.get("location") and place_agree(gold["location"], names) and any(names):
        return True
    if gold.get("lat") is not None and gold.get("lon") is not None and p.lat is not None and p.lon is not None:
        return haversine_km(float(gold["lat"]), float(gold["lon"]), p.lat, p.lon) <= 25.0
    return False


def external_records(path: str | Path, limit: int | None = None) -> Iterator[tuple[int, dict[str, Any]]]:
    """The records of a ``shared/bench/external`` JSONL file with their line index, blank lines
    skipped; only lines before ``limit`` are read."""
    with Path(path).open(encoding="utf-8") as fh:
        for k, line in enumerate(fh):
            if limit is not None and k >= limit:
                break
            if line.strip():
                yield k, json.loads(line)


def record_outcome(gold: dict[str, Any], text: str, claim: ClaimIn | None) -> dict[str, bool]:
    """Per coded field of one external record, whether ``claim`` (its event-level claim) agrees;
    fields the record does not code are absent."""
    ok: dict[str, bool] = {}
    if gold.get("date"):
        ok["date"] = _date_ok(gold["date"], claim)
        if str(gold["date"])[:4] in text:
            ok["date.year_in_text"] = ok["date"]
    located = coded_location(gold)
    if located is not None:
        ok["location"] = _location_ok(located, claim)
    for kind in ("killed", "injured"):
        if gold.get(kind) is not None:
            ok[kind] = _killed(claim, kind) == gold[kind]
    if gold.get("event_type") in ACLED_EVENT_TYPES:
        extra = claim.extra if claim is not None else {}
        ok["event_type"] = extra.get("acled_event_type") == gold["event_type"]
        if gold.get("sub_event_type"):
            ok["sub_event_type"] = extra.get("acled_sub_event_type") == gold["sub_event_type"]
    return ok


def evaluate_external(path: str | Path, extract_fn: ExtractFn | None = None, *, limit: int | None = None) -> ExternalReport:
    """Score one-event-per-record data (``shared/bench/external`` format).

    path (Path): JSONL, one ``{"id", "text", "gold": {...}}`` record per line.
    extract_fn (callable): ``SourceText -> list[ClaimIn] | ClaimIn | None``; default
        :func:`claimledger.extract.pipeline.extract_event` (one event-level claim per text).
    limit (int | None): score only the first ``limit`` records.
    RETURNS (ExternalReport): accuracy per field over the records that code it;
        ``date.year_in_text`` counts only records whose text states the year (some
        ACLED exports' notes carry no year, e.g. "On 6 September, ...").
    """
    if extract_fn is None:
        from claimledger.extract.pipeline import extract_event

        extract_fn = extract_event
    counts: dict[str, list[int]] = collections.defaultdict(lambda: [0, 0])
    n = 0
    dataset = ""
    for k, rec in external_records(path, limit):
        dataset = rec.get("source_dataset") or dataset
        gold = rec.get("gold") or {}
        text = rec.get("text") or ""
        n += 1
        claim = _event_of(extract_fn(SourceText(doc_id=str(rec.get("id", k)), text=text)))

        for field, ok in record_outcome(gold, text, claim).items():
            counts[field][0] += int(ok)
            counts[field][1] += 1
    fields = {k: Accuracy.of(v[0], v[1]) for k, v in counts.items()}
    return ExternalReport(path=str(path), dataset=dataset or Path(path).stem, records=n, fields=fields)
