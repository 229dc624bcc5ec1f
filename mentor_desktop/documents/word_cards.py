"""Word cards: an A4 sheet of cards to cut out, one per goal word, with the Danish term and
its article, the word class, an example sentence and the gloss in the learner's language in
its own script and direction. Takes plain data with every caption already in the reader's
language; returns bytes or writes the file atomically."""

from __future__ import annotations

from dataclasses import dataclass, field
from html import escape
from io import BytesIO
from pathlib import Path
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from mentor_desktop.documents import fonts
from mentor_desktop.documents.files import write_atomically
from mentor_desktop.documents.scripts import script_text

COLUMNS = 2
ROWS = 5
MARGIN = 12 * mm
HEADER = 14 * mm
# Platypus frames pad their content by 6 points on each side.
FRAME_PADDING = 6
CARD_WIDTH = (A4[0] - 2 * MARGIN - 2 * FRAME_PADDING) / COLUMNS
CARD_HEIGHT = (A4[1] - 2 * MARGIN - HEADER - 2 * FRAME_PADDING) / ROWS
GLOSS_SIZE = 15
GLOSS_WIDTH = CARD_WIDTH - 8 * mm
SAFETY_RED = colors.HexColor("#b3261e")
MUTED = colors.HexColor("#555555")


@dataclass(frozen=True)
class WordCard:
    term: str
    word_class: str
    example: str | None
    gloss: str | None
    safety_critical: bool = False


@dataclass(frozen=True)
class WordCardTexts:
    """Captions in the reader's language. ``page`` has ``{page}`` in it."""

    title: str
    safety: str
    no_gloss: str
    page: str


@dataclass(frozen=True)
class WordCardSheet:
    learner_name: str
    language_name: str
    language: str | None
    texts: WordCardTexts
    cards: list[WordCard] = field(default_factory=list)


def _styles() -> dict[str, ParagraphStyle]:
    fonts.register_fonts()
    return {
        "term": ParagraphStyle(
            "term", fontName=fonts.SANS_BOLD, fontSize=17, leading=21, alignment=TA_CENTER
        ),
        "class": ParagraphStyle(
            "class",
            fontName=fonts.SANS,
            fontSize=7.5,
            leading=9,
            alignment=TA_CENTER,
            textColor=MUTED,
        ),
        "example": ParagraphStyle(
            "example", fontName=fonts.SANS, fontSize=8.5, leading=11, alignment=TA_CENTER
        ),
        "safety": ParagraphStyle(
            "safety",
            fontName=fonts.SANS_BOLD,
            fontSize=7.5,
            leading=9,
            alignment=TA_CENTER,
            textColor=SAFETY_RED,
        ),
        "missing": ParagraphStyle(
            "missing",
            fontName=fonts.SANS,
            fontSize=9,
            leading=12,
            alignment=TA_CENTER,
            textColor=MUTED,
        ),
    }


def _gloss(card: WordCard, sheet: WordCardSheet, styles: dict[str, ParagraphStyle]) -> Paragraph:
    if not card.gloss:
        return Paragraph(sheet.texts.no_gloss, styles["missing"])
    text = script_text(card.gloss, sheet.language, font_size=GLOSS_SIZE, width=GLOSS_WIDTH)
    style = ParagraphStyle(
        "gloss",
        fontName=text.font,
        fontSize=GLOSS_SIZE,
        leading=GLOSS_SIZE * (1.6 if text.shaping else 1.25),
        alignment=TA_CENTER,
        shaping=1 if text.shaping else 0,
    )
    return Paragraph(text.markup, style)


def _card(card: WordCard, sheet: WordCardSheet, styles: dict[str, ParagraphStyle]) -> list:
    parts: list[Flowable] = []
    if card.safety_critical:
        parts.append(Paragraph(f"⚠ {escape(sheet.texts.safety)}", styles["safety"]))
    parts.append(Paragraph(escape(card.term), styles["term"]))
    parts.append(Paragraph(escape(card.word_class), styles["class"]))
    parts.append(Spacer(1, 2 * mm))
    parts.append(_gloss(card, sheet, styles))
    if card.example:
        parts.append(Spacer(1, 2 * mm))
        parts.append(Paragraph(escape(card.example), styles["example"]))
    return parts


def build_word_cards(sheet: WordCardSheet) -> bytes:
    """The sheet as PDF bytes: ``COLUMNS`` x ``ROWS`` cards a page, with dashed cut lines;
    each page headed by the title, the learner, the gloss language and the page number."""
    styles = _styles()
    buffer = BytesIO()
    document = SimpleDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN + HEADER,
        bottomMargin=MARGIN,
        title=f"{sheet.texts.title} – {sheet.learner_name}",
        author=sheet.learner_name,
    )
    cells = [_card(card, sheet, styles) for card in sheet.cards]
    story: list[Flowable] = []
    per_page = COLUMNS * ROWS
    for start in range(0, len(cells), per_page):
        page = cells[start : start + per_page]
        rows: list[list[Any]] = [page[i : i + COLUMNS] for i in range(0, len(page), COLUMNS)]
        rows[-1] = rows[-1] + [""] * (COLUMNS - len(rows[-1]))
        table = Table(rows, colWidths=[CARD_WIDTH] * COLUMNS, rowHeights=[CARD_HEIGHT] * len(rows))
        table.setStyle(
            TableStyle(
                [
                    ("GRID", (0, 0), (-1, -1), 0.5, colors.grey, None, (3, 3)),
                    ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                    ("LEFTPADDING", (0, 0), (-1, -1), 4 * mm),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 4 * mm),
                ]
            )
        )
        story.append(table)

    def header(canvas: Canvas, doc: SimpleDocTemplate) -> None:
        canvas.saveState()
        top = A4[1] - MARGIN
        canvas.setFont(fonts.SANS_BOLD, 13)
        canvas.drawString(MARGIN, top - 5 * mm, sheet.texts.title)
        canvas.setFont(fonts.SANS, 9)
        canvas.drawString(MARGIN, top - 10 * mm, f"{sheet.learner_name} · {sheet.language_name}")
        canvas.drawRightString(
            A4[0] - MARGIN, top - 10 * mm, sheet.texts.page.format(page=doc.page)
        )
        canvas.restoreState()

    document.build(story or [Spacer(1, 1)], onFirstPage=header, onLaterPages=header)
    return buffer.getvalue()


def write_word_cards(sheet: WordCardSheet, target: Path) -> None:
    """Write the sheet to ``target`` atomically: a failure leaves no half-written file."""
    write_atomically(target, build_word_cards(sheet))
