"""Who calls it what (issue 7): characterization, responsibility, recognition and legal-action claims.

Component "characterize" (requires "sentences", "paragraphs"; reads "attributions",
"dates" and "places" when earlier components filled them) writes the layer
"characterizations": one ``Mention`` per claim found, ``label`` = the claim family
(characterization | responsibility | recognition | legal_action), span = the exact words
(the claim's ``wording``), ``data`` = {"label", "stance", "perpetrator", "action", "body",
"speaker": (name, start, end, rule) | None, "counts"}. :func:`characterization_claims`
turns the layer into ``ClaimIn`` objects once "assemble" has run.

Everything the rules know is data (``rules/characterizations.json``): the label vocabulary
and the words mapped to it, words that look like labels but are no claim ("the genocide
convention"), stance cues ("refrained from using the term"), formal acts ("recognized ...
as", "adopted a resolution"), legal steps ("opened a criminal case") and the verbs of
blaming and denying. No side, country or publisher appears in this module.

Attribution: the speaker found in the sentence ("according to X", "X said", "X denied",
"said X"), else an "attributions" mention in the sentence, else - for quotes and
pronoun-led sentences - the speaker carried from the paragraph, else the document's
author/publisher (kind "author": an outlet's own loaded words are its own claim).
"""

from __future__ import annotations

import bisect
import itertools
import re
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import Any, cast

from claimledger.extract.attribution import (
    proper_body_name,
    quote_speaker,
    resolve_acronym,
    resolve_anaphor,
    resolve_role,
    resolve_title,
)
from claimledger.extract.author import author_name
from claimledger.extract.base import Component, Doc, Mention, OwnedCache, Segment
from claimledger.extract.fastre import Caseless as _ci
from claimledger.extract.fastre import (
    caseless_text,
    compile_dispatch,
    literal_trie,
    lower_pattern,
    lowered,
)
from claimledger.extract.fastre import compile_fast as _rx
from claimledger.extract.numbers import load_rules
from claimledger.extract.prefilter import Gated, gated, register, shut_span
from claimledger.models import (
    Attribution,
    AttributionKind,
    ClaimIn,
    DateValue,
    PlaceValue,
    Span,
)

LAYER = "characterizations"
KINDS = ("characterization", "responsibility", "recognition", "legal_action")
MERGE_KINDS = ("characterization", "responsibility")
PLACE_SCOPED = ("characterization", "responsibility")
_F = re.IGNORECASE
_TOKEN = re.compile(r"[\w’'\-]+(?:\.(?=\w)[\w’'\-]+)*|[^\w\s]")
_QUOTES = "\"“”«»"
_PRONOUN_START = re.compile(r"^\W*(?:he|she|it|they|the (?:ministry|statement|report|office|spokesman|spokesperson))\b", _F)
_NUMBER = r"(\d[\d,.]*\d|\d)"
_WHEN_FIRST = ("on", "last", "this", "late", "early", "earlier", "for")
_WHEN_UNITS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
               "week", "month", "year", "night", "morning", "evening", "months", "weeks", "years", "days")
_WHEN = rf"(?:{'|'.join(_WHEN_FIRST)})\s+(?:{'|'.join(_WHEN_UNITS)})"
_AUX_WORDS = ("have", "has", "had", "also", "both", "repeatedly", "again", "then", "later", "previously", "earlier", "now",
              "may", "might", "could", "would", "must", "should", "will", "can")
_PARTICIPLES = ("released", "published", "issued", "obtained", "seen")
_PASSIVE_AUX_WORDS = ("have", "has", "had", "also", "was", "were", "is", "are", "been", "officially", "formally",
                      "unanimously", "merely", "then", "later", "first")
_LY = re.compile(r"[a-z]+ly")


class _Tail:
    """A case-insensitive run of words that must end the span searched (``(?:\\s+(?:w|...))+\\s*$``).

    ``re`` tries such a pattern at every position of the span; but a match ends with one of the words
    ``last`` (or, with ``ly``, a lower-case adverb), preceded by white space: a span whose last word is
    plain ASCII and none of those is told "no" without the regex (other spans run it as it is)."""

    def __init__(self, pattern: str, last: tuple[str, ...], ly: bool = False) -> None:
        self.regex = re.compile(pattern, re.IGNORECASE)
        self.last = frozenset(last)
        self.ly = ly

    def search(self, text: str, lo: int, hi: int) -> re.Match[str] | None:
        j = hi
        while j > lo and text[j - 1].isspace():
            j -= 1
        i = j
        while i > lo and text[i - 1].isalpha():
            i -= 1
        if i == j or i == lo or not text[i - 1].isspace():
            return None  # no word, or none with white space before it inside the span
        word = text[i:j]
        if word.isascii() and word.lower() not in self.last and not (self.ly and _LY.fullmatch(word)):
            return None
        return self.regex.search(text, lo, hi)


_AUX_TAIL = _Tail(rf"(?:\s+(?:{'|'.join(_AUX_WORDS)}|(?-i:[a-z]+ly)|{_WHEN}))+\s*$", _AUX_WORDS + _WHEN_UNITS, ly=True)
_PARTICIPLE_TAIL = _Tail(rf"\s+(?:{'|'.join(_PARTICIPLES)})(?:\s+(?:yesterday|today|{_WHEN}))?\s*$",
                         _PARTICIPLES + ("yesterday", "today") + _WHEN_UNITS)
_AUX_TAIL_PASSIVE = _Tail(rf"(?:\s+(?:{'|'.join(_PASSIVE_AUX_WORDS)}))+\s*$", _PASSIVE_AUX_WORDS)


def _is_word_char(ch: str) -> bool:
    """What ``\\w`` matches in a ``str`` pattern."""
    return ch.isalnum() or ch == "_"


def _last_word(text: str, lo: int, hi: int) -> tuple[int, int] | None:
    """The span of the word that ends ``text[lo:hi]`` (trailing white space allowed), as
    ``re.compile(r"\\b(\\w+)\\s*$").search(text, lo, hi)`` gives its group 1, without trying every position."""
    j = hi
    while j > lo and text[j - 1].isspace():
        j -= 1
    i = j
    while i > lo and _is_word_char(text[i - 1]):
        i -= 1
    if i == j or (i == lo and i > 0 and _is_word_char(text[i - 1])):  # no word, or one that began before lo
        return None
    return i, j
_PREP_BEFORE = re.compile(r"\b(?:in|on|at|near|from|to|into|of|over|across|for|with)\s+(?:the\s+)?$", re.IGNORECASE)
_PLACE_KEYS = ("text", "name", "geonameid", "country", "admin1", "lat", "lon", "precision")
# a case-insensitive rule scans the lower-cased text (fastre.Caseless); a case-sensitive one is a plain pattern
_Scan = re.Pattern[str] | _ci


class _Gate:
    """``head(?:alt_0|alt_1|...)tail`` matched case-insensitively, asked only where its first match in a
    span starts (``search(...).start()``): on lower-cased text the alternatives are dispatched on their
    first character (``fastre.compile_dispatch``: the same match positions, the few alternatives a
    character can start tried at each word); else the plain ``Caseless`` alternation."""

    def __init__(self, alternatives: list[str], head: str, tail: str) -> None:
        self.plain = _ci(head + "(?:" + _alt(alternatives) + ")" + tail)
        dispatch = compile_dispatch([f"(?:{lower_pattern(a)})" for a in alternatives], head=head, tail=tail) \
            if self.plain.lower is not None else None
        self.dispatch = gated(dispatch[0]) if dispatch is not None else None
        # the plain alternation on lower-cased text in the document prefilter, with where its matches end (the
        # dispatched regex only looks ahead: its matches are empty): a span in which none ends has no match
        self.span_id = register(self.plain.lower, spans=True) if dispatch is not None and self.plain.lower else -1

    def search(self, text: str, pos: int, endpos: int) -> re.Match[str] | None:
        if self.dispatch is not None:
            low = caseless_text(text)
            if low is not None:
                if shut_span(self.span_id, low, pos, endpos):
                    return None
                return self.dispatch.search(low, pos, endpos)
        return self.plain.search(text, pos, endpos)


@dataclass(frozen=True)
class _Label:
    label: str
    rule: str
    regex: _Scan


@dataclass(frozen=True)
class _Rules:
    labels: list[_Label]
    any_label: _Gate
    non_claims: _Scan
    reject_before: _Scan
    max_gap: int
    not_negation: _Scan
    not_claim_before: _Scan
    not_claim_gap: re.Pattern[str]
    question_start: re.Pattern[str]
    relative_clause: _Scan
    acts: list[tuple[str, _Scan]]
    any_act: tuple[_Scan, ...]
    not_acts: _Scan
    body_heads: _ci
    legal: list[tuple[str, str, _Scan]]
    any_legal: _Gate
    legal_negation: _Scan
    counts: list[tuple[str, _Scan]]
    accuse: list[tuple[str, bool, _Scan]]
    any_accuse: _Scan
    any_deny: _Scan
    any_responsible: _Scan
    deny: list[tuple[str, _Scan]]
    deny_by_speaker: frozenset[str]
    pronouns: frozenset[str]
    pronouns_possessive: frozenset[str]
    responsible: list[tuple[str, _Scan]]
    agent_by: tuple[str, _Scan]
    by_near: tuple[str, _Scan, _Scan]
    agent_verbs: _Scan
    adjective: Gated
    person_nouns: _Scan
    deny_complement: _Scan
    anaphoric_before: _Scan
    heads: frozenset[str]
    modifiers: frozenset[str]
    connectors: frozenset[str]
    not_agents: frozenset[str]
    pronoun_agents: frozenset[str]
    according: _Scan
    document_nouns: re.Pattern[str]
    subject_verbs: _Scan
    verb_subject: _Scan
    trigger_stems: dict[str, list[tuple[str, str]]]
    trigger_words: re.Pattern[str]
    rule_triggers: dict[str, list[str]]
    rule_trigger_scans: dict[str, Gated] | None


def _alt(patterns: list[str]) -> str:
    return "|".join(f"(?:{p})" for p in patterns)


def _stems(triggers: dict[str, Any]) -> dict[str, list[tuple[str, str]]]:
    """4-letter prefix -> [(stem, family)] for the trigger scan."""
    out: dict[str, list[tuple[str, str]]] = {}
    for group in _GROUPS:
        for stem in triggers[group]:
            entry = (stem.lower(), group)
            key = stem.lower()[:4]
            if entry not in out.setdefault(key, []):
                out[key].append(entry)
    return out


def _trigger_words(stems: dict[str, list[tuple[str, str]]]) -> re.Pattern[str]:
    """A scan of lower-cased text for the letter runs ``_triggered`` looks up: those led by a key of
    ``stems`` (a key of fewer than 3 letters must be the whole run). A key with other characters than
    a-z never leads a run of letters."""
    keys = [k for k in stems if k.isascii() and k.isalpha() and k.islower()]
    alts = [literal_trie(ks) + tail for ks, tail in (([k for k in keys if len(k) >= 3], ""),
                                                      ([k for k in keys if len(k) < 3], "(?![a-z])")) if ks]
    return _rx(r"(?<![a-z])(?:" + ("|".join(alts) or "(?!)") + r")[a-z]*")


def _trigger_scans(triggers: dict[str, list[str]]) -> dict[str, Gated] | None:
    """Per responsibility family, one regex finding any of its trigger strings (searched in the lower-cased
    text, gated by where in it the document prefilter finds them); ``None`` when a trigger is not ASCII (then
    each is looked for in the lower-cased sentence)."""
    if not all(t.isascii() for v in triggers.values() for t in v):
        return None
    return {k: gated("|".join(re.escape(t) for t in sorted(v, key=len, reverse=True)) or "(?!)", spans=True)
            for k, v in triggers.items()}


def _runs(text: str, seg: Segment, R: _Rules) -> dict[str, bool]:
    """Per responsibility family, whether the lower-cased sentence holds one of its trigger strings."""
    low = lowered(text)
    if R.rule_trigger_scans is not None and low is not None:
        return {k: rx.search(low, seg.start, seg.end) is not None for k, rx in R.rule_trigger_scans.items()}
    sent = text[seg.start:seg.end].lower()
    return {k: any(t in sent for t in v) for k, v in R.rule_triggers.items()}


def _any_of(caseless: list[str], cased: list[str]) -> tuple[_Scan, ...]:
    """Scans that together match where one of the patterns does: the case-insensitive ones as one
    alternation, the case-sensitive ones as another; each pattern on its own when they do not combine."""
    out: list[_Scan] = []
    for patterns, make in ((caseless, _ci), (cased, _rx)):
        if not patterns:
            continue
        try:
            out.append(make("|".join(f"(?:{p})" for p in patterns)))
        except re.error:  # e.g. a group name used twice
            out.extend(make(p) for p in patterns)
    return tuple(out)


@cache
def rules() -> _Rules:
    """The compiled lexicon of ``rules/characterizations.json`` (loaded once)."""
    raw = load_rules("characterizations.json")
    labels = [_Label(e["label"], e["id"], _ci(rf"\b(?:{_alt(e['patterns'])})(?!\w)", gate=True)) for e in raw["labels"]]
    reco = raw["recognition"]
    resp = raw["responsibility"]
    spk = raw["speakers"]
    heads = {h.lower() for h in resp["head_nouns"]}
    return _Rules(
        labels=labels,
        any_label=_Gate([p for e in raw["labels"] for p in e["patterns"]], r"\b", r"(?!\w)"),
        non_claims=_ci(rf"\b(?:{_alt(raw['non_claims'])})"),
        reject_before=_ci(rf"\b(?:{_alt(raw['stance']['before'])})"),
        max_gap=int(raw["stance"]["max_gap"]),
        not_negation=_ci(raw["stance"]["not_negation"]),
        not_claim_before=_ci(rf"\b(?:{_alt(raw['stance']['not_claim_before'])})"),
        not_claim_gap=re.compile(rf"[\s{_QUOTES}‘’']*(?:[\w’'-]+\s+(?:or|and)\s+)?(?:[\w’'-]+\s+){{0,{int(raw['stance']['not_claim_words'])}}}[{_QUOTES}‘’']?"),
        question_start=_rx(raw["stance"]["question_start"], _F),
        relative_clause=_ci(raw["stance"]["relative_clause"]),
        any_act=_any_of([rf"\b(?:{a['pattern']})" for a in reco["acts"] if "[A-Z]" not in a["pattern"]],
                        [rf"\b(?:{a['pattern']})" for a in reco["acts"] if "[A-Z]" in a["pattern"]]),
        acts=[(a["id"], _ci(rf"\b(?:{a['pattern']})") if "[A-Z]" not in a["pattern"] else _rx(rf"\b(?:{a['pattern']})"))
              for a in reco["acts"]],
        not_acts=_ci(rf"\b(?:{_alt(reco['not_acts'])})"),
        body_heads=_ci(rf"\b(?:{_alt(reco['body_heads'])})\b"),
        legal=[(e["action"], e["id"], _ci(rf"\b(?:{e['pattern']})")) for e in raw["legal_action"]],
        any_legal=_Gate([e["pattern"] for e in raw["legal_action"]], r"\b", ""),
        legal_negation=_ci(raw["legal_negation"]),
        counts=[(k, _ci(rf"{_NUMBER}\s+(?:[A-Za-z-]+\s+){{0,2}}?(?:{v})\b"))
                for k, v in raw["legal_counts"].items() if not k.startswith("_")],
        accuse=[(a["id"], bool(a.get("mutual")), _ci(rf"\b(?:{a['pattern']})")) for a in resp["accuse"]],
        any_accuse=_ci(rf"\b(?:{_alt([a['pattern'] for a in resp['accuse']])})"),
        any_deny=_ci(rf"\b(?:{_alt([a['pattern'] for a in resp['deny']])})"),
        any_responsible=_ci(rf"\b(?:{_alt([a['pattern'] for a in resp['responsible']])})"),
        deny=[(a["id"], _ci(rf"\b(?:{a['pattern']})")) for a in resp["deny"]],
        deny_by_speaker=frozenset(a["id"] for a in resp["deny"] if a.get("speaker") == "sentence"),
        responsible=[(a["id"], _ci(rf"\b(?:{a['pattern']})")) for a in resp["responsible"]],
        agent_by=(resp["agent_by"]["id"], _ci(rf"\b(?:{resp['agent_by']['pattern']})")),
        by_near=(resp["by_near"]["id"], _ci(resp["by_near"]["pattern"]),
                 _ci(resp["by_near"]["not_before"])),
        agent_verbs=_ci(rf"\s[“\"‘]?(?:(?:has|have|had) )?(?:\w+ly )?(?:{resp['agent_verbs']})\b"),
        adjective=gated(_rx(rf"\b(?:([A-Z][a-z]+(?:{resp['demonym_endings']})|[A-Z][a-z]+(?=['’]s\s))(?:['’]s)?\s+(?:{resp['adjective_nouns']})"
                             rf"|({resp['adjective_acronym']})\s+{resp['acronym_nouns']})\b")),
        deny_complement=_ci(resp["deny_complement"]),
        anaphoric_before=_ci(resp["anaphoric_before"]),
        person_nouns=_ci(rf"\b(?:{resp['adjective_person_nouns']})$"),
        heads=frozenset(heads),
        modifiers=frozenset(m.lower() for m in resp["np_modifiers"]),
        connectors=frozenset(c.lower() for c in resp["np_connectors"]),
        not_agents=frozenset(w.lower() for w in resp["not_agents"]),
        pronoun_agents=frozenset(w.lower() for w in resp["pronoun_agents"]),
        pronouns=frozenset(spk["pronouns"]),
        pronouns_possessive=frozenset(spk["possessives"]),
        according=_ci(rf"\b{spk['according_to']}"),
        document_nouns=re.compile(rf"\s(?:{spk['document_nouns']})$", _F),
        subject_verbs=_ci(rf"\s(?:(?:has|have|had|also|later|then|previously|earlier|repeatedly|again|strongly|flatly|categorically|vehemently) )*(?:{spk['verbs_after_subject']})\b"),
        verb_subject=_ci(rf"[,”\"’]\s*(?:{spk['verbs_before_subject']})\s+"),
        trigger_stems=_stems(raw["triggers"]),
        trigger_words=_trigger_words(_stems(raw["triggers"])),
        rule_triggers={k: v for k, v in resp["rule_triggers"].items() if not k.startswith("_")},
        rule_trigger_scans=_trigger_scans({k: v for k, v in resp["rule_triggers"].items() if not k.startswith("_")}),
    )


@cache
def demonym_countries() -> dict[str, str]:
    """Demonym -> country name ("Freedonian" -> "Freedonia"), from ``data/demonyms.json`` and GeoNames' countries."""
    import json

    from claimledger.extract.gazetteer import DATA_DIR
    from claimledger.extract.gazetteer import countries as country_records

    countries = country_records()
    with open(DATA_DIR / "demonyms.json", encoding="utf-8") as f:
        data: dict[str, list[str]] = json.load(f)
    best: dict[str, tuple[int, str]] = {}
    for code, forms in data.items():
        if code not in countries:
            continue
        pop = int(countries[code].get("population") or 0)
        for form in (x.strip() for entry in forms for x in entry.split(",")):
            if form and pop > best.get(form, (-1, ""))[0]:  # a shared demonym names the most populous state
                best[form] = (pop, str(countries[code]["name"]))
    return {form: name for form, (_, name) in best.items()}


# --- noun phrases ------------------------------------------------------------------------------

_POSSESSIVE = re.compile(r"['’]s$")
_MONTHS = frozenset(["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"])


WORD_KINDS_KEPT = 50_000  # words whose kind is kept (the cache starts again beyond)
_word_kinds: OwnedCache[str] = OwnedCache(WORD_KINDS_KEPT)


def _word_ok(tok: str, R: _Rules) -> str:
    """'cap' for a capitalized word, 'head' for a head noun, 'conn' for a connector, '' otherwise
    (kept per word: the noun-phrase walks ask for the same words many times)."""
    kinds = _word_kinds.of(R)
    kind = kinds.get(tok)
    if kind is None:
        kind = kinds[tok] = _word_kind(tok, R)
    return kind


def _word_kind(tok: str, R: _Rules) -> str:
    low = tok.lower()
    if low in R.heads or R.body_heads.ignorecase.fullmatch(low):  # a word, not the text: no lower-cased scan
        return "head"
    if low in R.connectors:
        return "conn"
    if low in R.modifiers:
        return "mod"
    if tok[:1].isupper() and low not in R.not_agents and _POSSESSIVE.sub("", low) not in _MONTHS:
        return "cap"
    return ""


_PAREN_END = re.compile(r"\s*\([^()]{1,20}\)\s*$")
_SPACE = re.compile(r"\s")
NP_WINDOWS = (20, 64)  # characters before the end of a noun phrase tokenized first, then next


def np_before(text: str, lo: int, pos: int, R: _Rules | None = None) -> tuple[int, int] | None:
    """The noun phrase ending at ``pos`` (a party or body: capitalized words, head nouns, connectors)."""
    R = R or rules()
    # "X (ABC) said": a parenthesis at the end is skipped (only a text ending in ")" can have one)
    paren = _PAREN_END.search(text, lo, pos) if text[lo:pos].rstrip().endswith(")") else None
    if paren:
        pos = paren.start()
    # the phrase is read backwards from ``pos``: tokenize only a window before it first (tokens never
    # hold white space, so those after a white space are the whole span's), a wider one and then the whole
    # span when the walk runs through it (most phrases end within a word or two: ``NP_WINDOWS``)
    floors: list[int] = []
    for reach in NP_WINDOWS:
        space = _SPACE.search(text, pos - reach, pos) if pos - lo > reach else None
        if space is not None and (not floors or space.start() < floors[-1]):
            floors.append(space.start())
    floors.append(lo)
    for floor in floors:
        toks = [(m.start(), m.end(), m.group()) for m in _TOKEN.finditer(text, floor, pos)]
        start = None
        kinds: list[str] = []
        ended = False
        for a, _b, t in reversed(toks):
            k = _word_ok(t, R) if t[:1].isalnum() else ""
            if not k:
                ended = True
                break
            start = a
            kinds.append(k)
            if len(kinds) >= 12:
                ended = True
                break
        if ended:
            break
    if start is None:
        return None
    chosen = [t for t in toks if t[0] >= start]
    while chosen and _word_ok(chosen[0][2], R) == "conn" and chosen[0][2].lower() != "the":
        chosen.pop(0)
    if chosen and (_word_ok(chosen[-1][2], R) == "mod" or chosen[-1][2].lower() in ("and", "or", "of")):
        return None  # "X and [declared]": a coordinated verb, whose subject is further back
    if not chosen or not any(_word_ok(t[2], R) in ("cap", "head") for t in chosen):
        return None
    if len(chosen) == 1 and chosen[0][2].lower() in R.not_agents:
        return None
    return chosen[0][0], chosen[-1][1]


def np_after(text: str, pos: int, hi: int, R: _Rules | None = None, extra: frozenset[str] = frozenset()) -> tuple[int, int] | None:
    """The noun phrase starting at ``pos`` (determiner allowed; stops at the first other word)."""
    R = R or rules()
    chosen: list[tuple[int, int, str]] = []
    for m in _TOKEN.finditer(text, pos, hi):
        t = m.group()
        low = t.lower()
        if not chosen and low in ("the", "a", "an", "its", "their", "his", "her"):
            chosen.append((m.start(), m.end(), t))
            continue
        k = _word_ok(t, R) if t[:1].isalnum() else ""
        if not k and low not in extra:
            if t in ("’s", "'s") and chosen:
                chosen.append((m.start(), m.end(), t))
                continue
            break
        chosen.append((m.start(), m.end(), t))
        if len(chosen) >= 30:
            break
    while chosen and (_word_ok(chosen[-1][2], R) in ("conn", "mod") or chosen[-1][2].lower() in ("a", "an", "its", "their")):
        chosen.pop()
    if not chosen or not any(_word_ok(t[2], R) in ("cap", "head") for t in chosen):
        return None
    return chosen[0][0], chosen[-1][1]


# --- speakers ---------------------------------------------------------------------------------


Speaker = tuple[str, int, int, str]


# the speakers found in the sentences of the last text (compared by identity), per (start, end):
# claims of one sentence, and the sentences after it looking back, ask for the same ones
_said_memo: tuple[str, _Rules | None, dict[tuple[str, int, int], Any]] = ("", None, {})


def _memo(text: str, R: _Rules) -> dict[tuple[str, int, int], Any]:
    global _said_memo
    last, owner, memo = _said_memo
    if last is not text or owner is not R:
        memo = {}
        _said_memo = (text, R, memo)
    return memo


def sentence_speaker(text: str, seg: Segment, R: _Rules | None = None) -> Speaker | None:
    """Who says it, from the sentence itself: 'according to X', 'X said', ', said X'."""
    R = R or rules()
    memo = _memo(text, R)
    key = ("sentence", seg.start, seg.end)
    if key not in memo:
        memo[key] = _sentence_speaker(text, seg, R)
    return cast("Speaker | None", memo[key])


def _sentence_speaker(text: str, seg: Segment, R: _Rules) -> Speaker | None:
    for m in R.according.finditer(text, seg.start, seg.end):
        np = np_after(text, m.end(), seg.end, R)
        if np:
            return _document_owner((text[np[0]:np[1]], np[0], np[1], "speaker.according_to"), R)
    for m in R.verb_subject.finditer(text, seg.start, seg.end):
        np = np_after(text, m.end(), seg.end, R)
        if np:
            return text[np[0]:np[1]], np[0], np[1], "speaker.said_x"
    said = subject_speakers(text, seg, R)
    return said[0] if said else None


def subject_speakers(text: str, seg: Segment, R: _Rules | None = None) -> list[Speaker]:
    """Every 'X said' speaker of the sentence, in text order (a capitalized 'States' is no verb)."""
    R = R or rules()
    memo = _memo(text, R)
    key = ("subject", seg.start, seg.end)
    if key not in memo:
        memo[key] = tuple(_subject_speakers(text, seg, R))
    return list(memo[key])


def _subject_speakers(text: str, seg: Segment, R: _Rules) -> list[Speaker]:
    out: list[Speaker] = []
    for m in R.subject_verbs.finditer(text, seg.start, seg.end):
        if text[m.start():m.end()].split()[-1][:1].isupper():  # the match is on lower-cased text
            continue
        lo = max(seg.start, text.rfind(",", seg.start, m.start()) + 1 if text.count(",", seg.start, m.start()) > 1 else seg.start)
        end = m.start()
        for tail in (_AUX_TAIL, _PARTICIPLE_TAIL):  # "X on Tuesday said", "an X report released yesterday showed"
            t = tail.search(text, lo, end)
            end = t.start() if t else end
        np = np_before(text, lo, end, R)
        if np is None and re.search(r"\band\s*$", text[lo:end]):  # "X accepted the findings and said": X
            lead = re.match(r"\s*(?:[\w’'-]+\s+){0,2}?[\w’'-]+,\s*", text[lo:end])  # "Later, X ..."
            start = lo + (lead.end() if lead else len(text[lo:end]) - len(text[lo:end].lstrip()))
            np = np_after(text, start, end, R)
        if np:
            out.append(_document_owner((text[np[0]:np[1]], np[0], np[1], "speaker.x_said"), R))
    return out


def _document_owner(sp: Speaker, R: _Rules) -> Speaker:
    """'the Eastvale Monitor report' -> 'Eastvale Monitor': the body speaks, not its document."""
    m = R.document_nouns.search(sp[0])
    name = re.sub(r"^(?:the|a|an)\b\s*", "", sp[0][:m.start()].rstrip(), flags=_F) if m else ""
    if not any(w[:1].isupper() for w in name.split()):
        return sp
    start = sp[1] + sp[0].index(name)
    return name, start, start + len(name), sp[3]


# --- the component ----------------------------------------------------------------------------


def _add(doc: Doc, kind: str, start: int, end: int, rule: str, **data: Any) -> None:
    data.setdefault("label", None)
    data.setdefault("stance", "asserts")
    data.setdefault("perpetrator", None)
    data.setdefault("action", None)
    data.setdefault("body", None)
    data.setdefault("speaker", None)
    data.setdefault("counts", {})
    doc.layer(LAYER).append(Mention(start, end, kind, data, rule))


def _label_hits(text: str, seg: Segment, R: _Rules) -> list[tuple[int, int, str, str]]:
    """Non-overlapping label mentions in the sentence: (start, end, label, rule), earliest label wins."""
    first = R.any_label.search(text, seg.start, seg.end)  # one scan instead of one per label
    if first is None:
        return []
    lo = first.start()  # no label matches earlier: the per-label scans start here
    taken: list[tuple[int, int]] = []
    out: list[tuple[int, int, str, str]] = []
    blocked = [(m.start(), m.end()) for m in R.non_claims.finditer(text, seg.start, seg.end)]
    for lab in R.labels:
        for m in lab.regex.finditer(text, lo, seg.end):
            a, b = m.start(), m.end()
            if any(a < y and x < b for x, y in taken) or any(x <= a < y for x, y in blocked):
                continue
            taken.append((a, b))
            out.append((a, b, lab.label, lab.rule))
    out.sort()
    return out


def _is_question_alternative(text: str, seg: Segment, a: int, b: int) -> bool:
    if not text[seg.start:seg.end].rstrip(_QUOTES + " )").endswith("?"):
        return False
    window = text[max(seg.start, a - 30):min(seg.end, b + 30)]
    return bool(re.search(r"\bor\b", window))


NOT_CLAIM_WINDOW = 80  # characters before a label searched for a cue that makes it no claim


def _not_claim(text: str, seg: Segment, a: int, R: _Rules) -> bool:
    """A label the writer distances ('alleged massacre'), leaves open ('any atrocities') or that a denial of an act governs."""
    for m in R.not_claim_before.finditer(text, max(seg.start, a - NOT_CLAIM_WINDOW), min(seg.end, a + NOT_CLAIM_WINDOW)):
        if m.end() <= a and R.not_claim_gap.fullmatch(text, m.end(), a):
            return True
    return False


def _asked(text: str, seg: Segment, a: int, R: _Rules) -> bool:
    """A label in the main clause of a yes/no question ('Were there war crimes ...?') is asked, not asserted."""
    s = text[seg.start:seg.end]
    if not s.rstrip(_QUOTES + " )…").endswith("?") or not R.question_start.search(s):
        return False
    return not R.relative_clause.search(text, seg.start, a)


def _reject_cue(text: str, seg: Segment, a: int, R: _Rules) -> int | None:
    """Start of a rejecting cue ending at most ``max_gap`` characters before the label, in the same clause."""
    lo = max(seg.start, a - R.max_gap - 80)
    last = None
    for m in R.reject_before.finditer(text, lo, a):
        last = m
    if last is None or a - last.end() > R.max_gap or re.search(r"[;,.:]|\bbut\b", text[last.end():a]):
        return None
    if R.not_negation.search(text, last.start(), min(a, last.end() + 12)):
        return None
    return last.start()


def _stance(text: str, seg: Segment, a: int, R: _Rules) -> str:
    return "rejects" if _reject_cue(text, seg, a, R) is not None else "asserts"


def _recognition(doc: Doc, seg: Segment, labels: list[tuple[int, int, str, str]], R: _Rules) -> bool:
    """Formal acts by bodies in the sentence; True when the sentence is a recognition."""
    text = doc.text
    if not any(rx.search(text, seg.start, seg.end) for rx in R.any_act):
        return False  # no act at all (one search per case instead of one per act)
    if R.not_acts.search(text, seg.start, seg.end) and not any(
            rx.search(text, seg.start, seg.end) for rid, rx in R.acts if rid in ("reco.resolution", "reco.endorsed", "reco.condemned")):
        return False
    act = None
    for rid, rx in R.acts:
        m = rx.search(text, seg.start, seg.end)
        if m and (act is None or m.start() < act[1].start()):
            act = (rid, m)
    if act is None:
        return False
    rid, m = act
    bodies = _bodies(text, seg, m, R)
    if not bodies:
        return False
    used = [h for h in labels if h[2] != "other" or rid == "reco.condemned"]
    if rid == "reco.condemned":
        used = []
    named = [h for h in used if re.search(r"[A-Z][\w’'-]+\s+$", text[max(seg.start, h[0] - 40):h[0]])]
    if len(named) < len(used):  # "the Eastvale tragedy was recognized as genocide": the name is no label
        used = [h for h in used if h not in named]
    # "recognized as genocide or massacre": one act, one term - the first of the alternatives
    used = [h for k, h in enumerate(used) if k == 0 or not re.fullmatch(r"\s*(?:,|or|and/or)\s*", text[used[k - 1][1]:h[0]])]
    if not used:
        cand = [(m.start(), m.end(), "other", rid)]
        used = cand
    if len(bodies) > 1:
        used = used[:1]
    date = _first_date(doc, seg)
    seen: set[tuple[str, str]] = set()
    for body in bodies:
        for a, b, label, lrule in used:
            if (body[0], label) in seen:
                continue
            seen.add((body[0], label))
            _add(doc, "recognition", a, b, f"{rid}+{lrule}", label=label, body=body[0],
                 speaker=(body[0], body[1], body[2], "speaker.body"), date=date)
    return True


APPOSITIVES = 2  # comma-enclosed clauses skipped between a party and its verb
BY_WINDOW = 40  # "recognized ... as genocide by X": the "by" of the acting body follows the act closely


def _bodies(text: str, seg: Segment, act: re.Match[str], R: _Rules) -> list[tuple[str, int, int]]:
    """The acting bodies: a list after 'by' or after a dash, else the subject before the act."""
    by = re.compile(r"\bby\s+", _F)
    for m in by.finditer(text, act.start(), min(seg.end, act.end() + BY_WINDOW)):
        items = _list_items(text, m.end(), seg.end, R)
        if items:
            return items
    dashed: list[tuple[str, int, int]] = []
    for dash in re.finditer(r"\s[–—-]\s+(?=[A-Z])", text[seg.start:seg.end]):
        dashed += _list_items(text, seg.start + dash.end(), seg.end, R)
    if len(dashed) >= 3:
        return dashed
    # subject right before the act ("the Assembly adopted ...", "the Court (ECtHR) ruled ...")
    aux = _AUX_TAIL_PASSIVE.search(text, seg.start, act.start())
    np = np_before(text, seg.start, aux.start() if aux else act.start(), R)
    if np and R.body_heads.search(text, np[0], np[1]):
        return [_strip_det(text, np)]
    # else the first body named before the act ("At the meeting of the Organization of ..., X was recognized")
    for h in R.body_heads.finditer(text, seg.start, act.start()):
        left = np_before(text, seg.start, h.end(), R)
        if left is None:
            continue
        right = np_after(text, h.end(), act.start(), R, extra=frozenset({"of", "the", "and", "for"})) \
            if re.match(r"\s+of\s", text[h.end():act.start()]) else None
        return [_strip_det(text, (left[0], right[1] if right else left[1]))]
    return []


def _strip_det(text: str, np: tuple[int, int]) -> tuple[str, int, int]:
    a, b = np
    m = re.match(r"(?:the|a|an)\s+", text[a:b], _F)
    if m:
        a += m.end()
    return text[a:b], a, b


def _list_items(text: str, pos: int, hi: int, R: _Rules) -> list[tuple[str, int, int]]:
    """Comma/'and'-separated bodies starting at ``pos``."""
    out: list[tuple[str, int, int]] = []
    cur = pos
    while cur < hi:
        np = np_after(text, cur, hi, R, extra=frozenset({"of", "the", "and", "for"}))
        if np is None:
            # aggregate phrases ("17 countries ... and one state") become one body
            m = re.match(r"[^.;:()]{3,120}?(?=[.;:(]|$)", text[cur:hi])
            if not out and m and re.match(r"\s*\d", text[cur:hi]):
                a, b = cur, cur + len(m.group().rstrip())
                return [(text[a:b], a, b)]
            break
        a, b = np
        piece = text[a:b]
        # split "X and Y" inside the phrase when both sides are capitalized bodies
        parts: list[str] = []
        for part in re.split(r"\s+and\s+(?=(?:the\s+)?[A-Z])", piece):
            prev_last = parts[-1].split()[-1] if parts and parts[-1].split() else ""
            if parts and not part.lower().startswith("the ") and not R.body_heads.ignorecase.search(part) \
                    and not R.body_heads.ignorecase.fullmatch(prev_last):
                parts[-1] = piece[piece.index(parts[-1]):piece.index(part, piece.index(parts[-1])) + len(part)]
            else:
                parts.append(part)
        off = a
        for part in parts:
            pa = text.index(part, off)
            pb = pa + len(part)
            p = re.sub(r"^(?:the|a|an)\s+", "", part, flags=_F)
            if p and p[0].isupper():
                out.append((p, pb - len(p), pb))
            off = pb
        nxt = re.match(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)", text[b:hi])
        if not nxt:
            break
        cur = b + nxt.end()
    return out


def _first_date(doc: Doc, seg: Segment) -> dict[str, Any] | None:
    for m in doc.spans.get("dates", []):
        if seg.start <= m.start and m.end <= seg.end and not m.data.get("dateline") and not m.data.get("yearless"):
            return {"start": m.data.get("start"), "end": m.data.get("end"),
                    "precision": m.data.get("precision") or m.label, "char_start": m.start, "char_end": m.end,
                    "rule": m.rule}
    return None


def _legal(doc: Doc, seg: Segment, R: _Rules) -> None:
    text = doc.text
    first = R.any_legal.search(text, seg.start, seg.end)  # one scan; no legal step matches before it
    if first is None:
        return
    taken: list[tuple[int, int]] = []
    for action, rid, rx in R.legal:
        for m in rx.finditer(text, first.start(), seg.end):
            if any(m.start() < y and x < m.end() for x, y in taken):
                continue
            taken.append((m.start(), m.end()))
            counts = {}
            for key, crx in R.counts:
                c = crx.search(text, seg.start, seg.end)
                if c:
                    counts[key] = text[c.start(1):c.end(1)]
            question = text[seg.start:seg.end].rstrip(_QUOTES + " )").endswith("?")
            negated = question or bool(R.legal_negation.search(text, seg.start, m.start()))
            _add(doc, "legal_action", m.start(), m.end(), rid, action=action, counts=counts,
                 stance="rejects" if negated else "asserts", date=_first_date(doc, seg))
            break


class _Resp:
    """One sentence's search for responsibility mentions (``_resp``): the mentions added so far and the
    helpers the rules share. A class rather than nested functions: compiled, nested functions that call
    each other form a reference cycle per sentence, left to the garbage collector."""

    def __init__(self, doc: Doc, seg: Segment, R: _Rules) -> None:
        self.doc = doc
        self.text = doc.text
        self.seg = seg
        self.R = R
        self.seen: set[tuple[str, str]] = set()
        self.spans: list[tuple[int, int]] = []
        self.aux_starts: dict[int, int] = {}

    def before_aux(self, pos: int) -> int:
        """Where the auxiliaries and adverbs right before ``pos`` start ("X has also [attacked]"): ``pos``
        when there are none; kept per position (the agent and the pronoun rule ask for the same one)."""
        aux_starts = self.aux_starts
        if pos not in aux_starts:
            aux = _AUX_TAIL.search(self.text, self.seg.start, pos)
            aux_starts[pos] = aux.start() if aux else pos
        return aux_starts[pos]

    def add(self, a: int, b: int, rule: str, perp: str | None, stance: str, speaker: Speaker | None = None) -> None:
        key = ((perp or "").lower().removeprefix("the "), stance)
        if key in self.seen or any(a < y and x < b for x, y in self.spans):
            return
        self.seen.add(key)
        self.spans.append((a, b))
        _add(self.doc, "responsibility", a, b, rule, perpetrator=perp, stance=stance, speaker=speaker)

    def subject(self, pos: int) -> tuple[int, int] | None:
        text, seg, R = self.text, self.seg, self.R
        pos = self.before_aux(pos)
        lo = text.rfind(",", seg.start, pos)
        np = np_before(text, seg.start, pos, R)
        if np is None and lo > seg.start:
            np = np_before(text, seg.start, lo, R)  # "X, which denied ..."
        return np

    def agent(self, pos: int, rid_appositive: bool = False) -> tuple[int, int] | None:
        """The party right before ``pos``, skipping an appositive ("X, aware of ..., attacked")."""
        text, seg, R = self.text, self.seg, self.R
        end = self.before_aux(pos)
        np = np_before(text, seg.start, end, R)
        close = end
        for _ in range(APPOSITIVES):  # "X, the former ..., who ..., personally committed"
            if np is not None or not text[seg.start:close].rstrip().endswith(","):
                break
            close = text.rfind(",", seg.start, close)
            open_ = text.rfind(",", seg.start, close)
            if open_ <= seg.start and rid_appositive:  # "X, one of the perpetrators of ...": X
                np = np_before(text, seg.start, close, R)
                break
            if open_ <= seg.start or close - open_ >= 120:
                break
            np = np_before(text, seg.start, open_, R)
            close = open_ + 1
        if np is not None and close != end and re.match(r"(?:the|a|an)\s", text[np[0]:np[1]], _F):
            # "X, the brigade commander, who ..., fired": the description's name comes first
            comma = text.rfind(",", seg.start, np[0])
            if comma > seg.start and not text[comma + 1:np[0]].strip():
                name = np_before(text, seg.start, comma, R)
                if name is not None:
                    np = name
        return np

    def pronoun_agent(self, pos: int) -> tuple[int, int] | None:
        """'why did he attack ...', 'they may have been involved in ...': the pronoun, as written."""
        text = self.text
        pm = _last_word(text, self.seg.start, self.before_aux(pos))
        return pm if pm and text[pm[0]:pm[1]].lower() in self.R.pronoun_agents else None


def _resp(doc: Doc, seg: Segment, R: _Rules) -> None:
    text = doc.text
    st = _Resp(doc, seg, R)
    seen, spans = st.seen, st.spans

    runs = _runs(text, seg, R)
    # one scan per family first: nothing of the family matches before its leftmost hit
    first = R.any_accuse.search(text, seg.start, seg.end) if runs["accuse"] else None
    for rid, mutual, rx in (R.accuse if first else ()):
        for m in rx.finditer(text, first.start() if first else seg.start, seg.end):
            subj = st.subject(m.start())
            if mutual and subj:
                parts = re.split(r"\s+and\s+", text[subj[0]:subj[1]])
                if len(parts) == 2:
                    a0 = subj[0]
                    b0 = a0 + len(parts[0])
                    a1 = subj[1] - len(parts[1])
                    st.add(m.start(), m.end(), rid, parts[1], "asserts", (parts[0], a0, b0, "speaker.subject"))
                    seen.discard(((parts[1]).lower(), "asserts"))
                    spans.pop()
                    st.add(m.start(), m.end(), rid, parts[0], "asserts", (parts[1], a1, subj[1], "speaker.subject"))
                continue
            if mutual:
                continue
            obj = np_after(text, m.end(), seg.end, R, extra=frozenset({"air", "strike", "missile", "rocket", "attack"}))
            spk = (text[subj[0]:subj[1]], subj[0], subj[1], "speaker.subject") if subj else None
            party = _POSSESSIVE.sub("", text[obj[0]:obj[1]]) if obj else None  # "condemned X's shelling": X
            st.add(m.start(), obj[1] if obj else m.end(), rid, party, "asserts", spk)
    first = R.any_deny.search(text, seg.start, seg.end) if runs["deny"] else None
    for rid, rx in (R.deny if first else ()):
        for m in rx.finditer(text, first.start() if first else seg.start, seg.end):
            subj = st.subject(m.start())
            party = text[subj[0]:subj[1]] if subj else None
            if rid in R.deny_by_speaker:  # "X said its forces did not ...": X speaks, the subject is cleared
                st.add(m.start(), m.end(), rid, party, "rejects", None)
                continue
            spk = (party, subj[0], subj[1], "speaker.subject") if subj and party else None
            st.add(m.start(), m.end(), rid, party, "rejects", spk)
    first = R.any_responsible.search(text, seg.start, seg.end) if runs["responsible"] else None
    for rid, rx in (R.responsible if first else ()):
        for m in rx.finditer(text, first.start() if first else seg.start, seg.end):
            subj = st.agent(m.start(), rid_appositive=True) or st.pronoun_agent(m.start())
            if subj:
                st.add(subj[0], m.end(), rid, text[subj[0]:subj[1]], "asserts")
    rid, rx = R.agent_by
    for m in (rx.finditer(text, seg.start, seg.end) if runs["by"] else ()):
        obj = np_after(text, m.end(), seg.end, R)
        if obj:
            st.add(m.start(), obj[1], rid, text[obj[0]:obj[1]], "asserts")
    rid, rx, not_before = R.by_near
    for m in (rx.finditer(text, seg.start, seg.end) if runs["by"] else ()):
        if not_before.search(text, seg.start, m.end()):
            continue
        obj = np_after(text, m.end(), seg.end, R)
        if obj:
            st.add(m.start(), obj[1], rid, text[obj[0]:obj[1]], "asserts")
    verbs = R.agent_verbs.finditer(text, seg.start, seg.end)
    first_verb = next(verbs, None)  # a headline is told only when a verb needs it
    for m in ([] if first_verb is None or _headline(text, seg) else itertools.chain((first_verb,), verbs)):
        subj = st.agent(m.start()) or st.pronoun_agent(m.start())
        if subj and _PREP_BEFORE.search(text, seg.start, subj[0]):
            continue
        if subj and (_noun_compound(text, subj, m, R) or R.deny_complement.search(text, seg.start, subj[0])):
            continue
        if subj:
            st.add(subj[0], m.end(), "resp.agent_verb", text[subj[0]:subj[1]], "asserts")
    for m in R.adjective.finditer(text, seg.start, seg.end):
        word = m.group(1) or m.group(2)
        if word.lower() in R.not_agents or word.lower() in _MONTHS or m.start() == seg.start and word in ("The", "A"):
            continue
        if R.anaphoric_before.search(text, seg.start, m.start()):  # "these Freedonian attacks": said before
            continue
        # "a Freedonian missile strike": the party is the state the demonym names; "Freedonian pilots": as written
        party = text[m.start():m.end()] if R.person_nouns.search(text, m.start(), m.end()) \
            else demonym_countries().get(word, word)
        st.add(m.start(), m.end(), "resp.adjective", party, "asserts")


# a word (``[A-Za-z][\w’'-]*``), its capital captured: ``findall`` gives the capital of a capitalized word and
# "" for another, no copy of the word
_HEADLINE_WORD = re.compile(r"(?:([A-Z])|[a-z])[\w’'-]*")


_CAPITAL = re.compile(r"[A-Z]")
HEADLINE_PEEK = 200  # characters of a sentence whose words are counted before its words are read one by one


def _prose(text: str, seg: Segment) -> bool:
    """True when ``seg`` is surely no title (``_headline``): more words open with a small letter in its first
    ``HEADLINE_PEEK`` characters than it holds capital letters. Each of those words (after white space, or at the
    sentence's start) opens a match of ``_HEADLINE_WORD`` that is not capitalized, and each capitalized match opens
    with a capital: so fewer than half of the matches are capitalized, not 70%."""
    small = sum(1 for w in text[seg.start:min(seg.end, seg.start + HEADLINE_PEEK)].split() if "a" <= w[0] <= "z")
    return small > 0 and small > len(_CAPITAL.findall(text, seg.start, seg.end))


def _headline(text: str, seg: Segment) -> bool:
    """A sentence of four or more words, most of them capitalized (a title): its verbs have no agents."""
    if _prose(text, seg):
        return False  # (most sentences: the words are not read one by one)
    capitals = _HEADLINE_WORD.findall(text, seg.start, seg.end)
    n = len(capitals)
    return n >= 4 and n - capitals.count("") >= 0.7 * n


_BARE_VERB = re.compile(r"\W*(?:attack|kill|bomb|shell|hit|strike|raid)\b", re.IGNORECASE)


def _noun_compound(text: str, subj: tuple[int, int], verb: re.Match[str], R: _Rules) -> bool:
    """'The Eastvale attack comes ...': a bare verb form after 'the' + a singular name is a noun compound, no agent."""
    words = text[subj[0]:subj[1]].split()
    if len(words) != 2 or words[0].lower() != "the" or not _BARE_VERB.match(text, verb.start(), verb.end()):
        return False
    last = words[-1]
    return _word_ok(last, R) == "cap" and not last.lower().endswith("s")


_ANAPHOR = re.compile(r"\b(?:these|those|such)\s+(?:[\w-]+\s+)?(?=\S+$)", re.IGNORECASE)


def _characterizations(doc: Doc, seg: Segment, labels: list[tuple[int, int, str, str]], R: _Rules) -> None:
    text = doc.text
    seen: set[tuple[str, str, str]] = set()
    for a, b, label, rule in labels:
        if _is_question_alternative(text, seg, a, b) or _not_claim(text, seg, a, R) or _asked(text, seg, a, R):
            continue
        stance = _stance(text, seg, a, R)
        wording = text[a:b].lower()
        key = (label, stance, wording if label == "other" else "")
        if key in seen:
            continue
        seen.add(key)
        cue = _reject_cue(text, seg, a, R)
        wa = a if cue is None else cue
        _add(doc, "characterization", wa, b, rule + (".rejected" if stance == "rejects" else ""),
             label=label, stance=stance, anaphoric=bool(_ANAPHOR.search(text, max(seg.start, a - 30), b)))


_GROUPS = ("labels", "acts", "responsibility", "legal_action")
_WORD = re.compile(r"[A-Za-z]+")
_NONE: list[tuple[str, str]] = []


def _triggered(text: str, starts: list[int], R: _Rules) -> dict[str, set[int]]:
    """Per family, the sentences holding one of its trigger words (one pass over the words of the text)."""
    out: dict[str, set[int]] = {g: set() for g in _GROUPS}
    stems = R.trigger_stems
    kinds = _trigger_groups.of(R)  # word -> the families whose trigger stems begin it
    low = lowered(text)
    if low is not None and "\u212a" not in text:  # the Kelvin sign would lower to a letter
        letters = _letter_runs(low, starts)
        if letters is not None:
            for si, (a, b) in enumerate(_sentence_ranges(starts, len(low))):
                for w in letters[a:b].split():
                    groups = kinds.get(w)
                    if groups is None:
                        groups = kinds[w] = _word_groups(w, stems)
                    for group in groups:
                        out[group].add(si)
            return out
        words = ((m.start(), m.group()) for m in R.trigger_words.finditer(low))  # only runs led by a key
    else:
        words = ((m.start(), m.group().lower()) for m in _WORD.finditer(text))
    for start, w in words:
        groups = kinds.get(w)
        if groups is None:
            groups = kinds[w] = _word_groups(w, stems)
        if groups:
            si = max(0, bisect.bisect_right(starts, start) - 1)
            for group in groups:
                out[group].add(si)
    return out


def _word_groups(w: str, stems: dict[str, list[tuple[str, str]]]) -> tuple[str, ...]:
    """The families whose trigger stems begin the lower-cased word ``w`` (a stem shorter than 4 letters
    keyed by itself: a word shorter than 3 letters must equal it)."""
    head4, head3 = stems.get(w[:4]), stems.get(w[:3])
    if head4 is None and head3 is None:
        return ()
    return tuple(dict.fromkeys(group for stem, group in (head4 or _NONE) + (head3 or _NONE) if w.startswith(stem)))


# bytes -> the same byte for a-z, a space for any other: the runs of a-z letters of an encoded text, split apart
_LETTERS_ONLY = bytes(c if 97 <= c <= 122 else 32 for c in range(256))


def _letter_runs(low: str, starts: list[int]) -> str | None:
    """``low`` with every character but a-z a space (offsets kept), so that splitting a sentence's stretch
    gives its runs of a-z letters, what ``R.trigger_words`` scans for (a run no key leads has no families);
    ``None`` when the sentence starts do not rise or a run straddles one (then the scan reads the text)."""
    letters = low.encode("ascii", "replace").translate(_LETTERS_ONLY).decode("ascii")
    for i in range(1, len(starts)):
        s = starts[i]
        if s <= starts[i - 1] or s > len(letters) or (s < len(letters) and letters[s - 1] != " " and letters[s] != " "):
            return None
    return letters if starts else None


def _sentence_ranges(starts: list[int], n: int) -> list[tuple[int, int]]:
    """Per sentence, the stretch of text whose words the sentence holds: from its start to the next one's
    (the first from 0, the last to ``n``), as ``bisect_right(starts, offset) - 1`` maps an offset."""
    bounds = [0, *starts[1:], n]
    return [(bounds[i], bounds[i + 1]) for i in range(len(starts))]


_trigger_groups: OwnedCache[tuple[str, ...]] = OwnedCache(WORD_KINDS_KEPT)


def characterize(doc: Doc) -> Doc:
    """Find characterization-family mentions sentence by sentence (layer "characterizations")."""
    R = rules()
    doc.spans[LAYER] = []
    text = doc.text
    starts = [s.start for s in doc.sentences]
    hits = _triggered(text, starts, R)
    label_sents, act_sents, resp_sents, legal_sents = (hits[g] for g in _GROUPS)
    for i, seg in enumerate(doc.sentences):
        labels = _label_hits(text, seg, R) if i in label_sents else []
        if i not in act_sents or not _recognition(doc, seg, labels, R):
            if labels:
                _characterizations(doc, seg, labels, R)
        if i in resp_sents:
            _resp(doc, seg, R)
        if i in legal_sents:
            _legal(doc, seg, R)
    doc.spans[LAYER].sort(key=lambda m: (m.start, m.end))
    return doc


component = Component(name="characterize", func=characterize, requires=("sentences", "paragraphs"), assigns=(LAYER,))


# --- claims ------------------------------------------------------------------------------------


def _author(doc: Doc) -> Attribution:
    name = author_name(doc.source.author, doc.source.publisher)
    return Attribution(name=name, kind="author", rule="default.author")


def _attr_mention(doc: Doc, seg: Segment) -> Attribution | None:
    for m in doc.spans.get("attributions", []):
        if seg.start <= m.start and m.end <= seg.end:
            name = m.data.get("name") or doc.text[m.start:m.end]
            kind = m.label if m.label in ("cited", "quoted") else "cited"
            return Attribution(name=name, kind=cast(AttributionKind, kind), start=m.data.get("name_start", m.start),
                               end=m.data.get("name_end", m.end), rule=m.rule)
    return None


PRONOUN_LOOKBACK = 3  # sentences searched back for the name a pronoun speaker stands for


def _is_pronoun(name: str, R: _Rules) -> bool:
    """A speaker that names nobody ("he", "it", "who", a weekday): look back for the name."""
    low = name.lower().strip()
    return low in R.pronouns or low in _MONTHS or low.split(" ")[0] in R.pronouns_possessive


def _quoted_speaker(doc: Doc, offset: int) -> Attribution | None:
    """The speaker of a quotation holding ``offset`` that no cue of its own sentence names
    ('X said: "... They attacked ... ."'), from the attribution layer (``quote_speaker``)."""
    m = quote_speaker(doc, offset)
    if m is None:
        return None
    return Attribution(name=m.data["name"], kind="quoted", start=m.data["name_start"], end=m.data["name_end"],
                       rule="quote:" + m.rule)


def _full_name(doc: Doc, attr: Attribution) -> Attribution:
    """An anaphoric speaker ("the report") under the name it stands for (``resolve_anaphor``), a
    title under the person named with it before (``resolve_role``), an acronym ("the ICRC") under the
    full name the document gives it (``resolve_acronym``), a possessive body ("X's armed forces") under
    its proper name in the text (``proper_body_name``)."""
    if attr.kind == "author":
        return attr
    text = doc.text
    if attr.start is not None and attr.end is not None and text[attr.start:attr.end] == attr.name:
        m = (resolve_anaphor(doc, attr.start, attr.end) or resolve_role(doc, attr.name, attr.start)
             or resolve_title(doc, attr.name, attr.start))
        if m is not None:
            attr = attr.model_copy(update={"name": m.data["name"], "start": m.data["name_start"], "end": m.data["name_end"]})
    span = resolve_acronym(text, attr.name)
    if span is None and attr.start is not None and attr.end is not None and text[attr.start:attr.end] == attr.name:
        span = proper_body_name(text, attr.start, attr.end)  # "X's armed forces" -> "the Xian Armed Forces"
    if span is None:
        return attr
    return attr.model_copy(update={"name": text[span[0]:span[1]], "start": span[0], "end": span[1]})


def _speaker_attr(sp: Speaker) -> Attribution:
    return Attribution(name=sp[0], kind="cited", start=sp[1], end=sp[2], rule=sp[3])


INTERVIEW_MIN_QUESTIONS = 3


def _is_question(text: str, par: Segment) -> bool:
    """A paragraph that ends with a question mark (in an interview: the interviewer's voice)."""
    return text[par.start:par.end].rstrip().rstrip(_QUOTES + ")").endswith("?")


# "he said", "they told": a pronoun that speaks (led by a look-ahead on its first letters: a sentence is passed over
# at C speed instead of being tried at every word)
_PRONOUN_SAID = _rx(r"\b(?:he|she|it|they)\s+(?:said|added|says|claimed|told)\b", _F)


def _carries(text: str, seg: Segment) -> bool:
    s = text[seg.start:seg.end]
    return any(q in s for q in _QUOTES) or bool(_PRONOUN_START.match(s)) or bool(_PRONOUN_SAID.search(s))


def _nearest_speaker(text: str, seg: Segment, pos: int, R: _Rules) -> Attribution | None:
    """With two speakers in one sentence ('A blamed X, while B said ...'), the last one named before ``pos``."""
    said = subject_speakers(text, seg, R)
    if len({s[0] for s in said}) < 2:
        return None
    before = [s for s in said if s[2] <= pos]
    return _speaker_attr(before[-1]) if before else None


def _opens_quote(text: str, seg: Segment) -> bool:
    """A sentence that opens with a quotation mark: a quote that may go on from the previous paragraph's speaker."""
    return text[seg.start:seg.end].lstrip()[:1] in _QUOTES


def characterization_claims(doc: Doc, extractor: str = "") -> list[ClaimIn]:
    """Claims of the characterization family from the "characterizations" layer.

    doc (Doc): a document annotated by the pipeline (after "characterize"; after "assemble"
        when figure claims should be referenced).
    extractor (str): the extractor version recorded on every claim.
    RETURNS (list[ClaimIn]): one claim per mention, in text order; evidence = the sentence,
        ``wording`` = the mention's words, ``extra["near_claim"]`` = index in ``doc.claims``
        of the nearest figure claim of the same paragraph (or absent).
    """
    R = rules()
    text = doc.text
    sents = doc.sentences
    starts = [s.start for s in sents]
    pars = doc.paragraphs
    par_starts = [p.start for p in pars]
    sent_speaker: dict[int, Attribution] = {}
    first_place: dict[int, Mention | None] = {}
    out: list[ClaimIn] = []
    fig_claims = [(i, c) for i, c in enumerate(doc.claims) if c.type not in KINDS]
    doc_place = _dominant_place(fig_claims)
    questions = sum(1 for p in pars if _is_question(text, p))
    interviewer = Attribution(name="the interviewer", kind="author", rule="default.interviewer") \
        if questions >= INTERVIEW_MIN_QUESTIONS else None
    for m in doc.spans.get(LAYER, []):
        si = max(0, bisect.bisect_right(starts, m.start) - 1)
        seg = sents[si] if sents else Segment(0, len(text))
        pi = max(0, bisect.bisect_right(par_starts, seg.start) - 1)
        par = pars[pi] if pars else seg
        sp = m.data.get("speaker")
        if sp:
            attr = _speaker_attr(cast(Speaker, tuple(sp)))
        else:
            if si not in sent_speaker:
                own = sentence_speaker(text, seg, R)
                found = _speaker_attr(own) if own else _attr_mention(doc, seg)
                pronoun = found is not None and _is_pronoun(found.name, R)
                if pronoun or (found is None and _carries(text, seg)):
                    # '"...," he said': the quotation's speaker, resolved by the attribution layer, else a look back
                    quoted = _quoted_speaker(doc, m.start) if pronoun else None
                    found = quoted if quoted is not None and not _is_pronoun(quoted.name, R) else None
                    for j in range(si - 1, max(-1, si - PRONOUN_LOOKBACK - 1), -1) if found is None else ():
                        if sents[j].end <= par.start and not pronoun and not _opens_quote(text, seg):
                            break
                        prev = sentence_speaker(text, sents[j], R)
                        cand = _speaker_attr(prev) if prev else _attr_mention(doc, sents[j])
                        if cand and not _is_pronoun(cand.name, R):
                            found = cand.model_copy(update={"rule": "paragraph:" + cand.rule})
                            break
                if found is not None:
                    sent_speaker[si] = found
            attr = sent_speaker.get(si) or _quoted_speaker(doc, m.start) or (
                interviewer if interviewer and _is_question(text, par) else _author(doc))
            if attr.rule == "speaker.x_said":
                attr = _nearest_speaker(text, seg, m.start, R) or attr
        attr = _full_name(doc, attr)
        d = m.data.get("date")
        date = DateValue(start=d["start"], end=d["end"], precision=d["precision"], text=text[d["char_start"]:d["char_end"]],
                         char_start=d["char_start"], char_end=d["char_end"], rule=d["rule"]) if d else DateValue()
        place = PlaceValue()
        if si not in first_place:  # the sentence's first place, looked for once per sentence
            first_place[si] = next((pm for pm in doc.spans.get("places", [])
                                    if seg.start <= pm.start and pm.end <= seg.end), None)
        pm = first_place[si]
        if pm is not None:
            kw = {k: pm.data.get(k) for k in _PLACE_KEYS}
            kw["precision"] = kw.get("precision") or pm.label
            place = PlaceValue(**kw, char_start=pm.start, char_end=pm.end, rule=pm.rule)
        extra: dict[str, object] = {"paragraph": pi}
        near = [(abs(c.evidence.start - seg.start), i) for i, c in fig_claims
                if par.start <= c.evidence.start < par.end]
        if near:
            extra["near_claim"] = min(near)[1]
            ev = doc.claims[min(near)[1]].evidence
            extra["near_span"] = [ev.start, ev.end]
        if not (place.name or place.text):
            # the incident's place, for linking: the nearest figure claim of the paragraph, else the document's
            if near and (doc.claims[min(near)[1]].place.name or doc.claims[min(near)[1]].place.text):
                src = doc.claims[min(near)[1]].place
                place = src.model_copy(update={"rule": "paragraph:near_claim:" + src.rule.split(":")[-1]})
            elif doc_place is not None:
                place = doc_place
        if m.data.get("body"):
            extra["body"] = m.data["body"]
        if m.data.get("counts"):
            extra["counts"] = m.data["counts"]
        if m.data.get("anaphoric"):
            extra["anaphoric"] = True
        out.append(ClaimIn(
            type=m.label, date=date, place=place, attributed_to=attr,
            evidence=Span(start=seg.start, end=seg.end, text=text[seg.start:seg.end]),
            confidence=0.5 if attr.kind == "author" else 0.6, extractor=extractor, type_rule=m.rule,
            label=m.data.get("label"), wording=text[m.start:m.end], stance=m.data.get("stance", "asserts"),
            perpetrator=m.data.get("perpetrator"), action=m.data.get("action"), extra=extra,
        ))
    return _merge_repeats(out)


def _dominant_place(fig_claims: list[tuple[int, ClaimIn]]) -> PlaceValue | None:
    """The place most of the document's figure claims share (None when no place has a majority)."""
    counts: dict[str, tuple[int, PlaceValue]] = {}
    for _, c in fig_claims:
        key = _norm(c.place.name or c.place.text)
        if key:
            n, first = counts.get(key, (0, c.place))
            counts[key] = (n + 1, first)
    if not counts:
        return None
    n, best = max(counts.values(), key=lambda x: x[0])
    if n * 2 <= sum(v[0] for v in counts.values()):
        return None
    return best.model_copy(update={"rule": "document:figure_claims", "char_start": None, "char_end": None})


_NON_WORDS = re.compile(r"\W+")
_ARTICLE = re.compile(r"^(?:the|a|an)\s+")


@lru_cache(maxsize=4096)  # the merge keys ask for the same names and words again and again
def _norm(s: str | None) -> str:
    return _ARTICLE.sub("", _NON_WORDS.sub(" ", (s or "").lower()).strip())


def _scope(c: ClaimIn) -> str:
    """Where repeats count as the same claim: the same named place (for responsibility a locality or district),
    else the same paragraph."""
    inherited = c.place.rule.startswith(("paragraph:", "document:"))
    # in a responsibility claim a country is often the party itself, not the incident's place
    broad = c.type == "responsibility" and c.place.precision in ("country", "region")
    if (c.place.name or c.place.text) and not inherited and not broad:
        return "place:" + _norm(c.place.name or c.place.text)
    return f"paragraph:{c.extra.get('paragraph', '')}"


def _head(wording: str | None) -> str:
    """The last word, lower-cased ("these brutal crimes" -> "crimes")."""
    words = _norm(wording).split()
    return words[-1] if words else ""


def _merge_repeats(claims: list[ClaimIn]) -> list[ClaimIn]:
    """One claim per distinct (family, label, stance, party, action, body, attribution) in a document.

    Later mentions of the same claim are kept as spans in ``extra["more_evidence"]``.
    """
    first: dict[tuple[str, ...], ClaimIn] = {}
    out: list[ClaimIn] = []
    for c in claims:
        if c.type not in MERGE_KINDS:
            out.append(c)
            continue
        if c.extra.pop("anaphoric", False):  # "these crimes": the words point back to a label already applied
            earlier = [o for o in out if o.type == c.type and o.label == c.label and o.stance == c.stance
                       and (c.label != "other" or _head(o.wording) == _head(c.wording))]
            if earlier:
                more = earlier[-1].extra.setdefault("more_evidence", [])
                assert isinstance(more, list)
                more.append([c.evidence.start, c.evidence.end])
                continue
        key = (c.type, c.label or "", c.stance, _norm(c.perpetrator), c.action or "", str(c.extra.get("body") or ""),
               _norm(c.attributed_to.name), _norm(c.wording) if c.label == "other" else "",
               _scope(c) if c.type in PLACE_SCOPED else "")
        if key in first:
            more = first[key].extra.setdefault("more_evidence", [])
            assert isinstance(more, list)
            more.append([c.evidence.start, c.evidence.end])
            continue
        first[key] = c
        out.append(c)
    return out
