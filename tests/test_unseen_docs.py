"""Regression guard: own-written whole documents in styles and conflicts the dev gold lacks, built and
scored field by field against gold coded by hand before the extractor ran
(``tests/data/unseen/<set>/gold.jsonl``).

- ``unseena``: the Sahel, Myanmar, Colombia, the eastern DR Congo (documents next to the gold,
  ``manifest.jsonl``).
- ``unseenb``: a wire report, a ministry press release, an NGO quarterly update, a live blog, a
  correction, local news with relative dates, an interview, a disputed toll (``corpus/``,
  ``corpus.jsonl``).
- ``unseenc``: a translated statement with European dates, a Q&A explainer, a court judgment summary,
  a parliamentary written answer, a monitoring brief in table-like lines, a police spot report, a web
  article with byline and caption, an obituary-style report (``corpus/``, ``corpus.jsonl``).
- ``unseend``: a radio bulletin transcript, a military daily briefing, a social-media roundup, a
  humanitarian flash appeal, an armed group's communique, a fact check, a translated regional paper,
  a long read over several incidents (``corpus/``, ``corpus.jsonl``); scored on first contact.
- ``unseene``: a press briefing with questions, an NGO security forum digest, a letter to the Security
  Council, an OSINT imagery analysis (an HTML page: scored on the text ingest stores), an election-violence
  monitor, a wire story with its earlier versions, a hospital situation report, a maritime incident report
  (``corpus/``, ``corpus.jsonl``); scored on first contact.
- ``unseenf``: a county commissioner's statement, an encyclopedia article with infobox and timeline, a
  human-rights commission letter, a newsletter, a government fact sheet, a local journalist's blog, a
  humanitarian operational update, a fact-finding report (``corpus/``, ``corpus.jsonl``).
- ``unseeng``: historic and archive text: a released embassy cable, a truth-commission case, a 1999 wire
  report, a tribunal indictment, a 1972 parliamentary debate, an exhumation report, a historian's book,
  an anniversary piece (``corpus/``, ``corpus.jsonl``).
  Sets f and g were written while sets d and e were tuned on; they were scored first with extractor 0.9.0
  and tuned on in the round after.
- ``unseenh``: a landmine and explosive-remnants casualty bulletin, a journalist-safety alert, a
  school-attacks monitor log, a detention bulletin, a medical journal abstract, a humanitarian dashboard,
  a translated diaspora news page, a report of a police press conference, a parliamentary resolution's
  preamble, a remembrance timeline (``corpus/``, ``corpus.jsonl``). Written while sets e-g were tuned on
  and never tuned on itself in that round; tuned on (types, dates, figures, places, speakers) in the next.
- ``unseeni``: a news-agency wire with a revised toll, a police press release, an NGO report excerpt, a
  local newspaper, a UN situation update, a witness-based investigation, a think-tank monthly tracker, a
  corrections box, a TV news transcript, a peacekeeping press release, sentencing remarks, a trade union
  statement (``corpus/``, ``corpus.jsonl``). Written and scored (extractor 0.10.0) before the round that
  tuned on set h, and never tuned on: the honest first-contact figure for text of a new kind.
- ``unseenj``: a wire report, an interior ministry statement, an NGO report excerpt, a local newspaper,
  a UN situation update, a witness-based investigation, a travel security advisory, a memorial's victim
  register, a church statement, an election observers' statement, a book review, a parliamentary record
  of oral answers (``corpus/``, ``corpus.jsonl``). Written at the end of the round that tuned on set h and
  scored once with extractor 0.11.0; never tuned on until the round after 0.12.0 (places and dates).
- ``unseenk``: a wire report, a defence ministry statement, an NGO report excerpt, a local newspaper, a UN
  agency situation report, a witness-based investigation, a radio monitoring digest, a photo caption set
  with a correction, a health cluster bulletin, a coroner's inquest findings, a senate committee report, an
  almanac chronology (``corpus/``, ``corpus.jsonl``). Written in the round that tuned on set i, scored with
  extractor 0.11.0, 0.12.0 and 0.13.0 as totals only; tuned on in the round after 0.13.0 (places, dates,
  sections, speakers).
- ``unseenl``: a humanitarian flash update in bullet points, a fact check weighing two sides' counts, a police
  control room's incident log with times, a translated radio bulletin, a military after-action summary, a
  truth-commission finding, a live blog with timestamps and a correction, a parliamentary written question with its
  answer, a criminal judgment excerpt, an aid worker's blog, an obituary notice, a press-conference transcript with
  questions (``corpus/``, ``corpus.jsonl``). Written after the round that tuned on set i and scored once with
  extractor 0.12.0 (totals only); tuned on (places, speakers, figures, dates, types) in the round after 0.13.0.
- ``unseenm``: a wire brief with a dateline, a hospital's numbered medical bulletin, a Security Council press
  statement, a monthly casualty table written out by district, a letter to the Secretary-General with the other side's
  communique annexed, an encyclopedia entry with an infobox, an indictment in counts, an NGO press release with a quoted
  spokesperson, a first-person eyewitness testimony, a newspaper article quoting a social-media thread, an op-ed, a
  numbered weekly security report (``corpus/``, ``corpus.jsonl``); conflicts and periods no other set uses. Written in
  the round that tuned on sets k and l and scored once with extractor 0.13.0 (totals only); tuned on in the round
  after 0.14.0 (figures, dates, places of report prose).
- ``unseenn``: a ceasefire monitoring cell's numbered spot report, a human-rights annual report chapter with yearly
  aggregates, a parliamentary committee hearing transcript, a monitoring translation of a local radio bulletin with
  doubled words, an NGO urgent action appeal, a mosque community newsletter, a regional news roundup of short items, a
  satellite-imagery note counting destroyed structures, a newspaper corrections column revising tolls, a court verdict
  summary in the passive voice, a protection working group's dashboard turned to prose, a battalion war diary with
  timed entries (``corpus/``, ``corpus.jsonl``); conflicts and periods no other set uses. Written in the round that
  tuned on set m and scored once with extractor 0.14.0 (totals only); tuned on in the round after 0.15.0 (log
  headings, places abroad, negations, transcript labels, report dates).
- ``unseeno``: a radio newsroom's live blog with timed entries newest first, a wire story's second update with the
  revised toll in its second paragraph, a fact check rating two viral posts, a press conference transcript with
  reporters' questions, a municipal council's minutes in numbered items, a history podcast's show notes with
  timestamps, a soldier's witness statement with counsel's questions, a foreign parliament's written answer, a
  residents' memorial notice, a listed company's stock exchange announcement, a church commission's incident list in
  bullet lines with a source per line, a humanitarian situation report in numbered paragraphs with percentages
  (``corpus/``, ``corpus.jsonl``); conflicts and periods no other set uses. Written in the round that tuned on set n
  and scored once with extractor 0.15.0 (totals only); tuned on in the round after 0.16.0 (place names, list items,
  address chains, sources in brackets, headline years).
- ``unseenp``: a security-risk consultancy's email alert, a wiki article with a timeline by day, a prosecutor's request
  for committal to trial in counts, a regional daily's front page with a byline and a correction line, a human-rights
  report annex of incidents in short paragraphs, a letter to the Security Council in numbered paragraphs, a Q&A
  interview with a district officer, a historian's numbered social-media thread, an observation mission's daily report
  with a casualties section, a military spokesman's statement and a residents' council reply printed in full, a
  casualty recording methodology note with monthly totals, an NGO newsletter with an "In numbers" box in prose
  (``corpus/``, ``corpus.jsonl``); conflicts and periods no other set uses. Written in the round that tuned on set o
  and scored once with extractor 0.16.0 (totals only); tuned on in the round after 0.17.0 (entry headings closed by
  a full stop, places detainees were moved to, kinds of wounds treated, "not seen since").
- ``unseenq``: a broadcast monitoring digest summarising radio stations by gmt time, a hospital emergency department's
  admissions register turned into prose with a table written as lines, a foreign ministry's readout of a telephone
  call, a correspondent's field notebook in terse dated entries, a school's parents' newsletter after an attack nearby,
  an insurance loss adjuster's report, an ombudsman's annual report chapter, an expert panel's report paragraphs with
  footnote markers, a dataset codebook's worked coding example with summary lines, a municipal assembly's motion with
  an explanatory statement, a parish bulletin, a police board of inquiry's press summary under an all-caps headline
  (``corpus/``, ``corpus.jsonl``); conflicts and periods no other set uses. Written in the round that tuned on set p
  and scored once with extractor 0.17.0 (totals only); never tuned on (its floors follow its totals).

A floor is the F1 reached when the set was checked claim by claim; raise it when a general fix lifts
the score, never lower it to make a change pass.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from claimledger import evaluate as ev
from claimledger.cli import app
from claimledger.ingest.readers import read_bytes
from claimledger.ledger import Ledger

UNSEEN = Path(__file__).resolve().parent / "data" / "unseen"

# per set: field -> F1 floor
FLOORS: dict[str, dict[str, float]] = {
    "unseena": {
        "claims": 0.92, "killed.strict": 0.88, "injured.strict": 0.84, "captured.strict": 1.0,
        "attributed_to": 0.84, "date.exact": 0.84, "place": 0.90, "type": 0.87,
        # type: a denial is of type 'denial' and records the type of the incident it denies (denied_type); the
        # eval counts either (this set's gold types its two denials 'denial'; dev and sets b-i by the incident)
    },
    "unseenb": {
        "claims": 0.90, "killed.strict": 0.96, "injured.strict": 0.99, "captured.strict": 0.79,
        "missing.strict": 0.99, "other_figures.value": 0.79, "attributed_to": 0.88, "date.exact": 0.87,
        "place": 0.86, "type": 0.69,
    },
    "unseenc": {
        # before the round that wrote it: claims 0.577, type 0.211, killed 0.508, injured 0.643,
        # captured 0.571, other 0.377, attribution 0.423, date 0.408, place 0.577
        "claims": 0.87, "type": 0.66, "killed.strict": 0.89, "injured.strict": 0.82, "captured.strict": 0.57,
        # (date 0.80: 'two days of fighting that began on Monday evening' is Monday to Wednesday)
        "other_figures.value": 0.64, "attributed_to": 0.81, "date.exact": 0.80, "place": 0.87,
    },
    "unseend": {
        # first contact (extractor 0.8.0): claims 0.462, type 0.132, killed 0.500, injured 0.518,
        # captured 1.0, missing 0.400, other 0.242, attribution 0.352, date 0.386, place 0.395
        # (attribution 0.72: once the asserted 'Kirkuk clash' claim is typed as the clash it names, the scorer's
        # type tie-break matches it instead of the Command's denial, whose attribution matched; both claims unchanged)
        "claims": 0.74, "type": 0.68, "killed.strict": 0.74, "injured.strict": 0.76, "captured.strict": 0.99,
        # (date 0.62: 'the night of Sunday to Monday' is one period)
        "missing.strict": 0.39, "other_figures.value": 0.38, "attributed_to": 0.72, "date.exact": 0.62,
        "place": 0.68,
    },
    "unseene": {
        # first contact (extractor 0.8.0): claims 0.569, type 0.277, killed 0.690, injured 0.706, captured 0.462,
        # missing 0.0, other 0.468, attribution 0.431, date 0.521, place 0.567
        # tuned on (places, attribution, dates) in the round after: below
        # (figures, places, speakers from set h's round: 'the missing, whose number X put at N', tolls put at N)
        "claims": 0.75, "type": 0.55, "killed.strict": 0.84, "injured.strict": 0.88, "captured.strict": 0.92,
        "other_figures.value": 0.79, "attributed_to": 0.69, "date.exact": 0.64, "place": 0.74,
    },
    "unseenf": {
        # extractor 0.8.0: claims 0.527, type 0.124, killed 0.535, injured 0.467, attribution 0.372,
        # date 0.425, place 0.484; 0.9.0 (never tuned on) below
        # 0.9.0: claims 0.574, attribution 0.403, place 0.532; tuned on (places, attribution, dates) after: below
        # (dates: refer-back phrases, finds and reports, times of death)
        # (date 0.68, type 0.46: 'in January this year' is that month)
        # (figures, places, speakers from set h's round: destinations crossed into, tolls put at, present-tense revisions)
        "claims": 0.83, "type": 0.56, "killed.strict": 0.84, "injured.strict": 0.86, "captured.strict": 0.60,
        "other_figures.value": 0.44, "attributed_to": 0.66, "date.exact": 0.69, "place": 0.80,
    },
    "unseeng": {
        # extractor 0.8.0: claims 0.423, type 0.130, killed 0.400, injured 0.500, attribution 0.260,
        # date 0.259, place 0.321; 0.9.0 (never tuned on) below
        # 0.9.0: claims 0.419, attribution 0.274, place 0.319; tuned on (places, attribution, dates) after: below
        # (dates: refer-back phrases, finds and reports, times of death)
        # (places: the dj spelling of a folded letter, where refugees reached, evacuated from an unknown name, a
        # unit's origin, an answer's question; attribution: transcript speaker labels)
        # (dates, round after: a bulletin's 'By <day>' and refugees' arrival days are reports: claims 0.742, killed
        # 0.764, date 0.488, place 0.655; 'in the previous 48 hours' a period: date 0.504)
        "claims": 0.75, "type": 0.51, "killed.strict": 0.78, "injured.strict": 0.70, "captured.strict": 0.88,
        "other_figures.value": 0.53, "attributed_to": 0.67, "date.exact": 0.50, "place": 0.66,
    },
    "unseenh": {
        # first contact (extractor 0.9.0) and 0.10.0 (never tuned on): the same on every field below
        # tuned on for types in the round after: type 0.206 -> below (date 0.33: a headline's ambush typed as the
        # clash it names, no longer as the bodies found, takes the document's date, the press conference's day)
        # tuned on for dates after (entry headings, weekdays of written days, a timeline's later reports, deaths of
        # found bodies, visits and deadlines as reports, periods): claims 0.663, date 0.485
        # tuned on for figures, places and speakers (dashboard label lines, section numbers and ages, singular
        # victims, demonyms, entry headings' places, speakers' venues, 'X reports', 'whose number X put at'): below
        "claims": 0.79, "type": 0.56, "killed.strict": 0.80, "injured.strict": 0.71, "captured.strict": 0.66,
        "missing.strict": 0.66, "other_figures.value": 0.62, "attributed_to": 0.75, "date.exact": 0.55, "place": 0.65,
    },
    "unseeni": {
        # first contact (extractor 0.10.0): claims 0.593, type 0.291, killed 0.647, injured 0.667, captured 0.364,
        # missing 0.800, other 0.426, attribution 0.482, date 0.384, place 0.550; never tuned on: 0.11.0 below
        # tuned on for dates (overnight, the night of a day at an evening hour, 'that day' across paragraphs, a day
        # opening its paragraph, periods and parts of years, record comparisons, finding days): date 0.395 -> 0.764
        # with the figure/place/attribution work of the same round
        # tuned on for types (denials typed by the incident they deny, people taken away or held, buildings
        # burned): type 0.312 -> 0.460 (first contact 0.291)
        # tuned on for figures, places and speakers (places taken from, reference points before 'where', hearings'
        # venues, named places in known areas, acronyms; kin victims, periods and fractions; pronoun, relative-clause
        # and hearsay speakers): claims 0.603 -> 0.794, killed 0.647 -> 0.846, injured 0.667 -> 0.842, captured
        # 0.500 -> 0.667, other 0.449 -> 0.594, attribution 0.492 -> 0.735, place 0.561 -> 0.753 (with the dates
        # and types of the same round)
        "claims": 0.79, "type": 0.45, "killed.strict": 0.84, "injured.strict": 0.84, "captured.strict": 0.66,
        "missing.strict": 0.80, "other_figures.value": 0.59, "attributed_to": 0.73, "date.exact": 0.75, "place": 0.75,
    },
    "unseenj": {
        # first contact (extractor 0.11.0): claims 0.438, type 0.260, killed 0.587, injured 0.400, captured 0.250,
        # missing 0.400, other 0.274, attribution 0.312, date 0.346, place 0.438; never tuned on, scored only as
        # totals: 0.12.0 (the round that tuned on set i): claims 0.490, type 0.302, killed 0.602, injured 0.400,
        # captured 0.250, missing 0.400, other 0.310, attribution 0.323, date 0.396, place 0.490
        # tuned on (places and dates: a country told before a town of a later paragraph, a named place inside an
        # unknown area, a date after 'that' in a reported clause): claims 0.490 -> 0.562, killed 0.602 -> 0.688,
        # injured 0.400 -> 0.500, missing 0.400 -> 0.600, other 0.310 -> 0.422, attribution 0.323 -> 0.375,
        # date 0.396 -> 0.415, type 0.302 -> 0.323, place 0.490 -> 0.562; then (a possessive's place on a tie, a
        # span of years, a war's total) with the other work of the round: claims 0.625, killed 0.753, injured
        # 0.600, other 0.479, attribution 0.396, date 0.470, type 0.385, place 0.625; where the wounded were taken
        # is no incident place: claims 0.635, injured 0.700, attribution 0.406, date 0.481, place 0.635
        "claims": 0.62, "type": 0.37, "killed.strict": 0.74, "injured.strict": 0.69, "captured.strict": 0.25,
        "missing.strict": 0.59, "other_figures.value": 0.46, "attributed_to": 0.39, "date.exact": 0.47, "place": 0.62,
    },
    "unseenk": {
        # first contact (extractor 0.11.0): claims 0.513, type 0.234, killed 0.388, injured 0.621, captured 0.167,
        # missing 0.000, other 0.466, attribution 0.396, date 0.396, place 0.479; never tuned on, scored only as
        # totals: 0.12.0 below; 0.13.0 (a round tuned on set j and the dev affiliations) matched the same claims
        # and typed one fewer right (type 0.261 -> 0.252): the floor follows, unread, to keep the set untouched
        # tuned on after 0.13.0 (feature names after a place preposition, place-and-day section headings, 'that day'
        # past a day counted back, a toll put at a figure on a day, where witnesses were interviewed, 'X, southern
        # Y', collective farms, armed groups' origins; junta / secretary-general / maintains; 'the number of people
        # who died ... at N', fact-sheet labels with a cause or period), with the round's other work: claims 0.559
        # -> 0.750, type 0.252 -> 0.402, killed 0.447 -> 0.692, injured 0.621 -> 0.897, captured 0.333 -> 0.615,
        # other 0.509 -> 0.597, attribution 0.432 -> 0.616, date 0.440 -> 0.588, place 0.525 -> 0.722; floors 0.01 below
        "claims": 0.74, "type": 0.39, "killed.strict": 0.68, "injured.strict": 0.88, "captured.strict": 0.60,
        "missing.strict": 0.0, "other_figures.value": 0.58, "attributed_to": 0.60, "date.exact": 0.57, "place": 0.71,
    },
    "unseenl": {
        # first contact (extractor 0.12.0): claims 0.486, type 0.267, killed 0.524, injured 0.429, captured 0.533,
        # missing 0.364, other 0.284, attribution 0.364, date 0.269, place 0.486 (128 gold, 119 predicted); never
        # tuned on until the round that tuned on sets k and l; tuned on then (where people leave for or a speaker
        # speaks from, a place in a unit's name, "the village" after a known village, "at X (Y)", "X river";
        # "killing a family of N", "the dead numbered N"; plural and company speaker heads, "has since said",
        # "maintains"; "in the following days"; people crossing a border as displaced): claims 0.486 -> 0.598,
        # type 0.267 -> 0.359, killed 0.524 -> 0.610, other 0.284 -> 0.433, attribution 0.364 -> 0.494, date 0.270
        # -> 0.321, place 0.486 -> 0.598 (123 predicted); floors 0.01 below
        "claims": 0.58, "type": 0.34, "killed.strict": 0.60, "injured.strict": 0.41, "captured.strict": 0.52,
        "missing.strict": 0.35, "other_figures.value": 0.42, "attributed_to": 0.48, "date.exact": 0.31, "place": 0.58,
    },
    "unseenm": {
        # first contact (extractor 0.13.0, main at d162af2): claims 0.421 (P 0.437, R 0.406), type 0.251, killed
        # 0.340, injured 0.449, captured 0.455, missing 0.000, other 0.389, attribution 0.283, date 0.314, place 0.413
        # (128 gold, 119 predicted); never tuned on, scored only as totals until the round after 0.14.0 (main at
        # 553620a: claims 0.445, type 0.251, killed 0.400, injured 0.449, captured 0.455, other 0.389, attribution
        # 0.300, date 0.307, place 0.421). Tuned on in that round (the wounded who died, list members with a phrase
        # after the noun, a sub-group closed by "among them", a day restated "N days after the attack", a date opening
        # a paragraph, a region's count over a whole month, "according to" a norm): claims 0.445 -> 0.502, killed
        # 0.400 -> 0.455, injured 0.449 -> 0.533, captured 0.455 -> 0.545, other 0.389 -> 0.435, attribution 0.300
        # -> 0.316, date 0.307 -> 0.351, place 0.421 -> 0.479 (119 predicted); then a victim named with a title
        # ("a guard, Mr. K., was injured") and the round's type rules: claims 0.508, type 0.266, injured 0.565, date
        # 0.358, place 0.486 (120 predicted); floors 0.01 below
        "claims": 0.49, "type": 0.25, "killed.strict": 0.44, "injured.strict": 0.55, "captured.strict": 0.53,
        "missing.strict": 0.0, "other_figures.value": 0.42, "attributed_to": 0.30, "date.exact": 0.34, "place": 0.47,
    },
    "unseenn": {
        # first contact (extractor 0.14.0, main at 553620a): claims 0.369 (P 0.402, R 0.341), type 0.197, killed
        # 0.247, injured 0.300, captured 0.538, missing 0.308, other 0.248, attribution 0.318, date 0.277, place 0.372
        # (126 gold, 107 predicted); scored only as totals until the round after 0.15.0 (main at c34a4ed), which
        # tuned on it (day-alone lines as a log's entry headings, a town abroad after an incident preposition, a count
        # between two named months, negations of one person, label lines with a people noun, transcript labels with
        # initials, roles of advocates, "have written that", rocket-propelled grenades, the day an account was
        # given, of an edition and of a toll given): claims 0.369 -> 0.517, type 0.206 -> 0.297, killed 0.250 ->
        # 0.475, injured 0.300 -> 0.585, captured 0.538, missing 0.308, other 0.262 -> 0.397, attribution 0.318 ->
        # 0.466, date 0.277 -> 0.402, place 0.372 -> 0.504 (110 predicted); floors 0.01 below
        "claims": 0.50, "type": 0.28, "killed.strict": 0.46, "injured.strict": 0.57, "captured.strict": 0.52,
        "missing.strict": 0.29, "other_figures.value": 0.38, "attributed_to": 0.45, "date.exact": 0.39, "place": 0.49,
    },
    "unseeno": {
        # first contact (extractor 0.15.0, main at c34a4ed): claims 0.229 (P 0.231, R 0.227), type 0.144, killed
        # 0.270, injured 0.178, captured 0.000, missing 0.000, other 0.182, attribution 0.119, date 0.193, place 0.221
        # (119 gold, 117 predicted); scored only as totals until the round after 0.16.0 (main at a478d7d: claims
        # 0.228), which tuned on it (place names joined by "of" or "na", list items opening on a date then a place,
        # "X, in the Y district of Z" address chains, plural area words after a list, site words after a name, a source
        # in brackets closing a list item, a headline's year, "listed as missing", a count after a speaker's comma):
        # claims 0.228 -> 0.454, type 0.143 -> 0.269, killed 0.267 -> 0.511, injured 0.178 -> 0.444, captured 0.000 ->
        # 0.250, missing 0.000 -> 0.400, other 0.182 -> 0.248, attribution 0.118 -> 0.311, date 0.192 -> 0.414, place
        # 0.220 -> 0.447 (119 predicted); then a quoted event word yielding to the text's own: type 0.269 -> 0.328;
        # floors 0.01 below
        "claims": 0.44, "type": 0.31, "killed.strict": 0.50, "injured.strict": 0.43, "captured.strict": 0.24,
        "missing.strict": 0.39, "other_figures.value": 0.23, "attributed_to": 0.30, "date.exact": 0.40, "place": 0.43,
    },
    "unseenp": {
        # first contact (extractor 0.16.0, main at a478d7d): claims 0.238 (P 0.250, R 0.228), type 0.092, killed
        # 0.240, injured 0.240, captured 0.316, missing 0.133, other 0.145, attribution 0.147, date 0.149, place 0.238
        # (114 gold, 104 predicted); never tuned on, scored only as totals. Extractor 0.17.0 (rules from set o):
        # claims 0.284 (31 matched, 104 predicted), type 0.119, killed 0.293, injured 0.320, captured
        # 0.316, missing 0.133, other 0.217, attribution 0.183, date 0.195, place 0.284. Tuned on in the round after
        # 0.17.0 (main at d9736b5: an entry heading line closed by a full stop heads its section, the prison
        # detainees were moved to is an aside, wounds of a named kind treated and treatment sought, people
        # not seen since, "put the dead in X at N", estimates of the dead ranging): claims 0.284 -> 0.382 (42
        # matched, 106 predicted), type 0.119 -> 0.182, killed 0.293 -> 0.468, injured 0.320 -> 0.370, captured
        # 0.316 -> 0.421, missing 0.133 -> 0.235, other 0.217 -> 0.275, attribution 0.183 -> 0.273, date 0.195 ->
        # 0.267, place 0.284 -> 0.382; then a wiki's category footer and the sources a count needs make no claim, and
        # "It added" follows the description that spoke before it: claims 0.387 (103 predicted), attribution 0.277,
        # date 0.271, type 0.184; floors 0.01 below
        "claims": 0.37, "type": 0.17, "killed.strict": 0.45, "injured.strict": 0.36, "captured.strict": 0.41,
        "missing.strict": 0.22, "other_figures.value": 0.26, "attributed_to": 0.26, "date.exact": 0.26, "place": 0.37,
    },
    "unseenq": {
        # first contact (extractor 0.17.0, main at d9736b5): claims 0.283 (P 0.318, R 0.256), type 0.067, killed
        # 0.211, injured 0.235, captured 0.229, missing 0.182, other 0.186, attribution 0.192, date 0.200, place 0.269
        # (133 gold, 107 predicted); never tuned on, scored only as totals; floors 0.01 below
        "claims": 0.27, "type": 0.05, "killed.strict": 0.20, "injured.strict": 0.22, "captured.strict": 0.21,
        "missing.strict": 0.17, "other_figures.value": 0.17, "attributed_to": 0.18, "date.exact": 0.19, "place": 0.25,
    },
}


def _layout(name: str) -> tuple[Path, Path]:
    """A set's document folder and manifest: next to the gold, or under ``corpus/``."""
    folder = UNSEEN / name
    if (folder / "corpus").is_dir():
        return folder / "corpus", folder / "corpus.jsonl"
    return folder, folder / "manifest.jsonl"


@pytest.fixture(scope="module", params=sorted(FLOORS))
def report(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> tuple[str, ev.GoldReport]:
    name = request.param
    corpus, manifest = _layout(name)
    db = f"sqlite:///{tmp_path_factory.mktemp(name) / 'unseen.db'}"
    result = CliRunner().invoke(app, ["build", str(corpus), "--manifest", str(manifest), "--db", db])
    assert result.exit_code == 0, result.output
    ledger = Ledger.open(db)
    try:
        documents = {d.label: {"text": ledger.document_text(d.id), "affiliation": d.meta.affiliation}
                     for d in ledger.documents()}
        claims = ledger.claims()
    finally:
        ledger.close()
    return name, ev.evaluate_gold(UNSEEN / name / "gold.jsonl", claims, documents)


def test_unseen_documents_keep_their_scores(report: tuple[str, ev.GoldReport]) -> None:
    name, rep = report
    low = {f: (rep.fields[f].f1, floor) for f, floor in FLOORS[name].items() if rep.fields[f].f1 < floor - 1e-3}
    assert not low, (f"unseen set {name!r}: fields fell below their floors (F1 now, floor): {low}; "
                     f"see tests/data/unseen/{name} and run `claimledger eval` on it to find the lost claims")


def _stored_text(corpus: Path, doc: str) -> str:
    """A document's text as ingest stores it: a ``.txt`` file as is, an ``.html`` page as its reader extracts it."""
    plain = corpus / f"{doc}.txt"
    if plain.is_file():
        return plain.read_text(encoding="utf-8")
    (path,) = sorted(corpus.glob(f"{doc}.*"))
    return read_bytes(path.read_bytes(), path.suffix).text


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_unseen_gold_evidence_is_verbatim(name: str) -> None:
    corpus, _ = _layout(name)
    for line in (UNSEEN / name / "gold.jsonl").read_text(encoding="utf-8").splitlines():
        if line.strip():
            g = json.loads(line)
            assert g["evidence"] in _stored_text(corpus, g["doc"]), g["evidence"]
