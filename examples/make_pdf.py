"""Build the example corpus's PDF documents from their source texts.

Each ``examples/src/NAME.txt`` becomes ``examples/NAME.pdf``. The first
line of the source is the paraphrase notice, the first non-empty line after
it the title; every line that starts a numbered section ("2. ...") begins a
new page, so the PDF has several pages and ingest must keep page offsets.

Run from the repository root::

    .venv/bin/python examples/make_pdf.py

The output is deterministic (fixed creation date), so re-running it on an
unchanged source produces the same bytes as the committed PDF.
"""

from __future__ import annotations

import datetime as dt
import re
import sys
from pathlib import Path

from fpdf import FPDF

EXAMPLES = Path(__file__).resolve().parent
SOURCES = EXAMPLES / "src"
FIXED_DATE = dt.datetime(2026, 11, 25, 12, 0, tzinfo=dt.timezone.utc)
SECTION = re.compile(r"^\d+\.\s")
PDF_META = {
    "hal-02_ngo_anfal-report": {
        "title": "The Halabja Attack: Findings from Kurdish Survivors and Captured Iraqi Documents",
        "author": "Human rights organisation (paraphrase for the claimledger examples)",
    },
}


def build_pdf(source: Path, target: Path) -> int:
    """Render one source text to a PDF.

    source (Path): UTF-8 text whose characters all fit Latin-1 (core fonts).
    target (Path): where the PDF is written.
    RETURNS (int): the number of pages written.
    """
    lines = source.read_text(encoding="utf-8").splitlines()
    meta = PDF_META.get(source.stem, {})
    pdf = FPDF(format="A4")
    pdf.set_creation_date(FIXED_DATE)
    pdf.set_title(meta.get("title", source.stem))
    pdf.set_author(meta.get("author", "claimledger examples"))
    pdf.set_subject("Paraphrase written for the claimledger example corpus (CC BY 4.0)")
    pdf.set_margins(25, 25, 25)
    pdf.set_auto_page_break(auto=True, margin=25)
    pdf.add_page()
    title_done = False
    for line in lines:
        text = line.strip()
        if not text:
            pdf.ln(4)
            continue
        if SECTION.match(text):
            if pdf.get_y() > 40:
                pdf.add_page()
            pdf.set_font("Helvetica", "B", 13)
            pdf.multi_cell(0, 7, text, new_x="LMARGIN", new_y="NEXT")
            continue
        if text.startswith("["):
            pdf.set_font("Helvetica", "I", 9)
        elif not title_done:
            pdf.set_font("Helvetica", "B", 16)
            title_done = True
        else:
            pdf.set_font("Helvetica", "", 11)
        pdf.multi_cell(0, 6, text, new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(target))
    return pdf.page_no()


def main() -> int:
    """Build every ``src/*.txt`` into a PDF next to this script."""
    for source in sorted(SOURCES.glob("*.txt")):
        target = EXAMPLES / f"{source.stem}.pdf"
        pages = build_pdf(source, target)
        print(f"{target.name}: {pages} pages")
    return 0


if __name__ == "__main__":
    sys.exit(main())
