"""The name a claim falls back to when the text names no source: the document's author or
publisher as its metadata gives it, cleaned of what names no one (rules ``author_name`` in
attribution.json).

* A parenthetical that is only the outlet's web address ("Daily Courier (courier.example)") adds no
  source: "Daily Courier".
* An interview ("Weekly Digest (interview with Dr. Ana Rusu)") is the interviewee's words: "Ana
  Rusu" (titles before the name dropped). The interviewer's questions are told apart elsewhere.
* A reprint ("Weekly Digest, reprinting a Daily Courier special report") carries the reprinted
  text, so its author is the organisation whose report it is: "Daily Courier". Relaying a statement
  inside the outlet's own story ("X, relaying a ministry statement") is no reprint and stays as is.
"""

from __future__ import annotations

import re
from functools import cache

from claimledger.extract.numbers import load_rules

DEFAULT_AUTHOR = "the author"


@cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    r = load_rules("attribution.json")["author_name"]
    domain = re.compile(r"\s*\((?:https?://)?(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,24}/?\)", re.IGNORECASE)
    reprint = re.compile(r"^.+?,\s+(?:" + "|".join(r["reprint_verbs"]) + r")\s+(?:an?\s+|the\s+)?(?P<owner>.+?)(?:['’]s)?"
                         r"(?:\s+(?:" + "|".join(r["document_modifiers"]) + r"))*\s+(?:" + "|".join(r["document_nouns"])
                         + r")\s*$", re.IGNORECASE)
    interview = re.compile(r"\((?:an?\s+)?(?:" + "|".join(r["interview_with"]) + r")\s+(?:(?:" + "|".join(r["titles"])
                           + r")\.?\s+)*(?P<name>[A-Z][^()]*?)\s*\)", re.IGNORECASE)
    return domain, reprint, interview


@cache
def author_name(author: str | None, publisher: str | None) -> str:
    """The author's or publisher's name for a claim with no source named in the text.

    author (str | None): the document's author, if the metadata gives one.
    publisher (str | None): the document's publisher.
    RETURNS (str): the cleaned name; ``"the author"`` when the metadata gives neither.
    """
    name = (author or publisher or "").strip()
    if not name:
        return DEFAULT_AUTHOR
    domain, reprint, interview = _patterns()
    name = domain.sub("", name).strip() or name
    m = interview.search(name)
    if m is not None and m.group("name")[:1].isupper():
        return m.group("name")
    m = reprint.match(name)
    if m is not None and m.group("owner")[:1].isupper():
        return m.group("owner").strip()
    return name
