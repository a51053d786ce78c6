"""Who asserts what: attributions (layer "attributions") and denials (layer "denials").

Attribution cues (``rules/attribution.json``):

* a speaker before a speech verb: "the ministry said", "Dmytro Lunin, head of the regional
  administration, said", "X told AFP", "X accused Y of";
* a speaker after one: '"...," said X', "according to X", "citing X", "as reported by X",
  "data from X", "per X";
* "X's data show", "X figures indicate".

The speaker is the noun phrase next to the cue, with titles and roles kept. A mention's
``label`` is ``quoted`` when its sentence holds a quotation, else ``cited``; ``data`` =
``{"name", "name_start", "name_end"}`` (plus ``"anaphoric": True`` for "he", "the official").
``attribution_for(doc, offset)`` gives the attribution of the sentence at ``offset``, carrying the
last named one in the paragraph over when the text continues ("he said", "the office added").

Denials ("X denied any responsibility", "X rejected the reports", "X said it had not ...",
"called the reports groundless") are mentions labelled ``denial`` with
``{"denier", "denier_start", "denier_end"}``.
"""

from __future__ import annotations

import bisect
import functools
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from types import SimpleNamespace
from typing import Any

from claimledger.extract import RULES_DIR
from claimledger.extract.base import Component, Doc, Mention
from claimledger.extract.fastre import caseless_text, compile_fast, literal_trie, lower_copy, lower_pattern, lowered_regex
from claimledger.extract.numbers import find_quantities
from claimledger.extract.prefilter import Started, gated
from claimledger.extract.scan import scanned_as
from claimledger.extract.segment import bullets, speaking_bullets

RULES = RULES_DIR / "attribution.json"
MAX_NP_TOKENS = 14
MAX_APPOSITION_TOKENS = 30
WINDOW = 220
_ABBREV = frozenset({"lt", "col", "gen", "adm", "dr", "mr", "mrs", "ms", "st", "sgt", "capt", "maj", "rev", "prof", "doz", "gov", "sen", "rep", "brig", "cmdr", "u.s", "u.n", "u.k", "jr", "sr"})
_TOKEN = re.compile(r"\n\s*\n|\n|[^\W\d_][\w’'.\-&]*[^\W_]|[^\W\d_]|\d+(?:[.,]\d+)*|[^\s\w]")
_WORDS = re.compile(r"[^\W\d_][\w’'-]*")  # a word: a letter, then letters, digits, apostrophes or hyphens
_HEAD_SPLIT = re.compile(r"\s+(?:of|for|in|from|at)\s+")  # a name's head part ends before these
_SKIP_BEFORE_VERB = frozenset({"trying", "attempting", "continues", "continue", "continued", "sought", "seeks", "seeking",
                               "to", "for", "months", "weeks", "years", "days", "long", "on", "monday", "tuesday",
                               "wednesday", "thursday", "friday", "saturday", "sunday", "today", "yesterday", "again", "here", "there"})
_QUOTES = "\"“”«»"
_ADVERB_CAPS = frozenset({"separately", "meanwhile", "additionally", "however", "earlier", "later", "previously", "initially", "subsequently", "reportedly", "officially", "finally", "similarly", "likewise", "accordingly", "consequently", "notably", "also", "still", "overall", "now", "today", "yesterday", "then", "there", "here", "thus", "hence"})


class CaselessRegex:
    """A case-insensitive regex run as a case-sensitive one over lower-cased text (about 3x faster).

    Falls back to ``re.IGNORECASE`` on the original text when lower-casing changes its length
    (a few Unicode letters do), so offsets always index the original text.
    """

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self.lower = compile_fast(lower_pattern(pattern), flags)
        self.ignorecase = re.compile(pattern, flags | re.IGNORECASE)

    def finditer(self, text: str, low: str | None = None):
        low = text.lower() if low is None else low
        if len(low) == len(text):
            return self.lower.finditer(low)
        return self.ignorecase.finditer(text)

    def search(self, text: str, pos: int = 0, endpos: int | None = None):
        return self.ignorecase.search(text, pos, len(text) if endpos is None else endpos)

    def match(self, text: str, pos: int = 0):
        return self.ignorecase.match(text, pos)


@functools.cache
def rules() -> dict[str, Any]:
    with open(RULES, encoding="utf-8") as f:
        return json.load(f)


@functools.cache
def _lex() -> dict[str, Any]:
    r = rules()
    verbs = sorted([*r["speech_verbs"], *r.get("figure_verbs", [])], key=len, reverse=True)
    fwd = "|".join(f"(?P<{c['id']}>{c['pattern']})" for c in r["forward_cues"])
    d = r["denial"]
    verbs_re = compile_fast(r"\b" + literal_trie(verbs) + r"\b")
    passive_re = re.compile(r["passive_after"], re.IGNORECASE)
    be_re = re.compile(r"\b(?:" + "|".join(r["passive_be"]) + r")\s+(?:[a-z]+ly\s+)*$", re.IGNORECASE)
    return {
        "verbs_re": verbs_re,
        "verbs_started": Started(verbs_re, cased=True),  # its scan of the document, read from where matches start
        "figure_verbs": frozenset(r.get("figure_verbs", [])),
        "fwd_re": CaselessRegex(r"\b(?:" + fwd + r")\s+(?=\S)"),
        "data_re": CaselessRegex(r"\b" + r["data_show"] + r"\b"),
        "media_re": CaselessRegex(r"\b" + r["media_show"]),
        "media_before_re": re.compile(r"\b" + r["media_show_before"], re.IGNORECASE),
        "toll_re": CaselessRegex(r"\b" + r["toll_verbs"] + r"\b"),
        "owner_re": re.compile(r["data_owner"], re.IGNORECASE),
        "hearsay_re": re.compile(r["hearsay"], re.IGNORECASE) if r.get("hearsay") else None,
        "hearsay_gates": tuple(r.get("hearsay_gates", [])),
        "located": frozenset(r.get("located_participles", [])),
        "passive_re": passive_re,
        "passive_low": lowered_regex(passive_re),  # (for a text ``caseless_text`` lower-cases: ``find_attributions``)
        "head_re": re.compile(r["headline_head"]),
        "head_lower_re": re.compile(r["headline_head_lower"]),
        "colon_tail_re": re.compile(r["headline_colon_tail"]),
        "tail_re": re.compile(r["headline_tail"]),
        "det": frozenset(r["determiners"]),
        "role": frozenset(r["role_words"]),
        "role_mod": frozenset(r["role_modifiers"]),
        "pron": frozenset(r["pronouns"]),
        "quantity": frozenset(r["quantity_words"]),
        "apposition_counts": frozenset(r.get("apposition_counts", [])),
        "parenthetical": frozenset(r["parenthetical_adverbs"]),
        "be_re": be_re,
        "be_low": lowered_regex(be_re),
        "anaphora": frozenset(r["anaphora_heads"]),
        "stop": frozenset(r["np_stop"]),
        "aux": frozenset(a for a in r["aux"] if " " not in a),
        "deny_re": CaselessRegex(r"\b" + d["verbs"] + r"\s+" + d["objects"] + r"\b"),
        "deny_verb_re": re.compile(r"\b" + d["verbs"] + r"\b", re.IGNORECASE),
        "said_not_re": CaselessRegex(r"\b" + d["said_not"]),
        "denied_any_re": CaselessRegex(r"\b" + d["denied_any"]),
        "did_not_re": CaselessRegex(r"\b" + d["did_not"]),
        "declared_false_re": CaselessRegex(r"\b" + d["declared_false"]),
        "called_re": CaselessRegex(r"\b" + d["called"] + r"\b"),
        "unable_re": re.compile(d["unable_before"], re.IGNORECASE),
        "relative_subject_re": re.compile(d["relative_subject"], re.IGNORECASE),
        "not_after_re": re.compile(d["not_after"], re.IGNORECASE),
        "concessive_re": re.compile(d.get("concessive", "(?!)"), re.IGNORECASE),
        "capital_heads": frozenset(r["capital_metonym_heads"]),
        "credit_re": re.compile(r"\b" + r["credit"]),
        "unnamed_content_re": _unnamed_content_re(r["unnamed_content"]),
        "dismissed_as_re": CaselessRegex(r"\b(?:dismissed|dismisses|rejected|rejects|denounced|denounces)\b[^.;\n]{0,80}?\b" + d["dismissed_as"] + r"\b"),
    }


def _unnamed_content_re(r: dict[str, list[str]]) -> re.Pattern[str]:
    """'one claim', 'some accounts', 'another version': what is claimed, with an indefinite
    determiner and at most one modifier, or the determiner alone ('according to another'), names no
    source (rules ``unnamed_content``)."""
    return re.compile(r"(?:" + "|".join(r["determiners"]) + r")\s+(?:[\w’'-]+\s+)?(?:" + "|".join(r["nouns"]) + r")|(?:"
                      + "|".join(r["alone"]) + r")", re.IGNORECASE)


# the lower-cased-text cues of attributions and denials, found by the shared scan (extract.scan)
_SCANNED = ("fwd_re", "data_re", "media_re", "toll_re", "deny_re", "said_not_re", "dismissed_as_re", "called_re", "denied_any_re",
            "did_not_re", "declared_false_re")


def _scanned(text: str, low: str, name: str) -> list[re.Match[str]]:
    """The matches of ``_lex()[name]`` in ``text`` (``low`` = ``text.lower()``), from the shared scan."""
    return scanned_as("attribution", _lex(), _SCANNED, text, low, name)


@dataclass(slots=True)
class Tok:
    start: int
    end: int
    text: str
    low: str  # ``text`` lower-cased, once: the walks over a phrase read it several times per token

    def __init__(self, start: int, end: int, text: str) -> None:
        # written out, not generated: in the compiled build a dataclass's generated __init__ runs as Python
        self.start = start
        self.end = end
        self.text = text
        self.low = text.lower()

    @property
    def cap(self) -> bool:
        return self.text[:1].isupper()

    @property
    def word(self) -> bool:
        return self.text[:1].isalpha()


def tokens(text: str, start: int, end: int) -> list[Tok]:
    """Word and punctuation tokens of ``text[start:end]``.

    Line breaks are kept as tokens (they end a noun phrase) except where a wrapped line goes on
    in lower case ("A leading Syrian opposition\nfigure said").
    """
    out = []
    for m in _TOKEN.finditer(text, start, end):
        a, b = m.span()
        g = text[a:b]  # (the match's text: one method call per token, not two)
        if g == "\n" and text[b : b + 1].islower():
            continue
        out.append(Tok(a, b, g))
    return out


class TokStream:
    """``tokens(text, start, end)`` read only as far as asked: a noun phrase is read from its first tokens and
    mostly ends within a few, so the rest of the window is not cut into tokens."""

    __slots__ = ("done", "found", "text", "toks")

    def __init__(self, text: str, start: int, end: int) -> None:
        self.text = text
        self.toks: list[Tok] = []
        self.found: Iterator[re.Match[str]] = _TOKEN.finditer(text, start, end)
        self.done = False

    def has(self, k: int) -> bool:
        """True when the window holds a token ``k`` (``k < len(tokens(...))``), read up to it."""
        toks = self.toks
        text = self.text
        while len(toks) <= k and not self.done:
            m = next(self.found, None)
            if m is None:
                self.done = True
                break
            a, b = m.span()
            g = text[a:b]
            if g == "\n" and text[b : b + 1].islower():
                continue  # (as ``tokens``: a wrapped line goes on)
            toks.append(Tok(a, b, g))
        return k < len(toks)


def _is_np_word(t: Tok, lex: dict[str, Any]) -> bool:
    if not t.word:
        return False
    low = t.low
    base = low[:-2] if low.endswith(("'s", "’s")) else low
    if low in lex["stop"] and not t.cap:
        return False
    return t.cap or base in lex["role"] or low in lex["role"]


def _head_ok(t: Tok, lex: dict[str, Any]) -> bool:
    """A noun phrase must end in a name or a role word ("leaders", "Ministry")."""
    low = t.low
    base = low[:-2] if low.endswith(("'s", "’s")) else low
    if not t.word or low in lex["det"]:
        return False
    if t.cap:
        return low not in _ADVERB_CAPS
    return base in lex["role"] and low not in lex["role_mod"]


def np_before(text: str, pos: int, lower_bound: int = 0, _extend: bool = True) -> tuple[int, int] | None:
    """The noun phrase that ends right before ``pos`` (skipping auxiliaries and a date: "the army on 16 March
    reported"), as (start, end)."""
    lex = _lex()
    if text[pos - 6 : pos].rstrip()[-1:].isalnum():
        date = _DATE_BEFORE_VERB.search(text, max(lower_bound, pos - 40), pos)
        if date is not None and date.start() > lower_bound:
            pos = date.start()
    toks = tokens(text, max(lower_bound, pos - WINDOW), pos)
    i = len(toks) - 1
    while i >= 0 and (toks[i].low in lex["aux"] or toks[i].low in _SKIP_BEFORE_VERB
                      or (toks[i].low.endswith("ly") and not toks[i].cap and toks[i].low not in lex["role"])):
        i -= 1
    i = _skip_parenthetical(toks, i, lex)
    if i >= 1 and toks[i].low in ("which", "who") and toks[i - 1].text == ",":
        i -= 2  # "Russia, which denies ..."
    i = _skip_reduced_relative(toks, i)
    i = _skip_located(toks, i, lex)
    if i >= 2 and toks[i].text == ")" and toks[i - 2].text == "(" and toks[i - 1].cap:
        i -= 3  # "The Kestrel Casualty Monitor (KCM) confirmed"
    if i < 0:
        return None
    if i >= 1 and toks[i].text == "." and toks[i - 1].low in _ABBREV and toks[i - 1].cap:
        np = _np_backward(toks, i - 1, lex)  # "the U.N. said": the abbreviation's dot ends the name
        return (np[0], toks[i].end) if np is not None else None
    # "X, head of the regional administration, said" / "the head of the ICRC, Johannes Bruwer, said"
    # / "Denis Pushilin, who heads the republic, informed"
    if toks[i].text == ",":
        j = i - 1
        role_end = j
        while j >= 0 and toks[j].text not in ",.;:!?\n" and toks[j].text not in _QUOTES and i - j < MAX_APPOSITION_TOKENS:
            j -= 1
        if j >= 0 and toks[j].text == "," and role_end > j:
            role_first = toks[j + 1]
            inner = np_before(text, toks[j].start, lower_bound, _extend=False)
            if inner is not None and text[inner[0] : inner[1]].lower() not in lex["pron"]:
                if role_first.low in ("who", "which", "whose", "whom") or (role_first.low.endswith("ing") and not role_first.cap):
                    return inner  # "Two residents, speaking by phone, said"
                if role_first.low in _ADVERBIAL_OPENERS and not role_first.cap:
                    return inner  # "The army staff, in a communiqué published Monday evening, said": how or when, not who
                if role_end == j + 1 and role_first.text.isdigit():
                    return inner  # "Ivo Marek, 54, said"
                if (_head_ok(toks[role_end], lex) or role_first.cap or role_first.low in lex["role"]
                        or role_first.low in lex["det"]):
                    return inner[0], toks[role_end].end
        return None
    np = _np_backward(toks, i, lex)
    if np is not None:
        k0 = next((k for k in range(i, -1, -1) if toks[k].start == np[0]), -1)
        if k0 >= 2 and toks[k0 - 1].low in _LOCATIVE and toks[k0 - 2].word:
            # "Residents who fled to X told reporters": X ends the relative clause; the speaker is what it describes
            rel = _relative_head(toks, k0 - 2, lex)
            if rel is not None:
                return rel
    if np is not None and _counts_nobody(text[np[0]:np[1]], lex) and i >= 1 and toks[i - 1].low not in lex["det"]:
        # "the camp's committee of displaced people says": the body before the phrase, not its "people"
        np = _np_before_pp(toks, i, lex) or np
    if np is not None:
        return _with_head_before_preposition(toks, np, lex, _extend)
    return _those_who(toks, i, lex) or _np_before_pp(toks, i, lex) or _relative_head(toks, i, lex)


# a phrase set off by commas between a speaker and its verb that opens with one of these tells how or when it
# spoke ("in a statement", "on Monday", "through its spokesman"), not who it is
_ADVERBIAL_OPENERS = frozenset({"in", "on", "at", "through", "via", "during", "after", "before", "late", "earlier", "later"})
_LOCATIVE = frozenset({"at", "around", "near", "across", "outside", "inside", "throughout", "among", "from", "on", "in", "into", "to"})


_MONTH = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
# "on 16 March (1982)", "on March 16, 1982", "in March": a date between a speaker and its verb
_DATE_BEFORE_VERB = re.compile(rf"[ \t]+(?:on|in)[ \t]+(?:the[ \t]+(?:morning|afternoon|evening|night)[ \t]+of[ \t]+)?"
                               rf"(?:(?:\d{{1,2}}[ \t]+{_MONTH}|{_MONTH}(?:[ \t]+\d{{1,2}})?)(?:,?[ \t]+\d{{4}})?|(?:1[89]|20)\d\d)[ \t]*$")
MAX_PLACE_PHRASE_TOKENS = 6  # tokens of "in the X governorate" between a speaker and the "of" that goes on with a name


def _with_head_before_preposition(toks: list[Tok], np: tuple[int, int], lex: dict[str, Any],
                                  extend: bool = True) -> tuple[int, int] | None:
    """A noun phrase right after a locative preposition is that preposition's object, not the
    subject: "Authorities across Velm said" -> "Authorities across Velm", "Doctors from the charity
    said" -> "Doctors from the charity"; no speaker when nothing before it can head the phrase
    ("College students at campuses around the country say"), except after "from" ("evidence from an
    investigation suggests"). Before an apposition (``extend`` false) the phrase is not extended."""
    k = next((j for j, t in enumerate(toks) if t.start == np[0]), 0)
    if k >= 3 and toks[k - 1].low == "of" and not toks[k - 2].cap:
        # "A local official in the X governorate of the Y Region said": the name after "of" ends a place
        # phrase ("in the X governorate") that follows the speaker
        for j in range(k - 2, max(0, k - MAX_PLACE_PHRASE_TOKENS) - 1, -1):
            if not toks[j].word:
                break
            if (toks[j].low in _LOCATIVE or toks[j].low == "of") and j >= 1:
                head = _np_backward(toks, j - 1, lex)
                if head is not None:
                    return (head[0], np[1]) if extend else np
                break
        return np
    if k < 2 or toks[k - 1].low not in _LOCATIVE:
        return np
    head = _np_backward(toks, k - 2, lex)
    if head is not None and not extend:
        return np  # before an apposition ("Head of X in the Administration, Ivan Petrov"): the phrase as it was
    if head is None:
        # "evidence from an AP investigation suggests": the origin of what speaks
        return np if toks[k - 1].low == "from" and toks[k - 2].low in rules()["evidence_nouns"] else None
    return head[0], np[1]


def _skip_parenthetical(toks: list[Tok], i: int, lex: dict[str, Any]) -> int:
    """"The army, however, said": skip a parenthetical adverb (or "for its part") set off by commas
    between the speaker and the verb; ``i`` is the last token before the verb."""
    if i < 2 or toks[i].text != ",":
        return i
    if toks[i - 1].low in lex["parenthetical"] and toks[i - 2].text == ",":
        return i - 3
    if (i >= 4 and toks[i - 1].low == "part" and toks[i - 3].low == "for" and toks[i - 2].low in _ARTICLES
            and toks[i - 4].text == ","):
        return i - 5
    return i


MAX_RELATIVE_CLAUSE_TOKENS = 12


def _relative_head(toks: list[Tok], i: int, lex: dict[str, Any]) -> tuple[int, int] | None:
    """"A police officer who spoke on condition of anonymity said", "the alliance that holds the town
    denied": the noun phrase that a relative clause without commas (up to a dozen words) describes."""
    for k in range(i, max(0, i - MAX_RELATIVE_CLAUSE_TOKENS) - 1, -1):
        if not toks[k].word:
            return None
        if toks[k].low in ("who", "which", "that") and k >= 1:
            if toks[k].low == "that" and toks[k - 1].low in _DOCUMENT_NOUNS:
                return None  # "issued a statement that ... did not": a complement clause, not a relative one
            return _np_backward(toks, k - 1, lex)  # ("The coalition that controls the port denied")
    return None


# nouns a "that" clause completes rather than describes ("a statement that the missile did not hit")
_DOCUMENT_NOUNS = frozenset({"statement", "statements", "report", "reports", "claim", "claims", "message", "post",
                             "communique", "communiqué", "release", "letter", "announcement", "assertion", "allegation",
                             "allegations", "finding", "findings", "conclusion"})


MAX_RELATIVE_TOKENS = 5


def _those_who(toks: list[Tok], i: int, lex: dict[str, Any]) -> tuple[int, int] | None:
    """"(Three of) those who fled (to the border) said": the people the relative clause describes."""
    for k in range(i - 1, max(0, i - MAX_RELATIVE_TOKENS) - 1, -1):
        if not toks[k].word:
            return None
        if toks[k].low == "who" and k >= 1 and toks[k - 1].low in ("those", "people", "many", "some"):
            start = k - 1
            if start >= 2 and toks[start - 1].low == "of" and (toks[start - 2].low in lex["det"] or toks[start - 2].low in _QUANTIFIERS):
                start -= 2
            return toks[start].start, toks[i].end
    return None


_INDEFINITE_DOC = re.compile(r"(?:a|an)\s+(?:[\w-]+\s+){0,2}?(?:statement|report|post|message|communiqu[eé]|release|video|letter)",
                             re.IGNORECASE)
_VERB_BEFORE = re.compile(r"\b([a-z]+ed)\s+$")


def _issuer(text: str, s0: int, pos: int) -> tuple[int, int] | None:
    """Who "issued a statement saying": the noun phrase before the verb that governs the document noun
    at ``pos``, else the sentence's opening subject."""
    v = _VERB_BEFORE.search(text, max(s0, pos - 30), pos)
    if v is not None:
        np = np_before(text, v.start(1), _back_bound(text, s0))
        if np is not None:
            return np
    return _clause_subject(text, s0, pos)


_AND_BEFORE = re.compile(r"\s+and\s+(?:(?:also|later|then|has|have|had)\s+)?$")
MAX_SUBJECT_TOKENS = 7


def _clause_subject(text: str, s0: int, pos: int) -> tuple[int, int] | None:
    """The words opening the sentence at ``s0`` up to its first past-tense verb: the subject of a
    second verb after "and" ("Engineers and blast experts studied the wreckage and concluded that")."""
    lex = _lex()
    toks = tokens(text, _skip_ws(text, s0), pos)
    for v, t in enumerate(toks[: MAX_SUBJECT_TOKENS + 1]):
        if not t.word:
            return None
        if v and not t.cap and t.low.endswith("ed") and t.low not in lex["stop"] and t.low not in lex["role"]:
            # "The agency on Monday raised": the subject ends before an adverbial ("on", "in", "yesterday")
            v = next((q for q in range(1, v) if toks[q].low in _SKIP_BEFORE_VERB or toks[q].low in lex["stop"]
                      and toks[q].low not in ("and", "of", "for", "the")), v)
            first, last = toks[0], toks[v - 1]
            if first.low != "the" and (first.low in _NOT_NAME or first.low in _ADVERB_CAPS or first.low in lex["stop"]):
                return None
            return (first.start, last.end) if _head_ok(last, lex) else None
    return None


_CONTACT_VERBS = frozenset({"interviewed", "contacted", "surveyed", "questioned", "consulted", "reached", "visited"})


def _skip_reduced_relative(toks: list[Tok], i: int) -> int:
    """"the witnesses AP interviewed put the toll at": skip "AP interviewed" (or "Reuters spoke to")
    back to the noun phrase it modifies."""
    j = i
    if j >= 1 and toks[j].low == "to" and toks[j - 1].low in ("spoke", "talked"):
        j -= 1
    elif not (j >= 0 and (toks[j].low in _CONTACT_VERBS or toks[j].low in ("spoke", "talked"))):
        return i  # ("to" before the verb is skipped already: "Residents Reuters spoke to said")
    k = j - 1
    if k >= 1 and toks[k].low in ("we", "i") and toks[k - 1].word:
        return k - 1  # "A family association we spoke to said": the writer's contact
    while k >= 0 and toks[k].cap and toks[k].word:
        k -= 1
    if k == j - 1:
        return i
    if (k < 0 or not toks[k].word) and j - k > 2 and toks[k + 1].low in _lex()["role"]:
        return k + 1  # "Residents Reuters spoke to said": the capitalised role opens the sentence
    if k < 0 or not toks[k].word:
        return i
    return k


MAX_LOCATED_TOKENS = 6


def _skip_located(toks: list[Tok], i: int, lex: dict[str, Any]) -> int:
    """"A journalist based in Velo city wrote", "a monitoring group based abroad said", "refugees arriving
    at the crossing said": skip a participle of where the speaker is (rules ``located_participles``) and
    its complement (opening on a preposition or "abroad": "a UN working group said" has none) back to the
    speaker."""
    for k in range(i, max(0, i - MAX_LOCATED_TOKENS) - 1, -1):
        if not toks[k].word:
            return i
        if (toks[k].low in lex["located"] and k < i and k >= 1 and _head_ok(toks[k - 1], lex)
                and toks[k + 1].low in _LOCATED_COMPLEMENT):
            return k - 1
    return i


_LOCATED_COMPLEMENT = frozenset({"at", "around", "near", "across", "outside", "inside", "throughout", "among", "from",
                                 "on", "in", "into", "for", "with", "abroad", "overseas", "locally", "there", "here"})


_ARTICLES = frozenset({"the", "a", "an", "its", "their", "his", "her"})
_PP_HEAD = frozenset({"into", "on", "about", "of", "in", "from", "at", "for", "near", "over"})
MAX_PP_TOKENS = 6


def _np_before_pp(toks: list[Tok], i: int, lex: dict[str, Any]) -> tuple[int, int] | None:
    """"An Amnesty investigation into the killings detailed": the noun phrase before a trailing
    prepositional phrase whose own object names no speaker."""
    k = i - 1
    while k >= 1 and i - k <= MAX_PP_TOKENS and toks[k].word:
        if toks[k].low in _PP_HEAD and _head_ok(toks[k - 1], lex):
            np = _np_backward(toks, k - 1, lex)
            first = next((j for j in range(k - 1, -1, -1) if toks[j].start == np[0]), 0) if np else 0
            before = toks[first - 1].low if np is not None and first > 0 else ""
            if np is None or before in _PP_HEAD or before in ("with", "by", "to") or before.endswith(("ing", "ed")):
                return None  # an object ("the report of X with Y of 2002", "blaming X for ..."): no subject
            return np
        k -= 1
    return None


def _np_backward(toks: list[Tok], i: int, lex: dict[str, Any]) -> tuple[int, int] | None:
    end_tok = toks[i]
    acronym = len(end_tok.text) > 1 and end_tok.text.isupper()  # "the WHO said": a body's acronym, no pronoun
    if end_tok.low in ("who", "which") and i >= 1 and not acronym:
        return _np_backward(toks, i - 1, lex)  # "a group of men who also told her": the men
    if end_tok.low in lex["pron"] and end_tok.word and not acronym:
        return end_tok.start, end_tok.end
    if not _head_ok(end_tok, lex):
        return None
    j = i
    start = i
    while j >= 0 and i - j < MAX_NP_TOKENS:
        t = toks[j]
        if _is_np_word(t, lex):
            start = j
        elif t.low in ("of", "for", "and", "in", "de", "al", "el", "&") and j > 0 and _is_np_word(toks[j - 1], lex) or t.text == "." and j > 0 and toks[j - 1].low in _ABBREV:
            pass
        elif t.low in lex["det"] and j > 0 and toks[j - 1].low in ("of", "and", "for"):
            start = j
        elif t.low in lex["det"]:
            start = j
            break
        elif (j == start - 1 and t.word and not t.cap and t.low not in lex["stop"] and not t.low.endswith("ly")
              and j > 0 and (toks[j - 1].low in _ARTICLES or _name_before_modifier(toks[j - 1], toks[i], lex))):
            start = j  # "the forensics department": a noun modifier right after an article or a name
        elif (j == start - 1 and j > 1 and _plain_modifier(t, lex) and _plain_modifier(toks[j - 1], lex)
              and (toks[j - 2].low in _ARTICLES or (toks[j - 2].cap and toks[j - 2].low.endswith(("'s", "’s"))))):
            start = j - 1  # "the Army's public relations office": two noun modifiers after an owner or article
            j -= 1
        else:
            break
        j -= 1
    # drop leading connectors and capitalised stop words ("May" is also a modal verb). A dash
    # standing alone is no hyphen (a hyphenated name is one token): it ends the phrase ("4 March - The army")
    while start < i and (toks[start].low in ("of", "for", "and", "in", "&") or toks[start].cap and (
            toks[start].low in lex["stop"] or toks[start].low in _ADVERB_CAPS)):
        start += 1
    return toks[start].start, end_tok.end


def _plain_modifier(t: Tok, lex: dict[str, Any]) -> bool:
    """A lower-case word that may modify a role noun ("public", "relations"): no stop word, no adverb."""
    return (t.word and not t.cap and t.low not in lex["stop"] and not t.low.endswith("ly") and t.low not in lex["det"]
            and t.low not in _FUNCTION_WORDS)


_FUNCTION_WORDS = frozenset({"of", "for", "and", "or", "by", "with", "as", "than", "about", "against", "within", "without"})


def _name_before_modifier(t: Tok, head: Tok, lex: dict[str, Any]) -> bool:
    """"the Northern Liberation militant group": a lower-case modifier between a name (``t``) and a
    role-word head is part of the noun phrase."""
    return t.cap and t.word and t.low not in lex["stop"] and t.low not in _ADVERB_CAPS and not head.cap and head.low in lex["role"]


def np_after(text: str, pos: int, upper_bound: int | None = None) -> tuple[int, int] | None:
    """The noun phrase that starts at ``pos`` (with a following apposition), as (start, end)."""
    lex = _lex()
    end_limit = min(len(text), pos + WINDOW) if upper_bound is None else min(upper_bound, pos + WINDOW)
    ts = TokStream(text, pos, end_limit)  # the tokens of the window, read as far as the phrase goes
    toks = ts.toks
    i = 0
    while ts.has(i) and toks[i].low in lex["det"]:
        i += 1
    last = -1
    j = i
    while j - i < MAX_NP_TOKENS and ts.has(j):
        t = toks[j]
        if _is_np_word(t, lex) or (t.word and t.low in lex["det"] and j > i and toks[j - 1].low in ("of", "for")):
            if _head_ok(t, lex):
                last = j
        elif t.low in ("of", "for", "and", "in", "de", "al", "el", "-", "&", "the") and last == j - 1 or (
            t.low == "the" and j > 0 and toks[j - 1].low in ("of", "for")
        ) or t.text == "." and j > 0 and toks[j - 1].low in _ABBREV:
            pass
        else:
            break
        j += 1
    if last < 0:
        return None
    start, end = toks[0].start, toks[last].end
    # apposition: "X, head of the ICRC in Yemen," / "X, a spokesman for Y."
    k = last + 1
    if ts.has(k + 1) and toks[k].text == "," and toks[k + 1].word and (not toks[k + 1].cap or toks[k + 1].low in lex["role"]):
        if (toks[k + 1].low in lex["det"] or toks[k + 1].low in lex["role"]) and toks[k + 1].low not in lex["apposition_counts"]:
            m = k + 1
            app_last = -1
            has_role = False
            while ts.has(m) and toks[m].text not in ",.;:!?\n" and toks[m].text not in _QUOTES and m - k < MAX_NP_TOKENS:
                if toks[m].low in lex["stop"] and toks[m].low not in ("in", "of", "for", "and") and not toks[m].cap:
                    break
                if _head_ok(toks[m], lex):
                    app_last = m
                # the role comes early ("a spokesman for ...", "the head of ..."), not "the mass graves ... bodies"
                has_role = has_role or (m - k <= 3 and toks[m].low in lex["role"] and toks[m].low not in lex["role_mod"])
                m += 1
            if app_last > 0 and has_role and not _verb_follows(text, toks[app_last].end, lex):
                end = toks[app_last].end  # "X, a spokesman for Y" - not "X, the occupation of Y"
    elif ts.has(k + 2) and toks[k].text == "," and not toks[last].cap and toks[last].low in _PERSON_HEADS:
        # "said the provincial governor, Ana Rusu.": the person the title names
        person = _PERSON_NAME.match(text, toks[k + 1].start)
        if person is not None and (person.end() >= len(text) or text[person.end()] in ".,;\n"):
            end = person.end()
    return start, end


def _verb_follows(text: str, pos: int, lex: dict[str, Any]) -> bool:
    """True when a speech verb follows ``pos``: "Citing officials, the agency said" (the agency is the
    subject of the next clause, no apposition)."""
    m = lex["verbs_re"].match(text, _skip_ws(text, pos))
    return m is not None


def _loose_np(text: str, pos: int) -> tuple[int, int] | None:
    """Any short noun phrase (up to six words, "and" allowed) up to a comma or a stop word."""
    lex = _lex()
    toks = tokens(text, pos, min(len(text), pos + 120))
    last = -1
    for k, t in enumerate(toks[:8]):
        if t.word and (t.low not in lex["stop"] or (t.low == "and" and k > 0)):
            if t.low != "and":
                last = k
            continue
        break
    if last < 0:
        return None
    return toks[0].start, toks[last].end


def _strip_possessive(text: str, start: int, end: int) -> tuple[int, int]:
    if text[start:end].endswith(("'s", "’s")):
        end -= 2
    return start, end


def sentence_bounds(doc: Doc, offset: int) -> tuple[int, int] | None:
    """(start, end) of the sentence holding ``offset`` (binary search; ``None`` between sentences)."""
    sents = doc.sentences
    if not sents:
        return None
    cached = _STARTS.get("key")
    # the list itself is kept (not its id): a freed list's id can come back with another document
    if cached is None or cached[0] is not sents or cached[1] != len(sents):
        _STARTS["key"] = (sents, len(sents), [s.start for s in sents])
    starts = _STARTS["key"][2]
    i = bisect.bisect_right(starts, offset) - 1
    if i >= 0 and sents[i].start <= offset < sents[i].end:
        return sents[i].start, sents[i].end
    return None


_STARTS: dict[str, Any] = {}


def _sentence(doc: Doc, offset: int) -> tuple[int, int]:
    b = sentence_bounds(doc, offset)
    if b is not None:
        return b
    text = doc.text
    a = max(text.rfind("\n", 0, offset), text.rfind(". ", 0, offset)) + 1
    ends = [i for i in (text.find("\n", offset), text.find(". ", offset)) if i >= 0]
    return a, (min(ends) + 1 if ends else len(text))


_QUOTE_RE = re.compile(r"[\"“”«»]|(?:^|\s)['‘]|['’](?=[,.]?\s)")


_QUOTE_CHAR = re.compile(r"[\"“”«»'‘’]")  # every match of _QUOTE_RE holds one


def _kind(text: str, s0: int, s1: int) -> str:
    if _QUOTE_CHAR.search(text, s0, s1) is None:
        return "cited"  # no quotation mark or apostrophe: no quotation (a quick scan instead of _QUOTE_RE's)
    return "quoted" if _QUOTE_RE.search(text, s0, s1) and _has_quote(text[s0:s1]) else "cited"


def _has_quote(sentence: str) -> bool:
    """A quotation: double quotes or guillemets, or a single quote opening a word ('We ...')."""
    return bool(_HAS_QUOTE.search(sentence))


_HAS_QUOTE = re.compile(r"[\"“”«»]|(?:^|\s)['‘]\w")


def _mention(doc: Doc, start: int, end: int, ns: int, ne: int, rule: str) -> Mention:
    text = doc.text
    ns, ne = _strip_possessive(text, ns, ne)
    first = text[ns:ne].split(" ", 1)
    if len(first) == 2 and first[0].lower() in _QUANTIFIERS and not first[1].lower().startswith("of "):
        ns += len(first[0]) + 1  # "Most accounts" -> "accounts", "two witnesses" -> "witnesses" ("Three of those" stays)
    name = text[ns:ne]
    s0, s1 = _sentence(doc, start)
    data: dict[str, Any] = {"name": name, "name_start": ns, "name_end": ne}
    if _is_anaphoric(text, ns, ne):
        data["anaphoric"] = True
    return Mention(start, end, _kind(text, s0, s1), data, rule=rule)


_PASSIVE_BLAME = re.compile(r"\s+(?:of|for)\b", re.IGNORECASE)
_WITH_BEFORE = re.compile(r"\bwith\s+$", re.IGNORECASE)


_SUBORDINATOR_BEFORE = re.compile(r"(?:^|[\s,(])(?:as|where|while|whereas|when|after|because|since|although|though)\s+$",
                                  re.IGNORECASE)


def _scoped(text: str, m: Mention, verb_start: int, participle: bool) -> Mention:
    """A participle cue ("..., saying", "with X blaming Y") or one in a subordinate clause ("... toll
    rises to 22 as officials say the gunmen used the roof", "in the city, where police said") speaks
    only for what follows its verb (``scope_from``); after "with" it is background to the author's
    sentence (``background``)."""
    if not participle and _SUBORDINATOR_BEFORE.search(text, max(0, m.data["name_start"] - 12), m.data["name_start"]):
        m.data["scope_from"] = verb_start
    if participle:
        m.data["scope_from"] = verb_start
        if _WITH_BEFORE.search(text, max(0, m.data["name_start"] - 8), m.data["name_start"]):
            m.data["background"] = True
    return m


def _is_anaphoric(text: str, ns: int, ne: int) -> bool:
    """"he", "they", "the official", "the office", "the Commission": a speaker named earlier in the text."""
    lex = _lex()
    words = text[ns:ne].split()
    if len(words) == 1 and words[0].lower() in lex["pron"]:
        return True
    if len(words) == 2 and words[0] == "the" and words[1][:1].isupper() and words[1].lower() in lex["anaphora"]:
        return True  # "the Commission established": a capitalised common noun after a lower-case "the"
    return (
        len(words) <= 3
        and words[0].lower() in ("the", "this", "that")
        and all(not w[:1].isupper() for w in words[1:])
        and words[-1].lower() in lex["anaphora"]
    )


FIGURE_VERB_REACH = 30  # characters after a figure verb ("claims") to the figure it is the verb of


def _figure_follows(text: str, end: int) -> bool:
    """True when a figure follows ``end`` with at most two lower-case words between ("claims 11", "claims at
    least 11")."""
    qs = find_quantities(text, end, min(len(text), end + FIGURE_VERB_REACH))
    if not qs:
        return False
    gap = text[end : qs[0].start].split()
    return len(gap) <= 2 and all(w.isalpha() and w.islower() for w in gap)


_BY_AFTER = re.compile(r"\s+by\s+")
_QUALIFIER_TAIL = re.compile(r"\s+(?:for|on|in|at|since|during|over|until|through)\s.*$", re.DOTALL)


def _by_agent(text: str, m: re.Match[str]) -> bool:
    """True when the speech verb ``m`` is a past participle followed by "by" and a party that can speak
    ("figures recorded by the mission", "deaths documented by local monitors"): a passive, not the verb
    of the noun phrase before it; not "counted by Monday" (no party)."""
    if not m.group().endswith("ed"):
        return False
    by = _BY_AFTER.match(text, m.end())
    if by is None:
        return False
    np = np_after(text, by.end())
    if np is None:
        return False
    name = _QUALIFIER_TAIL.sub("", text[np[0] : np[1]])  # "the Commission for January": the Commission
    return bool(name) and _names_someone(name)


def find_attributions(doc: Doc) -> list[Mention]:
    """Every attribution cue in the document with its speaker."""
    lex = _lex()
    text = doc.text
    out: list[Mention] = []
    strict = caseless_text(text)  # (first: ``lower_copy`` then keeps its copy) the text lower-cased where it stands for it
    low = lower_copy(text)
    passive_low, be_low = lex["passive_low"], lex["be_low"]
    for m in [*lex["verbs_started"].finditer(text), *_scanned(text, low, "toll_re")]:
        if (passive_low.match(strict, m.end()) if passive_low is not None and strict is not None
                else lex["passive_re"].match(text, m.end())):
            continue  # "35 people reported killed"
        if _by_agent(text, m):
            continue  # "totals recorded by the mission": a passive participle, whose agent speaks (cue reported_by)
        if m.group() in lex["figure_verbs"] and not _figure_follows(text, m.end()):
            continue  # "the claims were denied": a noun
        if _adjectival(text, m.start()):
            continue  # "the alleged attack", "Monday's reported toll"
        if m.group().lower() in ("accused", "blamed") and _PASSIVE_BLAME.match(text, m.end()):
            continue  # "two diplomats accused of spying": a passive, no speaker
        if not m.group().endswith("ing") and _after_be(text, m.start(), lex, strict if be_low is not None else None):
            continue  # "Hundreds were said to be sheltering", "thousands are estimated to have died"
        s0, _ = _sentence(doc, m.start())
        participle = m.group().endswith("ing")
        be = _BE_BEFORE.search(text, max(s0, m.start() - 12), m.start()) if participle else None
        if be is not None:
            participle = False  # "Officials are saying": a finite verb, its subject before "are"
        if participle and text[s0 : m.start()].rstrip().endswith(","):
            # "X raised the toll on Monday, saying ...": the speaker of the clause before
            prev = next((o for o in reversed(out) if s0 <= o.start < m.start() and not o.data.get("scope_from")), None)
            np = (prev.data["name_start"], prev.data["name_end"]) if prev is not None else _clause_subject(text, s0, m.start())
            if np is not None:
                out.append(_scoped(text, _mention(doc, np[0], m.end(), np[0], np[1], f"attr.{m.group().split()[0].lower()}"),
                                   m.start(), participle))
            continue
        np = np_before(text, be.start() if be is not None else m.start(), _back_bound(text, s0))
        if np is not None and _INDEFINITE_DOC.fullmatch(text, np[0], np[1]):
            np = _issuer(text, s0, np[0]) or np  # "The army issued a statement saying"
        if np is not None:
            out.append(_scoped(text, _mention(doc, np[0], m.end(), np[0], np[1], f"attr.{m.group().split()[0].lower()}"),
                               m.start(), participle))
            continue
        if _AND_BEFORE.search(text, max(s0, m.start() - 12), m.start()) or participle and text[s0 : m.start()].rstrip().endswith(","):
            # "Analysts examined the debris and concluded" / "Russia defended its ally, blaming rebels"
            np = _clause_subject(text, s0, m.start())
            if np is not None:
                out.append(_scoped(text, _mention(doc, np[0], m.end(), np[0], np[1], f"attr.{m.group().split()[0].lower()}"),
                                   m.start(), participle))
                continue
        if not participle and _INVERTED.search(text[max(0, m.start() - 3) : m.start()]):
            # '"...," said X' - the speaker follows the verb
            np = np_after(text, _skip_ws(text, m.end()))
            if np is not None and not text[np[0] : np[1]].lower().startswith(("on ", "in ", "at ")):
                out.append(_mention(doc, m.start(), np[1], np[0], np[1], "attr.said_inverted"))
    paras: list[Any] = list(doc.paragraphs) or [_Seg(0, len(text))]
    for para in paras:
        line = text[para.start : para.end]
        h = lex["head_re"].match(line)
        if h and _speakerish(h.group(1)):
            a = para.start + h.start(1)
            out.append(_mention(doc, a, a + len(h.group(1)) + 1, a, a + len(h.group(1)), "attr.headline_colon"))
        t = lex["tail_re"].search(line)
        if t and _speakerish(t.group(1)):
            a = para.start + t.start(1)
            out.append(_mention(doc, a, a + len(t.group(1)), a, a + len(t.group(1)), "attr.headline_dash"))
        elif _headline_like(line):
            # "30 killed in strike on X: governor" / "Health ministry: 30 killed in X"
            t = lex["colon_tail_re"].search(line)
            if t and (t.group(1).split()[-1].lower() in (lex["anaphora"] - _DOC_NOUNS) | _PERSON_HEADS):
                a = para.start + t.start(1)
                out.append(_mention(doc, a, a + len(t.group(1)), a, a + len(t.group(1)), "attr.headline_colon_tail"))
            h = None if lex["head_re"].match(line) else lex["head_lower_re"].match(line)
            if h and h.group(1).split()[-1].lower() in lex["anaphora"] - _DOC_NOUNS:
                a = para.start + h.start(1)
                out.append(_mention(doc, a, a + len(h.group(1)) + 1, a, a + len(h.group(1)), "attr.headline_colon"))
    forward = _scanned(text, low, "fwd_re")
    data_at = {m.start(): m for m in forward if m.lastgroup == "data_from"}
    for m in forward:
        cue = m.lastgroup or "according_to"
        np = np_after(text, m.end())
        if np is None and cue in ("according_to", "citing", "reported_by"):
            np = _loose_np(text, m.end())  # "according to rough estimates", "according to one claim"
        if np is None:
            continue
        if cue in ("according_to", "citing") and np[0] in data_at and _definite_source(text, data_at[np[0]].end()):
            continue  # "according to figures from the ministry": the data's source speaks, not the data
        if text[np[0] : np[1]].lower() in _NOT_NAME or text[np[0] : np[1]].lower() in lex["stop"]:
            continue  # "reports citing In the eastern province": a preposition, no source
        if lex["unnamed_content_re"].fullmatch(text, np[0], np[1]):
            continue  # "according to one claim, ...": what is claimed, by no one named
        if cue == "per" and not text[np[0] : np[0] + 1].isupper() and not text[np[0] : np[1]].lower().startswith("the "):
            continue
        if cue == "data_from" and _COPULA_AFTER.match(text, np[1]):
            continue  # "the statements of X are a provocation": said about X's words, not by X
        if cue in ("according_to", "citing"):
            own = lex["owner_re"].search(text, np[0], np[1])
            if own is not None and own.end() == np[1] and own.start() > np[0]:
                np = (np[0], own.start())  # "according to the Command's figures": the owner of the figures speaks
        out.append(_mention(doc, m.start(), np[1], np[0], np[1], f"attr.{cue}"))
    for m in _scanned(text, low, "data_re"):
        s0, _ = _sentence(doc, m.start())
        np = np_before(text, m.start(), _back_bound(text, s0))
        if np is not None:
            out.append(_mention(doc, np[0], m.end(), np[0], np[1], "attr.data_show"))
    media = []
    for m in _scanned(text, low, "media_re"):
        # "A video from the square showed ...": the recording speaks for what it shows
        before = lex["media_before_re"].search(text, max(0, m.start() - MEDIA_MODIFIER_REACH), m.start())
        start = before.start() if before is not None and before.end() == m.start() else m.start()
        media.append(_mention(doc, start, m.end(), start, m.end("name"), "attr.media_show"))
    if lex["hearsay_re"] is not None and any(g in low for g in lex["hearsay_gates"]):
        for m in lex["hearsay_re"].finditer(text):
            # "information circulating on social media claiming that 20 were killed": the channel speaks for it
            heard = _mention(doc, m.start(), m.end(), m.start("name"), m.end("name"), "attr.hearsay")
            heard.data["scope_from"] = m.end()  # it speaks for what it claims, not for "I dismiss" before it
            media.append(heard)
    if media:
        starts = {x.data["name_start"]: x.data["name_end"] for x in media}
        out = [x for x in out if not x.data["name_end"] < starts.get(x.data["name_start"], -1)] + media
    for m in lex["owner_re"].finditer(text):
        # "the county council's first estimate of 75": the owner of the figure that follows
        s0, _ = _sentence(doc, m.start())
        np = np_before(text, m.start(), _back_bound(text, s0))
        if np is not None and np[1] == m.start() and _names_someone(text[np[0] : np[1]]):
            owner = _mention(doc, np[0], m.end(), np[0], np[1], "attr.data_owner")
            owner.data["scope_from"] = np[0]
            out.append(owner)
    for m in lex["credit_re"].finditer(text) if "credit" in low or "courtesy" in low else ():
        # "... Photo credit: @handle": the credited source speaks for the caption
        out.append(_mention(doc, m.start(), m.end(), m.start("name"), m.end("name"), "attr.credit"))
    out.sort(key=lambda x: (x.start, -x.end))
    return _dedupe([m for m in out if not _counts_nobody(m.data["name"], lex) and not _negated(text, m.data["name_start"], m.data["name"])])


def _definite_source(text: str, pos: int) -> bool:
    """True when the noun phrase at ``pos`` names a definite source ("the ministry", "Amnesty"), not a
    generic plural ("experts", "activists"), which keeps the fuller phrase before it as the name."""
    np = np_after(text, pos)
    return np is not None and (text[np[0]].isupper() or text[np[0]:np[0] + 4].lower() in ("the ", "its "))


MEDIA_MODIFIER_REACH = 40  # characters before a recording's noun searched for its determiner and modifiers


_NEGATED = re.compile(r"\b(?:no|neither|nor)\s+$", re.IGNORECASE)


def _negated(text: str, name_start: int, name: str) -> bool:
    """"No group claimed responsibility", "Neither side reported": a negated subject is no one."""
    return name.split()[0].lower() in ("no", "neither", "none") or bool(_NEGATED.search(text, max(0, name_start - 10), name_start))


_BE_BEFORE = re.compile(r"\b(?:is|are|was|were)\s+$", re.IGNORECASE)


def _after_be(text: str, pos: int, lex: dict[str, Any], low: str | None = None) -> bool:
    """True when the speech verb at ``pos`` follows a form of "be" (adverbs between allowed): a
    passive ("were said to", "is widely reported", "are estimated to"), which names no speaker. ``low``: the text
    lower-cased where it stands for the text (``caseless_text``), read with ``be_re``'s lower-cased form."""
    if low is not None and lex["be_low"] is not None:
        return bool(lex["be_low"].search(low, max(0, pos - 40), pos))
    return bool(lex["be_re"].search(text, max(0, pos - 40), pos))


def _counts_nobody(name: str, lex: dict[str, Any]) -> bool:
    """A "speaker" made only of quantity words ("Thousands", "Dozens of people") names nobody."""
    words = [w.lower() for w in _WORDS.findall(name)]
    return bool(words) and all(w in lex["quantity"] for w in words)


_COPULA_AFTER = re.compile(r"(?:\s+(?!that\b)[\w’'-]+){0,3}?\s+(?:is|are|was|were)\s+(?!(?:published|released|issued|compiled|cited|quoted|reported|confirmed)\b)",
                           re.IGNORECASE)
_ADJ_BEFORE = re.compile(r"(?:\b(?:the|a|an|its|their|his|her|our|this|these|those)|\w['’]s)\s+$", re.IGNORECASE)


_ADJ_WORD_MAX = 5  # characters of _ADJ_BEFORE's longest word before the white space ("their", "these", "those")


def _adjectival(text: str, pos: int) -> bool:
    """A participle right after a determiner or a possessive is an adjective, not a speech verb."""
    before = text[max(0, pos - 24) : pos]
    # a match's word ends where the white space ending the stretch begins: searched from a few characters
    # before it (``\b`` still reads the character before), not from every position of the stretch
    word_end = len(before.rstrip())
    if word_end == len(before):
        return False
    return _ADJ_BEFORE.search(before, max(0, word_end - _ADJ_WORD_MAX)) is not None


@dataclass(frozen=True)
class _Seg:
    start: int
    end: int


def _paragraph_index(doc: Doc, para: Any) -> int:
    """``doc.paragraphs.index(para)``, or -1 when ``para`` is not one of them: the first paragraph that is
    ``para`` or equals it as a dataclass does (same class, start and end), compared here rather than by the
    generated ``__eq__``, which runs as Python for every paragraph compared."""
    for i, p in enumerate(doc.paragraphs):
        if p is para or (type(p) is type(para) and p.start == para.start and p.end == para.end):
            return i
    return -1


HEADLINE_MAX_WORDS = 25


def _headline_like(line: str) -> bool:
    """A short line with no closing full stop (a headline, a caption's title)."""
    stripped = line.rstrip()
    return bool(stripped) and "\n" not in stripped and not stripped.endswith((".", "?", "!")) and len(stripped.split()) <= HEADLINE_MAX_WORDS


def _speakerish(phrase: str) -> bool:
    """A headline tag that names a speaker: holds a role word, or is a multi-word proper name."""
    words = phrase.split()
    lex = _lex()
    if any(w.lower().strip("’'s") in lex["role"] and w.lower() not in lex["role_mod"] for w in words):
        return True
    return len(words) >= 2 and all(w[:1].isupper() or w.lower() in ("of", "the", "for", "and") for w in words)


_INVERTED = re.compile(r"[,\"”’']\s*$")  # '"...," said X'
_CLAUSE_STOP = re.compile(r"[.;\n]")


def _skip_ws(text: str, i: int) -> int:
    while i < len(text) and text[i] in " \t":
        i += 1
    return i


def _back_bound(text: str, sentence_start: int) -> int:
    """Where a backward noun phrase may start: the sentence start, or the previous wrapped line."""
    j = sentence_start - 1
    while j >= 0 and text[j] in " \t":
        j -= 1
    if j >= 0 and text[j] == "\n" and (j == 0 or text[j - 1] != "\n"):
        prev_end = j - 1
        if prev_end >= 0 and text[prev_end] not in ".!?:;\"”" and sentence_start < len(text) and text[sentence_start].islower():
            return text.rfind("\n", 0, j) + 1
    return sentence_start


def _dedupe(ms: list[Mention]) -> list[Mention]:
    out: list[Mention] = []
    for m in ms:
        if out and m.data["name_start"] == out[-1].data["name_start"] and m.data["name_end"] == out[-1].data["name_end"]:
            continue
        out.append(m)
    return out


def annotate_attributions(doc: Doc) -> Doc:
    """Component function: fill ``doc.spans["attributions"]``."""
    doc.spans["attributions"] = find_attributions(doc)
    return doc


component = Component(name="attributions", func=annotate_attributions, requires=("sentences",), assigns=("attributions",))


CARRY_UNATTRIBUTED = "quote"  # "paragraph": carry to any later sentence of the paragraph; "quote": only inside a quotation


def attribution_for(doc: Doc, offset: int, _depth: int = 0) -> Mention | None:
    """The attribution of the sentence at ``offset``, carried over when the text continues, with an
    acronym speaker ("the ICRC said") resolved to the full name the document gives it (see
    ``resolve_acronym``).

    * A named speaker in the sentence: the one nearest to ``offset``.
    * Only an anaphoric one ("he said", "the office added"): the last named speaker in the three
      paragraphs before, else the last one earlier in the document with the same head word
      ("the ministry" -> "Russia's defence ministry"), as a mention with rule ``attr.carried``; the
      anaphoric mention itself when there is none.
    * None in the sentence but a denial with a denier ("X denied ..."): the denier.
    * None at all: inside a quotation that an earlier sentence of the paragraph attributes, that
      speaker; else ``None`` (the caller falls back to the document's author or publisher).

    Inside a quotation, its speaker ('"...," he said', 'X said: "..."') comes first.
    """
    m = _attribution_for(doc, offset, _depth)
    if m is None:
        return None
    person = resolve_role(doc, m.data["name"], m.data["name_start"]) or resolve_title(doc, m.data["name"], m.data["name_start"])
    if person is not None:
        m = _carried(person, m)
    return _capital_speaker(doc, m) or _with_proper_name(doc, _expand_acronym(doc, m))


_POSSESSIVE_BODY = re.compile(r"([A-Z][\w-]+)['’]s\s+([a-z][a-z-]+(?:\s+[a-z][a-z-]+){0,3})")


def proper_body_name(text: str, start: int, end: int) -> tuple[int, int] | None:
    """"Northland's armed forces" where the document also names the body in capitals with the
    country's name or adjective ("the Northlandic Armed Forces"): the span of that proper name
    (the one nearest to ``start``), else ``None``."""
    m = _POSSESSIVE_BODY.fullmatch(text, start, end)
    if m is None:
        return None
    owner = m.group(1).lower()[:STEM_CHARS]
    words = m.group(2).split()
    if words[-1][0].upper() + words[-1][1:] not in text:
        return None  # the head is never written in capitals: no proper name to find
    pat = re.compile(r"\b([A-Z][\w-]+)\s+" + r"\s+".join(re.escape(w[0].upper() + w[1:]) for w in words) + r"\b")
    spans = [(f.start(), f.end()) for f in pat.finditer(text) if f.group(1).lower().startswith(owner)
             and not f.group(1).endswith(("’s", "'s"))]
    return min(spans, key=lambda sp: abs(sp[0] - start)) if spans else None


def _with_proper_name(doc: Doc, m: Mention) -> Mention:
    span = proper_body_name(doc.text, m.data["name_start"], m.data["name_end"])
    if span is None:
        return m
    data = dict(m.data, name=doc.text[span[0] : span[1]], name_start=span[0], name_end=span[1], as_written=m.data["name"])
    return Mention(m.start, m.end, m.label, data, rule=m.rule)


@functools.cache
def _capitals() -> dict[str, str]:
    """Normalised capital name -> the name of its country (GeoNames' country records)."""
    from claimledger.extract.gazetteer import countries, normalize

    return {normalize(c["capital"]): c["name"] for c in countries().values() if c.get("capital") and c.get("name")}


@functools.lru_cache(maxsize=4096)
def _capital_country(name: str) -> str | None:
    """The country whose capital ``name`` is (any spelling the gazetteer knows), else ``None``."""
    from claimledger.extract.gazetteer import countries, lookup, normalize

    caps = _capitals()
    key = normalize(name)
    if key in caps:
        return caps[key]
    if not caps or not all(w[:1].isupper() or w in ("la", "el", "al", "de") for w in name.split()):
        return None  # "the Interior Ministry", "local officials": no city's name
    recs = countries()
    for e in lookup(name):
        rec = recs.get(e.country)
        if e.kind == "P" and rec and rec.get("capital") and normalize(rec["capital"]) == normalize(e.name):
            return str(rec["name"])
    return None


MAX_CAPITAL_WORDS = 3


def _capital_speaker(doc: Doc, m: Mention) -> Mention | None:
    """"..., Moscow stated": a capital that speaks stands for its country's government, so the claim is
    that of the government body the document named before, the last earlier speaker whose name
    carries the country's name or adjective ("the Northland Defence Ministry", "Northland's foreign
    ministry") and a government word (rules ``capital_metonym_heads``); ``None`` when there is none."""
    name = m.data["name"].strip()
    if not name[:1].isupper() or len(name.split()) > MAX_CAPITAL_WORDS:
        return None
    country = _capital_country(name)
    if country is None:
        return None
    want = _stems(country)
    heads = _lex()["capital_heads"]
    best = None
    for x in doc.spans.get("attributions", ()):
        if x.data.get("name_start", x.start) >= m.data["name_start"]:
            break
        xn = x.data["name"]
        words = {w.lower().removesuffix("’s").removesuffix("'s") for w in _WORDS.findall(xn)}
        if x.data.get("anaphoric") or not want or not want <= _stems(xn) or not words & heads:
            continue
        best = x
    if best is None:
        return None
    data = dict(best.data, carried_from=best.start, metonym=name)
    return Mention(m.start, m.end, m.label, data, rule="attr.capital")


def _attribution_for(doc: Doc, offset: int, _depth: int = 0) -> Mention | None:
    ms = doc.spans.get("attributions", [])
    s0, s1 = _sentence(doc, offset)
    quoted = _quote_speaker(doc, offset, ms) if _depth < 2 else None
    if quoted is not None:
        return quoted
    inside = [m for m in ms if s0 <= m.start < s1]
    inside = [m for m in inside if not m.data.get("background") and offset >= m.data.get("scope_from", -1)
              and not _counted_in_name(doc, m, offset)]
    named = _owners_of_data(doc.text, [m for m in inside if not m.data.get("anaphoric")])
    para = next((p for p in doc.paragraphs if p.start <= offset < p.end), None)
    relayed = _relayed_speaker(doc, ms, inside, named, para, s0, offset)
    if relayed is not None:
        return relayed
    if named:
        best = min(named, key=lambda m: abs((m.start + m.end) // 2 - offset))
        framing = _framing_speaker(doc, ms, inside, best, para, s0)
        if framing is not None:
            return framing
        rival = _contrasted_speaker(doc, ms, inside, best, offset, para, s0)
        if rival is not None:
            return rival
        return _named_next(doc, ms, para, best) or best
    p0 = para.start if para is not None else s0
    if inside:
        cue = inside[0]
        lookback = p0
        k = _paragraph_index(doc, para)
        if k >= 0:
            lookback = doc.paragraphs[max(0, k - 3)].start
        if cue.data["name"].lower() in ("he", "she"):
            subj = None
            for cand in _PERSON_NAME.finditer(doc.text, s0, cue.start):
                ws = cand.group().lower().split()
                if not any(w in _NOT_NAME for w in ws) and not _after_preposition(doc.text, cand.start()):
                    subj = cand
            if subj is not None:  # "lawyer Khaled Ismail attended ..., who he says ..."
                return Mention(cue.start, cue.end, cue.label,
                               {"name": subj.group(), "name_start": subj.start(), "name_end": subj.end()},
                               rule="attr.pronoun_subject")
        if cue.data["name"].lower() in ("they", "them"):
            np = plural_subject(doc.text, s0, cue.data["name_start"])
            if np is not None:  # "Sources disagree on the toll, but they estimate ..."
                return Mention(cue.start, cue.end, cue.label,
                               {"name": doc.text[np[0] : np[1]], "name_start": np[0], "name_end": np[1]},
                               rule="attr.pronoun_subject")
        return _pronoun_antecedent(doc, ms, cue, lookback, s0) or cue
    for d in doc.spans.get("denials", ()):
        if s0 <= d.start < s1 and d.data.get("denier") and d.rule == "denial.denied" and not _denied_content(doc.text, d, offset):
            return Mention(d.start, d.end, _kind(doc.text, s0, s1),
                           {"name": d.data["denier"], "name_start": d.data["denier_start"], "name_end": d.data["denier_end"]},
                           rule="attr.denier")
    credited = _source_line(doc.text, offset) or _bracket_source(doc.text, offset)
    if credited is not None:
        return credited
    prev = [m for m in ms if p0 <= m.start < s0 and not m.data.get("anaphoric")]
    if prev and (CARRY_UNATTRIBUTED == "paragraph" or _in_quote(doc.text, p0, s0)):
        return _carried(prev[-1], None)
    return _list_speaker(doc, ms, para) or _released_by(doc, para, s0) or _this_attribution(doc, ms, para)


def _counted_in_name(doc: Doc, m: Mention, offset: int) -> bool:
    """True when a figure at ``offset`` lies inside the speaker's name ("Nine of the survivors told staff
    ..."): the people counted are no source of their own count."""
    ns, ne = m.data.get("name_start"), m.data.get("name_end")
    if ns is None or ne is None or not ns <= offset < ne:
        return False
    return any(f.start <= offset < f.end for f in doc.spans.get("figures", ()) if ns <= f.start < ne)


_SOURCE_LINE = re.compile(r"[ \t]*\(?(?:Sources?|SOURCES?)[ \t]*:[ \t]*(?P<name>[^\n.;:()\[\]]{2,80}?)[ \t]*(?:[.;)\]]|$)", re.MULTILINE)


def _source_line(text: str, offset: int) -> Mention | None:
    """"12 killed, 9 injured. Source: field monitors.", "4 killed (Source: county officials)": a source
    credited after a figure on its line (a table row, a list item, a caption) speaks for it."""
    end = text.find("\n", offset)
    end = len(text) if end < 0 else end
    if text.find("Source", offset, end) < 0 and text.find("SOURCE", offset, end) < 0:
        return None  # (every match holds one of them: most lines are told "no" without the regex)
    m = _SOURCE_LINE.search(text, offset, end)
    if m is None:
        return None
    return Mention(m.start("name"), m.end("name"), "cited",
                   {"name": m.group("name"), "name_start": m.start("name"), "name_end": m.end("name")},
                   rule="attr.source_line")


@functools.cache
def _bracket_rules() -> tuple[frozenset[str], frozenset[str]]:
    """Rule ``bracket_source``: the bullets that open a list item (segment rules ``bullets``), and the words
    of a source's name: the speaker lexicons' role words and anaphora heads, each also in its other number
    ("priest", "priests")."""
    r = rules()
    words = set(r["role_words"]) | set(r["anaphora_heads"])
    heads = words | {w + "s" for w in words} | {w[:-1] for w in words if w.endswith("s")}
    return frozenset(bullets()), frozenset(heads)


_BRACKET_END = re.compile(r"\((?P<name>[^()\n\d]{3,80}?)\)[ \t]*\.?[ \t]*$")
_WORD = re.compile(r"[^\W\d_]+")


def _bracket_source(text: str, offset: int) -> Mention | None:
    """"- 3 May, X: two killed (district hospital).": the source a list item credits in the parenthesis
    that ends its line speaks for its figures (rule ``bracket_source``)."""
    end = text.find("\n", offset)
    end = len(text) if end < 0 else end
    if text.rfind(")", offset, end) < 0:
        return None  # (most lines end on no parenthesis: told "no" without the regex)
    bullets, heads = _bracket_rules()
    line_start = text.rfind("\n", 0, offset) + 1
    head = text[line_start:offset].lstrip()
    if not head or head[0] not in bullets:
        return None
    m = _BRACKET_END.search(text, offset, end)
    if m is None or not any(w.lower() in heads for w in _WORD.findall(m.group("name"))):
        return None
    return Mention(m.start("name"), m.end("name"), "cited",
                   {"name": m.group("name"), "name_start": m.start("name"), "name_end": m.end("name")},
                   rule="attr.bracket_source")


def _contrasted_speaker(doc: Doc, ms: list[Mention], inside: list[Mention], best: Mention, offset: int,
                        para: Any, s0: int) -> Mention | None:
    """"Residents said 20 were killed, while the army put the toll at 11": a second speaker of the
    sentence, named by a description that could stand for an earlier one ("the army"), whose cue
    opens the clause of the figure at ``offset`` speaks for it rather than the named speaker before
    it: the earlier speaker with its head word when the document has one, else itself. Pronouns
    ("he said") are left to the named speaker."""
    pron = _lex()["pron"]
    rivals = [m for m in inside if m.data.get("anaphoric") and m.start > best.end
              and m.data.get("scope_from") is not None and m.data["scope_from"] <= offset
              and m.data["name"].split()[-1].lower() not in pron]
    if not rivals:
        return None
    cue = rivals[-1]
    lookback = para.start if para is not None else s0
    k = _paragraph_index(doc, para)
    if k >= 0:
        lookback = doc.paragraphs[max(0, k - 3)].start
    found = _antecedent(doc, ms, cue, lookback, s0)
    return found if found is not None and found.data.get("name_start") != best.data.get("name_start") else cue


def _released_by(doc: Doc, para: Any, s0: int) -> Mention | None:
    """"The ministry released the names of the dead. The lists contain 123 names": a sentence that
    opens on the data the sentence before says a party released (rules ``released_data`` and
    ``released_data_subject``, one family of data nouns) speaks for that party."""
    r = _released_rules()
    subj = r[1].match(doc.text, _skip_ws(doc.text, s0))
    if subj is None or para is None or s0 <= para.start:
        return None
    p0, p1 = _sentence(doc, s0 - 1)
    p0 = max(p0, para.start)
    for verb in r[0].finditer(doc.text, p0, p1):
        np = np_before(doc.text, verb.start(), p0)
        if np is not None and _names_someone(doc.text[np[0] : np[1]]):
            return Mention(np[0], verb.end(), "cited",
                           {"name": doc.text[np[0] : np[1]], "name_start": np[0], "name_end": np[1]},
                           rule="attr.released_by")
    return None


@functools.cache
def _released_rules() -> tuple[re.Pattern[str], re.Pattern[str]]:
    r = rules()
    return (re.compile(r"\b" + r["released_data"] + r"\b", re.IGNORECASE),
            re.compile(r["released_data_subject"] + r"\b", re.IGNORECASE))


MAX_LIST_ITEMS = 12


def _is_list_item(text: str, start: int, end: int) -> bool:
    head = text[start:end].lstrip()
    return bool(head) and head[0] in speaking_bullets()


def _list_speaker(doc: Doc, ms: list[Mention], para: Any) -> Mention | None:
    """A bulleted item with no speaker of its own continues the statement that introduces its list:
    "The ministry said that the reports were false" followed by "• On 3 May our units fired no
    shells" is the ministry's. Only when the item's list follows right after a paragraph whose last
    sentence opens with a named speaker and its speech verb (not a trailing '..., X said.')."""
    k = _paragraph_index(doc, para)
    if para is None or k < 0 or not _is_list_item(doc.text, para.start, para.end):
        return None
    j = k - 1
    while j >= 0 and k - j <= MAX_LIST_ITEMS and _is_list_item(doc.text, doc.paragraphs[j].start, doc.paragraphs[j].end):
        j -= 1
    if j < 0 or k - j > MAX_LIST_ITEMS:
        return None
    intro = doc.paragraphs[j]
    last = len(doc.text[intro.start:intro.end].rstrip()) + intro.start - 1
    s0, s1 = _sentence(doc, max(intro.start, last))
    s0 = _skip_ws(doc.text, s0)
    opening = [m for m in ms if s0 <= m.start < s1 and m.data.get("name_start") == s0 and not m.data.get("anaphoric")
               and m.rule.startswith("attr.") and m.rule not in _SOURCE_RULES]
    return _carried(opening[0], None) if opening else None


def _relayed_speaker(doc: Doc, ms: list[Mention], inside: list[Mention], named: list[Mention], para: Any,
                     s0: int, offset: int) -> Mention | None:
    """"According to the Daily Courier, the ministry said 30 died" / "The ministry said 30 died,
    according to the Daily Courier": the innermost source asserts the figure, and here that is the
    speaker of the speech verb (the "according to"/"per"/"citing" source, before the speaker or after
    the figure, or "X was quoted by Y as saying", only relays it). Not when a source stands inside
    the speaker's words ("X reported that, according to witnesses, 30 died"), nor for one the
    speaker cites ("Citing Y, X said", "X, quoting Y, said"): that source is innermost. Only for one speech-verb speaker; an anaphoric one ("the ministry") resolved to the
    name it stands for when there is one."""
    text = doc.text
    cited = [m for m in named if m.rule == "attr.citing" and _names_someone(m.data["name"])
             and text[m.start : m.start + 8].lower().startswith(("citing", "quoting"))]
    if cited:  # "Citing X, Y said" / "Y, citing X, said": X, whom the speaker cites, is innermost
        return min(cited, key=lambda m: abs((m.start + m.end) // 2 - offset))
    sources = [m for m in inside if m.rule in ("attr.according_to", "attr.per", "attr.reported_by", "attr.citing")]
    speakers = [m for m in inside if m.rule not in _SOURCE_RULES and not m.data.get("scope_from")]
    if not sources or len(speakers) != 1 or not named:
        return None
    sp = speakers[0]
    if sp.data["name"].lower() in _lex()["pron"] or any(sp.end <= m.start < offset for m in sources):
        return None
    if not sp.data.get("anaphoric"):
        return sp
    k = _paragraph_index(doc, para)
    lookback = doc.paragraphs[max(0, k - 3)].start if k >= 0 else s0
    return _antecedent(doc, ms, sp, lookback, s0) or sp


def _names_someone(name: str) -> bool:
    """A source that can speak: its last word a name or a role noun ("police", "the Daily Courier"),
    not "security concerns"."""
    last = name.split()[-1].strip(",.")
    lex = _lex()
    if last.lower() in lex["stop"] or last.lower() in _NOT_NAME:
        return False  # "reports citing In the eastern province": no one
    return last[:1].isupper() or (last.lower() in lex["role"] and last.lower() not in lex["role_mod"])


_RELATIVE_BEFORE = re.compile(r"\b(?:which|who|that)\s+(?:[\w’'-]+\s+){0,3}$", re.IGNORECASE)


def denied_in_relative_clause(text: str, d: Mention) -> bool:
    """True when the denial ``d`` stands in a relative clause ("..., which denied blame"): the
    sentence's speaker asserts the rest of it."""
    verb = _lex()["deny_verb_re"].search(text, d.start, max(d.end, d.start + 1))
    return verb is not None and _RELATIVE_BEFORE.search(text, max(0, verb.start() - 40), verb.start()) is not None


def denied_in_concessive_clause(text: str, d: Mention, start: int) -> int | None:
    """The end of the sentence's opening concessive clause (its first comma) when the denial ``d`` stands in it
    ("While the army denies the accusation, the commission said ...": rules ``denial.concessive``): the speaker
    of the main clause asserts the rest of the sentence; else ``None``. ``start`` is the sentence's start."""
    verb = _lex()["deny_verb_re"].search(text, d.start, max(d.end, d.start + 1))
    if verb is None or not _lex()["concessive_re"].fullmatch(text, start, verb.start()):
        return None
    comma = text.find(",", verb.end())
    return comma + 1 if comma >= 0 else None


def _denied_content(text: str, d: Mention, offset: int) -> bool:
    """True when ``offset`` is no part of what the denier of ``d`` asserts: the denial stands in a
    relative clause ("the army, which denied involvement, ...") or ``offset`` lies in the denied
    proposition ("denied reports that 30 people were killed")."""
    verb = _lex()["deny_verb_re"].search(text, d.start, max(d.end, d.start + 1))
    if verb is None:
        return False
    if _RELATIVE_BEFORE.search(text, max(0, verb.start() - 40), verb.start()):
        return True
    return offset >= verb.end() and re.search(r"\bthat\b", text[verb.end() : offset]) is not None


_CONTRAST = re.compile(r"(?i)\b(?:while|whereas|but|although|though)\b|;")
_TALLY_RULES = frozenset({"attr.counted", "attr.recorded", "attr.documented", "attr.registered", "attr.tallied"})


def _framing_speaker(doc: Doc, ms: list[Mention], inside: list[Mention], best: Mention, para: Any,
                     s0: int) -> Mention | None:
    """"Its monitors counted 31 bodies ..., the group said" / "Authorities recorded 112 homicides,
    according to figures released by the council": a count whose subject (a ``counted`` /
    ``recorded`` cue) is reported by a speaker later in the sentence is that speaker's claim (an
    anaphoric one resolved to the earlier speaker it stands for); ``None`` otherwise."""
    if best.rule not in _TALLY_RULES:
        return None
    later = [m for m in inside if m.start >= best.end and m.rule not in _TALLY_RULES]
    if not later:
        return None
    frame = later[-1]
    if _CONTRAST.search(doc.text, best.end, frame.start):
        return None  # "X recorded 5 deaths, while Y said 3 died": a second speaker of its own figure
    if not frame.data.get("anaphoric"):
        return frame
    lookback = para.start if para is not None else s0
    k = _paragraph_index(doc, para)
    if k >= 0:
        lookback = doc.paragraphs[max(0, k - 3)].start
    return _antecedent(doc, ms, frame, lookback, s0) or frame


def _owners_of_data(text: str, named: list[Mention]) -> list[Mention]:
    """"according to a tally by AFP": the data with its owner ("a tally by AFP", from the data noun
    to the end of the ``data_from`` mention whose cue opens inside the other mention's name)
    rather than the data noun alone ("a tally") or the owner alone."""
    owners = {m.start: m for m in named if m.rule == "attr.data_from"}
    merged: set[int] = set()
    out = []
    for m in named:
        owner = next((d for k, d in owners.items() if m.data["name_start"] <= k < m.data["name_end"]), None
                     ) if m.rule != "attr.data_from" else None
        if owner is not None:
            ns, ne = m.data["name_start"], owner.data["name_end"]
            m = Mention(m.start, max(m.end, owner.end), m.label, dict(owner.data, name=text[ns:ne], name_start=ns, name_end=ne),
                        rule=owner.rule)
            merged.add(id(owner))
        out.append(m)
    return [m for m in out if id(m) not in merged]


# a conjunction or sentence adverb before a sentence's subject ("But a spokesman rejected that.")
_SENTENCE_OPENER = re.compile(r"(?:but|and|yet|however|meanwhile|still|later|earlier)\b,?\s+", re.IGNORECASE)


def _previous_subject(doc: Doc, cue: Mention, s0: int) -> Mention | None:
    """"The ministry issued figures on Monday. It said ...": a pronoun speaker ("it", "they", "he",
    "she") with no earlier speaker is the subject of the sentence before, when that opens with a noun
    phrase the pronoun fits (``_fits_pronoun``: "it" - "the ministry", "they" - "the rebels", "he" -
    "an official spokesman of the government")."""
    pron = cue.data["name"].lower()
    if pron not in ("it", "they", "he", "she"):
        return None
    prev = sentence_bounds(doc, s0 - 1) if s0 > 0 else None
    if prev is None:
        prev = sentence_bounds(doc, doc.text.rfind(".", 0, s0)) if doc.text.rfind(".", 0, s0) >= 0 else None
    if prev is None or cue.data["name_start"] - prev[0] > 2 * WINDOW:
        return None
    first = _skip_ws(doc.text, prev[0])
    opener = _SENTENCE_OPENER.match(doc.text, first, prev[1])
    np = np_after(doc.text, opener.end() if opener else first, prev[1])
    if np is None:
        return None
    name = doc.text[np[0] : np[1]]
    if not _fits_pronoun(pron, name):
        return None
    data = {"name": name, "name_start": np[0], "name_end": np[1], "carried_from": np[0]}
    return Mention(cue.start, cue.end, cue.label, data, rule="attr.previous_subject")


def _pronoun_antecedent(doc: Doc, ms: list[Mention], cue: Mention, lookback: int, s0: int) -> Mention | None:
    """What a speaker ``cue`` with no name in its sentence stands for: the subject of the sentence
    before when a pronoun fits it and it names someone ("Russia's defence ministry denied X. It said"),
    else an earlier speaker (``_antecedent``), else that subject even when it is itself a description
    ("The spokesman rejected X. He said")."""
    prev = _previous_subject(doc, cue, s0)
    if prev is not None and not _is_anaphoric(doc.text, prev.data["name_start"], prev.data["name_end"]):
        return prev
    if prev is not None:
        # "The interior ministry said ... It added ...": the description the pronoun follows, resolved in turn
        # (to an earlier ministry), not an unrelated speaker named before it
        ns, ne = prev.data["name_start"], prev.data["name_end"]
        desc = Mention(ns, ne, cue.label, {"name": prev.data["name"], "name_start": ns, "name_end": ne, "anaphoric": True})
        found = _antecedent(doc, ms, desc, lookback, ns)
        return _carried(found, cue) if found is not None else prev
    return _antecedent(doc, ms, cue, lookback, s0) or _previous_speaker(doc, ms, cue, s0)


def _previous_speaker(doc: Doc, ms: list[Mention], cue: Mention, s0: int) -> Mention | None:
    """"REPORTER: Ana, the army spokesman here told reporters that ... He said ...": a pronoun speaker with
    no other antecedent stands for the last speaker of the sentence before that it fits, even a description."""
    pron = cue.data["name"].lower()
    if pron not in ("he", "she", "it", "they") or s0 <= 0:
        return None
    prev = sentence_bounds(doc, doc.text.rfind(".", 0, s0))
    if prev is None:
        return None
    fits = [m for m in ms if prev[0] <= m.start < prev[1] and m.data["name"].lower() not in _lex()["pron"]
            and _fits_pronoun(pron, m.data["name"])]
    return _carried(fits[-1], cue) if fits else None


def _role_head(name: str) -> str | None:
    """The head word of a speaker's name, lower-cased, when it is not capitalized (a role noun, not a name)."""
    head = _HEAD_SPLIT.split(name)[0].split()[-1]
    return None if head[:1].isupper() else head.lower().strip(",")


def _person_or_plural(name: str) -> bool:
    """A speaker "it" cannot stand for: one headed by a person's role ("a spokesman of X") or a plural
    role noun ("Ukrainian officials")."""
    low = _role_head(name)
    return low is not None and (low in _PERSON_HEADS or low.endswith("s") and low in _lex()["role"])


def _plural_role(name: str) -> bool:
    """A speaker named by a plural role noun ("the rebels", "local officials"), not a person or a body."""
    low = _role_head(name)
    return low is not None and low.endswith("s") and low in _lex()["role"]


def _fits_pronoun(pron: str, name: str) -> bool:
    """Can ``pron`` stand for the noun phrase ``name``? "it" for a body (a singular role noun, or a
    multi-word name with one: "the ministry", "The Northern Ministry of Health"), "they" for a plural
    role noun ("the rebels"), "he"/"she" for a person (a person's role noun or a person's name:
    "an official spokesman of the government", "Ivan Petrov"). The head is the last word before
    "of"/"for"/"in"/"from"."""
    lex = _lex()
    words = name.split()
    head_words = _HEAD_SPLIT.split(name)[0].split()
    last = head_words[-1]
    head = last.lower()
    if words[0].lower() in _NOT_NAME - {"the", "an", "a"} or head in _ADVERB_CAPS or head in _MONTH_WORDS or head in lex["pron"]:
        return False
    if pron in ("he", "she"):
        return (head in _PERSON_HEADS and not last[:1].isupper()) or bool(_PERSON_NAME.fullmatch(" ".join(head_words[-2:])))
    plural = head.endswith("s") and not last[:1].isupper()
    if head in lex["role"] and head not in lex["role_mod"] and head not in _PERSON_HEADS and plural == (pron == "they"):
        return True
    return pron == "it" and last[:1].isupper() and len(words) >= 2 and any(w.lower() in lex["role"] for w in words)


_MONTH_WORDS = frozenset({"january", "february", "march", "april", "may", "june", "july", "august", "september",
                          "october", "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday",
                          "saturday", "sunday"})


_NAME_WORD = r"(?:[A-Z][\w’'.-]*|of|the|for|and|on|in|de|du|des|al|el|with)"
_PERSON_APPOSITION = re.compile(r"([A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){1,3}),\s+(.+)")
STEM_CHARS = 6  # "Minister"/"Ministry", "Eritrea’s"/"Eritrean" compare by their first letters


@functools.lru_cache(maxsize=1024)
def _stems(phrase: str) -> frozenset[str]:
    lex = _lex()
    out = set()
    for w in _WORDS.findall(phrase):
        low = w.lower()
        for suffix in ("’s", "'s"):
            low = low.removesuffix(suffix)
        if len(low) >= 3 and low not in lex["stop"] and low not in lex["det"] and low not in ("of", "for", "the", "and"):
            out.add(low[:STEM_CHARS])
    return frozenset(out)


def resolve_role(doc: Doc, name: str, before: int) -> Mention | None:
    """A speaker named only by a title ("the country’s Minister for Information") that an earlier
    attribution gives with a person's name and the same title ("Ivan Petrov, Ministry of Information
    of the country"): that earlier mention. Every content word of the title must be in the earlier
    apposition (compared by their first letters), so another minister is never taken for this one.
    """
    if not any(w.lower() in _UNNAMED_PERSON_HEADS for w in name.split()) or _PERSON_APPOSITION.fullmatch(name):
        return None
    stems = _stems(name)
    if len(stems) < 2:
        return None
    for m in reversed([m for m in doc.spans.get("attributions", []) if m.data["name_end"] <= before]):
        pm = _PERSON_APPOSITION.fullmatch(m.data["name"])
        if pm is not None and stems <= _stems(pm.group(2)):
            return m
    return None


_CLAUSE_OPEN = re.compile(r"(?:[.;!?](?:\[\d+\])*|,(?:\s+(?:but|and|while|whereas|although|though))?)\s+")


def plural_subject(text: str, s0: int, pos: int) -> tuple[int, int] | None:
    """The subject that "they" at ``pos`` takes up in its own sentence (from ``s0``): the last clause
    before it that opens with a noun phrase headed by a plural role word ("Sources disagree on the
    toll, but they estimate" -> "Sources"), as (start, end); ``None`` when no clause does."""
    lex = _lex()
    opens = [_skip_ws(text, s0)] + [m.end() for m in _CLAUSE_OPEN.finditer(text, s0, pos)]
    for st in reversed(opens):
        if st >= pos:
            continue
        np = np_after(text, st, pos)
        if np is None or not re.match(r"\s+[a-z]", text[np[1] : np[1] + 2]):
            continue  # the subject is followed by its verb ("Sources disagree"), not "Survivors' groups"
        head = re.split(r"\s+(?:of|for|in|from)\s+", text[np[0] : np[1]])[0].split()[-1].lower()
        if head.endswith("s") and head in lex["role"] and head not in lex["role_mod"]:
            return np
    return None


_TITLE_DET = frozenset({"the", "its", "their", "his", "her"})


def resolve_title(doc: Doc, name: str, at: int) -> Mention | None:
    """A person named only by a lower-case title ("its mayor", "the town's governor", "the envoy") when
    the document names exactly one person with that title ("Mayor Ivan Petrov", "Ivan Petrov, the
    envoy"), before or after: that mention (the nearest earlier one, else the first later one).
    Every word of the title must be in the named mention, so a "deputy mayor" is no "mayor"; an
    indefinite "a mayor" (someone new) and two different persons with the title resolve to nothing.
    """
    words = name.split()
    k = 0
    while k < len(words) - 1 and (words[k].lower() in _TITLE_DET or words[k][:1].islower() and words[k].endswith(("'s", "’s"))):
        k += 1
    title = [w.lower() for w in words[k:]]
    if (not title or len(title) > 3 or title[-1] not in _UNNAMED_PERSON_HEADS or any(w[:1].isupper() for w in words[k:])
            or re.search(r"\b(?:an?|one|another)\s+$", doc.text[max(0, at - 12) : at], re.IGNORECASE)):
        return None
    named: list[tuple[Mention, str]] = []
    for m in doc.spans.get("attributions", []):
        person = _PERSON_NAME.search(m.data["name"])
        low = [w.lower().strip(",") for w in m.data["name"].split()]
        if person is not None and not m.data.get("anaphoric") and all(w in low for w in title):
            named.append((m, person.group().split()[-1]))
    if len({p for _, p in named}) != 1:
        return None
    before = [m for m, _ in named if m.data["name_end"] <= at]
    return before[-1] if before else named[0][0]


_ACRONYM_DEF = re.compile(r"(" + _NAME_WORD + r"(?:[ \t]+" + _NAME_WORD + r"){1,10})[ \t]*\(([A-Z][A-Za-z.&]{1,11})\)")
_CAPS_RUN = re.compile(r"[A-Z][\w’'.-]*(?:[ \t]+" + _NAME_WORD + r")+")
_ACRONYM = re.compile(r"(?:(?:the|The)\s+)?([A-Z](?:\.?[A-Z&]){1,10}\.?)(?:['’]s)?")
_LOWER_NAME_WORDS = frozenset({"of", "the", "for", "and", "on", "in", "de", "du", "des", "al", "el", "with"})


def _letters(acronym: str) -> str:
    return "".join(ch for ch in acronym if ch.isalpha()).upper()


def _initials_span(words: list[re.Match[str]], acronym: str) -> tuple[int, int] | None:
    """The longest run of ``words`` (ending anywhere) whose capitalised words' initials spell ``acronym``."""
    target = _letters(acronym)
    for i in range(len(words)):
        if words[i].group()[:1].islower():
            continue
        initials = ""
        for j in range(i, len(words)):
            w = words[j].group()
            if w.lower() in _LOWER_NAME_WORDS and w[:1].islower():
                continue
            initials += w[:1].upper()
            if initials == target:
                return words[i].start(), words[j].end()
            if not target.startswith(initials):
                break
    return None


@functools.lru_cache(maxsize=16)
def _acronyms(text: str) -> dict[str, tuple[int, int]]:
    """Acronym -> span of the name it abbreviates in ``text``: a definition "Full Name (FN)" (the span
    holds the bracket), else the first run of capitalised words whose initials spell it."""
    out: dict[str, tuple[int, int]] = {}
    for m in _ACRONYM_DEF.finditer(text):
        acr = _letters(m.group(2))
        if acr in out or len(acr) < 2 or not m.group(2)[:2].replace(".", "").isupper():
            continue
        words = list(re.finditer(r"\S+", m.group(1)))
        span = _initials_span(words, acr)
        if span is not None:
            out[acr] = (m.start(1) + span[0], m.end())
    return out


def resolve_acronym(text: str, name: str) -> tuple[int, int] | None:
    """The span of the full name that the acronym ``name`` ("the ICRC", "U.N.", "HRW's") stands for in
    ``text``: where the text defines it ("... Red Cross (ICRC)"), else where it spells it out; ``None``
    when ``name`` is no acronym or the text never gives its full name.
    """
    m = _ACRONYM.fullmatch(name.strip())
    if m is None:
        return None
    acr = _letters(m.group(1))
    if acr != m.group(1).replace(".", "").replace("&", "") and "&" not in m.group(1):
        return None
    defined = _acronyms(text).get(acr)
    return defined if defined is not None else _spelled_out(text, acr)


@functools.lru_cache(maxsize=64)
def _spelled_out(text: str, acr: str) -> tuple[int, int] | None:
    for run in _CAPS_RUN.finditer(text):
        span = _initials_span(list(re.finditer(r"\S+", run.group())), acr)
        if span is not None and span[1] - span[0] > len(acr) + 2:
            return run.start() + span[0], run.start() + span[1]
    return None


def _expand_acronym(doc: Doc, m: Mention) -> Mention:
    span = resolve_acronym(doc.text, m.data["name"])
    if span is None:
        return m
    data = dict(m.data, name=doc.text[span[0] : span[1]], name_start=span[0], name_end=span[1], acronym=m.data["name"])
    return Mention(m.start, m.end, m.label, data, rule=m.rule)


_UNNAMED_PERSON_HEADS = frozenset({"official", "spokesman", "spokeswoman", "spokesperson", "governor", "mayor", "minister",
                                   "head", "chief", "commander", "prosecutor", "director", "envoy", "ambassador"})
_NAMED_WITH_ROLE = re.compile(r"^(?:[A-Z][\w’'.-]+\s+){0,3}[A-Z][\w’'-]+\s+[A-Z][\w’'-]+,\s+(?:the|a|an)?\s*\S")


def _named_next(doc: Doc, ms: list[Mention], para: Any, m: Mention) -> Mention | None:
    """'..., a top official said.' then, opening the next paragraph, 'Ivan Petrov, the head of the region,
    said ...': the unnamed official is the person the next paragraph names (with a role)."""
    name, ns = m.data["name"], m.data["name_start"]
    article = re.search(r"\b(?:a|an|A|An)\s+$", doc.text[max(0, ns - 4) : ns])
    words = name.split()
    if len(words) > 3 or not all(w.islower() for w in words) or words[-1] not in _UNNAMED_PERSON_HEADS:
        return None
    if not (article or words[0] in ("a", "an")) or para is None:
        return None
    k = _paragraph_index(doc, para)
    if k < 0:
        return None
    if k + 1 >= len(doc.paragraphs):
        return None
    nxt = doc.paragraphs[k + 1]
    first = next((x for x in ms if nxt.start <= x.start < nxt.end and not x.data.get("anaphoric")), None)
    if first is None or not _NAMED_WITH_ROLE.match(first.data["name"]):
        return None
    return _carried(first, m)


_THIS_CUE = gated(
    r"\b(?:[Tt]his|[Tt]hese|[Tt]hat|[Tt]he information)\s+(?:was|were|has been|had been|is)\s+(?:\w+\s+)?"
    r"(?:reported|announced|stated|said|confirmed|communicated|disclosed|revealed)\s+by\b"
    r"|\b(?:stated|reported|announced|said|confirmed|wrote|posted|noted|disclosed|revealed|declared|"
    r"told|tweeted|added|indicated|confirmed)\s+(?:\w+\s+)?this\b"
)


def _has_this_cue(doc: Doc, j: int) -> bool:
    """True when paragraph ``j`` holds a ``_THIS_CUE``; kept per paragraph on the ``Doc`` (the claims of
    one paragraph and of its neighbours ask for the same paragraphs)."""
    paragraphs = doc.paragraphs
    cached = doc.kept.get("_this_cue")
    if cached is None or cached[0] is not paragraphs or cached[1] != len(paragraphs):
        cached = doc.kept["_this_cue"] = (paragraphs, len(paragraphs), {})
    found: dict[int, bool] = cached[2]
    if j not in found:
        p = paragraphs[j]
        found[j] = _THIS_CUE.search(doc.text, p.start, p.end) is not None
    return found[j]


def _this_attribution(doc: Doc, ms: list[Mention], para: Any) -> Mention | None:
    """'X stated this on Telegram.' / 'This was reported by X.': a speaker of the next or previous paragraph."""
    k = _paragraph_index(doc, para)
    if para is None or k < 0:
        return None
    for j in (k + 1, k - 1):
        if not 0 <= j < len(doc.paragraphs):
            continue
        p = doc.paragraphs[j]
        if _has_this_cue(doc, j):
            named = [m for m in ms if p.start <= m.start < p.end and not m.data.get("anaphoric")]
            if named:
                return _carried(named[0], None)
    return None


def quote_speaker(doc: Doc, offset: int) -> Mention | None:
    """The speaker of the quotation that holds ``offset`` ('"...," he said' / 'X said: "..."'), an
    anaphoric one resolved to the named speaker before the quotation; ``None`` outside quotations."""
    return _quote_speaker(doc, offset, doc.spans.get("attributions", []))


_QUOTE_PAIR = gated(r"“[^”\n]{2,}”|\"[^\"\n]{2,}\"|‘[^’\n]{12,}’(?!\w)")


_SENTENCE_BREAK = re.compile(r"[.!?][\"”’)]*\s")


def _quote_pairs(doc: Doc, p0: int, p1: int) -> list[tuple[int, int]]:
    """The spans of the quotations (``_QUOTE_PAIR``) in ``doc.text[p0:p1]``, kept per stretch on the ``Doc``
    (the claims of one paragraph ask for the same paragraph)."""
    kept = doc.kept.get("_quote_pairs")
    if kept is None:
        kept = doc.kept["_quote_pairs"] = {}
    found: dict[tuple[int, int], list[tuple[int, int]]] = kept
    spans = found.get((p0, p1))
    if spans is None:
        spans = found[(p0, p1)] = [q.span() for q in _QUOTE_PAIR.finditer(doc.text, p0, p1)]
    return spans


def _quote_speaker(doc: Doc, offset: int, ms: list[Mention], _depth: int = 0) -> Mention | None:
    """The speaker of the quotation holding ``offset`` ('"...," he said' / 'X said: "..."'), resolved."""
    text = doc.text
    para = next((p for p in doc.paragraphs if p.start <= offset < p.end), None)
    p0, p1 = (para.start, para.end) if para is not None else _sentence(doc, offset)
    for qs, qe in _quote_pairs(doc, p0, p1):
        if not qs <= offset < qe:
            continue
        # a speaker after the quotation speaks for it in its own sentence ('"...," he said'), not from the next one
        # ('..., saying it had killed "more than 30". Officials said ...')
        after = [m for m in ms if qe - 2 <= m.start <= min(qe + 40, p1)
                 and _SENTENCE_BREAK.search(text, qe, max(qe, m.start)) is None]
        before = [m for m in ms if qs - 60 <= m.end <= qs + 1]
        cue = after[0] if after else (before[-1] if before else None)
        if cue is None:
            return None
        if cue.data.get("anaphoric"):
            # "he said" after a quotation: the last named speaker before the quotation opened that fits it
            lookback = p0
            k = _paragraph_index(doc, para)
            if k >= 0:
                lookback = doc.paragraphs[max(0, k - 3)].start
            # ("the ministry says ... that \"...\"" stands for an earlier ministry, not for any speaker)
            prev = _persons_first(cue, [m for m in ms if lookback <= m.start < qs and not m.data.get("anaphoric")
                                        and _antecedent_fits(cue, m, text)])
            if prev:
                return _carried(prev[-1], cue)
        return cue
    return None


def _in_quote(text: str, p0: int, s0: int) -> bool:
    """True when a quotation opened earlier in the paragraph is still open at ``s0``."""
    seg = text[p0:s0]
    opens = seg.count("“") + seg.count("«")
    closes = seg.count("”") + seg.count("»")
    if opens or closes:
        return opens > closes
    return seg.count('"') % 2 == 1


_PERSON_NAME = re.compile(r"\b[A-Z][a-z]+(?:-[A-Z][a-z]+)?\s+[A-Z][a-z]+(?:-[A-Z][a-z]+)?\b(?!\s+[A-Z])")
_QUANTIFIERS = frozenset({"most", "some", "many", "several", "two", "three", "four", "five", "both", "all", "other", "another"})
_NOT_NAME = frozenset({"on", "in", "at", "the", "a", "an", "by", "for", "of", "and", "but", "as", "after", "before", "since",
                       "january", "february", "march", "april", "may", "june", "july", "august", "september",
                       "october", "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday",
                       "saturday", "sunday", "he", "she", "they", "it", "we", "this", "that", "there", "when", "while"})
_PERSON_HEADS = frozenset({"official", "spokesman", "spokeswoman", "spokesperson", "governor", "mayor", "minister", "head",
                           "chief", "commander", "president", "leader", "envoy", "prosecutor", "director", "deputy",
                           "secretary", "chairman", "ambassador", "doctor", "witness", "deacon", "resident", "survivor"})


_PREPOSITION_BEFORE = re.compile(
    r"\b(?:with|near|in|of|to|from|at|by|on|for|into|against|towards?|across|between|over|under|through)\s+(?:the\s+)?$",
    re.IGNORECASE)


def _after_preposition(text: str, pos: int) -> bool:
    """A name right after a preposition ("the border with Saudi Arabia") is no clause subject."""
    return bool(_PREPOSITION_BEFORE.search(text[max(0, pos - 16) : pos]))


def _antecedent(doc: Doc, ms: list[Mention], cue: Mention, lookback: int, s0: int) -> Mention | None:
    """The named speaker before ``s0`` that the anaphoric ``cue`` stands for: the last fitting one from
    ``lookback`` on, else the last one earlier in the document with the cue's head word."""
    prev = _persons_first(cue, [m for m in ms if lookback <= m.start < s0 and not m.data.get("anaphoric")
                                and _antecedent_fits(cue, m, doc.text)])
    if prev:
        return _carried(prev[-1], cue)
    head = cue.data["name"].split()[-1].lower()
    if head not in _lex()["pron"]:
        mods = [w.lower() for w in cue.data["name"].split()[1:-1]]
        same = [m for m in ms if m.start < s0 and not m.data.get("anaphoric") and all(w in m.data["name"].lower().split() for w in mods)
                and (head in m.data["name"].lower().split() or head in _DOC_NOUNS and _antecedent_fits(cue, m, doc.text))]
        if same:
            return _carried(same[-1], cue)
        return _named_actor(doc.text, cue, s0)
    return None


@functools.cache
def _actor_anaphora() -> dict[str, re.Pattern[str]]:
    """Rules ``actor_anaphora``: per anaphoric head, a pattern for an actor named by a capitalised name
    with a member noun after it ("Al-Xyz fighters") or ending in a capitalised mark ("Northern Front")."""
    name = r"[A-Z][\w’'-]+(?:\s+(?:(?:of|al|el|de|the|for)\s+)?[A-Z][\w’'-]+){0,4}"
    out = {}
    for head, spec in rules()["actor_anaphora"].items():
        members = "|".join(re.escape(w) for w in spec["members"])
        marks = "|".join(re.escape(w[0].upper() + w[1:]) for w in spec["marks"])
        out[head] = re.compile(rf"\b(?:(?P<name>{name})\s+(?:{members})|(?P<named>{name}\s+(?:{marks})))\b")
    return out


def _proper_actor(name: str, members: bool) -> bool:
    """Does ``name`` (its leading "the" dropped) name one actor, not a nationality or a common word
    capitalised at a sentence start ("Russian troops", "Government fighters")? An actor named by a
    member noun needs a word that is no demonym and no common English word; one named with a mark
    ("... Front") needs two words before the mark or such a word."""
    from claimledger.extract.places import common_words, demonym_keys

    words = [w for w in name.split() if w.lower() not in ("the", "of", "al", "el", "de", "for")]
    if not words or words[0].lower() in _lex()["pron"] or _demonym_key(words[0]) in demonym_keys() and len(words) == 1:
        return False
    own = [w for w in words if w.lower() not in common_words() and _demonym_key(w) not in demonym_keys()]
    return bool(own) or not members and len(words) >= 3


def _demonym_key(word: str) -> str:
    """A word folded as demonym keys are (lower case, letters only)."""
    from claimledger.extract.gazetteer import normalize

    return normalize(word)


def _named_actor(text: str, cue: Mention, s0: int) -> Mention | None:
    """The actor an anaphoric speaker ("the militant group said") stands for when no earlier speaker
    fits: the one actor of its kind the text named before ``s0`` only as a perpetrator or attacker
    ("Al-Xyz fighters stormed the base", "the Northern Front attacked"; rules ``actor_anaphora``);
    ``None`` when none or several are named."""
    words = cue.data["name"].split()
    pat = _actor_anaphora().get(words[-1].lower())
    if pat is None or words[0].lower() not in ("the", "this"):
        return None
    found: dict[str, tuple[int, int]] = {}
    for m in pat.finditer(text, 0, s0):
        key = "name" if m.group("name") else "named"
        ns, ne = m.span(key)
        if text.startswith(("The ", "the "), ns):
            ns += 4
        if ns < ne and _proper_actor(text[ns:ne], key == "name"):
            found.setdefault(text[ns:ne].lower(), (ns, ne))
    if len(found) != 1:
        return None
    ns, ne = next(iter(found.values()))
    return Mention(cue.start, cue.end, cue.label, {"name": text[ns:ne], "name_start": ns, "name_end": ne},
                   rule="attr.actor_antecedent")


_SOURCE_RULES = ("attr.according_to", "attr.per", "attr.citing", "attr.reported_by", "attr.data_from", "attr.data_show")


def _persons_first(cue: Mention, cands: list[Mention]) -> list[Mention]:
    """For "he"/"she", the candidates that name a person ("Ivan Petrov said"), when there are any, rather
    than a cited outlet or data source ("according to Pravda")."""
    if cue.data["name"].lower() not in ("he", "she"):
        return cands
    persons = [m for m in cands if m.rule not in _SOURCE_RULES and (
        _PERSON_NAME.search(m.data["name"]) or m.data["name"].split()[-1].lower() in _PERSON_HEADS)]
    return persons or cands


def resolve_anaphor(doc: Doc, start: int, end: int) -> Mention | None:
    """The named speaker that an anaphoric speaker ``doc.text[start:end]`` ("the report", "the
    ministry", "he") stands for: an earlier attribution of the three paragraphs before that fits it
    (see ``_antecedent_fits``), else the last earlier one with the same head word, else for "they"
    the plural subject of its own sentence and for a pronoun the fitting subject of the sentence
    before (``_previous_subject``); ``None`` when the words are no anaphor or nothing fits.
    """
    if not _is_anaphoric(doc.text, start, end):
        return None
    cue = Mention(start, end, "cited", {"name": doc.text[start:end], "name_start": start, "name_end": end, "anaphoric": True})
    para = next((p for p in doc.paragraphs if p.start <= start < p.end), None)
    lookback = start
    if para is not None:
        lookback = doc.paragraphs[max(0, _paragraph_index(doc, para) - 3)].start
    s0 = _sentence(doc, start)[0]
    found = _antecedent(doc, doc.spans.get("attributions", []), cue, lookback, start)
    if found is None and cue.data["name"].lower() == "they":
        np = plural_subject(doc.text, s0, start)
        if np is not None:
            data = {"name": doc.text[np[0] : np[1]], "name_start": np[0], "name_end": np[1]}
            found = Mention(start, end, "cited", data, rule="attr.pronoun_subject")
    return found or _previous_subject(doc, cue, s0)


_DOC_NOUNS = frozenset({"report", "statement", "study", "investigation", "communique", "communiqué", "release", "post", "briefing"})


def _antecedent_fits(cue: Mention, m: Mention, text: str = "") -> bool:
    """Can the earlier speaker ``m`` be what the anaphor ``cue`` points back to?

    A pronoun takes any speaker; "the ministry" a speaker whose name has "ministry"; "the
    official" (a person's role) a speaker named by a person's name ("Dmytro Lunin"); "the report"
    a speaker who spoke in one ("X said in a report released Thursday").
    """
    words = cue.data["name"].split()
    head = words[-1].lower()
    if head in _lex()["pron"]:
        # "it" is no person and no plural ("Officials said ... It said" is another body); "he" and "she"
        # are no plural ("The rebels say ... The spokesman told ... He said" is the spokesman)
        if head in ("he", "she"):
            return not _plural_role(m.data["name"])
        return head != "it" or not _person_or_plural(m.data["name"])
    if head in _DOC_NOUNS and text and re.match(
            r"(?:\s+[\w’'-]+){0,3}?\s+(?:in|via|through|with)\s+(?:a|an|its|their|his|her|the)\s+(?:[\w-]+\s+){0,2}?" + head + r"\b",
            text[m.end : m.end + 80], re.IGNORECASE):
        return True
    name = m.data["name"]
    mods = [w.lower() for w in words[1:-1]]
    if any(w not in name.lower().split() for w in mods):
        return False  # "the city council" is no "Council of Europe"
    if head in name.lower().split() or head.rstrip("s") in name.lower().split():
        return True
    if _kind_fits(head, name) or text and _acronym_kind_fits(head, name, text):
        return True  # "the military" -> "the Northern Army", "the group" -> "Kestrel Rights Watch" or "KRW"
    if head.endswith("s") and head in _lex()["role"] and name.split()[-1].lower().endswith("s") and not name[:1].islower():
        return True  # "the elders" -> "Yemeni tribal leaders"
    if head in _PERSON_HEADS:
        return bool(re.search(r"\b[A-Z][a-z]+(?:\s+[A-Z][a-z'’-]+){1,3}\b", name)) and not any(
            w.lower() in _lex()["role"] for w in re.findall(r"\b[A-Z][a-z]+(?:\s+[A-Z][a-z]+){1,3}\b", name)[-1].split())
    return False


_ACRONYM_NAME = re.compile(r"(?:[Tt]he\s+)?[A-Z]{2,6}")


_ACRONYM_WORD = re.compile(r"\b[A-Z](?:\.?[A-Z]){1,5}\.?(?=\W|$)")


def _acronym_kind_fits(head: str, name: str, text: str) -> bool:
    """"the military" after "the NAF said" or "NAF spokesman Ivo Marek said", where the document
    spells out or defines NAF ("the Northland Armed Forces"): the acronym's full name fits the kind."""
    if head not in _anaphor_kinds()[0]:
        return False
    for a in _ACRONYM_WORD.finditer(name):
        span = resolve_acronym(text, a.group())
        if span is not None and _kind_fits(head, text[span[0] : span[1]]):
            return True
    return False


def _kind_fits(head: str, name: str) -> bool:
    """Does a speaker's ``name`` fit an anaphor by kind: one of its words marks the kind the head
    names (``anaphor_kinds`` in the rules: "the military" - a name with "Army" or "Forces"), or, for
    a generic organisation head ("the group"), the name is an acronym?"""
    kinds, generic = _anaphor_kinds()
    marks = kinds.get(head)
    if not marks:
        return False
    if any(w.strip(",.()’'").lower().removesuffix("’s").removesuffix("'s") in marks for w in name.split()):
        return True
    return head in generic and bool(_ACRONYM_NAME.fullmatch(name.strip()))


@functools.cache
def _anaphor_kinds() -> tuple[dict[str, frozenset[str]], frozenset[str]]:
    """Rules ``anaphor_kinds`` (head -> words marking a name of its kind) and ``anaphor_generic``, read once."""
    r = rules()
    return {k: frozenset(v) for k, v in r["anaphor_kinds"].items() if not k.startswith("_")}, frozenset(r["anaphor_generic"])


def _carried(source: Mention, cue: Mention | None) -> Mention:
    data = dict(source.data)
    data["carried_from"] = source.start
    label = cue.label if cue is not None else source.label
    start, end = (cue.start, cue.end) if cue is not None else (source.start, source.end)
    return Mention(start, end, label, data, rule="attr.carried")


# --- denials ------------------------------------------------------------------------------


def find_denials(doc: Doc) -> list[Mention]:
    """Denial clauses with the denier (the noun phrase before the verb, or the sentence's speaker)."""
    text = doc.text
    out: list[Mention] = []
    seen: set[int] = set()
    low = lower_copy(text)
    for name, rule in (("deny_re", "denial.denied"), ("said_not_re", "denial.said_not"),
                       ("dismissed_as_re", "denial.dismissed_as"), ("called_re", "denial.called"),
                       ("denied_any_re", "denial.denied"), ("did_not_re", "denial.did_not"),
                       ("declared_false_re", "denial.declared_false")):
        for m in _scanned(text, low, name):
            s0, s1 = _sentence(doc, m.start())
            if any(s0 <= k < s1 for k in seen) or _not_a_denial(text, s0, m):
                continue
            # "X's claim that ... is false": X made the claim; the speaker (or the author) denies it
            np = np_before(text, m.start(), _back_bound(text, s0)) if rule != "denial.declared_false" else None
            if np is None and rule != "denial.declared_false":
                # "..., calling the reports entirely false": the subject of the sentence
                np = np_before(text, _verb_start(text, s0, m.start()), s0) if rule != "denial.denied" else None
            end = _clause_end(text, m.end(), s1)
            if np is None and rule == "denial.denied":
                np = _relative_subject(text, s0, m.start())
            start = np[0] if np is not None else m.start()
            data: dict[str, Any] = {"denier": None, "denier_start": None, "denier_end": None}
            if rule in ("denial.did_not", "denial.said_not", "denial.declared_false") or np is None:
                # "its forces did not kill civilians, the ministry said": the speaker denies
                speakers = sorted((a for a in doc.spans.get("attributions", ()) if s0 <= a.start < s1
                                   and a.data.get("scope_from", -1) <= m.start()  # not what the denial rejects
                                   and not (rule == "denial.declared_false" and _owns_claim(text, a, m))),
                                  key=lambda a: bool(a.data.get("anaphoric")))
                if speakers:
                    np = (speakers[0].data["name_start"], speakers[0].data["name_end"])
            if np is not None:
                ns, ne = _strip_possessive(text, *np)
                named = resolve_anaphor(doc, ns, ne)  # "It rejected the reports": the body "it" stands for
                if named is not None:
                    ns, ne = named.data["name_start"], named.data["name_end"]
                ns, ne = _denier_name(doc, ns, ne)
                data = {"denier": text[ns:ne], "denier_start": ns, "denier_end": ne}
            out.append(Mention(start, end, "denial", data, rule=rule))
            seen.add(m.start())
    out.sort(key=lambda x: x.start)
    return out


def _relative_subject(text: str, s0: int, pos: int) -> tuple[int, int] | None:
    """The noun phrase before a restrictive relative clause that opens the sentence up to ``pos``
    ("The coalition that controls the capital | denied ..."), when its head is a role word."""
    rel = _lex()["relative_subject_re"].match(text, _skip_ws(text, s0), pos)
    if rel is None or rel.group(2).lower() not in _lex()["role"]:
        return None
    return rel.span(1)


_POSSESSIVE_GAP = re.compile(r"\s*['’]s?\s*(?:\w+\s+){0,2}$")


def _owns_claim(text: str, speaker: Mention, m: re.Match[str]) -> bool:
    """True when ``speaker`` made the claim that ``m`` declares false ("the army's claim that ...")
    or is named inside it ("... that troops shelled X is false"): not its denier."""
    ns, ne = speaker.data.get("name_start", speaker.start), speaker.data.get("name_end", speaker.end)
    if m.start() <= ns < m.end():
        return True
    return ne <= m.start() and _POSSESSIVE_GAP.fullmatch(text, ne, m.start()) is not None


def _denier_name(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """The span that names a denier as a speaker would be named: a possessive body under its proper
    name ("X's armed forces" -> "the Xian Armed Forces"), an acronym under the full name the text
    gives it ("the NAF" -> "Northland Armed Forces (NAF)"), a capital under its government body named
    before ("Lisbon denied" -> "the Portuguese Defence Ministry")."""
    text = doc.text
    span = proper_body_name(text, start, end) or resolve_acronym(text, text[start:end])
    if span is not None:
        return span
    cue = Mention(start, end, "cited", {"name": text[start:end], "name_start": start, "name_end": end})
    capital = _capital_speaker(doc, cue)
    return (capital.data["name_start"], capital.data["name_end"]) if capital is not None else (start, end)


def _not_a_denial(text: str, s0: int, m: re.Match[str]) -> bool:
    """True for a denial cue that denies nothing: after an inability ("cannot verify, confirm or
    deny"), or before what makes it none ("said it was not possible to tell", "refute this denial")."""
    lex = _lex()
    return bool(lex["unable_re"].search(text, max(s0, m.start() - 60), m.start())
                or lex["not_after_re"].match(text, m.end()))


def _verb_start(text: str, s0: int, pos: int) -> int:
    """Start of the first denial/speech verb in the sentence before ``pos`` (for a subject lookup)."""
    m = _lex()["deny_verb_re"].search(text, s0, pos) or _lex()["verbs_re"].search(text, s0, pos)
    return m.start() if m else s0


def _clause_end(text: str, pos: int, s1: int) -> int:
    m = _CLAUSE_STOP.search(text, pos, max(pos, s1))
    end = m.start() if m else max(pos, s1)
    while end > pos and text[end - 1] in " ,\t":
        end -= 1
    return end


def annotate_denials(doc: Doc) -> Doc:
    """Component function: fill ``doc.spans["denials"]``."""
    doc.spans["denials"] = find_denials(doc)
    return doc


denials_component = Component(name="denials", func=annotate_denials, requires=("sentences",), assigns=("denials",))
# the layer contract calls it `denials.component`: `attribution.denials.component` works too
denials = SimpleNamespace(component=denials_component, find=find_denials)
