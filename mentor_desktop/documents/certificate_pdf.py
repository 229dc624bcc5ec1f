"""The certificate as an A4 PDF (reportlab Platypus): in Danish, in English, or both (the
Danish page first, then the English one). The centre's logo and signature come as PNG bytes;
every font is embedded. Output is deterministic (reportlab's invariant mode), so the same
data and images give the same bytes and the same SHA-256."""

from __future__ import annotations

import hashlib
import io
import os
import tempfile
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from xml.sax.saxutils import escape

from PIL import Image as PILImage
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    KeepTogether,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from mentor_desktop.documents.certificate_data import CertificateData
from mentor_desktop.documents.certificate_text import (
    DA,
    EN,
    decimal,
    level_name,
    long_date,
    short_date,
    text,
)
from mentor_desktop.documents.fonts import SANS, SANS_BOLD, register_fonts
from mentor_desktop.documents.qr import draw_qr

PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN = 20 * mm
HEADER = 30 * mm
FOOTER = 42 * mm
QR_SIZE = 30 * mm
MAX_WORDS = 24
MAX_CAN_DO = 8
MAX_COMMENT = 280
ACCENT = colors.HexColor("#1f4e79")
GREY = colors.HexColor("#555555")

# The logo's box (50 x 22 mm) and the signature's (about 85 x 14 mm) at 300 dpi.
MAX_IMAGE_PIXELS = (1000, 300)

LANGUAGES = {"da": (DA,), "en": (EN,), "da_en": (DA, EN)}


@dataclass(frozen=True)
class Images:
    """The centre's logo and the signatory's signature, as PNG bytes (either may be absent)."""

    logo_png: bytes | None = None
    signature_png: bytes | None = None


NO_IMAGES = Images()


@lru_cache(maxsize=8)
def _image(data: bytes) -> ImageReader:
    """The PNG, no larger than its box needs at 300 dpi: every PDF compresses the image's
    pixels again, so a large scan would cost each certificate many milliseconds."""
    image = PILImage.open(io.BytesIO(data))
    image.thumbnail(MAX_IMAGE_PIXELS)
    return ImageReader(image)


@lru_cache(maxsize=1)
def _styles() -> dict[str, ParagraphStyle]:
    register_fonts()
    body = ParagraphStyle("body", fontName=SANS, fontSize=9.5, leading=12.5)
    return {
        "body": body,
        "small": ParagraphStyle("small", parent=body, fontSize=8, leading=10, textColor=GREY),
        "title": ParagraphStyle(
            "title",
            parent=body,
            fontName=SANS_BOLD,
            fontSize=24,
            leading=29,
            alignment=TA_CENTER,
            textColor=ACCENT,
        ),
        "subtitle": ParagraphStyle(
            "subtitle", parent=body, fontSize=11, leading=14, alignment=TA_CENTER, textColor=GREY
        ),
        "caption": ParagraphStyle(
            "caption", parent=body, alignment=TA_CENTER, textColor=GREY, spaceBefore=10
        ),
        "name": ParagraphStyle(
            "name", parent=body, fontName=SANS_BOLD, fontSize=20, leading=25, alignment=TA_CENTER
        ),
        "heading": ParagraphStyle(
            "heading",
            parent=body,
            fontName=SANS_BOLD,
            fontSize=10.5,
            leading=13,
            textColor=ACCENT,
            spaceBefore=7,
            spaceAfter=2,
        ),
        "label": ParagraphStyle("label", parent=body, fontName=SANS_BOLD),
        "centre": ParagraphStyle(
            "centre", parent=body, fontSize=8.5, leading=11, alignment=TA_RIGHT
        ),
    }


def render_certificate(data: CertificateData, language: str, images: Images = NO_IMAGES) -> bytes:
    """The certificate in ``language`` ("da", "en" or "da_en") as PDF bytes."""
    return render_batch([(data, language)], images)[0][0]


def render_batch(
    items: Sequence[tuple[CertificateData, str]],
    images: Images,
    *,
    combine: bool = False,
    before: Callable[[int], None] | None = None,
) -> tuple[list[bytes], bytes | None]:
    """Each certificate as a PDF of its own and, with ``combine``, all of them in one PDF
    for printing, each starting on a new page. ``before(index)`` is called before each
    certificate is drawn; what it raises stops.

    Each file is laid out from flowables of its own: reportlab changes a flowable while it
    lays it out (a paragraph split across pages keeps its pieces), so one that has been
    through one document cannot safely go through another."""
    pages = []
    pdfs = []
    for index, (data, choice) in enumerate(items):
        if before is not None:
            before(index)
        certificate = [(f"p{index}-{language}", data, language) for language in LANGUAGES[choice]]
        pdfs.append(_build(certificate, images))
        pages += certificate
    return pdfs, _build(pages, images) if combine else None


def _build(pages: Sequence[tuple[str, CertificateData, str]], images: Images) -> bytes:
    buffer = io.BytesIO()
    document = _Document(buffer, images)
    story: list[Flowable] = []
    for index, (name, data, language) in enumerate(pages):
        document.add_page(name, data, language)
        if index:
            story += [NextPageTemplate(name), PageBreak()]
        story += _body(data, language, images)
    document.build(story)
    return buffer.getvalue()


def sha256(pdf: bytes) -> str:
    return hashlib.sha256(pdf).hexdigest()


def write_atomically(path: Path, pdf: bytes) -> None:
    """Write ``pdf`` to ``path`` through a temporary file in the same folder: a failure
    leaves no half-written file, and an existing file stays as it was."""
    prepared = prepare_file(path, pdf)
    os.replace(prepared, path)


def prepare_file(path: Path, pdf: bytes) -> Path:
    """Write ``pdf`` to a hidden temporary file beside ``path`` and return it; the caller
    renames it into place (``os.replace``) or removes it."""
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=path.parent)
    try:
        with os.fdopen(handle, "wb") as file:
            file.write(pdf)
            file.flush()
            os.fsync(file.fileno())
    except BaseException:
        Path(name).unlink(missing_ok=True)
        raise
    return Path(name)


class _Document(BaseDocTemplate):
    """One page template per (certificate, language): the header and the footer with the
    number, the code and the QR code are drawn on the canvas, the rest flows in the frame."""

    def __init__(self, buffer: io.BytesIO, images: Images):
        super().__init__(
            buffer,
            pagesize=A4,
            leftMargin=MARGIN,
            rightMargin=MARGIN,
            topMargin=MARGIN + HEADER,
            bottomMargin=MARGIN + FOOTER,
            invariant=1,
            initialFontName=SANS,
            title="Certificate",
            author="Mentor Desktop",
            creator="Mentor Desktop",
        )
        self.images = images
        self.frame = Frame(
            MARGIN,
            MARGIN + FOOTER,
            PAGE_WIDTH - 2 * MARGIN,
            PAGE_HEIGHT - 2 * MARGIN - HEADER - FOOTER,
            id="body",
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
        )

    def add_page(self, name: str, data: CertificateData, language: str) -> None:
        def decorate(canvas: Canvas, _doc: BaseDocTemplate) -> None:
            _draw_header(canvas, data, self.images)
            _draw_footer(canvas, data, language)

        self.addPageTemplates([PageTemplate(id=name, frames=[self.frame], onPage=decorate)])


def _draw_header(canvas: Canvas, data: CertificateData, images: Images) -> None:
    top = PAGE_HEIGHT - MARGIN
    if images.logo_png:
        canvas.drawImage(
            _image(images.logo_png),
            MARGIN,
            top - 22 * mm,
            width=50 * mm,
            height=22 * mm,
            preserveAspectRatio=True,
            anchor="nw",
            mask="auto",
        )
    centre = data.centre
    lines = [centre.name, centre.street, " ".join(p for p in (centre.postcode, centre.city) if p)]
    if centre.cvr:
        lines.append(f"CVR {centre.cvr}")
    canvas.saveState()
    y = top - 3 * mm
    for index, line in enumerate(line for line in lines if line):
        canvas.setFont(SANS_BOLD if index == 0 else SANS, 10 if index == 0 else 8.5)
        canvas.drawRightString(PAGE_WIDTH - MARGIN, y, line)
        y -= 12 if index == 0 else 10.5
    canvas.setStrokeColor(ACCENT)
    canvas.setLineWidth(1.2)
    canvas.line(MARGIN, top - 25 * mm, PAGE_WIDTH - MARGIN, top - 25 * mm)
    canvas.restoreState()


def _draw_footer(canvas: Canvas, data: CertificateData, language: str) -> None:
    bottom = MARGIN
    canvas.saveState()
    canvas.setStrokeColor(ACCENT)
    canvas.setLineWidth(0.6)
    canvas.line(MARGIN, bottom + FOOTER - 4 * mm, PAGE_WIDTH - MARGIN, bottom + FOOTER - 4 * mm)
    draw_qr(canvas, data.qr_payload, PAGE_WIDTH - MARGIN - QR_SIZE, bottom + 2 * mm, QR_SIZE)
    issued = long_date(data.issued_on, language)
    lines: list[tuple[str, str, float]] = [
        (
            SANS,
            text("issued_at", language, place=data.place, date=issued)
            if data.place
            else text("issued_on", language, date=issued),
            9,
        ),
        (SANS_BOLD, text("number", language, number=data.number), 10),
        (SANS_BOLD, text("code", language, code=data.verification_code), 10),
        (SANS, text("verify_hint", language), 7.5),
    ]
    if data.replaces_number:
        lines.append((SANS, text("replaces", language, number=data.replaces_number), 8))
    y = bottom + FOOTER - 9 * mm
    for font, line, size in lines:
        canvas.setFont(font, size)
        canvas.drawString(MARGIN, y, line)
        y -= size + 4.5
    canvas.setFont(SANS_BOLD, 8.5)
    canvas.setFillColor(ACCENT)
    canvas.drawString(MARGIN, bottom + 3 * mm, text("disclaimer", language))
    canvas.restoreState()


def _p(value: str, style: str) -> Paragraph:
    return Paragraph(value, _styles()[style])


def _body(data: CertificateData, language: str, images: Images) -> Iterable[Flowable]:
    s = _styles()
    yield _p(escape(text("title", language)), "title")
    yield _p(escape(text("subtitle", language)), "subtitle")
    yield _p(escape(text("issued_to", language)), "caption")
    yield _p(escape(data.learner_name), "name")
    if data.birth_date is not None:
        born = text("born", language, date=short_date(data.birth_date, language))
        yield Paragraph(escape(born), ParagraphStyle("born", parent=s["caption"], spaceBefore=0))
    yield Spacer(1, 5 * mm)
    yield _facts(data, language)
    if data.work_situations:
        yield _p(escape(text("situations", language)), "heading")
        names = [(w.da if language == DA else w.en) for w in data.work_situations]
        yield _p(escape(", ".join(names)), "body")
    if data.vocabulary:
        yield _p(escape(text("vocabulary", language)), "heading")
        areas = "; ".join(
            text("area_value", language, area=a.name, count=a.mastered) for a in data.vocabulary
        )
        yield _p(escape(areas), "body")
        words = [w for area in data.vocabulary for w in area.words][:MAX_WORDS]
        if words:
            lead = text("words_total", language, count=data.words_mastered)
            yield _p(f"{escape(lead)} <i>{escape(', '.join(words))}</i>", "small")
    if data.can_do:
        yield _p(escape(text("can_do", language)), "heading")
        for goal in data.can_do[:MAX_CAN_DO]:
            line = goal.da if language == DA else (goal.en or goal.da)
            level = (
                f" ({text('can_do_level', language, level=level_name(goal.level))})"
                if goal.level
                else ""
            )
            yield Paragraph(
                f"• {escape(line)}{escape(level)}",
                ParagraphStyle("bullet", parent=s["body"], leftIndent=8, firstLineIndent=-8),
            )
    if data.level:
        yield _p(escape(text("level", language)), "heading")
        yield _p(escape(text("level_value", language, level=level_name(data.level))), "body")
    yield _p(escape(text("feedback", language)), "heading")
    yield _feedback(data, language)
    yield Spacer(1, 6 * mm)
    yield KeepTogether(_signatures(data, language, images))


def _facts(data: CertificateData, language: str) -> Table:
    rows = []
    for part in data.placements:
        workplace = escape(part.employer_name)
        if part.employer_cvr:
            workplace += f" ({escape(text('cvr', language, cvr=part.employer_cvr))})"
        if part.site_name and part.site_name != part.employer_name:
            workplace += f", {escape(part.site_name)}"
        rows.append((text("workplace", language), workplace))
        if part.job_title:
            rows.append((text("job", language), escape(part.job_title)))
    period = f"{short_date(data.period_start, language)} – {short_date(data.period_end, language)}"
    rows.append((text("period", language), period))
    rows.append(
        (
            text("sessions", language),
            escape(
                text(
                    "sessions_value",
                    language,
                    sessions=data.sessions,
                    on_site=data.sessions_on_site,
                )
            ),
        )
    )
    rows.append(
        (
            text("hours", language),
            escape(
                text(
                    "hours_value",
                    language,
                    hours=decimal(data.minutes / 60, language),
                    lessons=decimal(data.minutes / 45, language),
                )
            ),
        )
    )
    if data.tutors:
        rows.append((text("tutor", language), escape(", ".join(data.tutors))))
    table = Table(
        [[_p(escape(label), "label"), _p(value, "body")] for label, value in rows],
        colWidths=[38 * mm, PAGE_WIDTH - 2 * MARGIN - 38 * mm],
    )
    commands = [
        ("FONT", (0, 0), (-1, -1), SANS),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
        ("TOPPADDING", (0, 0), (-1, -1), 1),
    ]
    table.setStyle(TableStyle(commands))
    return table


def _feedback(data: CertificateData, language: str) -> Flowable:
    feedback = data.feedback
    if feedback is None:
        return _p(escape(text("none", language)), "body")
    signer = feedback.signer_name + (f" ({feedback.signer_role})" if feedback.signer_role else "")
    summary = text(
        "feedback_one" if feedback.signed_forms == 1 else "feedback_many",
        language,
        count=feedback.signed_forms,
        date=short_date(feedback.last_signed_on, language),
        signer=signer,
    )
    markup = escape(summary)
    if feedback.comment:
        comment = feedback.comment.strip()
        if len(comment) > MAX_COMMENT:
            comment = comment[: MAX_COMMENT - 1].rstrip() + "…"
        markup += f"<br/><i>“{escape(comment)}”</i>"
    return _p(markup, "body")


def _signatures(data: CertificateData, language: str, images: Images) -> list[Flowable]:
    width = (PAGE_WIDTH - 2 * MARGIN - 10 * mm) / 2
    centre = data.centre
    signature: Flowable = Spacer(width, 14 * mm)
    if images.signature_png:
        signature = _ImageBox(_image(images.signature_png), width, 14 * mm)
    tutor_lines = [escape(", ".join(data.tutors)), escape(text("signature_tutor", language))]
    centre_lines = [
        escape(centre.signatory_name or ""),
        escape(centre.signatory_title or text("signature_centre", language)),
    ]
    cells = [
        [Spacer(width, 14 * mm), signature],
        [
            _p("<br/>".join(line for line in tutor_lines if line), "small"),
            _p("<br/>".join(line for line in centre_lines if line), "small"),
        ],
    ]
    table = Table(cells, colWidths=[width + 10 * mm, width])
    table.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), SANS),
                ("LINEABOVE", (0, 1), (0, 1), 0.5, colors.black),
                ("LINEABOVE", (1, 1), (1, 1), 0.5, colors.black),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (0, -1), 10 * mm),
                ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
            ]
        )
    )
    return [table]


class _ImageBox(Flowable):
    """An image fitted into a box, keeping its proportions, at the box's lower left."""

    def __init__(self, image: ImageReader, width: float, height: float):
        super().__init__()
        self.image, self.width, self.height = image, width, height

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        self.canv.drawImage(
            self.image,
            0,
            0,
            width=self.width,
            height=self.height,
            preserveAspectRatio=True,
            anchor="sw",
            mask="auto",
        )
