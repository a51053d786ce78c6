"""Claim assembly (component "assemble"): annotation layers -> ``ClaimIn`` objects.

One claim per sentence carrying figures about one incident; a sentence that repeats a
figure kind ("13 killed on Monday ... 21 killed after the clearance") is split into one
claim per repetition, and an attack on several coordinated sites ("shelled A, B and C") into one
claim per site (:func:`_site_claims`; a total over the sites stays on one of them). Each claim takes
the type, date, place, attribution and actors found in its sentence (the mention nearest to its figures), else the nearest ones in the
same paragraph (previous sentences first; a date carried from a sentence about another place
is not taken, from the paragraph or the document), else document-level defaults: the dominant place and type of the document, the
first incident date (day or range) of a short document in a sentence with an event word, and the
publisher/author as attribution (kind ``author``). The publication date is never an
incident date (dateline mentions are skipped), nor are dates of reports, statements, legal
instruments or of bodies found (rules ``report``, ``context``, ``discovery``). A claim dated only
by a period of its own ("a massacre last year") takes the day the text gives an event of its type
within that period (rule ``refined:``). A date carried from the paragraph gives way to a later time
(a year) the text sets in between: the claim is left undated (rule ``superseded``). Denial mentions become claims of type
``denial`` attributed to the denier, with stance ``rejects``. A named party's figure-less account of the
document's incident ("Rebels blew up the depot in X, the ministry said") is a claim of its own, typed by its
own words (rules ``alternative_cause.json``; see :func:`_alternative_cause`); a one-event record's event is
never such an account.

Every field records its rule: ``<layer rule>`` when found in the sentence,
``paragraph:<rule>`` when carried from the paragraph, ``document:<rule>`` for document
defaults, ``default.author`` for the author attribution.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from dataclasses import dataclass, field
from functools import cache
from typing import Any, cast

from claimledger.extract.author import author_name
from claimledger.extract.base import Component, Doc, Mention, Segment
from claimledger.extract.fastre import Caseless, SliceCue, caseless_text, compile_fast, holds_any, lowered
from claimledger.extract.numbers import load_rules
from claimledger.extract.prefilter import Gated, gated
from claimledger.link import states_total, states_total_searches
from claimledger.models import (
    Actors,
    Attribution,
    AttributionKind,
    ClaimIn,
    DatePrecision,
    DateValue,
    Figure,
    FigureKind,
    PlaceValue,
    Span,
    Stance,
    denies_incident,
)

CASUALTY_KINDS = ("killed", "injured", "captured", "missing")
HARMED_KINDS = ("killed", "injured")  # a claim counting these takes no harmless type from another sentence
_PLACE_KEYS = ("text", "name", "geonameid", "country", "admin1", "lat", "lon", "precision")


@dataclass
class _Ctx:
    doc: Doc
    sent_starts: list[int]
    par_of_sentence: list[int]
    layers: dict[str, list[Mention]]
    starts: dict[str, list[int]]
    questions: list[bool] | None = None  # per paragraph: ends with a question mark (lazily, see _interviewer_asks)
    series: dict[tuple[int, bool], bool] = field(default_factory=dict)  # (sentence, forward): _speaks_of_series
    place_helper: Any = None  # the places component's ``place_for`` (``_places_helper``), read once per document
    # the document's interviewee (``_interviewee``), once found: [] not yet looked for, [None] none
    interviewee: list[Attribution | None] = field(default_factory=list)
    totals: dict[int, bool] = field(default_factory=dict)  # sentence start -> its text words a total (_states_total)
    within: dict[tuple[str, int, int], list[Mention]] = field(default_factory=dict)  # (layer, start, end) -> _in
    # the paragraphs that head a section with a place and a day (``_section_heading``): None until looked for
    section_heads: list[int] | None = None
    lead_end: int | None = None  # ``_lead_end``, once worked out
    par_starts: list[int] = field(default_factory=list)  # the starts of ``doc.paragraphs`` (set by ``_make_ctx``)


def _states_total(ctx: _Ctx, seg: Segment, sentence: str) -> bool:
    """``states_total(sentence)`` for the sentence ``seg`` (its text ``sentence``), read once per sentence: every
    claim built from the sentence asks (the total's regex is one of the costlier searches). A sentence in which
    the document's one-pass scan finds none of the total's searches (``_total_gates``) holds no total."""
    found = ctx.totals.get(seg.start)
    if found is None:
        gates = _total_gates()
        low = lowered(ctx.doc.text) if gates else None
        if gates and low is not None and all(g.absent(low, seg.start, seg.end) for g in gates):
            found = False
        else:
            found = states_total(sentence)
        ctx.totals[seg.start] = found
    return found


@cache
def _total_gates() -> tuple[Gated, ...]:
    """``link.states_total``'s searches over lower-cased text, gated by the document scan (``prefilter``, with
    the ends of their matches): a sentence of the document's lower-cased text in which none of them can end
    holds no match of them. The sentence's own lower-cased copy is that stretch of the document's, but for the
    final sigma (lower-cased by its neighbours), which no search tells from the other sigma (both non-ASCII
    word characters; the scan's loosened copies take any non-ASCII character where they take one)."""
    searches = states_total_searches()
    return tuple(gated(rx, spans=True) for rx in searches) if searches else ()


def _sentence_index(ctx: _Ctx, offset: int) -> int:
    return max(0, bisect.bisect_right(ctx.sent_starts, offset) - 1)


def _paragraph_sentences(ctx: _Ctx, par: int) -> range:
    """The indexes of the sentences of paragraph ``par`` (``par_of_sentence`` never decreases: they are
    one run, found by binary search instead of a walk over every sentence)."""
    pos = ctx.par_of_sentence
    return range(bisect.bisect_left(pos, par), bisect.bisect_right(pos, par))


def _in(ctx: _Ctx, layer: str, seg: Segment) -> list[Mention]:
    """The mentions of ``layer`` inside ``seg``, in text order; worked out once per layer and segment (a claim's
    sentence is asked for its places, dates and types again and again). Read only: the list is shared."""
    key = (layer, seg.start, seg.end)
    out = ctx.within.get(key)
    if out is not None:
        return out
    ms = ctx.layers.get(layer, [])
    st = ctx.starts.get(layer, [])
    i = bisect.bisect_left(st, seg.start)
    out = []
    while i < len(ms) and ms[i].start < seg.end:
        if ms[i].end <= seg.end:
            out.append(ms[i])
        i += 1
    ctx.within[key] = out
    return out


def _nearest(cands: list[Mention], anchor: int) -> Mention | None:
    if not cands:
        return None
    return min(cands, key=lambda m: (min(abs(m.start - anchor), abs(m.end - anchor)), m.start))


def _context(ctx: _Ctx, layer: str, si: int, anchor: int, usable: Any = None, carried: Any = None,
             forward: bool = False) -> tuple[Mention | None, str]:
    """The mention of ``layer`` for a claim in sentence ``si``: the sentence's, else the nearest
    previous sentence's in the paragraph (else, with ``forward``, a following sentence's)."""
    ok_here = usable or (lambda m: True)
    sents = ctx.doc.sentences
    cands = [m for m in _in(ctx, layer, sents[si]) if ok_here(m)]
    if cands:
        return _nearest(cands, anchor), ""
    ok = carried or ok_here
    par = ctx.par_of_sentence[si]
    j = si - 1
    while j >= 0 and ctx.par_of_sentence[j] == par:
        cands = [m for m in _in(ctx, layer, sents[j]) if ok(m)]
        if cands:
            return cands[-1], "paragraph:"
        j -= 1
    if forward:
        j = si + 1
        while j < len(sents) and ctx.par_of_sentence[j] == par:
            cands = [m for m in _in(ctx, layer, sents[j]) if ok(m)]
            if cands:
                return cands[0], "paragraph:"
            j += 1
    return None, ""


NON_INCIDENT_DATE_RULES = ("dateline", "report", "context", "discovery", "live_entry")  # a live entry only dates its own entry (_live_entry_date)
BORROWED_DATE_PREFIXES = ("paragraph:", "place:", "section:", "document:", "live:")  # a date carried from another sentence
OWN_DATE_TYPES = ("mass_grave",)  # claim types only their own sentence dates
LONG_DOCUMENT = 4000  # characters; longer texts tell of many incidents: no document-level date


def _is_incident_date(m: Mention) -> bool:
    return m.rule not in NON_INCIDENT_DATE_RULES and (m.data.get("start") is not None or bool(m.data.get("yearless")))


def _has_event(ctx: _Ctx, seg: Segment) -> bool:
    """True when the sentence names an incident ("struck", "massacre"), not only a generic
    happening of type ``other`` ("withdrew from", "announced"): only such a sentence's date is
    carried to claims elsewhere."""
    return any(m.label != "other" for m in _in(ctx, "types", seg))


def _is_period(ctx: _Ctx, m: Mention) -> bool:
    """A date that runs up to the time of writing or to a later date ("since 15 April", "since 24
    February to midnight on 20 April"): the time a total covers, not an incident's date."""
    return m.rule == "since" or ctx.doc.text[m.start:m.start + 6].lower().startswith("since")


def _tells_of_incident(ctx: _Ctx, seg: Segment) -> bool:
    """True when the sentence names an incident (:func:`_has_event`) or a party denies one ("On 8 May
    our forces had no fire missions in X"): a denial dates the incident it denies."""
    return _has_event(ctx, seg) or bool(_in(ctx, "denials", seg))


def _is_carried_date(m: Mention) -> bool:
    return _is_incident_date(m) and m.label in ("day", "range", "month") and m.rule != "last_unit"


HEADING_MAX_WORDS = 12
_HEADING_TAIL = re.compile(r"[\s.:;,)\]-]*")


def _heads_entry(ctx: _Ctx, m: Mention) -> bool:
    """True when a day opens its paragraph as an entry's heading, a place and a day alone ("3.2 Port
    Aranda, Coastal province, 14 May." before "A bus hit a mine ..."), or a day alone on its line (not a
    dateline): it dates the entry's sentences
    though it names no event itself. Besides places, the heading holds only capitalised words and the
    words of ``entry_heading_area_words`` and ``entry_heading_joining_words`` (dates.json), with a place
    or an area word ("province") among them."""
    if m.label not in ("day", "range"):
        return False
    si = _sentence_index(ctx, m.start)
    seg = ctx.doc.sentences[si]
    text = ctx.doc.text
    j = si - 1
    while j >= 0 and ctx.par_of_sentence[j] == ctx.par_of_sentence[si]:
        if _WORD.search(text, ctx.doc.sentences[j].start, ctx.doc.sentences[j].end):
            return False  # (only an entry's number, "3.", may stand before its heading)
        j -= 1
    if _HEADING_TAIL.fullmatch(text, m.end, seg.end) is None or len(text[seg.start:m.start].split()) > HEADING_MAX_WORDS:
        return False
    places = [p for p in _in(ctx, "places", seg) if p.end <= m.start]
    head, at = [], seg.start
    for p in places:
        head.append(text[at:p.start])
        at = p.end
    head.append(text[at:m.start])
    areas, joining = _heading_words()
    found = _WORD.findall(" ".join(head))
    if not places and not found:
        return m.rule != "dateline"  # a day alone on its line heads a log's or a diary's entry ("14 May", then the entry)
    return (bool(places) or any(w.lower() in areas for w in found)) and all(
        w[0].isupper() or w.lower() in areas or w.lower() in joining for w in found)


_WORD = re.compile(r"[^\W\d_][\w'’-]*")
# the words a day that opens its paragraph may follow ("On the morning of 12 April, ...", "Early on 3 May")
_OPENER = re.compile(r"(?i)\s*(?:(?:on|in|at|early|late|the|morning|evening|night|afternoon|hours|of|dawn|shortly|before|after)\s+){1,5}")


def _opens_paragraph(ctx: _Ctx, m: Mention) -> bool:
    """True when a day opens its paragraph ("On 15 August 2004 soldiers entered the village. They took four
    men from a shop and shot them."): it sets the time of the events the paragraph goes on to tell though its
    own sentence names none, when the first later sentence of the paragraph that tells of an incident ("They
    lined up the men. Nobody spoke. Then they shot two of them.") and those before it write no date of their own."""
    if m.label not in ("day", "range"):
        return False
    si = _sentence_index(ctx, m.start)
    par = ctx.par_of_sentence[si]
    sents = ctx.doc.sentences
    if (si > 0 and ctx.par_of_sentence[si - 1] == par) or si + 1 >= len(sents) or ctx.par_of_sentence[si + 1] != par:
        return False
    if m.start > sents[si].start and _OPENER.fullmatch(ctx.doc.text, sents[si].start, m.start) is None:
        return False  # (not "Updated 11:30, 16 May. An earlier version said ...": a time stamp, no time of events)
    for j in range(si + 1, len(sents)):
        if ctx.par_of_sentence[j] != par or any(_is_incident_date(d) for d in _in(ctx, "dates", sents[j])):
            return False
        if _has_event(ctx, sents[j]):
            return True
    return False


SECTION_HEADING_MAX_CHARS = 80
_SENTENCE_END = frozenset(".!?:;\"”’)")


def _is_heading_paragraph(ctx: _Ctx, pi: int) -> bool:
    """True when paragraph ``pi`` is a heading: one short line that does not end as a sentence does, or
    a place and a day alone closed by a full stop ("B.2 Riverside, 3 May 1986.", an annex's entry)."""
    p = ctx.doc.paragraphs[pi]
    t = ctx.doc.text[p.start:p.end].strip()
    if not (0 < len(t) <= SECTION_HEADING_MAX_CHARS and "\n" not in t and len(t.split()) <= HEADING_MAX_WORDS):
        return False
    return t[-1] not in _SENTENCE_END or t[-1] == "." and _heading_day(ctx, p) is not None


SECTION_HEADINGS_MIN = 2  # place-and-day headings that make a text one of sections (one alone is a dateline)


def _heading_day(ctx: _Ctx, head: Segment) -> Mention | None:
    """The day of a heading of a place and a day alone ("Riverside, 3 May": ``_heads_entry``), else None."""
    return next((m for m in _in(ctx, "dates", head) if _is_incident_date(m) and _heads_entry(ctx, m)), None)


def _heads_section(ctx: _Ctx, pi: int) -> bool:
    """True when paragraph ``pi`` is a heading of a place and a day alone (``_heading_day``)."""
    return _is_heading_paragraph(ctx, pi) and _heading_day(ctx, ctx.doc.paragraphs[pi]) is not None


def _section_heading(ctx: _Ctx, si: int) -> Segment | None:
    """The heading of the section sentence ``si`` stands in when that heading is a place and a day alone
    ("Riverside, 3 May" over the paragraphs that tell what happened there that day: ``_heads_entry``) and
    the text has ``SECTION_HEADINGS_MIN`` or more such headings (one alone under a title, "Capital, 3 May",
    is where and when the text was issued); None when the nearest heading paragraph above (any:
    "Background" ends the section) is not one, or there is none."""
    if not ctx.doc.paragraphs:
        return None
    if ctx.section_heads is None:
        ctx.section_heads = [pi for pi in range(len(ctx.doc.paragraphs)) if _heads_section(ctx, pi)]
    heads = ctx.section_heads
    if len(heads) < SECTION_HEADINGS_MIN:
        return None
    pi = ctx.par_of_sentence[si] - 1
    while pi >= 0 and not _is_heading_paragraph(ctx, pi):
        pi -= 1
    return ctx.doc.paragraphs[pi] if pi >= 0 and pi in heads else None


def _section_date(ctx: _Ctx, si: int, own_place: bool = False) -> Mention | None:
    """The day of the section heading sentence ``si`` stands under (``_section_heading``), else None; with
    ``own_place`` (the sentence names its place), only a heading that names no place gives it."""
    head = _section_heading(ctx, si)
    if head is None or own_place and _in(ctx, "places", head):
        return None
    return _heading_day(ctx, head)


@cache
def _heading_words() -> tuple[frozenset[str], frozenset[str]]:
    r = load_rules("dates.json")
    return frozenset(r.get("entry_heading_area_words", [])), frozenset(r.get("entry_heading_joining_words", []))


_PRECISION_RANK = {"locality": 0.0, "district": 0.5, "region": 1.0, "unresolved": 1.0, "country": 3.0}


_CUED_LOCALITY_RANK = 0.5  # an unknown name a settlement word marks ("the village of X"): between a locality and a district
_CUED_RULES = ("place.cued_", "place.propagated_unknown")  # names a cue marks as places (here or elsewhere in the text)
_SEAT = re.compile(r"(?i)\b(?:based|headquartered|registered|exiled)\s+in\s+(?:the\s+)?$")
_SEAT_WORDS = ("based", "headquartered", "registered", "exiled")  # one in every _SEAT match
SEAT_REACH = 30  # characters before a place read for a seat ("based in")


def _seat_before(text: str, start: int) -> bool:
    """``_SEAT`` ends at the place at ``start`` ("the Observatory, which is based in X"); in an ASCII text the
    characters before it are searched only when their lower-cased copy holds one of ``_SEAT_WORDS``."""
    a = max(0, start - SEAT_REACH)
    low = lowered(text) if text.isascii() else None
    if low is not None and not holds_any(low, _SEAT_WORDS, a, start):
        return False
    return _SEAT.search(text, a, start) is not None
_DATELINE_REST = re.compile(
    r"\s*[,:]?\s*(?:[A-Z][\w.'’ ]{1,30}?(?:,\s*|\s*(?=[(–—-])))?(?:\(|[-–—]|\w+\.?\s+\d{1,2}\b|\d{1,2}\s+[A-Z]\w+|(?:19|20)\d\d\b)")


def _place_penalty(doc: Doc, m: Mention, par_starts: list[int]) -> float:
    """Lower is a better incident place: specific, introduced by a preposition or a cue,
    not a possessive ("Russia's missile"), not a dateline ("KYIV, July 29 (Reuters) -").

    Kept per document (``doc.kept``) for what it reads of the mention: a claim's place is ranked
    several times (the document's default, the sentence's, the paragraph's) with two regex
    searches each. ``par_starts`` are the starts of ``doc.paragraphs``."""
    kept = doc.kept.get("_place_penalty")
    if kept is None or kept[0] is not doc.paragraphs or kept[1] != len(doc.paragraphs):
        kept = (doc.paragraphs, len(doc.paragraphs), {})
        doc.kept["_place_penalty"] = kept
    penalties: dict[tuple[int, int, str, str, bool, bool], float] = kept[2]
    key = (m.start, m.end, m.label, m.rule, bool(m.data.get("cued_locality")), bool(m.data.get("container")))
    pen = penalties.get(key)
    if pen is None:
        pen = penalties[key] = _own_place_penalty(doc, m, par_starts)
    return pen


def _own_place_penalty(doc: Doc, m: Mention, par_starts: list[int]) -> float:
    text = doc.text
    if "dateline" in m.rule:
        return 8.0  # "KYIV, July 29 (Reuters) -": where the report was filed
    if "unknown_in_container" in m.rule or ("unresolved_in_container" in m.rule and not m.data.get("container")):
        # "X of Y district", "in X (Y LGA, Z)": the text names a place inside a known one, the most specific
        # (whether or not the gazetteer knows a namesake of it elsewhere), not the chain's container Y
        return 0.2
    pen = _PRECISION_RANK.get(m.label, 1.5)
    if m.data.get("cued_locality"):
        pen = _CUED_LOCALITY_RANK  # "the village of X", "the base of X": a locality the gazetteer lacks
    surface = text[m.start:m.end]
    if _seat_before(text, m.start):
        pen += 4.0  # "the Observatory, which is based in X": where a speaker sits, not where it happened
    if _after_destination(text, m.start):
        pen += 4.0  # "40,000 people fled towards X": where people went, not where it happened
    if surface.endswith(("'s", "’s")) or text[m.end:m.end + 2] in ("'s", "’s"):
        pen += 4.0
    if "+" not in m.rule and not m.rule.startswith(_CUED_RULES):
        pen += 0.5
        i = bisect.bisect_right(par_starts, m.start) - 1
        if (i >= 0 and text[par_starts[i]:m.start].strip() == "" and text[m.end:m.end + 3].lstrip()[:1] in (",", ":", "(", "-", "–", "—")
                and (surface.isupper() or _DATELINE_REST.match(text, m.end, m.end + 60))):
            pen += 4.0  # a dateline place ("KYIV, July 29 (Reuters) -"), not "Alderbury, a village in ..., was shelled")
    return pen


@cache
def _destination() -> Gated:
    """Rule ``destination_before`` of places.json: the words before a place that people fled to (led by
    ``compile_fast``'s look-ahead on its first letters: searched before every place of a document)."""
    return gated(compile_fast(load_rules("places.json").get("destination_before", r"(?!)") + r"", re.IGNORECASE))


def _after_destination(text: str, start: int) -> bool:
    """Whether the place at ``start`` follows a flight to it ("fled towards X"): one search of the 60
    characters before it (not cached: a cache keyed by the text would keep whole documents alive)."""
    return _destination().search(text, max(0, start - 60), start) is not None


def _best_place(doc: Doc, cands: list[Mention], anchor: int, par_starts: list[int]) -> Mention | None:
    if not cands:
        return None
    return min(cands, key=lambda m: (_place_penalty(doc, m, par_starts), min(abs(m.start - anchor), abs(m.end - anchor))))


def _place_key(m: Mention) -> str:
    return str(m.data.get("geonameid") or (m.data.get("name") or m.data.get("text") or "").lower())


def _doc_defaults(ctx: _Ctx) -> dict[str, Mention | None]:
    places = ctx.layers.get("places", [])
    place = None
    par_starts = ctx.par_starts
    if places:
        score: dict[str, float] = {}
        first: dict[str, Mention] = {}
        for m in places:
            pen = _place_penalty(ctx.doc, m, par_starts)
            if pen >= 3.0:
                continue
            key = _place_key(m)
            score[key] = score.get(key, 0.0) + 2.0 - min(pen, 1.5)
            first.setdefault(key, m)
        if score:
            best = max(score, key=lambda k: (score[k], -first[k].start))
            place = first[best]
    date = None
    if len(ctx.doc.text) <= LONG_DOCUMENT:
        date = _default_date(ctx, place)
        if date is not None:
            # of that sentence's dates, the one nearest its event word ("remains were strewn on Friday,
            # after an airstrike the previous day")
            seg = ctx.doc.sentences[_sentence_index(ctx, date.start)]
            events = [m for m in _in(ctx, "types", seg) if m.label != "other"]
            same = [m for m in _in(ctx, "dates", seg) if _is_carried_date(m) and m.label in ("day", "range")
                    and m.rule != "since"]
            if events and len(same) > 1:
                date = min(same, key=lambda m: min(abs(m.start - e.end) for e in events))
    typ = _document_type(ctx, date=date, place=place)
    harmful = _document_type(ctx, _type_rules().harmless, date=date, place=place)
    return {"place": place, "type": typ, "type_casualties": harmful if harmful is not None else typ, "date": date}


def _document_type(ctx: _Ctx, skip: frozenset[str] = frozenset(), date: Mention | None = None,
                   place: Mention | None = None) -> Mention | None:
    """The document's incident type: its heaviest event word (the largest total on ties) among the types
    the document is about - those its lead (headline and first paragraphs) names, and those whose event
    words weigh as much in all as the lead's main type. An event word told only after the lead, in
    background ("a grenade attack last month", "two others were arrested"), does not type the document.
    Types in ``skip`` are left out (for casualties: events that harm nobody by themselves). A heavier type
    that tells how the main one happened refines it when the document is about it or tells it of the
    document's ``date`` and ``place`` (not air strikes told of another day and country in its reactions)."""
    types = [m for m in ctx.layers.get("types", []) if m.label not in skip]
    if not types:
        return None
    best = _heaviest_type(ctx, types, date, place)
    text = ctx.doc.text
    if all(_in_quotes(text, m.start) for m in types if m.label == best.label):
        # '"30 soldiers were massacred", a post says': a quoted word types the document only when nothing else does
        # (read only for the chosen type's words: most are outside quotes, and the first tells)
        own = [m for m in types if not _in_quotes(text, m.start)]
        if own:
            best = _heaviest_type(ctx, own, date, place)
    return best


def _heaviest_type(ctx: _Ctx, types: list[Mention], date: Mention | None, place: Mention | None) -> Mention:
    """``_document_type``'s choice among the event words ``types`` (not empty)."""
    tw: dict[str, float] = {}
    heaviest: dict[str, float] = {}
    for m in types:
        tw[m.label] = tw.get(m.label, 0.0) + _weight(m)
        heaviest[m.label] = max(heaviest.get(m.label, 0.0), _weight(m))
    k = _lead_end(ctx)
    pars = ctx.doc.paragraphs
    lead_end = pars[k].start if k < len(pars) else len(ctx.doc.text)
    lead = {m.label for m in types if m.start < lead_end}
    if lead:
        main = max(tw[t] for t in lead)
        salient = {t for t in tw if t in lead or tw[t] >= main}
    else:
        salient = set(tw)
    def rank(t: str) -> tuple[float, float, int]:
        return heaviest[t], tw[t], -min(m.start for m in types if m.label == t)

    best_t = max(salient, key=rank)
    finer = [t for t in tw if t in _type_rules().refinements.get(best_t, ()) and heaviest[t] > heaviest[best_t]
             and (t in salient or _told_of_incident(ctx, t, date, place))]
    if finer:
        best_t = max(finer, key=rank)  # "an explosion at the theatre" ... "the bomb dropped on it": the air strike
    return next(m for m in types if m.label == best_t)


def _in_quotes(text: str, pos: int) -> bool:
    """True when ``pos`` lies inside a quotation of its line: an odd number of straight double quotes before it,
    or a curly opening quote not closed before it."""
    line = text.rfind("\n", 0, pos) + 1
    if text.count('"', line, pos) % 2 == 1:
        return True
    return text.rfind("“", line, pos) > text.rfind("”", line, pos)


@dataclass(frozen=True)
class _TypeRules:
    """The parts of ``types.json`` that decide a claim's type, read once."""

    harmless: frozenset[str]  # ``harmless_types``: events that harm no one ("arrested", "fled their homes")
    refinements: dict[str, tuple[str, ...]]  # ``refinements``: the types that tell how a generic one happened
    refined_only: frozenset[str]  # ``refined_only``: generic words only a refinement may stand for (types or pattern ids)
    word_types: dict[str, str]  # each event-word pattern id's type
    weapons: frozenset[str]  # ``weapon_types``
    war_totals: re.Pattern[str]  # ``war_totals``: a total over a whole war
    wide_totals: re.Pattern[str]  # ``wide_totals``: a total over a whole country or year ("across the country")
    period_totals: Caseless  # ``period_totals``: a count since a date or over a year (its words read lower-cased)
    long_period_days: int  # ``long_period_days``: a period longer than this counts incidents of every kind
    people_counts: frozenset[str]  # ``people_counts``: what a count of people (no casualty) counts
    massacre_toll: float  # ``massacre_toll``: the dead of one killing of civilians that make it a massacre
    massacre_days: int  # ``massacre_days``: the longest span of days one massacre's own date may cover
    legal_counts: frozenset[str]  # ``legal_counts``: what a count of legal acts counts ("cases", "proceedings")
    structure_counts: frozenset[str]  # ``structure_counts``: what a count of buildings counts ("schools", "houses")
    claim_types: dict[str, str]  # ``claim_types``: the taxonomy type a claim records for an event word's type
    armed_losses: re.Pattern[str]  # ``armed_losses``: the armed people a toll may count ("servicemen", "its military dead")
    civilian_victims: SliceCue  # ``civilian_victims``: people a toll names as civilians ("villagers", "aid workers")
    civilian_types: frozenset[str]  # ``civilian_types``: the claim types of violence against civilians
    armed_actors: re.Pattern[str]  # ``armed_actors``: armed people named by what they do ("gunmen", "kidnappers")
    toll_openers: re.Pattern[str]  # ``toll_openers``: active verbs of harm or speech ("gunmen killed 12": the gunmen did it)
    unarmed_victims: SliceCue  # ``unarmed_victims``: people of no armed side a toll may count
    armed_near_toll: SliceCue  # ``armed_losses`` again, read in the words around a toll (``_toll_spans``)
    incident_refs: re.Pattern[str]  # ``incident_refs``: words that refer back to the text's incident ("the attack")
    war_words: re.Pattern[str]  # ``war_words``: a text about a war or fighting
    loss_periods: re.Pattern[str]  # ``loss_periods``: a toll over a period ("this year", "by the end of the war")
    custody: frozenset[str]  # ``custody_types``: events that hold people (an arrest, an abduction)


@cache
def _type_rules() -> _TypeRules:
    from claimledger.extract.types import rules as type_rules

    r = type_rules()
    return _TypeRules(
        harmless=frozenset(r.get("harmless_types", [])),
        refinements={k: tuple(v) for k, v in r.get("refinements", {}).items() if not k.startswith("_")},
        refined_only=frozenset(r.get("refined_only", [])),
        word_types={str(p["id"]): str(p["type"]) for p in r.get("patterns", [])},
        weapons=frozenset(r.get("weapon_types", [])),
        war_totals=compile_fast(r.get("war_totals", "(?!)"), re.IGNORECASE),
        wide_totals=compile_fast(r.get("wide_totals", "(?!)"), re.IGNORECASE),
        period_totals=Caseless(r.get("period_totals", "(?!)")),
        long_period_days=int(r.get("long_period_days", 60)),
        people_counts=frozenset(r.get("people_counts", [])),
        massacre_toll=float(r.get("massacre_toll", float("inf"))),
        massacre_days=int(r.get("massacre_days", 3)),
        legal_counts=frozenset(r.get("legal_counts", [])),
        structure_counts=frozenset(r.get("structure_counts", [])),
        claim_types={k: str(v) for k, v in r.get("claim_types", {}).items()},
        armed_losses=compile_fast(r.get("armed_losses", "(?!)"), re.IGNORECASE),
        civilian_victims=SliceCue(r.get("civilian_victims", "(?!)"), re.IGNORECASE),
        civilian_types=frozenset(r.get("civilian_types", [])),
        armed_actors=compile_fast(r.get("armed_actors", "(?!)"), re.IGNORECASE),
        toll_openers=compile_fast(r.get("toll_openers", "(?!)"), re.IGNORECASE),
        unarmed_victims=SliceCue(r.get("unarmed_victims", "(?!)"), re.IGNORECASE),
        armed_near_toll=SliceCue(r.get("armed_losses", "(?!)"), re.IGNORECASE),
        incident_refs=compile_fast(r.get("incident_refs", "(?!)"), re.IGNORECASE),
        war_words=compile_fast(r.get("war_words", "(?!)"), re.IGNORECASE),
        loss_periods=compile_fast(r.get("loss_periods", "(?!)"), re.IGNORECASE),
        custody=frozenset(r.get("custody_types", [])),
    )


def _default_date(ctx: _Ctx, place: Mention | None = None) -> Mention | None:
    """The document's incident date: the first day or range in a sentence with an event word (or a
    denial), preferring one whose sentence names a specific event type of the lead (the first sentence
    with an event word: "... killed hundreds in a massacre last year ... Forces entered the town on 20
    May after shelling ... The massacre began on 28 May" is dated 28 May); a period ("since 15 April":
    to the document's date) does not date the document. With a specific document ``place``, the dates
    of sentences that name only other towns ("On 14 May a similar strike hit Y") give way to the others."""
    cands = [m for m in ctx.layers.get("dates", []) if _is_carried_date(m) and m.label in ("day", "range")
             and not _is_period(ctx, m) and (m.rule == "death" or _tells_of_incident(ctx, ctx.doc.sentences[_sentence_index(ctx, m.start)])
                                             or _opens_paragraph(ctx, m))]
    if place is not None and place.label in ("locality", "district"):
        cands = [m for m in cands if not _other_towns_only(ctx, m, place)] or cands
    if not cands:
        return _lead_date(ctx)
    if len(cands) < 2:
        return cands[0]
    events = [m for m in ctx.layers.get("types", []) if m.label != "other"]
    if not events:
        return cands[0]
    lead = ctx.doc.sentences[_sentence_index(ctx, events[0].start)]
    specific = {m.label for m in _in(ctx, "types", lead) if _weight(m) > GENERIC_TYPE_WEIGHT}
    for m in cands:
        if any(t.label in specific for t in _in(ctx, "types", ctx.doc.sentences[_sentence_index(ctx, m.start)])):
            return m
    return cands[0]


LEAD_MIN_WORDS = 8  # a sentence (not a heading or a byline) this long, ending in a stop, can date a document
LEAD_LIST_ITEMS = 2  # list items ("Place: ...", "- ...") below a lead that make the document a list of its day's incidents
_LIST_ITEM = re.compile(r"(?m)^[ \t]*(?:[-•*–—][ \t]+|[A-Z][\w .()'’-]{1,40}:[ \t])")


def _lead_date(ctx: _Ctx) -> Mention | None:
    """With no date in any sentence that tells of an incident: the day the lead's first full sentence
    gives ("Polling took place yesterday in ..." above a list of the day's incidents) when it comes
    before every incident word and list items follow it: the list tells of that day."""
    events = [m for m in ctx.layers.get("types", []) if m.label != "other" and _full_sentence(ctx, m.start)]
    for m in ctx.layers.get("dates", []):
        if events and m.start > events[0].start:
            return None
        if _is_carried_date(m) and m.label == "day" and not _is_period(ctx, m) and _full_sentence(ctx, m.start):
            items = _LIST_ITEM.findall(ctx.doc.text, m.end)
            return m if len(items) >= LEAD_LIST_ITEMS else None
    return None


def _full_sentence(ctx: _Ctx, at: int) -> bool:
    """True when the sentence at offset ``at`` is a sentence of the body, not a heading or a byline: it
    has LEAD_MIN_WORDS words or more and ends with a stop."""
    seg = ctx.doc.sentences[_sentence_index(ctx, at)]
    words = ctx.doc.text[seg.start:seg.end].split()
    return len(words) >= LEAD_MIN_WORDS and words[-1].endswith(".")


def _live_entry_date(ctx: _Ctx, si: int) -> Mention | None:
    """The day of the live-blog entry (its time stamp, rule ``live_entry``) the sentence ``si`` belongs
    to: the first sentence of its paragraph opens with it."""
    j = _paragraph_sentences(ctx, ctx.par_of_sentence[si])[0]
    return next((m for m in _in(ctx, "dates", ctx.doc.sentences[j]) if m.rule == "live_entry"), None)


def _reported_before(ctx: _Ctx, seg: Segment, carried: Mention) -> Mention | None:
    """The day a sentence reports its event on ("posted on Thursday evening that shelling had killed 9"), when
    the document's (or its place's) date ``carried`` to it falls after that day: an event is not reported
    before it happens, so the report's day dates it. (A date well before the report day is kept: reports
    tell of events weeks or months old.)"""
    start = carried.data.get("start")
    if start is None:
        return None
    for m in _in(ctx, "dates", seg):
        day = m.data.get("start")
        if m.rule == "report" and m.label == "day" and day is not None and m.data.get("end") == day and start > day:
            return m
    return None


_DEFINITE = re.compile(r"(?i)\b(?:the|this|that)\s+$")


def _refers_back(ctx: _Ctx, seg: Segment) -> bool:
    """True when a sentence names its event only as one already told ("says it has admitted 152 wounded
    since the explosion", "confirm 71 dead"): every event word it holds follows "the", "this" or "that"."""
    text = ctx.doc.text
    return all(_DEFINITE.search(text, max(seg.start, m.start - 6), m.start) for m in _in(ctx, "types", seg)
               if m.label != "other")


def _first_told_entry(ctx: _Ctx, entry: Mention) -> Mention | None:
    """The first live-blog entry (rule ``live_entry``) when it is of an earlier day than ``entry``: a
    timeline's later entries that only report on "the explosion" (tolls, denials) are of the event it opened on."""
    first = next((m for m in ctx.layers.get("dates", []) if m.rule == "live_entry"), None)
    day = entry.data.get("start")
    if first is None or day is None or first.data.get("start") is None or first.data["start"] >= day:
        return None
    return first


def _date_of_type(ctx: _Ctx, label: str, first: dt.date, last: dt.date) -> Mention | None:
    """The text's first incident date (day or range) within ``first``..``last`` in a sentence naming an
    event of type ``label``."""
    for m in ctx.layers.get("dates", []):
        if not (_is_carried_date(m) and m.label in ("day", "range") and m.rule != "since"
                and m.data.get("start") is not None and first <= m.data["start"]
                and (m.data.get("end") or m.data["start"]) <= last):
            continue
        if any(t.label == label for t in _in(ctx, "types", ctx.doc.sentences[_sentence_index(ctx, m.start)])):
            return m
    return None


def _elsewhere(ctx: _Ctx, date: Mention, place: Mention) -> bool:
    """True when the sentence of a carried ``date`` names specific places, none of them the claim's
    own ``place`` or in its province (admin1): that date belongs to an event elsewhere ("On 17 October the fifth strike hit X.
    The strike on Y killed 29" - Y's toll is not dated 17 October)."""
    here = [m for m in _in(ctx, "places", ctx.doc.sentences[_sentence_index(ctx, date.start)])
            if m.label in ("locality", "district", "unresolved") and "dateline" not in m.rule
            and not (m.label == "unresolved" and _named_with_region_word(m))]
    if not here:
        return False
    keys = _place_keys(place) | _bare_names(place)
    area = (place.data.get("country"), place.data.get("admin1"))
    return all(not _named_by(m, keys) and not (_bare_names(m) & keys) and (area[1] is None or (m.data.get("country"), m.data.get("admin1")) != area)
               for m in here)


@cache
def _region_suffixes() -> tuple[str, ...]:
    cues = load_rules("places.json")["suffix_cues"]
    return tuple(" " + k for k, v in cues.items() if not k.startswith("_") and v == "region")


def _named_with_region_word(m: Mention) -> bool:
    """True when an unknown place is named as a region ("Lower X region", "Y province"): an area that
    may hold the claim's town, so its sentence's date is no evidence of an event elsewhere."""
    return str(m.data.get("text") or "").lower().endswith(_region_suffixes())


def _other_towns_only(ctx: _Ctx, date: Mention, place: Mention) -> bool:
    """True when the sentence of ``date`` names towns or districts, none of them ``place``; a dateline
    ("MOGADISHU (Reuters) - Fighters attacked a base near X early on Thursday") names where the report
    was filed, not another incident's town."""
    here = [m for m in _in(ctx, "places", ctx.doc.sentences[_sentence_index(ctx, date.start)])
            if m.label in ("locality", "district") and "dateline" not in m.rule]
    keys = _place_keys(place)
    return bool(here) and all(not _named_by(m, keys) for m in here)


def _place_keys(m: Mention) -> set[str]:
    """The ways a place mention may be named: gazetteer id, resolved name, surface text."""
    d = m.data
    return {str(k).lower() for k in (d.get("geonameid"), d.get("name"), d.get("text")) if k}


@cache
def _settlement_suffixes() -> tuple[str, ...]:
    cues = load_rules("places.json")["suffix_cues"]
    return tuple(" " + k for k, v in cues.items() if not k.startswith("_") and v in ("locality", "district"))


def _bare_names(m: Mention) -> set[str]:
    """The names of a place mention written with a settlement word ("Juhudi village", "Kora district"),
    without it ("juhudi"): the same place as a later bare mention of the name."""
    out: set[str] = set()
    text = str(m.data.get("text") or "").lower()
    for suffix in _settlement_suffixes():
        if text.endswith(suffix) and len(text) > len(suffix):
            out.add(text[: -len(suffix)].strip())
    return out


def _named_by(m: Mention, keys: set[str]) -> bool:
    """``bool(keys & _place_keys(m))``: the place mention ``m`` is named by one of ``keys``, read without
    building its set (this runs for every place of a document)."""
    d = m.data
    for k in (d.get("geonameid"), d.get("name"), d.get("text")):
        if k and str(k).lower() in keys:
            return True
    return False


def _superseded(ctx: _Ctx, date: Mention, si: int) -> bool:
    """True when, between the sentence of a carried ``date`` and the claim's sentence ``si`` (in the
    claim's paragraph), the text moves on to a later time it does not carry itself (a year: "In
    October 1990 the towns were looted. Early in 1991 the army took the last villages. In those
    villages dozens were killed" - not October 1990): that later time frames the claim."""
    first = date.data.get("end") or date.data.get("start")
    if first is None:
        return False
    sents = ctx.doc.sentences
    stop = _sentence_index(ctx, date.start)
    par = ctx.par_of_sentence[si]
    j = si - 1
    while j > stop and ctx.par_of_sentence[j] == par:
        for m in _in(ctx, "dates", sents[j]):
            start = m.data.get("start")
            if start is not None and start > first and _is_incident_date(m) and not _is_carried_date(m):
                return True
        j -= 1
    return False


@cache
def _series_patterns() -> tuple[re.Pattern[str] | Caseless, ...]:
    return tuple(_rule_regex(p) for p in load_rules("dates.json").get("series_patterns", []))


@cache
def _series_ahead_patterns() -> tuple[re.Pattern[str] | Caseless, ...]:
    """``_series_patterns`` and those of a series told after the claim (``series_ahead_patterns``)."""
    r = load_rules("dates.json")
    return tuple(_rule_regex(p) for p in r.get("series_patterns", []) + r.get("series_ahead_patterns", []))


def _rule_regex(pattern: str) -> re.Pattern[str] | Caseless:
    """A rule's regex; one case-insensitive as a whole ("(?i)...") runs over the lower-cased text
    (``fastre.Caseless``: the same matches, faster)."""
    return Caseless(pattern[4:]) if pattern.startswith("(?i)") else re.compile(pattern)


def _speaks_of_series(ctx: _Ctx, si: int, forward: bool) -> bool:
    """Whether sentence ``si`` speaks of a series of incidents (``_series_patterns``), kept per sentence."""
    key = (si, forward)
    found = ctx.series.get(key)
    if found is None:
        seg = ctx.doc.sentences[si]
        patterns = _series_ahead_patterns() if forward else _series_patterns()
        found = ctx.series[key] = any(rx.search(ctx.doc.text, seg.start, seg.end) for rx in patterns)
    return found


def _series_span(ctx: _Ctx, si: int, place: Mention | None, forward: bool = False,
                 label: str | None = None) -> Mention | None:
    """For a claim whose sentence speaks of a series of incidents ("26 were killed in the rocket attacks
    on X"), the span from the first to the last day the paragraph gave such incidents before it
    (sentences with an event word that name no other town than ``place``), when it gave two or more;
    with ``forward``, the days the paragraph gives after it ("X fired 5 rockets at Y. On 4 May ...").
    With a claim type ``label``, only sentences telling of that type or of a generic one ("attack") count:
    a rally told in between is no strike of the series."""
    if not _speaks_of_series(ctx, si, forward):
        return None
    sents = ctx.doc.sentences
    par = ctx.par_of_sentence[si]
    days: list[Mention] = []
    step = 1 if forward else -1
    j = si + step
    while 0 <= j < len(sents) and ctx.par_of_sentence[j] == par:
        if _has_event(ctx, sents[j]) and (label is None or any(
                t.label == label or _weight(t) <= GENERIC_TYPE_WEIGHT for t in _in(ctx, "types", sents[j]) if t.label != "other")):
            days.extend(m for m in _in(ctx, "dates", sents[j])
                        if _is_carried_date(m) and m.label in ("day", "range") and m.data.get("start") is not None
                        and not _is_period(ctx, m) and not (place is not None and _other_towns_only(ctx, m, place)))
        j += step
    if len({(m.data["start"], m.data.get("end")) for m in days}) < 2:
        return None
    first = min(days, key=lambda m: m.data["start"])
    last = max(days, key=lambda m: m.data.get("end") or m.data["start"])
    start, end = first.data["start"], last.data.get("end") or last.data["start"]
    lo, hi = min(m.start for m in days), max(m.end for m in days)
    return Mention(lo, hi, "range", {"start": start, "end": end, "precision": "range"}, "days")


@cache
def _separate_openers() -> tuple[re.Pattern[str], ...]:
    return tuple(re.compile(p) for p in load_rules("dates.json").get("separate_incident_openers", []))


def _separate_incident(ctx: _Ctx, seg: Segment) -> bool:
    """True when the sentence opens by announcing another incident ("Separately, ...", "In another attack, ...")."""
    return any(rx.match(ctx.doc.text, seg.start, seg.end) for rx in _separate_openers())


PLACE_DATE_LOOKBACK = 40  # sentences


def _date_of_place(ctx: _Ctx, si: int, place: Mention) -> Mention | None:
    """The date the text last gave to an event at the same place ("Late on 3 to 4
    June 2011 Telmar was overrun ... In Telmar itself, 41 pupils died"); when that is a sentence
    about a series of incidents there ("the rocket attacks on Telmar"), the span of their days
    (:func:`_series_span`)."""
    key = _place_key(place)
    bare = _bare_names(place) | {key}
    sents = ctx.doc.sentences
    for j in range(si - 1, max(-1, si - PLACE_DATE_LOOKBACK), -1):
        here = _in(ctx, "places", sents[j])
        if not any(_place_key(m) == key or _bare_names(m) & bare for m in here):
            continue
        dates = [m for m in _in(ctx, "dates", sents[j]) if _is_carried_date(m)]
        if dates and _has_event(ctx, sents[j]):
            return dates[0]
        if not dates and _has_event(ctx, sents[j]):
            series = _series_span(ctx, j, place)
            if series is not None:
                return series
    return None


GENERIC_TYPE_WEIGHT = 5.0  # "attack", "explosion", "civilians were killed": a heavier type in the paragraph or document says more


def _weight(m: Mention) -> float:
    return float(m.data.get("weight", 1.0))


def _type_for(ctx: _Ctx, si: int, default: Mention | None, skip: frozenset[str] = frozenset(),
              own_only: bool = False, date: Mention | None = None, place: Mention | None = None) -> tuple[Mention | None, str]:
    """The claim's type: the heaviest event word of the sentence; a generic or victim-only one
    ("attack", "explosion", "civilians were killed") gives way to a heavier one of the paragraph (not of
    a type in ``skip``: a toll does not take an abduction or an arrest told beside it), then to the
    document's ``default`` type (``_document_type``) - not in a long document, which tells of many
    incidents, nor in a sentence that opens another incident ("Separately, ..."). A sentence with no heavier
    event word in a paragraph that names its event ("clashes between two militias") takes the paragraph's,
    unless the document's type tells how that event happened (``_tells_how``)."""
    sents = ctx.doc.sentences
    here = _in(ctx, "types", sents[si])
    here = [m for m in here if m.label not in skip] or here  # "killed five and arrested two others": the killing
    best = max(here, key=lambda m: (_weight(m), -m.start)) if here else None
    if best is not None and _weight(best) > GENERIC_TYPE_WEIGHT or own_only:
        return best, ""  # (``own_only``: a total over a period, "since January", counts incidents of every kind)
    par = ctx.par_of_sentence[si]
    around = [m for j in _paragraph_sentences(ctx, par) if j != si for m in _in(ctx, "types", sents[j])
              if m.label not in skip]
    pbest = max(around, key=lambda m: (_weight(m), -m.start)) if around else None
    if pbest is not None and _weight(pbest) > max(GENERIC_TYPE_WEIGHT, _weight(best) if best else 0.0):
        return pbest, "paragraph:"
    if len(ctx.doc.text) > LONG_DOCUMENT:
        return best, ""  # a long text tells of many incidents: no document-level type either
    if best is not None and _separate_incident(ctx, sents[si]):
        return best, ""  # "Separately, two policemen were killed in an attack on a patrol": its own event
    if default is not None and not _told_of_incident(ctx, default.label, date, place):
        # the document's type is told only of another incident (another day, another town): the paragraph's
        # (not an arrest or a flight told beside the sentence's own attack)
        if pbest is not None and (best is None or _weight(pbest) > _weight(best) and _stands_for(best, pbest)):
            return pbest, "paragraph:"
        return best, ""
    if pbest is not None and _weight(pbest) >= max(GENERIC_TYPE_WEIGHT, _weight(best) if best else 0.0) \
            and default is not None and not _tells_how(pbest, default):
        return pbest, "paragraph:"  # "Clashes between two militias. 25 killed.": the clashes, not the text's riot
    if default is not None and (best is None or _weight(default) > _weight(best) and any(
            _stands_for(m, default) and (m.label != "other" or not _own_kind(best)) for m in here)
            and (not _refined_only(best) or _stands_for(best, default))):
        # (a background word stands for the document's event, not beside an arrest of the sentence's own:
        # "detained three suspects and seized two rifles"; nor beside fighting the document's type does not
        # refine: "fighting between two clans killed eight" in a text about bodies found)
        return default, "document:"
    return best, ""


def _long_period_total(ctx: _Ctx, seg: Segment, figs: list[Mention]) -> bool:
    """True when a claim counts over a long period (rules ``period_totals``: "since January", "in 2022")
    and its own sentence names no event but the generic killing or attack words: it counts incidents of
    every kind, not the document's or paragraph's event. The period is long when it starts more than
    ``long_period_days`` before publication (or spans that much itself: a whole year); a count of
    civilians keeps the violence against civilians its sentence reads."""
    if any(m.label in HARMED_KINDS and "civilian" in str(m.data.get("group") or "") for m in figs):
        return False
    here = _in(ctx, "types", seg)
    if any(m.label != "attack" or _weight(m) > GENERIC_TYPE_WEIGHT for m in here):
        return False
    rules = _type_rules()
    text = ctx.doc.text
    published = ctx.doc.source.published
    for p in rules.period_totals.finditer(text, seg.start, seg.end):
        inside = [m for m in _in(ctx, "dates", seg) if m.start < p.end() and p.start() < m.end
                  and m.data.get("start") is not None]
        if not inside:
            return True  # "since the start of the year"
        d = inside[0].data
        last = published if p.group(0).lower().startswith("since") and published is not None else (d.get("end") or d["start"])
        if (last - d["start"]).days > rules.long_period_days:
            return True
    return False


def _told_of_incident(ctx: _Ctx, label: str, date: Mention | None, place: Mention | None) -> bool:
    """True when some sentence naming an event of type ``label`` may tell of the claim's incident (its
    ``date`` and ``place``): the sentence's own incident dates, if it gives any, overlap the claim's date,
    and its towns, if it names any, include the claim's town (see :func:`_same_incident_sentence`)."""
    if date is None and place is None:
        return True
    seen: set[int] = set()
    for m in ctx.layers.get("types", []):
        if m.label != label:
            continue
        j = _sentence_index(ctx, m.start)
        if j not in seen:
            seen.add(j)
            if _same_incident_sentence(ctx, j, date, place):
                return True
    return False


def _same_incident_sentence(ctx: _Ctx, si: int, date: Mention | None, place: Mention | None) -> bool:
    """False when sentence ``si`` sets its event apart from a claim's ``date`` and ``place``: it gives
    incident dates, none overlapping ``date``, or names towns or districts, none of them ``place`` (a
    sentence that gives none is read with the nearest previous sentence of its paragraph that does:
    "Paktika: ... after shelling earlier in the week. Officials said the shelling killed one woman.")."""
    if date is not None and date.data.get("start") is not None:
        lo, hi = date.data["start"], date.data.get("end") or date.data["start"]
        days = _in_window(ctx, si, "dates", lambda m: _is_incident_date(m) and m.data.get("start") is not None
                          and not _is_period(ctx, m))
        if days and not any(m.data["start"] <= hi and lo <= (m.data.get("end") or m.data["start"]) for m in days):
            return False
    if place is not None and place.label in ("locality", "district", "unresolved"):
        towns = _in_window(ctx, si, "places", lambda m: m.label in ("locality", "district") and "dateline" not in m.rule)
        keys = _place_keys(place)
        if towns and not any(_named_by(m, keys) for m in towns):
            return False
    return True


def _in_window(ctx: _Ctx, si: int, layer: str, ok: Any) -> list[Mention]:
    """The mentions of ``layer`` that pass ``ok`` in sentence ``si``, else in the nearest previous sentence
    of its paragraph that has some."""
    par = ctx.par_of_sentence[si]
    j = si
    while j >= 0 and ctx.par_of_sentence[j] == par:
        found = [m for m in _in(ctx, layer, ctx.doc.sentences[j]) if ok(m)]
        if found:
            return found
        j -= 1
    return []


def _displacement_count(ctx: _Ctx, seg: Segment, figs: list[Mention]) -> Mention | None:
    """For a claim that counts only people displaced ("40,000 people fled towards the city during the
    fighting"), its displacement: the fighting or the attack its sentence names is what they fled, not what
    the claim counts (not a sentence that names a specific strike: its count is of the people the strike
    hit). The sentence's displacement word, else one read from the count itself."""
    if any(m.label in CASUALTY_KINDS for m in figs):
        return None
    moved = any(m.label == "displaced" for m in figs)
    if not moved and not (figs and all(_counts_people(m) for m in figs)):
        return None
    here = _in(ctx, "types", seg)
    if any(_weight(m) > GENERIC_TYPE_WEIGHT and m.label != "other" for m in here):
        return None  # "... when the missile hit 4,000 people waiting for evacuation": the strike's claim
    own = [m for m in here if m.label == "displacement"]
    if own and (moved or not any(m.start < own[0].start and m.label not in ("other", "displacement") for m in here)):
        # (a count of people its sentence says left: "300 families left the area after the attack"; not
        # people an attack told first found where they were waiting for an evacuation)
        return own[0]
    if not moved:
        return None
    count = next(m for m in figs if m.label == "displaced")
    return _read_type("displacement", count.start, count.end, "type.displaced_count")


def _custody_count(ctx: _Ctx, seg: Segment, figs: list[Mention], borrowed: bool = False) -> Mention | None:
    """For a claim that counts people captured or missing and no one killed or injured ("four men were arrested
    in connection with the killings", "310 people who disappeared after being arrested"), the custody word of its
    sentence (rules ``custody_types``: an arrest, an abduction): the people held are what it counts, not the
    killing they are held for. Not a sentence that names a weapon: its count is of the people the weapon hit
    ("the missile strike on the detention centre ... the prisoners held there"). When the sentence names no custody
    word and its type would be ``borrowed`` from its paragraph or document, a count of people captured ("900 people
    remained in custody", "the release of 40 people") is the custody its paragraph tells of (its nearest custody word),
    else a detention read from the count, not the protest or fighting told around it; not when the sentence names armed
    people (rules ``armed_losses``, ``armed_actors``), who take prisoners in a battle or a kidnapping."""
    if not any(m.label in ("captured", "missing") for m in figs) or any(m.label in HARMED_KINDS for m in figs):
        return None
    rules = _type_rules()
    here = _in(ctx, "types", seg)
    if any(m.label in rules.weapons for m in here):
        return None
    held = [m for m in here if m.label in rules.custody]
    if held:
        return max(held, key=lambda m: (_weight(m), -m.start))
    count = next((m for m in figs if m.label == "captured"), None)
    if not borrowed or count is None or rules.armed_losses.search(ctx.doc.text, seg.start, seg.end) is not None \
            or rules.armed_actors.search(ctx.doc.text, seg.start, seg.end) is not None:
        return None  # "the insurgents captured 15 soldiers", "gunmen seized 30 passengers": a battle's or a kidnapping's
    si = _sentence_index(ctx, seg.start)
    around = [m for j in _paragraph_sentences(ctx, ctx.par_of_sentence[si]) if j != si
              for m in _in(ctx, "types", ctx.doc.sentences[j]) if m.label in rules.custody]
    if around:
        return min(around, key=lambda m: abs(m.start - count.start))
    return _read_type("detention", count.start, count.end, "type.captured_count")


def _read_type(label: str, start: int, end: int, rule: str) -> Mention:
    """An event-word mention of type ``label`` that no event word of the text gives, read from what a claim
    counts (a count of people displaced, the losses of a battle), with the type's ACLED mapping and weight."""
    from claimledger.extract.types import acled_for, type_info

    acled_type, acled_sub = acled_for(label)
    return Mention(start, end, label, {"acled_event_type": acled_type, "acled_sub_event_type": acled_sub,
                                       "weight": float(type_info(label)["weight"])}, rule=rule)


LOSSES_BEFORE, LOSSES_AFTER = 30, 25  # characters around a toll read for whom it counts ("its military dead at 207")


def _toll_spans(text: str, figs: list[Mention]) -> list[tuple[int, int]]:
    """The words around each toll that may say whom it counts: ``LOSSES_BEFORE`` characters before it and
    ``LOSSES_AFTER`` after it, within its line and sentence, less the words before it up to an active verb of harm
    or of speech (rules ``toll_openers``): in "rebels killed 12 in the village" the rebels did the killing, in
    "medics said 12 were killed" the medics speak. RETURNS: the ``(start, end)`` of each such stretch, searched as
    the slice ``text[start:end]`` (``SliceCue``: ``^`` and ``\\b`` hold at its edges)."""
    verbs = _type_rules().toll_openers
    spans = []
    for m in figs:
        if m.label not in HARMED_KINDS:
            continue
        a = max(0, m.start - LOSSES_BEFORE, text.rfind("\n", 0, m.start) + 1, text.rfind(". ", 0, m.start) + 2)
        for v in verbs.finditer(text, a, m.start):
            a = v.end()
        spans.append((a, m.end + LOSSES_AFTER))
    return spans


def _armed_only(text: str, figs: list[Mention]) -> bool:
    """True when a claim's tolls count only armed people (rules ``armed_losses``: "80 of its servicemen killed",
    "its military dead at 207"; none beside civilians or people of no side, ``unarmed_victims``), read around
    each toll (``_toll_spans``), not in the rest of its sentence ("wounded in the attack on a rebel stronghold")."""
    rules = _type_rules()
    spans = _toll_spans(text, figs)
    low = caseless_text(text)
    return (any(rules.armed_near_toll.holds(text, low, a, b) for a, b in spans)
            and not any(rules.unarmed_victims.holds(text, low, a, b) for a, b in spans))


def _civilians_only(text: str, figs: list[Mention]) -> bool:
    """True when a claim's tolls name civilians (rules ``civilian_victims``: "30 civilians", "two aid workers") and
    no armed people (``armed_losses``), read around each toll (``_toll_spans``)."""
    rules = _type_rules()
    spans = _toll_spans(text, figs)
    low = caseless_text(text)
    return (any(rules.civilian_victims.holds(text, low, a, b) for a, b in spans)
            and not any(rules.armed_near_toll.holds(text, low, a, b) for a, b in spans))


def _victims_type(ctx: _Ctx, si: int, figs: list[Mention], tm: Mention, tp: str) -> Mention | None:
    """For a claim that took its type from its paragraph or document (``tp``), the type its victims make it when
    they contradict that type (ACLED: a battle is fought between armed sides, violence against civilians harms
    people of none): a toll of armed people only ("eight soldiers were killed") in a text about a massacre is
    the battle's (its sentence's clash word, else the paragraph's: ``_battle_of``); a toll of civilians only
    ("30 civilians had been killed") in a text about fighting is an attack on them (its sentence's attack word,
    else one read from the toll). Rules ``civilian_types``: the claim types of violence against civilians."""
    if tp not in ("paragraph:", "document:") or not any(m.label in HARMED_KINDS for m in figs):
        return None
    rules = _type_rules()
    text = ctx.doc.text
    claim_type = _claim_type(tm.label)
    if claim_type in rules.civilian_types and _armed_only(text, figs):
        return _battle_of(ctx, si)
    if claim_type == "armed_clash" and _civilians_only(text, figs):
        seg = ctx.doc.sentences[si]
        own = [m for m in _in(ctx, "types", seg) if _claim_type(m.label) in rules.civilian_types]
        if own:
            return max(own, key=lambda m: (_weight(m), -m.start))
        count = next(m for m in figs if m.label in HARMED_KINDS)
        return _read_type("attack", count.start, count.end, "type.civilian_losses")
    return None


def _armed_losses(ctx: _Ctx, si: int, figs: list[Mention], tm: Mention, tp: str) -> bool:
    """True when a claim that counts only the armed forces' own dead or wounded took a weapon from a document
    about a war or fighting (rules ``war_words``) or over a period (``loss_periods``: "this year"), or from a
    paragraph that tells of fighting: the losses of a battle ("over two days of fighting ...
    the ministry reported 80 of its servicemen killed"), not of the strike told beside it. Not when its own
    sentence names a weapon, nor in a paragraph whose weapon is its only event ("A missile hit the barracks.
    Twenty soldiers were killed.")."""
    rules = _type_rules()
    if tm.label not in rules.weapons or not any(m.label in HARMED_KINDS for m in figs):
        return False
    seg = ctx.doc.sentences[si]
    if any(m.label in rules.weapons for m in _in(ctx, "types", seg)) or not _armed_only(ctx.doc.text, figs):
        return False
    if rules.incident_refs.search(ctx.doc.text, seg.start, seg.end) is not None:
        return False  # "its fighters had killed 20 soldiers in the attack": the strike the text tells of
    if tp == "document:":
        # (a text about a war or fighting, or a toll over a period: not the bombing of an army truck, whose dead
        # are soldiers)
        return (rules.war_words.search(ctx.doc.text) is not None
                or rules.loss_periods.search(ctx.doc.text, seg.start, seg.end) is not None)
    return _battle_of(ctx, si).rule != "type.armed_losses"


def _battle_of(ctx: _Ctx, si: int) -> Mention:
    """The fighting a claim's paragraph tells of (its first clash word), else a battle read from the losses."""
    par = ctx.par_of_sentence[si]
    for j in _paragraph_sentences(ctx, par):
        clash = next((m for m in _in(ctx, "types", ctx.doc.sentences[j]) if _refined_only(m) and m.label == "armed_clash"), None)
        if clash is not None:
            return clash
    seg = ctx.doc.sentences[si]
    return _read_type("armed_clash", seg.start, seg.start, "type.armed_losses")


def _destruction_count(ctx: _Ctx, seg: Segment, figs: list[Mention]) -> Mention | None:
    """For a claim that counts buildings first and no casualty ("21 schools had been damaged during the
    fighting", "60 houses had been burned ... and 2,000 villagers had fled"; rules ``structure_counts``), the
    destruction word of its sentence: the damage is what it counts, not the fighting it happened in nor the
    flight told after it. Not a sentence that names a specific weapon ("shells destroyed 12 houses")."""
    if not figs or any(m.label in CASUALTY_KINDS for m in figs):
        return None
    first = figs[0]
    if first.label != "other" or str(first.data.get("what") or "").lower() not in _type_rules().structure_counts:
        return None
    here = _in(ctx, "types", seg)
    if any(_weight(m) > GENERIC_TYPE_WEIGHT and m.label != "other" for m in here):
        return None
    return next((m for m in here if m.label == "destruction"), None)


def _long_range(ctx: _Ctx, seg: Segment) -> bool:
    """True when the sentence names a range of days longer than ``long_period_days`` ("between 1 January and
    31 March"): what it counts happened over the period, in many incidents."""
    limit = _type_rules().long_period_days
    return any(m.label == "range" and m.data.get("start") is not None and m.data.get("end") is not None
               and (m.data["end"] - m.data["start"]).days > limit for m in _in(ctx, "dates", seg))


def _period_dated(dm: Mention | None, dp: str, pm: Mention | None) -> bool:
    """True when a claim's own sentence dates it over more days than one massacre lasts (``massacre_days``:
    "87 civilians were killed in the province in October", "last month") and places it in no one town: it
    counts a period's dead over an area (the dead of one town over a year may be the town's massacre)."""
    if dm is None or dp:
        return False
    if pm is not None and (pm.label == "locality" or pm.label == "unresolved"
                           and bool(pm.data.get("cued_locality") or pm.data.get("settlement"))):
        return False
    start, end = dm.data.get("start"), dm.data.get("end")
    return start is not None and end is not None and (end - start).days > _type_rules().massacre_days


def _mass_toll(figs: list[Mention]) -> bool:
    """True when a claim counts at least ``massacre_toll`` killed (rules): with no weapon named and in one
    incident, a killing of that many people is a massacre."""
    return any(m.label == "killed" and float(m.data.get("low") or m.data.get("value") or 0) >= _type_rules().massacre_toll
               for m in figs)


def _counts_people(m: Mention) -> bool:
    """True for a count of people that is no casualty ("about 150 families", "40,000 people"; rules
    ``people_counts``)."""
    return m.label == "other" and str(m.data.get("what") or "").lower() in _type_rules().people_counts


def _own_kind(m: Mention) -> bool:
    """True for an event word of its own kind that harms no one ("arrested", "fled their homes"; rules
    ``harmless_types`` but ``other``)."""
    return m.label != "other" and m.label in _type_rules().harmless


def _stands_for(own: Mention, default: Mention) -> bool:
    """True when the document's ``default`` type may stand for the claim sentence's own lighter event word
    ``own``: not when that word names an event of its own kind ("arrested", "fled their homes", "destroyed":
    rules ``harmless_types``, except ``other``), and a bare "attack" only by a type that tells how it happened
    (rules ``refinements``: an air strike or a massacre, not a kidnapping told elsewhere), and a bare
    "explosion" or "bomb" only by a weapon (rules ``refined_only``: not by the clashes the text tells of)."""
    if _own_kind(own):
        return False
    rules = _type_rules()
    if own.label in rules.refinements.get(default.label, ()):
        return False  # "an attack on a military position": the clash it reads, not the document's generic attack
    return not _refined_only(own) or default.label in rules.refinements.get(own.label, ())


def _refined_only(m: Mention) -> bool:
    """True when only a refinement of its type may stand for event word ``m`` (rules ``refined_only``: its type,
    or its pattern id while the word keeps that pattern's type: "fighting" and "clashes", not an attack on
    soldiers read as a clash)."""
    rules = _type_rules()
    if m.label in rules.refined_only:
        return True
    pid = m.rule.split("+", 1)[0].removeprefix("type.")
    return pid in rules.refined_only and rules.word_types.get(pid) == m.label


def _claim_type(label: str) -> str:
    """The taxonomy type a claim records for an event word's type (rules ``claim_types``: the generic
    "attack", a killing or assault with no armed target named, is ACLED's violence against civilians)."""
    return _type_rules().claim_types.get(label, label)


def _tells_how(generic: Mention, specific: Mention) -> bool:
    """True when ``specific`` may tell how the event of the ``generic`` word happened: a weapon (rules
    ``weapon_types``: "the attack" and "the air strike") or a refinement of its type (rules ``refinements``)."""
    rules = _type_rules()
    if _refined_only(generic):
        return specific.label in rules.refinements.get(generic.label, ())  # "the fighting": a massacre, not a strike told apart
    return specific.label in rules.weapons or specific.label in rules.refinements.get(generic.label, ())


def _places_helper() -> Any:
    """``place_for(doc, start, end)`` from the places component, when it offers one."""
    import os

    if os.environ.get("CLAIMLEDGER_OWN_PLACE_RANKING"):
        return None
    return getattr(_places_module(), "place_for", None)


@cache
def _places_module() -> Any:
    """The places component's module, when it is installed (else None); imported once, not per claim."""
    try:
        from claimledger.extract import places
    except ImportError:
        return None
    return places


def _helper_main_place(doc: Doc, par_starts: list[int]) -> Mention | None:
    """The places component's main place of the document (``document_place``), when it has one this
    ranking accepts (not a destination, a dateline or a possessive)."""
    places = _places_module()
    if places is None:
        return None
    main = places.document_place(doc)
    return main if main is not None and _place_penalty(doc, main, par_starts) < 3.0 else None


def _own_country(doc: Doc, m: Mention, seg: Segment, par_starts: list[int]) -> bool:
    """In a long text (many incidents, many places), a country the sentence itself names as a place
    ("forests in X were destroyed", not "X's army") is its place, rather than the document's place;
    so is, in any text, the country or region whose figure the sentence breaks down by place."""
    if m.label in ("country", "region") and _whole_of_breakdown(doc, m, seg.start, seg.end):
        return True  # "In X, 5,000 cases, of which 800 in A": the whole figure is the country's
    if m.label == "country" and seg.start <= m.start < seg.end and _period_total_in(doc, seg):
        return True  # "Since 8 October, the attacks have killed 331 people in X": a running total over the country
    return (len(doc.text) > LONG_DOCUMENT and m.label == "country" and seg.start <= m.start < seg.end
            and _place_penalty(doc, m, par_starts) <= _PRECISION_RANK["country"])


def _country_told_before(ctx: _Ctx, si: int, main: Mention, par_starts: list[int]) -> Mention | None:
    """The country a body sentence's claim takes instead of the document's main place ``main`` when the
    text names that place only in a later paragraph ("Observers visited a clinic in X" after the
    paragraphs of country-wide figures): the last mention of ``main``'s country before the sentence,
    outside datelines and possessives; None when ``main`` is named before the sentence's paragraph
    ends, or no such country mention precedes it. A headline (the first paragraph) keeps ``main``."""
    par_index = ctx.par_of_sentence[si]
    if par_index == 0 or not ctx.doc.paragraphs or not main.data.get("country"):
        return None
    par_end = ctx.doc.paragraphs[par_index].end
    key = _place_key(main)
    seg = ctx.doc.sentences[si]
    places = ctx.layers.get("places", [])
    if any(p.start < par_end and _place_key(p) == key for p in places):
        return None
    if not any(_full_sentence(ctx, ctx.doc.sentences[j].start) for j in range(si)):
        return None  # the lead ("An airstrike hit a market in the north, killing 20"): of the place the text names later
    told = [p for p in places if p.end <= seg.start and p.label == "country"
            and p.data.get("country") == main.data["country"]
            and not any(p.data.get(k) for k in _NOT_AN_AREA) and _place_penalty(ctx.doc, p, par_starts) < 4.0]
    return told[-1] if told else None


def _period_total_in(doc: Doc, seg: Segment) -> bool:
    """places.states_period_total for the sentence ``seg`` ("since 8 October", "so far", "to date")."""
    try:
        from claimledger.extract.places import states_period_total
    except ImportError:
        return False
    return bool(states_period_total(doc.text, seg.start, seg.end))


def _whole_of_breakdown(doc: Doc, m: Mention, start: int, end: int) -> bool:
    try:
        from claimledger.extract.places import whole_of_breakdown
    except ImportError:
        return False
    return bool(whole_of_breakdown(doc, m, start, end))


def _names_area_of(text: str, start: int) -> bool:
    """"in the occupied territories of X" (places.names_area_of): a count there is spread over X."""
    try:
        from claimledger.extract.places import names_area_of
    except ImportError:
        return False
    return bool(names_area_of(text, start))


def _listed_regions_country(doc: Doc, seg: Segment, n_places: int) -> str | None:
    """places.listed_regions_country for a sentence naming ``n_places`` places (fewer than the list's
    minimum: none, without reading the sentence)."""
    try:
        from claimledger.extract.places import (
            LISTED_REGIONS_MIN,
            listed_regions_country,
        )
    except ImportError:
        return None
    return listed_regions_country(doc, seg.start, seg.end) if n_places >= LISTED_REGIONS_MIN else None


def _place_for(ctx: _Ctx, si: int, anchor: int, default: Mention | None) -> tuple[Mention | None, str]:
    """The claim's place: the best place of the sentence, else of the paragraph, else the document's;
    a country- or region-level place gives way to the document's more specific place in that country.

    The places component's own ``place_for`` decides when it exists (it knows its mentions:
    speakers' seats, modifiers, containers), unless it picks what this ranking rejects (a
    dateline or a possessive); this ranking is the fallback."""
    helper = ctx.place_helper
    seg = ctx.doc.sentences[si]
    if helper is not None:
        try:
            m = helper(ctx.doc, seg.start, seg.end)
        except Exception:  # noqa: BLE001 - a failing helper falls back to the own ranking
            m = None
            helper = None
        par_starts = ctx.par_starts
        if helper is not None and (m is None or _place_penalty(ctx.doc, m, par_starts) < 3.0
                                   or _own_country(ctx.doc, m, seg, par_starts)):
            if m is None:
                return None, ""
            if seg.start <= m.start < seg.end:
                return m, ""
            par = ctx.doc.paragraphs[ctx.par_of_sentence[si]] if ctx.doc.paragraphs else None
            if par is not None and par.start <= m.start < seg.start:
                return m, "paragraph:"
            before = _country_told_before(ctx, si, m, par_starts)
            return (before, "document-told-before:") if before is not None else (m, "document:")
        if helper is not None:
            # the helper's place is a destination, a dateline or a possessive: the rest of the text decides,
            # with the places component's main place of the document as the default
            default = _helper_main_place(ctx.doc, par_starts) or default
    par_starts = ctx.par_starts
    sents = ctx.doc.sentences
    pm = _best_place(ctx.doc, _in(ctx, "places", sents[si]), anchor, par_starts)
    prefix = ""
    if pm is None:
        pi = ctx.par_of_sentence[si]
        same_par = [j for j in _paragraph_sentences(ctx, pi) if j != si]
        cands = [m for j in same_par for m in _in(ctx, "places", sents[j])]
        pm, prefix = _best_place(ctx.doc, cands, anchor, par_starts), "paragraph:"
    if pm is not None and _place_penalty(ctx.doc, pm, par_starts) >= 3.0:
        pm = None
    if pm is None:
        return (default, "document:") if default is not None else (None, "")
    if (default is not None and pm.label in ("country", "region")
            and _PRECISION_RANK.get(default.label, 1.5) < _PRECISION_RANK.get(pm.label, 1.5)
            and default.data.get("country") and default.data.get("country") == pm.data.get("country")):
        return default, "document-specific:"
    return pm, prefix


def _figure(doc: Doc, m: Mention) -> Figure:
    d = m.data
    return Figure(
        kind=cast(FigureKind, m.label),
        what=d.get("what"),
        value=d["value"],
        qualifier=d["qualifier"],
        low=d.get("low"),
        high=d.get("high"),
        group=d.get("group"),
        start=m.start,
        end=m.end,
        text=doc.text[m.start:m.end],
        rule=m.rule,
    )


UNDATED_ON_PURPOSE = ("superseded:", "separate:", "statement-only:")  # no date, by a rule that says so (linking gives such a claim no date either)


def _date_value(doc: Doc, m: Mention | None, prefix: str) -> DateValue:
    if m is None:
        return DateValue(rule=prefix.rstrip(":")) if prefix in UNDATED_ON_PURPOSE else DateValue()
    return DateValue(
        start=m.data.get("start"), end=m.data.get("end"),
        precision=cast(DatePrecision, m.data.get("precision") or m.label),
        text=doc.text[m.start:m.end], char_start=m.start, char_end=m.end, rule=prefix + m.rule,
    )


def _place_value(m: Mention | None, prefix: str) -> PlaceValue:
    if m is None:
        return PlaceValue()
    kw = {k: m.data.get(k) for k in _PLACE_KEYS}
    if kw.get("precision") is None:
        kw["precision"] = m.label
    return PlaceValue(**kw, char_start=m.start, char_end=m.end, rule=prefix + m.rule)


def _with_document_country(doc: Doc, place: PlaceValue) -> PlaceValue:
    """A place the gazetteer does not know ("Dahyan city") takes the country the document is about."""
    if place.country is not None or place.geonameid is not None or not (place.text or place.name):
        return place
    try:
        from claimledger.extract.places import document_country
    except ImportError:
        return place
    country = document_country(doc)
    if country is None:
        return place
    return place.model_copy(update={"country": country, "rule": place.rule + "+document_country"})


def _author(doc: Doc) -> Attribution:
    name = author_name(doc.source.author, doc.source.publisher)
    return Attribution(name=name, kind="author", rule="default.author")


@cache
def _pronouns() -> frozenset[str]:
    return frozenset(load_rules("attribution.json")["pronouns"])


def is_pronoun(name: str | None) -> bool:
    """True when a speaker's name is a bare pronoun ("they", "It"): no one is named, so the claim
    falls back to the document's author or publisher (rules ``pronouns`` in attribution.json)."""
    if not name:
        return False
    return name.strip().lower() in _pronouns()


def _attribution(m: Mention | None, prefix: str, doc: Doc) -> Attribution:
    if m is None:
        return _author(doc)
    kind = m.label if m.label in ("cited", "quoted") else "cited"
    name = m.data.get("name") or doc.text[m.start:m.end]
    if is_pronoun(name):
        # an unresolved "they said": a pronoun is never a name
        return _author(doc).model_copy(update={"rule": "default.author+pronoun:" + prefix + m.rule})
    if _FIRST_PERSON_OWNER.match(name):
        # "our network has recorded", "according to our information": the writer's own body speaks
        return _author(doc).model_copy(update={"rule": OWN_VOICE + prefix + m.rule})
    return Attribution(
        name=name, kind=cast(AttributionKind, kind),
        start=m.data.get("name_start", m.start), end=m.data.get("name_end", m.end), rule=prefix + m.rule,
    )


OWN_VOICE = "default.author+own:"  # the rule of an attribution to the writer's own body ("our team found")
# "our network has recorded", "my team counted": the writer's own body (but "our sources" are others speaking)
_FIRST_PERSON_OWNER = re.compile(r"\s*(?:our|my)\s+(?!(?:[\w-]+\s+)?(?:sources?|contacts?|informants?|partners?|interlocutors?)\b)\w",
                                 re.IGNORECASE)


def _first_person(m: Mention) -> bool:
    """A speaker that is the first person ("we said", "I counted", "our team found")."""
    name = m.data.get("name") or ""
    return name.strip().lower() in ("we", "i") or _FIRST_PERSON_OWNER.match(name) is not None


def _attribution_helper() -> Any:
    """``attribution_for(doc, offset)`` from the attribution component, when it offers one."""
    return getattr(_attribution_module(), "attribution_for", None)


def _attribution_mention(ctx: _Ctx, si: int, anchor: int) -> tuple[Mention | None, str]:
    """The claim's attribution: the cue in its sentence (an anaphoric "he said" resolved to the
    speaker it continues), else the one the paragraph carries over, else none (the author)."""
    seg = ctx.doc.sentences[si]
    helper = _attribution_helper()
    if helper is not None:
        try:
            m = helper(ctx.doc, anchor)
        except Exception:  # noqa: BLE001 - a failing helper falls back to the layer
            m = None
        if m is not None:
            return m, "" if seg.start <= m.start < seg.end else "paragraph:"
        # a participle cue speaks only after its verb, never as background ("with X blaming Y"): see attribution._scoped
        # (nor a name the claim's figure counts in: "Nine of the survivors told staff ...")
        here = [a for a in _in(ctx, "attributions", seg)
                if not a.data.get("background") and anchor >= a.data.get("scope_from", -1)
                and not a.data.get("name_start", anchor + 1) <= anchor < a.data.get("name_end", anchor)]
        return (_nearest(here, anchor), "") if here else (None, "")
    here = _in(ctx, "attributions", seg)
    if here:
        return _nearest(here, anchor), ""
    par = ctx.par_of_sentence[si]
    j = si - 1
    while j >= 0 and ctx.par_of_sentence[j] == par:
        prev = _in(ctx, "attributions", ctx.doc.sentences[j])
        if prev:
            return prev[-1], "paragraph:"
        j -= 1
    return None, ""


def _actors_in(ctx: _Ctx, seg: Segment) -> list[Mention]:
    """The sentence's actor mentions: the "actors" layer's when a pipeline filled it, else the actors
    module's, found on demand for this sentence alone (``actors.actors_in``)."""
    if "actors" in ctx.layers:
        return _in(ctx, "actors", seg)
    try:
        from claimledger.extract.actors import actors_in
    except ImportError:
        return []
    return actors_in(ctx.doc, seg.start, seg.end)


def _actors(doc: Doc, ctx: _Ctx, seg: Segment) -> Actors:
    kw: dict[str, Any] = {}
    rules = []
    for m in _actors_in(ctx, seg):
        if m.label in ("perpetrator", "target") and m.label not in kw:
            kw[m.label] = m.data.get("text") or doc.text[m.start:m.end]
            kw[f"{m.label}_span"] = (m.start, m.end)
            rules.append(m.rule)
    return Actors(**kw, rule="+".join(rules))


def _tells_period(ctx: _Ctx, seg: Segment, sentence: str) -> bool:
    """True when a period word of the sentence (``_PERIOD``) sets a period, not only a date a record is
    measured against ("the highest monthly toll since October": a date of rule ``context``)."""
    dates = [m for m in _in(ctx, "dates", seg) if m.rule == "context"]
    for p in _PERIOD.finditer(sentence):
        at = seg.start + p.end()
        if not any(at <= m.start <= at + COMPARED_REACH for m in dates):
            return True
    return False


COMPARED_REACH = 12  # characters from "since" to the date a record is measured against ("since the early 1990s")
# ("have since moved": "since" an adverb, "since then", no period of its own)
_PERIOD_PATTERN = r"\b(?:(?<!\bhave\s)(?<!\bhas\s)(?<!\bhad\s)since|during|throughout|over\s+the\s+course\s+of|in\s+the\s+course\s+of|so\s+far|to\s+date)\b"
_PERIOD = compile_fast(_PERIOD_PATTERN, re.IGNORECASE)
_PERIOD_CUE = SliceCue(_PERIOD_PATTERN, re.IGNORECASE)  # whether a sentence (a slice) holds one: ``_has_period``


def _has_period(text: str, seg: Segment) -> bool:
    """``_PERIOD.search(text[seg.start:seg.end]) is not None``, searched on the slice of the lower-cased text."""
    return _PERIOD_CUE.holds(text, caseless_text(text), seg.start, seg.end)


CONFLICT_LOOKBACK = 2  # sentences before a period total read for the conflict it counts
_NOT_AN_AREA = ("dateline", "possessive", "metonym", "modifier", "reference", "aside", "comparison")


@cache
def _conflict_words() -> re.Pattern[str]:
    words = sorted(load_rules("places.json")["conflict_words"], key=len, reverse=True)
    return re.compile(r"(?i)\b(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words) + r")\b")


def _conflict_area(ctx: _Ctx, si: int) -> Mention | None:
    """The area of the conflict a period total with no place of its own counts ("Thousands were killed
    during the conflict"): the region (else country) named by the nearest sentence before it, in its
    paragraph and at most ``CONFLICT_LOOKBACK`` back, that tells of a conflict (rules ``conflict_words``:
    "Fighting broke out in the X region in May"); not a possessive ("X's army") or a dateline. None
    when the nearest sentence naming a place names no such area."""
    sents = ctx.doc.sentences
    par = ctx.par_of_sentence[si]
    for j in range(si - 1, max(-1, si - 1 - CONFLICT_LOOKBACK), -1):
        if ctx.par_of_sentence[j] != par:
            return None
        here = [m for m in _in(ctx, "places", sents[j]) if not any(m.data.get(k) for k in _NOT_AN_AREA)]
        if not here:
            continue
        seg = sents[j]
        areas = [m for m in here if m.label in ("region", "country")]
        if not areas or not _conflict_words().search(ctx.doc.text, seg.start, seg.end):
            return None
        return min(areas, key=lambda m: (m.label != "region", m.start))
    return None


@cache
def _area_anaphora() -> tuple[Caseless, dict[str, str]]:
    spec: dict[str, list[str]] = load_rules("places.json")["area_anaphora"]
    label_of = {w: label for label, words in spec.items() if not label.startswith("_") for w in words}
    words = "|".join(sorted(map(re.escape, label_of), key=len, reverse=True))
    # case-insensitive, run on the lower-cased text (``Caseless``: the same offsets; its words are read lower-cased)
    return Caseless(rf"\b(?P<p>in|across|throughout|within|of)\s+the\s+(?P<w>{words})\b(?!\s+of\b)(?!\s*['’]s\b)", re.IGNORECASE), label_of


def _named_area(ctx: _Ctx, si: int, spread: bool = False) -> Mention | None:
    """The area a period total counts when it names it only by its kind ("killed 41 civilians in the
    governorate since January"): the last area of that level (rules ``area_anaphora``) the document
    named before the sentence, outside datelines, possessives and other non-areas; None when none.
    With ``spread``, only an area a count is spread over counts ("across the province", "in the
    region"), not one an office is of ("the governor of the province")."""
    seg = ctx.doc.sentences[si]
    rx, label_of = _area_anaphora()
    m = rx.search(ctx.doc.text, seg.start, seg.end)
    if m is not None and spread and m.group("p").lower() == "of":
        m = next((x for x in rx.finditer(ctx.doc.text, m.end(), seg.end) if x.group("p").lower() != "of"), None)
    if m is None:
        return None
    label = label_of[m.group("w").lower()]
    kinds = {w for w, lab in label_of.items() if lab == label}
    before = [p for p in ctx.layers.get("places", []) if p.end <= seg.start and _is_area_of(ctx.doc.text, p, label, kinds)
              and not any(p.data.get(k) for k in _NOT_AN_AREA)]
    return before[-1] if before else None


def _is_area_of(text: str, m: Mention, label: str, kinds: set[str]) -> bool:
    """True for a place of level ``label``, or a name the gazetteer lacks that a word of that level ends
    ("Norvask province": unresolved, but a province)."""
    if m.label == label:
        return True
    if m.label != "unresolved":
        return False
    last = text[m.start:m.end].rsplit(None, 1)[-1].lower()
    return last in kinds


@cache
def _country_place(code: str, rule: str) -> PlaceValue | None:
    """The gazetteer's country ``code`` as a place no text names."""
    from claimledger.extract.gazetteer import country_entry

    entry = country_entry(code)
    if entry is None:
        return None
    return PlaceValue(name=entry.name, geonameid=entry.geonameid, country=code, lat=entry.lat, lon=entry.lon,
                      precision="country", rule=rule)


_ACROSS = re.compile(r"(?i)\b(?:across|throughout|all\s+over|nationwide\s+in)\s+(?:the\s+)?$")
ACROSS_REACH = 80  # characters from a count to the "across X" that spreads it


PLACE_LIST_REACH = 60  # characters from a listed count to its place ("127 villages and towns in Lachin")


PAREN_PLACE_REACH = 25  # characters from a place to the parenthesis holding its count ("Berde (50 km away)")
_PAREN_GAP = re.compile(r"[^\S\n]+(?:[a-z][\w'’\-]*[^\S\n]+){0,2}")  # "Gabala pipelines (150 km away)"


def _paren_places(ctx: _Ctx, seg: Segment, figs: list[Mention]) -> dict[int, Mention]:
    """"attacks on A (250 km away), the city of B (50 km away)", "Kharkiv (3 killed), Sumy (2
    killed)": a count that opens a parenthesis right after a place is of that place. RETURNS figure
    start -> place, only for a list (two or more such counts in the sentence)."""
    text = ctx.doc.text
    places = _in(ctx, "places", seg)
    out: dict[int, Mention] = {}
    for f in figs:
        k = text.rfind("(", seg.start, f.start)
        if k < 0 or text[k + 1:f.start].strip():
            continue
        owners = [m for m in places if m.end <= k and k - m.end <= PAREN_PLACE_REACH]
        if owners and (k == owners[-1].end or _PAREN_GAP.fullmatch(text, owners[-1].end, k)):
            out[f.start] = owners[-1]
    return out if len(out) >= 2 else {}


def _groups(figs: list[Mention], paren: dict[int, Mention] | None = None) -> list[list[Mention]]:
    """Split a sentence's figures into claims: a repeated casualty kind starts a new claim (except
    the parts of one list, "4 militiamen, 1 soldier and 1 policeman were killed"), and so does each
    count of a place list ("85 villages in A, 127 in B"); other counts ("40,000 refugees from A and
    15,000 from B, 55,000 in all") stay in one claim."""
    groups: list[list[Mention]] = []
    cur: list[Mention] = []
    kinds: set[str] = set()
    paren = paren or {}
    for m in figs:
        k = m.label if m.label != "other" else f"other:{m.data.get('what')}"
        if (cur and ("+place_list" in m.rule or "+source_list" in m.rule) or k in kinds and m.label in CASUALTY_KINDS and "+list" not in m.rule
                or m.start in paren and any(x.start in paren for x in cur)):
            groups.append(cur)
            cur, kinds = [], set()
        cur.append(m)
        kinds.add(k)
    if cur:
        groups.append(cur)
    return groups


@cache
def _attackers_killed_cues() -> tuple[re.Pattern[str], re.Pattern[str]]:
    r = load_rules("figures.json")
    return re.compile(r["attackers_killed_before"]), re.compile(r["attackers_killed_after"])


def _attackers_killed(ctx: _Ctx, figs: list[Mention]) -> list[Mention]:
    """A sentence's figures with a later killed count of the attackers the other side killed in response
    ("12 soldiers died in the ambush and troops killed 30 attackers", rules ``attackers_killed_before``,
    ``attackers_killed_after``) made a counted object of the claim (kind ``other``, what "attackers killed"):
    the toll and the attackers' dead are one account, not two claims."""
    if sum(1 for m in figs if m.label == "killed") < 2:
        return figs
    before, after = _attackers_killed_cues()
    text = ctx.doc.text
    out: list[Mention] = []
    seen_toll = False
    for m in figs:
        if m.label == "killed" and seen_toll and not m.data.get("subgroup"):
            noun = after.match(text, m.end)
            if noun is not None and before.search(text, max(0, m.start - 40), m.start) is not None:
                what = noun.group(0).split()[-1].lower() + " killed"
                out.append(Mention(m.start, m.end, "other", {**m.data, "what": what, "group": None},
                                   rule=m.rule + "+attackers_killed"))
                continue
        seen_toll = seen_toll or m.label == "killed"
        out.append(m)
    return out


def _subgroup_figure(m: Mention) -> Mention:
    """A sub-group of a count ("72 killed, including 20 children") as a counted object of the claim:
    kind ``other``, ``what`` = the group and the kind it is part of ("children killed"), rule
    ``+subgroup``; never a casualty total of its own (no arithmetic, no double count)."""
    d = dict(m.data)
    group = d.get("group")
    if m.label == "other":
        what = group or d.get("what")
    else:
        what = f"{group or 'of them'} {m.label}"
    d.update(what=what, subgroup=False)
    return Mention(m.start, m.end, "other", d, rule=m.rule + "+subgroup")


def _with_subgroups(groups: list[list[Mention]], subs: list[Mention]) -> list[list[Mention]]:
    """Each sub-group mention of a sentence joins the claim of the count it follows (the first one
    when it comes before all counts)."""
    if not subs or not groups:
        return groups
    out = [list(g) for g in groups]
    for m in subs:
        k = max((i for i, g in enumerate(out) if g[0].start < m.start), default=0)
        out[k].append(_outcome_of_part(m, out[k]) or _subgroup_figure(m))
        out[k].sort(key=lambda x: x.start)
    return out


OUTCOME_KINDS = {"killed": ("captured", "injured"), "missing": ("captured",)}


def _outcome_of_part(m: Mention, group: list[Mention]) -> Mention | None:
    """A part of a count of another kind that tells what became of it ("ten were wounded; two of
    them later died", "30 were abducted, four of them are still missing"): a count of its own kind
    (the dead, the missing), not a breakdown of the wounded or the captured."""
    parents = OUTCOME_KINDS.get(m.label, ())
    if not parents or any(f.label == m.label for f in group) or not any(f.label in parents for f in group):
        return None
    return Mention(m.start, m.end, m.label, {**m.data, "subgroup": False}, rule=m.rule + "+outcome_of_part")


def _confidence(figs: list[Mention], date_rule: str, place_rule: str, attr: Attribution) -> float:
    score = 0.35
    if any(m.label in CASUALTY_KINDS for m in figs):
        score += 0.15
    if any(".after" in m.rule or ".before" in m.rule or m.rule.startswith("negation") for m in figs):
        score += 0.1
    if date_rule and not date_rule.startswith(("document:", "paragraph:")):
        score += 0.1
    if place_rule and not place_rule.startswith(("document:", "paragraph:")):
        score += 0.1
    if attr.kind != "author":
        score += 0.1
    if any(m.data.get("qualifier") == "vague" for m in figs):
        score -= 0.1
    return round(max(0.05, min(0.95, score)), 2)


_VAGUE_ONLY_RULES = (".vague_noun", "+vague_word")


def _vague_without_event(claim: ClaimIn) -> bool:
    """True for a claim whose every figure is casualties stated with no number ("the policy led to
    deaths", "many were killed") and whose words name no incident (type ``other``): a general
    statement, not a claim about an incident."""
    return (claim.type == "other" and bool(claim.figures)
            and all(f.rule.endswith(_VAGUE_ONLY_RULES) for f in claim.figures))


def _durations_only(figs: list[Mention]) -> bool:
    """True when every figure of a claim is a length of time ("the 44-day war", "a 30-year occupation")."""
    units = _duration_units()
    return bool(figs) and all(m.label == "other" and str(m.data.get("what") or "") in units for m in figs)


def _build(ctx: _Ctx, si: int, figs: list[Mention], defaults: dict[str, Mention | None], version: str,
           *, claim_type: str | None = None, attr_mention: Mention | None = None, stance: str = "asserts",
           paren: dict[int, Mention] | None = None, at: int | None = None) -> ClaimIn:
    doc = ctx.doc
    seg = doc.sentences[si]
    anchor = figs[0].start if figs else seg.start if at is None else at  # ``at``: where a figure-less claim's words are
    # the date nearest the toll, not an aside's count ("thousands gathered yesterday to mark 25 years since
    # the attack that killed 5,000")
    toll = next((m.start for m in figs if m.label in CASUALTY_KINDS), anchor)
    dm, dp = _context(ctx, "dates", si, toll, lambda m: _dates_toll(ctx, seg, m, toll),
                      lambda m: _is_carried_date(m) and (_has_event(ctx, doc.sentences[_sentence_index(ctx, m.start)])
                                                         or _heads_entry(ctx, m) or _opens_paragraph(ctx, m)))
    pm, pp = _place_for(ctx, si, anchor, defaults["place"])
    if pm is None or pp.startswith("document"):
        head = _section_heading(ctx, si)
        headed = [m for m in _in(ctx, "places", head) if m.label in ("locality", "district", "unresolved")] if head else []
        if headed:
            pm, pp = headed[0], "section:"  # "Riverside, 3 May" heads a section: the place of the events it tells
    sentence = doc.text[seg.start:seg.end]
    country_place: PlaceValue | None = None
    # a war's or an operation's length ("fell in the 44-day war") counts nothing over the period
    # (but a sentence about a whole war is still dated by itself only: "during the six-week war")
    # whether the sentence words a total is read only when it matters: a period word or a town carried from
    # elsewhere (the total's regex is the costlier search; without either, no use below reads it)
    period = _has_period(doc.text, seg) and _tells_period(ctx, seg, sentence)
    # the country of a town carried from elsewhere in the document (of a settlement the gazetteer lacks, "the
    # village of X": the document's; not of an unknown name that may be a region)
    town = pm is not None and pp and (pm.label in ("locality", "district") or pm.label == "unresolved"
                                      and bool(pm.data.get("cued_locality") or pm.data.get("settlement")))
    town_country = (pm.data.get("country") or _with_document_country(doc, _place_value(pm, pp)).country
                    if town and pm is not None else None)
    carried_town = town_country is not None
    total = (period or carried_town) and _states_total(ctx, seg, sentence)
    aggregate = total and not _durations_only(figs)
    if aggregate and town_country is not None and pm is not None:
        # a total carried a town from elsewhere in the document: it counts the town's country
        country_place = _country_place(town_country, "aggregate:country-of:" + pm.rule)
    elif town_country is not None and pm is not None and dm is not None and not dp and dm.rule == "range_y_y":
        # "lists 1,500 people as missing from the period 1963 to 1974": a count over years its own sentence
        # names is of the country, not of a town carried to it
        country_place = _country_place(town_country, "years:country-of:" + pm.rule)
    if total and period and (dm is None or dp):
        dm, dp = None, "aggregate:"
    if aggregate and period:
        # a total over a period ("since the invasion began", "during the war"): only its own sentence
        # dates it, and a country or region it names places it rather than the document's place
        wide = [m for m in _in(ctx, "places", seg) if m.label in ("country", "region")]
        named = _named_area(ctx, si) if not wide and (pp or pm is None) else None
        if wide and (pp or pm is None):
            pm, pp, country_place = wide[0], "aggregate:", None
        elif named is not None:
            pm, pp, country_place = named, "aggregate:area:", None
        elif not wide and pp:
            area = _conflict_area(ctx, si)
            if area is not None:
                pm, pp, country_place = area, "aggregate:conflict:", None
    if figs and pp and not pp.startswith("aggregate") and not any(m.label in ("country", "region") for m in _in(ctx, "places", seg)):
        # "37 civilians were killed across the province", "hospitals in the region treated 150": a count
        # the sentence spreads over an area it names by its kind is that area's, not a town's carried to it
        spread = _named_area(ctx, si, spread=True)
        if spread is not None:
            pm, pp, country_place = spread, "area:", None
    across = [m for m in _in(ctx, "places", seg) if m.label in ("country", "region")
              and (_ACROSS.search(doc.text, max(seg.start, m.start - 20), m.start) or _names_area_of(doc.text, m.start))]
    if across and figs:
        # "some 9,400 civilians are dead across Veldoria": a count spread over an area is of that area
        count = next((m for m in figs if m.label in CASUALTY_KINDS), figs[0])  # the toll, not an aside's crowd
        near = min(across, key=lambda m: abs(m.start - count.end))
        if abs(near.start - count.end) <= ACROSS_REACH and (pm is None or pp or abs(near.start - count.end) < abs(pm.start - count.end)):
            pm, pp, country_place = near, "across:", None
    if figs and "+place_list" in figs[0].rule:
        # "85 villages in Zangilan, 127 in Lachin": each count is of the place named right after it
        after = [m for m in _in(ctx, "places", seg) if figs[0].end <= m.start <= figs[0].end + PLACE_LIST_REACH]
        if after:
            pm, pp = after[0], "place_list:"
    seg_places = _in(ctx, "places", seg)
    listed = _listed_regions_country(doc, seg, len(seg_places))
    if listed is not None:
        # "in 25 states of the X - A, B, C, D, ...": a figure over a list of a country's regions is the country's
        listed_named = [m for m in seg_places if m.label == "country" and m.data.get("country") == listed
                        and not any(m.data.get(k) for k in _NOT_AN_AREA)]
        if listed_named:
            pm, pp, country_place = listed_named[0], "listed_regions:", None
        else:
            country_place = _country_place(listed, "listed_regions:country")
    owner = next((paren[m.start] for m in figs if paren and m.start in paren), None)
    if owner is not None:
        pm, pp, country_place = owner, "", None  # "the city of B (50 km away)": the place the count is of
    if dm is not None and dp == "paragraph:" and pm is not None and not pp and _elsewhere(ctx, dm, pm) \
            and not _heads_entry(ctx, dm):  # (an entry's heading names the entry's place, not another event's)
        dm, dp = None, ""
    if dm is not None and dp == "paragraph:" and _superseded(ctx, dm, si):
        dm, dp = None, "superseded:"
    if (dm is None or dp) and _separate_incident(ctx, seg):
        # "In a separate incident, 3 people were killed in Y": no date told for another incident is its own
        dm, dp = None, "separate:"
    if (dm is None or dp) and any(m.data.get("unresolved") and m.rule not in NON_INCIDENT_DATE_RULES
                                  for m in _in(ctx, "dates", seg)):
        # "killed in the blast late on Tuesday" with nothing to count back from: the sentence dates
        # its event itself, so no other sentence's date is carried to it
        dm, dp = None, "own-unresolved:"
    if dm is None and not dp:
        dm = _live_entry_date(ctx, si)
        dp = "live:" if dm is not None else dp
        if dm is not None and (claim_type == "denial" or _refers_back(ctx, seg)):
            # a later day's entry that only reports on the event told already (a toll, a denial): that event's day
            told = _first_told_entry(ctx, dm)
            dm = told if told is not None else dm
    if dm is None and not dp:
        # "Riverside, 3 May" heads a section: the day of the events its paragraphs tell (not the document's date);
        # a sentence naming its own place takes it only from a heading of a day alone ("14 May", a diary's)
        dm = _section_date(ctx, si, own_place=pm is not None and not pp.startswith(("document", "section:")))
        dp = "section:" if dm is not None else dp
    if dm is None and not dp and pm is not None and not pp.startswith("document") and pm.label != "country":
        # (a country is no incident's place: another sentence naming it tells of another event)
        dm = _date_of_place(ctx, si, pm)
        dp = "place:" if dm is not None else dp
    if dm is None and not dp and defaults["date"] is not None and not (pm is not None and not pp and _elsewhere(ctx, defaults["date"], pm)):
        dm, dp = defaults["date"], "document:"
        if _statement_day_only(ctx, si, dm):
            dm, dp = None, "statement-only:"
    if dm is not None and dp in BORROWED_DATE_PREFIXES and _durations_only(figs):
        # "the burials continued for more than seven weeks": a length of time is dated by its own words only
        dm, dp = None, "duration:"
    period_total = bool(aggregate and period)
    long_total = _long_period_total(ctx, seg, figs)
    # (not a count of specific things its own sentence names, no casualty: "13 mass graves found since the war")
    specific = not any(m.label in HARMED_KINDS for m in figs) and any(
        _weight(m) > GENERIC_TYPE_WEIGHT and m.label != "other" for m in _in(ctx, "types", seg))
    # "between 150 and 200 people killed across the country since the vote", "41 drivers killed so far this year": a
    # total over a period spread over a whole country or year counts incidents of every kind (not civilians alone:
    # a count of civilians keeps the violence against them)
    wide_total = (period and not specific and any(m.label in HARMED_KINDS for m in figs)
                  and _type_rules().wide_totals.search(sentence) is not None and not _civilians_only(doc.text, figs))
    if period_total and _type_rules().war_totals.search(sentence) and not specific or long_total or wide_total:
        tm, tp = None, ""  # "thousands have been killed during the conflict": a whole war's incidents, of every kind
    elif any(m.label in HARMED_KINDS for m in figs):
        tm, tp = _type_for(ctx, si, defaults.get("type_casualties", defaults["type"]), _type_rules().harmless, own_only=period_total,
                           date=dm, place=pm)
    else:
        # (a claim that counts only lengths of time, "the 44-day war", or legal acts, "7,500 cases", tells of no
        # incident of its paragraph)
        own_only = period_total or _durations_only(figs) or bool(figs) and str(figs[0].data.get("what") or "") in _type_rules().legal_counts
        tm, tp = _type_for(ctx, si, defaults["type"], own_only=own_only, date=dm, place=pm)
    if tm is not None and tp in ("paragraph:", "document:") and _armed_losses(ctx, si, figs, tm, tp):
        tm, tp = _battle_of(ctx, si), ""
    victims = _victims_type(ctx, si, figs, tm, tp) if tm is not None and not claim_type else None
    if victims is not None:
        tm, tp = victims, ""
    damage = None if claim_type else _destruction_count(ctx, seg, figs)
    if damage is not None:
        tm, tp = damage, ""
    elif not claim_type and (tm is None or tm.label != "displacement"):
        moved = _displacement_count(ctx, seg, figs)
        if moved is not None:
            tm, tp = moved, ""
    held = None if claim_type else _custody_count(ctx, seg, figs, borrowed=tm is None or tp in ("paragraph:", "document:"))
    if held is not None:
        tm, tp = held, ""
    if dp in BORROWED_DATE_PREFIXES and tm is not None and tm.label in OWN_DATE_TYPES and dm is not None and dm.rule != "death" \
            and (tp != "paragraph:" or dp != "paragraph:" or _in(ctx, "dates", seg)):
        # (but a type borrowed from its paragraph with the date, in a sentence that tells of no grave and no day of
        # finding, borrows the date too)
        # "some 190 bodies were laid in one common pit": the dead are counted where they are buried or
        # found, so a date told elsewhere (a photo's, a visit's, another burial's) is not their death's
        dm, dp = None, "own-only:"
    period_dated = _period_dated(dm, dp, pm)
    if dm is not None and not dp and dm.label in ("month", "year") and tm is not None and not tp and dm.rule != "refer_back":
        # (not "operations during the month killed 60": a period told before, whatever day it holds)
        # "a massacre last year" in a text that dates the massacre ("The massacre began on 28 November
        # last year"): the day, when it falls in the period
        day = _date_of_type(ctx, tm.label, dm.data["start"], dm.data["end"])
        if day is not None and not (pm is not None and pm.label in ("locality", "district") and _other_towns_only(ctx, day, pm)):
            # (not the day of the same kind of incident in another town: "killed 9 near X last month"
            # after "attacked a school in Y on 24 June")
            dm, dp = day, "refined:"
    if dm is None and not dp or dp in BORROWED_DATE_PREFIXES:
        series = _series_span(ctx, si, pm, label=tm.label if tm is not None else None)
        if series is not None:
            dm, dp = series, "series:"
    if dm is None and not dp:
        series = _series_span(ctx, si, pm, forward=True, label=tm.label if tm is not None else None)
        if series is not None:
            dm, dp = series, "series-ahead:"
    if dp in ("document:", "place:") and dm is not None:
        told = _reported_before(ctx, seg, dm)
        if told is not None:
            dm, dp = told, "reported:"
    if attr_mention is not None:
        denier = attr_mention.data.get("denier")
        denier = None if is_pronoun(denier) else denier  # an unresolved "They denied": the author reports it
        carrier = _statement_speaker(ctx, seg) if attr_mention.rule == "denial.did_not" else None
        if carrier is not None:
            # "The ministry said that ..." then "• Our forces did not fire at X": the ministry denies
            attr_mention = Mention(attr_mention.start, attr_mention.end, attr_mention.label,
                                   {**attr_mention.data, "denier": carrier.data["name"],
                                    "denier_start": carrier.data.get("name_start"), "denier_end": carrier.data.get("name_end")},
                                   rule=attr_mention.rule + "+statement")
            denier = carrier.data["name"]
        attr = Attribution(name=denier or _author(doc).name,
                           kind="cited" if denier else "author",
                           start=attr_mention.data.get("denier_start") if denier else None,
                           end=attr_mention.data.get("denier_end") if denier else None,
                           rule=attr_mention.rule if denier or not attr_mention.data.get("denier") else "default.author+pronoun:" + attr_mention.rule)
    else:
        am, ap = _attribution_mention(ctx, si, anchor)
        if am is not None:
            attr = _attribution(am, ap, doc)
            if attr.rule.startswith(("default.author+pronoun:", OWN_VOICE)) and _first_person(am) and not _interviewer_asks(ctx, si):
                # "A: ... we registered 23 people killed": in an interview, the interviewee's "we"
                who = _labelled_answer(ctx, si) or _interviewee(ctx)
                attr = who.model_copy(update={"rule": who.rule + "+pronoun:" + ap + am.rule}) if who is not None else attr
        elif _interviewer_asks(ctx, si):
            attr = _labelled_question(ctx, si) or INTERVIEWER
        else:
            attr = _labelled_answer(ctx, si) or _interviewee(ctx) or _author(doc)
    date = _date_value(doc, dm, dp)
    place = country_place or _with_document_country(doc, _place_value(pm, pp))
    typ = _claim_type(tm.label) if tm is not None else "other"
    type_rule = (tp + tm.rule) if tm is not None else "default.other"
    denied_type: str | None = None
    if claim_type:
        # a denial is of type ``denial`` (issue #3) and records the type of the incident it denies ("denied
        # shelling the village": shelling) as its sentence or context tells it
        type_rule = f"{claim_type}:{type_rule}"
        typ, denied_type = claim_type, typ
    if typ == "attack_on_civilians" and not claim_type and not long_total and _mass_toll(figs) and not period_dated \
            and not _long_range(ctx, seg) and not _states_total(ctx, seg, sentence) and not _armed_only(doc.text, figs):
        typ, type_rule = "massacre", type_rule + "+massacre_toll"  # "over a hundred residents were killed"
    figures = [_figure(doc, m) for m in figs]
    extra: dict[str, object] = {}
    if tm is not None and not claim_type:
        for key in ("acled_event_type", "acled_sub_event_type"):
            if tm.data.get(key):
                extra[key] = tm.data[key]
    return ClaimIn(
        type=typ, denied_type=denied_type, date=date, place=place, figures=figures, actors=_actors(doc, ctx, seg),
        attributed_to=attr,
        evidence=Span(start=seg.start, end=seg.end, text=doc.text[seg.start:seg.end]),
        confidence=_confidence(figs, date.rule, place.rule, attr), extractor=version, type_rule=type_rule,
        stance=cast(Stance, stance),
        extra=extra,
    )


def _statement_day_only(ctx: _Ctx, si: int, date: Mention) -> bool:
    """True when sentence ``si``, after the lead, is dated only by the day of a statement or report ("X on
    Friday expressed outrage over the report ...") and the document's incident date ``date`` is told only in a
    later paragraph: the sentence tells what was said that day, not when the incident was, so no date is
    carried back to it from further on."""
    seg = ctx.doc.sentences[si]
    own = _in(ctx, "dates", seg)
    if not own or any(m.rule != "report" for m in own) or date.start < seg.end:
        return False
    pi = ctx.par_of_sentence[si]
    pars = ctx.doc.paragraphs
    if pi < _lead_end(ctx) or pi + 1 >= len(pars):
        return False
    return date.start >= pars[pi + 1].start


def _statement_speaker(ctx: _Ctx, seg: Segment) -> Mention | None:
    """The speaker whose statement a sentence continues (an item of a list its words introduce, a
    sentence inside its quotation), when attribution carries one to the sentence; else ``None``."""
    helper = _attribution_helper()
    if helper is None:
        return None
    m = helper(ctx.doc, seg.start)
    if m is None or m.rule != "attr.carried" or seg.start <= m.start < seg.end or is_pronoun(m.data.get("name")):
        return None
    return m


def _asserted_beside_denial(ctx: _Ctx, si: int, denial: Mention, defaults: dict[str, Mention | None],
                            version: str) -> ClaimIn | None:
    """The claim a named speaker makes in the sentence of a denial that stands in a relative clause:
    "The army has said the blast was caused by a rocket of the Northern Front, which denied blame" holds
    the army's account of the blast as well as the group's denial; or in an opening concessive clause, with the
    speaker in the main clause ("While the army denies it, the commission said that soldiers shelled the
    market"). Only when the sentence names an incident and its speaker is someone other than the denier (no
    pronoun, no author's default)."""
    seg = ctx.doc.sentences[si]
    helper = _attribution_helper()
    relative = getattr(_attribution_module(), "denied_in_relative_clause", None)
    concessive = getattr(_attribution_module(), "denied_in_concessive_clause", None)
    if helper is None or relative is None or concessive is None or not _has_event(ctx, seg):
        return None
    if relative(ctx.doc.text, denial):
        speaker = helper(ctx.doc, seg.start)
        if speaker is None or not seg.start <= speaker.start < denial.start:
            return None
    else:
        # the speaker of what the main clause says, at its end: "..., Y said that soldiers shelled the market"
        main = concessive(ctx.doc.text, denial, seg.start)
        speaker = helper(ctx.doc, max(seg.start, seg.end - 1)) if main is not None else None
        if speaker is None or main is None or not main <= speaker.start < seg.end:
            return None
    name = speaker.data.get("name") or ""
    if is_pronoun(name) or name == denial.data.get("denier"):
        return None
    if relative(ctx.doc.text, denial):
        return _account_claim(ctx, si, defaults, version)
    # the claim's words are the speaker's, after its cue ("... said that soldiers shelled the market")
    scope = speaker.data.get("scope_from")
    return _account_claim(ctx, si, defaults, version, at=scope if isinstance(scope, int) and scope < seg.end else speaker.end)


@cache
def _attribution_module() -> Any:
    """The attribution component's module, when it is installed (else None); imported once, not per claim."""
    try:
        from claimledger.extract import attribution
    except ImportError:
        return None
    return attribution


INTERVIEW_MIN_QUESTIONS = 3  # question paragraphs that make a document an interview (as in characterize)
INTERVIEWER = Attribution(name="the interviewer", kind="author", rule="default.interviewer")


def _interviewer_asks(ctx: _Ctx, si: int) -> bool:
    """In an interview (several paragraphs end with a question mark), a question paragraph is the
    interviewer's voice, not the interviewee's (the document's default speaker)."""
    if ctx.questions is None:
        text = ctx.doc.text
        label = _question_label()
        ctx.questions = [text[p.start:p.end].rstrip().rstrip("\"“”«»)").endswith("?") or label.match(text, p.start) is not None
                         for p in ctx.doc.paragraphs]
    if sum(ctx.questions) < INTERVIEW_MIN_QUESTIONS or si >= len(ctx.par_of_sentence):
        return False
    k = ctx.par_of_sentence[si]
    return k < len(ctx.questions) and ctx.questions[k]


@cache
def _interview_with() -> re.Pattern[str]:
    r = load_rules("attribution.json")["author_name"]
    return re.compile(r"\b(?:an?\s+)?(?:" + "|".join(r["interview_with"]) + r")\s+(?:(?:" + "|".join(r["titles"])
                      + r")\.?\s+)*(?P<name>[^\s.,:;?!\"“”()][^\n.,:;?!\"“”()]{1,78}?)\s*(?=[\n.,:;?!\"“”()]|$)", re.IGNORECASE)


@cache
def _question_label() -> re.Pattern[str]:
    """A label opening an interviewer's paragraph ("Q:", "Question:"; rules ``question_labels``)."""
    labels = load_rules("attribution.json")["author_name"]["question_labels"]
    return re.compile(r"\s*(?:" + "|".join(re.escape(w) for w in labels) + r")(?:[ \t]*\([^()\n]{1,60}\))?\s*[:.)]\s",
                      re.IGNORECASE)


@cache
def _interview_intro() -> re.Pattern[str]:
    """A cue that the person an interview's opening names is the one interviewed (rules ``interview_intro``)."""
    cues = load_rules("attribution.json")["author_name"]["interview_intro"]
    return re.compile(r"\b(?:" + "|".join(re.escape(c).replace(r"\ ", r"\s+") for c in cues) + r")\b", re.IGNORECASE)


@cache
def _intro_person() -> re.Pattern[str]:
    """A person's name opening a sentence of an interview's opening, or right after "spoke to"
    ("Dr. Ana Rusu, who runs the clinic, ...", "Ana Rusu has worked ..."): a title, then two to four
    capitalised words, then a comma or a lower-case word (the verb), never more capitals."""
    titles = load_rules("attribution.json")["author_name"]["titles"]
    return re.compile(r"(?:(?i:" + "|".join(titles) + r")\.?\s+)?(?P<name>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){1,3})"
                      r"(?=\s*,|\s+[a-z])")


def _told_publisher(text: str, start: int, end: int, publisher: str | None) -> bool:
    """"X told <publisher>" in ``text[start:end]`` (the publisher's name without its parenthetical)."""
    core = re.sub(r"\s*\(.*", "", publisher or "").strip()
    return bool(core) and re.search(r"\btold\s+(?:the\s+)?" + re.escape(core) + r"\b", text[start:end], re.IGNORECASE) is not None


def _introduced_person(ctx: _Ctx, end: int) -> tuple[int, int] | None:
    """The one person an interview's opening (``text[:end]``) introduces as the one who speaks: it has
    an interview cue ("spoke to us", "we spoke to her", "told <publisher>") and names exactly one
    person at the start of a sentence or after "spoke to/with"; the span of that name, else ``None``."""
    text = ctx.doc.text
    if _interview_intro().search(text, 0, end) is None and not _told_publisher(text, 0, end, ctx.doc.source.publisher):
        return None
    starts = [s.start for s in ctx.doc.sentences if s.start < end]
    starts += [m.end() for m in re.finditer(r"\b(?:spoke|talked)\s+(?:to|with)\s+", text[:end])]
    names: dict[str, tuple[int, int]] = {}
    for st in starts:
        m = _intro_person().match(text, st, end)
        if m is None or m.group("name").split()[0].lower() in _NOT_PERSON_OPENERS or is_pronoun(m.group("name").split()[0]):
            continue
        names.setdefault(m.group("name"), m.span("name"))
    return next(iter(names.values())) if len(names) == 1 else None


_NOT_PERSON_OPENERS = frozenset({"the", "a", "an", "in", "on", "at", "for", "since", "after", "before", "during", "when",
                                 "this", "that", "these", "those", "our", "my", "his", "her", "their", "its", "q", "a:"})


# "Ana Rusu: ...", "COL. IVO MAREK (spokesperson): ...", "Dr J. TOMA: ...": a name (abbreviated titles and initials
# kept), an optional role in brackets
# a speaker's label: capitalised words, with "of"/"for"/"the" between them ("The Secretary of State for X:")
_SPEAKER_LABEL = re.compile(r"[ \t]*(?P<name>[A-Z][\w’'-]+\.?(?:[ \t]+(?:(?:of|for|the|and)[ \t]+){0,2}[A-Z](?:[\w’'-]+\.?|\.)){0,5})"
                            r"(?:[ \t]+\([^()\n]{1,60}\))?[ \t]*:[ \t]")


def _names_someone(label: str) -> bool:
    """A speaker label that can name a person ("Ana Rusu", "The Secretary of State"), not a section's
    ("Answer", "Editor's Note", "Photo Credit"): no possessive, and a word that is no common English word
    or a title (places rules ``title_words``)."""
    from claimledger.extract.places import common_words

    words = label.split()
    titles = _title_words()
    return not any(w.endswith(("'s", "’s")) for w in words) and any(
        w.lower() not in common_words() or w.lower().rstrip(".") in titles for w in words)


@cache
def _title_words() -> frozenset[str]:
    """Rule ``title_words`` of places.json ("minister", "col"), read once."""
    return frozenset(load_rules("places.json")["title_words"])


def _labelled_answer(ctx: _Ctx, si: int) -> Attribution | None:
    """In an interview transcript, the speaker whose label opens the paragraph of sentence ``si``
    ("Ana Rusu: In March we counted ..."): every sentence of the paragraph is theirs, and of the
    paragraphs after it that open with no label of their own, up to the next label or question (a turn
    of several paragraphs); else ``None``."""
    _interviewer_asks(ctx, 0)  # computes ctx.questions
    qs = ctx.questions or []
    if sum(qs) < INTERVIEW_MIN_QUESTIONS or si >= len(ctx.par_of_sentence):
        return None
    k = ctx.par_of_sentence[si]
    while (k > 0 and not (k < len(qs) and qs[k])
           and _SPEAKER_LABEL.match(ctx.doc.text, ctx.doc.paragraphs[k].start, ctx.doc.paragraphs[k].end) is None):
        k -= 1  # an unlabelled paragraph continues the turn before it
    if k < len(qs) and qs[k]:
        return None
    par = ctx.doc.paragraphs[k]
    m = _SPEAKER_LABEL.match(ctx.doc.text, par.start, par.end)
    if m is None or _question_label().match(ctx.doc.text, par.start) is not None or not _names_someone(m.group("name")):
        return None
    return Attribution(name=m.group("name"), kind="cited", start=m.start("name"), end=m.end("name"),
                       rule="default.speaker_label")


def _labelled_question(ctx: _Ctx, si: int) -> Attribution | None:
    """In a transcript of several speakers, a question whose paragraph opens on a speaker's label ("Mr. Ivo
    Marek (North): Is the minister aware that ...?") is that speaker's, not an interviewer's ("Q:" is)."""
    par = ctx.doc.paragraphs[ctx.par_of_sentence[si]]
    m = _SPEAKER_LABEL.match(ctx.doc.text, par.start, par.end)
    if m is None or _question_label().match(ctx.doc.text, par.start) is not None or not _names_someone(m.group("name")):
        return None
    return Attribution(name=m.group("name"), kind="cited", start=m.start("name"), end=m.end("name"),
                       rule="default.speaker_label+question")


def _interviewee(ctx: _Ctx) -> Attribution | None:
    """In an interview whose metadata names no interviewee, the person its opening text (before the
    first question) introduces speaks the answers: the one person it names with an interview cue
    ("Ana Rusu has run the clinic since 2019. We spoke to her ..."), else the one after "an interview
    with" ("...: an interview with a nurse in X"). It depends on the document alone: found once per
    document (its claims ask again), each caller given its own copy."""
    if not ctx.interviewee:
        ctx.interviewee.append(_find_interviewee(ctx))
    found = ctx.interviewee[0]
    return found.model_copy() if found is not None else None


def _find_interviewee(ctx: _Ctx) -> Attribution | None:
    """The interviewee of ``_interviewee``, looked for in the document."""
    _interviewer_asks(ctx, 0)  # computes ctx.questions
    qs = ctx.questions or []
    meta = f"{ctx.doc.source.author or ''} {ctx.doc.source.publisher or ''}"
    if sum(qs) < INTERVIEW_MIN_QUESTIONS or _interview_with().search(meta) is not None:
        return None
    first_q = next(k for k, q in enumerate(qs) if q)
    end = ctx.doc.paragraphs[first_q].start if first_q < len(ctx.doc.paragraphs) else 0
    m = _interview_with().search(ctx.doc.text, 0, end)
    person = _introduced_person(ctx, end)
    if person is not None and (m is None or not m.group("name")[:1].isupper()):
        return Attribution(name=ctx.doc.text[person[0]:person[1]], kind="cited", start=person[0], end=person[1],
                           rule="default.interviewee+introduced")
    if m is None:
        return None
    return Attribution(name=m.group("name"), kind="cited", start=m.start("name"), end=m.end("name"),
                       rule="default.interviewee")


def _make_ctx(doc: Doc) -> _Ctx:
    layers = {name: sorted(ms, key=lambda m: (m.start, m.end)) for name, ms in doc.spans.items()}
    par_starts = [p.start for p in doc.paragraphs]
    par_of = [max(0, bisect.bisect_right(par_starts, s.start) - 1) for s in doc.sentences]
    return _Ctx(doc, [s.start for s in doc.sentences], par_of, layers, {k: [m.start for m in v] for k, v in layers.items()},
                place_helper=_places_helper(), par_starts=par_starts)


def event_claim(doc: Doc, version: str) -> ClaimIn | None:
    """One event-level claim for a short event description (one-event-per-record data).

    The last claim with a killed figure the text marks as a total, else the first claim
    with a killed figure (else the first claim), or, when the text has no figure, a
    figure-less claim built around the first sentence with an event word. The heaviest
    event word of the record's first sentence gives the type (a record leads with its event), and
    the incident date (day or range) of that sentence the date, and, for a claim whose own sentence
    names no place (or that has none), its first specific place the place; a claim without a date takes the
    record's first incident date; a record dated only by its report ("As reported on 4 March 2020,
    ...") takes the report date.
    """
    claim: ClaimIn | None = None
    accounts = {m.start for m in doc.spans.get(ACCOUNTS, [])}
    # a party's account is not the record's event, nor is another site of its act
    own = [c for c in doc.claims if (c.figures or c.evidence.start not in accounts) and not c.place.rule.startswith(SITE)]
    if own:
        totals = {(m.start, m.end) for m in doc.spans.get("figures", []) if m.data.get("total")}
        with_total = [c for c in own if any(f.kind == "killed" and (f.start, f.end) in totals for f in c.figures)]
        with_killed = [c for c in own if any(f.kind == "killed" for f in c.figures)]
        claim = with_total[-1] if with_total else (with_killed or own)[0]
    elif doc.sentences:
        ctx = _make_ctx(doc)
        defaults = _doc_defaults(ctx)
        if defaults["date"] is None:
            any_dates = [m for m in ctx.layers.get("dates", []) if _is_incident_date(m)]
            defaults["date"] = any_dates[0] if any_dates else None
        types = ctx.layers.get("types", [])
        si = _sentence_index(ctx, types[0].start) if types else 0
        claim = _build(ctx, si, [], defaults, version)
    commemorated = _commemorated_spans(doc)
    types = sorted((m for m in doc.spans.get("types", []) if not _inside(m, commemorated)), key=lambda m: m.start)
    if claim is not None and types and not denies_incident(claim):
        # a one-event record leads with its event ("gunmen raided a border checkpoint, killing 3")
        lead = doc.sentences[0] if doc.sentences else None
        in_lead = [m for m in types if lead is not None and lead.start <= m.start < lead.end]
        if lead is not None and any(m.label == "protest" for m in in_lead):
            # "members staged a protest, highlighting atrocities against X": the grievance is no event here
            from claimledger.extract.types import cause_clauses

            topics = cause_clauses(doc.text, lead.start, lead.end)
            in_lead = [m for m in in_lead if m.label == "protest" or not _inside(m, topics)]
        first = max(in_lead, key=lambda m: (_weight(m), -m.start)) if in_lead else types[0]
        extra = dict(claim.extra)
        for key in ("acled_event_type", "acled_sub_event_type"):
            if first.data.get(key):
                extra[key] = first.data[key]
        claim = claim.model_copy(update={"type": _claim_type(first.label), "type_rule": "event:" + first.rule, "extra": extra})
    if claim is not None and doc.sentences and (claim.place.rule.startswith(("paragraph:", "document", "aggregate:",
                                                                           "listed_regions:"))
                                                or not (claim.place.text or claim.place.name)):
        # a claim whose own sentence names no place ("A shoot-out broke out"), or only a total's country ("one of
        # three attacks", "operations in A, B, C and D provinces": one record codes one of them): the record's
        # place is the first specific place of its lead ("On 2 May, in X, Province, police raided the Y neighborhood")
        from claimledger.extract.places import named_as_origin

        lctx = _make_ctx(doc)
        par_starts = [p.start for p in doc.paragraphs]
        lead_places = [m for m in _in(lctx, "places", doc.sentences[0]) if _place_penalty(doc, m, par_starts) < 3.0]
        specific = [m for m in lead_places if m.label in ("locality", "district", "unresolved")]
        origins = [m for m in specific if named_as_origin(doc.text, m.start)]
        # (an origin's address is no arrival either: "militias from X (Y LGA, Z)")
        arrived = [m for m in specific if m not in origins and not (origins and m.data.get("container"))]
        specific = arrived or specific  # "a drone launched from X was downed over Y": Y
        # else a named place the gazetteer lacks, resolved only to the region it names ("in X de Y, Province")
        lead_place = next(iter(specific), None) or next((m for m in lead_places if m.data.get("contained")), None)
        if lead_place is None and claim.place.rule.startswith("listed_regions:"):
            # "operations in A, B, C and D provinces": the record codes the first listed region
            lead_place = next((m for m in lead_places if m.label == "region"), None)
        settled = [m for m in specific if m.data.get("cued_locality")]
        if lead_place is not None and settled and lead_place.label != "locality" and not lead_place.data.get("contained"):
            lead_place = settled[0]  # "on the Y river border ... near the village of X": the settlement
        if lead_place is not None:
            claim = claim.model_copy(update={"place": _place_value(lead_place, "event:lead:")})
    if claim is not None:
        # a one-event record is dated by its lead's incident date ("On 30 April 2020, ... Until 29 April,
        # 753 prisoners were released"), else, when the claim has none, by its first incident date
        dates = sorted((m for m in doc.spans.get("dates", []) if _is_carried_date(m) and m.label in ("day", "range")),
                       key=lambda m: m.start)
        dates = [m for m in dates if not m.data.get("yearless")] or dates  # a resolved date says more
        dates = [m for m in dates if m.rule != "anniversary"]  # a commemorated event is the record's only by its toll
        lead_end = doc.sentences[0].end if doc.sentences else 0
        lead_date = next((m for m in dates if m.start < lead_end), None)
        event_date = lead_date or (dates[0] if dates and claim.date.start is None else None)
        if claim.date.rule.endswith("anniversary") and _casualty_figures(claim):
            event_date = None  # "gathered on 11 July for the 29th anniversary of the massacre, in which 8,000 died"
        if event_date is not None and (claim.date.char_start, claim.date.char_end) != (event_date.start, event_date.end):
            claim = claim.model_copy(update={"date": _date_value(doc, event_date, "event:lead:" if lead_date else "event:")})
    if claim is not None and claim.date.rule.endswith("anniversary") and not _casualty_figures(claim):
        # "On 5 May 2023, on the 26th anniversary of the massacre, members staged a protest": a record with
        # no toll tells of the commemoration, dated by its own day, not of the event it commemorates
        own_day = _commemoration_day(doc, claim.date.char_start)
        if own_day is not None:
            claim = claim.model_copy(update={"date": _date_value(doc, own_day, "event:commemoration:")})
    if claim is not None and claim.date.start is None and claim.date.text is None:
        reported = [m for m in doc.spans.get("dates", []) if m.rule in ("report", "discovery") and m.data.get("start")]
        if reported:
            claim = claim.model_copy(update={"date": _date_value(doc, reported[0], "report:")})
    return claim


def _casualty_figures(claim: ClaimIn) -> bool:
    return any(f.kind in CASUALTY_KINDS for f in claim.figures)


def _commemorated_span(text: str, m: Mention) -> tuple[int, int]:
    """The phrase naming the event an anniversary mention commemorates ("the 26th anniversary of the X
    Massacre (…)," up to the first comma or semicolon outside brackets, else the sentence end)."""
    depth, i = 0, m.end
    limit = min(len(text), m.end + 300)
    while i < limit:
        ch = text[i]
        if ch in "([":
            depth += 1
        elif ch in ")]":
            depth = max(0, depth - 1)
        elif depth == 0 and (ch in ",;\n" or (ch == "." and text[i + 1 : i + 2] in (" ", "\n", ""))):
            break
        i += 1
    return m.start, i


def _commemorated_spans(doc: Doc) -> list[tuple[int, int]]:
    """The phrases naming an event an anniversary commemorates: their event words name that past
    event, not the one the text reports."""
    return [_commemorated_span(doc.text, m) for m in doc.spans.get("dates", []) if m.rule == "anniversary"]


def _inside(m: Mention, spans: list[tuple[int, int]]) -> bool:
    return any(a <= m.start and m.end <= b for a, b in spans)


_COMMEMORATED_TOLL = re.compile(r"(?i)\b(?:in\s+which|during\s+which|when|that|which|where|who)\b")
_OWN_CLAUSE = re.compile(r",\s+(?:\w+ing|and|but|while)\b|[.;:]")


def _commemorates(text: str, anniversary: Mention, toll: int) -> bool:
    """True when a toll belongs to the event an anniversary commemorates: it follows the anniversary
    in a relative clause of its object ("the 29th anniversary of the massacre, in which 8,000 were
    killed"; "25 years since the attack that killed 5,000"), not in the sentence's own clause ("a
    bomb hit a rally marking the 10th anniversary of the uprising, killing 4")."""
    if toll < anniversary.end:
        return False
    between = text[anniversary.end:toll]
    rel = _COMMEMORATED_TOLL.search(between)
    return rel is not None and not _OWN_CLAUSE.search(between, 0, rel.start())


def _dates_toll(ctx: _Ctx, seg: Segment, m: Mention, toll: int) -> bool:
    """An incident date of the claim's own sentence usable for its toll. In a sentence that reports an
    incident of its own besides the one an anniversary commemorates ("a bomb hit a rally marking the
    10th anniversary of the coup, killing 4"), the anniversary's date serves only a toll of the
    commemorated event, and the commemoration's own day (rule ``context``) the others; in a sentence
    telling only of the commemorated event ("the remains of 14 victims were buried as crowds marked the
    29th anniversary of the massacre"), the anniversary's date serves every toll."""
    if m.rule not in ("anniversary", "context"):
        return _is_incident_date(m) and not _chronology_head(ctx, seg, m)
    text = ctx.doc.text
    if m.rule == "anniversary":
        return _commemorates(text, m, toll) or not _own_incident(ctx, seg, m)
    if m.label != "day" or not m.data.get("start"):
        return False
    return any(a.rule == "anniversary" and _own_incident(ctx, seg, a) and not _commemorates(text, a, toll)
               for a in _in(ctx, "dates", seg))


@cache
def _chronology_entry_after() -> re.Pattern[str]:
    return re.compile(load_rules("dates.json").get("chronology_entry_after", "(?!)"))


def _chronology_head(ctx: _Ctx, seg: Segment, m: Mention) -> bool:
    """True when the day ``m`` opens its sentence as a chronology's entry ("Oct. 6 - Church sources said
    soldiers shot dead 12 men on Oct. 2"; rules ``chronology_entry_after``) and the sentence gives another
    incident day of its own after it: the entry's day is when the news came, the other the incident's."""
    text = ctx.doc.text
    if m.label != "day" or text[seg.start:m.start].strip() or not _chronology_entry_after().match(text[m.end:m.end + 8]):
        return False
    return any(d.start >= m.end and d.label in ("day", "range") and _is_incident_date(d) for d in _in(ctx, "dates", seg))


def _own_incident(ctx: _Ctx, seg: Segment, anniversary: Mention) -> bool:
    """True when the sentence names an incident (an event word other than ``other``) outside the
    phrase of the event its anniversary commemorates."""
    span = [_commemorated_span(ctx.doc.text, anniversary)]
    return any(t.label != "other" and not _inside(t, span) for t in _in(ctx, "types", seg))


def _commemoration_day(doc: Doc, anniversary_start: int | None) -> Mention | None:
    """The day a commemoration took place: the date the anniversary rule set aside as its context
    ("On 5 May 2023, on the 26th anniversary of ..."), in the same sentence."""
    if anniversary_start is None:
        return None
    sentence = next((s for s in doc.sentences if s.start <= anniversary_start < s.end), None)
    if sentence is None:
        return None
    days = [m for m in doc.spans.get("dates", []) if m.rule == "context" and m.label == "day"
            and sentence.start <= m.start < sentence.end and m.data.get("start")]
    return min(days, key=lambda m: abs(m.start - anniversary_start)) if days else None


def _own(rule: str) -> bool:
    """True for a field found in the claim's own sentence (not carried from the paragraph or document)."""
    return bool(rule) and not rule.startswith(("paragraph:", "document", "place:"))


@cache
def _continuation_openers() -> tuple[re.Pattern[str], ...]:
    return tuple(re.compile(p) for p in load_rules("figures.json").get("continuation_openers", []))


@cache
def _own_period_openers() -> tuple[re.Pattern[str], ...]:
    """Rules ``own_period_openers``: "During the same period, ...": a count of its own over the period."""
    return tuple(re.compile(p) for p in load_rules("figures.json").get("own_period_openers", []))


_ESTIMATE_WORDS = ("estimate", "tally", "tallie", "count")  # counted_before nouns naming a source's figure


def _continues(ctx: _Ctx, si: int, a: ClaimIn, sj: int, b: ClaimIn, merged: bool = False) -> bool:
    """True when claim ``b`` (the next sentence) only adds casualty figures of other kinds to ``a``
    about the same event ("18 people were killed. Thirty-six people went missing."), counts a
    part of ``a``'s total ("... received 3,600 patients. Of that total, 355 have died."), or adds
    counted objects to ``a``'s counted objects ("three rockets were fired at the town. Two of them
    did not explode."). ``a`` already ``merged`` from two sentences takes only counted objects of its toll
    ("21 died. Also, 66 were injured. Rescuers found 29 body fragments.")."""
    if sj != si + 1 or ctx.par_of_sentence[si] != ctx.par_of_sentence[sj] or not b.figures or _not_a_claim(ctx, b):
        return False
    if any(rx.match(b.evidence.text) for rx in _own_period_openers()):
        return False  # "During the same period, 1,065 were abducted": restates its period, a count of its own
    kinds_a = {f.kind for f in a.figures if "+subgroup" not in f.rule}  # a part ("20 of them children") adds no kind
    kinds_b = {f.kind for f in b.figures if "+subgroup" not in f.rule}
    counted = False
    if any(f.rule == "other.counted_before" and (f.what or "").rstrip("s") in _ESTIMATE_WORDS for f in b.figures):
        return False  # "... Those numbers match survivor estimates of 130": another source's estimate, a claim of its own
    if merged and not (kinds_b == {"other"} and kinds_a & set(CASUALTY_KINDS)):
        return False
    if kinds_a == kinds_b == {"other"}:
        events_a = {m.rule for m in _in(ctx, "types", ctx.doc.sentences[si])}
        events_b = {m.rule for m in _in(ctx, "types", ctx.doc.sentences[sj])}
        if events_a and events_b and not events_a & events_b:
            # "40 houses burned. 12 rockets hit the base.": two events; compared by the rule that found each
            # event word, since one type may hold several ("among those killed ... In addition, 58 were raped")
            return False
    elif kinds_b == {"other"}:
        if not kinds_a & set(CASUALTY_KINDS) or _has_event(ctx, ctx.doc.sentences[sj]):
            return False  # counted objects with an event word of their own tell of another happening
        if {f.value for f in a.figures} & {f.value for f in b.figures}:
            return False  # "... 33 killed. Among these 33 victims ...": a statement about that count
        counted = True  # "21 died. Rescuers found 29 body fragments.": counted objects of the same toll
    elif not kinds_b <= set(CASUALTY_KINDS):
        return False
    elif kinds_a & kinds_b or not kinds_a & set(CASUALTY_KINDS) and not (
            a.figures and any(rx.match(b.evidence.text) for rx in _continuation_openers())):
        return False  # the same kinds again are a breakdown ("Of these, 2,266 killed ..."), a claim of its own
    if _own(b.date.rule) and (b.date.start, b.date.end) != (a.date.start, a.date.end):
        return False
    if _own(b.place.rule) and (b.place.name or b.place.text) != (a.place.name or a.place.text):
        return False
    if b.attributed_to.rule.startswith(OWN_VOICE) and a.attributed_to.kind != "author":
        return False  # "According to our information, 17 ...": the writer's own figure after another's, not its continuation
    if counted and _in(ctx, "attributions", ctx.doc.sentences[sj]):
        return False  # "... 14 were shot dead. He said troops also seized nine rifles.": a statement of its own
    return (b.attributed_to.kind == "author" or b.attributed_to.name == a.attributed_to.name
            or counted and not _own(b.attributed_to.rule))


def _merge_continuations(ctx: _Ctx, built: list[tuple[int, list[ClaimIn]]]) -> list[ClaimIn]:
    """Claims in text order; a one-claim sentence that continues the previous one-claim sentence
    with casualty figures of other kinds joins it (one claim, evidence over both sentences)."""
    out: list[ClaimIn] = []
    prev: tuple[int, ClaimIn] | None = None  # the last claim, when it was its sentence's only claim
    merged_prev = False  # that claim was merged from sentences before
    text = ctx.doc.text
    for si, cs in built:
        if prev is not None and len(cs) == 1 and _continues(ctx, prev[0], prev[1], si, cs[0], merged_prev):
            a, b = prev[1], cs[0]
            merged = a.model_copy(update={
                "figures": a.figures + b.figures,
                "evidence": Span(start=a.evidence.start, end=b.evidence.end, text=text[a.evidence.start:b.evidence.end]),
            })
            out[-1] = merged
            prev, merged_prev = (si, merged), True
            continue
        out.extend(cs)
        prev, merged_prev = ((si, cs[0]) if len(cs) == 1 else None), False
    return out


def _casualties(c: ClaimIn) -> set[tuple[str, float]]:
    return {(f.kind, float(f.value)) for f in c.figures if f.kind in CASUALTY_KINDS and f.qualifier != "vague" and f.value}


LEAD_PARAGRAPHS = 3  # headline, standfirst, lead
LEAD_MIN_WORDS = 6  # shorter lines (page furniture: "Read in Google News!", a tag) do not count as lead paragraphs


def _lead_end(ctx: _Ctx) -> int:
    """Index of the first paragraph after the lead: the first ``LEAD_PARAGRAPHS`` paragraphs of at least
    ``LEAD_MIN_WORDS`` words, with the short lines between them. Worked out once per document (kept on ``ctx``:
    the type of the document and the claims built after the lead ask for it again and again)."""
    if ctx.lead_end is None:
        ctx.lead_end = _count_lead(ctx.doc)
    return ctx.lead_end


def _count_lead(doc: Doc) -> int:
    """``_lead_end`` of ``doc``, counted."""
    text = doc.text
    seen = 0
    for k, p in enumerate(doc.paragraphs):
        if len(text[p.start:p.end].split()) >= LEAD_MIN_WORDS:
            seen += 1
            if seen == LEAD_PARAGRAPHS:
                return k + 1
    return max(len(doc.paragraphs), LEAD_PARAGRAPHS)


_ANAPHORA = "paragraph:anaphora:"  # a date or place carried to a sentence that refers back (borrowed, not own)


@cache
def _anaphoric_openers() -> tuple[re.Pattern[str], ...]:
    return tuple(re.compile(p) for p in load_rules("figures.json").get("anaphoric_openers", []))


def _dated_or_placed_between(ctx: _Ctx, sj: int, si: int) -> bool:
    """True when a sentence between sentences ``sj`` and ``si`` names a date or a place of its own: it
    tells of something else ("Most victims of the 2012 crisis were never found. Some of the victims
    ..."), which a reference back may point to instead of the figure claim before it."""
    text = ctx.doc.text
    return any(_in(ctx, "dates", seg) or _in(ctx, "places", seg) or _YEAR.search(text, seg.start, seg.end)
               for seg in ctx.doc.sentences[sj + 1:si])


_YEAR = re.compile(r"\b(?:1[89]|20)\d\d\b")  # "the 2012 crisis": a year named as a modifier is no date mention


def _carry_anaphora(ctx: _Ctx, claims: list[ClaimIn]) -> list[ClaimIn]:
    """A figure claim whose sentence opens by referring back ("Some of the prisoners ...", "However,
    many of those freed ...") and that has no date and place of its own (none, or only the document's) takes the date and
    place of the figure claim just before it, in the same or the previous paragraph: the incident
    the reference points to. Claims in text order; RETURNS the same list with those updated."""
    if not _anaphoric_openers():
        return claims
    doc = ctx.doc
    out: list[ClaimIn] = []
    prev: ClaimIn | None = None
    for c in claims:
        if not c.figures or denies_incident(c):
            out.append(c)
            continue
        if (prev is not None and (c.date.start is None and c.date.text is None or c.date.rule.startswith("document"))
                and c.place.rule.startswith("document")
                and (prev.date.start is not None or not prev.place.rule.startswith("document"))):
            si = _sentence_index(ctx, c.figures[0].start)
            sj = _sentence_index(ctx, prev.figures[0].start)
            seg = doc.sentences[si]
            if (0 <= ctx.par_of_sentence[si] - ctx.par_of_sentence[sj] <= 1
                    and any(rx.match(doc.text[seg.start:seg.end]) for rx in _anaphoric_openers())
                    and not _dated_or_placed_between(ctx, sj, si)):
                c = c.model_copy(update={
                    "date": prev.date.model_copy(update={"rule": _ANAPHORA + prev.date.rule.removeprefix(_ANAPHORA)}),
                    "place": prev.place.model_copy(update={"rule": _ANAPHORA + prev.place.rule.removeprefix(_ANAPHORA)})
                    if not prev.place.rule.startswith("document") else c.place,
                })
        out.append(c)
        prev = c
    return out


def _repeatable(c: ClaimIn) -> set[tuple[str, float]]:
    """The casualty figures by which a claim repeats another: not a single victim found by the words alone
    ("a reporter was shot dead"), which any other account of one death would match."""
    return {(f.kind, float(f.value)) for f in c.figures if f.kind in CASUALTY_KINDS and f.qualifier != "vague"
            and f.value and not f.rule.endswith(".singular")}


def _attribute_repeats(ctx: _Ctx, claims: list[ClaimIn]) -> list[ClaimIn]:
    """A claim of the headline or lead left to the author whose casualty figure repeats one that
    the document attributes to a source further on ("410 bodies recovered" ... "410 bodies ...,
    the prosecutor said") takes that source; the nearest such claim wins."""
    cited = [(k, c) for k, c in enumerate(claims) if c.attributed_to.kind != "author" and not denies_incident(c) and _repeatable(c)]
    if not cited:
        return claims
    out = list(claims)
    lead_end = _lead_end(ctx)
    for k, c in enumerate(claims):
        if c.attributed_to.kind != "author" or denies_incident(c):
            continue
        if ctx.par_of_sentence[_sentence_index(ctx, c.evidence.start)] >= lead_end:
            continue
        figs = _repeatable(c)
        same = [(abs(k - j), j, o) for j, o in cited if figs & _repeatable(o)]
        if not figs or not same:
            continue
        src = min(same, key=lambda t: (t[0], t[1]))[2].attributed_to
        out[k] = c.model_copy(update={"attributed_to": src.model_copy(update={"rule": "repeat:" + src.rule})})
    return out


@cache
def _duration_units() -> frozenset[str]:
    return frozenset(load_rules("figures.json").get("duration_units", []))


@cache
def _link_opener() -> re.Pattern[str]:
    cues = load_rules("figures.json").get("not_a_claim_openers", [])
    return re.compile(r"[\s\"'“‘(\[]*(?:" + "|".join(cues) + ")" if cues else r"(?!)", re.IGNORECASE)


_FINAL_PUNCT = re.compile(r"[.!?…:;][\"'”’»)\]]*\s*$")
_SPACES = re.compile(r"\s+")


def _is_headline(ctx: _Ctx, c: ClaimIn) -> bool:
    """True when the claim's sentence is a paragraph of its own without final punctuation (a
    headline, a caption)."""
    si = _sentence_index(ctx, c.evidence.start)
    pars = ctx.doc.paragraphs
    if not pars:
        return False
    par = pars[ctx.par_of_sentence[si]]
    text = ctx.doc.text
    if text[par.start:c.evidence.start].strip() or text[c.evidence.end:par.end].strip():
        return False
    return not _FINAL_PUNCT.search(c.evidence.text)


def _not_a_claim(ctx: _Ctx, c: ClaimIn) -> bool:
    """True for a figure claim the text does not make: its figures are all vague in a headline
    ("Dozens killed in strike": the body gives the claim), or all durations ("every three hours") but
    the length of a war or an operation ("the 44-day war"), or counts of the response or of the reporter's
    work (:func:`_counts_the_response`), or its sentence links to another page ("Read more: 35 killed in ...")."""
    figs = c.figures
    if not figs:
        return False
    if _link_opener().match(c.evidence.text):
        return True
    if all(f.qualifier == "vague" for f in figs) and _is_headline(ctx, c):
        return True
    if _counts_the_response(ctx, c):
        return True
    units = _duration_units()
    return all(f.kind == "other" and f.rule == "other.measure" and (f.what or "") in units and not _war_duration(ctx, f)
               for f in figs)


@cache
def _response_cues() -> tuple[tuple[Gated, ...], tuple[Gated, ...]]:
    """Rules ``response_counts`` and ``method_counts`` + ``family_counts``, one gated regex per rule: each
    is searched in a claim's evidence only where the document scan finds its loosened copy ending inside it."""
    r = load_rules("figures.json")
    return (tuple(gated(p, re.IGNORECASE, spans=True) for p in r["response_counts"]),
            tuple(gated(p, re.IGNORECASE, spans=True) for p in r["method_counts"] + r["family_counts"]))


def _counts_the_response(ctx: _Ctx, c: ClaimIn) -> bool:
    """True for a claim that counts the response to an incident or the reporter's own work, not the
    incident: aid handed out ("distributed food to 900 households"; figures all kind other or displaced,
    rules ``response_counts``), interviews, witnesses heard, observers deployed, an appeal's amount, or a
    person's family in an obituary line (figures all kind other, rules ``method_counts``, ``family_counts``)."""
    kinds = {f.kind for f in c.figures}
    if not kinds <= {"other", "displaced"}:
        return False
    response, method = _response_cues()
    text, doc, start, end = c.evidence.text, ctx.doc.text, c.evidence.start, c.evidence.end
    return (any(not g.absent(doc, start, end) and g.rx.search(text) for g in response)
            or kinds == {"other"} and any(not g.absent(doc, start, end) and g.rx.search(text) for g in method))


@cache
def _war_cues() -> tuple[re.Pattern[str], re.Pattern[str]]:
    r = load_rules("figures.json")
    return re.compile(r["duration_of_war"], re.IGNORECASE), re.compile(r["war_lasted"], re.IGNORECASE)


_UNIT = re.compile(r"[\s-]*\w+")


def _war_duration(ctx: _Ctx, f: Figure) -> bool:
    """True for the length of a war or operation ("the 44-day war", "the war, which lasted 44 days"): a
    figure about an incident."""
    text = ctx.doc.text
    unit_end = _UNIT.match(text, f.end)
    after, before = _war_cues()
    reach = int(load_rules("figures.json").get("war_lasted_reach", 40))
    return bool(unit_end and after.match(text, unit_end.end()) or before.search(text, max(0, f.start - reach), f.start))


def _folded(text: str | None) -> str:
    """``text`` with its runs of space as one space, stripped and case-folded (to compare evidence, site names)."""
    return _SPACES.sub(" ", text or "").strip().casefold()


def _repeat_key(c: ClaimIn) -> tuple[str, str, tuple[tuple[str, float, str], ...]]:
    figs = tuple(sorted((f.kind, float(f.value), f.qualifier) for f in c.figures))
    return _folded(c.evidence.text), c.type, figs


def _drop_non_claims(ctx: _Ctx, claims: list[ClaimIn]) -> list[ClaimIn]:
    """Claims in text order without the ones the text does not make (:func:`_not_a_claim`) and
    without a headline printed twice: a headline claim whose sentence repeats an earlier headline's, or
    its head ("X killed 12 - Site name" then "X killed 12"), with the same type and figures."""
    out: list[ClaimIn] = []
    seen: dict[tuple[str, tuple[tuple[str, float, str], ...]], list[str]] = {}
    for c in claims:
        if _not_a_claim(ctx, c):
            continue
        if not _is_headline(ctx, c):
            out.append(c)
            continue
        text, typ, figs = _repeat_key(c)
        earlier = seen.setdefault((typ, figs), [])
        if any(s == text or s.startswith(text) and not s[len(text)].isalnum() for s in earlier):
            continue
        earlier.append(text)
        out.append(c)
    return out


_ARTICLE = re.compile(r"(?i)^(?:the|a|an)\s+")


def _denier_key(c: ClaimIn) -> str:
    return _ARTICLE.sub("", _SPACES.sub(" ", c.attributed_to.name or "").strip()).casefold()


def _collapse_denials(ctx: _Ctx, claims: list[ClaimIn]) -> list[ClaimIn]:
    """Claims without repeated denials: a document states a party's denial once, the rest repeat it -
    a denial in a headline when the body denies too ("Army denies shelling village" above "The army
    said on Monday it had not shelled the village"), and a later denial by the same denier, unless an
    additive marker says it denies something more ("The army also rejects the allegation that ..."); and a
    claim counting only a duration in a denial's sentence (the length of the war the denial recalls)."""
    denials = [c for c in claims if denies_incident(c)]
    if not denials:
        return claims
    drop: set[int] = set()
    denying = {_sentence_index(ctx, c.evidence.start) for c in denials}
    units = _duration_units()
    for c in claims:
        if (not denies_incident(c) and c.figures and _sentence_index(ctx, c.evidence.start) in denying
                and all(f.kind == "other" and f.rule == "other.measure" and (f.what or "") in units for f in c.figures)):
            drop.add(id(c))  # "X denied it, as it has done throughout the six-year war": the war's length is background
    body = [c for c in denials if not _is_headline(ctx, c)]
    seen: set[str] = set()
    for c in denials:
        if body and _is_headline(ctx, c) and any(b.evidence.start > c.evidence.start for b in body):
            drop.add(id(c))
            continue
        key = _denier_key(c)
        if key and key in seen and not _additive_denial().search(c.evidence.text):
            drop.add(id(c))
        seen.add(key)
    return [c for c in claims if id(c) not in drop]


@cache
def _presence_denial() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    r = load_rules("figures.json")
    return (re.compile(r["presence_denial"]), re.compile(r["presence_denial_clause_end"]),
            re.compile(r["presence_denial_scope"]))


@cache
def _additive_denial() -> re.Pattern[str]:
    return re.compile(load_rules("figures.json")["additive_denial"])


def _presence_denial_only(ctx: _Ctx, m: Mention) -> bool:
    """True for a denial of a force's involvement or presence in a war or a region that names no incident
    ("X and Y deny Z is involved in the region"): no incident claim (rules ``presence_denial``). A bare
    "denied any involvement" refers to the incident in context and stays."""
    presence, clause_end, scope = _presence_denial()
    seg = ctx.doc.sentences[_sentence_index(ctx, m.start)]
    text = ctx.doc.text
    denier_end = m.data.get("denier_end")
    start = denier_end if isinstance(denier_end, int) and m.start <= denier_end < m.end else m.start
    stop = clause_end.search(text, start, seg.end)
    end = stop.start() if stop else seg.end
    if not presence.search(text, start, end):
        return False
    if not scope.search(text, start, end) and not any(p.start < end for p in _in(ctx, "places", seg) if p.end > start):
        return False
    return not any(t.label != "other" and t.start < end for t in _in(ctx, "types", seg) if t.end > start)


ACCOUNTS = "accounts"  # layer: the sentences of parties' figure-less accounts (:func:`_alternative_cause`)


@cache
def _alternative_cause_rules() -> dict[str, Any]:
    return load_rules("alternative_cause.json")


_QUOTE_OPENERS = "\"“«"


def _statement_cue(ctx: _Ctx, si: int, anchor: int) -> Mention | None:
    """The named speaker of sentence ``si`` when its cue is a plain statement ("X said", "according to
    X"), or a quotation the sentence opens carried from its speaker; else ``None`` (no speaker, a
    pronoun, an accusation or a report's finding: rules ``statement_cues``, ``quote_cues``)."""
    am, prefix = _attribution_mention(ctx, si, anchor)
    if am is None or am.label not in ("cited", "quoted") or is_pronoun(am.data.get("name")):
        return None
    rules = _alternative_cause_rules()
    cue = am.rule.removeprefix("attr.")
    if not prefix and cue in rules["statement_cues"]:
        return am
    seg = ctx.doc.sentences[si]
    opens_quote = ctx.doc.text[seg.start:seg.end].lstrip()[:1] in _QUOTE_OPENERS
    return am if cue in rules["quote_cues"] and opens_quote else None


def _incident_places(ctx: _Ctx, seg: Segment, default: Mention | None) -> list[Mention]:
    """The sentence's mentions of the document's own place, a town or district the gazetteer knows
    (not a speaker's seat, a dateline or a place only carried over: rules ``not_place_rules``)."""
    rules = _alternative_cause_rules()
    labels = rules["place_labels"]
    if default is None or default.label not in labels:
        return []
    keys = _place_keys(default)
    par_starts = ctx.par_starts
    return [m for m in _in(ctx, "places", seg)
            if m.label in labels and "gazetteer" in m.rule and not any(r in m.rule for r in rules["not_place_rules"])
            and _place_penalty(ctx.doc, m, par_starts) < 3.0 and _named_by(m, keys)]


def _alternative_cause(ctx: _Ctx, si: int, defaults: dict[str, Mention | None]) -> bool:
    """True for a figure-less sentence in which a named party gives its own account of the document's
    incident - who did it, with what, what was hit ("Militants blew up the depot where they had stored
    arms, the ministry said on 3 May"): a responsibility statement (rules ``agent_rules``) or a cause
    (rules ``cause``: "the blast resulted from a misfired rocket"), no figure and
    no denial (those make their own claims), a plain statement cue (:func:`_statement_cue`) and the
    document's place outside the speaker's words (:func:`_incident_places`); or the speaker's account of its
    own fire at armed targets only or of who the dead were (rules ``own_target``: "X said its jets had struck
    only militant positions"; ``victims_account``: "X said the dead were militants"), with or without a place. Not in a long text, which tells of many incidents."""
    seg = ctx.doc.sentences[si]
    if len(ctx.doc.text) > LONG_DOCUMENT or _in(ctx, "figures", seg) or _in(ctx, "denials", seg):
        return False
    target = _own_target().search(ctx.doc.text, seg.start, seg.end)
    if target is not None:
        # "the ministry said its jets had struck only militant positions": the speaker's account of its own
        # fire, of the document's incident whether or not the sentence names its place
        # (the cue nearest the account, else the sentence's: "TV, quoting a statement by X, said that its ...")
        return _statement_cue(ctx, si, target.start()) is not None or _statement_cue(ctx, si, seg.start) is not None
    agents = _alternative_cause_rules()["agent_rules"]
    resp = [m for m in _in(ctx, "characterizations", seg)
            if m.label == "responsibility" and m.data.get("stance") == "asserts"]
    if any(m.rule not in agents for m in resp):
        return False  # an accusation ("X accused Y of ...") is a characterization, not an account
    cause = None if resp else _account_cause().search(ctx.doc.text, seg.start, seg.end)
    if not resp and cause is None:
        return False
    if resp and not _names_an_incident(ctx, seg):
        return False  # "a cellar used by the rebels to store arms": who did something, but no incident
    anchor = resp[0].start if resp else cause.start() if cause is not None else seg.start
    places = _incident_places(ctx, seg, defaults["place"])
    if not places:
        return False
    speaker = _statement_cue(ctx, si, anchor)
    if speaker is None:
        return False
    # a place inside the speaker's own words is the speaker's ("Moscow stated"; "according to reports
    # carried by X" up to the clause's end), not the incident's
    end = speaker.end
    if speaker.rule == "attr.according_to":
        stop = _CLAUSE_END.search(ctx.doc.text, speaker.end, seg.end)
        end = stop.start() if stop is not None else seg.end
    return any(m.end <= speaker.start or m.start >= end for m in places)


_CLAUSE_END = re.compile(r"[,;:()\u2013\u2014]|\s-\s")


def _names_an_incident(ctx: _Ctx, seg: Segment) -> bool:
    """True when the sentence's own words name an incident: an incident type's words (types layer) or
    an account's type words (rules ``types``: "blew up", "the air force")."""
    if _in(ctx, "types", seg):
        return True
    return any(rx.search(ctx.doc.text, seg.start, seg.end) for _, rx in _account_types())


@cache
def _own_target() -> Caseless:
    """Accounts that need no place (rules ``own_target``, a party's fire at armed targets only, told with a
    pronoun for the party; ``victims_account``, who the dead were or the fighting they died in)."""
    rules = _alternative_cause_rules()
    return Caseless("|".join(f"(?:{rules[k]})" for k in ("own_target", "victims_account") if rules.get(k)) or "(?!)")


@cache
def _own_target_past() -> re.Pattern[str]:
    return re.compile(_alternative_cause_rules().get("own_target_past", "(?!)"), re.IGNORECASE)


@cache
def _account_cause() -> Caseless:
    # a case-insensitive scan of lower-cased text: the same matches, about twice as fast (it reads every short text)
    return Caseless(_alternative_cause_rules()["cause"])


def _account_sentences(ctx: _Ctx, place: Mention | None) -> list[int]:
    """The sentences that may hold a party's account, in text order: those with a responsibility statement,
    those naming the document's ``place`` with a cause (rules ``cause``; only these are searched), and those
    telling of a party's fire at armed targets or of who the dead were (rules ``own_target``, ``victims_account``)."""
    if len(ctx.doc.text) > LONG_DOCUMENT:
        return []
    found = {_sentence_index(ctx, m.start) for m in ctx.layers.get("characterizations", []) if m.label == "responsibility"}
    if place is not None:
        keys = _place_keys(place)
        named = {_sentence_index(ctx, m.start) for m in ctx.layers.get("places", []) if _named_by(m, keys)} - found
        cause = _account_cause()
        text = ctx.doc.text
        found.update(si for si in named if cause.search(text, ctx.doc.sentences[si].start, ctx.doc.sentences[si].end))
    found.update(_sentence_index(ctx, m.start()) for m in _own_target().finditer(ctx.doc.text))
    return sorted(found)


@cache
def _account_types() -> tuple[tuple[str, re.Pattern[str]], ...]:
    return tuple((t["type"], re.compile(t["pattern"], re.IGNORECASE)) for t in _alternative_cause_rules()["types"])


def _account_claim(ctx: _Ctx, si: int, defaults: dict[str, Mention | None], version: str, at: int | None = None) -> ClaimIn:
    """The figure-less claim of a party's account (:func:`_alternative_cause`), typed by the account's own
    words (rules ``types``: "X blew up the building" is an explosion, whatever the document's type); an
    account of a practice ("its strikes target military sites only": rules ``own_target_past``) is undated and
    takes no place its sentence does not name."""
    claim = _build(ctx, si, [], defaults, version, at=at)
    seg = ctx.doc.sentences[si]
    target = _own_target().search(ctx.doc.text, seg.start, seg.end)
    if target is not None and not _own_target_past().search(target.group()):
        # a practice tells of no one incident: no date, and no place but one its sentence names
        place = claim.place
        if place.rule.startswith(("paragraph:", "document")):
            place = PlaceValue(country=place.country, rule="practice")
        claim = claim.model_copy(update={"date": DateValue(rule="practice"), "place": place})
    for typ, rx in _account_types():
        hit = rx.search(ctx.doc.text, seg.start, seg.end)
        if hit is None:
            continue
        if typ == claim.type:
            return claim
        try:
            from claimledger.extract.types import acled_for
        except ImportError:
            return claim.model_copy(update={"type": typ, "type_rule": "account:" + hit.group().lower(), "extra": {}})
        acled_type, acled_sub = acled_for(typ)
        return claim.model_copy(update={"type": typ, "type_rule": "account:" + hit.group().lower(),
                                        "extra": {"acled_event_type": acled_type, "acled_sub_event_type": acled_sub}})
    return claim


@cache
def _uncounted_deaths_rx() -> Caseless:
    """Rules ``uncounted_deaths``: deaths told without a count ("the loss of innocent lives")."""
    return Caseless(_alternative_cause_rules().get("uncounted_deaths", "(?!)"))


def _uncounted_deaths(ctx: _Ctx, taken: set[int]) -> list[int]:
    """The sentences (not in ``taken``) in which a party states deaths it gives no count for, in a place the
    sentence names ("The union mourns the loss of innocent lives in the clashes in X"; rules
    ``uncounted_deaths``): no figure, no denial, a town, district or region of the gazetteer (rules
    ``uncounted_place_labels``, not ``not_place_rules``), and a named speaker's plain statement
    (:func:`_statement_cue`) or the publisher's own (:func:`_publisher_speaks`). Not in a long text."""
    if len(ctx.doc.text) > LONG_DOCUMENT:
        return []
    rules = _alternative_cause_rules()
    labels = rules.get("uncounted_place_labels", [])
    par_starts = ctx.par_starts
    out: list[int] = []
    for m in _uncounted_deaths_rx().finditer(ctx.doc.text):
        si = _sentence_index(ctx, m.start())
        if si in taken or si in out:
            continue
        seg = ctx.doc.sentences[si]
        if _in(ctx, "figures", seg) or _in(ctx, "denials", seg):
            continue
        if not any(p.label in labels and "gazetteer" in p.rule and not any(r in p.rule for r in rules["not_place_rules"])
                   and _place_penalty(ctx.doc, p, par_starts) < 3.0 for p in _in(ctx, "places", seg)):
            continue
        if _statement_cue(ctx, si, m.start()) is not None or _publisher_speaks(ctx, seg):
            out.append(si)
    return out


def _publisher_speaks(ctx: _Ctx, seg: Segment) -> bool:
    """True when the sentence opens with the publisher's own name: a party's statement on its own site
    ("The Union mourns ..." published by the Union)."""
    name = _PAREN.sub("", ctx.doc.source.publisher or "").strip().lower().removeprefix("the ")
    opening = ctx.doc.text[seg.start:seg.end].lstrip().lower().removeprefix("the ")
    return len(name) > 3 and opening.startswith(name)


_PAREN = re.compile(r"\s*\([^)]*\)")


@cache
def _struck_by() -> Caseless | None:
    """Rules ``struck_by``, case-insensitive, gated by the strings every match holds (``fastre.Caseless``)."""
    pattern = load_rules("figures.json").get("struck_by")
    return Caseless(pattern, gate=True) if pattern else None


def _struck_statements(ctx: _Ctx, taken: set[int]) -> list[int]:
    """The sentences (not in ``taken``) that date a strike to the day and name the place it hit, in the
    passive with its weapon ("On 3 May the bus was hit by a rocket near the village of X"; rules
    ``struck_by``): statements of an incident with no figure."""
    rx = _struck_by()
    if rx is None:
        return []
    out: list[int] = []
    for m in rx.finditer(ctx.doc.text):
        si = _sentence_index(ctx, m.start())
        if si in taken or si in out:
            continue
        seg = ctx.doc.sentences[si]
        days = [d for d in _in(ctx, "dates", seg) if d.label == "day" and _is_incident_date(d)]
        if days and _in(ctx, "places", seg):
            out.append(si)
    return out


SITE = "site:"  # the place rule prefix of a claim made for another site of its sentence's act


def _site_claims(ctx: _Ctx, claims: list[ClaimIn]) -> list[tuple[ClaimIn, ClaimIn]]:
    """One claim per coordinated site of an attack ("raided the villages of A in X and B in Y", "shelled A, B and
    C"; :func:`claimledger.extract.sites.coordinated_sites`), not in a sentence that counts over a period: a
    sentence's claim placed at one of its sites stays as it is; every site no claim of the sentence is placed at
    gets a copy of it with that place (rule ``site:``) and no figure, since a total over all the sites counts once
    (a count the sentence gives a site, "killing 3 in A and 2 in B", is already that site's claim).
    RETURNS (list[tuple[ClaimIn, ClaimIn]]): (claim, a site claim copied from it) pairs."""
    from claimledger.extract.sites import coordinated_sites, splits

    doc = ctx.doc
    by_sentence: dict[int, list[ClaimIn]] = {}
    for c in claims:
        by_sentence.setdefault(_sentence_index(ctx, c.evidence.start), []).append(c)
    out: list[tuple[ClaimIn, ClaimIn]] = []
    for si, own in by_sentence.items():
        seg = doc.sentences[si]
        sites = coordinated_sites(doc.text, _in(ctx, "places", seg), seg.start)
        sentence = doc.text[seg.start:seg.end]
        if not sites or _has_period(doc.text, seg) and _tells_period(ctx, seg, sentence):
            continue  # (a count over a period, "strikes on A and B since January", is no one act's)
        # a claim is placed at a site when its place is that mention, or the same name again ("killing 7 in A")
        starts = {m.start for m in sites}
        names = {_folded(doc.text[m.start:m.end]) for m in sites}
        at_site = [c for c in own if c.place.char_start in starts or _folded(c.place.text) in names]
        src = next((c for c in at_site if splits(c.type)), None)
        if src is None:
            continue
        placed = {c.place.char_start for c in at_site}
        placed_names = {_folded(c.place.text) for c in at_site}
        for m in sites:
            if m.start in placed or _folded(doc.text[m.start:m.end]) in placed_names:
                continue
            place = _with_document_country(doc, _place_value(m, SITE))
            out.append((src, src.model_copy(update={
                "place": place, "figures": [],
                "confidence": _confidence([], src.date.rule, place.rule, src.attributed_to)})))
    return out


@dataclass(frozen=True)
class _EventStatement:
    name: str
    rx: Caseless
    dated: bool
    question: bool
    month: bool  # ("dated": "month") a month the incident happened in is date enough


@cache
def _event_statement_rules() -> tuple[_EventStatement, ...]:
    """Rules ``event_statements`` of ``alternative_cause.json``, case-insensitive."""
    return tuple(_EventStatement(r["name"], Caseless(r["pattern"]), bool(r.get("dated")), bool(r.get("question")),
                                 r.get("dated") == "month")
                 for r in _alternative_cause_rules().get("event_statements", []))


def _short_incident_day(m: Mention) -> bool:
    """An incident date of one day, or of a range of a night or a few days (rules ``dated_max_days``)."""
    if not _is_incident_date(m) or m.data.get("start") is None or m.data.get("end") is None:
        return False
    if m.label == "day":
        return True
    most = int(_alternative_cause_rules().get("dated_max_days", 0))
    return m.label == "range" and (m.data["end"] - m.data["start"]).days <= most


def _event_statement_holds(ctx: _Ctx, rule: _EventStatement, seg: Segment, hit: int, figs: list[Mention]) -> bool:
    """True when the statement at ``hit`` is an incident of its own (rules ``event_statements``): a dated one with
    its day in its sentence (before it and before the sentence's counts, and another day for those counts, when
    the sentence counts victims too), a question only as a question of its own without counts."""
    if rule.question:
        return not figs and ctx.doc.text[seg.start:seg.end].rstrip().endswith("?")
    days = [d for d in _in(ctx, "dates", seg) if _short_incident_day(d)
            or rule.month and d.label == "month" and _is_incident_date(d) and not _is_period(ctx, d)]
    if not figs:
        return bool(days)
    first = min(m.start for m in figs)
    own = [d for d in days if d.end <= hit]
    later = [d for d in _in(ctx, "dates", seg) if _is_incident_date(d) and hit < d.start]
    return hit < first and bool(own) and bool(later)


def _event_statements(ctx: _Ctx, taken: set[int], figs_by_sentence: dict[int, list[Mention]]) -> list[int]:
    """The sentences (not in ``taken``) that state an incident without a figure of its own (rules
    ``event_statements``: "On 3 May rebels carried out an attack in X"; "Why did they shell the market in X?"), in a
    town, district or region their sentence names (rules ``event_statement_place_labels``), with no denial."""
    labels = _alternative_cause_rules().get("event_statement_place_labels", [])
    text = ctx.doc.text
    out: set[int] = set()
    for rule in _event_statement_rules():
        if rule.question:
            asked = [(si, seg.start, text[seg.start:seg.end]) for si, seg in enumerate(ctx.doc.sentences)]
            hits = [(si, start + len(s) - len(s.lstrip())) for si, start, s in asked if "?" in s]  # (its first word)
            found = [(si, m.start()) for si, at in hits if (m := rule.rx.match(text, at, ctx.doc.sentences[si].end)) is not None]
        else:
            found = [(_sentence_index(ctx, m.start()), m.start()) for m in rule.rx.finditer(text)]
        for si, hit in found:
            if si in taken or si in out:
                continue
            seg = ctx.doc.sentences[si]
            if _in(ctx, "denials", seg) or not any(p.label in labels for p in _in(ctx, "places", seg)):
                continue
            if _event_statement_holds(ctx, rule, seg, hit, figs_by_sentence.get(si, [])):
                out.add(si)
    return sorted(out)


def make_assemble(version: str) -> Component:
    """The "assemble" component, stamping ``extractor=version`` on every claim."""

    def assemble(doc: Doc) -> Doc:
        ctx = _make_ctx(doc)
        layers = ctx.layers
        defaults = _doc_defaults(ctx)
        claims: list[tuple[int, ClaimIn]] = []
        figs_by_sentence: dict[int, list[Mention]] = {}
        subs_by_sentence: dict[int, list[Mention]] = {}
        for m in layers.get("figures", []):
            by = subs_by_sentence if m.data.get("subgroup") else figs_by_sentence
            by.setdefault(_sentence_index(ctx, m.start), []).append(m)
        built: list[tuple[int, list[ClaimIn]]] = []
        for si, figs in sorted(figs_by_sentence.items()):
            paren = _paren_places(ctx, doc.sentences[si], figs)
            groups = _with_subgroups(_groups(_attackers_killed(ctx, figs), paren), subs_by_sentence.get(si, []))
            built.append((si, [_build(ctx, si, group, defaults, version, paren=paren) for group in groups]))
        figure_claims = [c for c in _merge_continuations(ctx, built) if not _vague_without_event(c)]
        for c in figure_claims:
            claims.append((c.figures[0].start if c.figures else c.evidence.start, c))
        for c, site in _site_claims(ctx, figure_claims):
            claims.append((c.figures[0].start if c.figures else c.evidence.start, site))  # (right after its claim)
        for m in layers.get("denials", []):
            if _presence_denial_only(ctx, m):
                continue
            si = _sentence_index(ctx, m.start)
            claims.append((m.start, _build(ctx, si, [], defaults, version, claim_type="denial", attr_mention=m, stance="rejects")))
            if si not in figs_by_sentence:
                asserted = _asserted_beside_denial(ctx, si, m, defaults, version)
                if asserted is not None:
                    claims.append((doc.sentences[si].start, asserted))
        for si in _account_sentences(ctx, defaults["place"]):
            if _alternative_cause(ctx, si, defaults):
                seg = doc.sentences[si]
                doc.layer(ACCOUNTS).append(Mention(seg.start, seg.end, "account", {}, rule="account"))
                claims.append((seg.start, _account_claim(ctx, si, defaults, version)))
        told = {_sentence_index(ctx, m.start) for m in doc.spans.get(ACCOUNTS, [])}
        told |= {_sentence_index(ctx, m.start) for m in layers.get("denials", [])}
        for si in _uncounted_deaths(ctx, set(figs_by_sentence) | told):
            seg = doc.sentences[si]
            # in the accounts layer: a one-event record's event is never such a statement (event_claim)
            doc.layer(ACCOUNTS).append(Mention(seg.start, seg.end, "statement", {}, rule="uncounted_deaths"))
            claims.append((seg.start, _build(ctx, si, [], defaults, version)))
            told.add(si)
        for si in _struck_statements(ctx, set(figs_by_sentence) | told):
            seg = doc.sentences[si]
            # in the accounts layer: a one-event record's event is never such a statement (event_claim)
            doc.layer(ACCOUNTS).append(Mention(seg.start, seg.end, "statement", {}, rule="struck_by"))
            claims.append((seg.start, _build(ctx, si, [], defaults, version)))
            told.add(si)
        for si in _event_statements(ctx, told, figs_by_sentence):
            seg = doc.sentences[si]
            # in the accounts layer: a one-event record's event is never such a statement (event_claim)
            doc.layer(ACCOUNTS).append(Mention(seg.start, seg.end, "statement", {}, rule="event_statement"))
            claims.append((seg.start, _build(ctx, si, [], defaults, version)))
        claims.sort(key=lambda c: c[0])
        claims_ = _carry_anaphora(ctx, [c for _, c in claims])
        doc.claims = _attribute_repeats(ctx, _collapse_denials(ctx, _drop_non_claims(ctx, claims_)))
        return doc

    return Component(name="assemble", func=assemble, requires=("sentences", "figures", "dates"), assigns=("claims", ACCOUNTS))
