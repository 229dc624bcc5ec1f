"""The shipped fonts reach reportlab and end up embedded in the PDF."""

from __future__ import annotations

import io

from pypdf import PdfReader
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas

from mentor_desktop.documents.fonts import ARABIC, ETHIOPIC, SANS, SANS_BOLD, THAI, register_fonts


def test_danish_arabic_and_ethiopic_text_is_drawn_in_embedded_fonts() -> None:
    register_fonts()
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=A4, initialFontName=SANS)
    for y, (font, text) in enumerate(
        [
            (SANS, "Sikkerhedssko på"),
            (SANS_BOLD, "Kør forsigtigt"),
            (ARABIC, "حذاء"),
            (ETHIOPIC, "ጫማ"),
        ]
    ):
        canvas.setFont(font, 14)
        canvas.drawString(72, 700 - 30 * y, text)
    canvas.save()

    page = PdfReader(io.BytesIO(buffer.getvalue())).pages[0]
    fonts = page["/Resources"]["/Font"]
    embedded = {
        str(fonts[key].get_object()["/BaseFont"]).split("+")[-1]: fonts[key].get_object()
        for key in fonts
    }
    assert set(embedded) == {
        "DejaVuSans",
        "DejaVuSans-Bold",
        "NotoNaskhArabic-Regular",
        "NotoSansEthiopic-Regular",
    }
    for font in embedded.values():
        assert "/FontFile2" in font["/FontDescriptor"].get_object()
    assert "Sikkerhedssko på" in page.extract_text()


def test_registering_twice_is_harmless() -> None:
    assert register_fonts() == register_fonts() == (SANS, ARABIC, ETHIOPIC, THAI)
