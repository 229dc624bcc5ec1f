"""The feedback PDFs read back: the signed form with its answers, signer, time, kind of
signature, seal digest and signature image; the warning on a tampered form; the blank form
for paper; files written whole or not at all."""

from __future__ import annotations

import io
from datetime import date

import pytest
import sqlalchemy as sa
from pypdf import PdfReader

from mentor_desktop.domain.feedback import short_digest
from mentor_desktop.services.feedback_documents import FileWriteError, NotSignedError
from mentor_desktop.services.feedback_types import FeedbackInput

RATINGS = {
    "instructions": 3,
    "safety": 4,
    "colleagues": 2,
    "customers": None,
    "reading": 3,
    "writing": 1,
}
STROKES = [
    [
        {"x": 100 + 40 * i, "y": 100 + (i % 2) * 80, "p": 200 + 80 * i, "t": 20 * i}
        for i in range(10)
    ]
]


@pytest.fixture
def draft(services, placement):
    return services.feedback.create_draft(
        placement_id=placement, period_start=date(2026, 9, 14), period_end=date(2026, 11, 20)
    )


@pytest.fixture
def signed(services, draft):
    data = FeedbackInput(
        ratings=RATINGS,
        comments="Amal spørger, når hun er i tvivl.",
        signer_name="Jens Holm",
        signer_role="Produktionsleder",
    )
    return services.feedback.sign(draft.id, data, STROKES, expected_version=draft.version)


def text_of(pdf: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)


def test_the_signed_pdf_shows_answers_signer_time_and_seal(services, signed):
    pdf = services.feedback_documents.signed_pdf(signed.id)
    reader = PdfReader(io.BytesIO(pdf))
    assert len(reader.pages) == 1
    text = text_of(pdf)
    for expected in (
        "Tilbagemelding fra arbejdspladsen",
        "Amal Haddad",
        "Rengøring Øst ApS, Hovedlager",
        "14.09.2026 – 20.11.2026",
        "Forstår instruktioner",
        "Jens Holm",
        "Produktionsleder",
        "2026-11-27 11:00:00 UTC",
        "Simpel elektronisk signatur",
        short_digest(signed.content_hash),
        signed.content_hash,
        "Amal spørger, når hun er i tvivl.",
        f"Skema nr. {signed.id}",
    ):
        assert expected in text, expected
    assert text.count("X") == len(RATINGS)
    assert "ADVARSEL" not in text
    images = reader.pages[0].images
    assert len(images) == 1


def test_the_pdf_of_a_tampered_form_says_so(services, signed):
    with services.engine.begin() as connection:
        connection.execute(
            sa.text("UPDATE feedback_form SET signer_name = 'Ole' WHERE id = :id"),
            {"id": signed.id},
        )
    text = text_of(services.feedback_documents.signed_pdf(signed.id))
    assert "ADVARSEL: Skemaet passer ikke til sin forsegling" in text


def test_the_english_pdf(services, signed):
    text = text_of(services.feedback_documents.signed_pdf(signed.id, language="en"))
    assert "Feedback from the workplace" in text
    assert "Understands instructions" in text
    assert "Simple electronic signature" in text


def test_a_draft_has_no_signed_pdf_but_a_blank_form(services, draft):
    with pytest.raises(NotSignedError):
        services.feedback_documents.signed_pdf(draft.id)
    text = text_of(services.feedback_documents.blank_pdf(draft.id))
    assert f"Skema nr. {draft.id}" in text
    assert "Sæt ét kryds på hver linje" in text
    assert "Skriver korte beskeder" in text
    assert "Underskrift" in text
    assert "X" not in text


def test_a_pdf_is_written_whole_or_not_at_all(services, signed, tmp_path):
    folder = tmp_path / "out"
    folder.mkdir()
    target = folder / "feedback.pdf"
    services.feedback_documents.save_signed_pdf(signed.id, str(target))
    assert target.read_bytes().startswith(b"%PDF-")
    with pytest.raises(FileWriteError):
        services.feedback_documents.save_signed_pdf(signed.id, str(folder / "missing" / "x.pdf"))
    assert [p.name for p in folder.iterdir()] == ["feedback.pdf"]
