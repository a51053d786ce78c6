"""Incident types from event words (component "types", layer "types").

Each pattern of ``rules/types.json`` names a taxonomy type (missile_strike, air_strike, shelling,
explosion, armed_clash, attack, massacre, ...). All patterns are compiled into one alternation,
so a text is scanned once. A mention's ``data`` gives the ACLED ``event_type`` /
``sub_event_type`` the type maps to (documented in ``docs/acled_mapping.md``) and a weight: when a
sentence holds several event words, the heaviest (most specific) one is its type
(``type_for``). Modifiers refine a mention from its sentence: an "attack" on soldiers or a police
post is an armed clash; a protest the police dispersed is a "Protest with intervention". A
modifier applies to the types (or pattern ids) of its ``applies_to``; it may set the type, the
ACLED sub type, or a lower weight (weapons found in a sentence that kills people are background).
"""

from __future__ import annotations

import bisect
import functools
import json
import re
from collections.abc import Iterator
from typing import Any

from claimledger.extract import RULES_DIR
from claimledger.extract.attribution import CaselessRegex, sentence_bounds
from claimledger.extract.base import Component, Doc, Mention, OwnedCache
from claimledger.extract.fastre import (
    caseless_text,
    compile_dispatch,
    compile_fast,
    gate_strings,
    holds_any,
    lower_pattern,
    lowered_regex,
    split_alternatives,
)
from claimledger.extract.prefilter import register, register_starts, shut_span
from claimledger.extract.scan import replayed, starts_of

RULES = RULES_DIR / "types.json"
TARGET_WINDOW = 80
APPLYING_KEPT = 4096  # (type, pattern) pairs whose modifiers are kept (``_modifiers_for``)


@functools.cache
def rules() -> dict[str, Any]:
    with open(RULES, encoding="utf-8") as f:
        return json.load(f)


class _EventWords:
    """The event-word scanner: ``finditer(text)`` yields ``(start, end, pattern index)``.

    Over lower-cased text it runs one regex dispatched on the first character of the words
    (``fastre.compile_dispatch``: the same matches as the plain alternation, about 2.5x faster);
    when lower-casing changes the text's length it runs the case-insensitive alternation.
    """

    def __init__(self, patterns: list[str]) -> None:
        parts = [rf"(?P<g{i}>(?:{p})\b)" for i, p in enumerate(patterns)]
        # one leading word boundary for all alternatives: positions inside words fail at once
        self.plain = CaselessRegex(r"\b(?=\w)(?:" + "|".join(parts) + ")")
        alts: list[str] = []
        owner: list[int] = []
        for i, p in enumerate(patterns):
            for alt in split_alternatives(lower_pattern(p)):
                alts.append(alt)
                owner.append(i)
        dispatched = compile_dispatch(alts, head=r"\b(?=\w)", tail=r"\b")
        self.fast: re.Pattern[str] | None = None
        self.group_of: dict[str, int] = {}
        # each alternative's id with the document scan for where its matches start (``prefilter.register_starts``):
        # a match of the scanner starts where one of them does (the scanner as a whole is too large for the scan)
        self.start_ids: list[int] = []
        if dispatched is not None:
            self.fast, index = dispatched
            self.group_of = {name: owner[k] for name, k in index.items()}
            self.start_ids = [register_starts(re.compile(alt)) for alt in alts]

    def finditer(self, text: str, low: str | None = None) -> Iterator[tuple[int, int, int]]:
        low = text.lower() if low is None else low
        if self.fast is not None and len(low) == len(text):
            group_of = self.group_of
            at = starts_of(self.start_ids, low) if self.start_ids else None
            found = replayed(self.fast, low, sorted({p for own in at for p in own})) if at is not None else None
            for m in self.fast.finditer(low) if found is None else found:
                yield m.start(), m.end(), group_of[str(m.lastgroup)]  # every branch is a named group
            return
        for m in self.plain.finditer(text, low):
            yield m.start(), m.end(), int(str(m.lastgroup)[1:])


# the modifier scopes searched in a stretch of the text (a "conduct" clause is a copy without its causes; the
# "affirmed" cues, casualty words, match too often in a document for the positions of their matches to pay)
_SPAN_SCOPES = (None, "target")
_Modifier = tuple[dict[str, Any], re.Pattern[str], re.Pattern[str] | None, tuple[str, ...], int]


@functools.cache
def _compiled() -> tuple[_EventWords, list[dict[str, Any]], list[_Modifier]]:
    r = rules()
    pats = list(r["patterns"])
    big = _EventWords([p["pattern"] for p in pats])
    # each modifier: its rule, its regex, the regex for lower-cased text, the strings one of which every
    # match of that one holds (``fastre.gate_strings``: a stretch holding none is passed over by str.find)
    # and, for the scopes of ``_SPAN_SCOPES``, that one's id in the document prefilter (``prefilter.shut_span``:
    # a stretch in which no match of its loosened copy ends is passed over)
    mods = [({**m, "applies_set": frozenset(m["applies_to"])}, re.compile(m["pattern"], re.IGNORECASE | re.DOTALL),
             low, gate_strings(lower_pattern(m["pattern"]), re.DOTALL) if low is not None else (),
             register(low, spans=True) if low is not None and m.get("scope") in _SPAN_SCOPES else -1)
            for m in r["modifiers"] for low in (_lower_modifier(m["pattern"]),)]
    return big, pats, mods


def _lower_modifier(pattern: str) -> re.Pattern[str] | None:
    """The modifier for lower-cased text, case-sensitive (several times faster than ``re.IGNORECASE``);
    ``None`` when the pattern has case-sensitive parts (``(?-i:...)``) or groups of its own."""
    if "(?-i" in pattern or "(?P" in pattern:
        return None
    return compile_fast(lower_pattern(pattern), re.DOTALL)


def type_info(type_: str) -> dict[str, Any]:
    """The taxonomy entry of a type: ACLED event_type, sub_event_type and weight."""
    return rules()["types"].get(type_, rules()["types"]["other"])


def acled_for(type_: str) -> tuple[str, str]:
    """The ACLED (event_type, sub_event_type) a taxonomy type maps to by default."""
    info = type_info(type_)
    return info["acled_event_type"], info["acled_sub_event_type"]


def _sentence_bounds(doc: Doc, start: int, end: int) -> tuple[int, int]:
    b = sentence_bounds(doc, start)
    if b is not None:
        return b[0], max(b[1], end)
    text = doc.text
    a = max(text.rfind(".", 0, start), text.rfind("\n", 0, start)) + 1
    b_candidates = [i for i in (text.find(".", end), text.find("\n", end)) if i >= 0]
    return a, (min(b_candidates) if b_candidates else len(text))


_BY_AFTER = re.compile(r"\s+by\b")
_PASSIVE_BEFORE = re.compile(r"\b(?:was|were|been|being)\s+$")


@functools.cache
def _target_ends() -> re.Pattern[str]:
    return re.compile(rules().get("target_ends", "(?!)"), re.IGNORECASE)


@functools.cache
def _target_ends_low() -> re.Pattern[str] | None:
    """``_target_ends()`` for lower-cased text, case-sensitive; ``None`` when its pattern does not lower exactly."""
    return lowered_regex(_target_ends())


def _target_span(text: str, start: int, end: int, s0: int, s1: int, low: str | None = None) -> tuple[int, int]:
    """The words an event word acts on: after it, or before it for a passive ("... attacked by X"), up to
    a clause boundary (rules ``target_ends``: "were hit in the raid, and that troops ..."). ``low``: the text
    lower-cased where it stands for the text (``caseless_text``), on which the boundaries are read case-sensitively."""
    a, b = end, min(s1, end + TARGET_WINDOW)
    ends, src = _target_ends(), text
    ends_low = _target_ends_low()
    if ends_low is not None and low is not None:
        ends, src = ends_low, low  # (only the offsets of the boundaries are read)
    if _BY_AFTER.match(text[a:b]) or _PASSIVE_BEFORE.search(text[max(s0, start - 20) : start]):
        a = max(s0, start - TARGET_WINDOW)
        last = None
        for last in ends.finditer(src, a, start):
            pass
        return (a if last is None else last.end()), start
    cut = ends.search(src, a, b)
    return a, (b if cut is None else cut.start())


@functools.cache
def _cause_clause() -> re.Pattern[str]:
    cues = "|".join(sorted(rules().get("cause_cues", []), key=len, reverse=True)) or "(?!)"
    # the clause ends at a comma or stop, or where a verb of the sentence's own takes over ("against X
    # have turned violent", "marched against one another in rowdy rallies")
    # (not the verb of a relative clause inside it: "justice for a man who was killed"), where a
    # verb joined by "and" takes over ("protested over fees and stoned a car"), or at a dash between
    # spaces ("protesting against the results - led to clashes with police"), or at the protest's own
    # conduct (rules cause_ends)
    stop = (r"(?<!who )(?<!which )(?<!that )\b(?:have|has|had|were|was|are|is|turned|turns|became|become|becomes"
            r"|grew|each\s+other|one\s+another)\b|\s[-\u2013\u2014]+\s")
    ends = "|".join(rules().get("cause_ends", []))
    if ends:
        stop += rf"|(?<!who )(?<!which )(?<!that )\b(?:{ends})\b"  # the protest's own conduct ("clashed with police", "descended into")
    return re.compile(rf"(?i)\b(?:{cues})\b(?:(?!{stop})[^,;.])*")


# a past verb joined by "and" (no speech act: "and accused him of ...", "and demanded" still tell the grievance)
_AND_VERB = re.compile(r"(?i)\band\s+(?!(?:accus|alleg|claim|demand|urg|call|ask|chant|vow|warn|threaten|condemn|denounc)\w*)\w+ed\b")
_RELATIVE = re.compile(r"(?i)\b(?:who|which|that)\b")


_TWO_WORDS_BEFORE = re.compile(r"([&\w'’-]+) +([\w'’-]+) +$")  # no punctuation between: one name
_NAME_CONNECTORS = frozenset({"for", "of", "and", "&"})


def _in_name(text: str, start: int, clause: str) -> bool:
    """True when a cause cue stands inside a capitalised name: a capitalised word on both sides, and the
    cue capitalised too or the word before joined to the name by a connector or a capital ("Front for
    Workers against Austerity", "Committee Against Torture"; not "rallied in Paris against X")."""
    words = clause.split(None, 2)
    if len(words) < 2 or not words[1][:1].isupper():
        return False
    before = _TWO_WORDS_BEFORE.search(text, max(0, start - 60), start)
    if before is None or not before.group(2)[:1].isupper():
        return False
    w2 = before.group(1)
    return words[0][:1].isupper() or w2[:1].isupper() or w2.lower() in _NAME_CONNECTORS


def _cause_len(m: re.Match[str]) -> int:
    """How much of a matched cause clause is the cause: up to a past verb joined by "and" ("over fees
    and stoned a car": the protest's own conduct), unless the verb continues a relative clause of the
    cause ("those who beat him and threatened her")."""
    clause = m.group(0)
    if _in_name(m.string, m.start(), clause):
        return 0  # "the Front for Workers against Austerity", "Committee Against Torture": a name
    verb = _AND_VERB.search(clause)
    if verb is None or _RELATIVE.search(clause, 0, verb.start()) is not None:
        return len(clause)
    return verb.start()


def _without_causes(sentence: str) -> str:
    """The sentence without what a protest is about ("against the killing of X", "demanding justice for
    ..."): the rest tells how the protest went (modifier scope "conduct")."""
    return _cause_clause().sub(lambda m: " " + m.group(0)[_cause_len(m):], sentence)


def cause_clauses(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Spans of ``text[start:end]`` that say what a protest is about ("against the killing of X",
    "highlighting atrocities"): event words there name the grievance, not the protest's own event."""
    spans = [(m.start(), m.start() + _cause_len(m)) for m in _cause_clause().finditer(text, start, end)]
    return [(a, b) for a, b in spans if b > a]


_NEGATED_BEFORE = re.compile(r"(?i)\b(?:no|nobody|none|not|neither|without)\b(?:(?!\s[-\u2013\u2014]\s)[^,;.:()])*$")
NEGATION_REACH = 60  # characters before a casualty word read for a negation of its clause


def _affirmed(rx: re.Pattern[str], sentence: str) -> bool:
    """True when ``rx`` matches the sentence outside a negated clause (modifier scope "affirmed"):
    "no civilians were injured", "nobody was hurt" report no casualties."""
    return any(_NEGATED_BEFORE.search(sentence, max(0, m.start() - NEGATION_REACH), m.start()) is None
               for m in rx.finditer(sentence))


FOLLOW_SENTENCES = 2  # sentences after a protest's own that may go on about its conduct


@functools.cache
def _conduct_followers(kind: str = "") -> re.Pattern[str] | None:
    """Openings of the sentences that go on about a protest's conduct; with ``kind`` "force", also those about
    the force used on it (rules ``force_followers``)."""
    words = list(rules().get("conduct_followers", [])) + (list(rules().get("force_followers", [])) if kind == "force" else [])
    speech = "|".join(rules().get("conduct_speech", [])) or "(?!)"
    # "They claimed that she was killed", "Protesters also demanded ...": what they say, not how they went on
    return (re.compile(r"[\W_]*(?:" + "|".join(words) + rf")\b(?!\s+(?:also\s+|later\s+|then\s+)?(?:{speech}))",
                       re.IGNORECASE) if words else None)


def _conduct_end(doc: Doc, s1: int, kind: str = "") -> int:
    """Where a protest's conduct ends: its sentence and the next ones of its paragraph that go on about the
    protesters (rules ``conduct_followers``: "They clashed with police", "Rioters pelted stones"), or with
    ``kind`` "force" about the force used on them ("Police dispersed them")."""
    rx = _conduct_followers(kind)
    text = doc.text
    para_end = next((p.end for p in doc.paragraphs if p.start <= s1 - 1 < p.end), len(text))
    end = s1
    for _ in range(FOLLOW_SENTENCES):
        nxt = end
        while nxt < para_end and text[nxt].isspace():
            nxt += 1
        b = sentence_bounds(doc, nxt) if nxt < para_end else None
        if rx is None or b is None or b[1] > para_end or rx.match(text, b[0], b[1]) is None:
            break
        end = b[1]
    return end


_applying: OwnedCache[tuple[int, ...]] = OwnedCache(APPLYING_KEPT)


def _modifiers_for(mods: list[_Modifier], type_: str, pattern_id: str) -> tuple[int, ...]:
    """The indexes, in rule order, of the modifiers that apply to ``type_`` or to the pattern ``pattern_id``
    (worked out once per type and pattern for the rules in use: most modifiers apply to neither)."""
    kept = _applying.of(mods)
    key = type_ + "\x00" + pattern_id
    found = kept.get(key)
    if found is None:
        found = kept[key] = tuple(k for k, (mod, _rx, _low, _gate, _id) in enumerate(mods)
                                  if type_ in mod["applies_set"] or pattern_id in mod["applies_set"])
    return found


def find_types(doc: Doc) -> list[Mention]:
    """Type mentions for every event word in the document, refined by their sentences."""
    big, pats, mods = _compiled()
    types = rules()["types"]
    text = doc.text
    out: list[Mention] = []
    cache: dict[tuple[int, str], bool] = {}
    # the lower-cased text the document prefilter scans (the same string as ``text.lower()``), else a copy
    strict = caseless_text(text)  # (None where lower-casing does not keep what a case-insensitive scan finds)
    low = strict or text.lower()
    caseless = len(low) == len(text)  # lower-casing kept the offsets: modifiers run on ``low``
    for m_start, m_end, gi in big.finditer(text, low):
        p = pats[gi]
        type_ = p["type"]
        info = types[type_]
        weight = float(p.get("weight", info["weight"]))
        acled_type = p.get("acled_event_type", info["acled_event_type"])
        acled_sub = p.get("acled_sub_event_type", info["acled_sub_event_type"])
        pid = str(p["id"])
        rule = f"type.{pid}"
        s0, s1 = _sentence_bounds(doc, m_start, m_end)
        target: tuple[int, int] | None = None  # the same for every target modifier of this word
        # the modifiers that apply to the word's type or pattern, in rule order; a modifier that sets another
        # type makes the later ones those of the new type (as a walk over every modifier reads them)
        order = _modifiers_for(mods, type_, pid)
        i = 0
        while i < len(order):
            n = order[i]
            i += 1
            mod, rx, rx_low, gate, pid_low = mods[n]
            if rx_low is None or not caseless:
                rx_low, src, gate, pid_low = rx, text, (), -1
            else:
                src = low
            if mod.get("scope") == "conduct":
                ck = (s0, mod["id"])
                if ck not in cache:
                    clause = _without_causes(src[s0:_conduct_end(doc, s1, mod.get("followers", ""))])
                    cache[ck] = (not gate or holds_any(clause, gate, 0, len(clause))) and rx_low.search(clause) is not None
                hit = cache[ck]
            elif mod.get("scope") == "target":
                if target is None:
                    target = _target_span(text, m_start, m_end, s0, s1, strict)
                a, b = target
                hit = ((not gate or holds_any(src, gate, a, b)) and not shut_span(pid_low, src, a, b)
                       and rx_low.search(src[a:b]) is not None)
            elif mod.get("scope") == "affirmed":
                ck = (s0, mod["id"])
                if ck not in cache:
                    cache[ck] = ((not gate or holds_any(src, gate, s0, s1)) and not shut_span(pid_low, src, s0, s1)
                                 and _affirmed(rx_low, src[s0:s1]))
                hit = cache[ck]
            else:
                ck = (s0, mod["id"])
                if ck not in cache:
                    # slice: "^" anchors at the sentence
                    cache[ck] = ((not gate or holds_any(src, gate, s0, s1)) and not shut_span(pid_low, src, s0, s1)
                                 and rx_low.search(src[s0:s1]) is not None)
                hit = cache[ck]
            if hit:
                if "set_type" in mod and mod["set_type"] != type_:
                    type_ = mod["set_type"]
                    info = types[type_]
                    order = _modifiers_for(mods, type_, pid)
                    i = bisect.bisect_right(order, n)
                    weight += 0.5  # a refined reading of the same words: no more specific than they were
                    acled_type, acled_sub = info["acled_event_type"], info["acled_sub_event_type"]
                if "acled_sub_event_type" in mod:
                    acled_sub = mod["acled_sub_event_type"]
                if "weight" in mod:
                    weight = min(weight, float(mod["weight"]))  # background to a heavier event of its sentence
                rule += f"+{mod['id']}"
        out.append(
            Mention(m_start, m_end, type_,
                    {"acled_event_type": acled_type, "acled_sub_event_type": acled_sub, "weight": weight}, rule=rule)
        )
    return out


def annotate(doc: Doc) -> Doc:
    """Component function: fill ``doc.spans["types"]``."""
    doc.spans["types"] = find_types(doc)
    return doc


component = Component(name="types", func=annotate, requires=("sentences",), assigns=("types",))


FAMILY_UPGRADE = True  # a generic reading yields to the document's heavier type of the same ACLED event type
SPECIFIC_WEIGHT = 3.0  # event words at least this heavy name an incident type on their own


def type_for(doc: Doc, start: int, end: int) -> Mention | None:
    """The type of a claim whose evidence is ``[start, end)``.

    Its heaviest event word (first on ties) when that is specific (weight >= 3: "missile",
    "airstrike", "massacre", ...); when the span has only generic words ("attack", "killed") or
    none, the nearest specific one before it in its paragraph, else the document's type (the
    specific type with the largest total weight), else the generic word.
    """
    ms = doc.spans.get("types", [])
    inside = [m for m in ms if start <= m.start and m.end <= end]
    best = max(inside, key=lambda m: (m.data["weight"], -m.start)) if inside else None
    if best is not None and best.data["weight"] >= SPECIFIC_WEIGHT:
        main = document_type(doc)
        if (main is not None and main.label != best.label and main.data["weight"] > best.data["weight"]
                and main.data["acled_event_type"] == best.data["acled_event_type"] and FAMILY_UPGRADE):
            return main  # "killed civilians" in a text about a massacre: the massacre
        return best
    para = next((p for p in doc.paragraphs if p.start <= start < p.end), None)
    if para is not None:
        before = [m for m in ms if para.start <= m.start and m.end <= start and m.data["weight"] >= SPECIFIC_WEIGHT]
        if before:
            return before[-1]
    main = document_type(doc)
    return main if main is not None else best


def document_type(doc: Doc) -> Mention | None:
    """The document's incident type: the specific type with the largest total weight (its first mention)."""
    totals: dict[str, float] = {}
    first: dict[str, Mention] = {}
    for m in doc.spans.get("types", []):
        if m.data["weight"] >= SPECIFIC_WEIGHT:
            totals[m.label] = totals.get(m.label, 0.0) + m.data["weight"]
            first.setdefault(m.label, m)
    if not totals:
        return None
    return first[max(totals, key=lambda k: (totals[k], -first[k].start))]
