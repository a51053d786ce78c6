"""Place mentions (component "places", layer "places").

Finds capitalised names that the gazetteer knows, and names the text itself marks as places
("the village of X", "X district"), then resolves each to one gazetteer entry:

1. **Candidates.** Runs of capitalised tokens (joined by spaces, hyphens or article connectors
   such as "al-", "es") are matched greedily, longest first, against the gazetteer index.
2. **Country focus.** Countries named in the text and the countries of unambiguous, confident
   candidates form the document's focus; entries in focus countries score higher.
3. **Scoring.** Each entry scores by population (or kind: district, region, country), focus,
   cue words ("in", "near", "village of", "X district") and nearness to other resolved places.
   Candidates that are common English words, start a sentence, or sit inside a longer proper-noun
   run (a person's or an organisation's name) must score higher to be kept.
4. **Unknown places.** A cued name the gazetteer does not know is kept with its text, resolved to
   the containing district/region when the text names it right after ("X village, Y district"),
   else with precision "unresolved".

Every mention's ``data`` holds the keys of ``models.PlaceValue`` except the offsets and rule:
text, name, geonameid, country, admin1, lat, lon, precision. ``place_for(doc, start, end)``
picks the place a claim in ``[start, end)`` should take.
"""

from __future__ import annotations

import collections
import functools
import gzip
import itertools
import json
import math
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

import regex

from claimledger.extract import PACKAGE_DIR
from claimledger.extract.base import Component, Doc, Mention, OwnedCache
from claimledger.extract.fastre import fold, gate_strings, holds_any, lower_pattern, lowered
from claimledger.extract.gazetteer import (
    DATA_DIR,
    GazEntry,
    Gazetteer,
    get_gazetteer,
    normalize,
)
from claimledger.extract.segment import bullets
from claimledger.extract.twin import twin

RULES_DIR = PACKAGE_DIR / "rules"
PRECISION_RANK = {"locality": 0, "district": 1, "region": 2, "country": 3, "unresolved": 4}
KIND_OF_PRECISION = {"locality": "P", "district": "A2", "region": "A1"}
MAX_NGRAM = 6


@functools.cache
def rules() -> dict[str, Any]:
    with open(RULES_DIR / "places.json", encoding="utf-8") as f:
        return json.load(f)


@functools.cache
def common_words() -> frozenset[str]:
    """Frequent lower-case English dictionary words (see ``claimledger/data/ATTRIBUTION.md``)."""
    with gzip.open(DATA_DIR / "common_words_en.txt.gz", "rt", encoding="utf-8") as f:
        return frozenset(w.strip() for w in f if w.strip())


@functools.cache
def demonym_keys() -> frozenset[str]:
    """Demonyms as place keys: the bundled list's forms (an entry may join two with "," or "/":
    "Bosnian,Herzegovinian") and rules ``extra_demonyms`` (the forms English text uses that it lacks)."""
    with open(DATA_DIR / "demonyms.json", encoding="utf-8") as f:
        data = json.load(f)
    forms = [part for names in data.values() for d in names for part in regex.split(r"[,/]", d)]
    forms += rules().get("extra_demonyms", [])
    return frozenset(normalize(d) for d in forms if d.strip())


_LETTER = r"[\p{L}\p{M}]"
_TOKEN = regex.compile(
    r"(?<![\p{L}\p{M}\p{N}])(?:(?:al|el|as|ash|ad|ar|at|az|an|ed|er|es|et|ez|en)[-‐]|(?:al|el)\s(?=\p{Lu}))?"
    r"\p{Lu}[\p{L}\p{M}'’ʼʻ]*(?:[-‐][\p{L}\p{M}'’ʼʻ]+)*(?![\p{N}])"
)
_POSSESSIVE = twin(r"['’]s?$")
# _TOKEN without its optional article prefix: led by a capital, so the scan skips ahead fast
_CAPITALISED = regex.compile(r"(?<![\p{L}\p{M}\p{N}])\p{Lu}[\p{L}\p{M}'’ʼʻ]*(?:[-‐][\p{L}\p{M}'’ʼʻ]+)*(?![\p{N}])")
# _CAPITALISED for a text of ASCII characters only, where its classes hold no other characters than these (letters
# A-Z and a-z, digits 0-9, no marks; of the apostrophes and hyphens, "'" and "-"): re's scan skips at C speed to
# each capital, and the look-behind read after it (two characters back: the one before the capital) is the same
_CAPITALISED_ASCII = re.compile(r"[A-Z](?<![A-Za-z0-9][A-Z])[A-Za-z']*(?:-[A-Za-z']+)*(?![0-9])")
_ARTICLE_PREFIXES = frozenset({"al", "el", "as", "ash", "ad", "ar", "at", "az", "an", "ed", "er", "es", "et", "ez", "en"})
_SPACED_PREFIXES = ("al", "el")
_WORD_CHAR = twin(r"[\p{L}\p{M}\p{N}]")
_SPACE_CHAR = twin(r"\s")


def _tokens(text: str) -> list[tuple[int, int]]:
    """The ``(start, end)`` of every ``_TOKEN`` match, in order, found faster: capitalised words are
    scanned for without the optional article prefix, which is then read before each one ("al-", "ash-",
    "al "). A prefix starts where no letter, mark or digit precedes it and not inside the token before."""
    out: list[tuple[int, int]] = []
    prev_end = 0
    for m in (_CAPITALISED_ASCII if text.isascii() else _CAPITALISED).finditer(text):
        q, end = m.span()
        start = q
        if q >= 3:
            sep = text[q - 1]
            if sep in "-‐":
                for p0 in (q - 3, q - 4):
                    if p0 >= max(prev_end, 0) and text[p0 : q - 1] in _ARTICLE_PREFIXES and (
                            p0 == 0 or not _WORD_CHAR.match(text, p0 - 1)):
                        start = p0
                        break
            elif text[q - 3 : q - 1] in _SPACED_PREFIXES and q - 3 >= prev_end and _SPACE_CHAR.match(text, q - 1) and (
                    q == 3 or not _WORD_CHAR.match(text, q - 4)):
                start = q - 3
        out.append((start, end))
        prev_end = end
    return out


@dataclass(slots=True)
class _Token:
    start: int
    end: int

    def __init__(self, start: int, end: int) -> None:
        # written out, not generated: in the compiled build a dataclass's generated __init__ runs as Python
        self.start = start
        self.end = end


@dataclass(slots=True)
class _Candidate:
    start: int
    end: int  # end of the name (without a suffix cue word)
    span_end: int  # end of the mention (with a suffix cue word such as "district")
    key: str
    rows: list[int]
    cue: str | None = None  # precision implied by a cue word, or "" for a bare preposition
    strong_prep: bool = False
    partial: bool = False
    initial: bool = False
    common: bool = False
    titled: bool = False
    alt: frozenset[int] = frozenset()  # rows matched only through an alternate name
    vote: tuple[str, float] | None = None  # this candidate's own vote for the country focus
    container: bool = False  # "X district, Y." / "X (Y, Z)": Y names the area X lies in
    modifier: bool = False  # "Donetsk People's Republic", "Gaza Health Ministry": part of a longer name
    propagated: bool = False  # an unknown name cued elsewhere in the text
    inflected: bool = False  # a case form of a place the text names ("Buchi" beside "Bucha")
    settlement: bool = False  # an unknown name a settlement word marks ("the village of X", "X town")
    rest_end: int | None = None  # end of the name words its run goes on with past the known ones ("Ceel" of "Ceel Waaq")
    scores: dict[int, float] = field(default_factory=dict)
    base_scores: dict[int, float] = field(default_factory=dict)
    entries: list[tuple[int, GazEntry]] = field(default_factory=list)

    def __init__(self, start: int, end: int, span_end: int, key: str, rows: list[int], cue: str | None = None,
                 strong_prep: bool = False, partial: bool = False, initial: bool = False, common: bool = False,
                 titled: bool = False, alt: frozenset[int] = frozenset(), vote: tuple[str, float] | None = None,
                 container: bool = False, modifier: bool = False, propagated: bool = False, inflected: bool = False,
                 settlement: bool = False, rest_end: int | None = None) -> None:
        # written out, not generated: in the compiled build a dataclass's generated __init__ runs as Python
        # (the dict and list fields start empty, as their default factories give)
        self.start = start
        self.end = end
        self.span_end = span_end
        self.key = key
        self.rows = rows
        self.cue = cue
        self.strong_prep = strong_prep
        self.partial = partial
        self.initial = initial
        self.common = common
        self.titled = titled
        self.alt = alt
        self.vote = vote
        self.container = container
        self.modifier = modifier
        self.propagated = propagated
        self.inflected = inflected
        self.settlement = settlement
        self.rest_end = rest_end
        self.scores = {}
        self.base_scores = {}
        self.entries = []


def _alternation(words: Iterable[str]) -> str:
    """``words`` escaped, longest first, as one alternation (the longest of two cues that share a start wins)."""
    return "|".join(sorted((regex.escape(w) for w in words), key=len, reverse=True))


@functools.cache
def _compiled() -> dict[str, Any]:
    r = rules()
    prefix = {k: v for k, v in r["prefix_cues"].items() if not k.startswith("_")}
    suffix = {k: v for k, v in r["suffix_cues"].items() if not k.startswith("_")}
    alt = "|".join(sorted((regex.escape(k) for k in prefix), key=len, reverse=True))
    preps = "|".join(sorted(r["prepositions"], key=len, reverse=True))
    return {
        "prefix": prefix,
        "suffix": suffix,
        # cues that end the text before a name, matched from the end (regex's reverse mode): one
        # try at the end instead of a search from every position; same spans and groups
        "prefix_re": regex.compile(rf"(?ri)\b(?:the\s+)?({alt})\s+(?:the\s+)?$"),
        "prep_re": regex.compile(rf"(?ri)\b({preps})\s+(?:the\s+|a\s+)?$"),
        "prep_ends": tuple(p.lower() for p in r["prepositions"]),  # (``_prep_before``: plain words, not patterns)
        "suffix_re": twin(
            r"(?i)^[ \t]*,?[ \t]*(" + "|".join(sorted((regex.escape(k) for k in suffix), key=len, reverse=True)) + r")\b"
        ),
        # the first letters of every suffix cue (``suffix_head_len`` of them: three, fewer when a cue is shorter;
        # None when one is not ASCII): a quick "no" for suffix_re
        "suffix_heads": frozenset(k[:_suffix_head_len(suffix)].lower() for k in suffix) if all(k.isascii() for k in suffix) else None,
        "suffix_head_len": _suffix_head_len(suffix),
        "connectors": frozenset(r["connectors"]),
        # " of ": the gaps a gazetteer connector makes between two capitalised words (one set lookup per gap)
        "gazetteer_gaps": frozenset(f" {w} " for w in r.get("gazetteer_connectors", [])),
        "articles": tuple(a + " " for a in r["article_prefixes"]),
        "article_set": frozenset(r["article_prefixes"]),
        "facility": frozenset(r["facility_words"]),
        "facility_follow": frozenset(r["facility_follow_words"]),
        "affix": frozenset(r["affix_words"]["words"]),
        "titles": frozenset(r["title_words"]),
        "never": frozenset(r["never_places"]),
        "adjective_re": twin(r"(?:" + "|".join(r["adjective_suffixes"]) + r")$"),
        "strong": frozenset(r["strong_prepositions"]),
        "opening_preps": frozenset(r["strong_prepositions"]) | frozenset(r["unknown_place_prepositions"]),
        "unknown_preps": frozenset(r["unknown_place_prepositions"]),
        "feature_name_heads": frozenset(r.get("feature_name_heads", [])),
        "th": r["thresholds"],
        "clause_words": frozenset(r["clause_words"]),
        "settlement": frozenset(r["settlement_cues"]),
        "group_head_re": twin(r"[ \t]+(?:" + "|".join(r.get("group_heads", [])) + r")\b") if r.get("group_heads") else None,
        # "Task Force X", "OPERATION X": capitalised words of a unit's name before the place, matched from the end
        "unit_name_re": regex.compile(r"(?ri)(?<![\p{L}\p{M}])(?=(?-i:\p{Lu}))(?:"
                                      + "|".join(w.replace(" ", r"[ \t]+") for w in r.get("unit_name_before", []))
                                      + r")[ \t]+$") if r.get("unit_name_before") else None,
        # the last words of those names, lower-cased, when all are plain words (``_unit_name_before``)
        "unit_name_ends": tuple(w.split()[-1].lower() for w in r.get("unit_name_before", []))
        if all(re.fullmatch(r"[A-Za-z]+(?: [A-Za-z]+)*", w) for w in r.get("unit_name_before", [])) else None,
    }


SUFFIX_HEAD = 3  # leading letters of the suffix cues that tell most texts "no" before their regex


def _suffix_head_len(suffix: dict[str, str]) -> int:
    """How many first letters of every suffix cue ``_suffix_match`` compares: ``SUFFIX_HEAD``, fewer for a shorter cue."""
    return min([SUFFIX_HEAD] + [len(k) for k in suffix])


def _suffix_match(after: str) -> Any:
    """``suffix_re`` matched on ``after`` (the text right after a name); a text whose first word after
    the optional comma begins with no cue's first (ASCII) letters is told "no" without the regex."""
    c = _compiled()
    heads = c["suffix_heads"]
    if heads is not None:
        rest = after.lstrip(" \t")
        if rest[:1] == ",":
            rest = rest[1:].lstrip(" \t")
        head = rest[: c["suffix_head_len"]]
        if head.isascii() and head.lower() not in heads:
            return None
    return c["suffix_re"].match(after)


_PARTICIPLE_COMPOUND = twin(r"[-‐](?:\p{Ll}+ed|held|led|run|based|backed|born|bound|wide|made|style|era)$")


def _known_joined(text: str, cur: list[_Token], tok: _Token, gaz: Gazetteer | None) -> bool:
    """True when the gazetteer knows the name the run's last word (or last two) and ``tok`` make through
    the words between them ("Port of Spain": joined by a word of rules ``gazetteer_connectors``)."""
    if gaz is None:
        return False
    index = gaz.index
    return any(normalize(text[t.start : tok.end]) in index for t in cur[-2:])


def _runs(text: str, gaz: Gazetteer | None = None) -> list[list[_Token]]:
    """Capitalised tokens grouped into proper-noun runs ("Khan Sheikhoun", "Dar es Salaam", and "Port of
    Spain" when ``gaz`` knows it)."""
    connectors = _compiled()["connectors"]
    gaz_gaps = _compiled()["gazetteer_gaps"]
    never = _compiled()["never"]
    opening_preps = _compiled()["opening_preps"]
    runs: list[list[_Token]] = []
    cur: list[_Token] = []
    for m_start, m_end in _tokens(text):
        g = text[m_start:m_end]
        if ("-" in g or "‐" in g) and _PARTICIPLE_COMPOUND.search(g):
            # "Houthi-controlled", "Kyiv-based", "rebel-held": an adjective, not a name
            if cur:
                runs.append(cur)
                cur = []
            continue
        if g.lower() in opening_preps and _is_initial(text, m_start):
            # "In Giyani, ...", "Near Tawila, ...": the capitalised preposition opens the sentence, not
            # the name, also when a run of the sentence before is still open ("Armed groups did X. In Y")
            if cur:
                runs.append(cur)
                cur = []
            continue
        tok = _Token(m_start, m_end)
        if cur:
            gap = text[cur[-1].end : tok.start]
            if gap == " " or gap == "-" or (
                gap.startswith(" ") and gap.endswith(" ") and len(gap) < 8
                and (gap.strip().lower() in connectors or all(w in connectors for w in gap.lower().split()))
                and g.lower() not in never  # "Kramatorsk on April 8": a date, not "X on Y"
                and (gap.strip() != "as" or normalize(text[cur[-1].start : cur[-1].end]) not in demonym_keys())
                # "known in Russian as X": a language, then the name
            ) or (gap in gaz_gaps and _known_joined(text, cur, tok, gaz)):
                cur.append(tok)
                continue
            runs.append(cur)
        cur = [tok]
    if cur:
        runs.append(cur)
    return runs


def _acronym_in_mixed_line(text: str, start: int, end: int) -> bool:
    """True when ``text[start:end]`` is one word in capitals on a line that is not all capitals ("Office of
    the Spokesman, ABCMIS, Main Street, Lomé"): an organisation's acronym, not a place the gazetteer lacks."""
    surface = text[start:end]
    if " " in surface or not surface.isupper():
        return False
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line = text[line_start : line_end if line_end >= 0 else len(text)]
    return not line.isupper()


def _is_initial(text: str, start: int) -> bool:
    """True when ``start`` begins a sentence, a line or a quotation."""
    j = start - 1
    while j >= 0 and text[j] in " \t\"“‘'«(":
        j -= 1
    return j < 0 or text[j] in "\n.!?:;…"


@functools.lru_cache(maxsize=16384)  # small, as gazetteer.normalize's: flat worker memory (issue 6)
def _norm_surface(surface: str) -> str:
    return normalize(_POSSESSIVE.sub("", surface))


LOOKUPS_KEPT = 16384  # surfaces whose lookup is kept (the runs of a corpus repeat their names)
_looked_up: OwnedCache[tuple[str, list[int], frozenset[int]]] = OwnedCache(LOOKUPS_KEPT)


def _lookup_key(gaz: Gazetteer, surface: str) -> tuple[str, list[int], frozenset[int]]:
    """The lookup key of a surface, its rows and those of them matched only through an alternate name,
    the leading article dropped when only the rest is known ("al Fallujah"). ``_candidates`` keeps them
    per surface for the current gazetteer (``_looked_up``) and its candidates share them: read the rows,
    do not change them."""
    key = _norm_surface(surface)
    pairs = gaz.rows_with_alt(key)
    if not pairs:
        first, _, rest = key.partition(" ")
        if rest and first in _compiled()["article_set"]:
            pairs = gaz.rows_with_alt(rest)
            if pairs:
                key = rest
    if not pairs:
        for variant in _spelling_variants(key):
            pairs = gaz.rows_with_alt(variant)
            if pairs:
                # "Djakovica" for the gazetteer's "Đakovica" (folded "dakovica"): another spelling of one letter
                return variant, [r for r, _ in pairs], frozenset(r for r, a in pairs if a)
    return key, [r for r, _ in pairs], frozenset(r for r, a in pairs if a)


@functools.cache
def _variant_pairs() -> tuple[tuple[str, str], ...]:
    return tuple((a, b) for a, b in rules().get("spelling_variants", []))


def _spelling_variants(key: str) -> list[str]:
    """The key with a letter group spelt another way (rules ``spelling_variants``: "dj" for a folded "Đ"),
    for a name the gazetteer lacks as written; none when the key holds no such group."""
    return [key.replace(a, b) for a, b in _variant_pairs() if a in key]


_BULLETS = frozenset(bullets())
_BULLET = "[" + "".join(regex.escape(c) for c in bullets()) + "]"  # one bullet (rules ``bullets``) as a character class
_ITEM_DATE = twin(r",[^\S\n]*(?:\d{1,2}(?:[^\S\n]*[-–][^\S\n]*\d{1,2})?[^\S\n]+\p{Lu}\p{Ll}+|\p{Lu}\p{Ll}+[^\S\n]+\d{1,2})"
                           r"(?:[^\S\n]*,?[^\S\n]*\d{4})?[^\S\n]*:")


# a list item's date before its place ("- 2 May, X: ...", "• May 2, 2019, X: ..."): from the line's start to the place
_ITEM_DATE_BEFORE = twin(r"(?:^|\n)[^\S\n]*(?:" + _BULLET + r"[^\S\n]+)?"
                                  r"(?:\d{1,2}(?:[^\S\n]*[-–][^\S\n]*\d{1,2})?[^\S\n]+\p{Lu}\p{Ll}+|\p{Lu}\p{Ll}+[^\S\n]+\d{1,2})"
                                  r"(?:[^\S\n]*,?[^\S\n]*\d{4})?[^\S\n]*,[^\S\n]*$")
def _list_item_place(text: str, run: list[_Token]) -> bool:
    """True for a capitalised run that opens a bulleted list item and is followed by a date and a colon
    ("- Gumuruk, 27 April: ..."), or that follows the date opening a line and is followed by a colon
    ("- 27 April, Gumuruk: ..."): the place of the incident the item tells."""
    j = run[0].start - 1
    while j >= 0 and text[j] in " \t":
        j -= 1
    if j < 0:
        return False
    if text[j] == ",":
        k = run[-1].end  # (the colon first: most names after a comma have none after them)
        while text[k : k + 1] in (" ", "\t"):
            k += 1
        return text[k : k + 1] == ":" and _ITEM_DATE_BEFORE.search(text, max(0, run[0].start - 40), run[0].start) is not None
    if text[j] not in _BULLETS or j == run[0].start - 1:
        return False
    j -= 1
    while j >= 0 and text[j] in " \t":
        j -= 1
    return (j < 0 or text[j] == "\n") and bool(_ITEM_DATE.match(text, run[-1].end))


def _candidates(text: str, gaz: Gazetteer, runs: list[list[_Token]]) -> list[_Candidate]:
    c = _compiled()
    common = common_words()
    demonyms = demonym_keys()
    out: list[_Candidate] = []
    first_words = gaz.first_words
    facility = c["facility"]
    never = c["never"]
    looked_up = _looked_up.of(gaz)  # (taken once per text: a text adds at most its own surfaces past the limit)
    for run in runs:
        n = len(run)
        j = 0
        if n >= 2 and normalize(text[run[-1].start : run[-1].end]) in facility:
            # "Ain Assad Air Base", "Gire Zendura Hill": a named facility or landmark is a place as a whole
            key = _norm_surface(text[run[0].start : run[-1].end])
            if not gaz.rows_for(key):
                out.append(_Candidate(start=run[0].start, end=run[-1].end, span_end=run[-1].end, key=key, rows=[],
                                      cue="locality", strong_prep=True))
                continue
        after = run[-1].end
        feature = (_feature_suffix().match(text, after)
                   if text[after : after + 1] in " \t" and text[after + 1 : after + 2] in _feature_heads() else None)
        if feature is not None and not _is_acronym(text[run[0].start : run[0].end]):
            # "the Boni forest", "Kitholhu landing site": a site named after X, not a town X elsewhere
            key = _norm_surface(text[run[0].start : run[-1].end])
            if key not in never and not common_words().issuperset(key.split()):
                out.append(_Candidate(start=run[0].start, end=run[-1].end, span_end=feature.end(1), key=key, rows=[],
                                      cue="locality", strong_prep=True))
                continue
        if _list_item_place(text, run):
            # "- Gumuruk, 27 April: a raid on ...": a bulleted list of incidents opens each item on its place
            key = _norm_surface(text[run[0].start : run[-1].end])
            if not gaz.rows_for(key):
                out.append(_Candidate(start=run[0].start, end=run[-1].end, span_end=run[-1].end, key=key, rows=[],
                                      cue="locality", strong_prep=True))
                continue
        while j < n:
            found = None
            tj = run[j]
            first = text[tj.start : tj.end]
            if _is_acronym(first) or (n - j == 1 and first.lower() in never):
                j += 1  # an acronym (IDF, IOM, FAMa, IDPs) or a stop word ("The", "March") is no place name
                continue
            head = _norm_surface(first).partition(" ")[0]
            if head not in first_words and not any(v in first_words for v in _spelling_variants(head)):
                kmax = 0  # no gazetteer name starts with this word
            else:
                kmax = min(n - j, MAX_NGRAM)
            for k in range(kmax, 0, -1):
                surface = text[tj.start : run[j + k - 1].end]
                looked = looked_up.get(surface)
                if looked is None:
                    looked = looked_up[surface] = _lookup_key(gaz, surface)
                key, rows, alt = looked
                if rows and key not in never and key not in demonyms:
                    if k == 1 and n - j > 1 and key in c["connectors"]:
                        continue  # "El" of "El Plateado" alone is no place
                    found = (k, key, rows, alt)
                    break
            if found is None:
                # an unknown name the text marks as a place: "village of X", "X district"
                unk = _unknown_candidate(text, run, j)
                if unk is not None:
                    out.append(unk)
                    j = n
                    continue
                j += 1
                continue
            k, key, rows, alt = found
            if (j == 0 and k < n and not _POSSESSIVE.search(text[run[k - 1].start : run[k - 1].end])
                    and (_whole_run_cued(text, run, k) or _joined_by_connector(text, run, k)
                         or _ends_in_feature(text, run))):
                # "Mir Ali town", "Khas Urozgan district": the cue names the whole run, not its known first word
                unk = _unknown_candidate(text, run, 0)
                if unk is not None:
                    out.append(unk)
                    j = n
                    continue
            start, end = run[j].start, run[j + k - 1].end
            cand = _Candidate(start=start, end=end, span_end=end, key=key, rows=rows, alt=alt)  # (shared: never changed)
            _set_cues(text, cand, run, j, k)
            if (j > 0 and not cand.modifier and cand.cue is None and not text[end : end + 3].lstrip().startswith("(")
                    and _inside_name(text, run, j, first_words)):
                cand.modifier = True  # "followers of Moqtada al-Sadr": a person's name ends in it
            # "in el Mina": a lower-case article joined to a capitalised word marks a transliterated name
            # (not inside a longer name: "Ahrar al Sham" is a group's name)
            cand.common = common.issuperset(key.split()) and not (j == 0 and _article_led(text, start, key))
            cand.initial = j == 0 and _is_initial(text, start)
            cand.titled = j > 0 and normalize(text[run[j - 1].start : run[j - 1].end]) in c["titles"]
            if j == 0 and k < n and cand.span_end == end and not _POSSESSIVE.search(text[run[k - 1].start : run[k - 1].end]):
                cand.rest_end = _name_rest_end(text, run[k:], common)  # (not past "X's": "North Sinai's Arish")
            out.append(cand)
            j += k
    return out


def _name_rest_end(text: str, rest: list[_Token], common: frozenset[str]) -> int | None:
    """The end of a run's words after its known first words when they go on with the name ("Ceel" +
    "Waaq", "Bar" + "Elias"): no affix, cue, facility or common word among them; else None."""
    c = _compiled()
    for t in rest:
        w = normalize(text[t.start : t.end])
        if t is not rest[-1] and _POSSESSIVE.search(text[t.start : t.end]):
            return None  # "Bar Zorvaq's Kelmado": two names
        if (not w or w in c["affix"] or w in c["suffix"] or w in c["facility_follow"] or w in c["facility"]
                or w in c["never"] or w in c["titles"] or common.issuperset(w.split())):
            return None
    return rest[-1].end


def _article_led(text: str, start: int, key: str) -> bool:
    """True when the name at ``start`` opens with a lower-case article of a transliterated name ("el Mina",
    "al Nour"), not "the": English common words take no such article."""
    first = key.partition(" ")[0]
    return text[start : start + 1].islower() and first != "the" and first in _compiled()["article_set"] and " " in key


_MIXED_ACRONYM = twin(r"\p{Lu}{2,}\p{Ll}{1,2}")


def _is_acronym(word: str) -> bool:
    """True for an acronym: up to four capitals ("IDF"), or capitals with one or two lower-case letters after
    them ("FAMa", "IDPs", "NGOs"); not a name written with two capitals ("NDjamena")."""
    if word.isupper():
        return len(word) <= 4
    if "a" <= word[1:2] <= "z":
        return False  # a lower-case second letter ("Kyiv"): no run of capitals (most names; no regex)
    return _MIXED_ACRONYM.fullmatch(word) is not None


def _whole_run_cued(text: str, run: list[_Token], k: int) -> bool:
    """True when a place word follows or introduces the whole run ("X Y town", "the village of X Y") and the words past the first ``k``
    are more than affixes ("Gaza City", "Kyiv Oblast" keep their known name)."""
    c = _compiled()
    rest = [normalize(text[t.start : t.end]) for t in run[k:]]
    if all(w in c["affix"] or w in c["suffix"] or w in c["facility_follow"] or w in c["connectors"] for w in rest):
        return False
    m = _suffix_match(text[run[-1].end : run[-1].end + 30])
    if m and "," not in m.group(0):
        return True
    before = text[max(0, run[0].start - 40) : run[0].start]
    return "of" in before[-22:] and c["prefix_re"].match(before) is not None


def _is_feature_word(word: str) -> bool:
    """True for a word that ends a natural feature's name (rules ``feature_name_heads``: "Creek", "Point")."""
    return fold(word) in _compiled()["feature_name_heads"]


def _ends_in_feature(text: str, run: list[_Token]) -> bool:
    """True when the run ends in a feature word ("Otter Creek", "Sandy Point"): the run names the feature,
    not the known place its first words spell."""
    return _is_feature_word(text[run[-1].start : run[-1].end])


def _joined_by_connector(text: str, run: list[_Token], k: int) -> bool:
    """True when the run goes on past its known first ``k`` words through connectors ("Lujan de Cuyo",
    "San Pedro de la Paz") or an article-led word ("Wadi al-Shay"): one name the gazetteer lacks, not the
    known town it begins with."""
    gap = text[run[k - 1].end : run[k].start]
    words = gap.lower().split()
    if gap == " " and _article_led_token(text, run[k].start):
        return True  # "Wadi al-Shay", "Tell el-Hawa": the name goes on through its article
    return gap.startswith(" ") and bool(words) and all(w in _compiled()["connectors"] for w in words)


def _article_led_token(text: str, start: int) -> bool:
    """True when the token at ``start`` opens on a lower-case article joined by a hyphen ("al-Shay", "ash-Sham")."""
    head, sep, _ = text[start : start + 5].partition("-")
    if not sep:
        head, sep, _ = text[start : start + 5].partition("‐")
    return bool(sep) and head.islower() and head in _ARTICLE_PREFIXES


def _inside_name(text: str, run: list[_Token], j: int, first_words: Any) -> bool:
    """True when the name at token ``j`` ends a person's or an organisation's longer name: the word before it
    in the run (past connectors such as "al") is a name word, not an affix, title, common word, possessive,
    people's adjective or the first word of a gazetteer name ("Moqtada al-Sadr"; not "Eastern X", "In X" at a
    sentence's start or in a headline, "Sheikh X" (titled), "Y's X", "Kurdish X" or "Mets X", "Nova X")."""
    c = _compiled()
    for t in reversed(run[:j]):
        word = text[t.start : t.end]
        w = normalize(word)
        if w in c["connectors"] or w in c["article_set"]:
            continue
        return not (w in c["affix"] or w in c["titles"] or w in c["suffix"] or w in c["never"] or w in common_words()
                    or _POSSESSIVE.search(word) or c["adjective_re"].search(w) or w in demonym_keys()
                    or _norm_surface(word).partition(" ")[0] in first_words)
    return False


def _unit_name_before(before: str) -> bool:
    """``unit_name_re`` searched in ``before`` (the text before a name): told "no" without the regex when no
    space or tab ends it (before a last line break, where ``$`` also holds) after one of the names' last words
    (an ASCII stretch, compared lower-cased: case-insensitively the same)."""
    c = _compiled()
    rx = c["unit_name_re"]
    if rx is None:
        return False
    ends = c["unit_name_ends"]
    if ends:
        t = before[:-1] if before.endswith("\n") else before
        w = t.rstrip(" \t")
        if len(w) == len(t):
            return False
        tail = w[-max(map(len, ends)) :]
        if tail.isascii() and not tail.lower().endswith(ends):
            return False
    return rx.search(before) is not None


_ASCII_SPACE = " \t\n\r\f\v"  # regex's \s among ASCII characters


def _prep_before(before: str) -> Any:
    """``prep_re.match(before)``: a preposition (and "the" or "a") ending the text before a name. In an ASCII text
    (lower-casing it is a case-insensitive match's folding) it is matched only when the text, less its final
    white space and an article, ends in one of the prepositions: told "no" without the regex otherwise."""
    c = _compiled()
    if before.isascii():
        ends = c["prep_ends"]
        t = before.rstrip(_ASCII_SPACE).lower()
        if len(t) == len(before) or not (t.endswith(ends) or t.endswith("the") and t[:-3].rstrip(_ASCII_SPACE).endswith(ends)
                                         or t.endswith("a") and t[:-1].rstrip(_ASCII_SPACE).endswith(ends)):
            return None
    return c["prep_re"].match(before)


def _set_cues(text: str, cand: _Candidate, run: list[_Token], j: int, k: int) -> None:
    c = _compiled()
    before = text[max(0, cand.start - 40) : cand.start]
    others = [normalize(text[t.start : t.end]) for i, t in enumerate(run) if i < j or i >= j + k]
    cand.partial = any(o not in c["affix"] and o not in c["suffix"] and o not in c["facility_follow"] for o in others)
    # the run's word right after the name, if any
    nxt = normalize(text[run[j + k].start : run[j + k].end]) if j + k < len(run) else None
    cand.modifier = ((nxt is not None and nxt not in c["suffix"] and nxt not in _PLACE_WORDS and nxt not in c["facility_follow"])
                     or (nxt is None and c["group_head_re"] is not None and c["group_head_re"].match(text, cand.end) is not None)
                     or _unit_name_before(before))
    if j == 0:
        m = c["prefix_re"].match(before) if "of" in before[-22:] else None
        if m:
            cand.cue = c["prefix"][fold(m.group(1))]
            cand.strong_prep = True
            cand.settlement = fold(m.group(1)) in c["settlement"]
        else:
            m = _prep_before(before)
            if m:
                cand.cue = ""
                cand.strong_prep = fold(m.group(1)) in c["strong"] or _after_facility_of(before)
    # suffix cue: "Bucha district", "Saada Province", "Kremenchuk, Poltava region" is not one
    after = text[cand.end : cand.end + 30]
    m = _suffix_match(after)
    if m and "," not in after[: m.start(1)]:
        cand.cue = c["suffix"][fold(m.group(1))]
        cand.span_end = cand.end + m.end(1)
        cand.strong_prep = True  # "residents of X constituency": the place word marks X as a place, whatever precedes it
        cand.settlement = fold(m.group(1)) in c["settlement"]
    elif j + k == len(run) and _appositive_settlement().match(text, cand.end, min(len(text), cand.end + 60)):
        cand.cue, cand.strong_prep, cand.settlement = "locality", True, True  # "X, a market town of 5,000 people"
    elif j + k == len(run) and (level := _list_plural_cue(text, cand.end)) is not None:
        cand.cue, cand.strong_prep = level, True  # "in A, B and C states": each of them a state


SHORT_PART = 3  # letters: a hyphenated name of parts no longer than this is no compound of English words


def _common_words_only(surface: str, key: str, common: frozenset[str]) -> bool:
    """True when the name's words are all common English words ("Self-Defence", "Air Force"). A hyphenated
    name of short parts ("Ak-Sai", "Bel-Tor") is not: the frequency list holds such syllables as words,
    but two capitalised syllables joined by a hyphen are a transliterated place name."""
    words = key.split()
    if not common.issuperset(words):
        return False
    if "-" in surface or "‐" in surface:
        return any(len(w) > SHORT_PART for w in words)
    return True


def _unknown_candidate(text: str, run: list[_Token], j: int) -> _Candidate | None:
    """A name the gazetteer lacks, kept when a cue marks it as a place."""
    c = _compiled()
    start, end = run[j].start, run[-1].end
    key = _norm_surface(text[start:end])
    if not key or key in c["never"] or key in demonym_keys():
        return None
    common = common_words()
    addressed = False  # "Son village (A township, B region)": a cue word and an address after it
    # "near Fox Creek": a run ending in a feature word, a place after a place preposition (checked below)
    featured = len(run) - j >= 2 and _ends_in_feature(text, run)
    all_common = _common_words_only(text[start:end], key, common)
    if all_common and featured:
        addressed = _feature_after_preposition(text, start)
    elif all_common:
        # checked last below as well, on the key without a capitalised suffix word: its words are
        # a part of these, so common words here are common words there
        addressed = _cued_with_address(text, end)
        if not addressed:
            return None
    if " " not in key and c["adjective_re"].search(key):
        return None  # "the Kurdish town of X": a people's adjective, not a place the gazetteer lacks
    chained: bool | None = None  # computed when needed: a pure function of the text
    if not c["titles"].isdisjoint(key.split()):
        chained = j == 0 and _chained_to_known_area(text, end)
        if not chained:
            return None  # "President X": a person; "Imam Gharbi, Nineveh, Iraq" is a place
    cue = None
    span_end = end
    before = text[max(0, start - 40) : start]
    m = c["prefix_re"].match(before) if j == 0 and "of" in before[-22:] else None
    settlement = False
    if m:
        cue = c["prefix"][fold(m.group(1))]
        settlement = fold(m.group(1)) in c["settlement"]
    elif j == 0 and (listed := _listed_cue(text, start)) is not None:
        cue, settlement = listed  # "the villages of A in X and B in Y": B as well
    elif j == 0 and _after_facility_of(before):
        cue, settlement = "locality", True  # "the attack on the base of X": where the base stands
    after = text[end : end + 30]
    m2 = _suffix_match(after)
    if m2 and "," not in after[: m2.start(1)]:
        cue = c["suffix"][fold(m2.group(1))]
        settlement = fold(m2.group(1)) in c["settlement"]
        span_end = end + m2.end(1)
    if cue is None and _appositive_settlement().match(text, end, min(len(text), end + 60)):
        cue, settlement = "locality", True  # "X, a market town of a few thousand people"
    if cue is None and j == 0 and text[end : end + 1] in _CLOSING_QUOTES and _quoted_settlement().search(before):
        cue, settlement = "locality", True  # 'the holiday settlement "X"', 'the camp «X»'
    # a capitalised suffix inside the run ("Bala Buluk District", "Obbo Local Government Area")
    if cue is None:
        k = _run_suffix_words(text, run, j)
        if k:
            cue = c["suffix"][fold(text[run[-k].start : run[-1].end])]
            end = run[-k - 1].end
            key = normalize(text[start:end])
    if cue is None and j == 0 and len(run) <= 3:
        m3 = _prep_before(before)
        # a label ("Location: X") names a place even where a sentence would begin after its colon
        if m3 is not None and _is_initial(text, start) and not m3.group(1).endswith(":"):
            m3 = None
        if (m3 and (m3.group(1).lower() in c["unknown_preps"] or _displaced_from(text, start, m3.group(1))
                    or (featured and m3.group(1).lower() == "at"))
                and not text[start:end].isupper()
                and not (_in_proper_name(text, start - len(before) + m3.start())
                         and _name_continues(text, start - len(before) + m3.start(), key))):
            cue = ""
    if cue is None and j == 0 and len(run) <= 3 and _in_known_place(text, end):
        m4 = _prep_before(before)
        if (m4 is not None and fold(m4.group(1)) in c["strong"] and not text[start:end].isupper()
                and not any(w.lower() in common_words() for w in text[start:end].split())):
            cue = ""  # "at X (Y)": a name after a place preposition, with the known place it lies in after it
    if cue is None and chained is None:
        chained = j == 0 and _chained_to_known_area(text, run[-1].end)
    if cue is None and chained and not _is_initial(text, start) and not _acronym_in_mixed_line(text, start, end):
        cue = ""
    if cue is None:
        return None
    if (all_common if end == run[-1].end else _common_words_only(text[start:end], key, common)) and not addressed:
        return None
    return _Candidate(start=start, end=end, span_end=span_end, key=key, rows=[], cue=cue, strong_prep=True,
                      settlement=settlement)


FOREIGN_SETTLEMENT_SHARE = 0.25  # a country's focus share (top = 1.0) below which a village named there is a namesake


def _drop_foreign_settlements(cands: list[_Candidate], resolved: dict[int, tuple[_Candidate, GazEntry]],
                              votes: dict[str, float]) -> None:
    """"a raid on Salama village" in a text about another country: the text calls the name a village, and the
    gazetteer's only fitting reading is a town in a country the text is hardly about; the village is one
    the gazetteer lacks (kept unresolved with its text), not that namesake abroad."""
    for cand in cands:
        if not cand.settlement or cand.start not in resolved:
            continue
        e = resolved[cand.start][1]
        focus = _shares(votes, cand)
        if e.kind == "P" and focus and focus.get(e.country, 0.0) < FOREIGN_SETTLEMENT_SHARE:
            del resolved[cand.start]


@functools.cache
def _feature_heads() -> frozenset[str]:
    """First letters of the feature words (a quick "no" before ``_feature_suffix``; a tab or a second space
    before the word falls through to the regex)."""
    return frozenset(w[:1] for w in rules().get("feature_suffixes", [])) | {" ", "\t"}


@functools.cache
def _feature_suffix() -> Any:
    """A lower-case feature word right after a name (rules ``feature_suffixes``): group 1."""
    words = "|".join(sorted((regex.escape(w).replace("\\ ", "[ \t]+") for w in rules().get("feature_suffixes", [])),
                            key=len, reverse=True))
    return twin(rf"[ \t]+({words or '(?!)'})\b")


_CLOSING_QUOTES = frozenset('"”»')


@functools.cache
def _quoted_settlement() -> Any:
    """A settlement word right before an opening quotation mark ('the settlement "'): rules ``settlement_cues``
    without "of"."""
    words = _alternation(w for w in rules()["settlement_cues"] if not w.endswith(" of"))
    return twin(rf"(?i)\b(?:{words})[^\S\n]+[\"“«]$")


DISPLACED_FROM_REACH = 80  # characters before "from X" read for a verb of displacement or evacuation


def _displaced_from(text: str, start: int, prep: str) -> bool:
    """True for "from" after a verb of displacement in the same clause ("evacuated 495 wounded from X", "fled
    from X"): where people were driven or taken out of is the incident's place, a name the gazetteer may lack."""
    if prep.lower() != "from":
        return False
    window = text[max(0, start - DISPLACED_FROM_REACH) : start]
    clause = max(window.rfind("."), window.rfind(";"), window.rfind("\n"))
    return _DISPLACEMENT.search(window, clause + 1) is not None


RUN_SUFFIX_WORDS = 3  # words a capitalised place cue ending a run has at most ("Local Government Area")


def _run_suffix_words(text: str, run: list[_Token], j: int) -> int:
    """How many last words of ``run`` (past its ``j``-th word, which stays a name) spell a suffix cue
    ("Bala Buluk District": 1, "Obbo Local Government Area": 3); 0 when none does. A weak cue word alone
    ("Rakhine State", "Gaza City") is part of the name, not a cue."""
    suffix = _compiled()["suffix"]
    for k in range(min(RUN_SUFFIX_WORDS, len(run) - j - 1), 0, -1):
        words = text[run[-k].start : run[-1].end]
        key = fold(words)
        if key in suffix and (k > 1 or key not in _WEAK_RUN_SUFFIX):
            return k
    return 0


def _cued_with_address(text: str, end: int) -> bool:
    """True when a place cue word follows ``end`` and a parenthesised address follows the cue ("Son
    village (Myingyan township, Mandalay region)", "Lama upazila (Bandarban, Chittagong)"): a name of
    common words ("Son", "Lama") is then surely a place."""
    m = _suffix_match(text[end : end + 30])
    return m is not None and "," not in m.group(0) and _paren_address().match(text, end + m.end(1)) is not None


def _featured_after_preposition(text: str, start: int, end: int) -> bool:
    """True when the name ``text[start:end]`` is of two or more words, ends in a feature word and follows a
    place preposition ("near Fox Creek"): a place the text names, read abroad or not at all."""
    words = text[start:end].split()
    return (len(words) >= 2 and _is_feature_word(words[-1])
            and _feature_after_preposition(text, start))


def _feature_after_preposition(text: str, start: int) -> bool:
    """True when a place preposition of an unknown name ("near", "around", "at") ends the text before
    ``start``: a run ending in a feature word there ("near Fox Creek") is a place."""
    m = _prep_before(text[max(0, start - 40) : start])
    return m is not None and (m.group(1).lower() in _compiled()["unknown_preps"] or m.group(1).lower() == "at")


@functools.cache
def _appositive_settlement() -> Any:
    return twin(rules().get("appositive_settlement", r"(?!)"))


_LIST_NAME = r"\p{Lu}[\p{L}\p{M}'’-]*(?:[ ]\p{Lu}[\p{L}\p{M}'’-]*){0,2}"


@functools.cache
def _list_plural() -> tuple[Any, dict[str, str]]:
    cues = {k: v for k, v in rules().get("list_plural_cues", {}).items() if not k.startswith("_")}
    words = _alternation(cues) or r"(?!)"
    rx = twin(rf"(?:(?:[ ]*,[ ]*(?:(?:and|or)[ ]+)?|[ ]+(?:and|or)[ ]+){_LIST_NAME})*[ ]+(?P<cue>{words})\b")
    return rx, cues


def _list_plural_cue(text: str, end: int) -> str | None:
    """The level a plural place word after a list gives the name ending at ``end`` ("A, B and C states"
    -> "region"; rules ``list_plural_cues``), else None."""
    nxt = text[end : end + 1]
    if nxt not in (" ", ","):
        return None
    rx, cues = _list_plural()
    window = text[end : end + 120]
    if not any(w in window for w in cues):
        return None  # (most names: no plural place word follows at all)
    m = rx.match(text, end, min(len(text), end + 120))
    return cues[m.group("cue").lower()] if m is not None else None


LISTED_REACH = 200  # characters back from a name to the plural cue word of the list it ends ("the villages of")


@functools.cache
def _list_prefix() -> tuple[Any, dict[str, str]]:
    """Rule ``list_prefix_cues`` as one regex matched from the end of the text before a name: the cue, then
    names joined by commas, each maybe with the area it lies in ("A in X district"), then the joint."""
    r = rules()
    cues = {k: v for k, v in r.get("list_prefix_cues", {}).items() if not k.startswith("_")}
    words = _alternation(cues) or r"(?!)"
    tails = _alternation(k for k in r["suffix_cues"] if not k.startswith("_") and " " not in k)
    name = rf"{_LIST_NAME}(?:[ ](?:{tails}))?"
    member = rf"{name}(?:[ ]+(?:in|near)[ ]+(?:the[ ]+)?{name})?"
    rx = regex.compile(rf"(?r)\b(?P<cue>{words})[ ]+(?:the[ ]+)?{member}(?:[ ]*,[ ]*{member})*"
                       rf"(?:[ ]*,[ ]*(?:(?:and|or)[ ]+)?|[ ]+(?:and|or)[ ]+)$")
    return rx, cues


def _listed_cue(text: str, start: int) -> tuple[str, bool] | None:
    """(level, settlement) the plural cue of a list gives the name at ``start`` when the name continues
    that list ("the villages of A, B and C": B, C; rules ``list_prefix_cues``), else None."""
    before = text[max(0, start - LISTED_REACH) : start]
    if not before.endswith((", ", "and ", "or ")):
        return None  # (most names: no list joint right before them)
    rx, cues = _list_prefix()
    if not any(w in before for w in cues):
        return None  # (every match holds its cue word as written: the regex is case-sensitive)
    m = rx.search(before)
    if m is None:
        return None
    key = m.group("cue").lower()
    return cues[key], key in _compiled()["settlement"]


@functools.cache
def _facility_of() -> Any:
    """Rule ``facility_of`` ("the base of X", "the outpost at X"), matched from the end of the text before a name."""
    return regex.compile("(?ri)" + rules().get("facility_of", r"(?!)"))


def _after_facility_of(before: str) -> bool:
    """True when ``before`` (the text right before a name) ends in "the base of", "the outpost at" (rules
    ``facility_of``): the name is where the facility stands, not its owner."""
    return before[-3:].lower() in ("of ", "at ") and _facility_of().match(before) is not None


_WORD_BEFORE = twin(r"([\p{L}][\p{L}\p{M}'’-]*)[\s)]*$")


def _name_continues(text: str, prep_start: int, key: str) -> bool:
    """True when what follows the preposition reads as the rest of an organisation's name: an article
    ("Al-Qaida in the Arabian Peninsula") or a name with an affix word ("the Islamic State in Greater
    Sahara", "the X Brigade in Y Valley Command"); "al-Shabaab in Kolbio" names a place."""
    after = text[prep_start : prep_start + 40].split()
    affix = _compiled()["affix"]
    return (len(after) > 1 and after[1].lower() == "the") or any(w in affix for w in key.split())


def _in_proper_name(text: str, prep_start: int) -> bool:
    """True when the preposition at ``prep_start`` continues a capitalised name ("Al-Qaida in the
    Arabian Peninsula", "the Islamic State in Greater Sahara"): an organisation, not a place cue."""
    m = _WORD_BEFORE.search(text, max(0, prep_start - 40), prep_start)
    if m is None or not m.group(1)[:1].isupper() or m.end() - m.start() == 0:
        return False
    return not _is_initial(text, m.start(1))


_CHAIN_NEXT = twin(r"\s*[,(]\s*([\p{Lu}][\p{L}\p{M}'’-]*(?:\s[\p{Lu}][\p{L}\p{M}'’-]*){0,3})\s*(?=[,.;)]|$)")


_PAREN_ONE_NAME = twin(r"[ \t]*\([ \t]*([\p{Lu}][\p{L}\p{M}'’-]*(?:[ ][\p{Lu}][\p{L}\p{M}'’-]*){0,2})[ \t]*\)")


def _in_known_place(text: str, end: int) -> bool:
    """True when one name the gazetteer knows follows in parentheses, " (Y)": the place a log or a list
    puts the name before it in ("at X (Y)")."""
    m = _PAREN_ONE_NAME.match(text, end)
    return m is not None and bool(get_gazetteer().lookup(m.group(1)))


def _chained_to_known_area(text: str, end: int, depth: int = 2, in_paren: bool = False) -> bool:
    """True when an address chain follows that ends in a known region or country: ", Nineveh, Iraq",
    ", Saladin, Iraq", " (Rutshuru, Nord-Kivu)" (the next name may itself be unknown when a known one
    follows it). A known district ends a parenthesised address after its first name: " (X, Soum)"
    (``in_paren``: the chain so far opened with a parenthesis and holds a comma)."""
    m = _CHAIN_NEXT.match(text, end)
    if m is None:
        return False
    kinds = ("C", "A1", "A2") if in_paren and not m.group(1).isupper() else ("C", "A1")
    if any(e.kind in kinds for e in get_gazetteer().lookup(m.group(1))):
        return True
    return depth > 1 and _chained_to_known_area(text, m.end(1), depth - 1, "(" in text[end : m.start(1)])


def _base_score(e: GazEntry, th: dict[str, float]) -> float:
    if e.kind == "C":
        return th["country"]
    if e.kind == "A1":
        return th["region"]
    if e.kind == "A2":
        return th["district"]
    return math.log10(e.population + 1)


def _km(a: GazEntry, b: GazEntry) -> float:
    if a.lat is None or b.lat is None or a.lon is None or b.lon is None:
        return 1e9
    if abs(a.lat - b.lat) > 3.0 or abs(a.lon - b.lon) > 6.0:
        return 1e9  # far apart: skip the trigonometry
    la1, la2 = math.radians(a.lat), math.radians(b.lat)
    dla, dlo = la2 - la1, math.radians(b.lon - a.lon)
    h = math.sin(dla / 2) ** 2 + math.cos(la1) * math.cos(la2) * math.sin(dlo / 2) ** 2
    return 6371.0 * 2 * math.asin(min(1.0, math.sqrt(h)))


def _focus(cands: list[_Candidate], gaz: Gazetteer) -> dict[str, float]:
    """Country votes from country names and confident single-country candidates.

    Each candidate's own vote is kept on it, so that scoring can leave it out (a name does not
    support itself).
    """
    votes: dict[str, float] = collections.defaultdict(float)
    for cand in cands:
        cand.vote = None
        if not cand.rows or cand.titled:
            continue
        if cand.common and not _names_country_mid_sentence(cand, gaz):
            continue
        if not cand.entries:
            cand.entries = [(i, gaz.entry(i)) for i in cand.rows]
        entries = [e for _, e in cand.entries]
        own = [e for i, e in cand.entries if i not in cand.alt]
        if not own:
            # a name known only as another feature's alternate name sets the focus only when cued
            # ("Tigray region") or when it names a country or region
            own = [e for e in entries if cand.cue is not None or e.kind in ("C", "A1", "A2")]
            if not own:
                continue
        countries = {e.country for e in own}
        if any(e.kind == "C" for e in own):
            cand.vote = (next(e.country for e in own if e.kind == "C"), 2.0)
        elif len(countries) == 1 and not cand.partial:
            if cand.cue is not None or max(e.population for e in own) >= 20000 or own[0].kind in ("A1", "A2"):
                cand.vote = (own[0].country, 1.0)
        elif len(entries) > 1 and not cand.partial and own:
            best = max(own, key=lambda e: e.population)
            if best.population >= 100000:
                cand.vote = (best.country, 0.5)
        if cand.vote:
            votes[cand.vote[0]] += cand.vote[1]
    return votes


def _names_country_mid_sentence(cand: _Candidate, gaz: Gazetteer) -> bool:
    """True when a common-word name ("Mali", "Chad", "Jordan") is capitalised inside a sentence, on its own,
    after a place preposition ("in Mali", "across Chad"), and one of its readings is a country: the country
    as a place, not the word (and not a state as an actor: "said Turkey", "handed over by Russia")."""
    if cand.initial or cand.partial or cand.titled or cand.cue is None or not cand.strong_prep:
        return False
    if not cand.entries:
        cand.entries = [(i, gaz.entry(i)) for i in cand.rows]
    return any(e.kind == "C" and i not in cand.alt for i, e in cand.entries)


def _shares(votes: dict[str, float], cand: _Candidate) -> dict[str, float]:
    """Country shares (top = 1.0) without the candidate's own vote."""
    if cand.vote:
        v = dict(votes)
        v[cand.vote[0]] -= cand.vote[1]
        v = {k: x for k, x in v.items() if x > 0}
    else:
        v = votes
    if not v:
        return {}
    top = max(v.values())
    return {cc: x / top for cc, x in v.items()}


def _score(cand: _Candidate, gaz: Gazetteer, votes: dict[str, float], anchors: list[GazEntry],
           shares: dict[tuple[str, float] | None, dict[str, float]] | None = None) -> None:
    """Score every reading of ``cand``; the first call (no anchors) caches the anchor-free scores.
    ``shares`` keeps the country shares per own vote for one ``votes`` (the same for every candidate
    that casts the same vote)."""
    th = _compiled()["th"]
    if not cand.entries:
        cand.entries = [(i, gaz.entry(i)) for i in cand.rows]
    entries = cand.entries
    if not anchors or not cand.scores:
        focus = shares.get(cand.vote) if shares is not None else None
        if focus is None:
            focus = _shares(votes, cand)
            if shares is not None:
                shares[cand.vote] = focus
        kinds = {e.kind for _, e in entries}
        prefer_locality = cand.cue is None and ("A1" in kinds or "A2" in kinds)
        want = KIND_OF_PRECISION.get(cand.cue) if cand.cue else None
        scores = {}
        mapped = any(e.lat is not None for _, e in entries)
        # the thresholds read once, not per reading (the same values, added in the same order)
        alternate, unmapped, over_admin = th["alternate_name_penalty"], th.get("unmapped_penalty", 0.0), th["locality_over_admin"]
        focus_bonus, off_focus, small, off_small = (th["focus_bonus"], th["off_focus_penalty"],
                                                    th["off_focus_small_population"], th["off_focus_small_penalty"])
        cue_bonus, kind_bonus, kind_mismatch = th["cue_bonus"], th["kind_cue_bonus"], th["kind_cue_mismatch"]
        for i, e in entries:
            s = _base_score(e, th)
            if i in cand.alt:
                s -= alternate
            if mapped and e.lat is None:
                # a reading the gazetteer cannot put on a map (an old or a paper division) is the weaker namesake
                s -= unmapped
            if prefer_locality and e.kind == "P":
                s += over_admin
            s += focus_bonus * focus.get(e.country, 0.0)
            if focus and e.country not in focus and e.kind != "C":
                s -= off_focus
                if e.population < small:
                    # a small namesake abroad rarely beats "no reading" in a text about elsewhere
                    s -= off_small
            if cand.cue is not None:
                if cand.strong_prep:
                    s += cue_bonus
                if want:
                    if e.kind == want:
                        s += kind_bonus
                    elif {want, e.kind} == {"A1", "A2"}:
                        s += kind_bonus / 2
                    elif e.kind in ("A1", "A2", "C") or want in ("A1", "A2"):
                        s += kind_mismatch
            scores[i] = s
        cand.scores = scores
        cand.base_scores = dict(scores)
        if not anchors:
            return
    t = _threshold(cand)
    scores = dict(cand.base_scores)
    near_km = th["near_km"]
    for i, e in entries:
        if e.kind == "P" and (len(entries) > 1 or scores[i] < t) and _near_any(e, anchors, near_km):
            scores[i] += th["near_bonus"]
    cand.scores = scores


def _near_any(e: GazEntry, anchors: list[GazEntry], near_km: float) -> bool:
    """True when an anchor other than ``e`` lies within ``near_km`` of it (``_km``; the anchors far
    apart or off the map are passed over without a call)."""
    lat, lon = e.lat, e.lon
    if lat is None or lon is None:
        return False
    for a in anchors:
        alat, alon = a.lat, a.lon
        if (a is not e and alat is not None and alon is not None and abs(alat - lat) <= 3.0 and abs(alon - lon) <= 6.0
                and _km(e, a) <= near_km):
            return True
    return False


def _threshold(cand: _Candidate) -> float:
    th = _compiled()["th"]
    t = th["accept"]
    if cand.partial:
        t += th["partial_run_penalty"]
    if cand.common and not (cand.cue and cand.strong_prep):
        t += th["common_word_penalty"]
    if cand.initial:
        t += th["initial_penalty"]
    if cand.titled:
        t += 100.0  # "President Volodymyr Zelenskyy": a person's name
    return t


_TOWN_OR_AREA = ("A1", "A2", "P")  # what may hold a place the gazetteer lacks: a region, a district or a town
_AREAS = ("A1", "A2")  # what may hold an area the gazetteer lacks ("the X region", "the occupied territories of X")


def _containing(text: str, end: int, gaz: Gazetteer, resolved: dict[int, tuple[_Candidate, GazEntry]],
                kinds: tuple[str, ...] = _TOWN_OR_AREA) -> GazEntry | None:
    """The district/region (or town, of ``kinds``) a text names right after an unknown place ("X village, Y
    district, Z")."""
    window_end = end + 80
    best = None
    for start, (area, entry) in resolved.items():
        if end <= start <= window_end and entry.kind in kinds and not area.modifier:
            # ("the Minsk Group", "the Gaza Health Ministry": part of a longer name, no container)
            between = text[end:start]
            if "\n" in between or any(ch in between for ch in ".;!?") or not _address_gap(between):
                continue
            if _is_comparison(text, start):
                continue  # "X was reminiscent of Y": Y is compared with X, not the area X lies in
            if best is None or start < best[0]:
                best = (start, entry)
    return best[1] if best else None


_GAP_WORD = twin(r"[\p{L}\p{M}'’-]+")


def _address_gap(between: str) -> bool:
    """True when the text between an unknown place and a later area may belong to one address ("X
    village, Y district", "X, about ten kilometres from Y"), not when a clause about something else
    begins in it ("in X increased in 1991, when attackers raided ... Y"): no clause word (rules)."""
    clause = _compiled()["clause_words"]
    return not any(w.lower() in clause for w in _GAP_WORD.findall(between))


def _data(text: str, surface: str, e: GazEntry | None, precision: str) -> dict[str, Any]:
    if e is None:
        return {"text": surface, "name": surface, "geonameid": None, "country": None, "admin1": None,
                "lat": None, "lon": None, "precision": precision}
    return {"text": surface, "name": e.name, "geonameid": e.geonameid, "country": e.country,
            "admin1": e.admin1, "lat": e.lat, "lon": e.lon, "precision": precision}


_DATELINE_AFTER = twin(r"(?:,\s*[\p{Lu}][\p{L}.]*(?:\s+[\p{Lu}][\p{L}.]*)?)?\s*(?:\(|—|–|-\s|:|,\s*(?:\d|[A-Z][a-z]{2,8}\.?\s+\d))")


_METONYM_BEFORE = twin(
    r"(?i)\b(?:accused|accusing|accuse|blamed|blaming|blame|urged|warned|told|ally|allies|backer|backers|patron|partner)\s+$"
)
_METONYM_AFTER = twin(
    r"(?i)^(?:\s+and\s+[\p{Lu}][\p{L}-]+)?\s+(?:has\s+|have\s+|had\s+)?"
    r"(?:accus|blam|said|says|denied|denies|claimed|claims|insisted|warned|urged|vowed|responded|rejected|threatened)"
)
# "- Vardo district, 3 April: ...": a bulleted item of a list of incidents by place, not a dateline
_LIST_ITEM = twin(r"[^\S\n]*" + _BULLET + r"[^\S\n]+")
_DATELINE_PREFIX = twin(r"[\s\W\d]*(?:date\s+[\d-]+)?[\s\W\d]*")


_METONYM_WORDS = ("accus", "blam", "urged", "warned", "told", "all", "backer", "patron", "partner")  # one in every _METONYM_BEFORE match


def _is_metonym(text: str, start: int, end: int) -> bool:
    """A city named as a government: "Moscow and Kyiv accused each other", "accused Kyiv of". In an ASCII text the
    words before it are searched only when their lower-cased copy holds one of ``_METONYM_WORDS``."""
    a = max(0, start - 20)
    low = lowered(text) if text.isascii() else None
    if (low is None or holds_any(low, _METONYM_WORDS, a, start)) and _METONYM_BEFORE.search(text[a:start]):
        return True
    return bool(_METONYM_AFTER.match(text[end : end + 40]))


def _is_dateline(text: str, start: int, end: int) -> bool:
    """"PARIS (AP) —", "Kiev:", "Moscow, April 3 (...)", "DAHYAN, Yemen (Dispatches)": the reporting place."""
    line_start = text.rfind("\n", 0, start) + 1
    if not _DATELINE_PREFIX.fullmatch(text, line_start, start) or _LIST_ITEM.match(text, line_start, start):
        return False
    return bool(_DATELINE_AFTER.match(text, end))


_LABEL_LINE = twin(
    r"(?m)^[^\S\n]*(?:" + _BULLET + r"[^\S\n]+)?(\p{Lu}[\p{L}\p{M}'’-]*(?:[ -]\p{Lu}[\p{L}\p{M}'’-]*){0,3})"
    r"(?:[^\S\n]*\(([^()\n]{1,60})\))?:[^\S\n]+\S")
DIGEST_MIN_LABELS = 2  # lines opening on "Place:" (distinct places the gazetteer knows) that make a digest


def _label_lines(text: str) -> list[tuple[int, int, tuple[int, int]]]:
    """``(start, end, parenthesis span)`` of the label of every line that opens on one (``_LABEL_LINE``):
    its matches, found by trying the pattern at the start of each line that holds a colon (a match starts
    at a line's start and ends inside its line) rather than by a scan of every position."""
    out: list[tuple[int, int, tuple[int, int]]] = []
    start = 0
    while True:
        end = text.find("\n", start)
        line_end = len(text) if end < 0 else end
        if text.find(":", start, line_end) >= 0:
            m = _LABEL_LINE.match(text, start)
            if m is not None:
                out.append((m.start(1), m.end(1), m.span(2)))
        if end < 0:
            return out
        start = end + 1


def _digest_labels(text: str, cands: list[_Candidate]) -> set[int]:
    """Starts of the place labels of a digest: lines that open on a name and a colon ("Herat: three staff
    were detained ...", "- Moirang (Bishnupur district): gunmen fired ..."), when ``DIGEST_MIN_LABELS`` or more
    such lines name distinct places the gazetteer knows (by the label or its parenthesised area). A label
    then names the place of its item, not a reporter's dateline; a name the gazetteer lacks in such a label
    is kept as a place (added to ``cands``). A label repeated is a speaker's ("SMITH: ..."): no digest."""
    if ":" not in text:
        return set()
    found = _label_lines(text)
    if len(found) < DIGEST_MIN_LABELS:
        return set()
    names = [normalize(text[a:b]) for a, b, _ in found]
    if len(set(names)) < len(names):
        return set()  # a speaker's label recurs; a digest's places differ
    by_start = {c.start: c for c in cands}
    known = 0
    for a, b, paren in found:
        c = by_start.get(a)
        if (c is not None and c.rows and c.end == b) or (paren[0] >= 0 and any(
                x.rows and paren[0] <= x.start < paren[1] for x in cands)):
            known += 1
    if known < DIGEST_MIN_LABELS:
        return set()
    out: set[int] = set()
    added = False
    for (a, b, paren), key in zip(found, names, strict=True):
        c = by_start.get(a)
        if c is None:
            if not _label_name_ok(text[a:b], key):
                continue
            c = _Candidate(start=a, end=b, span_end=b, key=key, rows=[], cue="", strong_prep=True)
            cands.append(c)
            added = True
        elif c.end != b or c.modifier:
            continue  # "Islamic State Khorasan Province: ..." read as a longer name
        out.add(a)
        if paren[0] >= 0:
            out.update(x.start for x in cands if paren[0] <= x.start < paren[1])
    if added:
        cands.sort(key=lambda c: c.start)
    return out


def _label_name_ok(surface: str, key: str) -> bool:
    """True when a digest label the gazetteer lacks may be a place name: no acronym, stop word, common
    word, title or people's adjective ("UPDATE:", "Arrests:", "Col. Smith:", "Kurdish:")."""
    c = _compiled()
    words = key.split()
    common = common_words()
    return bool(words) and not (
        _is_acronym(surface.split()[0]) or key in c["never"] or key in demonym_keys()
        or common.issuperset(words) or not c["titles"].isdisjoint(words)
        or (len(words) == 1 and (c["adjective_re"].search(key) or _plural_of_common(key, common))))


def _plural_of_common(word: str, common: frozenset[str]) -> bool:
    """True for the plural of a common English word ("arrests", "casualties", "losses")."""
    return word.endswith("s") and (word[:-1] in common or (word.endswith("es") and word[:-2] in common)
                                   or (word.endswith("ies") and word[:-3] + "y" in common))


_WEAK_RUN_SUFFIX = frozenset({"state", "department", "departement", "division", "area", "camp", "city", "front", "regions", "districts", "provinces"})
_PLACE_WORDS = frozenset({"city", "town", "village", "region", "province", "oblast", "district", "governorate", "county", "state", "strip", "valley", "island", "islands"})
_CONTAINER_GAP = twin(r"\s*(?:,|\(|,\s*\()\s*")
_CONTAINER_END = twin(r"\s*(?:[.;)\n]|$|,\s*(?![\p{Lu}][\p{L}]+(?:\s|,|$)))")


def _propagate_unknown(text: str, cands: list[_Candidate], runs: list[list[_Token]]) -> None:
    """A name the text once marks as a place ("in Karabakh") is a place wherever it recurs."""
    known = {c.key for c in cands if not c.rows}
    if not known:
        return
    taken = {c.start for c in cands}
    extra = []
    for run in runs:
        for tok in run:
            if tok.start in taken:
                continue
            key = _norm_surface(text[tok.start : tok.end])
            if key in known:
                extra.append(_Candidate(start=tok.start, end=tok.end, span_end=tok.end, key=key, rows=[],
                                        cue="", strong_prep=False, propagated=True))
    if extra:
        cands.extend(extra)
        cands.sort(key=lambda c: c.start)


_NAME_WORD = r"[\p{Lu}][\p{L}\p{M}'’.-]*"


@functools.cache
def _paren_address() -> Any:
    """"X (A B, C)", "X town (A Sadar, C)": a parenthesis right after a place that lists two or more
    names, each of capitalised words (connectors allowed): an address, the areas X lies in."""
    conn = "|".join(sorted((regex.escape(w) for w in rules()["connectors"] if " " not in w), key=len, reverse=True))
    cues = "|".join(sorted((regex.escape(k) for k in rules()["suffix_cues"] if not k.startswith("_")), key=len, reverse=True))
    # a name may end in a lower-case place word ("Myaing township", "Magway region")
    name = rf"{_NAME_WORD}(?:[ -](?:{_NAME_WORD}|(?:{conn})(?=[ -]\p{{Lu}}))){{0,4}}(?:[ ](?:{cues})\b)?"
    # the rest of a facility's name may come between ("X Press Club (A Sadar, C)")
    return twin(rf"(?:[ ]{_NAME_WORD}){{0,3}}\s*\(\s*{name}(?:\s*,\s*{name}){{1,3}}\s*\)")


LIST_MIN = 5  # names in a row joined by commas that make a list, not an address chain ("A, B, C, D, E")
LIST_CLOSED_MIN = 3  # the same when "and" (or "or") joins the last name ("A, B and C")
_LIST_GAP = twin(r"\s*,\s*")
_LIST_LAST_GAP = twin(r",?\s+(?:and|or)\s+")


def _in_lists(text: str, cands: list[_Candidate]) -> set[int]:
    """Indexes of the candidates of a list of bare names joined by commas, ``LIST_MIN`` or more ("in A, B,
    C, D, E"), or ``LIST_CLOSED_MIN`` or more with "and" before the last ("in A, B and C"): peers, none
    the area another lies in, as an address chain of a few names would be read ("X, Y, Z")."""
    out: set[int] = set()
    i = 0
    while i < len(cands):
        j = i
        # (a gap without its comma, or without "and"/"or", is not searched: the regex holds them)
        while (j + 1 < len(cands) and cands[j].span_end == cands[j].end
               and text.find(",", cands[j].span_end, cands[j + 1].start) >= 0
               and _LIST_GAP.fullmatch(text, cands[j].span_end, cands[j + 1].start)):
            j += 1
        closed = (j + 1 < len(cands) and j > i and cands[j].span_end == cands[j].end
                  and (text.find("and", cands[j].span_end, cands[j + 1].start) >= 0
                       or text.find("or", cands[j].span_end, cands[j + 1].start) >= 0)
                  and _LIST_LAST_GAP.fullmatch(text, cands[j].span_end, cands[j + 1].start) is not None)
        if closed:
            j += 1  # "..., D and E": no address chain ends with "and"
        if j - i + 1 >= (LIST_CLOSED_MIN if closed else LIST_MIN):
            out.update(range(i, j + 1))
        i = j + 1
    return out


def _mark_containers(text: str, cands: list[_Candidate]) -> None:
    """Flag "Y" in "X district, Y." and "X (Y, Z)": the area X lies in, read as a region when it can be;
    every name of a parenthesised address after X ("X town (Y Sadar, Z)") is one. No name of a list
    ("A, B, C, D and E", ``_in_lists``) is one."""
    listed = _in_lists(text, cands)
    for k, (prev, cand) in enumerate(itertools.pairwise(cands)):
        if k + 1 in listed:
            continue
        # (a gap without a comma or an opening parenthesis is not searched: the regex holds one)
        if text.find(",", prev.span_end, cand.start) < 0 and text.find("(", prev.span_end, cand.start) < 0:
            continue
        gap = text[prev.span_end : cand.start]
        if _CONTAINER_GAP.fullmatch(gap) and _CONTAINER_END.match(text, cand.span_end):
            cand.container = True
            if cand.cue is None:
                cand.cue = "region"
    last_opening = text.rfind("(")  # (no parenthesis after a name: no address in one, no search)
    for i, prev in enumerate(cands):
        if prev.container or last_opening < prev.span_end:
            continue
        m = _paren_address().match(text, prev.span_end)
        if m is None:
            continue
        for cand in cands[i + 1 :]:
            if cand.start >= m.end():
                break
            cand.container = True
            if cand.cue is None:
                cand.cue = "region"


_OF_GAP = twin(r"\s+of\s+(?:the\s+)?")
_IN_GAP = twin(r"\s+(?:in|near|at|outside)\s+(?:the\s+)?")
_IN_ONLY_GAP = twin(r"\s+in\s+(?:the\s+)?")
_COMMA_IN_GAP = twin(r"\s*,\s*in\s+(?:the\s+)?")


def _chain_links(text: str, cands: list[_Candidate]) -> list[bool]:
    """``links[i]``: candidate ``i + 1`` names the area candidate ``i`` lies in, as an address chain
    writes it ("X area, Y, Z, Country", "X (Y, Z)", "the X area of Y district")."""
    links = []
    listed = _in_lists(text, cands)
    for k, (prev, cand) in enumerate(itertools.pairwise(cands)):
        gap = text[prev.span_end : cand.start]
        if "\n" in gap or (k in listed and k + 1 in listed):
            links.append(False)
            continue
        site = prev.cue in ("locality", "district") and (prev.span_end > prev.end or not prev.rows)
        of_link = site and _OF_GAP.fullmatch(gap) is not None  # "X area of Y", "X village of Y district"
        in_link = site and _IN_GAP.fullmatch(gap) is not None and cand.cue is not None  # "X camp in Y", "X Air Base near Y"
        # "the village of X in Y Oblast": a settlement the text marks, in an area a cue word marks
        in_area = (prev.cue == "locality" and _IN_ONLY_GAP.fullmatch(gap) is not None
                   and (cand.cue in ("district", "region") and cand.span_end > cand.end
                        or bool(cand.entries) and all(e.kind in ("A1", "A2") for _, e in cand.entries)))
        # "near X, in the Y district (of Z)": an area a cue word marks closes X's address
        in_cued = (cand.span_end > cand.end and cand.cue in ("district", "region")
                   and _COMMA_IN_GAP.fullmatch(gap) is not None)
        links.append(_CONTAINER_GAP.fullmatch(gap) is not None or of_link or in_link or in_area or in_cued)
    return links


def _successors(cands: list[_Candidate], links: list[bool], i: int) -> list[_Candidate]:
    out = []
    while i < len(links) and links[i]:
        i += 1
        out.append(cands[i])
    return out


def _fits(e: GazEntry, ref: GazEntry) -> bool:
    """True when ``e`` may lie in ``ref`` (same country; same region unless ``ref`` is a country)."""
    if e.kind == "C" or e.country != ref.country:
        return e.kind == "C" and e.country == ref.country
    if ref.kind == "C" or not ref.admin1_code or not e.admin1_code:
        return True
    return e.admin1_code == ref.admin1_code


def _apply_chains(text: str, cands: list[_Candidate], links: list[bool],
                  resolved: dict[int, tuple[_Candidate, GazEntry]], gaz: Gazetteer) -> None:
    """A place must lie in the areas its address chain names after it: "Habra district, Sanaa city,
    Yemen" is no town abroad. A reading outside them gives way to the best reading inside, else to
    none (the name is then kept as a place inside its container)."""
    slack = _compiled()["th"]["chain_slack"]
    for i in range(len(cands) - 1, -1, -1):
        cand = cands[i]
        if not cand.rows or cand.start not in resolved and not cand.scores:
            continue
        ref = next((resolved[s.start][1] for s in _successors(cands, links, i) if s.start in resolved), None)
        if ref is None:
            continue
        cur = resolved.get(cand.start)
        if cur is not None and (_fits(cur[1], ref) or cur[1].kind == "C"):
            continue
        inside = [(cand.scores.get(r, -1e9), -r, r) for r, e in cand.entries if _fits(e, ref) and e is not ref]
        best = max(inside, default=None)
        if best is not None and best[0] >= _threshold(cand) - slack:
            resolved[cand.start] = (cand, gaz.entry(best[2]))
        elif cur is not None and (cand.span_end > cand.end or cand.cue or ref.kind == "C"
                                  or _COMMA_IN_GAP.fullmatch(text, cand.span_end, cands[i + 1].start) is not None):
            # a cued place ("X district, Y"), or one before a country, lies in the chain's area; a bare
            # name before another may be a list ("in Ghazni, Logar") and keeps its reading
            del resolved[cand.start]


def _follow_longer_names(cands: list[_Candidate], resolved: dict[int, tuple[_Candidate, GazEntry]]) -> None:
    """A bare name the text also writes as the head of a longer place name ("Gaza" beside "Gaza Strip" or
    "Gaza City", "Donetsk" beside "Donetsk Oblast") takes the longer name's country when one of its own readings
    lies there: the text says which of the namesakes it means, whatever country the rest of it names most."""
    longer: dict[str, str] = {}
    for cand, e in resolved.values():
        if " " in cand.key and not cand.partial and e.kind != "C":
            longer.setdefault(cand.key.split(" ", 1)[0], e.country)
    if not longer:
        return
    for start, (cand, e) in list(resolved.items()):
        country = longer.get(cand.key)
        if country is None or e.country == country or cand.inflected or e.kind == "C":
            continue
        there = [i for i, x in cand.entries if x.country == country and i in cand.scores]
        if there:
            best = max(there, key=lambda i: (cand.scores[i], -i))
            resolved[start] = (cand, dict(cand.entries)[best])


_FINAL_VOWELS = twin(r"[aeiouy]+$")


@functools.lru_cache(maxsize=16384)  # a pure function of the name, asked for every candidate and lone word
def _stem(key: str) -> str | None:
    """A one-word name without its final vowels ("bucha", "buchi", "buch" -> "buch"), or None when
    too short to compare safely."""
    if " " in key:
        return None
    stem = _FINAL_VOWELS.sub("", key)
    return stem if len(stem) >= 4 else None


def _resolve_inflected(text: str, cands: list[_Candidate], runs: list[list[_Token]],
                       resolved: dict[int, tuple[_Candidate, GazEntry]], gaz: Gazetteer) -> None:
    """A case form of a place the text names ("in Buchi", "in Buch" beside "Bucha": translations from
    inflected languages keep the endings) is that place, when the gazetteer does not resolve it."""
    known: dict[str, tuple[str, GazEntry]] = {}
    for cand, e in resolved.values():
        st = _stem(cand.key) if e.kind == "P" else None
        if st is not None:
            known.setdefault(st, (cand.key, e))
    if not known:
        return
    taken = {c.start for c in cands}
    for cand in cands:
        if cand.start in resolved or cand.titled:
            continue
        st = _stem(cand.key)
        if st in known and known[st][0] != cand.key:
            cand.inflected = True
            resolved[cand.start] = (cand, known[st][1])
    extra = []
    for run in runs:
        if len(run) != 1 or run[0].start in taken or _is_initial(text, run[0].start):
            continue
        key = _norm_surface(text[run[0].start : run[0].end])
        st = _stem(key)
        if st in known and known[st][0] != key and key not in common_words():
            cand = _Candidate(start=run[0].start, end=run[0].end, span_end=run[0].end, key=key, rows=[], cue="",
                              inflected=True)
            resolved[cand.start] = (cand, known[st][1])
            extra.append(cand)
    if extra:
        cands.extend(extra)
        cands.sort(key=lambda c: c.start)


_NEXT_WORD = twin(r"\s+([A-Za-z]+)")


def _facility_after(text: str, end: int) -> bool:
    """True when the word right after ``end`` is a facility word (rules ``facility_follow_words``: "cemetery")."""
    m = _NEXT_WORD.match(text, end)
    return m is not None and normalize(m.group(1)) in _compiled()["facility_follow"]


def find_places(text: str, gaz: Gazetteer | None = None) -> list[Mention]:
    """All place mentions in ``text``, resolved (see module docstring). Pure function of the text."""
    gaz = gaz or get_gazetteer()
    runs = _runs(text, gaz)
    cands = _candidates(text, gaz, runs)
    labels = _digest_labels(text, cands)
    _propagate_unknown(text, cands, runs)
    _mark_containers(text, cands)
    votes = _focus(cands, gaz)
    # first pass without proximity, then anchor on confident resolutions
    anchors: list[GazEntry] = []
    shares: dict[tuple[str, float] | None, dict[str, float]] = {}
    for cand in cands:
        if cand.rows:
            _score(cand, gaz, votes, [], shares)
            best = max(cand.scores, key=cand.scores.__getitem__)
            if cand.scores[best] >= _threshold(cand) + 1.5 and gaz.entry(best).kind in ("P", "A2"):
                if all(a is not gaz.entry(best) for a in anchors):
                    anchors.append(gaz.entry(best))
    resolved: dict[int, tuple[_Candidate, GazEntry]] = {}
    for cand in cands:
        if not cand.rows:
            continue
        _score(cand, gaz, votes, anchors, shares)
        top = max(cand.scores.values())
        best = min(i for i, x in cand.scores.items() if x == top)  # the best reading, the first row on ties
        if cand.scores[best] >= _threshold(cand):
            resolved[cand.start] = (cand, gaz.entry(best))
    _drop_foreign_settlements(cands, resolved, votes)
    _follow_longer_names(cands, resolved)
    _resolve_inflected(text, cands, runs, resolved, gaz)
    links = _chain_links(text, cands)
    _apply_chains(text, cands, links, resolved, gaz)
    out: list[Mention] = []
    for ci, cand in enumerate(cands):
        surface = text[cand.start : cand.span_end]
        chain = _successors(cands, links, ci)
        if cand.rows and cand.start not in resolved:
            whole = cand.rest_end if cand.cue == "" and cand.strong_prep and not chain else None
            if (cand.cue is None or cand.titled or not (cand.strong_prep or chain)
                    or cand.common and whole is None and not _cued_with_address(text, cand.end)
                    and not _featured_after_preposition(text, cand.start, cand.end)):
                continue
            if not cand.cue and not chain and _facility_after(text, whole if whole is not None else cand.span_end):
                continue  # "buried in Dar Noor cemetery": the name of the facility, not of a town
            if whole is not None:
                # "in Ceel Waaq" with no reading of "Ceel" that fits: the whole name is the place the text gives
                # (the run's next word, read as going on past a shorter name, is the name's own)
                cand.span_end = whole
                surface = text[cand.start : whole]
                gh = _compiled()["group_head_re"]
                cand.modifier = gh is not None and gh.match(text, whole) is not None
            named, geo = _chain_container(text, cand, chain, gaz, resolved)
            if named is not None or geo is not None:
                m = _contained(text, cand, named, geo)
            else:
                # marked as a place ("in Moura") but no reading fits the document: keep its text
                m = Mention(cand.start, cand.span_end, "unresolved", _data(text, surface, None, "unresolved"),
                            rule="place.cued_unresolved")
        elif cand.start in resolved:
            e = resolved[cand.start][1]
            precision = e.precision
            if cand.cue in ("district", "region") and e.kind == "P" and not cand.container:
                precision = cand.cue
            m = Mention(cand.start, cand.span_end, precision, _data(text, surface, e, precision), rule=_rule(cand))
        else:
            named, geo = _chain_container(text, cand, chain, gaz, resolved)
            if named is not None or geo is not None:
                m = _contained(text, cand, named, geo)
            else:
                if not cand.cue and not cand.propagated and _facility_after(text, cand.span_end):
                    continue  # "buried in Al Noor cemetery": an unknown name before a facility word names the facility
                rule = "place.propagated_unknown" if cand.propagated else ("place.cued_unknown" if cand.cue else "place.prep_unknown")
                m = Mention(cand.start, cand.span_end, "unresolved", _data(text, surface, None, "unresolved"), rule=rule)
                if cand.settlement:
                    m.data["cued_locality"] = True  # "the village of X", "X town": a locality the gazetteer lacks
        if m.label == "locality" and _is_metonym(text, cand.start, cand.span_end):
            m.data["metonym"] = True  # "Moscow and Kyiv accused each other": governments, not places
            m.rule += "+metonym"
        if cand.start in labels:
            m.data["label"] = True  # "Herat: three staff were detained ...": the place of a digest's item
            m.rule += "+label"
        elif _is_dateline(text, cand.start, cand.span_end):
            m.data["dateline"] = True
            m.rule += "+dateline"
        if _is_aside(text, cand.start):
            m.data["aside"] = True  # "died in hospitals in X", "trains to X": not where the incident was
        if _is_comparison(text, cand.start):
            m.data["comparison"] = True  # "the town looked like X after the bombing": a simile, not a place of events
        if cand.modifier:
            m.data["modifier"] = True
        if cand.settlement and m.data.get("geonameid") is not None and m.label == "locality":
            m.data["settlement"] = True  # "the village of X" the gazetteer knows: what "the village" refers back to
        water = _water_body_start(text, cand.start)
        if water is not None:
            # "the Gulf of X": the sea, named after X, is the place (in X's country), not the town X
            sea = text[water : cand.span_end]
            country = m.data.get("country")
            m = Mention(water, cand.span_end, "unresolved", _data(text, sea, None, "unresolved"), rule="place.water_body")
            m.data["country"] = country
        if cand.container:
            m.data["container"] = True
            m.rule += "+container"
        if m.label == "country" and _POSSESSIVE.search(surface):
            m.data["possessive"] = True  # "Russia's attack": a party more than a place
        out.append(m)
    _carry_contained(text, out)
    out = _with_alternate_names(text, out, gaz)
    for m in out:
        if _names_a_capital(text, m.start) or _names_a_file(text, m.start, m.end):
            # "(district capital = X)": a reference point; "COLOMBO 000471": an office's file number
            m.data["reference"] = True
    return out


@functools.cache
def _water_body_before() -> Any:
    heads = "|".join(sorted((h.capitalize() for h in rules().get("water_body_heads", [])), key=len, reverse=True))
    return twin(rf"\b(?:{heads or '(?!)'})\s+of\s+$")


def _water_body_start(text: str, start: int) -> int | None:
    """Where "Gulf of", "Bay of" (rules ``water_body_heads``, capitalised) begins when it comes right before
    ``start``: the name at ``start`` then ends the name of a sea; else None."""
    if text[start - 3 : start] != "of ":
        return None
    m = _water_body_before().search(text, max(0, start - 24), start)
    return m.start() if m is not None else None


_SERIAL_AFTER = twin(r"[ \t]+(?:0\d{2,}|\d{5,})\b")


def _names_a_file(text: str, start: int, end: int) -> bool:
    """True when an upper-case place name is followed by a serial number ("COLOMBO 000471", "REF: STATE
    104321"): a message's or file's reference, named after the office that sent it, not a place of events."""
    return text[start:end].isupper() and _SERIAL_AFTER.match(text, end) is not None


_CAPITAL_BEFORE = twin(r"(?i)\bcapital\s*(?:=|:|is\b|being\b)\s*$")


def _names_a_capital(text: str, start: int) -> bool:
    """True when the place at ``start`` is given, inside a parenthesis, as the capital of the area named
    before it ("X District (district capital = Y)", "(provincial capital: Y)")."""
    opening = text.rfind("(", max(0, start - 40), start)
    return opening >= 0 and ")" not in text[opening:start] and _CAPITAL_BEFORE.search(text, opening, start) is not None


_ALT_NAME = twin(
    r"[ \t]*\([ \t]*((?-i:\p{Lu}[\p{L}\p{M}'’-]*(?:[ -]\p{Lu}[\p{L}\p{M}'’-]*){0,3}))[ \t]*\)")


def _with_alternate_names(text: str, mentions: list[Mention], gaz: Gazetteer) -> list[Mention]:
    """"Sergele (Sargali) area", "Nahr-i-Saraj (Girishk) district": one capitalised name in a parenthesis
    right after a place is another name of it (a spelling, the local name, its main town), unless it is
    an acronym or names a country or region (then a container: "Kyiv (Ukraine)"). The mention takes in
    the parenthesis and a cue word after it, so that its text carries both names."""
    c = _compiled()
    drop: set[int] = set()
    for i, m in enumerate(mentions):
        if i in drop or m.data.get("container") or m.label in ("region", "country"):
            continue
        a = _ALT_NAME.match(text, m.end)
        if a is None:
            continue
        name = a.group(1)
        if name.isupper() or normalize(name) in demonym_keys() or any(e.kind in ("C", "A1") for e in gaz.lookup(name)):
            continue
        end = a.end()
        cue = c["suffix_re"].match(text[end : end + 30])
        if cue is not None and "," not in cue.group(0):
            end += cue.end(1)
        inside = [j for j in range(i + 1, len(mentions)) if mentions[j].start < end]
        if any(mentions[j].end > end for j in inside):
            continue
        drop.update(inside)
        m.end = end
        m.data["text"] = text[m.start : end]
        m.data["alternate_name"] = name
    return [m for j, m in enumerate(mentions) if j not in drop]


ASIDE_REACH = 120  # characters before a place read for its aside cue (rules ``aside_before``)
_ASIDE_WORDS = ("hospital", " to ", " for ", "speaking", "contacted", "interviewed", "reached", "arrived", "like", "resembl", "reminiscent", "compared", "conference",
                "briefing", "reporters", "journalists", "hearing")  # every aside_before pattern needs one
_LIST_TAIL = twin(r"(?:\p{Lu}[\p{L}\p{M}'’-]*(?:\s+\p{Lu}[\p{L}\p{M}'’-]*)*\s*(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+))+$")


# what makes a regex's matches depend on the direction it is read in: atomic groups, possessive quantifiers,
# back-references, \G
_DIRECTED = twin(r"\(\?>|[*+?}]\+|\\[1-9G]|\(\?P=|\\g<")


def _end_anchored(pattern: str) -> Any:
    """A rule pattern anchored at the end of the text it is searched in ("... $"), asked only whether it
    matches: compiled for a reverse search (regex's REVERSE flag), which tries the end once instead of
    every start position; the same texts match. A pattern that is not, or whose matches could depend on
    the direction (``_DIRECTED``), is compiled as it is."""
    if pattern.endswith("$") and not pattern.endswith("\\$") and not _DIRECTED.search(pattern):
        return regex.compile(pattern, flags=regex.REVERSE)
    return twin(pattern)


@functools.cache
def _aside_patterns() -> tuple[tuple[Any, tuple[str, ...]], ...]:
    """Rules ``aside_before``, each with its gate: strings one of which every match holds in the lower-cased text
    (``fastre.gate_strings`` of a case-insensitive pattern; none when they cannot be read)."""
    return tuple((_end_anchored(p), _gate(p)) for p in rules().get("aside_before", []))


def _gate(pattern: str) -> tuple[str, ...]:
    """``fastre.gate_strings`` of a pattern written case-insensitive ("(?i)..."), read on lower-cased text; none
    for another pattern."""
    if not pattern.startswith("(?i)"):
        return ()
    return gate_strings(lower_pattern(pattern[4:]))


COMPARISON_REACH = 50  # characters before a place read for a comparison cue (rules ``comparison_before``)
_COMPARISON_WORDS = ("like", "reminiscent", "compar", "akin", "resembl")  # every comparison_before pattern needs one


@functools.cache
def _comparison_patterns() -> tuple[Any, ...]:
    return tuple(_end_anchored(p) for p in rules().get("comparison_before", []))


def _is_comparison(text: str, start: int) -> bool:
    """True when the place at ``start`` is named in a simile or comparison ("looked like X", "reminiscent of
    X"; rules ``comparison_before``)."""
    before = text[max(0, start - COMPARISON_REACH) : start]
    low = before.lower()
    if not any(w in low for w in _COMPARISON_WORDS):
        return False
    return any(p.search(before) for p in _comparison_patterns())


def _is_aside(text: str, start: int) -> bool:
    """True when the place at ``start`` is named only as where the wounded are treated or where people or
    vehicles head (rules ``aside_before``), also as a later item of such a list ("in hospitals in X and Y")."""
    before = text[max(0, start - ASIDE_REACH) : start]
    if not before.endswith((" ", "\u00a0")):
        return False
    low = before.lower()
    if not any(w in low for w in _ASIDE_WORDS):
        return False  # no cue word of any pattern: no scan
    # a list's tail ends in a comma or a joining "and"/"or" before white space: else no search for one
    tail = _LIST_TAIL.search(before) if before.rstrip().endswith((",", "and", "or")) else None
    heads = (before, before[: tail.start()]) if tail is not None else (before,)
    # a pattern none of whose gate strings the stretch holds is not searched (only on ASCII text, which lower-cases
    # letter by letter as re.IGNORECASE folds it)
    ascii_ = before.isascii()
    return any(p.search(h) for p, gate in _aside_patterns() if not (ascii_ and gate and not any(g in low for g in gate))
               for h in heads)


def _chain_container(text: str, cand: _Candidate, chain: list[_Candidate], gaz: Gazetteer,
                     resolved: dict[int, tuple[_Candidate, GazEntry]]) -> tuple[_Candidate | None, GazEntry | None]:
    """The area a place the gazetteer cannot resolve lies in: (the nearest named area of its address
    chain when the gazetteer does not know it either, the nearest area it does know). A place the text
    marks as a region ("the X region", "the occupied territories of X") lies in no town: only a district
    or region the text names holds it, else it stays unresolved."""
    kinds = _AREAS if cand.cue == "region" or names_area_of(text, cand.start) else _TOWN_OR_AREA
    geo = next((resolved[c.start][1] for c in chain if c.start in resolved
                and (resolved[c.start][1].kind != "P" or "P" in kinds)), None)  # (an address may end on the country)
    first = chain[0] if chain else None
    if first is not None and first.start not in resolved and not first.propagated and (
            first.cue in ("locality", "district") and first.span_end > first.end or first.cue == ""):
        return first, geo  # "the X area of Y district, Z", "X camp in Y, Z": Y, itself unknown, is what the text gives
    if geo is None:
        geo = _containing(text, cand.span_end, gaz, resolved, kinds)
    if geo is None:
        geo = _possessor(text, cand.start, resolved, kinds)
    return None, geo


_POSSESSOR_GAP = twin(r"\s+(?:\p{Ll}[\p{L}\p{M}-]*\s+){0,2}")  # "X's Y area", "X's central Y square"


def _possessor(text: str, start: int, resolved: dict[int, tuple[_Candidate, GazEntry]],
               kinds: tuple[str, ...] = _TOWN_OR_AREA) -> GazEntry | None:
    """The town or area a possessive names right before an unknown place ("Kharkiv's X district",
    "Dnipro's central X area"): the unknown place lies in it. A country's possessive is no container
    (it says too little of where the place is)."""
    for area_start, (area, entry) in resolved.items():
        if area.span_end < start and area.span_end > start - 40 and entry.kind in kinds:
            if (_POSSESSIVE.search(text, area.start, area.span_end) is not None
                    and _POSSESSOR_GAP.fullmatch(text, area.span_end, start) is not None):
                return entry
    return None


def _contained(text: str, cand: _Candidate, named: _Candidate | None, geo: GazEntry | None) -> Mention:
    """A named place kept with its own text, resolved to the area its text puts it in."""
    surface = text[cand.start : cand.span_end]
    if named is not None:
        precision = named.cue or "locality"
        data = _data(text, surface, None, precision)
        data["name"] = text[named.start : named.span_end]
        if geo is not None:
            data["country"], data["admin1"] = geo.country, geo.admin1
        rule = "place.unknown_in_named_area"
    else:
        assert geo is not None
        precision = geo.precision
        data = _data(text, surface, geo, precision)
        rule = "place.unknown_in_container"
    if cand.rows:
        rule = rule.replace("unknown", "unresolved")
    data["contained"] = True  # a named place inside the container it resolves to
    if cand.settlement:
        data["settlement"] = True  # "the village of X, near Y": the village "the village" refers back to
    return Mention(cand.start, cand.span_end, precision, data, rule=rule)


def _carry_contained(text: str, out: list[Mention]) -> None:
    """A name the gazetteer reads abroad that the text once placed inside a known area ("near X, in the Y
    district"; rule ``unresolved_in_container``) keeps that area where the text names it again alone: the
    same place, not a namesake in another country."""
    held = {normalize(str(m.data["text"])): m for m in out
            if m.rule.startswith("place.unresolved_in_") and m.data.get("contained") and m.data.get("country")}
    if not held:
        return
    for i, m in enumerate(out):
        c = held.get(normalize(text[m.start : m.end]))
        if (c is not None and c.start < m.start and m.data.get("geonameid") is not None
                and not m.data.get("contained") and m.data.get("country") != c.data["country"]):
            out[i] = Mention(m.start, m.end, c.label, dict(c.data, text=text[m.start : m.end]),
                             rule=c.rule + "+carried")


def _rule(cand: _Candidate) -> str:
    if cand.inflected:
        return "place.inflected_form"
    if cand.cue:
        return f"place.gazetteer+cue_{cand.cue}"
    if cand.cue == "":
        return "place.gazetteer+prep"
    return "place.gazetteer"


def annotate(doc: Doc) -> Doc:
    """Component function: fill ``doc.spans["places"]``."""
    doc.spans["places"] = find_places(doc.text)
    return doc


component = Component(name="places", func=annotate, requires=("sentences",), assigns=("places",))


PLACE_RANK = {"locality": 0.0, "cued_locality": 0.5, "district": 1.0, "unresolved": 1.5, "region": 2.0, "country": 3.0}


def _rank(m: Mention) -> float:
    """Specificity rank of a place for a claim: lower is better; containers ("..., Khost.") come late,
    a named place resolved only to its container ranks no lower than an unresolved one."""
    if m.data.get("contained"):
        # a named place inside another is more specific than a place of the same level (unless it is itself
        # the container of the place an address chain begins with: "X (Y LGA, Z)")
        return (min(PLACE_RANK["unresolved"], PLACE_RANK.get(m.label, 5.0)) - 0.1
                + (2.5 if m.data.get("container") else 0.0))
    if m.data.get("cued_locality"):
        return PLACE_RANK["cued_locality"]  # "near the village of X": more specific than a district
    return PLACE_RANK.get(m.label, 5.0) + (2.5 if m.data.get("container") else 0.0)


def _eligible(doc: Doc, m: Mention, aside: bool = False) -> bool:
    """A place a claim may take: not a dateline, not a possessive country, not a place of treatment or a
    destination (rules ``aside_before``; with ``aside``, those count too), not inside a speaker's name."""
    if (m.data.get("dateline") or m.data.get("possessive") or m.data.get("metonym") or m.data.get("reference")
            or m.data.get("comparison") or (m.data.get("aside") and not aside)):
        return False
    for a in doc.spans.get("attributions", ()):
        ns, ne = a.data.get("name_start"), a.data.get("name_end")
        if ns is not None and ne is not None and ns <= m.start and m.end <= ne:
            # "head of the Poltava region" names an office; "residents of X say" name witnesses by their place
            return _people_of_before().search(doc.text, max(ns, m.start - 30), m.start) is not None
    return True


def _within(m: Mention, area: Mention, country: str | None = None) -> bool:
    """True when place ``m`` lies in the country (or region) ``area`` names; ``country`` stands in
    for the country of a place the gazetteer could not resolve."""
    own = m.data.get("country") or country
    if area.label == "country":
        return own is not None and own == area.data.get("country")
    if area.label == "region":
        if m.data.get("admin1") is None:
            return m.data.get("geonameid") is None and own is not None and own == area.data.get("country")
        return own == area.data.get("country") and m.data.get("admin1") == area.data.get("admin1")
    return False


_DISPLACEMENT = twin(r"(?i)\b(?:refuge|fled|flee|displace|evacuat|expel|deport|driven\s+out|forced\s+out|crossed\s+(?:from|into|over))")
ORIGIN_REACH = 60  # characters before a place read for "from (the)" and the distance word before it


@functools.cache
def _origin_before() -> Any:
    near = _alternation(rules()["proximity_before_from"])
    name = r"(?-i:\p{Lu})[\p{L}'’\-]*"
    route = rf"\bfrom\s+(?:the\s+)?{name}(?:\s+{name}){{0,3}}\s+to\s+(?:the\s+)?"
    # "soldiers from the military detachment at X": where the unit they came from stands
    unit = r"\bfrom\s+(?:the|a|an|its|their)\s+(?:(?-i:\p{Ll})[\p{L}-]*\s+){1,3}(?:at|in)\s+(?:the\s+)?"
    return twin(rf"(?i)(?:(?<!\b(?:{near})\s+)\bfrom\s+(?:the\s+)?|{route}|{unit})$")


@functools.cache
def _taken_from_verb() -> Any:
    """A verb of taking people away (rules ``taken_from_verbs``) with no sentence end after it."""
    stems = _alternation(rules().get("taken_from_verbs", []))
    return twin(rf"(?i)\b(?:{stems or '(?!)'})[^.;!?\n]*$")


def _taken_from(text: str, floor: int, start: int) -> bool:
    """True when the place at ``start`` is where people were taken from ("abducted 12 pupils from a school in
    X"): the scene of the abduction, not an origin. Reads back from ``start`` to ``floor`` (the claim's start)."""
    return _taken_from_verb().search(text, max(floor, start - 2 * ORIGIN_REACH), start) is not None


def named_as_origin(text: str, start: int) -> bool:
    """True when the place at ``start`` follows "from (the)": where something came from ("launched from X",
    "prisoners from X"), unless a distance or nearness word leads it ("fell 300 metres away from X",
    "not far from X"; rules ``proximity_before_from``), which places the event near X; also the end of a
    route ("a flight from X to Y"): where something was headed, not where it happened; and where a unit that
    came stands ("soldiers from the military detachment at X"). Every match holds "from", and no letter but
    the ASCII ones matches "from" case-insensitively: a stretch without it (lower-cased) is not searched."""
    before = text[max(0, start - ORIGIN_REACH) : start]
    if "from" not in before.lower():
        return False
    return _origin_before().search(before) is not None


@functools.cache
def _armed_from() -> Any:
    """"groups from", "fighters from the" (rules ``armed_from_heads``) ending the text before a place: where armed
    men came from."""
    heads = _alternation(rules().get("armed_from_heads", []))
    return twin(rf"(?i)\b(?:{heads or '(?!)'})\s+from\s+(?:the\s+)?$")


@functools.cache
def _besides_before() -> Any:
    """"in addition to X", "apart from X" (rules ``besides_cues``): X is set aside, the sentence is about others."""
    cues = "|".join(sorted((regex.escape(c).replace("\\ ", r"\s+") for c in rules()["besides_cues"]), key=len, reverse=True))
    return twin(rf"(?i)\b(?:{cues})\s+(?:the\s+(?:\p{{L}}+\s+)?(?:city|town|village|region)\s+of\s+|the\s+)?$")
PART_REACH = 80  # characters from a part cue ("of which 23 ...") to the place of that part


@functools.cache
def _part_before() -> Any:
    """", of which 23 were in X", "of whom 5 in X" (rules ``part_cues``): the clause counts a part of
    the sentence's figure; X is where the part is. ", most of them in X" (rules ``share_cues``): a share of
    it, with no count of its own."""
    cues = "|".join(sorted((regex.escape(c).replace("\\ ", r"\s+") for c in rules()["part_cues"]), key=len, reverse=True))
    shares = "|".join(sorted((regex.escape(c).replace("\\ ", r"\s+") for c in rules().get("share_cues", [])), key=len, reverse=True))
    share = rf"|(?:{shares})\s+[^.;:!?()\n]*" if shares else ""
    return twin(rf"(?i)[,;(—–]\s*(?:(?:{cues})\s+[^.;:!?()\n]*?\d[^.;:!?()\n]*{share})$")


def _in_part_clause(text: str, pos: int, floor: int) -> bool:
    """True when the place at ``pos`` lies in a clause that breaks a figure down (``_part_before``)."""
    return _part_before().search(text, max(floor, pos - PART_REACH), pos) is not None


def _is_part(text: str, pos: int, floor: int) -> bool:
    """True when the place at ``pos`` names where a part of a figure is (a breakdown parenthesis or clause)."""
    return _in_breakdown(text, pos, floor) or _in_part_clause(text, pos, floor)


def whole_of_breakdown(doc: Doc, m: Mention, start: int, end: int) -> bool:
    """True when the span ``[start, end)`` breaks a figure down by place ("In C, 5,000 cases, of which
    800 in A") and ``m`` is a place of the span outside the parts: the area the whole figure is of."""
    places = [p for p in doc.spans.get("places", []) if start <= p.start and p.end <= end and _eligible(doc, p)]
    if not (start <= m.start and m.end <= end) or _is_part(doc.text, m.start, start):
        return False
    return any(_is_part(doc.text, p.start, start) for p in places)


@functools.cache
def _people_of_before() -> Any:
    """"residents of X", "villagers of the X village" (rules ``people_of_cues``): X says who the people are."""
    cues = _alternation(rules()["people_of_cues"])
    return twin(rf"(?i)\b(?:{cues})\s+of\s+(?:the\s+)?$")


LISTED_REGIONS_MIN = 4  # regions of one country a list names at least to stand for the country as a whole
LISTED_REGIONS_GAP = 40  # characters between two listed regions at most (an unknown name between them may sit there)
_LISTED_REGIONS_SEPARATOR = twin(r"\s*(?:[,;]\s*(?:(?:and|or)\s+)?|(?:and|or)\s+)")
_LISTED_NAME = twin(r"(?:\p{Lu}[\p{L}'’.\-]*\s*)+")


def _list_gap(gap: str) -> bool:
    """True when ``gap`` only separates list items: commas or "and"/"or", with at most names the
    gazetteer did not resolve between them (", New Foo, ")."""
    pos = 0
    while pos < len(gap):
        m = _LISTED_REGIONS_SEPARATOR.match(gap, pos)
        if m is None or m.end() == pos:
            return False
        pos = m.end()
        name = _LISTED_NAME.match(gap, pos)
        if name is not None:
            pos = name.end()
    return len(gap) > 0


def _names_region(m: Mention) -> bool:
    """True for a region, or a town named like the region it lies in (a province's seat, "Yobe"/"Gombe"):
    in a list of regions, that name is the region's."""
    if m.label == "region":
        return True
    admin1 = m.data.get("admin1")
    return m.label == "locality" and bool(admin1) and normalize(str(m.data.get("name") or "")) == normalize(str(admin1))


def listed_regions_country(doc: Doc, start: int, end: int) -> str | None:
    """The country whose regions the span ``[start, end)`` lists, ``LISTED_REGIONS_MIN`` or more in a row
    ("in eight provinces: A, B, C, D, ...", "N states of X - A, B, C, D"), when the span names no more
    specific place outside the list ("protesters in X demanded to go home to A, B, C and D" is X's): a
    figure over such a list is the country's as a whole, not its first region's.
    RETURNS (str | None): the country code, else None."""
    inside = [m for m in doc.spans.get("places", _NO_LAYER)
              if start <= m.start and m.end <= end and not m.data.get("dateline") and not m.data.get("possessive")]
    regions = [m for m in inside if _names_region(m) and m.data.get("country")]
    if len(regions) < LISTED_REGIONS_MIN:
        return None
    by_country: dict[str, list[Mention]] = collections.defaultdict(list)
    for m in regions:
        by_country[str(m.data["country"])].append(m)
    for code, ms in by_country.items():
        span = _listed_run(doc.text, sorted(ms, key=lambda m: m.start))
        if span is None:
            continue
        outside = [m for m in inside if (m.end <= span[0] or m.start >= span[1])
                   and m.label in ("locality", "district", "unresolved") and _eligible(doc, m)]
        if not outside:
            return code
    return None


def _listed_run(text: str, ms: list[Mention]) -> tuple[int, int] | None:
    """The span of the first run of ``LISTED_REGIONS_MIN`` or more distinct regions among ``ms`` (in text
    order) joined as a list (``_list_gap``), else None."""
    first = 0
    seen: set[object] = {ms[0].data.get("admin1")}
    best: tuple[int, int] | None = None
    for k in range(1, len(ms)):
        gap = text[ms[k - 1].end : ms[k].start]
        if len(gap) <= LISTED_REGIONS_GAP and _list_gap(gap):
            seen.add(ms[k].data.get("admin1"))
        else:
            if best is not None:
                return best
            first, seen = k, {ms[k].data.get("admin1")}
        if len(seen) >= LISTED_REGIONS_MIN:
            best = (ms[first].start, ms[k].end)
    return best


_PERIOD_TOTAL = twin(r"(?i)\b(?:since\s+(?:the\s+)?(?:\d|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|start|beginning|outbreak)|so\s+far|to\s+date|in\s+total|overall\s+toll|cumulative"
                              r"|(?:in|over|during)\s+the\s+(?:past|last)\s+(?:[\w-]+\s+)?(?:days|weeks|months|years))")


@functools.cache
def _period_totals() -> Any:
    """Rules ``period_totals``: a count over a whole named month or year ("in October 2008", "during the month")."""
    cues = [c for c in rules().get("period_totals", []) if c]
    return twin("(?i)" + "|".join(f"(?:{c})" for c in cues)) if cues else None


def states_period_total(text: str, start: int, end: int) -> bool:
    """True when ``text[start:end]`` words a running total over a period ("since 8 October", "so far", "to
    date") or a count over a whole month or year (rules ``period_totals``): a figure of the whole area it names."""
    if _PERIOD_TOTAL.search(text, start, end) is not None:
        return True
    extra = _period_totals()
    return extra is not None and extra.search(text, start, end) is not None


def _in_breakdown(text: str, pos: int, floor: int) -> bool:
    """True when ``pos`` lies inside a parenthesis that breaks a figure down ("(13 in A, 5 in B)")."""
    opening = text.rfind("(", floor, pos)
    if opening < 0 or text.find(")", opening, pos) >= 0:
        return False
    closing = text.find(")", pos)
    inner = text[opening + 1 : closing if closing >= 0 else pos]
    return bool(_BREAKDOWN.search(inner))


_BREAKDOWN = twin(r"\d[\d,.]*\s+(?:\p{Ll}+\s+){0,2}(?:in|at)\s")
_WHERE_AFTER = twin(r",?\s+where\s")
# "(15 km) east of Y", "south-west of the Y": Y is only the reference point of a place named before it
_REFERENCE_POINT_BEFORE = twin(r"(?i)\b(?:north|south|east|west)(?:[- ]?(?:east|west))?\s+of\s+(?:the\s+)?$")
_AGGREGATE_BEFORE = twin(r"(?i)\b(?:across|throughout|nationwide\s+in|all\s+over|all\s+of)\s+(?:the\s+)?$")


@functools.cache
def _area_wide() -> dict[str, Any]:
    """Per place label, "across the province", "throughout the whole region" (the kind words of rules
    ``area_anaphora``): the sentence's figure is spread over the area of that level it names."""
    return {label: twin(rf"(?i)\b(?:across|throughout|all\s+over)\s+the\s+(?:whole\s+|entire\s+)?(?:{_alternation(words)})\b")
            for label, words in rules().get("area_anaphora", {}).items()}


def _area_wide_of(text: str, start: int, end: int, label: str) -> bool:
    """True when ``[start, end)`` spreads its figure over the whole area of level ``label`` ("across the province")."""
    pattern = _area_wide().get(label)
    return pattern is not None and pattern.search(text, start, end) is not None


def _main_country(doc: Doc, main: Mention) -> str | None:
    """The country of the document's main place; for a name the text marks as a place but the
    gazetteer does not know, the country the document's resolved places name most."""
    if main.data.get("country"):
        return main.data["country"]
    if not main.rule.startswith("place.cued_unknown"):
        return None  # only a name the text marks as a place ("Dahyan city") is surely in the document's country
    counts = collections.Counter(m.data["country"] for m in doc.spans.get("places", [])
                                 if m.data.get("country") and _eligible(doc, m))
    return counts.most_common(1)[0][0] if counts else None


@functools.cache
def _area_pattern() -> Any:
    """"in the occupied territories", "across rebel-held areas" (rules ``area_prepositions``,
    ``area_status_words``, ``area_nouns``); group 1 is the area's name."""
    r = rules()

    def alt(words: list[str]) -> str:
        return "|".join(regex.escape(w).replace("\\ ", r"\s+") for w in sorted(words, key=len, reverse=True))

    return twin(rf"(?i)\b(?:{alt(r['area_prepositions'])})\s+(?:the\s+)?((?:{alt(r['area_status_words'])})\s+"
                         rf"(?:{alt(r['area_nouns'])}))\b")


AREA_OF_REACH = 60  # characters from an area phrase's "of" back to its start ("temporarily occupied territories of ")


@functools.cache
def _area_of_before() -> Any:
    """"the occupied territories of (the) X": X is the country or region the area lies in."""
    r = rules()

    def alt(words: list[str]) -> str:
        return "|".join(regex.escape(w).replace("\\ ", r"\s+") for w in sorted(words, key=len, reverse=True))

    return twin(rf"(?i)\b(?:{alt(r['area_status_words'])})\s+(?:{alt(r['area_nouns'])})\s+of\s+(?:the\s+)?$")


def names_area_of(text: str, start: int) -> bool:
    """True when the place at ``start`` follows an area phrase and "of" ("in the occupied territories of X"):
    a figure there is of an area of X as a whole, not of a town of X the document is about."""
    return _area_of_before().search(text, max(0, start - AREA_OF_REACH), start) is not None


@functools.cache
def _area_gate() -> tuple[str, ...] | None:
    """The first words of ``area_status_words``, lower-cased: every area phrase holds one (``None`` when a
    status word is not a plain word, hyphenated or not)."""
    words = rules()["area_status_words"]
    if not all(re.fullmatch(r"[A-Za-z]+(?:[ -][A-Za-z]+)*", w) for w in words):
        return None
    return tuple(sorted({w.split()[0].lower() for w in words}))


def _area_phrase(text: str, start: int, end: int) -> Mention | None:
    """The first area the span names by who holds it ("in the occupied territories"), as an unresolved
    place (rule ``place.area_phrase``); None when it names none. An ASCII span none of whose lower-cased
    words begins a status word (``_area_gate``) names none: no search."""
    gate = _area_gate()
    if gate is not None:
        span = text[start:end]
        if span.isascii():
            low = span.lower()
            if not any(g in low for g in gate):
                return None
    m = _area_pattern().search(text, start, end)
    if m is None:
        return None
    surface = " ".join(m.group(1).split())
    return Mention(m.start(1), m.end(1), "unresolved", _data(text, surface, None, "unresolved"), rule="place.area_phrase")


def place_for(doc: Doc, start: int, end: int) -> Mention | None:
    """The place a claim whose evidence is ``[start, end)`` takes.

    Datelines, possessive countries ("Russia's attack") and places inside a speaker's name ("head
    of the Poltava region") do not count. Inside the span, the most specific place wins (locality,
    district, unresolved, region, country), the document's main place first among equals, then the
    first. A span naming only a country or region the document's main place lies in takes the main
    place. With nothing inside: the nearest place before it in its paragraph, else the main place.
    """
    places = doc.spans.get("places", [])
    main = document_place(doc)
    inside = [m for m in places if start <= m.start and m.end <= end and _eligible(doc, m)]
    if main is not None:
        # "Gaza Health Ministry", "Donetsk People's Republic": names, not the incident's place
        inside = [m for m in inside if not m.data.get("modifier")]
    origins = [m for m in inside if named_as_origin(doc.text, m.start) and not _taken_from(doc.text, start, m.start)]
    if origins and main is not None and not _DISPLACEMENT.search(doc.text, start, end):
        # "launched from X, targeting Y", "prisoners from X were released": X is where it came from
        # (for people driven out, "fled from X", the origin is the incident's place and stays)
        inside = [m for m in inside if m not in origins]
    besides = [m for m in inside if _besides_before().search(doc.text, max(start, m.start - 40), m.start)]
    if besides and len(besides) < len(inside):
        # "In addition to X, the rockets hit Y and Z": the sentence's own figures are of Y and Z
        inside = [m for m in inside if m not in besides]
    people_of = [m for m in inside if _people_of_before().search(doc.text, max(start, m.start - 30), m.start)]
    elsewhere = [m for m in inside if m not in people_of and not m.data.get("container")]
    if people_of and elsewhere and not _DISPLACEMENT.search(doc.text, start, end):
        # "residents of X staged a protest in Y": X says who they are, Y where it happened
        # (not "residents of X (A, B) protested": A and B only contain X)
        inside = [m for m in inside if m not in people_of]
    labelled = [m for m in inside if m.data.get("label")]
    if labelled and len(labelled) < len(inside):
        # "Ghazni: four children were killed ... in Andar district": the item's own place is more precise
        # than the digest's label
        inside = [m for m in inside if not m.data.get("label")]
    if inside:
        parts = [m for m in inside if _is_part(doc.text, m.start, start)]
        broken_down = bool(parts) and len(parts) < len(inside)
        if broken_down:
            # "67 mosques (13 in A, 5 in B) in C", "In C, 116 cases, of which 23 in A": the parenthesis
            # or clause breaks the figure down; C is its place
            inside = [m for m in inside if m not in parts]
        where = [m for m in inside if _WHERE_AFTER.match(doc.text, m.end)]
        if where:
            # "towns such as Brenmoor and Ostrava Nova, where three residents died"; for "in Telmar,
            # Kordavia, where ..." the place the chain's container holds
            w = where[-1]
            held = [m for m in inside if m.end <= w.start and not m.data.get("container")]
            if held and _REFERENCE_POINT_BEFORE.search(doc.text, max(held[-1].end, w.start - 40), w.start):
                return held[-1]  # "the village of X, 15 km east of Y, where ...": the clause is about X
            return held[-1] if w.data.get("container") and held else w
        best_rank = min(_rank(m) for m in inside)
        top = [m for m in inside if _rank(m) == best_rank]
        if main is not None and len(top) > 1:
            # of equally specific places, one in the document's own country ("across the X Region ... on the
            # edge of Y", X read as a namesake abroad)
            home = [m for m in top if main.data.get("country") and m.data.get("country") == main.data["country"]]
            if home:
                top = home
        if main is not None:
            for m in top:
                if (m.data.get("geonameid") is not None and m.data.get("geonameid") == main.data.get("geonameid")
                        and (not main.data.get("contained") or m.data.get("text") == main.data.get("text"))):
                    # (a named place resolved to its container shares the container's id: only itself counts)
                    return m
            aggregate = [m for m in top if _AGGREGATE_BEFORE.search(doc.text, max(0, m.start - 30), m.start)
                         or names_area_of(doc.text, m.start)]
            if not aggregate:
                # "killed 14 rebels in X, in clashes across the province": the area the sentence names
                aggregate = [m for m in top if _area_wide_of(doc.text, start, end, m.label)]
            if aggregate:
                # "killed across Sudan", "schools in the occupied territories of X": a total for the whole area,
                # not the main place's
                return aggregate[0]
            if best_rank >= PLACE_RANK["region"] and (broken_down or states_period_total(doc.text, start, end)):
                # "since 24 February, 5,000 civilians were killed in Ukraine": a running total; a figure
                # broken down by place ("of which 800 in A") is a total over the wider area
                return top[0]
            country = _main_country(doc, main)
            if (best_rank >= PLACE_RANK["region"] and any(_within(main, m, country) for m in top)
                    and is_focused(doc)):
                return main
            if (country and all(m.data.get("country") and m.data["country"] != country for m in inside)
                    and not any(_incident_abroad(doc.text, m) for m in top)):
                return main  # only places abroad (a speaker's seat, "Washington said"): the incident is the document's
        return top[0]
    area = _area_phrase(doc.text, start, end)
    if area is not None:
        return area  # "monuments in the occupied territories": the sentence's own area, not a place carried to it
    settled = _settlement_before(doc, places, start, start, end)
    if settled is not None:
        return settled  # "four men from the village are missing": the village the text named before
    para = next((p for p in doc.paragraphs if p.start <= start < p.end), None)
    if para is not None:
        before = [m for m in places if para.start <= m.start and m.end <= start and _eligible(doc, m) and not m.data.get("modifier")]
        origins = [m for m in before if _armed_from().search(doc.text, max(para.start, m.start - 40), m.start)]
        if origins and len(origins) < len(before):
            # "fighting on the outskirts of X between groups from Y. 37 were killed in the town": where the
            # fighters came from is no place of the paragraph's events (the wounded "brought from Y" were hurt there)
            before = [m for m in before if m not in origins]
        if before:
            last = _contained_before(doc.text, before)
            if _rank(last) < PLACE_RANK["region"]:
                return last
            own = _place_of_sentence_with(doc, last, start)
            if own is not None:
                return own  # "2.3 Road between X and Y, Z province, 4 May. A bus hit a mine.": X, not Z
        settled = _settlement_before(doc, places, start, para.start, start)
        if settled is not None:
            return settled  # "Soldiers attacked the parish at dawn. Hundreds were killed.": the parish's place
        asked = _asked_place(doc, places, para)
        if asked is not None:
            return asked  # "How many were killed in X?" / "Up to last night, 63 had been killed.": the answer's place
    return main


INCIDENT_PREP_REACH = 12  # characters before a place read for the preposition that puts an incident there


@functools.cache
def _incident_prep() -> Any:
    """A place preposition that ends right before a place ("near X", "at X"; rules ``incident_prepositions``)."""
    words = rules().get("incident_prepositions", [])
    return twin(r"(?i)\b(?:" + "|".join(regex.escape(w) for w in words) + r")\s+(?:the\s+)?$") if words else None


def _incident_abroad(text: str, m: Mention) -> bool:
    """True when a locality abroad is where the sentence puts its incident ("a bus struck a mine near X",
    "shells hit residential areas of Y"): a town after a place preposition (rules ``incident_prepositions``),
    not a speaker's seat; a regional roundup tells of incidents in several countries."""
    rx = _incident_prep()
    return (rx is not None and m.label == "locality" and not m.data.get("aside")
            and rx.search(text, max(0, m.start - INCIDENT_PREP_REACH), m.start) is not None)


def _place_of_sentence_with(doc: Doc, last: Mention, before: int) -> Mention | None:
    """The place the sentence holding ``last`` (a region or country, the last place named before
    ``before`` in the paragraph) would take itself, when that is more specific than a region: the
    region only closes the address of a place named before it in that sentence ("in X, Y province")."""
    sent = next((s for s in doc.sentences if s.start <= last.start < s.end), None)
    if sent is None or sent.end > before:
        return None
    own = place_for(doc, sent.start, sent.end)
    if own is None or not (sent.start <= own.start and own.end <= last.start) or _rank(own) >= PLACE_RANK["region"]:
        # (the sentence's own pick may be the document's main place, when its places lie in another country:
        # the place right before the region its address closes on is still the one it names)
        own = next((m for m in reversed(doc.spans.get("places", [])) if sent.start <= m.start and m.end <= last.start
                    and _rank(m) < PLACE_RANK["region"] and _eligible(doc, m)), None)
        if own is None:
            return None
    if own.data.get("country") and last.data.get("country") and own.data["country"] != last.data["country"]:
        return None
    return own if _ADDRESS_GAP.fullmatch(doc.text, own.end, last.start) else None


# between a place and the region that closes its address: commas and other names only ("X and Y, Z province"),
# and a compass word that places it in a part of the region ("X, southern Y")
_ADDRESS_GAP = twin(r"[\s,]*(?:(?:and|or|&)\s+\p{Lu}[\p{L}\p{M}'’-]*(?:\s+\p{Lu}[\p{L}\p{M}'’-]*){0,3}[\s,]*)*"
                             r"(?:(?:(?:north|south)(?:[- ]?(?:east|west))?ern|eastern|western|central)\s+)?")


def _asked_place(doc: Doc, places: list[Mention], para: Any) -> Mention | None:
    """The last place of the question the paragraph ``para`` answers: the paragraph right before it, when
    that one ends with a question mark; else None."""
    k = next((i for i, p in enumerate(doc.paragraphs) if p is para), -1)
    if k <= 0:
        return None
    q = doc.paragraphs[k - 1]
    if not doc.text[q.start : q.end].rstrip().rstrip("\"“”»)").endswith("?"):
        return None
    label = _SPEAKER_LABEL.match(doc.text, q.start, q.end)
    first = label.end() if label is not None else q.start  # not a speaker's seat: "Mr. X (Belfast, North):"
    asked = [m for m in places if first <= m.start and m.end <= q.end and _eligible(doc, m)
             and not m.data.get("modifier") and not m.data.get("container")]
    return asked[-1] if asked else None


_SPEAKER_LABEL = twin(r"[ \t]*\p{Lu}[^\n:()]{0,60}(?:\([^()\n]{1,60}\))?[ \t]*:")


def _settlement_before(doc: Doc, places: list[Mention], before: int, start: int, end: int) -> Mention | None:
    """The last settlement named before ``before`` ("the village of X", "X village") when ``[start, end)``
    refers to one only by its kind ("the village", rules ``settlement_anaphora``); else None. In an ASCII text
    (where a case-insensitive match is its words in any case) a stretch whose lower-cased copy holds none of
    the words is not searched."""
    if start >= end:
        return None
    text = doc.text
    low = lowered(text) if text.isascii() else None
    if low is not None and not holds_any(low, _settlement_words(), start, end):
        return None
    if _settlement_anaphor().search(text, start, end) is None:
        return None
    named = [m for m in places if m.end <= before and (m.data.get("cued_locality") or m.data.get("settlement"))
             and _eligible(doc, m)]
    return named[-1] if named else None


@functools.cache
def _settlement_words() -> tuple[str, ...]:
    """Rules ``settlement_anaphora`` lower-cased: one of them lies in every match of ``_settlement_anaphor``."""
    return tuple(w.lower() for w in rules().get("settlement_anaphora", []))


@functools.cache
def _settlement_anaphor() -> Any:
    """"the village", "the hamlet" (rules ``settlement_anaphora``) standing alone, not "the village of X" or
    "the village's X": a settlement the text named before."""
    words = _alternation(rules().get("settlement_anaphora", []))
    return twin(rf"(?i)\b(?:the|that|this)\s+(?:same\s+)?(?:{words or '(?!)'})\b(?!\s+of\b|['’]s\b|-)")


CONTAINER_REACH = 60  # characters from a named place to the known place its text puts it in

# between two places of one address ("X, in the Y district of Z", "X (Y)"): commas, a parenthesis, "in" or "of"
_ADDRESS_LINK = twin(r"\s*(?:[,(]\s*)*(?:(?:in|of)\s+(?:the\s+)?)?")


def _contained_before(text: str, before: list[Mention]) -> Mention:
    """The last of ``before`` (places in text order), or the named place just before it that it only
    contains ("in the X valley, south-west of Y": X, not Y, is where it happened). The address is read
    back from ``last`` only across address links ("near X, in the Y district of Z": X); a place joined
    to the next by other words ("after the X offensive, I visited Y") is no part of it."""
    last = before[-1]
    gid = last.data.get("geonameid")
    if gid is None:
        return last
    chain = {gid}  # the areas of the address read back from ``last``: "near X, in the Y district of Z"
    nxt = last
    for m in reversed(before[:-1]):
        if nxt.start - m.end > CONTAINER_REACH or "\n" in text[m.end : nxt.start]:
            break
        if m.data.get("contained") and m.data.get("geonameid") in chain:
            return m
        if m.data.get("geonameid") is not None and _ADDRESS_LINK.fullmatch(text, m.end, nxt.start):
            chain.add(m.data["geonameid"])
            nxt = m
    return last


_NO_LAYER: list[Mention] = []

MAX_FOCUS_PLACES = 12  # distinct locality-level places a document about one place names at most


def is_focused(doc: Doc) -> bool:
    """True when the document is about one place rather than a survey of many (a long interview,
    a report listing villages): it names at most ``MAX_FOCUS_PLACES`` distinct locality-level
    places. Only then does a sentence naming just the country stand for the document's main place."""
    cached = doc.kept.get("_focused")
    places_layer = doc.spans.get("places", _NO_LAYER)
    if cached is not None and cached[0] is places_layer and cached[1] == len(places_layer):
        return bool(cached[2])
    keys = {_key(m) for m in places_layer if m.label in ("locality", "district", "unresolved")
            and not m.data.get("container") and _eligible(doc, m)}
    focused = len(keys) <= MAX_FOCUS_PLACES
    doc.kept["_focused"] = (places_layer, len(places_layer), focused)
    return focused


def document_place(doc: Doc) -> Mention | None:
    """The document's main place: the most mentioned locality-level place (a named but unknown
    place counts as one), outside datelines, containers and speakers' names; the first on ties.

    Computed once per document: kept on the ``Doc`` for its current "places" and "attributions"
    layers (``place_for`` asks for it once per claim)."""
    places_layer = doc.spans.get("places", _NO_LAYER)
    attributions_layer = doc.spans.get("attributions", _NO_LAYER)
    state = (places_layer, len(places_layer), attributions_layer, len(attributions_layer))
    cached = doc.kept.get("_document_place")
    if cached is not None:
        kept = cached[0]  # the same layer lists (not equal ones), as long as when it was computed
        if kept[0] is places_layer and kept[1] == state[1] and kept[2] is attributions_layer and kept[3] == state[3]:
            return cached[1]
    main = _document_place(doc)
    doc.kept["_document_place"] = (state, main)
    return main


def _document_place(doc: Doc) -> Mention | None:
    places = [m for m in doc.spans.get("places", []) if _eligible(doc, m) and not m.data.get("container")]
    if not places:
        # a text that names no other place: where the wounded were taken or a vehicle was heading
        # ("a bomb hit a bus heading to X") is the nearest the text comes to the incident's place
        places = [m for m in doc.spans.get("places", []) if _eligible(doc, m, aside=True) and not m.data.get("container")]
    if any(not m.data.get("modifier") for m in places):
        places = [m for m in places if not m.data.get("modifier")]  # "Our Lady of Zion Church": a name
    text = doc.text
    here = [m for m in places if not named_as_origin(text, m.start)
            or _DISPLACEMENT.search(text, max(0, m.start - 80), min(len(text), m.end + 80))]
    if here:
        places = here  # "launched from X", "prisoners from X": where something came from, not where it happened
    if not places:
        return None
    labelled = [m for m in places if _after_location_label(text, m.start)
                and (m.data.get("contained") or m.label in ("locality", "district", "unresolved"))]
    if labelled and len(_location_field_values(text)) == 1:
        return labelled[0]  # "Location: X, Y district": a report's or an infobox's own field for the place
    counts: collections.Counter[tuple[object, str]] = collections.Counter()
    closing: collections.Counter[tuple[object, str]] = collections.Counter()  # areas closing a named place's address
    ends = _closing_containers(text, places)
    for m in places:
        (closing if m.start in ends else counts)[_key(m)] += 1
    # names the gazetteer lacks, named on their own (not themselves inside a named area)
    unknown_areas = collections.Counter(_key(m) for m in places if m.label == "unresolved" and not m.data.get("contained"))
    # regions the text marks as such ("Idlib province"), less the names it also marks as settlements ("the city of X")
    areas = {normalize(str(m.data["name"])) for m in places
             if m.label == "region" and m.data.get("name") and m.rule.startswith("place.gazetteer+cue_region")}
    areas -= {normalize(str(m.data["name"])) for m in places
              if m.label == "locality" and m.data.get("name") and m.rule.startswith("place.gazetteer+cue_locality")}

    def level(m: Mention) -> float:
        if m.label == "locality" and not m.data.get("contained") and normalize(str(m.data.get("name") or "")) in areas:
            return 1.0  # "Idlib" where the text also names "Idlib province": the town or the province
        if m.data.get("contained") or m.label in ("locality", "district", "unresolved"):
            return 0.0
        return PLACE_RANK.get(m.label, 5.0)

    by_id: collections.Counter[object] = collections.Counter()
    for (gid, _), n in counts.items():
        by_id[gid] += n
    possessed = _possessed_places(doc, places)

    def count(m: Mention) -> int:
        if m.data.get("contained") and m.data.get("geonameid") is not None:
            # a named place in a known area: its own mentions and those of the area it lies in
            area = (m.data["geonameid"], m.label)
            return counts[_key(m)] + counts[area] + closing[area]
        if m.data.get("geonameid") is not None and not m.data.get("contained"):
            return by_id[m.data["geonameid"]]  # "X district" and "in X": one place, whatever its cue
        if m.data.get("contained") and m.data.get("name"):
            # a named place in an area the gazetteer lacks too ("the village of X, Y district" under a
            # headline about "Y district"): its own mentions and those of the area, named as it is
            return counts[_key(m)] + unknown_areas[(normalize(str(m.data["name"])), "unresolved")]
        return counts[_key(m)]

    # on a tie, a place the text puts inside another by a possessive ("Y's X district") before Y
    return min(places, key=lambda m: (level(m), -count(m), m.start not in possessed, m.start))


_PLACE_POSSESSIVE_GAP = 3  # characters from a possessive place ("Y's") to the place it holds


def _possessed_places(doc: Doc, places: list[Mention]) -> set[int]:
    """Starts of the places of ``places`` right after another known place's possessive ("in Y's X district"):
    X lies in Y."""
    text = doc.text
    owners = [p for p in doc.spans.get("places", []) if p.data.get("geonameid") is not None
              and (text[p.start:p.end].endswith(("'s", "’s")) or text[p.end:p.end + 2] in ("'s", "’s"))]
    out: set[int] = set()
    for m in places:
        for p in owners:
            if (p.end <= m.start <= p.end + _PLACE_POSSESSIVE_GAP and p.data["geonameid"] != m.data.get("geonameid")
                    and text[p.end:m.start].strip(" '’s") == ""):
                out.add(m.start)
    return out


def _closing_containers(text: str, places: list[Mention]) -> set[int]:
    """Starts of the places that only close the address of a named place before them ("the village of X, in Y
    District": Y, the known area X was resolved to): they do not count as mentions of the document's place."""
    out: set[int] = set()
    for a, b in itertools.pairwise(places):
        gid = a.data.get("geonameid")
        if (a.data.get("contained") and gid is not None and b.data.get("geonameid") == gid
                and b.start - a.end <= CONTAINER_REACH and "\n" not in text[a.end : b.start]):
            out.add(b.start)
    return out


def _location_field_head() -> str:
    """A line's "Location:" label and the blanks after its colon (rules ``location_labels``)."""
    labels = _alternation(rules().get("location_labels", []))
    return rf"(?im)^[^\S\n]*(?:{labels or '(?!)'})[^\S\n]*:[^\S\n]*"


@functools.cache
def _location_label() -> Any:
    return twin(_location_field_head() + r"(?:[\p{Ll}-]+[^\S\n]+){0,3}[\"“«]?$")


@functools.cache
def _location_field() -> Any:
    return twin(_location_field_head() + r"([^\n]*?)[^\S\n]*$")


def _location_field_values(text: str) -> set[str]:
    """The distinct values of the text's "Location:" fields. A log of several entries, each with its own
    field, has more than one: each names its entry's place, none the whole document's."""
    return {normalize(m.group(1)) for m in _location_field().finditer(text)}


def _after_location_label(text: str, start: int) -> bool:
    """True when the place at ``start`` opens a line's "Location:" field (rules ``location_labels``; a few
    lower-case words may come between: "Site: disused holiday settlement X")."""
    line_start = text.rfind("\n", 0, start) + 1
    return start - line_start <= 60 and _location_label().match(text, line_start, start) is not None


DOMINANT_COUNTRY_RATIO = 2.0  # the top country must be named this many times as often as the next one


def document_country(doc: Doc) -> str | None:
    """The country the document is about: the country its resolved places (outside datelines; a
    speaker's seat, "the head of the health office in X", and "X's" count) name most often, when it dominates the others clearly
    (``DOMINANT_COUNTRY_RATIO``) and is named at least twice; else None.

    The country of a place the gazetteer does not know ("Dahyan city", "the village of X") is most
    likely this one."""
    cached = doc.kept.get("_document_country")
    places_layer = doc.spans.get("places", _NO_LAYER)
    if cached is not None and cached[0] is places_layer and cached[1] == len(places_layer):
        return cached[2]
    counts = collections.Counter(str(m.data["country"]) for m in places_layer
                                 if m.data.get("country") and not m.data.get("dateline"))
    top = counts.most_common(2)
    country = None
    if top and top[0][1] >= 2 and (len(top) == 1 or top[0][1] >= DOMINANT_COUNTRY_RATIO * top[1][1]):
        country = top[0][0]
    doc.kept["_document_country"] = (places_layer, len(places_layer), country)
    return country


def _key(m: Mention) -> tuple[object, str]:
    if m.data.get("contained"):
        # "the village of X, in Y district": X itself (the gazetteer lacks it), not Y whose id it carries; one
        # key with X named again alone, unresolved
        return (normalize(m.data.get("text") or ""), "unresolved")
    return (m.data.get("geonameid") or normalize(m.data.get("text") or ""), m.label)
