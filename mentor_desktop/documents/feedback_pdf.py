"""Feedback forms on paper: the PDF of a signed form (for the employer and the file) with the
signature, the signer, the time and a short digest of the seal, and a blank form to be filled
in and signed by hand. Danish or English; the texts live here because this layer knows no Qt.
"""

from __future__ import annotations

import io
import os
import tempfile
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (
    Flowable,
    Image,
    KeepTogether,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from mentor_desktop.documents.fonts import SANS, SANS_BOLD, register_fonts
from mentor_desktop.domain.feedback import RATINGS, short_digest

_TEXTS = {
    "title": ("Tilbagemelding fra arbejdspladsen", "Feedback from the workplace"),
    "subtitle": ("Dansk på arbejdspladsen", "Danish at the workplace"),
    "learner": ("Medarbejder", "Employee"),
    "workplace": ("Arbejdsplads", "Workplace"),
    "job": ("Stilling", "Job"),
    "period": ("Periode", "Period"),
    "tutor": ("Sprogmentor", "Language tutor"),
    "criterion": ("Hvordan klarer medarbejderen …", "How does the employee manage …"),
    "not_observed": ("Ikke set", "Not observed"),
    "scale": (
        "1 = Endnu ikke · 2 = Med meget hjælp · 3 = Med lidt hjælp · 4 = Uden hjælp",
        "1 = Not yet · 2 = With a lot of help · 3 = With a little help · 4 = Without help",
    ),
    "comments": ("Kommentarer", "Comments"),
    "no_comments": ("Ingen kommentarer.", "No comments."),
    "signature": ("Underskrift", "Signature"),
    "signer": ("Underskrevet af", "Signed by"),
    "role": ("Stilling", "Job title"),
    "signed_at": ("Tidspunkt", "Time"),
    "method": ("Signatur", "Signature type"),
    "drawn": (
        "Simpel elektronisk signatur, tegnet på skærmen",
        "Simple electronic signature, drawn on the screen",
    ),
    "paper": (
        "Underskrevet på papir; den scannede side er gemt sammen med skemaet",
        "Signed on paper; the scanned page is kept with the form",
    ),
    "seal": ("Forsegling (SHA-256)", "Seal (SHA-256)"),
    "seal_note": (
        "Forseglingen viser, om skemaet er ændret efter underskriften. Den er ikke en "
        "MitID-signatur.",
        "The seal shows whether the form was changed after it was signed. It is not a MitID "
        "signature.",
    ),
    "seal_broken": (
        "ADVARSEL: Skemaet passer ikke til sin forsegling. Det er ændret efter underskriften.",
        "WARNING: The form does not match its seal. It was changed after it was signed.",
    ),
    "corrects": (
        "Retter skema nr. {number}. Begrundelse: {reason}",
        "Corrects form no. {number}. Reason: {reason}",
    ),
    "footer": (
        "Skema nr. {number} · kriterier version {version}",
        "Form no. {number} · criteria version {version}",
    ),
    "blank_intro": (
        "Sæt ét kryds på hver linje. Hvis du ikke har set det, så sæt kryds i “Ikke set”. "
        "Skriv dit navn og din stilling, og skriv under. Sprogmentoren scanner skemaet og "
        "gemmer det.",
        "Put one cross on each line. If you have not seen it, put a cross under “Not "
        "observed”. Write your name and job title and sign. The tutor scans the form and "
        "keeps it.",
    ),
    "name_line": ("Navn", "Name"),
    "date_line": ("Dato", "Date"),
}

MARGIN = 18 * mm


def _text(key: str, language: str) -> str:
    danish, english = _TEXTS[key]
    return danish if language == "da" else english


@dataclass(frozen=True)
class FeedbackPdfData:
    """What a feedback PDF shows; ``criteria`` are (key, label in the PDF's language)."""

    language: str
    form_id: int
    centre_name: str | None
    learner_name: str
    employer_name: str
    site_name: str
    job_title: str | None
    tutor_name: str | None
    period_start: date
    period_end: date
    criteria: list[tuple[str, str]]
    criteria_version: int
    ratings: dict[str, int | None]
    comments: str | None = None
    signer_name: str | None = None
    signer_role: str | None = None
    signed_at: datetime | None = None
    method: str | None = None
    signature_png: bytes | None = None
    content_hash: str | None = None
    seal_ok: bool = True
    supersedes_id: int | None = None
    correction_reason: str | None = None


class _Styles:
    def __init__(self) -> None:
        register_fonts()
        self.body = ParagraphStyle("body", fontName=SANS, fontSize=10, leading=13)
        self.small = ParagraphStyle("small", parent=self.body, fontSize=8, leading=10)
        self.title = ParagraphStyle(
            "title", parent=self.body, fontName=SANS_BOLD, fontSize=17, leading=21
        )
        self.heading = ParagraphStyle(
            "heading", parent=self.body, fontName=SANS_BOLD, fontSize=11.5, leading=15
        )
        self.cell = ParagraphStyle("cell", parent=self.body, fontSize=9.5, leading=12)
        self.mark = ParagraphStyle(
            "mark", parent=self.body, fontName=SANS_BOLD, fontSize=12, alignment=TA_CENTER
        )
        self.warning = ParagraphStyle(
            "warning", parent=self.body, fontName=SANS_BOLD, textColor=colors.HexColor("#a01010")
        )


def _p(text: str | None, style: ParagraphStyle) -> Paragraph:
    return Paragraph(escape(text or "").replace("\n", "<br/>"), style)


def _head(data: FeedbackPdfData, st: _Styles) -> list[Flowable]:
    lang = data.language
    period = f"{data.period_start:%d.%m.%Y} – {data.period_end:%d.%m.%Y}"
    workplace = data.employer_name
    if data.site_name:
        workplace += f", {data.site_name}"
    rows = [
        (_text("learner", lang), data.learner_name),
        (_text("workplace", lang), workplace),
        (_text("job", lang), data.job_title or "–"),
        (_text("period", lang), period),
        (_text("tutor", lang), data.tutor_name or "–"),
    ]
    facts = Table(
        [[_p(label, st.small), _p(value, st.body)] for label, value in rows],
        colWidths=[32 * mm, None],
        hAlign="LEFT",
    )
    facts.setStyle(
        TableStyle([("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("LEFTPADDING", (0, 0), (-1, -1), 0)])
    )
    heading = _text("subtitle", lang)
    if data.centre_name:
        heading = f"{data.centre_name} · {heading}"
    return [_p(heading, st.small), _p(_text("title", lang), st.title), Spacer(1, 4 * mm), facts]


def _ratings_table(data: FeedbackPdfData, st: _Styles, *, blank: bool) -> Table:
    lang = data.language
    header = [_p(_text("criterion", lang), st.small)]
    header += [_p(str(r), st.mark) for r in RATINGS]
    header.append(_p(_text("not_observed", lang), st.small))
    rows = [header]
    for key, label in data.criteria:
        rating = data.ratings.get(key, "unanswered")
        row = [_p(label, st.cell)]
        for column in (*RATINGS, None):
            chosen = not blank and rating == column
            row.append(_p("X" if chosen else "", st.mark))
        rows.append(row)
    table = Table(rows, colWidths=[None, 13 * mm, 13 * mm, 13 * mm, 13 * mm, 20 * mm], repeatRows=1)
    table.setStyle(
        TableStyle(
            [
                ("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#808080")),
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e8eef6")),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("ALIGN", (1, 0), (-1, -1), "CENTER"),
                ("TOPPADDING", (0, 1), (-1, -1), 6 if blank else 4),
                ("BOTTOMPADDING", (0, 1), (-1, -1), 6 if blank else 4),
            ]
        )
    )
    return table


def _footer(data: FeedbackPdfData):  # type: ignore[no-untyped-def]
    text = _text("footer", data.language).format(number=data.form_id, version=data.criteria_version)

    def draw(canvas, _doc) -> None:  # type: ignore[no-untyped-def]
        canvas.saveState()
        canvas.setFont(SANS, 7.5)
        canvas.setFillColor(colors.HexColor("#606060"))
        canvas.drawString(MARGIN, 10 * mm, text)
        canvas.restoreState()

    return draw


def _build(data: FeedbackPdfData, story: list[Flowable]) -> bytes:
    out = io.BytesIO()
    title = f"{_text('title', data.language)} – {data.learner_name}"
    doc = SimpleDocTemplate(
        out,
        pagesize=A4,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN,
        bottomMargin=MARGIN,
        title=title,
        author=data.centre_name or "Mentor Desktop",
        creator="Mentor Desktop",
    )
    doc.build(story, onFirstPage=_footer(data), onLaterPages=_footer(data))
    return out.getvalue()


def signed_form_pdf(data: FeedbackPdfData) -> bytes:
    """The signed form: answers, comments, the signature image, the signer, the time (local
    and UTC), the kind of signature and the seal's short digest."""
    st = _Styles()
    lang = data.language
    story = _head(data, st)
    if not data.seal_ok:
        story += [Spacer(1, 4 * mm), _p(_text("seal_broken", lang), st.warning)]
    if data.supersedes_id is not None:
        story += [
            Spacer(1, 3 * mm),
            _p(
                _text("corrects", lang).format(
                    number=data.supersedes_id, reason=data.correction_reason or "–"
                ),
                st.body,
            ),
        ]
    story += [Spacer(1, 6 * mm), _ratings_table(data, st, blank=False), Spacer(1, 1.5 * mm)]
    story += [_p(_text("scale", lang), st.small), Spacer(1, 5 * mm)]
    story += [_p(_text("comments", lang), st.heading)]
    story += [_p(data.comments or _text("no_comments", lang), st.body), Spacer(1, 6 * mm)]
    story.append(KeepTogether(_signature_block(data, st)))
    return _build(data, story)


def _signature_block(data: FeedbackPdfData, st: _Styles) -> list[Flowable]:
    lang = data.language
    block: list[Flowable] = [_p(_text("signature", lang), st.heading)]
    if data.signature_png:
        image = Image(io.BytesIO(data.signature_png), width=75 * mm, height=22.5 * mm)
        image.hAlign = "LEFT"
        block += [image]
    when = "–"
    if data.signed_at is not None:
        local = data.signed_at.astimezone()
        if data.method == "paper":
            when = f"{local:%d.%m.%Y}"
        else:
            when = f"{local:%d.%m.%Y %H:%M} ({data.signed_at:%Y-%m-%d %H:%M:%S} UTC)"
    rows = [
        (_text("signer", lang), data.signer_name or "–"),
        (_text("role", lang), data.signer_role or "–"),
        (_text("signed_at", lang), when),
        (_text("method", lang), _text("paper" if data.method == "paper" else "drawn", lang)),
    ]
    if data.content_hash:
        rows.append((_text("seal", lang), short_digest(data.content_hash)))
    table = Table(
        [[_p(label, st.small), _p(value, st.body)] for label, value in rows],
        colWidths=[38 * mm, None],
        hAlign="LEFT",
    )
    table.setStyle(
        TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 0), ("VALIGN", (0, 0), (-1, -1), "TOP")])
    )
    block += [Spacer(1, 2 * mm), table, Spacer(1, 2 * mm)]
    if data.content_hash:
        block += [_p(data.content_hash, st.small), _p(_text("seal_note", lang), st.small)]
    return block


def blank_form_pdf(data: FeedbackPdfData) -> bytes:
    """A form to fill in and sign by hand, with the form's number to match the scan to."""
    st = _Styles()
    lang = data.language
    story = _head(data, st)
    story += [Spacer(1, 5 * mm), _p(_text("blank_intro", lang), st.body), Spacer(1, 4 * mm)]
    story += [_ratings_table(data, st, blank=True), Spacer(1, 1.5 * mm)]
    story += [_p(_text("scale", lang), st.small), Spacer(1, 5 * mm)]
    story += [_p(_text("comments", lang), st.heading)]
    lines = Table([[""] for _ in range(4)], colWidths=[A4[0] - 2 * MARGIN], rowHeights=[9 * mm] * 4)
    lines.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, -1), 0.5, colors.HexColor("#808080"))]))
    story += [lines, Spacer(1, 8 * mm)]
    fields = Table(
        [
            [_p(_text("name_line", lang), st.small), "", _p(_text("role", lang), st.small), ""],
            [
                _p(_text("date_line", lang), st.small),
                "",
                _p(_text("signature", lang), st.small),
                "",
            ],
        ],
        colWidths=[20 * mm, 55 * mm, 22 * mm, None],
        rowHeights=[14 * mm, 18 * mm],
    )
    fields.setStyle(
        TableStyle(
            [
                ("LINEBELOW", (1, 0), (1, -1), 0.5, colors.black),
                ("LINEBELOW", (3, 0), (3, -1), 0.5, colors.black),
                ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
            ]
        )
    )
    story += [KeepTogether([fields])]
    return _build(data, story)


def write_atomically(path: str | os.PathLike[str], content: bytes) -> None:
    """Write ``content`` to ``path`` through a temporary file beside it, so that a failure
    leaves no half-written file. Raises ``OSError``."""
    target = Path(path)
    handle, partial = tempfile.mkstemp(prefix=f".{target.name}.", dir=target.parent)
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(content)
            out.flush()
            os.fsync(out.fileno())
        os.replace(partial, target)
    except BaseException:
        Path(partial).unlink(missing_ok=True)
        raise
