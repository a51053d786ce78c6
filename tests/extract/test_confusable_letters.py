"""Letters that re.IGNORECASE matches to ASCII ones but str.lower() keeps apart (Turkish dotless ı,
dotted İ, long ſ, the Kelvin sign) reach every lexicon lookup; extraction must not fail on them."""

from __future__ import annotations

import pytest

from claimledger.extract.fastre import fold
from claimledger.extract.pipeline import extract
from tests.conftest import make_source

SENTENCES = [
    "Shelling killed three people thıs morning in the town of Varnel, officials said.",
    "Dozens were wounded last Frıday when a rocket hit the villageſ of the valley.",
    "Tens of thouſands fled in the fınal weekend of March 2021, the agency reported.",
    "Two days ago İ saw 12 bodies near the market, a witness told reporters.",
    "Five soldiers were \u212ailled in an ambush two weeks ago, the army said.",
]


@pytest.mark.parametrize("word, key", [("thıs", "this"), ("ſome", "some"), ("İN", "in"), ("\u212aILLED", "killed"),
                                       ("Friday", "friday")])
def test_fold_gives_the_lexicon_key(word: str, key: str) -> None:
    assert fold(word) == key


@pytest.mark.parametrize("sentence", SENTENCES)
def test_extraction_survives_confusable_letters(sentence: str) -> None:
    claims = extract(make_source(sentence, published="2021-04-06"))
    for claim in claims:
        assert sentence[claim.evidence.start:claim.evidence.end] == claim.evidence.text


def test_confusable_letters_leave_figures_and_dates_as_with_ascii() -> None:
    ascii_text = "Shelling killed three people this morning in the town, officials said."
    dotless = ascii_text.replace("this", "thıs")
    plain, odd = (extract(make_source(t, published="2021-04-06")) for t in (ascii_text, dotless))
    assert [f.value for c in plain for f in c.figures] == [f.value for c in odd for f in c.figures] == [3]
    plain_dates, odd_dates = ([str(c.date.start) for c in claims if c.date] for claims in (plain, odd))
    assert "2021-04-06" in plain_dates
    assert odd_dates == plain_dates
