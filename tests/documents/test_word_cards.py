"""Word cards read back from the PDF: the Danish text, the glosses in Tigrinya and Arabic
script with their fonts embedded, the Arabic in visual (right-to-left) order; and the
choice of font for each script."""

from __future__ import annotations

import io
import unicodedata

import pytest
from pypdf import PdfReader

from mentor_desktop.documents import fonts
from mentor_desktop.documents.scripts import break_lines, script_text, visual_words
from mentor_desktop.documents.word_cards import (
    COLUMNS,
    ROWS,
    WordCard,
    WordCardSheet,
    WordCardTexts,
    build_word_cards,
    write_word_cards,
)

TEXTS = WordCardTexts(title="Ordkort", safety="Sikkerhed", no_gloss="(ingen oversættelse)",
                      page="Side {page}")  # fmt: skip


def sheet(language: str, glosses: list[str | None]) -> WordCardSheet:
    return WordCardSheet(
        learner_name="Amal Haddad",
        language_name="arabisk" if language == "ar" else "tigrinya",
        language=language,
        texts=TEXTS,
        cards=[
            WordCard(f"en spand {i}", "navneord", "Fyld spanden med vand.", gloss, i == 0)
            for i, gloss in enumerate(glosses)
        ],
    )


def embedded_fonts(reader: PdfReader) -> set[str]:
    names = set()
    for page in reader.pages:
        fonts_used = page["/Resources"]["/Font"]
        for key in fonts_used:
            font = fonts_used[key].get_object()
            descendant = (
                font["/DescendantFonts"][0].get_object() if "/DescendantFonts" in font else font
            )
            descriptor = descendant.get("/FontDescriptor")
            if descriptor is not None and "/FontFile2" in descriptor.get_object():
                names.add(str(font["/BaseFont"]).split("+")[-1])
    return names


def test_tigrinya_cards_carry_term_example_gloss_and_embedded_fonts():
    reader = PdfReader(io.BytesIO(build_word_cards(sheet("ti", ["ባልዲ", "ወረቐት ሓበሬታ 5", None]))))
    text = reader.pages[0].extract_text()

    assert len(reader.pages) == 1
    for expected in ("Ordkort", "Amal Haddad · tigrinya", "Side 1", "en spand 0", "navneord",
                     "Fyld spanden med vand.", "ባልዲ", "ወረቐት ሓበሬታ", "(ingen oversættelse)",
                     "⚠ Sikkerhed"):  # fmt: skip
        assert expected in text, expected
    assert {"DejaVuSans", "DejaVuSans-Bold", "NotoSansEthiopic-Regular"} <= embedded_fonts(reader)


def is_arabic(char: str) -> bool:
    return (
        "\u0600" <= char <= "\u06ff" or "\ufb50" <= char <= "\ufdff" or "\ufe70" <= char <= "\ufeff"
    )


def test_arabic_glosses_are_shaped_and_drawn_in_noto_naskh():
    reader = PdfReader(io.BytesIO(build_word_cards(sheet("ar", ["دلو", "سطل ماء"]))))
    lines = [line.strip() for line in reader.pages[0].extract_text().splitlines()]
    arabic = [line for line in lines if any(is_arabic(c) for c in line)]

    # Shaped: the letters are drawn in their joining forms (initial lam, final waw, ...),
    # which read back as presentation forms and normalise to the letters typed.
    assert any("\ufe70" <= c <= "\ufeff" for line in arabic for c in line)
    words = [set(unicodedata.normalize("NFKC", line).split()) for line in arabic]
    assert words == [{"دلو"}, {"سطل", "ماء"}]
    assert "NotoNaskhArabic-Regular" in embedded_fonts(reader)


def test_a_card_sheet_pages_after_ten_cards():
    per_page = COLUMNS * ROWS
    full = PdfReader(io.BytesIO(build_word_cards(sheet("ti", ["ባልዲ"] * per_page))))
    assert len(full.pages) == 1
    reader = PdfReader(io.BytesIO(build_word_cards(sheet("ti", ["ባልዲ"] * (per_page + 1)))))
    assert len(reader.pages) == 2
    assert "Side 2" in reader.pages[1].extract_text()


def test_writing_into_a_missing_folder_fails_and_leaves_nothing(tmp_path):
    target = tmp_path / "missing" / "ordkort.pdf"
    with pytest.raises(OSError):
        write_word_cards(sheet("ti", ["ባልዲ"]), target)
    assert not target.parent.exists()
    write_word_cards(sheet("ti", ["ባልዲ"]), tmp_path / "ordkort.pdf")
    assert [p.name for p in tmp_path.iterdir()] == ["ordkort.pdf"]


@pytest.mark.parametrize(
    ("text", "language", "font", "shaping"),
    [
        ("مادة تنظيف", "ar", fonts.ARABIC, True),
        ("برگهٔ اطلاعات ایمنی", "fa", fonts.ARABIC, True),
        # Noto Naskh Arabic has no ASCII brackets: the whole gloss goes to DejaVu Sans.
        ("مادة تنظيف (سائل)", "ar", fonts.SANS, True),
        ("ባልዲ", "ti", fonts.ETHIOPIC, False),
        ("відро", "uk", fonts.SANS, False),
        ("دلو", None, fonts.ARABIC, True),
        ("ถังน้ำ", "th", fonts.THAI, True),
    ],
)
def test_each_script_gets_a_font_that_has_its_letters(text, language, font, shaping):
    result = script_text(text, language)
    assert (result.font, result.shaping) == (font, shaping)


def test_ethiopic_text_borrows_digits_and_latin_punctuation_from_dejavu():
    assert script_text("5 ሊትሮ, ማይ", "ti").markup == (
        '<font face="DejaVuSans">5</font> ሊትሮ<font face="DejaVuSans">,</font> ማይ'
    )


@pytest.mark.parametrize(
    ("typed", "drawn"),
    [
        ("صحيفة بيانات السلامة", "السلامة بيانات صحيفة"),
        # A number keeps its digits and takes its bracket to the other side.
        ("دلو (15 لتر)", "لتر) 15) دلو"),
        # A run of left-to-right words keeps its own order.
        ("ارتدِ PPE kit الآن", "الآن PPE kit ارتدِ"),
    ],
)
def test_a_right_to_left_line_is_handed_over_in_the_order_it_is_drawn(typed, drawn):
    assert " ".join(visual_words(typed.split())) == drawn


def test_a_long_right_to_left_gloss_breaks_in_the_order_typed():
    words = "اقرأ صحيفة بيانات السلامة قبل أن تستخدم مادة تنظيف جديدة".split()
    lines = break_lines(words, fonts.ARABIC, 15, 150)
    assert len(lines) > 1
    assert [w for line in lines for w in line] == words
    markup = script_text(" ".join(words), "ar", font_size=15, width=150).markup
    assert markup.split("<br/>")[0] == " ".join(reversed(lines[0]))
