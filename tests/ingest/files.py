"""Builders for real files of every format, and broken ones, written into a folder."""

from __future__ import annotations

import io
from pathlib import Path

ARTICLE = (
    "Shelling hit the market in Northtown on 3 May 2021, killing 7 civilians and injuring 12, "
    "according to the regional health office. The office said the toll could rise."
)

HTML_PAGE = """<!doctype html><html><head><title>Market shelled in Northtown</title>
<meta name="author" content="Jane Reporter">
<meta property="article:published_time" content="2021-05-04T10:00:00Z">
<link rel="canonical" href="https://example.org/news/northtown-market">
</head><body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article><h1>Market shelled in Northtown</h1>
<p>{body}</p>
<p>Residents described a morning of panic as stalls burned and ambulances arrived from the
neighbouring district hospital, which treated most of the wounded through the afternoon.</p>
</article><footer>Copyright Example News. All rights reserved.</footer></body></html>"""


def write_pdf(path: Path, pages: list[str], *, password: str | None = None) -> Path:
    from fpdf import FPDF

    pdf = FPDF()
    pdf.set_title("Northtown report")
    pdf.set_author("Monitoring Mission")
    pdf.set_font("helvetica", size=11)
    for page in pages:
        pdf.add_page()
        pdf.multi_cell(0, 6, page)
    data = bytes(pdf.output())
    if password is not None:
        from pypdf import PdfReader, PdfWriter

        writer = PdfWriter(clone_from=PdfReader(io.BytesIO(data)))
        writer.encrypt(user_password=password, algorithm="RC4-128")
        buffer = io.BytesIO()
        writer.write(buffer)
        data = buffer.getvalue()
    path.write_bytes(data)
    return path


def write_good_files(folder: Path) -> dict[str, Path]:
    folder.mkdir(parents=True, exist_ok=True)
    files = {
        "utf8": folder / "utf8.txt",
        "utf16": folder / "utf16.txt",
        "cp1251": folder / "cp1251.txt",
        "latin1": folder / "latin1.md",
        "html": folder / "page.html",
        "pdf": folder / "report.pdf",
    }
    files["utf8"].write_text(ARTICLE + " Gəncə and Bərdə were named.", encoding="utf-8")
    files["utf16"].write_text("UTF-16 report. " + ARTICLE, encoding="utf-16")
    files["cp1251"].write_bytes(
        ("Обстрел рынка в Северном городе: погибли семь мирных жителей, двенадцать ранены, "
         "сообщило областное управление здравоохранения. Власти заявили, что число жертв может вырасти.").encode("cp1251")
    )
    files["latin1"].write_bytes(
        ("Le marché de Northtown a été bombardé; sept civils tués, déclaré le bureau régional. "
         "Les équipes médicales françaises ont soigné douze blessés à l'hôpital.").encode("latin-1")
    )
    files["html"].write_text(HTML_PAGE.format(body=ARTICLE), encoding="utf-8")
    write_pdf(files["pdf"], ["Page one. " + ARTICLE, "Page two. The mission counted 40 damaged houses."])
    return files
