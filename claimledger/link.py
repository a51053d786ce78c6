"""Linking: group claims, across documents, into incidents (DESIGN.md "Incidents and grading").

A pair of claims is scored on transparent signals, each recorded with its value:

* ``type``: the incident types' families (``data/linking.json``); incompatible families veto;
  between claims of one document, a type only carried from the document's default is no evidence;
* ``place``: same gazetteer entry or name, a similar spelling, within a distance that
  depends on the places' precision, or one inside the other (same country / admin1 with
  a coarser precision; admin1 names compared by their core); different countries or
  distant places veto, except a town named like its province (it may mean the province);
  in a report about one place, a name the gazetteer does not know may lie inside the
  region the report names;
* ``date``: same day, one range inside the other, overlapping, or adjacent days; disjoint
  dates veto (not a denial's date, which is when it was made, nor a date carried from
  context unless both are and they are months apart, nor burials in one mass grave);
* ``actors``: the same or a different perpetrator (both stated), the same target;
* ``figure``: across documents, the same distinctive casualty figure ("471 killed");
* ``document``: the same document, and a repeated mention there (same body, same figure).

Linking is conservative. Two claims are *positively* linked only when nothing vetoes
them, the score reaches ``merge_threshold`` and there is positive place evidence (or a
repeat mention in one document): a claim without place and date never merges on type
alone. Clusters grow by single links under a complete veto check (no member of one may
veto a member of the other). Claims with a precise place and date are clustered first;
claims with a coarse or missing date or place then join a cluster only when exactly one
cluster accepts them (an undated "Ganja" claim next to five dated strikes on Ganja stays
apart); the rest cluster among themselves by complete linkage over statements (repeats and
the linked claims of a report about one place count as one). A group of denials joins the
dominant incident it links to, or the only incident at its place. Aggregate claims ("five
missile attacks on Ganja killed 26", "the war killed ...", recognised by the cue patterns
of ``data/linking.json``) never merge with single-incident claims; an aggregate incident
becomes the parent of the incidents inside its place and period. Groups pinned by a person
keep their claims and are never merged with another group; a new claim that fits one (and
no other incident better) may join it.
"""

from __future__ import annotations

import datetime as dt
import json
import math
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from functools import cache, lru_cache
from importlib import resources
from typing import Any

from claimledger.extract.dates import month_day
from claimledger.models import ClaimOut, DateValue, PlaceValue, denies_incident

# --- rules -----------------------------------------------------------------------------


@cache
def rules() -> dict[str, Any]:
    """The linking, comparison and audit rules (``claimledger/data/linking.json``)."""
    text = resources.files("claimledger").joinpath("data/linking.json").read_text(encoding="utf-8")
    return json.loads(text)


@cache
def _family_of() -> dict[str, str]:
    out: dict[str, str] = {}
    for family, types in rules()["type_families"].items():
        for t in types:
            out.setdefault(t, family)
    return out


@cache
def _aggregate_pattern() -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{p})" for p in rules()["aggregate_cues"]), re.IGNORECASE)


@cache
def _aggregate_lower() -> tuple[re.Pattern[str], ...] | None:
    """``_aggregate_pattern`` for lower-cased text, case-sensitive (about 4x faster), in two searches: the
    cues whose every match opens at the start of the text (``^``), and the others; ``None`` when a cue has a
    case-sensitive part. An alternation matches where one of its cues does, so the text holds a match of
    the whole when one of the two searches finds one. Apart, the others' search opens with the characters
    their matches can start with (``compile_fast``), which ``re`` skips to, instead of trying each position
    for the start-of-text branch."""
    from claimledger.extract.fastre import at_start, compile_fast, lower_pattern, opening_holds

    if "(?-i" in _aggregate_pattern().pattern:
        return None
    cues = [lower_pattern(c) for c in rules()["aggregate_cues"]]
    opening = [c for c in cues if opening_holds(c, 0, at_start, past_lookarounds=True)]
    rest = [c for c in cues if c not in opening]
    return tuple(compile_fast("|".join(f"(?:{c})" for c in part)) for part in (rest, opening) if part)


def states_total_searches() -> tuple[re.Pattern[str], ...] | None:
    """The searches ``states_total`` runs over a lower-cased text (``None``: it runs the case-insensitive
    pattern instead); a text holds a total when one of them matches in it."""
    return _aggregate_lower()


def states_total(text: str) -> bool:
    """Whether a text words a total over several incidents or a period (``aggregate_cues`` of
    ``data/linking.json``: "since the war began", "five missile attacks on ...")."""
    fast = _aggregate_lower()
    if fast is not None:
        low = text.lower()
        if len(low) == len(text):  # lower-casing kept every offset
            for rx in fast:
                if rx.search(low) is not None:
                    return True
            return False
    return _aggregate_pattern().search(text) is not None


def type_family(claim_type: str) -> str | None:
    """The family of an incident type; ``None`` for wildcard types (other, denial, ...)."""
    if claim_type in rules()["wildcard_types"]:
        return None
    return _family_of().get(claim_type, claim_type)


@lru_cache(maxsize=200_000)
def fold(text: str) -> str:
    """Case-, accent- and punctuation-insensitive form of a name."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = text.replace("ı", "i").casefold()
    text = re.sub(r"[^\w\s]", " ", text)
    return " ".join(text.split())


# --- signals ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Signal:
    """One linking signal: which (``name``), what it found (``value``) and its weight."""

    name: str
    value: str
    weight: float

    def as_dict(self) -> dict[str, Any]:
        return {"signal": self.name, "value": self.value, "weight": self.weight}


@dataclass(frozen=True)
class PairScore:
    score: float
    signals: tuple[Signal, ...]
    veto: str | None = None
    place_positive: bool = False
    repeat: bool = False

    @property
    def positive(self) -> bool:
        """Linked on positive evidence: no veto, enough score, and either a repeat mention or
        a place signal plus a second kind of evidence (date, same type family, same actor)."""
        if self.veto is not None or self.score < rules()["merge_threshold"]:
            return False
        if self.repeat:
            return True
        kinds = {s.name for s in self.signals if s.weight > 0 and s.name in ("date", "type", "perpetrator", "target")}
        kinds |= {s.name for s in self.signals if s.name == "document" and "one place" in s.value}
        return self.place_positive and bool(kinds)


def place_key(place: PlaceValue) -> str | None:
    name = place.name or place.text
    return fold(name) if name else None


def _known(place: PlaceValue) -> bool:
    return bool(place.name or place.text or place.geonameid or place.lat is not None)


def _haversine_km(a: PlaceValue, b: PlaceValue) -> float:
    assert a.lat is not None and a.lon is not None and b.lat is not None and b.lon is not None
    la1, lo1, la2, lo2 = map(math.radians, (a.lat, a.lon, b.lat, b.lon))
    h = math.sin((la2 - la1) / 2) ** 2 + math.cos(la1) * math.cos(la2) * math.sin((lo2 - lo1) / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(min(1.0, h)))


def _rank(place: PlaceValue) -> int:
    return rules()["precision_rank"].get(place.precision or "unresolved", 0)


def _km_within(a: PlaceValue, b: PlaceValue) -> float | None:
    """The distance between two places when both have coordinates and it is within the
    near distance of the coarser one's precision, else None."""
    if a.lat is None or a.lon is None or b.lat is None or b.lon is None:
        return None
    km = _haversine_km(a, b)
    coarser = a if _rank(a) >= _rank(b) else b
    return km if km <= rules()["near_km"].get(coarser.precision or "unresolved", 15) else None


def place_signal(a: PlaceValue, b: PlaceValue) -> tuple[Signal | None, str | None]:
    """Compare two places. RETURNS (signal or None, veto reason or None)."""
    w = rules()["weights"]
    if not _known(a) or not _known(b):
        return None, None
    ka, kb = place_key(a), place_key(b)
    if a.geonameid is not None and a.geonameid == b.geonameid:
        return Signal("place", f"same entry {a.name or ka} ({a.geonameid})", w["same_place"]), None
    if ka and kb and ka == kb:
        if a.country and b.country and a.country != b.country:
            km = _km_within(a, b)
            if km is not None:  # one name read as two neighbouring entries (a town / its district)
                return Signal("place", f"same name {ka}, entries in {a.country} / {b.country} {km:.0f} km apart",
                              w["same_place"]), None
            return Signal("place", f"same name {ka}, countries {a.country} / {b.country}",
                          w["same_name_other_country"]), None
        return Signal("place", f"same name {ka}", w["same_place"]), None
    if a.country and b.country and a.country != b.country:
        return None, f"different countries {a.country} / {b.country}"
    ra, rb = _rank(a), _rank(b)
    if ra != rb:
        coarse, fine = (a, b) if ra > rb else (b, a)
        inside = False
        if coarse.precision == "country" and coarse.country and coarse.country == fine.country or \
                same_admin(coarse.admin1, fine.admin1) and coarse.country == fine.country:
            inside = True
        elif coarse.admin1 and fine.admin1 and not same_admin(coarse.admin1, fine.admin1):
            return None, f"{fine.name or place_key(fine)} is not inside {coarse.name or place_key(coarse)}"
        ck, fk = place_key(coarse), place_key(fine)
        if not inside and ck and fk and (f" {ck} " in f" {fk} "):
            inside = True  # "Bucha district" contains "Bucha"
        if inside:
            return Signal("place", f"{fine.name or fk} inside {coarse.name or ck}", w["place_contains"]), None
    if a.lat is not None and a.lon is not None and b.lat is not None and b.lon is not None:
        km = _haversine_km(a, b)
        coarser = a if ra >= rb else b
        limit = rules()["near_km"].get(coarser.precision or "unresolved", 15)
        if km <= limit:
            return Signal("place", f"{km:.0f} km apart (within {limit} km)", w["near_place"]), None
        for town, other in ((a, b), (b, a)):
            if names_its_province(town) and town.country == other.country and same_admin(town.admin1, other.admin1):
                return Signal("place", f"{km:.0f} km apart, but {town.name or place_key(town)} may name its "
                                       f"province", 0.0), None
        return None, f"{km:.0f} km apart (over {limit} km)"
    if ka and kb:
        if f" {ka} " in f" {kb} " or f" {kb} " in f" {ka} ":
            longer = ka if len(ka) > len(kb) else kb
            if set(longer.split()) & set(rules()["admin_words"]):
                return Signal("place", f"{ka} / {kb}: one inside the other", w["place_contains"]), None
            return Signal("place", f"name {ka} / {kb}: one contains the other", w["similar_place_name"]), None
        admin = set(rules()["admin_words"])
        core_a = " ".join(t for t in ka.split() if t not in admin)
        core_b = " ".join(t for t in kb.split() if t not in admin)
        if core_a and core_a == core_b:
            return Signal("place", f"{ka} / {kb}: areas of {core_a}", w["place_contains"]), None
        ratio = SequenceMatcher(None, ka, kb).ratio()
        if ratio >= rules()["similar_name_ratio"]:
            return Signal("place", f"similar names {ka} / {kb} ({ratio:.2f})", w["similar_place_name"]), None
        if ra == rb:
            return None, f"different places {ka} / {kb}"
    return None, None


def _admin_core(name: str) -> str:
    admin = set(rules()["admin_words"])
    return " ".join(t for t in fold(name).split() if t not in admin)


def same_admin(a: str | None, b: str | None) -> bool:
    """Whether two first-level division names (or codes) name one division: equal once folded
    and stripped of admin words, or one the other plus a short adjectival ending
    ("Kyiv" / "Kyivska oblast", "Idlib" / "Idlib Governorate")."""
    if not a or not b:
        return False
    ca, cb = _admin_core(a), _admin_core(b)
    if not ca or not cb:
        return False
    if ca == cb:
        return True
    short, long_ = (ca, cb) if len(ca) <= len(cb) else (cb, ca)
    return len(short) >= 4 and long_.startswith(short) and len(long_) - len(short) <= rules()["admin_suffix_max"] \
        and " " not in long_[len(short):]


def names_its_province(place: PlaceValue) -> bool:
    """A town that gives its name to its first-level division (Idlib, Donetsk): a mention may
    mean either, so distance alone does not set it apart from places of that division."""
    return place.precision in ("locality", "unresolved", None) and bool(place.name) and \
        same_admin(place.name, place.admin1)


def date_bounds(date: DateValue) -> tuple[dt.date, dt.date] | None:
    if date.start is None and date.end is None:
        return None
    start = date.start or date.end
    end = date.end or date.start
    assert start is not None and end is not None
    return (start, end) if start <= end else (end, start)


def date_span_days(date: DateValue) -> int | None:
    bounds = date_bounds(date)
    return None if bounds is None else (bounds[1] - bounds[0]).days + 1


def inferred(rule: str) -> bool:
    """Whether a field was carried from the paragraph or document rather than found in the sentence."""
    return rule.startswith(tuple(rules()["inferred_rule_prefixes"]))


def date_signal(a: DateValue, b: DateValue) -> tuple[Signal | None, str | None]:
    """Compare two incident dates at their precision. RETURNS (signal or None, veto or None).

    A date carried from the paragraph or document (rule ``document:``/``paragraph:``) is
    weaker evidence: when it disagrees, the pair gets no date signal instead of a veto; unless
    both are inferred and months apart (``inferred_max_gap_days``): two documents about
    different periods."""
    sig, veto = _date_signal(a, b)
    if veto is not None and (inferred(a.rule) or inferred(b.rule)):
        if inferred(a.rule) and inferred(b.rule) and _gap_days(a, b) > rules()["inferred_max_gap_days"]:
            return None, f"{veto}; both inferred from context, over {rules()['inferred_max_gap_days']} days apart"
        return Signal("date", f"{veto}, but a date is inferred from context", 0.0), None
    if veto is not None and (_same_days_in_another_year(a, b) or _same_days_in_another_year(b, a)):
        return Signal("date", f"{veto}, but the same days in another year and a year is not stated", 0.0), None
    return sig, veto


_YEAR = re.compile(r"\b(?:1[5-9]|20)\d\d\b|'\d\d\b")


def _same_days_in_another_year(a: DateValue, b: DateValue) -> bool:
    """Whether ``a``'s text names a day and month but no year (the extractor took the year from
    the publication date) and ``a``'s days, moved by at most ``yearless_max_year_shift`` years
    into ``b``'s year, meet ``b``'s: "on 27 March" in a report published the next spring is most
    likely the 27 March its sources date. A larger shift is an anniversary, another event."""
    ba, bb = date_bounds(a), date_bounds(b)
    if not a.text or _YEAR.search(a.text) or month_day(a.text) is None or ba is None or bb is None \
            or ba[0].year != ba[1].year:
        return False
    shift = rules()["yearless_max_year_shift"]
    for year in {bb[0].year, bb[1].year} - {ba[0].year}:
        if abs(year - ba[0].year) > shift:
            continue
        try:
            s, e = ba[0].replace(year=year), ba[1].replace(year=year)
        except ValueError:
            continue
        if s <= bb[1] and bb[0] <= e:
            return True
    return False


def _date_signal(a: DateValue, b: DateValue) -> tuple[Signal | None, str | None]:
    w = rules()["weights"]
    ba, bb = date_bounds(a), date_bounds(b)
    if ba is None or bb is None:
        return None, None
    (s1, e1), (s2, e2) = ba, bb
    if s1 == s2 and e1 == e2 and s1 == e1:
        return Signal("date", f"same day {s1}", w["same_day"]), None
    if s1 <= e2 and s2 <= e1:
        if (s1 <= s2 and e2 <= e1) or (s2 <= s1 and e1 <= e2):
            return Signal("date", f"{_fmt(ba)} and {_fmt(bb)}: one inside the other", w["date_within"]), None
        return Signal("date", f"{_fmt(ba)} overlaps {_fmt(bb)}", w["date_overlap"]), None
    gap = (s2 - e1).days if s2 > e1 else (s1 - e2).days
    narrow = (e1 - s1).days < 2 and (e2 - s2).days < 2
    if narrow and gap <= rules()["adjacent_day_gap"]:
        return Signal("date", f"{_fmt(ba)} and {_fmt(bb)} are {gap} day apart", w["adjacent_day"]), None
    return None, f"dates {_fmt(ba)} and {_fmt(bb)} are disjoint"


def _gap_days(a: DateValue, b: DateValue) -> int:
    """Days between two dated claims' ranges (0 when they overlap; large when one is undated)."""
    ba, bb = date_bounds(a), date_bounds(b)
    if ba is None or bb is None:
        return 10**6
    return max(0, (bb[0] - ba[1]).days, (ba[0] - bb[1]).days)


def _fmt(bounds: tuple[dt.date, dt.date]) -> str:
    s, e = bounds
    return s.isoformat() if s == e else f"{s.isoformat()}/{e.isoformat()}"


def type_signal(a: str, b: str) -> tuple[Signal | None, str | None]:
    fa, fb = type_family(a), type_family(b)
    if fa is None or fb is None:
        return None, None
    w = rules()["weights"]
    if fa == fb:
        return Signal("type", f"{a} ~ {b} ({fa})", w["same_type"]), None
    pairs = {frozenset(p) for p in rules()["compatible_families"]}
    if frozenset((fa, fb)) in pairs:
        return Signal("type", f"{a} ~ {b} (compatible families)", w["compatible_type"]), None
    return Signal("type", f"{a} / {b}: incompatible families", w["incompatible_type"]), None


def types_compatible(a: str, b: str) -> bool:
    """Whether two incident types may describe one incident (wildcards fit anything)."""
    sig, _ = type_signal(a, b)
    return sig is None or sig.weight >= 0


@lru_cache(maxsize=100_000)
def actor_tokens(text: str | None) -> frozenset[str]:
    if not text:
        return frozenset()
    stop = set(rules()["body_stopwords"])
    return frozenset(t for t in fold(text).split() if t not in stop and len(t) > 2)


def actor_signals(a: ClaimOut, b: ClaimOut) -> list[Signal]:
    w = rules()["weights"]
    out: list[Signal] = []
    pa, pb = actor_tokens(a.actors.perpetrator or a.perpetrator), actor_tokens(b.actors.perpetrator or b.perpetrator)
    if pa and pb:
        if pa & pb:
            out.append(Signal("perpetrator", f"same: {' '.join(sorted(pa & pb))}", w["same_perpetrator"]))
        else:
            out.append(Signal("perpetrator", f"different: {' '.join(sorted(pa))} / {' '.join(sorted(pb))}",
                              w["different_perpetrator"]))
    ta, tb = actor_tokens(a.actors.target), actor_tokens(b.actors.target)
    if ta and tb and ta & tb:
        out.append(Signal("target", f"same: {' '.join(sorted(ta & tb))}", w["same_target"]))
    return out


def body_key(name: str | None) -> frozenset[str]:
    """Normalised tokens of an attributed body ("Russian Defence Ministry (spokesman)")."""
    if not name:
        return frozenset()
    name = re.sub(r"\([^)]*\)", " ", name)
    variants = rules()["spelling_variants"]
    stop = set(rules()["body_stopwords"])
    return frozenset(variants.get(t, t) for t in fold(name).split() if t not in stop)


def same_body(a: frozenset[str], b: frozenset[str]) -> bool:
    """Whether two attributed bodies are one: the same tokens, or one inside the other
    (a lone word only when it is not a generic one: "Kyrylenko" yes, "officials" no)."""
    if not a or not b:
        return False
    if a == b:
        return True
    small, big = (a, b) if len(a) <= len(b) else (b, a)
    if not small <= big:
        return False
    if len(small) >= 2:
        return True
    (word,) = small
    return len(word) >= 4 and word not in set(rules()["generic_body_words"])


def distinctive_figures(claim: ClaimOut) -> set[tuple[str, float]]:
    """Casualty figures precise enough that two sources giving one are likely counting the
    same dead: at least ``distinctive_figure.min`` and not a round number (471, 57; not 20, 300)."""
    cfg = rules()["distinctive_figure"]
    return {(f.kind, float(f.value)) for f in claim.figures
            if f.kind in cfg["kinds"] and f.value >= cfg["min"] and float(f.value).is_integer()
            and int(f.value) % cfg["round"] != 0}


def _figure_values(claim: ClaimOut) -> set[tuple[str, float]]:
    return {(f.kind if f.kind != "other" else f"other:{fold(f.what or '')}", float(f.value)) for f in claim.figures}


def focused_documents(claims: Sequence[ClaimOut]) -> frozenset[str]:
    """Documents about one place: few distinct places stated in their sentences, one dominant.

    In such a document (a news report on one strike) the document itself is evidence that
    two claims at its place are about one incident; in a long text ranging over many
    places and years (an interview, a report) it is not. A document none of whose incident
    claims states a place in its own sentence is judged by the places they carry from their
    paragraph or document: with one place stated, the same document would count as focused,
    so without it, it must not count for less."""
    cfg = rules()["focused_document"]
    stated: dict[str, Counter[str]] = {}
    carried: dict[str, Counter[str]] = {}
    for c in claims:
        key = place_key(c.place)
        if key and c.place.precision != "country" and c.type not in rules()["attached_types"]:
            (carried if inferred(c.place.rule) else stated).setdefault(c.doc_id, Counter())[key] += 1
    places = carried | stated  # a document with places of its own is judged by those
    out = set()
    for doc, counts in places.items():
        total = sum(counts.values())
        if len(counts) <= cfg["max_places"] and counts.most_common(1)[0][1] / total >= cfg["min_share"]:
            out.add(doc)
    return frozenset(out)


def score_pair(a: ClaimOut, b: ClaimOut, focused: frozenset[str] = frozenset()) -> PairScore:
    """Every signal between two claims, the total score and any veto.

    focused (frozenset[str]): ids of documents about one place (``focused_documents``)."""
    signals: list[Signal] = []
    veto: str | None = None
    tsig, tveto = type_signal(a.type, b.type)
    if tsig is not None and a.doc_id == b.doc_id and tsig.value.endswith("(compatible families)"):
        # different sources may characterise one incident differently; one author does not
        tsig = Signal("type", f"{tsig.value}, in one document", 0.0)
    dsig, dveto = claim_date_signal(a, b)
    psig, pveto = place_signal(a.place, b.place)
    if a.doc_id == b.doc_id:
        tsig = _own_evidence(tsig, a.type_rule, b.type_rule, "type")
        if psig is None and pveto is None and a.doc_id in focused:
            psig = _unknown_inside(a.place, b.place)
    for sig, v in ((tsig, tveto), (psig, pveto), (dsig, dveto)):
        if sig is not None:
            signals.append(sig)
        veto = veto or v
    if any(s.name == "type" and s.weight < 0 for s in signals) and not any(s.name == "date" and s.weight > 0
                                                                           for s in signals):
        veto = veto or f"types {a.type} / {b.type} are incompatible and no date agreement outweighs it"
    if a.doc_id == b.doc_id and any(s.name == "date" and "apart" in s.value for s in signals) \
            and not (inferred(a.date.rule) or inferred(b.date.rule)):
        veto = veto or "adjacent days stated in one document: two incidents"
    signals.extend(actor_signals(a, b))
    if a.doc_id != b.doc_id:
        shared = distinctive_figures(a) & distinctive_figures(b)
        if shared:
            kinds = ", ".join(f"{k} {v:g}" for k, v in sorted(shared))
            signals.append(Signal("figure", f"the same distinctive figure ({kinds})", rules()["weights"]["same_figure"]))
    repeat = False
    if a.doc_id == b.doc_id:
        w = rules()["weights"]
        if a.doc_id in focused:
            signals.append(Signal("document", "same document, about one place", w["same_document"]))
        else:
            signals.append(Signal("document", "same document", w["same_document"]))
        shared = _figure_values(a) & _figure_values(b)
        if shared and same_body(body_key(a.attributed_to.name), body_key(b.attributed_to.name)):
            kinds = ", ".join(f"{k} {v:g}" for k, v in sorted(shared))
            signals.append(Signal("repeat", f"same body and figures ({kinds})", w["repeat_in_document"]))
            repeat = True
    place_positive = any(s.name == "place" and s.weight > 0 for s in signals)
    return PairScore(round(sum(s.weight for s in signals), 2), tuple(signals), veto, place_positive, repeat)


def claim_date_signal(a: ClaimOut, b: ClaimOut) -> tuple[Signal | None, str | None]:
    """``date_signal`` for two claims: a denial is dated when it was made, not when the
    incident happened, and burials in one mass grave spread over weeks (``spread_types``),
    so disjoint dates do not veto them."""
    sig, veto = date_signal(a.date, b.date)
    if veto is None:
        return sig, veto
    if a.type in rules()["statement_dated_types"] or b.type in rules()["statement_dated_types"]:
        return Signal("date", f"{veto}, but a denial is dated when it was made", 0.0), None
    if a.type == b.type and _gap_days(a.date, b.date) <= rules()["spread_types"].get(a.type, -1):
        return Signal("date", f"{veto}, but {a.type} dates spread over weeks", 0.0), None
    return sig, veto


def _unknown_inside(a: PlaceValue, b: PlaceValue) -> Signal | None:
    """In a report about one place, a name the gazetteer does not know (no entry; at most the
    document's country) beside a region or district the same report names is most likely a locality inside it
    ("in Dahyan, Saada Governorate")."""
    for unknown, known in ((a, b), (b, a)):
        if unknown.geonameid is None and unknown.country in (None, known.country) and _known(unknown) and \
                known.country is not None and _rank(known) >= rules()["precision_rank"]["district"] and \
                known.precision != "country":
            return Signal("place", f"{place_key(unknown)} (not in the gazetteer) may lie inside "
                                   f"{known.name or place_key(known)}, named by the same report",
                          rules()["weights"]["place_contains"])
    return None


def _own_evidence(sig: Signal | None, rule_a: str, rule_b: str, what: str) -> Signal | None:
    """Between two claims of one document, a field that one of them only carries over from the
    document's default (rule ``document:``) is that document's guess, not evidence: weight 0."""
    if sig is None or sig.weight <= 0 or not (rule_a.startswith("document:") or rule_b.startswith("document:")):
        return sig
    return Signal(sig.name, f"{sig.value}; the {what} is carried from the document", 0.0)


def is_aggregate(claim: ClaimOut) -> bool:
    """Whether a claim states a total over several incidents (cue patterns of ``data/linking.json``), or is
    dated by a running period ("since 27 September" up to the document's date, rule ``since``) longer than an
    incident lasts (``anchored_max_days``): a toll counted since then is a total, whatever its wording."""
    if claim.extra.get("aggregate") is True:
        return True
    return states_total(claim.evidence.text) or _running_period(claim.date)


def _running_period(date: DateValue) -> bool:
    if date.rule.rpartition(":")[2] != "since":
        return False
    span = date_span_days(date)
    return span is not None and span > rules()["anchored_max_days"]


def _area_of_total(claim: ClaimOut) -> ClaimOut:
    """An aggregate claim whose place is only carried over from its document (a report on one
    strike that adds the war's national toll): the town is not its place; its country is."""
    place = claim.place
    if not place.rule.startswith("document:") or not place.country or place.precision == "country" \
            or claim.type in rules()["attached_types"] or not is_aggregate(claim):
        return claim
    area = PlaceValue(name=place.country, country=place.country, precision="country",
                      rule="area of a total: " + place.rule)
    return claim.model_copy(update={"place": area})


def _as_statement(claim: ClaimOut) -> ClaimOut:
    """A denial links as a statement about an incident (type ``denial``: a wildcard, dated when it was made),
    also one a reviewer gave an incident type (stance ``rejects``: ``models.denies_incident``)."""
    return claim.model_copy(update={"type": "denial"}) if denies_incident(claim) and claim.type != "denial" else claim


def _typed(claim: ClaimOut) -> bool:
    """Whether a claim names an incident type (not a wildcard such as a denial or ``other``)."""
    return type_family(claim.type) is not None


def _anchored(claim: ClaimOut) -> bool:
    if inferred(claim.date.rule):
        return False
    span = date_span_days(claim.date)
    return _known(claim.place) and span is not None and span <= rules()["anchored_max_days"]


# --- clustering ------------------------------------------------------------------------


@dataclass
class LinkInfo:
    """Why a claim is in its group: the best link to another member, or why it stands alone."""

    score: float
    signals: list[dict[str, Any]]
    linked_to: str | None = None
    note: str = ""

    def as_dict(self) -> dict[str, Any]:
        return {"score": self.score, "signals": self.signals, "linked_to": self.linked_to, "note": self.note}


@dataclass
class Group:
    """A machine (or pinned) group of claims: one incident."""

    claim_ids: list[str]
    aggregate: bool = False
    pinned: str | None = None  # the label of a person-made group
    parent: int | None = None  # index of the parent group in ``LinkResult.groups``
    links: dict[str, LinkInfo] = field(default_factory=dict)


@dataclass
class LinkResult:
    groups: list[Group]
    ambiguous: dict[str, list[int]] = field(default_factory=dict)  # claim id -> candidate groups
    unlinked: dict[str, LinkInfo] = field(default_factory=dict)  # attached-type claims fitting no incident


class _Clusters:
    def __init__(self, claims: Mapping[str, ClaimOut]) -> None:
        self.claims = claims
        self.focused = focused_documents(list(claims.values()))
        self.blocks = _Blocks(claims)
        self.members: dict[int, list[str]] = {}
        self.of: dict[str, int] = {}
        self.frozen: set[int] = set()
        self._cache: dict[tuple[str, str], PairScore] = {}
        self.units_cache: dict[int, tuple[int, list[list[str]]]] = {}
        self.incompatible: set[tuple[int, int]] = set()
        self._next = 0

    def pair(self, a: str, b: str) -> PairScore:
        key = (a, b) if a < b else (b, a)
        hit = self._cache.get(key)
        if hit is None:
            hit = score_pair(self.claims[key[0]], self.claims[key[1]], self.focused)
            self._cache[key] = hit
        return hit

    def new(self, ids: Iterable[str], frozen: bool = False) -> int:
        cid = self._next
        self._next += 1
        self.members[cid] = list(ids)
        for i in self.members[cid]:
            self.of[i] = cid
        if frozen:
            self.frozen.add(cid)
        return cid

    def compatible(self, c1: int, c2: int) -> bool:
        """No veto between any members. Clusters only grow (a merge keeps the first id), so
        a pair of clusters once found incompatible stays so."""
        key = (c1, c2) if c1 < c2 else (c2, c1)
        if key in self.incompatible:
            return False
        ok = all(self.pair(a, b).veto is None for a in self.members[c1] for b in self.members[c2])
        if not ok:
            self.incompatible.add(key)
        return ok

    def merge(self, c1: int, c2: int) -> int:
        for i in self.members[c2]:
            self.of[i] = c1
        self.members[c1].extend(self.members.pop(c2))
        return c1


CELL_DEGREES = 0.25  # a 3x3 block of cells covers the locality radius (15 km) around a place


def _block_keys(claim: ClaimOut) -> set[str]:
    """Blocking keys: two claims can only be linked when they share one (see ``_neighbours``)."""
    keys: set[str] = {"doc:" + claim.doc_id}
    place = claim.place
    if not _known(place):
        return keys
    if place.geonameid is not None:
        keys.add(f"gid:{place.geonameid}")
    if place.country and place.admin1:
        keys.add(f"adm:{place.country}:{place.admin1}")
    if place.lat is not None and place.lon is not None:
        x, y = int(place.lat // CELL_DEGREES), int(place.lon // CELL_DEGREES)
        keys.update(f"cell:{x + dx}:{y + dy}" for dx in (-1, 0, 1) for dy in (-1, 0, 1))
    admin = set(rules()["admin_words"])
    for token in (place_key(place) or "").split():
        if len(token) >= 3 and token not in admin:
            keys.add("tok:" + token[:4])
    return keys


class _Blocks:
    """Which claims may link with which: shared blocking keys, plus every claim of a country
    for a claim placed only at country precision."""

    def __init__(self, claims: Mapping[str, ClaimOut]) -> None:
        self.claims = claims
        self.keys = {i: _block_keys(c) for i, c in claims.items()}
        self.index: dict[str, set[str]] = {}
        self.by_country: dict[str, set[str]] = {}
        self.wide_by_country: dict[str, set[str]] = {}
        for i, keys in self.keys.items():
            for key in keys:
                self.index.setdefault(key, set()).add(i)
            country = claims[i].place.country
            if country:
                self.by_country.setdefault(country, set()).add(i)
                if self._country_wide(i):
                    self.wide_by_country.setdefault(country, set()).add(i)

    def _country_wide(self, claim_id: str) -> bool:
        place = self.claims[claim_id].place
        return place.precision == "country" or (place.country is not None and not place.admin1
                                                and place.precision in ("region", "district"))

    def neighbours(self, claim_id: str) -> set[str]:
        out: set[str] = set()
        for key in self.keys[claim_id]:
            out |= self.index[key]
        country = self.claims[claim_id].place.country
        if country:
            wide = self.wide_by_country.get(country, set())
            out |= self.by_country.get(country, set()) if claim_id in wide else wide
        out.discard(claim_id)
        return out


def _candidate_pairs(ids: Sequence[str], blocks: _Blocks) -> list[tuple[str, str]]:
    """Pairs worth scoring among ``ids``: those sharing a blocking key.

    A positive link needs a place signal (same entry or name, similar name, one inside the
    other, within a distance) or a repeat inside one document; blocking keeps exactly
    the pairs that can have one, so linking stays near-linear in the corpus size."""
    wanted = set(ids)
    seen: set[tuple[str, str]] = set()
    for a in ids:
        for b in blocks.neighbours(a) & wanted:
            seen.add((a, b) if a < b else (b, a))
    return sorted(seen)


def _units(cl: _Clusters, cid: int) -> list[list[str]]:
    """The members of a cluster grouped into statements: mentions repeating one another in a
    document (same body, same figures) are one statement seen several times, and so are the
    linked claims of a document about one place (``focused_documents``): one report."""
    members = cl.members[cid]
    hit = cl.units_cache.get(cid)
    if hit is not None and hit[0] == len(members):  # clusters only grow: same size, same members
        return hit[1]
    parent = {m: m for m in members}

    def find(x: str) -> str:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for n, a in enumerate(members):
        for b in members[n + 1:]:
            doc = cl.claims[a].doc_id
            if doc == cl.claims[b].doc_id and (cl.pair(a, b).repeat or doc in cl.focused and cl.pair(a, b).positive):
                parent[find(a)] = find(b)
    out: dict[str, list[str]] = {}
    for m in members:
        out.setdefault(find(m), []).append(m)
    units = list(out.values())
    cl.units_cache[cid] = (len(members), units)
    return units


def _all_units_linked(cl: _Clusters, c1: int, c2: int) -> bool:
    """Complete linkage over statements: every statement of one cluster has a positive link
    (through one of its mentions) to every statement of the other."""
    u1, u2 = _units(cl, c1), _units(cl, c2)
    return all(any(cl.pair(x, y).positive for x in a for y in b) for a in u1 for b in u2)


def _greedy(cl: _Clusters, ids: Sequence[str], links: dict[str, LinkInfo], complete: bool = False) -> None:
    """Single-link merging of ``ids`` by descending score, with the complete veto check
    (``complete``: every statement of one cluster must be positively linked to every
    statement of the other, see ``_units``; a repeat of one statement in both is enough)."""
    scored = []
    for a, b in _candidate_pairs(ids, cl.blocks):
        p = cl.pair(a, b)
        if p.positive:
            scored.append((p.score, a, b, p))
    scored.sort(key=lambda x: (-x[0], x[1], x[2]))
    for _score, a, b, p in scored:
        ca, cb = cl.of[a], cl.of[b]
        if ca == cb or ca in cl.frozen or cb in cl.frozen:
            continue
        if cl.compatible(ca, cb) and (not complete or p.repeat or _all_units_linked(cl, ca, cb)):
            cl.merge(ca, cb)
            for x, y in ((a, b), (b, a)):
                if x not in links or links[x].score < p.score:
                    links[x] = LinkInfo(p.score, [s.as_dict() for s in p.signals], linked_to=y)


def _dominant(cands: list[tuple[int, int, PairScore]]) -> tuple[int, PairScore] | None:
    """The candidate cluster to join: the only one, or one with twice the support of any other.

    cands: (cluster, support = positive links into it, best link)."""
    if not cands:
        return None
    dated = [c for c in cands if _dates_agree(c[2])]
    if dated and len(dated) < len(cands):
        # a claim whose date (carried from its paragraph or document) only one incident shares joins that
        # one, not a bigger incident on another day it links to by type and place alone
        cands = dated
    ranked = sorted(cands, key=lambda x: (-x[1], -x[2].score, x[0]))
    if len(ranked) == 1 or ranked[0][1] >= rules()["dominance_ratio"] * ranked[1][1]:
        return ranked[0][0], ranked[0][2]
    return None


def _dates_agree(p: PairScore) -> bool:
    return any(sig.name == "date" and sig.weight > 0 for sig in p.signals)


def _support(cl: _Clusters, cid: int, claim_id: str) -> tuple[int, PairScore] | None:
    """Positive links of ``claim_id`` into cluster ``cid`` and the best one; None on a veto or none."""
    best: PairScore | None = None
    n = 0
    for m in cl.members[cid]:
        p = cl.pair(m, claim_id)
        if p.veto is not None:
            return None
        if p.positive:
            n += 1
            if best is None or p.score > best.score:
                best = p
    return (n, best) if best is not None else None


def _attach(cl: _Clusters, ids: Sequence[str], targets: Sequence[int], links: dict[str, LinkInfo],
            ambiguous: dict[str, list[int]], note: str) -> list[str]:
    """Join each claim to its dominant target cluster; RETURNS the claims left over."""
    left: list[str] = []
    joins: list[tuple[str, int, PairScore]] = []
    allowed = set(targets)
    for i in ids:
        near = {cl.of[j] for j in cl.blocks.neighbours(i) if j in cl.of} & allowed
        cands = [(k, sup[0], sup[1]) for k in sorted(near) if (sup := _support(cl, k, i)) is not None]
        pick = _dominant(cands)
        if pick is None:
            if len(cands) > 1:
                ambiguous[i] = [k for k, _, _ in cands]
            left.append(i)
        else:
            joins.append((i, pick[0], pick[1]))
    for i, k, p in sorted(joins, key=lambda x: (-x[2].score, x[0])):
        if any(cl.pair(m, i).veto is not None for m in cl.members[k]):
            left.append(i)  # an earlier claim of this pass joined it and vetoes this one
            continue
        best = max(cl.members[k], key=lambda m: cl.pair(m, i).score)
        if i in cl.of:  # leave the singleton it stood in
            old = cl.of[i]
            cl.members[old].remove(i)
            cl.units_cache.pop(old, None)
            if not cl.members[old]:
                del cl.members[old]
        cl.members[k].append(i)
        cl.of[i] = k
        links[i] = LinkInfo(p.score, [s.as_dict() for s in p.signals], linked_to=best, note=note)
    return left


def _attach_clusters(cl: _Clusters, sources: Sequence[int], targets: Sequence[int], *,
                     links: dict[str, LinkInfo] | None = None, place_is_enough: bool = False) -> None:
    """Merge each loose cluster into its dominant target cluster (no veto between any members).

    place_is_enough (bool): a pair of a denial (``statement_dated_types``) and a target claim
        with no veto, a place signal and the merge score (same place, nothing against) supports
        the target too: a denial states no incident type of its own, so nothing else ties it
        to the incident it denies."""
    threshold = rules()["merge_threshold"]
    about = set(rules()["statement_dated_types"])
    for src in sources:
        if src not in cl.members:
            continue
        cands: list[tuple[int, int, PairScore]] = []
        near = {cl.of[j] for a in cl.members[src] for j in cl.blocks.neighbours(a) if j in cl.of}
        for k in sorted(near & set(targets)):
            if k not in cl.members or k == src or not cl.compatible(src, k):
                continue
            positives = [p for a in cl.members[src] for b in cl.members[k] if (p := cl.pair(a, b)).positive
                         or place_is_enough and cl.claims[a].type in about and p.place_positive
                         and p.score >= threshold]
            if positives:
                cands.append((k, len(positives), max(positives, key=lambda p: p.score)))
        pick = _dominant(cands)
        if pick is not None:
            moved = list(cl.members[src])
            cl.merge(pick[0], src)
            if links is not None and place_is_enough:
                for a in moved:
                    best = max((m for m in cl.members[pick[0]] if m not in moved), key=lambda m: cl.pair(m, a).score)
                    p = cl.pair(best, a)
                    links[a] = LinkInfo(p.score, [s.as_dict() for s in p.signals], linked_to=best,
                                        note="a denial: joins the only incident at its place")


def link_claims(claims: Sequence[ClaimOut], *, pins: Mapping[str, str] | None = None) -> LinkResult:
    """Group claims into incidents (see the module docstring for the rules).

    claims (Sequence[ClaimOut]): every claim to link (all documents).
    pins (Mapping[str, str] | None): claim id -> label of a group a person made; claims
        with the same label form one group that nothing else joins.
    RETURNS (LinkResult): groups (each with per-claim link reasons) and their nesting;
        claims of the attached types (characterizations, ...) that fit no incident are
        in ``unlinked``.
    """
    pins = pins or {}
    claims = [_area_of_total(_as_statement(c)) for c in claims]
    by_id = {c.claim_id: c for c in claims}
    cl = _Clusters(by_id)
    links: dict[str, LinkInfo] = {}
    pinned_groups: dict[str, list[str]] = {}
    for cid, label in pins.items():
        if cid in by_id:
            pinned_groups.setdefault(label, []).append(cid)
    pinned_label: dict[int, str] = {}
    for label, ids in sorted(pinned_groups.items()):
        pinned_label[cl.new(ids, frozen=True)] = label
        for i in ids:
            links[i] = LinkInfo(1.0, [], note="linked by a person")
    attached_types = set(rules()["attached_types"])
    free = [c for c in claims if c.claim_id not in pins]
    attached = [c.claim_id for c in free if c.type in attached_types]
    free = [c for c in free if c.type not in attached_types]
    aggregates = [c.claim_id for c in free if is_aggregate(c)]
    aggregate_set = set(aggregates)
    singles = [c for c in free if c.claim_id not in aggregate_set]
    anchored = [c.claim_id for c in singles if _anchored(c)]
    loose = [c.claim_id for c in singles if not _anchored(c)]
    # 1. claims with a precise place and date
    for i in anchored:
        cl.new([i])
    _greedy(cl, anchored, links)
    anchored_clusters = [k for k in cl.members if k not in cl.frozen]
    # a new claim standing alone may join an incident a person made (it stays as they left it otherwise)
    frozen = sorted(cl.frozen)
    if frozen:
        alone = [i for i in anchored if len(cl.members[cl.of[i]]) == 1]
        _attach(cl, alone, frozen, links, {}, "joins an incident a person made")
        anchored_clusters = [k for k in cl.members if k not in cl.frozen]
    # 2. claims with a coarse or missing date or place: join the dominant incident, if any
    ambiguous: dict[str, list[int]] = {}
    pending = _attach(cl, loose, anchored_clusters + frozen, links, ambiguous, "the incident this claim fits best")
    spans = {i: date_span_days(by_id[i].date) for i in pending}
    period_totals = [i for i in pending if i in ambiguous and (spans[i] or 0) > rules()["anchored_max_days"]
                     and not inferred(by_id[i].date.rule)]
    aggregates.extend(period_totals)
    aggregate_set.update(period_totals)
    pending = [i for i in pending if i not in aggregate_set]
    # 3. the rest cluster among themselves, then such a cluster may join a dominant incident
    pending_clusters = [cl.new([i]) for i in pending]
    _greedy(cl, pending, links, complete=True)
    # a claim still alone (a denial, a headline) joins the dominant such cluster it links to
    multi = sorted({cl.of[i] for i in pending if len(cl.members[cl.of[i]]) > 1})
    alone = [i for i in pending if len(cl.members[cl.of[i]]) == 1]
    _attach(cl, alone, multi, links, ambiguous, "the incident this claim fits best")
    _attach_clusters(cl, sorted({cl.of[i] for i in pending}), anchored_clusters)
    # a group of denials (or untyped claims) only is about an incident, not one itself
    typed = sorted(k for k in cl.members if k not in cl.frozen and any(_typed(cl.claims[m]) for m in cl.members[k]))
    untyped = sorted({cl.of[i] for i in pending if not any(_typed(cl.claims[m]) for m in cl.members[cl.of[i]])})
    _attach_clusters(cl, untyped, typed, links=links, place_is_enough=True)
    # 4. aggregates cluster only with aggregates
    for i in aggregates:
        cl.new([i])
    _greedy(cl, aggregates, links)
    agg_clusters = {cl.of[i] for i in aggregates}
    # 5. characterizations and the like join the incident they best fit, or stay unlinked
    targets = [k for k in cl.members if k not in agg_clusters]
    unlinked = _attach(cl, attached, targets, links, ambiguous, "attached to the incident it describes")
    for i in by_id:
        if i not in links:
            note = "aggregate: a total over several incidents" if i in aggregate_set else "no other claim links to it"
            if i in ambiguous:
                note = f"fits {len(ambiguous[i])} incidents; left apart (conservative)"
            links[i] = LinkInfo(0.0, [], note=note)
    del pending_clusters
    unlinked_set = set(unlinked)
    order = sorted(cl.members, key=lambda k: min(cl.members[k]))
    order = [k for k in order if not set(cl.members[k]) <= unlinked_set]
    index = {k: n for n, k in enumerate(order)}
    groups = [
        Group(claim_ids=sorted(cl.members[k]), aggregate=k in agg_clusters, pinned=pinned_label.get(k),
              links={i: links[i] for i in cl.members[k]})
        for k in order
    ]
    _nest(groups, by_id)
    return LinkResult(groups=groups,
                      ambiguous={i: [index[k] for k in v if k in index] for i, v in ambiguous.items()},
                      unlinked={i: links[i] for i in unlinked})


# --- nesting ---------------------------------------------------------------------------


@dataclass(frozen=True)
class _Extent:
    start: dt.date | None
    end: dt.date | None
    places: tuple[PlaceValue, ...]
    types: tuple[str, ...]
    docs: frozenset[str]


def _extent(group: Group, claims: Mapping[str, ClaimOut]) -> _Extent:
    bounds = [b for c in group.claim_ids if (b := date_bounds(claims[c].date)) is not None]
    start = min((b[0] for b in bounds), default=None)
    end = max((b[1] for b in bounds), default=None)
    places = tuple(claims[c].place for c in group.claim_ids if _known(claims[c].place))
    types = tuple(claims[c].type for c in group.claim_ids)
    return _Extent(start, end, places, types, frozenset(claims[c].doc_id for c in group.claim_ids))


def _contains_place(parent: _Extent, child: _Extent) -> bool:
    if not parent.places or not child.places:
        return False
    for pp in parent.places:
        for cp in child.places:
            sig, veto = place_signal(pp, cp)
            if veto is None and sig is not None and _rank(pp) >= _rank(cp):
                return True
    return False


def _nest(groups: list[Group], claims: Mapping[str, ClaimOut]) -> None:
    """Make each aggregate group the parent of the narrowest-fitting incidents inside it."""
    extents = [_extent(g, claims) for g in groups]
    parents = [n for n, g in enumerate(groups) if g.aggregate]
    for ci, child in enumerate(groups):
        ce = extents[ci]
        best: tuple[int, int] | None = None
        for pi in parents:
            if pi == ci:
                continue
            pe = extents[pi]
            if pe.start is None or pe.end is None:
                if not (pe.docs & ce.docs):
                    continue  # an undated total only nests what its own document lists
            elif ce.start is None or ce.end is None or not (pe.start <= ce.start and ce.end <= pe.end):
                continue
            if not _contains_place(pe, ce):
                continue
            if not all(types_compatible(a, b) for a in pe.types for b in ce.types):
                continue
            span = (pe.end - pe.start).days if pe.start and pe.end else 10**6
            if child.aggregate:
                cspan = (ce.end - ce.start).days if ce.start and ce.end else 10**6
                if span <= cspan:
                    continue  # an aggregate only nests inside a strictly longer one
            if best is None or span < best[0]:
                best = (span, pi)
        if best is not None:
            child.parent = best[1]
    _break_cycles(groups)


def _break_cycles(groups: list[Group]) -> None:
    for start in range(len(groups)):
        seen = {start}
        node = groups[start].parent
        while node is not None:
            if node in seen:
                groups[start].parent = None
                break
            seen.add(node)
            node = groups[node].parent
