"""A batch's print file is laid out beside each certificate's own file: a certificate that
runs onto a second page (this one from the demo centre, stored as its content) prints in
both."""

from __future__ import annotations

import io
import json
from datetime import date
from pathlib import Path

from pypdf import PdfReader

from mentor_desktop.documents.certificate_data import (
    CentrePart,
    CertificateData,
    Named,
    PlacementPart,
    VocabularyArea,
)
from mentor_desktop.documents.certificate_pdf import NO_IMAGES, render_batch
from tests.pdf_tools import pdf_text

FIXTURE = Path(__file__).parents[1] / "fixtures" / "certificates" / "two_pages.json"


def _day(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None


def stored_certificate() -> tuple[CertificateData, str]:
    stored = json.loads(FIXTURE.read_text(encoding="utf-8"))
    d = stored["data"]
    data = CertificateData(
        **{
            **d,
            "birth_date": _day(d["birth_date"]),
            "centre": CentrePart(**d["centre"]),
            "placements": [
                PlacementPart(**{**p, "start": _day(p["start"]), "end": _day(p["end"])})
                for p in d["placements"]
            ],
            "period_start": _day(d["period_start"]),
            "period_end": _day(d["period_end"]),
            "work_situations": [Named(**w) for w in d["work_situations"]],
            "vocabulary": [VocabularyArea(**v) for v in d["vocabulary"]],
            "can_do": [Named(**c) for c in d["can_do"]],
            "issued_on": _day(d["issued_on"]),
        }
    )
    return data, stored["lang"]


def test_a_certificate_on_two_pages_prints_in_its_own_file_and_in_the_batch() -> None:
    data, language = stored_certificate()
    pdfs, combined = render_batch([(data, language), (data, "en")], NO_IMAGES, combine=True)

    own = len(PdfReader(io.BytesIO(pdfs[0])).pages)
    assert own == 2
    assert combined is not None
    pages = pdf_text(combined)
    assert len(pages) == 2 * own
    assert "Serhii Bondarenko" in pages[0] and "SCNV-2026-0112" in pages[own - 1]
    assert "Certificate of progress" in pages[own]
