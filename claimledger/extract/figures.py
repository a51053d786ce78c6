"""Figures (component "figures"): counted quantities and what they count.

For every quantity (see :mod:`claimledger.extract.numbers`) inside a sentence, the
words around it decide the kind: a cue after the number ("12 people *were killed*",
"36 *missing*", "98 people *have been taken to hospitals*") or before it ("*killing* 10
and *injuring* 34", "the death toll *rose to* 50"). Counted objects ("three *rockets*",
"40 *houses*", "$2 *million*") become kind ``other`` with ``what``. Rules:

* Coordination: each number finds its own cue; an unhedged number coordinated right
  after a hedged one takes its qualifier ("at least five killed and seven wounded").
* Sub-groups: a number after "including", "of them", "among them" ... ("three people,
  including two children") is a sub-group: kept in the layer with ``subgroup=True`` and
  never a figure of its own.
* Victim group: the noun after the number ("civilians", "children") goes to ``group``.
* Negation: "no casualties were reported" gives killed 0 and injured 0 (exact).
* Not figures: numbers inside dates, ages, times, percentages, distances, durations,
  article/list numbers.

Writes ``doc.spans["figures"]``: label = kind; data = ``{"value", "qualifier", "low",
"high", "what", "group", "subgroup", "total"}``
(``total``: the text marks the number as a total, "total fatalities ... 22"); the span covers the quantity (with its qualifier).
Lexicons: ``rules/figures.json``.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from typing import Any

from claimledger.extract.base import Component, Doc, Mention
from claimledger.extract.fastre import (
    FOLDS_TO_ASCII,
    Caseless,
    GateIndex,
    boundary_first,
    caseless_text,
    compile_dispatch,
    compile_fast,
    ends_at_end,
    gate_strings,
    holds_any,
    literal_prefixes,
    literal_trie,
    lower_copy,
    lower_pattern,
    lowered,
    lowered_regex,
    lowers_exactly,
    split_alternatives,
)
from claimledger.extract.numbers import Quantity, find_quantities, load_rules
from claimledger.extract.prefilter import Gated, gated
from claimledger.extract.scan import Cue, register, scanned

KINDS = ("killed", "injured", "captured", "missing", "displaced")
_STOPWORD = r"(?:and|or|but|while|as|after|before|in|on|at|with|from|by|when|since|during|than|that|which|whereas)"
_WORD = rf"(?!{_STOPWORD}\b)[\w'’\-]+"
_AUX = r"(?:likely|probably|possibly|most|more|other|were|was|have|has|had|been|are|is|got|being|reportedly|later|also|allegedly|reported|confirmed|believed|feared|estimated|thought|considered|presumed|currently|said|to|be|of|among|whom|who|them|those|these|the|their|now|already|still|so|far|in|total|all)"
_MANNER = r"(?:[a-z]+ly\s+)?"  # "were brutally killed": a manner adverb just before the cue


@dataclass(frozen=True)
class _Rules:
    after: tuple[tuple[str, re.Pattern[str]], ...]
    after_weak: tuple[tuple[str, re.Pattern[str]], ...]
    before: re.Pattern[str]
    sub_before: re.Pattern[str]
    sub_after: re.Pattern[str]
    group: re.Pattern[str]
    objects: tuple[tuple[str, re.Pattern[str]], ...]
    objects_any: re.Pattern[str] | None  # matches where one of ``objects`` does (``_object_count`` of all their words)
    cur_before: re.Pattern[str]
    cur_names: dict[str, str]
    cur_after: tuple[tuple[str, re.Pattern[str]], ...]
    skip_after: re.Pattern[str]
    measures: re.Pattern[str]
    generic_other: bool
    generic_stop: frozenset[str]
    indefinite: frozenset[str]
    indefinite_rules: frozenset[str]
    total: re.Pattern[str]
    lower_bound: tuple[tuple[str, re.Pattern[str]], ...]
    wounded_died: re.Pattern[str] | None
    all_died: re.Pattern[str]
    people_before: tuple[tuple[str, re.Pattern[str]], ...]
    people_after: re.Pattern[str]
    in_addition: re.Pattern[str] | None
    skip_before: re.Pattern[str]
    negation: tuple[tuple[re.Pattern[str], tuple[str, ...]], ...]
    singular: tuple[tuple[str, re.Pattern[str], re.Pattern[str]], ...]
    singular_idioms: re.Pattern[str]
    negation_trigger: re.Pattern[str]
    singular_verbs: re.Pattern[str]
    # ``after`` and ``singular_verbs`` for lower-cased text, case-sensitive (several times faster)
    after_low: tuple[tuple[str, re.Pattern[str]], ...] | None
    singular_verbs_low: re.Pattern[str] | None
    counted_before: tuple[re.Pattern[str], ...] = ()
    # a dashboard's label line before its count, per kind ("Civilians killed (reported): 3"); read after a colon only
    label_before: tuple[tuple[str, re.Pattern[str]], ...] = ()
    # the first letters of every ``after`` cue word, for lower-cased text: where none occurs, no cue can match
    after_gate: re.Pattern[str] | None = None
    # the same per ``after`` kind (aligned with ``after_low``): a kind whose words do not occur is not matched
    after_kind_gates: tuple[re.Pattern[str] | None, ...] = ()
    # "two women and a man": groups, then "and" and one singular person (group "one")
    and_one: re.Pattern[str] | None = None
    # ``after`` and ``after_low`` with coordinated groups before the cue ("men and boys were killed")
    after_coord: tuple[tuple[str, re.Pattern[str]], ...] = ()
    group_coord: re.Pattern[str] | None = None  # ``group`` with coordinated groups first ("men and boys")
    after_coord_low: tuple[tuple[str, re.Pattern[str]], ...] | None = None
    # ``group`` and ``group_coord`` for lower-cased text, case-sensitive (several times faster; ``_group_at``); ``None``
    # when a pattern does not lower exactly
    group_low: re.Pattern[str] | None = None
    group_coord_low: re.Pattern[str] | None = None
    # ``singular``'s regexes as their alternatives, searched one by one (``_Leftmost``), aligned with ``singular``
    singular_split: tuple[_Leftmost, ...] = ()


def _alt(items: list[str]) -> str:
    return "|".join(sorted(items, key=len, reverse=True))


def _object_count(words: list[str]) -> str:
    """A number's counted object: one of ``words`` right after it, up to two words between ("12 houses",
    "300 of the houses", "5 more Grad rockets")."""
    return rf"^\s*(?:(?:of\s+(?:the\s+)?)?[\w'’\-]+\s+){{0,2}}?(?:{_alt(words)})\b"


# what may come between a casualty verb before a number and the number ('its fighters killed "at least 20
# soldiers"', 'the soldiers "killed" 14': a quotation mark; "killed another 5": a determiner)
_BEFORE_TAIL = r"\s*(?:[\"“”]\s*)?(?:(?:the|a|an|some|another|(?:a\s+)?further|an\s+additional|additional|(?:a\s+)?total\s+of)\s+)?$"


@dataclass(frozen=True)
class _Leftmost:
    """``whole.search`` for an alternation ``A|B|...`` (``re.IGNORECASE``), found from its alternatives
    searched one by one: the match of the alternation is the leftmost of theirs, the first alternative
    on a tie (at a position the alternation tries its branches in order). An alternative without a
    case-sensitive part runs case-sensitively over the lower-cased text (``fastre.caseless_text``), where
    its own look-ahead on its first characters lets the scan skip ahead (several times faster than the
    whole alternation tried at every position); the others run as written. Only offsets and which
    groups took part may be read from a match (one on lower-cased text has lower-cased groups)."""

    whole: re.Pattern[str]
    parts: tuple[tuple[Gated, bool], ...]  # (alternative, runs on the lower-cased text)

    def search(self, text: str, pos: int, endpos: int) -> re.Match[str] | None:
        low = caseless_text(text)
        if low is None:
            return self.whole.search(text, pos, endpos)
        best: re.Match[str] | None = None
        for rx, on_low in self.parts:
            m = rx.search(low if on_low else text, pos, endpos)
            if m is not None and (best is None or m.start() < best.start()):
                best = m
        return best


def _leftmost(rx: re.Pattern[str]) -> _Leftmost:
    """``_Leftmost`` for a ``re.IGNORECASE`` regex (its top-level alternatives)."""
    parts = []
    for alt in split_alternatives(rx.pattern):
        if lowers_exactly(alt):
            parts.append((gated(compile_fast(lower_pattern(alt), rx.flags & ~re.IGNORECASE)), True))
        else:
            parts.append((gated(compile_fast(alt, rx.flags)), False))
    return _Leftmost(rx, tuple(parts))


def _apposition(stops: list[str]) -> str:
    """A character of an apposition between commas ("a guard, Ali Khan, was injured"); a stop only closes an initial or
    a title (rules ``apposition_stops``: "a guard, Mr. K., was injured")."""
    return r"(?:[^,.;]|(?<=\b[A-Z])\." + "".join(rf"|(?<=\b{w})\." for w in stops) + ")"


def _singular_rules(spec: dict[str, Any] | None) -> tuple[tuple[str, re.Pattern[str], re.Pattern[str]], ...]:
    if not spec:
        return ()
    nouns = _alt(spec["nouns"])
    apposition = _apposition(load_rules("figures.json").get("apposition_stops", []))
    out = []
    for kind, verbs in spec["verbs"].items():
        v = _alt(verbs)
        active = rf"\b(?:{v})\s+(?P<np>(?:a|an|the)\s+(?:[\w'’-]+\s+){{0,4}}?(?:{nouns}))\b(?!\s*(?:and|,)\s+(?:his|her|their|\d))"
        # "a driver was dragged from his car by two gunmen and shot dead": a first participle and its phrase may come between
        first = r"(?:(?:[a-z]+ed|shot|beaten|taken|hit|struck|caught|held|seized|bound|tied)\b[^.;,]{0,40}?\s+and\s+(?:later\s+|then\s+|subsequently\s+)?)?"
        passive = rf"(?P<np2>\b(?:[Aa]n?|[Tt]he)\s+(?:[\w'’-]+\s+){{0,2}}?(?:{nouns}))(?:\s+(?:[\w,'’()-]+\s+){{0,8}}?|,\s+{apposition}{{1,60}}?,\s+)(?:was|has\s+been|had\s+been|got)\s+(?:\w+ly\s+)?{first}(?:{v})\b"
        titles = spec.get("titles")
        if titles:
            # "attackers ambushed and killed Major Tarek Velmandi": a named person is one
            active += rf"|\b(?:{v})\s+(?P<np3>(?-i:(?:{_alt(titles)})\s+[A-Z][\w'’-]+))"
        if spec.get("name_subject"):
            # "Oruvel, a town councillor, was killed": a name alone, the subject of the passive, is one
            not_names = _alt(spec.get("not_names", []))
            passive += (rf"|(?<![\w'’-])(?P<np4>(?-i:(?!(?:{not_names})\b)[A-Z][\w'’-]+(?:\s+(?:al-|bin\s+|de\s+)?[A-Z][\w'’-]+){{0,3}}))"
                        rf"(?:\s*,[^,.;]{{1,80}},)?\s+(?:was|has\s+been|had\s+been)\s+(?:\w+ly\s+)?(?:{v})\b")
        gate = v
        if spec.get("another_subject"):
            # "one soldier was killed and another wounded": "another" is one more victim, of the second verb's kind
            passive += (rf"|\band\s+(?P<np11>another)(?:\s+(?:{nouns}|one))?\s+(?:(?:was|has\s+been|had\s+been)\s+)?"
                        rf"(?:\w+ly\s+)?(?:{v})\b")
            kin = load_rules("figures.json").get("pair_kin")
            if kin:
                # "a farmer was killed and his grandson wounded": the relative is one more victim, of that verb's kind
                passive += (rf"|\band\s+(?P<np13>(?:his|her)\s+(?:{_alt(kin)}))\s+(?:(?:was|has\s+been|had\s+been)\s+)?"
                            rf"(?:\w+ly\s+)?(?:{v})\b")
        if spec.get("pronoun_subject"):
            # "he was killed by ...": one person, named before
            passive += rf"|(?P<np7>\b(?:he|she)\b)\s+(?:was|has\s+been|had\s+been)\s+(?:\w+ly\s+)?(?:{v})\b"
        intransitive = spec.get("intransitive", {}).get(kind)
        if intransitive:
            # "the soldier later died": the subject of an intransitive verb
            # (also at the end of a coordination: "a farmer clearing a field stepped on a mine and died")
            passive += (rf"|(?P<np5>\b(?:[Aa]n?|[Tt]he)\s+(?:[\w'’-]+\s+){{0,2}}?(?:{nouns}))"
                        rf"(?:\s+(?:(?!(?:and|or|but|who|which|that|as|when|while|after)\b)[\w'’-]+\s+){{1,14}}?and)?"
                        rf"\s+(?:\w+ly\s+|later\s+|also\s+|then\s+)?(?:{_alt(intransitive)})\b")
        remains = spec.get("remains_of", {}).get(kind)
        if remains:
            # "the body of a man was found": one dead, whatever the verb
            passive += (rf"|\b(?:{_alt(remains)})\s+of\s+(?P<np6>(?:an?|the)\s+(?:[\w'’-]+\s+){{0,2}}?(?:{nouns}))\b"
                        rf"(?!\s*(?:and|,)\s+(?:his|her|their|\d))")
            gate = rf"{v}|{_alt(remains)}"
        named_of = spec.get("named_victim_of", {}).get(kind)
        if named_of:
            # "condemns the killing of Ana Ruiz Soto": a person named in full (two to four capitalised words, not
            # a list of several) is one victim
            passive += (rf"|\b(?:{_alt(named_of)})\s+of\s+(?P<np12>(?-i:[A-Z][\w'’-]+(?:\s+(?:al-|bin\s+|de\s+)?[A-Z][\w'’-]+){{1,3}}))"
                        rf"\b(?!\s*(?:and\b|,\s*(?:and\s+)?(?-i:[A-Z])))")
            gate = rf"{gate}|{_alt(named_of)}"
        headline = spec.get("headline")
        if headline:
            # headline style, no article: "Policeman killed by gunmen", "Former guard was shot dead in X" (a bare
            # noun phrase opening the sentence; the verb ends the clause or an adjunct follows, so "Gunman killed
            # two" is no victim) and "police kill bandit in X" (a bare singular object)
            adjuncts = _alt(headline["adjuncts"])
            not_det = _alt(headline["not_determiners"])
            ends = rf"(?=\s*(?:[,.;:)]|$)|\s+(?:{adjuncts})\b)"
            passive += (rf"|(?P<np8>(?<![\w'’,-][ \t])(?<![\w'’-])(?:(?:a|an|the)\s+)?(?:(?!(?:{not_det})\b)[\w'’-]+\s+){{0,2}}?"
                        rf"(?:{nouns}))\s+(?:(?:was|has\s+been)\s+)?(?:\w+ly\s+)?(?:{v}){ends}")
            active += (rf"|\b(?:{v})\s+(?P<np9>(?:(?!(?:{not_det})\b)[a-z][\w'’-]*\s+)?(?:{nouns}))"
                       rf"(?=\s*(?:[,.;:)]|$)|\s+(?:and\s+(?!(?:his|her|their|\d))|(?:{adjuncts})\b))")
        to_death = spec.get("to_death", {}).get(kind)
        if to_death:
            # "gunmen hacked a girl to death", "stoned the man to death": the object between verb and "to death"
            active += (rf"|\b(?:{_alt(to_death)})\s+(?P<np10>(?:a|an|the)\s+(?:[\w'’-]+\s+){{0,3}}?(?:{nouns}))"
                       rf"\s+to\s+death\b")
            gate = rf"{gate}|to\s+death"
        out.append((kind, re.compile(rf"\b(?:{gate})\b", re.IGNORECASE), compile_fast(rf"{active}|{passive}", re.IGNORECASE)))
    return tuple(out)


def _verb_scanner(spec: dict[str, Any] | None) -> re.Pattern[str]:
    """One pattern for the singular-victim verbs, a named group per kind (compiled for a fast scan)."""
    body = _verb_body(spec)
    return compile_fast(body, re.IGNORECASE) if body else re.compile("(?!)")


def _verb_scanner_low(spec: dict[str, Any] | None) -> re.Pattern[str] | None:
    """``_verb_scanner`` for lower-cased text, case-sensitive; ``None`` when a verb has a case-sensitive part."""
    body = _verb_body(spec)
    return None if not body or "(?-i" in body else compile_fast(lower_pattern(body))


def _verb_body(spec: dict[str, Any] | None) -> str:
    return "|".join(rf"(?P<{k}>{rx.pattern})" for k, rx, _ in _singular_rules(spec))


_GROUP_ADJ = r"(?:(?!(?:are|were|is|was|of|the|a|an|more|other|them|his|her|their|its|this|that|another|and|or|who|had|have|including|among|mostly|mainly|such|as|all|most|many|both)\b)[A-Za-z][\w'’\-]*\s+)"
# after a coordination of groups, a word that opens a new clause: "killing 12 people and police said ..."
_NEW_CLAUSE = (r"\s+(?:said|says|say|told|reported|added|stated|arrested|launched|opened|responded|returned"
               r"|(?:have|has|had)(?!\s+been))\b")


def _person(groups: list[str]) -> str:
    """A victim group: an optional modifier and a group noun ("civilians", "unarmed men")."""
    return rf"(?:{_GROUP_ADJ}?(?:{_alt(groups)}))"


def _coordinated_groups(groups: list[str]) -> str:
    """Two to four victim groups joined by commas and "and"/"or", counted together as one group
    ("men and boys", "Palestinian men, women and children", "soldiers or policemen")."""
    p = _person(groups)
    return rf"(?:{p}(?:\s*,\s*{p}){{0,2}}\s*,?\s+(?:and|or)\s+{p})"


def _and_one_rx(groups: list[str], singular: list[str]) -> str:
    """Groups and then one singular person ("women and a man", "men, women and a child"): the person
    in the named group ``one``; empty when no singular nouns are known."""
    if not singular:
        return ""
    p = _person(groups)
    return (rf"(?:{p}(?:\s*,\s*{p}){{0,2}}\s*,?\s+and\s+(?P<one>(?:a|an)\s+{_GROUP_ADJ}?(?:{_alt(singular)}))\b"
            r"(?!\s*(?:and|,)\s+(?:his|her|their|\d)))")


_SKIP_HEAD, _SKIP_TAIL = r"(?:^|\s|\()", r"\s*$"  # around ``skip_before``: "aged 12", "No. 5"


@cache
def rules() -> _Rules:
    """Compile ``rules/figures.json`` (once)."""
    r = load_rules("figures.json")
    I = re.IGNORECASE
    preps = "|".join(r.get("post_modifier_prepositions", []))
    # "12 residents of the Dorin region were killed": a phrase after the noun, then an auxiliary
    intrans = "|".join(r.get("post_modifier_intransitive", []))
    verb = r"(?:were|was|are|is|have|has|had)\s" + (rf"|(?:{intrans})\b" if intrans else "")
    post = rf"|(?:{_WORD}\s+){{0,2}}?(?:{preps})\s+(?:[\w'’\-]+\s+){{1,5}}?(?={verb})" if preps else ""
    # "three civilians passing by were also killed": a participle and its particle, then an auxiliary
    particles = "|".join(r.get("post_modifier_particles", []))
    post += rf"|(?:{_WORD}\s+){{0,2}}?[a-z]{{2,}}ing\s+(?:{particles})\s+(?=(?:were|was|are|is|have|has|had)\s)" if particles else ""
    # "8,000 men and boys (from the town) were killed": coordinated groups, then at most such a phrase;
    # "two women and a man were killed": groups and one singular person, a list (see ``_and_one``)
    and_one = _and_one_rx(r["groups"], (r.get("singular") or {}).get("nouns", []))
    coord_groups = _coordinated_groups(r["groups"])
    coord = rf"(?:{coord_groups}|{and_one})" if and_one else coord_groups
    post_coord = rf"(?:(?:{preps})\s+(?:[\w'’\-]+\s+){{1,4}}?(?={verb}))?" if preps else ""
    tail = rf"(?:{_AUX}\s+){{0,4}}(?:(?:were|was|been|are|is)\s+[a-z]+\s+and\s+)?{_MANNER}"
    after_src = tuple(
        (k, rf"^[\s,\-–—]*(?:(?:[\"“]?{_WORD}[.…]*[\"”]?\s+){{0,3}}?{post}){tail}(?:{_alt(v)})\b")
        for k, v in r["after"].items() if v
    )
    # the same with coordinated groups first, tried when the window holds "and"/"or" (``_after_cue``)
    coord_src = tuple(
        (k, rf"^[\s,\-–—]*(?:{coord}(?!{_NEW_CLAUSE})\s+(?:{_WORD}\s+)?{post_coord}|(?:[\"“]?{_WORD}[.…]*[\"”]?\s+){{0,3}}?{post}){tail}(?:{_alt(v)})\b")
        for k, v in r["after"].items() if v
    )
    after = tuple((k, re.compile(p, I)) for k, p in after_src)
    singular = _singular_rules(r.get("singular"))
    after_weak = tuple(
        (k, re.compile(rf"^[\s,\-–—]*(?:{_WORD}\s+){{0,3}}?(?:{_alt(v)})\b", I))
        for k, v in r["after_weak"].items() if v
    )
    before = re.compile(
        "|".join(rf"(?P<{k}>(?:^|\b)(?:{_alt(v)}))" for k, v in r["before"].items() if v)
        + r"",
        I,
    )
    # 'its fighters killed "at least 20 soldiers"', 'the soldiers "killed" 14': a quotation mark may come between
    # the verb and its count
    before = compile_fast(rf"(?:{before.pattern}){_BEFORE_TAIL}", I)
    objects = tuple((k, re.compile(_object_count(v), I)) for k, v in r["objects"].items())
    # every object kind's words in one cue: it matches where one of the kinds' cues does (the same words
    # after the same words skipped), read for that alone (``_FirstCue.gate``); none with a kind of no words
    object_words = [w for v in r["objects"].values() for w in v]
    objects_any = (re.compile(_object_count(object_words), I)
                   if object_words and all(r["objects"].values()) else None)
    group = re.compile(rf"\s*(?:of\s+(?:the\s+|them\s+)?)?(?P<g>{_person(r['groups'])})\b", I)
    group_coord = re.compile(
        rf"\s*(?:of\s+(?:the\s+|them\s+)?)?(?P<g>{coord_groups}(?!{_NEW_CLAUSE})|{_person(r['groups'])})\b", I)
    return _Rules(
        and_one=re.compile(rf"\s*(?:of\s+(?:the\s+)?)?{and_one}", I) if and_one else None,
        counted_before=tuple(re.compile(rf"(?:{rx})\s*$", I) for rx in r.get("counted_before", [])),
        label_before=tuple((k, re.compile(rf"(?:{rx})\s*$", I)) for k, rx in r.get("label_before", {}).items()),
        after=after,
        after_weak=after_weak,
        before=before,
        sub_before=compile_fast(rf"(?:{_alt(r['subgroup_before'])})\s*$", I),
        sub_after=re.compile(rf"^\s*(?:{_alt(r['subgroup_after'])})", I),
        group=group,
        group_coord=group_coord,
        group_low=lowered_regex(group),
        group_coord_low=lowered_regex(group_coord),
        objects=objects,
        objects_any=objects_any,
        cur_before=re.compile("(?:" + "|".join(rf"(?P<c{i}>{k})" for i, k in enumerate(r["currencies"]["before"])) + r")\s*$"),
        cur_names={f"c{i}": v for i, v in enumerate(r["currencies"]["before"].values())},
        cur_after=tuple((v, re.compile(rf"^\s*(?:(?:million|billion|thousand|mln|bn)\s+)?(?:{k})\b", I)) for k, v in r["currencies"]["after"].items()),
        measures=re.compile(rf"^\s*-?\s*(?P<unit>{_alt(r['measures'])})", I),
        generic_other=bool(r.get("generic_other", False)),
        generic_stop=frozenset(r.get("generic_stop", [])),
        indefinite=frozenset(w.lower() for w in r.get("indefinite", [])),
        indefinite_rules=frozenset(["other.generic"] + [f"other.{w}" for w in r.get("indefinite_objects", [])]),
        lower_bound=tuple((k, re.compile(rf"\s*{v}", I)) for k, v in r.get("lower_bound_after", {}).items()),
        wounded_died=re.compile(r["wounded_died"], I) if r.get("wounded_died") else None,
        all_died=re.compile(rf"\s*(?:{_alt(r['groups'])})\b[^.;:!?]{{0,120}}?\b(?:{_alt(r['all_died'])})\b", I)
        if r.get("all_died") else re.compile(r"(?!)"),
        people_before=tuple((k, compile_fast(rf"(?:^|\b)(?:{_alt(v)})\s*(?:the\s+)?$", I))
                            for k, v in r.get("people_before", {}).items() if v),
        people_after=re.compile(rf"^\s*(?:of\s+(?:our|their|its|his|her|the)\s+)?(?:[\w'’\-]+\s+){{0,2}}?(?:{_alt(r['groups'])})\b", I),
        in_addition=compile_fast(r["in_addition_to"], I) if r.get("in_addition_to") else None,
        total=compile_fast(rf"(?:{_alt(r['total_before'])})\s*$", I),
        skip_after=re.compile(rf"^\s*(?:{_alt(r['skip_after'])})", I),
        skip_before=compile_fast(rf"{_SKIP_HEAD}(?:{_alt(r['skip_before'])}){_SKIP_TAIL}", I),
        negation=tuple((compile_fast(n["pattern"], I), tuple(n["kinds"])) for n in r["negation"]),
        singular=singular,
        singular_split=tuple(_leftmost(rx) for _, _, rx in singular),
        singular_idioms=compile_fast(_alt((r.get("singular") or {}).get("idioms", [])) or r"(?!)", I),
        singular_verbs=_verb_scanner(r.get("singular")),
        # a case-sensitive part ("(?-i:...)") cannot run on lower-cased text
        after_gate=_after_gate([w for v in r["after"].values() if v for w in v]),
        after_kind_gates=tuple(_after_gate(v) for v in r["after"].values() if v),
        after_low=(None if any("(?-i" in p for _, p in after_src)
                   else tuple((k, re.compile(lower_pattern(p))) for k, p in after_src)),
        after_coord=tuple((k, re.compile(p, I)) for k, p in coord_src),
        after_coord_low=(None if any("(?-i" in p for _, p in coord_src)
                         else tuple((k, re.compile(lower_pattern(p))) for k, p in coord_src)),
        singular_verbs_low=_verb_scanner_low(r.get("singular")),
        negation_trigger=compile_fast(r"\b(?:no|nobody|none|without|not)\b", I),
    )


def _group_at(text: str, start: int, end: int, R: _Rules, coord: bool = False) -> tuple[int, int] | None:
    """The span of the victim group (``R.group``'s, with ``coord`` ``R.group_coord``'s, group ``g``) matched at
    ``start`` in ``text[:end]``; read on the lower-cased text (``caseless_text``) when the pattern lowers exactly."""
    rx, rx_low = (R.group_coord, R.group_coord_low) if coord and R.group_coord is not None else (R.group, R.group_low)
    low = caseless_text(text) if rx_low is not None else None
    gm = rx_low.match(low, start, end) if rx_low is not None and low is not None else rx.match(text, start, end)
    return gm.span("g") if gm is not None and gm.start("g") >= 0 else None


def _group_opens(after: str, low: str, R: _Rules) -> bool:
    """True when a victim group opens ``after`` (``R.group`` matches; ``low`` is ``after.lower()``), read on ``low``
    when it stands for ``after`` (same length, no letter ``re.IGNORECASE`` folds otherwise: ``caseless_text``)."""
    if R.group_low is not None and len(low) == len(after) and not any(ch in after for ch in FOLDS_TO_ASCII):
        return R.group_low.match(low) is not None
    return R.group.match(after) is not None


@dataclass(slots=True)
class FigureMatch:
    start: int
    end: int
    kind: str
    quantity: Quantity
    qualifier: str
    low: float | int | None
    high: float | int | None
    what: str | None
    group: str | None
    subgroup: bool
    rule: str
    total: bool = False


_GENERIC = re.compile(r"\s*(?:[-–]\s*)?(?:of\s+(?:the\s+)?|more\s+|other\s+|new\s+)?([A-Za-z][a-z'’\-]{2,})")


def _unit(raw: str) -> str:
    u = " ".join(raw.lower().split()).lstrip("-")
    return "percent" if u in ("%", "per cent", "percent", "percent") else u


@dataclass(frozen=True)
class _Cue:
    """A ``re.IGNORECASE`` cue and, when it has no case-sensitive part, the same cue for lower-cased
    text compiled case-sensitive (several times faster); only truth, offsets and group names are read."""

    rx: re.Pattern[str]
    low: re.Pattern[str] | None
    gate: tuple[str, ...] = ()  # strings one of which every match of ``low`` holds (``fastre.gate_strings``)

    def match(self, s: str, s_low: str | None) -> re.Match[str] | None:
        return self.low.match(s_low) if self.low is not None and s_low is not None else self.rx.match(s)

    def search(self, s: str, s_low: str | None, pos: int = 0, endpos: int | None = None) -> re.Match[str] | None:
        end = len(s) if endpos is None else endpos
        if self.low is not None and s_low is not None:
            if self.gate and not holds_any(s_low, self.gate, pos, end):  # str.find: faster than a scan
                return None
            return self.low.search(s_low, pos, end)
        return self.rx.search(s, pos, end)

    def finditer(self, s: str, s_low: str | None, pos: int, endpos: int) -> Iterator[re.Match[str]]:
        if self.low is not None and s_low is not None:
            if self.gate and not holds_any(s_low, self.gate, pos, endpos):
                return iter(())
            return self.low.finditer(s_low, pos, endpos)
        return self.rx.finditer(s, pos, endpos)


def _cue(rx: re.Pattern[str]) -> _Cue:
    if not rx.flags & re.IGNORECASE or "(?-i" in rx.pattern:
        return _Cue(rx, None)
    low = lower_pattern(rx.pattern)
    return _Cue(rx, boundary_first(compile_fast(low, rx.flags & ~re.IGNORECASE)), gate_strings(low, rx.flags & ~re.IGNORECASE))


@dataclass(frozen=True)
class _AnyCue:
    """Cues read only for whether one of them matches: an alternation split in parts (``pre(?:A|B)post``
    matches where ``pre(?:A)post`` or ``pre(?:B)post`` does), so that the parts without a
    case-sensitive word run on lower-cased text while only the others run case-insensitively."""

    parts: tuple[_Cue, ...]
    # with cues that match only at the end of what they search (a tail ``\s*$``): per part, the form it runs
    # (``low``, else ``rx``) gated by the document scan with the ends of its matches (``prefilter``)
    ends: tuple[Gated, ...] = ()

    def search(self, s: str, s_low: str | None, text: str | None = None, low: str | None = None,
               end: int = -1) -> re.Match[str] | None:
        """The first part's match in ``s`` (``s_low`` its lower-cased copy); with ``s`` the stretch of the
        document's ``text`` (``low`` its lower-cased copy) that ends at ``end``, a part none of whose matches in
        the document scan ends there is not searched: a match of it in ``s`` ends at the end of ``s`` (its
        ``\\s*`` may take a last line break before ``$``, and does where the scan's copy of it ends), and is one of
        the scan's copy there."""
        for k, cue in enumerate(self.parts):
            if self.ends and end > 0:
                doc = low if cue.low is not None and s_low is not None else text
                if doc is not None and self.ends[k].absent(doc, end - 1, end):
                    continue
            m = cue.search(s, s_low)
            if m is not None:
                return m
        return None


def _any_cue(items: list[str], head: str, tail: str, flags: int, at_end: bool = False) -> _AnyCue:
    """``head(?:items)tail`` as cues: the items with a case-sensitive part ("(?-i:") apart. ``at_end``: ``tail``
    ends with ``\\s*$`` (every match ends at the end of what is searched), and the parts are gated by where the
    matches of the document scan end (``_AnyCue.ends``)."""
    fixed = [i for i in items if "(?-i" in i]
    caseless = [i for i in items if "(?-i" not in i]
    parts = tuple(_cue(compile_fast(rf"{head}(?:{_alt(part)}){tail}", flags)) for part in (caseless, fixed) if part)
    if not at_end or not tail.endswith(r"\s*$"):
        return _AnyCue(parts)
    return _AnyCue(parts, tuple(gated(cue.low if cue.low is not None else cue.rx, spans=True) for cue in parts))


@dataclass(frozen=True)
class _AtEnd:
    """A look-back regex searched in a window of the document that ends at a number, whose every match ends where
    ``$`` holds (``ends_at_end``): at the end of the window, or before a line break that ends it. ``gate``: the
    document scan's copy of it, keeping where its matches end (``prefilter``): a match in the window ``doc[lo:end]``
    is one of the copy's ending there, so where none ends at ``end`` (or, after a last line break, at ``end - 1``)
    the window holds none and is not searched. No gate: searched as it is."""

    rx: re.Pattern[str]
    gate: Gated | None = None

    def search(self, window: str, doc: str | None = None, end: int = -1) -> re.Match[str] | None:
        """``rx.search(window)``; ``window`` is ``doc[lo:end]`` when ``doc`` (the document's text) is given."""
        gate = self.gate
        if gate is not None and doc is not None and 0 < end <= len(doc):
            if gate.absent(doc, end - 2 if doc[end - 1] == "\n" else end - 1, end):
                return None
        return self.rx.search(window)


def _at_end(rx: re.Pattern[str]) -> _AtEnd:
    """``rx`` as an ``_AtEnd``: gated when its every match ends at ``$``, else searched as it is."""
    return _AtEnd(rx, gated(rx, spans=True) if ends_at_end(rx.pattern, rx.flags) else None)


@dataclass(frozen=True)
class _FirstCue:
    """Labelled cues tried in order at one position: ``first`` gives the label of the first that
    matches. When they can be joined, one regex does it: an ordered alternation of the whole cues
    (``(?P<_c0>cue0)|(?P<_c1>cue1)|...``) matches with the first cue that matches, as the loop does."""

    cues: tuple[tuple[str, _Cue], ...]
    joined: _Cue | None
    # a cue that matches where one of ``cues`` does, and costs less than they do (one alternation of
    # their words instead of one per label): where it does not match, no label is tried
    gate: _Cue | None = None

    def first(self, s: str, s_low: str | None) -> str | None:
        if self.gate is not None and self.gate.match(s, s_low) is None:
            return None
        if self.joined is None:
            return next((label for label, cue in self.cues if cue.match(s, s_low)), None)
        m = self.joined.match(s, s_low)
        if m is None:
            return None
        return next(label for i, (label, _) in enumerate(self.cues) if m.start(f"_c{i}") >= 0)


def _first_cue(items: tuple[tuple[str, re.Pattern[str]], ...], gate: re.Pattern[str] | None = None) -> _FirstCue:
    """``items`` as a ``_FirstCue``; ``gate``, when given, must match wherever one of them matches."""
    cues = tuple((label, _cue(rx)) for label, rx in items)
    if not items or len({rx.flags for _, rx in items}) != 1 or any("(?P" in rx.pattern for _, rx in items):
        return _FirstCue(cues, None)  # named groups of their own, or mixed flags: tried one by one
    joined = re.compile("|".join(f"(?P<_c{i}>{rx.pattern})" for i, (_, rx) in enumerate(items)), items[0][1].flags)
    return _FirstCue(cues, _cue(joined), _cue(gate) if gate is not None else None)


@dataclass(frozen=True)
class _Cues:
    skip_after: _Cue
    skip_before: _AnyCue
    measures: _Cue
    before: _Cue
    after_weak: _FirstCue
    objects: _FirstCue
    cur_after: tuple[tuple[str, _Cue], ...]
    cur_after_first: _FirstCue
    total: _Cue
    negation_trigger: _Cue
    negation: tuple[tuple[_Cue, tuple[str, ...]], ...]
    in_addition: _Cue | None
    # cues read only on the lower-cased text that stands for the text (``caseless_text``; ``_exact_cue``): ``rules()``'
    # ``people_after``, ``sub_after`` and ``sub_before``, and ``_combined_rx``'s look-ahead (``None``: no such rules)
    people_after: _Cue
    sub_after: _Cue
    sub_before: _Cue
    combined_after: _Cue | None
    # ``_insets()``' regexes for that lower-cased text, case-sensitive (``None`` for one that does not lower exactly)
    insets_low: tuple[re.Pattern[str] | None, ...]
    all_died_low: re.Pattern[str] | None  # ``rules().all_died`` so (its group words each tried case-insensitively otherwise)
    # ``before`` for lower-cased text dispatched on the first character (``_before_dispatch``), with the
    # kind of each of its markers; ``None`` when it cannot be built (``before`` then runs as it is)
    before_kinds: tuple[re.Pattern[str], dict[str, str]] | None = None
    # look-backs read in the window before a number, each matching only at its end and gated so (``_AtEnd``):
    # ``rules()``' ``people_before`` (per kind) and ``counted_before``
    people_before: tuple[tuple[str, _AtEnd], ...] = ()
    counted_before: tuple[_AtEnd, ...] = ()


def _exact_cue(rx: re.Pattern[str]) -> _Cue:
    """``_cue(rx)`` when its pattern lowers exactly (``fastre.lowers_exactly``), else ``rx`` alone: its lower-cased
    form is read only with a lower-cased text that stands for the text (``caseless_text``)."""
    return _cue(rx) if lowers_exactly(rx.pattern) else _Cue(rx, None)


@cache
def _cues() -> _Cues:
    """The cues figures tests by their truth or offsets, each with its lower-cased-text variant."""
    R = rules()
    combined = _combined_rx()
    return _Cues(
        skip_after=_cue(R.skip_after), skip_before=_any_cue(load_rules("figures.json")["skip_before"], _SKIP_HEAD, _SKIP_TAIL, re.IGNORECASE,
                                                    at_end=True),
        measures=_cue(R.measures), before=_cue(R.before),
        after_weak=_first_cue(R.after_weak), objects=_first_cue(R.objects, R.objects_any),
        cur_after=tuple((k, _cue(rx)) for k, rx in R.cur_after), cur_after_first=_first_cue(R.cur_after), total=_cue(R.total),
        negation_trigger=_cue(R.negation_trigger), negation=tuple((_cue(rx), kinds) for rx, kinds in R.negation),
        in_addition=_cue(R.in_addition) if R.in_addition is not None else None,
        before_kinds=_before_dispatch(load_rules("figures.json")["before"]) if _cue(R.before).low is not None else None,
        people_before=tuple((k, _at_end(rx)) for k, rx in R.people_before),
        counted_before=tuple(_at_end(rx) for rx in R.counted_before),
        people_after=_exact_cue(R.people_after), sub_after=_exact_cue(R.sub_after), sub_before=_exact_cue(R.sub_before),
        combined_after=_exact_cue(combined[1]) if combined is not None else None,
        insets_low=tuple(lowered_regex(rx) for rx, _ in _insets()),
        all_died_low=lowered_regex(R.all_died),
    )


def _before_dispatch(spec: dict[str, list[str]]) -> tuple[re.Pattern[str], dict[str, str]] | None:
    """``rules().before`` for lower-cased text as one regex dispatched on the first character
    (``fastre.compile_dispatch``): its alternatives (each kind's, in the order of the alternation) each
    followed by its tail. At a position only the alternatives that can start with its character are
    tried, in the same order, so the match is the one of ``before``, and its kind the kind of the
    alternative that matched (a window of about 140 characters tries the whole alternation at every
    word otherwise). ``None`` when an alternative's first characters cannot be read."""
    alternatives: list[str] = []
    kinds: list[str] = []
    for k, v in spec.items():
        if not v:
            continue
        for alt in split_alternatives(lower_pattern(_alt(v))):
            alternatives.append(f"(?:{alt})")
            kinds.append(k)
    built = compile_dispatch(alternatives, head=r"(?:^|\b)", tail=lower_pattern(_BEFORE_TAIL))
    if built is None:
        return None
    rx, index = built
    return rx, {name: kinds[i] for name, i in index.items()}


LABEL_REACH = 45  # characters before a number read for the colon of a label line ("Civilians killed (reported): 3")


def _kind_before(C: _Cues, before: str, before_l: str | None) -> str | None:
    """The kind (named group) of ``C.before``'s match in ``before`` (``before_l`` lower-cased), else ``None``."""
    if C.before_kinds is not None and before_l is not None:
        rx, kinds = C.before_kinds
        m = rx.search(before_l)
        return kinds[str(m.lastgroup)] if m is not None else None
    bm = C.before.search(before, before_l)
    return next(k for k, v in bm.groupdict().items() if v is not None) if bm is not None else None


@cache
def _vague_people_only() -> frozenset[str]:
    return frozenset(load_rules("numbers.json").get("vague_people_only", []))


def _people_only(text: str, q: Quantity) -> bool:
    """A vague word that counts people only ("several", "both"): no count of objects ("several hospitals")."""
    return " ".join(text[q.num_start:q.end].lower().split()) in _vague_people_only()


@cache
def _combined_rx() -> tuple[_AtEnd, re.Pattern[str]] | None:
    """Rules ``combined_casualties``: (before the number, a look-back: ``_AtEnd``; after it); ``None`` without the rules."""
    spec = load_rules("figures.json").get("combined_casualties")
    if not spec:
        return None
    return _at_end(re.compile(spec["before"], re.IGNORECASE)), re.compile(spec["after"], re.IGNORECASE)


def _classify(text: str, q: Quantity, s_start: int, after_end: int, R: _Rules, s_end: int) -> tuple[str | None, str | None, str]:
    """(kind, what, rule) for one quantity, or (None, None, reason)."""
    C = _cues()
    low = lowered(text)
    after = text[q.end:after_end]
    before = text[max(s_start, q.start - BEFORE_WINDOW):q.start]
    after_l = low[q.end:after_end] if low is not None else None
    before_l = low[max(s_start, q.start - BEFORE_WINDOW):q.start] if low is not None else None
    caseless = caseless_text(text)  # (the text ``low`` is a copy of, when it stands for the text: the same characters)
    after_c = after_l if caseless is not None else None
    if C.skip_after.match(after, after_l) and not C.cur_after[0][1].match(after, after_l):
        return None, None, "skip"
    if C.skip_before.search(before, before_l, text, low, q.start):
        return None, None, "skip"
    measure = C.measures.match(after, after_l)
    if measure:
        if R.generic_other and not q.vague:
            return "other", _unit(measure.group("unit")), "other.measure"
        return None, None, "skip"
    tail = before[-6:]
    cm = R.cur_before.search(tail) if tail and not tail[-1].isalpha() or tail.endswith(("USD", "EUR", "AZN")) else None
    if cm is not None:
        return "other", R.cur_names[next(k for k, v in cm.groupdict().items() if v is not None)], "money.before"
    cur = C.cur_after_first.first(after, after_l)
    if cur is not None:
        return "other", cur, "money.after"
    combined = _combined_rx()
    if combined is not None and not q.vague and (combined[0].search(before, text, q.start)
                                                 or (C.combined_after is not None and C.combined_after.match(after, after_c))):
        return "other", "killed or injured", "other.killed_or_injured"
    best = _after_cue(after, R)
    if best is None:
        full = text[q.end:min(s_end, q.end + 140)]
        full_c = caseless[q.end:min(s_end, q.end + 140)] if caseless is not None else None
        closer = _PAST_WORDS.search(full)
        mark = closer.group() if closer is not None else ""
        for (rx, marks), rx_low in zip(_insets(), C.insets_low):
            if marks and (not mark or mark not in marks):
                continue  # its first words are not closed by its mark
            if rx is _INSET_AGED and "age" not in full:
                continue
            inset = rx_low.match(full_c) if rx_low is not None and full_c is not None else rx.match(full)
            if inset:
                best = _after_cue(full[inset.start(1):inset.end(1)] + full[inset.end():], R)
                if best is not None:
                    break
    if best is not None and best[1] in CASUALTY_KINDS:
        thing = _thing_counted(text, q.end, after_end)
        if thing is not None:
            # "two mortar rounds killed 3 people", "12 mines were neutralised": the number counts the things
            return "other", thing, f"other.{thing}"
    # "the attack killed 12, wounded 30": with a comma first, the verb before the number counts it; the one
    # after the comma opens the next member of the list (the verb before is read once, and only when it may count)
    kind_before = _kind_before(C, before, before_l) if best is None or _COMMA_FIRST.match(after) else None
    if best is not None and kind_before is None:
        return best[1], None, f"{best[1]}.after"
    if kind_before is not None:
        thing = _thing_counted(text, q.end, after_end) if kind_before in CASUALTY_KINDS else None
        if thing is not None:
            return "other", thing, f"other.{thing}"  # "engineers neutralised 30 mines": things, no casualties
        return kind_before, None, f"{kind_before}.before"
    if ":" in before[-LABEL_REACH:]:
        for kind, rx in R.label_before:
            if rx.search(before):
                return kind, None, f"{kind}.before"  # "Civilians killed (reported): 3"
    for kind, cue in C.people_before:
        if cue.search(before, text, q.start) and C.people_after.match(after, after_c):
            # "the army lost three soldiers", "the loss of two of our fighters": a count of people lost
            # is of the dead ("lost four tanks" is not)
            return kind, None, f"{kind}.people_before"
    weak = C.after_weak.first(after, after_l)
    if weak is not None:
        return weak, None, f"{weak}.after_noun"
    if (C.all_died_low.match(caseless, q.end, s_end) if C.all_died_low is not None and caseless is not None
            else R.all_died.match(text, q.end, s_end)):
        # "100 people were at the kitchen, and everyone there died": the people counted are the dead
        return "killed", None, "killed.all_died"
    what = C.objects.first(after, after_l)
    if what is not None:
        return "other", what, f"other.{what}"
    for cue in C.counted_before:
        cb = cue.search(before, text, q.start)
        if cb is not None:
            return "other", cb.group("what").lower(), "other.counted_before"
    if R.generic_other and not q.vague:
        if _YEAR_LIKE.fullmatch(text[q.start:q.end]):
            return None, None, "year"  # "the 1948 convention", "the 2018 elections": a year, not a count
        word = _GENERIC.match(after)
        if word and word.group(1).lower() not in R.generic_stop:
            return "other", word.group(1).lower(), "other.generic"
    return None, None, "no-cue"


@cache
def _things() -> tuple[tuple[str, Gated], ...]:
    """Rules ``things_counted``: the object classes whose noun, right after a number (an adjective at most
    between), makes the number a count of things even before a casualty verb (gated by where in the
    document their matches may end: ``prefilter.shut_span``)."""
    r = load_rules("figures.json")
    keep = r.get("things_counted", [])
    return tuple((k, gated(rf"\s*(?:(?!(?:of|in|on|at|from|with|and|or|the|their|his|her)\b)[\w'’\-]+\s+)?(?:{_alt(r['objects'][k])})\b", re.IGNORECASE, spans=True))
                 for k in keep if k in r["objects"])


def _thing_counted(text: str, start: int, end: int) -> str | None:
    """The object class named right after a number, at the start of ``text[start:end]`` ("2 mortar rounds",
    "12 Russian drones"), else ``None``."""
    after = text[start:end]
    return next((k for k, rx in _things() if not rx.absent(text, start, end) and rx.rx.match(after)), None)


_COMMA_FIRST = re.compile(r"\s*[,;]")
_YEAR_LIKE = re.compile(r"(?:1[5-9]|20)\d\d")

CASUALTY_KINDS = frozenset({"killed", "injured", "captured", "missing"})
BEFORE_WINDOW = 140  # characters: "the number of civilians killed in ... has increased to 57"

_INSET = re.compile(
    r"(\s*(?:[\w'’\-]+\s+){0,2}?[\w'’\-]+)\s*(?:,|\(|–|—)\s*(?:including|among\s+them|among\s+whom|of\s+whom|mostly|mainly|(?:many|most|all|some|half|several|none)\s+of\s+them)[^,()–—]{0,60}(?:,|\)|–|—)",
    re.IGNORECASE,
)


_INSET_LIST = re.compile(
    r"(\s*(?:[\w'’\-]+\s+){0,2}?[\w'’\-]+)\s*,\s*(?:including|among\s+them|among\s+whom|of\s+whom|mostly|mainly|(?:many|most|all|some|half|several)\s+of\s+them)[^.;()]{0,100}?,"
    r"(?=\s*(?:were|was|have|had|are|is|got|died|killed|injured|wounded)\b)",
    re.IGNORECASE,
)

_INSET_APPOS = re.compile(  # "Four guards, a driver and three clerks, were killed"; "1 civilian, a tribal elder, was killed"
    r"(\s*(?:[\w'’\-]+\s+){0,3}?[\w'’\-]+)\s*,\s*(?:a|an|the|one|two|three|four|five|six|seven|eight|nine|ten|both|all|each)\s"
    r"[^.;:()\d]{0,80}?,(?=\s*(?:were|was|have|had|are|is|got)\b)",  # an auxiliary: "killed 9 people, all farmers, injured 31" is a list of acts
    re.IGNORECASE,
)
_INSET_BREAKDOWN = re.compile(  # "All 298 people on board, 283 passengers and 15 crew, were killed"
    r"(\s*(?:[\w'’\-]+\s+){0,3}?[\w'’\-]+)\s*,\s*\d[^.;:()]{0,80}?,(?=\s*(?:were|was|have|had|are|is|got|died|killed|injured|wounded)\b)",
    re.IGNORECASE,
)
_INSET_AGED = re.compile(  # "Two girls, aged 8 and 10, were killed": the ages between commas before the verb
    r"(\s*(?:[\w'’\-]+\s+){0,2}?[\w'’\-]+)\s*,\s*(?:aged|ages|both\s+aged)\s+[^.;:()]{1,40}?,(?=\s*(?:were|was|have|had|are|is|got|died)\b)",
    re.IGNORECASE,
)
@cache
def _inset_tail() -> re.Pattern[str]:
    """"Seventeen pilgrims, several elderly women among them, were killed": a sub-group between commas that ends
    with its marker (rules ``trailing_inset``), before an auxiliary or a casualty verb."""
    words = "|".join(load_rules("figures.json").get("trailing_inset", [])) or "(?!)"
    # the sub-group holds no count of its own ("Twelve people, two officers among them, died": two is a figure)
    counts = "|".join(load_rules("figures.json").get("trailing_inset_counts", [])) or "(?!)"
    plain = rf"(?:(?!\b(?:{counts})\b)[^,.;:()\d])"
    return re.compile(rf"(\s*(?:[\w'’\-]+\s+){{0,2}}?[\w'’\-]+)\s*,\s*{plain}{{1,60}}?\s+(?:{words})\s*,"
                      r"(?=\s*(?:were|was|have|had|are|is|got|died|killed|injured|wounded)\b)", re.IGNORECASE)


@cache
def _insets() -> tuple[tuple[re.Pattern[str], str], ...]:
    """The insets ``_classify`` reads a cue past, in order, each with the characters one of which closes its first
    words (they and the white space after them are word characters, apostrophes, hyphens and white space only,
    so the mark is the first other character after the number: ``_PAST_WORDS``); "" for one read without a mark."""
    return ((_INSET, ",(–—"), (_INSET_LIST, ","), (_INSET_BARE, ""), (_INSET_PAREN, "("), (_INSET_BREAKDOWN, ","),
            (_INSET_APPOS, ","), (_INSET_AGED, ","), (_inset_tail(), ","))


_PAST_WORDS = re.compile(r"[^\w'’\-\s]")  # the first character past the words right after a number


_INSET_PAREN = re.compile(r"(\s*(?:[\w'’\-]+\s+){0,2}?[\w'’\-]+)\s*\([^()]{1,80}\)")  # "5 civilians (2 men, 1 child) were killed"
_INSET_BARE = re.compile(
    r"(\s*(?:[\w'’\-]+\s+){0,2}?[\w'’\-]+)\s+(?:including|among\s+them|incl\.)\s+(?:at\s+least\s+|some\s+|about\s+|over\s+)?[\w,.\-]+\s+[\w'’\-]+",
    re.IGNORECASE,
)


def _after_gate(words: list[str]) -> re.Pattern[str] | None:
    """A scan for the first letters of the ``after`` cue words (``literal_prefixes``) in lower-cased
    text, as a trie; ``None`` when some word's first letters cannot be read."""
    firsts = [literal_prefixes(lower_pattern(w)) for w in words]
    if not firsts or not all(firsts):
        return None
    return re.compile(literal_trie(sorted({p for f in firsts for p in f or ()})))


_COORD_REACH = 70  # characters: how far after a number coordinated groups can reach their last "and"


def _has_conjunction(s: str) -> bool:
    """True when ``s`` holds " and " or " or " within ``_COORD_REACH`` characters (coordinated groups)."""
    return s.find(" and ", 0, _COORD_REACH) >= 0 or s.find(" or ", 0, _COORD_REACH) >= 0


def _after_cue(after: str, R: _Rules) -> tuple[int, str] | None:
    best: tuple[int, str] | None = None
    low = after.lower()
    coord = _has_conjunction(low) and _group_opens(after, low, R)  # a group right after the number, then "and"
    plain, lowered_ = (R.after_coord, R.after_coord_low) if coord and R.after_coord else (R.after, R.after_low)
    pats, src = (lowered_, low) if lowered_ is not None and len(low) == len(after) else (plain, after)
    gates: tuple[re.Pattern[str] | None, ...] = ()
    if pats is lowered_:
        if R.after_gate is not None and R.after_gate.search(src) is None:
            return None  # no cue word starts anywhere in the window
        gates = R.after_kind_gates  # aligned with both ``after_low`` and ``after_coord_low`` (same kinds)
    for n, (kind, rx) in enumerate(pats):
        gate = gates[n] if n < len(gates) else None
        if gate is not None:
            first = gate.search(src)
            if first is None:
                continue  # none of this kind's words starts in the window
            if best is not None and first.start() >= best[0]:
                continue  # its cue word starts there or later: its match would end after the best one's
        m = rx.match(src)
        if m and (best is None or m.end() < best[0]):
            best = (m.end(), kind)
    return best


def find_figures(text: str, s_start: int, s_end: int, blocked: list[tuple[int, int]]) -> list[FigureMatch]:
    """Figures in one sentence ``text[s_start:s_end]``; ``blocked`` spans (dates) hold none."""
    R = rules()
    C = _cues()
    low_text = lowered(text)
    caseless = caseless_text(text)  # (``low_text`` when it stands for the text: ``_exact_cue``)
    sub_after, sub_before = C.sub_after, C.sub_before
    found = find_quantities(text, s_start, s_end)
    quantities = [
        q for q in found
        if not any(b0 < q.end and q.num_start < b1 for b0, b1 in blocked) and not _of_one(text, q, s_start, found)
        and not _section_number(text, q)
    ]
    out: list[FigureMatch] = []
    if not quantities:
        return out  # (each step below reads or extends the figures found: none)
    for i, q in enumerate(quantities):
        after_end = quantities[i + 1].start if i + 1 < len(quantities) else s_end
        after_end = min(after_end, q.end + 90)
        kind, what, rule = _classify(text, q, s_start, after_end, R, s_end)
        if kind is None:
            shared = _place_list_member(text, q, out[-1] if out else None, after_end)
            if shared is None:
                shared = _source_list_member(text, q, out[-1] if out else None, after_end)
            if shared is None:
                shared = _elliptic(text, q, out[-1] if out else None, s_end)
            if shared is None:
                continue
            kind, what, rule = shared
        if _two_sides(text, q, s_start) or _speaking_name(text, q, s_start):
            continue
        if kind == "other" and (_indefinite(text, q, out[-1] if out else None, rule, R) or _in_name(text, q, s_start, rule)
                                or (q.vague and _people_only(text, q)) or _source_witnesses(text, q, s_start)):
            continue
        before = text[max(s_start, q.start - 40):q.start]
        before_c = caseless[max(s_start, q.start - 40):q.start] if caseless is not None else None
        # "9 of them" is a part of a whole stated before: in the sentence, or (sentence-initial) the one before
        part_of = bool(out) or not text[s_start:q.start].strip(" \"“‘'(")
        of_whole = bool(sub_after.match(text[q.end:after_end], caseless[q.end:after_end] if caseless is not None else None))
        subgroup = bool(sub_before.search(before, before_c)) or of_whole
        coord = R.group_coord is not None and _has_conjunction(text[q.end:min(after_end, q.end + _COORD_REACH)])
        gs = _group_at(text, q.end, after_end, R, coord)
        group = text[gs[0]:gs[1]] if gs is not None else None
        if group and group.lower() in ("people", "persons", "person", "individuals"):
            group = None
        qualifier, low, high = q.qualifier, q.low, q.high
        if of_whole and qualifier == "exact" and R.wounded_died is not None and R.wounded_died.match(text, q.end, s_end):
            # "six of the wounded died": the part counts the killed; of a killed total before it, a part of that
            kind, rule = "killed", "killed.wounded_died"
            subgroup = any(o.kind == "killed" and not o.subgroup for o in out)
        elif of_whole and qualifier == "exact":
            for lb_kind, lb in R.lower_bound:
                if lb.match(text, q.end, after_end) and not any(o.kind == lb_kind and not o.subgroup for o in out):
                    kind, subgroup, qualifier, rule = lb_kind, False, "at_least", f"{lb_kind}.part_of_whole"
                    from claimledger.extract.numbers import interval

                    low, high = interval(q.value, qualifier)
                    break
            else:
                subgroup = subgroup and (part_of or bool(sub_before.search(before, before_c)))
                if (subgroup and rule == f"{kind}.before" and kind in CASUALTY_KINDS and not sub_before.search(before, before_c)
                        and not any(o.kind == kind and not o.subgroup for o in out)):
                    # "attacked 12 villagers, killing 5 of them": the verb counts the part; no total of its kind
                    subgroup = False
        if subgroup and q.vague and _people_only(text, q):
            continue  # "after several of the wounded died": a small vague part of a whole counts nothing of its own
        prev = out[-1] if out else None
        if (not subgroup and prev is not None and kind in CASUALTY_KINDS
                and (prev.subgroup and _NEXT_PART_GAP.fullmatch(text, prev.end, q.start)
                     and any(o.kind == kind and not o.subgroup for o in out[:-1])
                     or prev.kind == kind and not prev.subgroup and _PART_THEN_NEXT.fullmatch(text, prev.end, q.start))):
            # "took in 52 wounded, 30 of them with burns and 22 with bullet wounds": the next part of the same whole
            subgroup = True
        if (prev is not None and qualifier == "exact" and prev.qualifier in ("at_least", "more_than", "about")
                and prev.kind != kind and not subgroup and rule.endswith(".after") and _coordinated(text[prev.end:q.start])):
            from claimledger.extract.numbers import interval

            qualifier = prev.qualifier
            low, high = interval(q.value, qualifier)
            rule += "+distributed"
        t0 = max(s_start, q.start - 50)
        total = bool(C.total.search(text[t0:q.start], low_text[t0:q.start] if low_text is not None else None))
        out.append(FigureMatch(q.start, q.end, kind, q, qualifier, low, high, what, group, subgroup, rule, total))
    _propagate_lists(text, out)
    _increments(text, s_start, out)
    _in_addition(text, s_start, s_end, out, R)
    _and_one(text, s_end, out, R)
    return out


@cache
def _running_total_rx() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]] | None:
    """Rules ``running_total``: (the verb and object ending right before a total, an increment word
    before a number, one after it); ``None`` without the rules."""
    spec = load_rules("figures.json").get("running_total")
    if not spec:
        return None

    def words(key: str) -> str:
        return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(spec[key], key=len, reverse=True))

    total = re.compile(rf"\b(?:{words('verbs')})\s+(?:the|its|their)\b[^.;:]{{0,90}}?\bto\s*$", re.IGNORECASE)
    before = re.compile(rf"\b(?:{words('increment_before')})\s+$", re.IGNORECASE)
    after = re.compile(rf"\s+(?:{words('increment_after')})\b", re.IGNORECASE)
    return total, before, after


def _increments(text: str, s_start: int, out: list[FigureMatch]) -> None:
    """"Two more patients died, bringing the toll at the hospital to 19": the running total counts its
    kind; an earlier figure of that kind marked as an increment becomes an other figure (rules ``running_total``)."""
    rx = _running_total_rx()
    if rx is None or len(out) < 2:
        return
    total, before, after = rx
    for f in out:
        if f.kind not in CASUALTY_KINDS or f.subgroup or total.search(text, max(s_start, f.start - 120), f.start) is None:
            continue
        for g in out:
            if (g is not f and g.kind == f.kind and g.start < f.start and not g.subgroup
                    and (before.search(text, max(s_start, g.start - 20), g.start) or after.match(text, g.end))):
                g.kind, g.what, g.rule = "other", f"further {f.kind}", g.rule + "+increment"


@cache
def _elliptic_rx() -> tuple[re.Pattern[str], re.Pattern[str]] | None:
    """Rules ``elliptic_count``: (the verb ending right before a bare number, the clause break)."""
    spec = load_rules("figures.json").get("elliptic_count")
    if not spec:
        return None
    verbs = "|".join(re.escape(v).replace(r"\ ", r"\s+") for v in sorted(spec["verbs"], key=len, reverse=True))
    breaks = "|".join(re.escape(b) for b in spec["clause_break"])
    verb = re.compile(r"(?:\b(?:could|can|has|have|had|was|were|only|not)\s+)*\b(?:" + verbs + r")\s+(?:only\s+)?$", re.IGNORECASE)
    return verb, re.compile(breaks, re.IGNORECASE)


_CLAUSE_END = re.compile(r"\s*(?:[.;)]|,\s|$)")


def _elliptic(text: str, q: Quantity, prev: FigureMatch | None, s_end: int) -> tuple[str, str | None, str] | None:
    """"Officials reported 25 dead; the monitors could verify 18": a bare number ending its clause
    after a verb of checking, in a clause after a casualty count, counts that count's kind (rules
    ``elliptic_count``); else ``None``."""
    rx = _elliptic_rx()
    if rx is None or prev is None or prev.kind not in CASUALTY_KINDS or prev.subgroup or q.vague:
        return None
    verb, brk = rx
    between = text[prev.end:q.start]
    if verb.search(between) is None or brk.search(between) is None or _CLAUSE_END.match(text, q.end, s_end) is None:
        return None
    return prev.kind, None, f"{prev.kind}.elliptic"


# what every match of ``rules().and_one`` holds ("... and a man"), on the text lower-cased (``caseless_text``): a
# literal first, which re finds at C speed
_AND_ONE_GATE = re.compile(r"and\s+an?\s")


def _and_one(text: str, s_end: int, out: list[FigureMatch], R: _Rules) -> None:
    """"Two women and a man were killed", "killing 12 soldiers and a civilian": the singular person
    is one more part of the count (both marked ``+list``)."""
    if R.and_one is None:
        return
    low = caseless_text(text)
    for f in list(out):
        if f.kind not in KINDS or f.subgroup or f.quantity.vague:
            continue
        if low is not None and _AND_ONE_GATE.search(low, f.end, s_end) is None:
            continue  # (every match holds "and a"/"and an": none after the count, no match)
        m = R.and_one.match(text, f.end, s_end)
        if m is None or any(f.end <= g.start < m.end() for g in out if g is not f):
            continue  # "5 adults, two children and a man": the one belongs to the last count
        one = Quantity(m.start("one"), m.end("one"), 1, "exact", 1, 1, m.start("one"))
        if "+list" not in f.rule:
            f.rule += "+list"
        out.append(FigureMatch(one.start, one.end, f.kind, one, "exact", 1, 1, None, None, False, f"{f.kind}.and_one+list"))
    out.sort(key=lambda f: f.start)


def _in_addition(text: str, s_start: int, s_end: int, out: list[FigureMatch], R: _Rules) -> None:
    """"In addition to the bomber, five soldiers were killed": the bomber is one more part of the count."""
    cue = _cues().in_addition
    if cue is None or not any(f.kind in KINDS and not f.subgroup for f in out):
        return  # no count the named one could add to
    m = cue.search(text, lowered(text), s_start, s_end)
    if m is None:
        return
    nxt = next((f for f in out if f.start >= m.end() and f.kind in KINDS and not f.subgroup), None)
    if nxt is None or nxt.quantity.vague:
        return
    one = Quantity(m.start("np"), m.end("np"), 1, "exact", 1, 1, m.start("np"))
    if "+list" not in nxt.rule:
        nxt.rule += "+list"
    out.append(FigureMatch(one.start, one.end, nxt.kind, one, "exact", 1, 1, None, None, False, f"{nxt.kind}.in_addition+list"))
    out.sort(key=lambda f: f.start)


def _indefinite(text: str, q: Quantity, prev: FigureMatch | None, rule: str, R: _Rules) -> bool:
    """True for an object counted by an indefinite word that is a determiner or pronoun, not a count:
    before a person or a noun no lexicon knows ("one witness said", "another one") or partitive
    ("one of the rockets"), unless it continues a list of counts ("25 states and one county").
    Incident objects ("fired one missile") and measures ("a one-day operation") stay."""
    if rule == "other.measure" or q.qualifier != "exact" or text[q.start:q.end].lower() not in R.indefinite:
        return False
    if rule not in R.indefinite_rules and not _PARTITIVE.match(text, q.end):
        return False
    return prev is None or prev.quantity.vague or not _LIST_GAP.fullmatch(text, prev.end, q.start)


@cache
def _sides_cue() -> tuple[re.Pattern[str] | None, re.Pattern[str] | None, re.Pattern[str] | None]:
    r = load_rules("figures.json")

    def one(key: str) -> re.Pattern[str] | None:
        return re.compile(r[key]) if r.get(key) else None

    return one("two_sides_before"), one("two_sides_after"), one("two_sides_definite_after")


def _two_sides(text: str, q: Quantity, s_start: int) -> bool:
    """True for the two sides of a fight or a dispute ("clashes between two community militias",
    "a feud between two clans", "supporters of two rival candidates", "the two communities"; rules
    ``two_sides_before``, ``two_sides_after``, ``two_sides_definite_after``): the parties, no count of objects."""
    if q.value != 2 or q.qualifier != "exact":
        return False
    before, after, definite = _sides_cue()
    if before is not None and before.search(text, max(s_start, q.start - 16), q.start) is not None:
        return True
    if after is not None and after.match(text, q.end) is not None:
        return True
    return (definite is not None and definite.match(text, q.end) is not None
            and _THE_BEFORE.search(text, max(s_start, q.start - 5), q.start) is not None)


_THE_BEFORE = re.compile(r"(?i)\bthe\s+$")


@cache
def _witness_cues() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]] | None:
    r = load_rules("figures.json")
    keys = ("source_witnesses_noun", "source_witnesses_speak", "source_witnesses_before")
    if not all(r.get(k) for k in keys):
        return None
    noun, speak, before = (re.compile(r[k]) for k in keys)
    return noun, speak, before


def _source_witnesses(text: str, q: Quantity, s_start: int) -> bool:
    """True for the count of the witnesses a text cites or heard as its source ("according to three
    witnesses", "16 witnesses said", "the court heard 23 witnesses"; rules ``source_witnesses_*``):
    who tells the account, no count about the incident."""
    cues = _witness_cues()
    if cues is None:
        return False
    noun, speak, before = cues
    m = noun.match(text, q.end)
    if m is None:
        return False
    return speak.match(text, m.end()) is not None or before.search(text, max(s_start, q.start - 40), q.start) is not None


@cache
def _speaks_next() -> re.Pattern[str] | None:
    pattern = load_rules("figures.json").get("name_number_speaks")
    return re.compile(pattern) if pattern else None


def _speaking_name(text: str, q: Quantity, s_start: int) -> bool:
    """True for digits that end a capitalised name which then speaks ("a spokesman for Rescue 1122
    said", "Channel 12 reported", rules ``name_number_speaks``): part of the speaker's name, no count."""
    cue = _speaks_next()
    if cue is None or not text[q.start:q.end].isdigit() or not cue.match(text, q.end):
        return False
    prev = _PREV_WORD.search(text, s_start, q.start)
    return prev is not None and prev.group(1)[0].isupper() and prev.end() == q.start


def _in_name(text: str, q: Quantity, s_start: int, rule: str) -> bool:
    """True for a number word inside a name, capitalised with the word after it in mid-sentence
    ("the Ten Commandments", "the Three Gorges"), or digits right after a capitalised word in
    mid-sentence that count nothing named after them ("a Boeing 777 flying from ...", "Route 66
    runs") or come before a singular noun ("a Mk 82 bomb"): no count."""
    if text[q.start:q.end].isdigit() and rule.startswith("other."):
        prev = _PREV_WORD.search(text, s_start, q.start)
        if not (prev is not None and prev.group(1)[0].isupper() and prev.start(1) > s_start
                and text[s_start:prev.start(1)].strip(" \t\n\"'“‘([—–-")):
            return False
        if rule == "other.generic":
            return True
        nxt = _NEXT_WORD.match(text, q.end)  # "a Mk 82 bomb": a model before a singular noun
        return nxt is not None and nxt.group(1).islower() and not nxt.group(1).endswith("s")
    if rule != "other.generic":
        return False
    if not text[q.start:q.end].isalpha() or not text[q.start].isupper():
        return False
    if not text[s_start:q.start].strip(" \t\n\"'“‘([—–-"):
        return False  # sentence-initial: capitalised anyway
    nxt = _NEXT_WORD.match(text, q.end)
    return nxt is not None and nxt.group(1)[0].isupper()


@cache
def _section_number_rx() -> re.Pattern[str] | None:
    """Rule ``section_number``: a line's opening section or item number ("2.1 ", "4. ")."""
    pattern = load_rules("figures.json").get("section_number")
    return re.compile(pattern, re.MULTILINE) if pattern else None


def _section_number(text: str, q: Quantity) -> bool:
    """True for a number that opens its line as a section or item number ("2.1 X district, 3 May.",
    "4. Clearance"): it numbers the text and counts nothing."""
    rx = _section_number_rx()
    if rx is None or q.start != q.num_start:
        return False
    line_start = text.rfind("\n", 0, q.start) + 1
    if text[line_start:q.start].strip(" \t"):
        return False
    m = rx.match(text, line_start)
    return m is not None and m.end() > q.start and text[q.start:m.end()].rstrip(" \t.").replace(".", "").isdigit()


_OF_BEFORE = re.compile(r"\b(?:of|from)\s+$", re.IGNORECASE)


_STOP_WORD = re.compile(rf"{_STOPWORD}|nor|so|yet|were|was|are|is|had|has|have", re.IGNORECASE)
_COUNTED_PHRASE_GAP = re.compile(r"(?:[ \t]+[A-Za-z][\w'’-]*){1,3}[ \t]+(?:of|from)[ \t]+", re.IGNORECASE)


def _of_one(text: str, q: Quantity, s_start: int, found: list[Quantity]) -> bool:
    """True for "one" after "of"/"from" before a singular noun in the phrase of a count before it ("six
    members of one family were killed"): a determiner inside the counted noun's phrase, no count of its
    own. Without such a count, "the death of one protester" counts one."""
    if text[q.start:q.end].lower() != "one" or not _OF_BEFORE.search(text, max(s_start, q.start - 8), q.start):
        return False
    nxt = _NEXT_WORD.match(text, q.end)
    if (nxt is None or not nxt.group(1).islower() or nxt.group(1).endswith("s")
            or _STOP_WORD.fullmatch(nxt.group(1))):
        return False
    return any(p.end <= q.start and _COUNTED_PHRASE_GAP.fullmatch(text, p.end, q.start) for p in found if p is not q)


_NEXT_WORD = re.compile(r"[ \t]+([A-Za-z][\w'’-]*)")
_PREV_WORD = re.compile(r"([A-Za-z][\w'’-]*)[ \t]+$")
_PARTITIVE = re.compile(r"\s+of\b", re.IGNORECASE)


_LIST_GAP = re.compile(r"\s*(?:[\w'’\-]+\s+){0,3}?[\w'’\-]+\s*(?:,\s*(?:and\s+)?|\s+and\s+)$")


@cache
def _list_gap_post() -> re.Pattern[str]:
    """A list member's group noun with one phrase after it (rules ``post_modifier_prepositions``): "nine
    officers of the border police and three guards lost their lives"."""
    preps = "|".join(load_rules("figures.json").get("post_modifier_prepositions", [])) or "(?!)"
    return re.compile(rf"\s*(?:[\w'’\-]+\s+){{0,2}}?[\w'’\-]+\s+(?:{preps})\s+(?:the\s+)?(?:[\w'’\-]+\s+){{0,2}}?"
                      rf"[\w'’\-]+\s*(?:,\s*(?:and\s+)?|\s+and\s+)$")


_PLACE_TAIL = re.compile(r"(?:\s+[\w'’\-]+){0,4}?\s+(?:in|at|from)\s+(?:the\s+)?[A-Z][\w'’\-]+(?:[\s-]+[A-Z][\w'’\-]+){0,2}"
                         r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)$")
_PLACE_NEXT = re.compile(r"\s+(?:in|at|from)\s+(?:the\s+)?[A-Z]")


def _place_list_member(text: str, q: Quantity, prev: FigureMatch | None, after_end: int) -> tuple[str, str | None, str] | None:
    """"85 villages in Zangilan, 127 in Lachin and 51 in Fuzuli", "killed 12 people in Kharkiv, 4 in
    Sumy": a bare number followed by "in <Place>" after such a figure counts the same thing at another
    place. RETURNS its (kind, what, rule), the rule marked ``+place_list`` (also on ``prev``)."""
    if prev is None or prev.subgroup or q.vague or prev.quantity.vague:
        return None
    if not _PLACE_NEXT.match(text, q.end, after_end) or not _PLACE_TAIL.fullmatch(text, prev.end, q.start):
        return None
    if "+place_list" not in prev.rule:
        prev.rule += "+place_list"
    return prev.kind, prev.what, prev.rule.split("+", 1)[0] + "+place_list"


_SOURCE_NEXT = re.compile(r"\s+(?:from|by|according\s+to)\s+(?:the\s+)?[A-Z]")
_SOURCE_TAIL = re.compile(r"\s+(?:from|by|according\s+to)\s+[^,;.()\d]{1,80}?\s*(?:,\s*(?:and\s+)?|\s+and\s+)$")


def _source_list_member(text: str, q: Quantity, prev: FigureMatch | None, after_end: int) -> tuple[str, str | None, str] | None:
    """"estimates of 130 from the city council and 150 from the Red Cross": a bare number followed by
    "from <Named source>" after such a figure counts the same thing by another source. RETURNS its (kind,
    what, rule), the rule marked ``+source_list`` (also on ``prev``): each count is a claim of its own."""
    if prev is None or prev.subgroup or q.vague or prev.quantity.vague:
        return None
    if not _SOURCE_NEXT.match(text, q.end, after_end) or not _SOURCE_TAIL.fullmatch(text, prev.end, q.start):
        return None
    if "+source_list" not in prev.rule:
        prev.rule += "+source_list"
    return prev.kind, prev.what, prev.rule.split("+", 1)[0] + "+source_list"


def _propagate_lists(text: str, out: list[FigureMatch]) -> None:
    """"3 guards, 2 drivers and 1 medic were killed", "no fewer than 9 raiders and five police officers
    were killed": the cue after the last member applies to every counted group of the list; members
    are marked ``+list`` (parts, not a total)."""
    for idx in range(len(out) - 1, 0, -1):
        cur, prev = out[idx], out[idx - 1]
        if cur.kind not in KINDS or cur.subgroup or not (cur.rule.endswith((".after", ".after+distributed")) or "+list" in cur.rule):
            continue
        if prev.subgroup or prev.kind != "other" or not (prev.group or prev.rule in ("other.people", "other.generic")):
            continue
        if prev.quantity.qualifier == "vague" or not (_LIST_GAP.fullmatch(text, prev.end, cur.start)
                                                        or _list_gap_post().fullmatch(text, prev.end, cur.start)):
            continue
        if _WHOLE_BEFORE.search(text, max(0, prev.start - 20), prev.start):
            continue  # "Of the 30 passengers, 12 were killed": the whole the part is taken from, no list member
        if idx >= 2 and out[idx - 2].subgroup and _SUBGROUP_LIST_GAP.fullmatch(text, out[idx - 2].end, prev.start):
            continue  # "32 dead, including 4 women and 2 children, and 11 wounded": the children close the sub-groups' list
        prev.kind, prev.what = cur.kind, None
        prev.rule = f"{cur.kind}.after+list"
        if "+list" not in cur.rule:
            cur.rule += "+list"


# between a part of a whole and the next part: a few words, then "and" (no comma: "..., and 11 wounded" is a new count)
_NEXT_PART_GAP = re.compile(r"\s*(?:[\w'’\-]+\s+){0,4}?[\w'’\-]+\s+and\s+")
# a whole, then a part of it that counts nothing of its own and "and" the next part: "52 wounded, 30 of them
# with burns and 22 with bullet wounds"
_PART_THEN_NEXT = re.compile(r"(?:\s*[\w'’\-]+)?\s*,\s*[\w'’\-]+\s+of\s+(?:them|whom)\b[^,;.:\d]{0,50}?\s+and\s+")
_SUBGROUP_LIST_GAP = re.compile(r"\s*(?:[\w'’\-]+\s+){0,2}?[\w'’\-]+\s+and\s+$")  # "4 women and 2 children"
_WHOLE_BEFORE = re.compile(r"(?i)\b(?:of|among|out\s+of)\s+(?:the|these|those|its|their)?\s*$")
_COORD_WORD = re.compile(r"[\w'’]+")
_COORD_JOIN = re.compile(r",|\band\b")
_COORD_BREAK = re.compile(r"\b(?:said|says|while|whereas|but|including|according)\b", re.IGNORECASE)


def _coordinated(between: str) -> bool:
    """True when two figures are joined like "five killed and seven wounded"."""
    words = _COORD_WORD.findall(between)
    return len(words) <= 7 and bool(_COORD_JOIN.search(between)) and not _COORD_BREAK.search(between)


def find_negations(text: str, s_start: int, s_end: int) -> list[tuple[int, int, str, str]]:
    """``(start, end, kind, rule)`` for "no casualties"-style zero figures in a sentence."""
    out: list[tuple[int, int, str, str]] = []
    C = _cues()
    low = lowered(text)
    if C.negation_trigger.search(text, low, s_start, s_end) is None:
        return out
    for i, (cue, kinds) in enumerate(C.negation):
        for m in cue.finditer(text, low, s_start, s_end):
            for kind in kinds:
                out.append((m.start(), m.end(), kind, f"negation.{i}"))
    return out


_NP_GROUPS = ("np", "np2", "np3", "np4", "np5", "np6", "np7", "np8", "np9", "np10", "np11", "np12", "np13")


def find_singulars(text: str, s_start: int, s_end: int, skip: frozenset[str] | set[str] = frozenset(),
                   present: set[str] | None = None) -> list[tuple[int, int, str, str]]:
    """``(start, end, kind, rule)`` for one singular victim ("a civilian was killed") in a sentence.

    present (set[str] | None): the kinds whose verbs occur in the sentence, when already known.
    """
    out: list[tuple[int, int, str, str]] = []
    R = rules()
    if not R.singular:
        return out
    if present is None:
        present = {k for vm in R.singular_verbs.finditer(text, s_start, s_end) for k, v in vm.groupdict().items() if v}
    for (kind, _verb, _rx), rx in zip(R.singular, R.singular_split, strict=True):
        if kind not in present or kind in skip:
            continue
        m = rx.search(text, s_start, s_end)
        while m is not None:
            g = next(n for n in _NP_GROUPS if n in m.re.groupindex and m.group(n))
            if not any(i.start() < m.end(g) and m.start(g) < i.end() for i in R.singular_idioms.finditer(text, s_start, s_end)):
                out.append((m.start(g), m.end(g), kind, f"{kind}.singular"))
                break
            m = rx.search(text, m.end(g), s_end)
    return out


# what every match of ``_pair_rules``' regexes holds ("... and his ..."), on the text lower-cased (``caseless_text``):
# a literal first, which re finds at C speed
_PAIR_GATE = re.compile(r"and\s+h(?:is|er)\s")


@cache
def _pair_rules() -> tuple[tuple[str, re.Pattern[str]], ...]:
    """Per kind, "a man and his son were killed", "he and his wife were injured": two victims."""
    r = load_rules("figures.json")
    spec, kin = r.get("singular"), r.get("pair_kin")
    if not spec or not kin:
        return ()
    person = rf"(?:\b(?:a|an|the)\s+(?:[\w'’-]+\s+)?(?:{_alt(spec['nouns'])})|\b(?:he|she))"
    return tuple(
        (kind, re.compile(rf"(?P<pair>{person}\s+and\s+(?:his|her)\s+(?:{_alt(kin)}))\s+(?:were|have\s+been|had\s+been)\s+"
                          rf"(?:\w+ly\s+)?(?:{_alt(verbs)})\b", re.IGNORECASE))
        for kind, verbs in spec["verbs"].items())


def find_pairs(text: str, s_start: int, s_end: int, kinds: set[str]) -> list[tuple[int, int, str, str]]:
    """``(start, end, kind, rule)`` for two victims named as a person and a relative in a sentence."""
    out: list[tuple[int, int, str, str]] = []
    low = caseless_text(text)
    if low is not None and _PAIR_GATE.search(low, s_start, s_end) is None:
        return out  # (every match holds "and his" or "and her": a sentence without it has none)
    for kind, rx in _pair_rules():
        if kind in kinds:
            m = rx.search(text, s_start, s_end)
            if m is not None:
                out.append((m.start("pair"), m.end("pair"), kind, f"{kind}.pair"))
    return out


@dataclass(frozen=True)
class _VagueRules:
    # case-insensitive; each runs case-sensitively over the lower-cased text when it can (``fastre.Caseless``):
    # only offsets and which groups took part are read from their matches
    words: Caseless  # a plural quantifier with no number ("many", "numerous")
    nouns: tuple[tuple[Caseless, tuple[str, ...], dict[str, int]], ...]  # bare casualty nouns: a named group and own low per kind
    hedge: Caseless  # shortly before: no assertion ("unknown whether it resulted in deaths")
    value: int
    low: int


@cache
def _vague_rules() -> _VagueRules | None:
    """Compile ``vague_casualties`` of ``rules/figures.json`` (once); ``None`` when absent."""
    spec = load_rules("figures.json").get("vague_casualties")
    if not spec:
        return None
    return _VagueRules(
        # the quantifier looked for first: the look-behinds of ``words_before`` then hold at few positions
        words=Caseless(rf"(?=\b(?:{_alt(spec['words'])})\b){spec['words_before']}\b(?P<q>{_alt(spec['words'])})\b", gate=True),
        nouns=tuple((Caseless(n["pattern"], gate=True), tuple(n["kinds"]), dict(n.get("low", {}))) for n in spec["nouns"]),
        hedge=Caseless(rf"(?:{spec['hedge']})[^.;:]{{0,60}}$", gate=True),
        value=int(spec["value"]), low=int(spec["low"]),
    )


def _vague_value() -> int:
    """The value of a vague casualty figure (``vague_casualties.value``)."""
    V = _vague_rules()
    return V.value if V is not None else 0


def find_vague(text: str, s_start: int, s_end: int, skip: set[str]) -> list[tuple[int, int, str, str, str | None, int]]:
    """``(start, end, kind, rule, group, low)`` for casualties a sentence states with no number: a plural
    quantifier the cues classify as a casualty count ("many of the wounded later died", "killed and
    injured many civilians") or a bare casualty noun ("the raids resulted in deaths and injuries").
    Kinds in ``skip`` (the sentence counts them) are left out; so are hedged statements."""
    V = _vague_rules()
    if V is None:
        return []
    R = rules()
    out: list[tuple[int, int, str, str, str | None, int]] = []
    for m in V.words.finditer(text, s_start, s_end):
        start, end = m.start("q"), m.end("q")
        if V.hedge.search(text, s_start, start):
            continue
        # "many of those freed later died": the partitive's participle is no cue, the verb after it is
        part = _VAGUE_PARTITIVE.match(text, end, s_end)
        q = Quantity(start, part.end() if part else end, V.value, "vague", V.low, None, start, vague=True)
        kind, _, rule = _classify(text, q, s_start, min(s_end, q.end + 90), R, s_end)
        gs = _group_at(text, end, s_end, R)
        if kind not in CASUALTY_KINDS or kind in skip:
            continue
        if not (rule.endswith(".before") or part or gs or _VAGUE_SUBJECT.match(text, end, s_end)):
            continue  # "in many cases soldiers were killed": the quantifier counts something else
        group = text[gs[0]:gs[1]] if gs is not None else None
        out.append((start, end, kind, f"{rule}+vague_word", None if group in ("people", "persons") else group, V.low))
        skip = skip | {kind}
    for rx, kinds, lows in V.nouns:
        for m in rx.finditer(text, s_start, s_end):
            if V.hedge.search(text, s_start, m.start()):
                continue
            for kind in kinds:
                if kind in skip or kind not in m.re.groupindex or m.start(kind) < 0:
                    continue
                out.append((m.start(kind), m.end(kind), kind, f"{kind}.vague_noun", None, lows.get(kind, V.low)))
                skip = skip | {kind}
    return out


@cache
def _aged_harm() -> Caseless | None:
    """``object_figures.aged_harm``: what must befall an object in its sentence for its age to be a figure (case-
    insensitive, run case-sensitively over the lower-cased text when it can: ``fastre.Caseless``; a long stretch
    without it is told at C speed)."""
    pattern = (load_rules("figures.json").get("object_figures") or {}).get("aged_harm")
    return Caseless(pattern, gate=True) if pattern else None


@cache
def _object_rules() -> tuple[Caseless | None, Caseless | None]:
    """``object_figures`` of ``rules/figures.json``: (none_left, aged), compiled once, case-insensitive (run
    case-sensitively over the lower-cased text when they can, ``fastre.Caseless``: their groups' words are
    read lower-cased, their offsets are the text's)."""
    spec = load_rules("figures.json").get("object_figures") or {}
    nouns = spec.get("nouns", "")

    def comp(key: str) -> Caseless | None:
        return Caseless(spec[key].replace("{nouns}", nouns), gate=True) if spec.get(key) else None

    return comp("none_left"), comp("aged")


def find_object_figures(text: str, s_start: int, s_end: int) -> list[tuple[int, int, Quantity, str, str]]:
    """``(start, end, quantity, what, rule)`` for object counts with no number before the noun: "not a
    single house was left" (0 houses) and "a 200-year-old mosque" (the mosque's age in years)."""
    none_left, aged = _object_rules()
    out: list[tuple[int, int, Quantity, str, str]] = []
    if none_left is not None:
        for m in none_left.finditer(text, s_start, s_end):
            q = Quantity(m.start(), m.end(), 0, "exact", 0, 0, m.start())
            out.append((m.start(), m.end(), q, m.group("what").lower(), "other.none_left"))
    harm = _aged_harm()
    if aged is not None and "old" in text[s_start:s_end] and (harm is None or harm.search(text, s_start, s_end)):
        for m in aged.finditer(text, s_start, s_end):
            qs = find_quantities(text, m.start("n"), m.end("n"))
            if len(qs) == 1 and qs[0].qualifier == "exact" and not qs[0].vague:
                q = qs[0]
                out.append((q.start, q.end, q, f"age of {m.group('what').lower()} (years)", "other.aged"))
    return out


def _object_gate(text: str) -> GateIndex | None:
    """Where ``find_object_figures`` may find something in ``text``: a match of ``none_left`` or ``aged``."""
    pats = [p for p in _object_rules() if p is not None]
    return GateIndex.build(pats, text) if pats else None


def _vague_gate(text: str) -> GateIndex | None:
    """Where ``find_vague`` may find something in ``text``: a match of its quantifier words or casualty nouns."""
    V = _vague_rules()
    return GateIndex.build([V.words, *(n[0] for n in V.nouns)], text) if V is not None else None


_VAGUE_PARTITIVE = re.compile(r"\s+of\s+(?:those|these|the|them)\b(?:\s+(?!(?:were|was|are|is|had|have|who|that)\b)[a-z][\w'’-]*)?",
                              re.IGNORECASE)
_VAGUE_SUBJECT = re.compile(r"\s+(?:were|was|are|have|had|died|perished)\b", re.IGNORECASE)

_singular_cue: list[tuple[_Rules, Cue]] = []  # the cue registered for the current rules


def _singular_scan() -> bool:
    """Register the singular-victim verbs with the shared scan of the text's cues (extract.scan)."""
    R = rules()
    if R.singular_verbs_low is None:
        return False
    if not _singular_cue or _singular_cue[0][0] is not R:
        body = _verb_body(load_rules("figures.json").get("singular"))
        _singular_cue[:] = [(R, Cue(R.singular_verbs_low, re.compile(body, re.IGNORECASE)))]
    register("figures.singular_verbs", _singular_cue[0][1])
    return True


_REFERENCE = re.compile(r"\[\d{1,3}\]")  # a reference marker of an encyclopaedia text ("killed 40[8] children")


@cache
def _age_rx() -> tuple[re.Pattern[str] | None, re.Pattern[str] | None, re.Pattern[str] | None]:
    """Rules ``age_phrases`` ("aged between 9 and 14"), ``age_apposition`` ("X Y, 44, a driver") and ``age_of``
    ("a boy of about twelve")."""
    r = load_rules("figures.json")
    phrases, appos, of = r.get("age_phrases"), r.get("age_apposition"), r.get("age_of")
    return (re.compile(phrases, re.IGNORECASE) if phrases else None, re.compile(appos) if appos else None,
            re.compile(of, re.IGNORECASE) if of else None)


@cache
def _age_scans() -> tuple[Caseless | None, Caseless | None]:
    """``_age_rx()``'s case-insensitive regexes (``age_phrases``, ``age_of``) run case-sensitively on the lower-cased
    text (``fastre.Caseless``: matches with the offsets and groups' spans of the regexes as written)."""
    phrases, _, of = _age_rx()
    return (Caseless(phrases.pattern, gate=True) if phrases is not None else None,
            Caseless(of.pattern, gate=True) if of is not None else None)


def _blanked(text: str, matches: Iterator[re.Match[str]], group: int = 0) -> str:
    """``text`` with the ``group`` of each of ``matches`` (ascending, not overlapping, offsets into ``text``)
    blanked out (same length): what ``rx.sub`` gives for the matches of ``rx`` in ``text`` replacing the group by as many spaces;
    ``text`` itself when there are none (a group that took no part blanks nothing)."""
    parts: list[str] = []
    last = 0
    for m in matches:
        a, b = m.start(group), m.end(group)
        if a >= 0:
            parts.append(text[last:a])
            parts.append(" " * (b - a))
            last = b
    if not parts:
        return text
    parts.append(text[last:])
    return "".join(parts)


def mask_non_counts(text: str) -> str:
    """``text`` with its reference markers ("[8]") and ages (rules ``age_phrases``, ``age_apposition``, ``age_of``) blanked
    out (same length, same offsets): they are no count, and the words around them read as if they were not
    there ("At least 40[8] children were killed", "three girls aged between 8 and 12 were wounded")."""
    phrases, of = _age_scans()
    appos = _age_rx()[1]  # (case-sensitive; it opens with a comma: re skips to the commas at C speed)
    # read on the document's lower-cased copy, before the markers are blanked (a marker holds no letter)
    aged = phrases is not None and "aged" in lower_copy(text)
    if "[" in text:
        text = _REFERENCE.sub(lambda m: " " * len(m.group()), text)
    if phrases is not None and aged:
        text = _blanked(text, phrases.finditer(text))
    if appos is not None and ", " in text:
        text = _blanked(text, appos.finditer(text), 1)
    if of is not None and "of" in text:
        text = _blanked(text, of.finditer(text))
    return text


def figures(doc: Doc) -> Doc:
    """Component: fill the "figures" layer from ``doc.sentences`` (dates block their numbers)."""
    text = mask_non_counts(doc.text)
    blocked = [(m.start, m.end) for m in doc.spans.get("dates", [])]
    layer = doc.layer("figures")
    R = rules()
    low = lowered(text)
    if R.singular_verbs_low is not None and low is not None and _singular_scan():
        verbs = iter(scanned(text, low, "figures.singular_verbs"))  # the shared scan (extract.scan)
    else:
        verbs = R.singular_verbs.finditer(text)
    verb_hits = [(vm.start(), vm.lastgroup or "") for vm in verbs]
    verb_pos = [h[0] for h in verb_hits]
    # the sentences in which object counts or vague casualties may be found (their patterns' gates; None: all)
    objects_gate, vague_gate = _object_gate(text), _vague_gate(text)
    bi = 0
    for s in doc.sentences:
        while bi < len(blocked) and blocked[bi][1] <= s.start:
            bi += 1
        local = [b for b in blocked[bi:bi + 12] if b[0] < s.end]
        found: list[Mention] = []
        for f in find_figures(text, s.start, s.end, local):
            data: dict[str, Any] = {
                "value": f.quantity.value, "qualifier": f.qualifier, "low": f.low, "high": f.high,
                "what": f.what, "group": f.group, "subgroup": f.subgroup, "total": f.total,
            }
            found.append(Mention(f.start, f.end, f.kind, data, f.rule))
        seen = {(m.label) for m in found}
        for start, end, kind, rule in find_negations(text, s.start, s.end):
            if kind in seen:
                continue
            seen.add(kind)
            data = {"value": 0, "qualifier": "exact", "low": 0, "high": 0, "what": None, "group": None, "subgroup": False}
            found.append(Mention(start, end, kind, data, rule))
        seen = {m.label for m in found if not m.data.get("subgroup")}
        lo, hi = bisect.bisect_left(verb_pos, s.start), bisect.bisect_left(verb_pos, s.end)
        present = {verb_hits[i][1] for i in range(lo, hi)}
        for start, end, kind, rule in (find_pairs(text, s.start, s.end, present - seen) if present else ()):
            seen.add(kind)
            data = {"value": 2, "qualifier": "exact", "low": 2, "high": 2, "what": None, "group": None, "subgroup": False}
            found.append(Mention(start, end, kind, data, rule))
        for start, end, kind, rule in (find_singulars(text, s.start, s.end, seen, present) if present else ()):
            if kind in seen:
                continue
            seen.add(kind)
            data = {"value": 1, "qualifier": "exact", "low": 1, "high": 1, "what": None, "group": None, "subgroup": False}
            found.append(Mention(start, end, kind, data, rule))
        for start, end, q, what, rule in (find_object_figures(text, s.start, s.end)
                                          if objects_gate is None or objects_gate.may_match(s.start, s.end) else ()):
            if not any(m.start < end and start < m.end for m in found):
                data = {**q.as_data(), "what": what, "group": None, "subgroup": False, "total": False}
                found.append(Mention(start, end, "other", data, rule))
        for start, end, kind, rule, group, least in (find_vague(text, s.start, s.end, seen)
                                                     if vague_gate is None or vague_gate.may_match(s.start, s.end) else ()):
            seen.add(kind)
            data = {"value": _vague_value(), "qualifier": "vague", "low": least, "high": None,
                    "what": None, "group": group, "subgroup": False}
            found.append(Mention(start, end, kind, data, rule))
        if not found and layer:
            line = _source_line(text, s.start, s.end, layer[-1])
            if line is not None:
                found.append(line)
        found.sort(key=lambda m: m.start)
        layer.extend(found)
    return doc


@cache
def _source_line_rx() -> re.Pattern[str] | None:
    pattern = load_rules("figures.json").get("source_line")
    return re.compile(pattern, re.IGNORECASE) if pattern else None


def _source_line(text: str, start: int, end: int, prev: Mention) -> Mention | None:
    """The figure of a line that is only a number and its source ("About 29 (per the Red Crescent)") right under a
    line whose last figure is sourced the same way: that figure's kind and thing, by another source (rules
    ``source_line``); else ``None``."""
    rx = _source_line_rx()
    between = text[prev.end:start]
    if rx is None or prev.data.get("subgroup") or between.count("\n") != 1 or not rx.search(between.split("\n", 1)[0]):
        return None  # (the line right above, its figure sourced in brackets)
    qs = find_quantities(text, start, end)
    if len(qs) != 1 or qs[0].vague or text[start:qs[0].start].strip() or not rx.fullmatch(text, qs[0].end, end):
        return None
    q = qs[0]
    data: dict[str, Any] = {**q.as_data(), "what": prev.data.get("what"), "group": None, "subgroup": False, "total": False}
    return Mention(q.start, q.end, prev.label, data, prev.rule.split("+", 1)[0] + "+source_line")


component = Component(name="figures", func=figures, requires=("sentences", "dates"), assigns=("figures",))
