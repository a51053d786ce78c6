"""Perpetrators and targets as the text states them (component "actors", layer "actors").

Cues (``rules/actors.json``): "killed by Russian forces" / "attack by X" (perpetrator after
"by"), "X's missile attack" (possessive perpetrator), "X attacked / shelled / fired at Y"
(perpetrator before an active verb, target after it), "attack on a police post" (target after
an event noun). Mentions are labelled ``perpetrator`` or ``target`` with ``data = {"text"}``;
the span is the noun phrase itself. ``actors_for(doc, start, end)`` picks one of each for a claim.
"""

from __future__ import annotations

import bisect
import functools
import json
import re
from typing import Any

from claimledger.extract import RULES_DIR
from claimledger.extract.attribution import (
    CaselessRegex,
    Tok,
    _lex,
    sentence_bounds,
    tokens,
)
from claimledger.extract.base import Component, Doc, Mention
from claimledger.extract.fastre import compile_fast, lower_copy
from claimledger.extract.scan import scanned_as

RULES = RULES_DIR / "actors.json"
MAX_TOKENS = 7
_CONNECT = frozenset({"of", "and", "-", "de", "al", "el"})
_PARTICIPLE = re.compile(r"(?:killed|wounded|injured|shot|detained|arrested|abducted|kidnapped|executed|captured|destroyed|burned|looted|hit|seized|massacred|torched|struck|targeted|attacked|shelled|bombed)\b", re.IGNORECASE)
_NO_OBJECT = re.compile(r"\s*(?:[,.;:)\]]|$|(?:and|or|in|on|at|as|after|during|when|by|while|near|since|so|overnight|yesterday|today|earlier|last|this|following|amid|with|from|outside|inside)\b|\d+\s+(?:missing|injured|wounded|hurt))", re.IGNORECASE)
_STOP_EXTRA = frozenset({"a", "an", "the", "its", "his", "her", "their", "some", "several"})


@functools.cache
def rules() -> dict[str, Any]:
    with open(RULES, encoding="utf-8") as f:
        return json.load(f)


@functools.cache
def _compiled() -> dict[str, Any]:
    r = rules()
    return {
        "by_re": CaselessRegex(rf"\b(?:{r['agent_verbs']}|{r['event_nouns']})\s+(?:[\w-]+\s+){{0,3}}?by\s+"),
        "poss_re": compile_fast(rf"\b((?:[A-Z][\w.-]*\s+){{0,3}}[A-Z][\w.-]*)(?:'s|’s)\s+(?:[\w-]+\s+){{0,2}}?(?:{r['event_nouns']})\b"),
        "target_re": CaselessRegex(rf"\b(?:{r['event_nouns']})\s+(?:{r['target_preps']})\s+"),
        "active_re": CaselessRegex(rf"\b(?=\w)(?:{r['active_verbs']})\s*"),
        "perp_nouns": frozenset(r["perpetrator_nouns"]),
    }


def _head(t: Tok, c: dict[str, Any]) -> bool:
    low = t.low
    return t.word and low not in _lex()["pron"] and (t.cap or low in c["perp_nouns"] or low in _lex()["role"]) and low not in _lex()["det"]


_TIME_WORDS = frozenset({"overnight", "early", "late", "again", "last", "next", "leaving", "sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "dawn", "dusk", "midnight", "noon", "recently", "reportedly", "allegedly"})


def _word_ok(t: Tok) -> bool:
    lex = _lex()
    return t.word and (t.cap or t.low not in lex["stop"]) and t.low not in lex["pron"] and t.low not in _TIME_WORDS


def np_forward(text: str, pos: int, limit: int) -> tuple[int, int] | None:
    """A loose noun phrase from ``pos``: determiner, modifiers, head ("a Taliban drone", "a police post")."""
    toks = tokens(text, pos, min(limit, pos + 160))
    i = 0
    while i < len(toks) and toks[i].low in _lex()["det"]:
        i += 1
    last = -1
    j = i
    while j < len(toks) and j - i < MAX_TOKENS:
        t = toks[j]
        if _word_ok(t):
            last = j
        elif t.low in _CONNECT and last == j - 1:
            pass
        else:
            break
        j += 1
    if last < 0:
        return None
    return toks[0].start, toks[last].end


def np_backward(text: str, pos: int, lower: int) -> tuple[int, int] | None:
    """A loose noun phrase ending right before ``pos`` whose head is a name or an actor noun."""
    c = _compiled()
    toks = tokens(text, max(lower, pos - 160), pos)
    if not toks or not _head(toks[-1], c):
        return None
    start = len(toks) - 1
    j = start
    while j >= 0 and len(toks) - j <= MAX_TOKENS:
        t = toks[j]
        if _word_ok(t) and t.low not in _STOP_EXTRA:
            start = j
        elif t.low in _lex()["det"]:
            start = j
            break
        elif t.low in _CONNECT and j > 0 and _word_ok(toks[j - 1]):
            pass
        else:
            break
        j -= 1
    while start < len(toks) - 1 and toks[start].low in _CONNECT:
        start += 1
    return toks[start].start, toks[-1].end


def _sentence_start(doc: Doc, offset: int) -> int:
    s = sentence_bounds(doc, offset)
    if s is not None:
        return s[0]
    return doc.text.rfind("\n", 0, offset) + 1


def _sentence_end(doc: Doc, offset: int) -> int:
    s = sentence_bounds(doc, offset)
    if s is not None:
        return s[1]
    e = doc.text.find("\n", offset)
    return len(doc.text) if e < 0 else e


def _m(text: str, span: tuple[int, int], label: str, rule: str) -> Mention:
    return Mention(span[0], span[1], label, {"text": text[span[0] : span[1]]}, rule=rule)


_SCANNED = ("by_re", "target_re", "active_re")  # cues found by the shared scan of the text (extract.scan)


def _scanned(text: str, low: str, name: str) -> list[re.Match[str]]:
    """The matches of ``_compiled()[name]`` in ``text`` (``low`` = ``text.lower()``), from the shared scan."""
    return scanned_as("actors", _compiled(), _SCANNED, text, low, name)


class _Cues:
    """One rule's cues in a document, in text order, and the same by the sentence each starts in."""

    __slots__ = ("all", "by_sentence", "outside")

    def __init__(self, doc: Doc, starts: list[int], matches: list[re.Match[str]]) -> None:
        self.all = matches
        self.by_sentence: dict[int, list[re.Match[str]]] = {}
        self.outside: list[re.Match[str]] = []  # cues outside every sentence: bounded by line breaks instead
        sents = doc.sentences
        for m in matches:
            i = bisect.bisect_right(starts, m.start()) - 1
            if i >= 0 and sents[i].start <= m.start() < sents[i].end:
                self.by_sentence.setdefault(i, []).append(m)
            else:
                self.outside.append(m)

    def reaching(self, doc: Doc, starts: list[int], within: tuple[int, int] | None) -> list[re.Match[str]]:
        """The cues that can give a mention inside ``within`` (all without ``within``): a cue's noun
        phrases stay inside its sentence, so only the cues of sentences overlapping ``within`` (and
        those outside every sentence) can; in text order."""
        if within is None:
            return self.all
        lo, hi = within
        sents = doc.sentences
        out: list[re.Match[str]] = []
        i = max(0, bisect.bisect_right(starts, lo) - 1)
        while i < len(sents) and sents[i].start < hi:
            if lo < sents[i].end:
                out.extend(self.by_sentence.get(i, ()))
            i += 1
        if self.outside:
            out = sorted(out + self.outside, key=lambda m: m.start())
        return out


def _cues(doc: Doc) -> tuple[list[int], dict[str, _Cues]]:
    """The sentence starts and the actor cues of the document by rule ("by", "target", "active");
    found once per ``Doc`` (for its current text and sentences)."""
    text = doc.text
    state = (text, doc.sentences, len(doc.sentences))
    kept = doc.kept.get("_actor_cues")
    if kept is not None and kept[0][0] is text and kept[0][1] is state[1] and kept[0][2] == state[2]:
        return kept[1]
    low = lower_copy(text)
    starts = [s.start for s in doc.sentences]
    cues = {name: _Cues(doc, starts, _scanned(text, low, f"{name}_re")) for name in ("by", "target", "active")}
    doc.kept["_actor_cues"] = (state, (starts, cues))
    return starts, cues


def _has_possessive(text: str, start: int = 0, end: int | None = None) -> bool:
    return "'s" in text[start:end] or "’s" in text[start:end]


def _possessives(doc: Doc, within: tuple[int, int] | None) -> list[tuple[int, int]]:
    """The spans of the possessive perpetrators ("X's missile attack") in the document (found once
    per ``Doc``), or none when ``within`` holds no "'s" a mention inside it would end at."""
    text = doc.text
    # every possessive match holds "'s" or "’s" right after its name: a text (a span) without them has none
    if within is not None and not _has_possessive(text, within[0], within[1] + 2):
        return []
    kept = doc.kept.get("_actor_possessives")
    if kept is not None and kept[0] is text:
        return kept[1]
    spans = [m.span(1) for m in _compiled()["poss_re"].finditer(text)] if _has_possessive(text) else []
    doc.kept["_actor_possessives"] = (text, spans)
    return spans


def find_actors(doc: Doc, within: tuple[int, int] | None = None) -> list[Mention]:
    """Perpetrator and target mentions in the document.

    within (tuple[int, int] | None): with ``(start, end)``, only the cues that can give a mention there
        are read; the mentions inside it are then the same as the whole document's.
    RETURNS (list[Mention]): sorted by start and label.
    """
    text = doc.text
    out: list[Mention] = []
    starts, cues = _cues(doc)
    for m in cues["by"].reaching(doc, starts, within):
        np = np_forward(text, m.end(), _sentence_end(doc, m.start()))
        if np:
            out.append(_m(text, np, "perpetrator", "actor.by"))
    for span in _possessives(doc, within):
        if within is None or within[0] <= span[0] < within[1]:
            out.append(_m(text, span, "perpetrator", "actor.possessive"))
    for m in cues["target"].reaching(doc, starts, within):
        np = np_forward(text, m.end(), _sentence_end(doc, m.start()))
        if np:
            out.append(_m(text, np, "target", "actor.event_on"))
    for m in cues["active"].reaching(doc, starts, within):
        s0 = _sentence_start(doc, m.start())
        if re.search(r"\b(?:was|were|been|being|is|are)\s+$", text[max(s0, m.start() - 12) : m.start()]):
            continue  # passive: the "by" rule handles it
        if _PARTICIPLE.match(m.group()) and _NO_OBJECT.match(text, m.end()):
            continue  # "18 people killed, 36 missing": a participle, not an agent's verb
        perp = np_backward(text, m.start(), s0)
        if perp is None:
            continue
        out.append(_m(text, perp, "perpetrator", "actor.active_subject"))
        tgt = np_forward(text, m.end(), _sentence_end(doc, m.start()))
        if tgt:
            out.append(_m(text, tgt, "target", "actor.active_object"))
    out.sort(key=lambda x: (x.start, x.label))
    dedup: list[Mention] = []
    for x in out:
        if dedup and (x.start, x.end, x.label) == (dedup[-1].start, dedup[-1].end, dedup[-1].label):
            continue
        dedup.append(x)
    return dedup


def annotate(doc: Doc) -> Doc:
    """Component function: fill ``doc.spans["actors"]``."""
    doc.spans["actors"] = find_actors(doc)
    return doc


component = Component(name="actors", func=annotate, requires=("sentences",), assigns=("actors",))


def actors_in(doc: Doc, start: int, end: int) -> list[Mention]:
    """The actor mentions inside ``[start, end)`` (a claim's sentence), by start and end: from the
    "actors" layer when a pipeline filled it, else found on demand for that span alone and kept on
    the ``Doc`` for its current text and sentences (the pipeline leaves the layer out: only the
    sentences claims are built from need it).
    """
    layer = doc.spans.get("actors")
    if layer is None:
        state = (doc.text, doc.sentences, len(doc.sentences))
        held = doc.kept.get("_actors_in")
        if held is None or held[0][0] is not state[0] or held[0][1] is not state[1] or held[0][2] != state[2]:
            held = doc.kept["_actors_in"] = (state, {})
        kept: dict[tuple[int, int], list[Mention]] = held[1]
        key = (start, end)
        found = kept.get(key)
        if found is None:
            found = kept[key] = _inside(find_actors(doc, (start, end)), start, end)
        return found
    return _inside(layer, start, end)


def _inside(ms: list[Mention], start: int, end: int) -> list[Mention]:
    return sorted((m for m in ms if start <= m.start and m.end <= end), key=lambda m: (m.start, m.end))


def actors_for(doc: Doc, start: int, end: int) -> tuple[Mention | None, Mention | None]:
    """(perpetrator, target) for a claim whose evidence is ``[start, end)``: the first of each inside it."""
    layer = doc.spans.get("actors")
    found = find_actors(doc, (start, end)) if layer is None else layer
    inside = [m for m in found if start <= m.start and m.end <= end]
    perp = next((m for m in inside if m.label == "perpetrator"), None)
    tgt = next((m for m in inside if m.label == "target"), None)
    return perp, tgt
