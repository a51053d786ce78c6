"""Sentence and paragraph segmentation."""

from __future__ import annotations

import pytest

from claimledger.extract.base import Doc
from claimledger.extract.segment import _BOUNDARY, boundaries, segment
from claimledger.models import SourceText


def _sentences(text: str) -> list[str]:
    doc = segment(Doc(SourceText(doc_id="t", text=text)))
    return [text[s.start:s.end] for s in doc.sentences]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A fell. B rose.", ["A fell.", "B rose."]),
        ("Lt. Col. Ann Smith said so. Next one.", ["Lt. Col. Ann Smith said so.", "Next one."]),
        ("The U.S. Army came. It left.", ["The U.S. Army came.", "It left."]),
        ("He met J. Smith today.", ["He met J. Smith today."]),
        ("On 19. and 20. September they came.", ["On 19. and 20. September they came."]),
        ("Headline without a stop\nBody text. More.", ["Headline without a stop", "Body text.", "More."]),
        (" date 2023-10-18 Facts\n\nBody.", ["date 2023-10-18 Facts", "Body."]),
        ('"We saw it," she said. "Then we ran."', ['"We saw it," she said.', '"Then we ran."']),
        ("Photo: a caption\n", ["Photo: a caption"]),
        ("It rose to 50. Of these, 5 are children.", ["It rose to 50.", "Of these, 5 are children."]),
        # hard-wrapped text: a line going on in lower case continues the sentence
        ("CITY (Wire) - A leading official\nsaid 13 people had been killed\nin attacks. Next.",
         ["CITY (Wire) - A leading official\nsaid 13 people had been killed\nin attacks.", "Next."]),
        ("Headline without a stop\nlower-case caption", ["Headline without a stop\nlower-case caption"]),
        ("A full line ends here.\nlower case starts a new line", ["A full line ends here.", "lower case starts a new line"]),
        ("Label:\nvalue follows", ["Label:", "value follows"]),
        ("Title Case Headline\nBody starts here.", ["Title Case Headline", "Body starts here."]),
        # web text that lost the space after a stop: a capitalised word right after a lower-case word
        ("Dozens were shot dead.Witnesses fled the town.In early May, troops came.",
         ["Dozens were shot dead.", "Witnesses fled the town.", "In early May, troops came."]),
        ("It was reported by the monitors (May 9).The town is small.",
         ["It was reported by the monitors (May 9).", "The town is small."]),
        ("Shots rang out.NewsSite.example.org reports so.", ["Shots rang out.", "NewsSite.example.org reports so."]),
        # addresses, initialisms and mixed-case names keep their periods
        ("See www.Example.Org and ann@Mail.Com for more.", ["See www.Example.Org and ann@Mail.Com for more."]),
        ("The U.S.Army said so.", ["The U.S.Army said so."]),
        ("He codes in Node.JS daily.", ["He codes in Node.JS daily."]),
    ],
)
def test_segment_sentences(text: str, expected: list[str]) -> None:
    assert _sentences(text) == expected


def test_segment_paragraphs_are_lines() -> None:
    text = "Title\n\nFirst para. Two.\nSecond para.\n"
    doc = segment(Doc(SourceText(doc_id="t", text=text)))
    assert [text[p.start:p.end] for p in doc.paragraphs] == ["Title", "First para. Two.", "Second para."]
    assert all(any(p.start <= s.start and s.end <= p.end for p in doc.paragraphs) for s in doc.sentences)


@pytest.mark.parametrize(
    "text",
    [
        "The bridge fell. Two trucks sank! Was anyone hurt? Nobody knows… Crews dig on.",
        "He said: \"It is over.\" Then he left. (See below.) 3 more came. «Enough.» Quiet.",
        "Prices rose 2.5 percent in the U.S. Officials met at 9 a.m. Monday. Dr. Ames spoke.",
        "Wait... What?! No!!! Yes?? Fine. ",
        "no stops at all here",
        "Ends with a stop.",
        "Stops.\nAcross. Lines.  Two spaces. A tab.\tNext.",
        "",
    ],
)
def test_segment_boundaries_are_the_scan_of_the_boundary_regex(text: str) -> None:
    for start, end in [(0, len(text)), (2, len(text)), (0, max(0, len(text) - 4)), (5, 30)]:
        got = [(m.span(), m.group()) for m in boundaries(text, start, end)]
        assert got == [(m.span(), m.group()) for m in _BOUNDARY.finditer(text, start, end)]
