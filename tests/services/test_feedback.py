"""Feedback forms below the UI: drafts, signing and its seal, tampering found on reading,
corrections as new versions, paper forms with their scan, criteria versions, the tutor's PIN
and the summary the certificates read."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime

import pytest
import sqlalchemy as sa

from mentor_desktop.db import models as m
from mentor_desktop.domain.enums import AuditAction, FeedbackStatus, SignatureMethod
from mentor_desktop.domain.errors import ValidationError
from mentor_desktop.domain.feedback import SealInput, canonical_bytes, seal_digest
from mentor_desktop.services.feedback_criteria import CriterionInput
from mentor_desktop.services.feedback_types import (
    CorrectionExistsError,
    FeedbackInput,
    FormLockedError,
    SealState,
)

KEYS = ["instructions", "safety", "colleagues", "customers", "reading", "writing"]
RATINGS = {
    "instructions": 3,
    "safety": 4,
    "colleagues": 2,
    "customers": None,
    "reading": 3,
    "writing": 1,
}
# A zig-zag across the pad: clearly a signature, not a dot.
STROKES = [
    [
        {"x": 100 + 40 * i, "y": 100 + (i % 2) * 80, "p": 300 + 50 * i, "t": 20 * i}
        for i in range(10)
    ]
]
PNG_SCAN = b"\x89PNG\r\n\x1a\n" + b"\0" * 64


def filled(**changes) -> FeedbackInput:
    values = dict(
        ratings=dict(RATINGS),
        comments="Amal forstår instruktioner godt.",
        signer_name="Jens Holm",
        signer_role="Produktionsleder",
    )
    values.update(changes)
    return FeedbackInput(**values)


@pytest.fixture
def draft(services, placement):
    return services.feedback.create_draft(
        placement_id=placement, period_start=date(2026, 9, 14), period_end=date(2026, 11, 20)
    )


@pytest.fixture
def signed(services, draft):
    return services.feedback.sign(draft.id, filled(), STROKES, expected_version=draft.version)


JSON_COLUMNS = {"ratings", "signature_strokes"}


def tamper(services, form_id: int, **values) -> None:
    """Change the row in plain SQL, as someone editing the database by hand would."""
    postgres = services.url.get_backend_name() == "postgresql"
    assignments, params = [], {"id": form_id}
    for column, value in values.items():
        if column in JSON_COLUMNS:
            value = json.dumps(value)
            assignments.append(
                f"{column} = CAST(:{column} AS JSONB)" if postgres else f"{column} = :{column}"
            )
        else:
            assignments.append(f"{column} = :{column}")
        params[column] = value
    with services.engine.begin() as connection:
        connection.execute(
            sa.text(f"UPDATE feedback_form SET {', '.join(assignments)} WHERE id = :id"), params
        )


def test_a_new_draft_uses_the_current_criteria_and_is_unsigned(services, draft, audit):
    assert draft.status is FeedbackStatus.DRAFT
    assert draft.seal is SealState.UNSIGNED
    assert [c.key for c in draft.criteria.criteria] == KEYS
    assert draft.criteria.number == 1
    assert draft.learner_name == "Amal Haddad"
    assert draft.employer_name == "Rengøring Øst ApS"
    assert [e.action for e in audit("feedback_form")] == [AuditAction.CREATE]


def test_a_draft_needs_placement_and_a_period_in_order(services, placement, snapshot):
    before = snapshot()
    with pytest.raises(ValidationError) as caught:
        services.feedback.create_draft(
            placement_id=None, period_start=date(2026, 10, 1), period_end=date(2026, 9, 1)
        )
    assert {e.field for e in caught.value.errors} == {"placement_id", "period_end"}
    assert snapshot() == before


def test_a_draft_keeps_what_was_filled_in(services, draft):
    saved = services.feedback.save_draft(
        draft.id,
        FeedbackInput(ratings={"safety": 4}, signer_name=" Jens "),
        expected_version=draft.version,
    )
    again = services.feedback.get(draft.id)
    assert again.data.ratings == {"safety": 4}
    assert again.data.signer_name == "Jens"
    assert again.version == saved.version


def test_signing_seals_the_form_with_strokes_png_time_and_signer(services, signed, audit):
    assert signed.status is FeedbackStatus.SIGNED
    assert signed.method is SignatureMethod.DRAWN
    assert signed.seal is SealState.OK
    assert signed.signed_at == datetime(2026, 11, 27, 11, 0, tzinfo=UTC)
    assert signed.strokes == STROKES
    assert signed.signature_png is not None and signed.signature_png.startswith(b"\x89PNG")
    assert len(signed.content_hash or "") == 64
    assert signed.data.ratings == RATINGS
    assert AuditAction.SIGN in [e.action for e in audit("feedback_form")]


def test_the_seal_is_sha256_over_sorted_compact_json(services, signed):
    with services.context.read() as s:
        row = s.get(m.FeedbackForm, signed.id)
        criteria = s.get(m.FeedbackCriteriaSet, row.criteria_set_id)
        seal = SealInput(
            form_id=row.id,
            placement_id=row.placement_id,
            period_start=row.period_start,
            period_end=row.period_end,
            criteria_set_number=criteria.number,
            criteria=criteria.criteria,
            ratings=row.ratings,
            comments=row.comments,
            signer_name=row.signer_name,
            signer_role=row.signer_role,
            signed_at=row.signed_at,
            method="drawn",
            strokes=row.signature_strokes,
            signature_png=row.signature_png,
            paper_scan=None,
            supersedes_id=None,
            correction_reason=None,
        )
    text = canonical_bytes(seal).decode("utf-8")
    document = json.loads(text)
    compact = json.dumps(document, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    assert text == compact
    assert list(document) == sorted(document)
    assert document["signed_at_utc"] == "2026-11-27T11:00:00Z"
    assert document["signer"] == {"name": "Jens Holm", "role": "Produktionsleder"}
    assert "forstår" in text  # UTF-8, not \\u escapes
    assert seal_digest(seal) == signed.content_hash


@pytest.mark.parametrize(
    "values",
    [
        {"comments": "Amal forstår ikke instruktioner."},
        {"signer_name": "Someone Else"},
        {"ratings": {**RATINGS, "writing": 4}},
        {
            "signature_strokes": [
                [{"x": 1, "y": 1, "p": 1, "t": 0}, {"x": 900, "y": 250, "p": 1, "t": 9}]
            ]
        },
        {"signed_at": "2026-11-20 09:00:00"},
        {"signature_png": b"\x89PNG\r\n\x1a\nother"},
    ],
    ids=["comments", "signer", "rating", "strokes", "time", "png"],
)
def test_a_form_changed_behind_the_programs_back_shows_a_broken_seal(
    services, signed, values, caplog
):
    tamper(services, signed.id, **values)
    with caplog.at_level("WARNING"):
        assert services.feedback.get(signed.id).seal is SealState.BROKEN
    assert f"feedback form {signed.id}: the seal does not match" in caplog.text
    assert [r.seal for r in services.feedback.list().rows] == [SealState.BROKEN]
    assert services.feedback.signed_for_placement(signed.placement_id)[0].seal_ok is False


def test_a_signed_form_put_back_to_draft_in_sql_stays_locked_and_broken(services, signed):
    tamper(services, signed.id, status="draft")
    detail = services.feedback.get(signed.id)
    assert detail.seal is SealState.BROKEN
    with pytest.raises(FormLockedError):
        services.feedback.save_draft(signed.id, filled(), expected_version=detail.version)


def test_an_empty_pad_a_dot_or_a_missing_name_cannot_be_signed(services, draft, snapshot):
    before = snapshot()
    for strokes in ([], [[{"x": 10, "y": 10, "p": 500, "t": 0}]], "rubbish"):
        with pytest.raises(ValidationError) as caught:
            services.feedback.sign(
                draft.id, filled(signer_name="  "), strokes, expected_version=draft.version
            )
        assert {e.field for e in caught.value.errors} == {"signature", "signer_name"}
    assert snapshot() == before
    assert services.feedback.get(draft.id).status is FeedbackStatus.DRAFT


def test_every_criterion_must_be_answered_before_signing(services, draft):
    ratings = dict(RATINGS)
    del ratings["safety"]
    with pytest.raises(ValidationError) as caught:
        services.feedback.check_signable(draft.id, filled(ratings=ratings), STROKES)
    assert [e.field for e in caught.value.errors] == ["ratings.safety"]
    with pytest.raises(ValidationError):
        services.feedback.check_signable(
            draft.id, filled(ratings={**RATINGS, "safety": 5}), STROKES
        )


def test_a_signed_form_cannot_be_changed_or_signed_again(services, signed):
    with pytest.raises(FormLockedError):
        services.feedback.save_draft(signed.id, filled(), expected_version=signed.version)
    with pytest.raises(FormLockedError):
        services.feedback.sign(signed.id, filled(), STROKES, expected_version=signed.version)


def test_a_correction_is_a_new_version_that_supersedes_the_old_once_signed(services, signed):
    with pytest.raises(ValidationError):
        services.feedback.start_correction(signed.id, reason=" ")
    correction = services.feedback.start_correction(
        signed.id, reason="Forkert vurdering af læsning"
    )
    assert correction.status is FeedbackStatus.DRAFT
    assert correction.supersedes_id == signed.id
    assert correction.data.ratings == RATINGS
    with pytest.raises(CorrectionExistsError):
        services.feedback.start_correction(signed.id, reason="igen")
    assert services.feedback.get(signed.id).correction_draft_id == correction.id

    new = services.feedback.sign(
        correction.id,
        filled(ratings={**RATINGS, "reading": 4}),
        STROKES,
        expected_version=correction.version,
    )
    old = services.feedback.get(signed.id)
    assert old.status is FeedbackStatus.SUPERSEDED
    assert old.seal is SealState.OK  # the old version is kept, sealed as it was
    assert old.superseded_by_id == new.id
    assert new.seal is SealState.OK and new.correction_reason == "Forkert vurdering af læsning"
    summary = services.feedback.signed_for_placement(signed.placement_id)
    assert [s.form_id for s in summary] == [new.id]
    assert {r.key: r.rating for r in summary[0].ratings}["reading"] == 4


def test_a_paper_form_is_recorded_with_its_scan_and_sealed(services, draft):
    with pytest.raises(ValidationError) as caught:
        services.feedback.record_paper(
            draft.id,
            filled(),
            signed_on=date(2026, 11, 28),
            scan=b"GIF89a",
            expected_version=draft.version,
        )
    assert {e.field for e in caught.value.errors} == {"scan", "signed_on"}
    with pytest.raises(ValidationError) as caught:
        services.feedback.record_paper(
            draft.id,
            filled(),
            signed_on=date(2026, 11, 26),
            scan=b"%PDF-" + b"0" * 10_000_001,
            expected_version=draft.version,
        )
    assert caught.value.errors[0].code == "too_large"

    paper = services.feedback.record_paper(
        draft.id,
        filled(),
        signed_on=date(2026, 11, 26),
        scan=PNG_SCAN,
        expected_version=draft.version,
    )
    assert paper.method is SignatureMethod.PAPER
    assert paper.seal is SealState.OK
    assert paper.signed_at is not None and paper.signed_at.astimezone().date() == date(2026, 11, 26)
    assert services.feedback.scan(paper.id) == (PNG_SCAN, "image/png")
    tamper(services, paper.id, paper_scan=PNG_SCAN + b"x")
    assert services.feedback.get(paper.id).seal is SealState.BROKEN


def test_a_new_criteria_version_is_used_by_new_forms_and_signed_forms_keep_theirs(
    services, signed, placement
):
    with pytest.raises(ValidationError) as caught:
        services.feedback_criteria.save_new_version(
            [CriterionInput("safety", "Sikkerhed", "Safety"), CriterionInput("safety", "", "x")]
        )
    assert {e.field for e in caught.value.errors} == {"criteria.1.key", "criteria.1.da"}
    second = services.feedback_criteria.save_new_version(
        [
            CriterionInput("safety", "Sikkerhed", "Safety"),
            CriterionInput("phone", "Telefonen", "Phone"),
        ]
    )
    assert second.number == 2
    assert [s.number for s in services.feedback_criteria.all_sets()] == [2, 1]
    new = services.feedback.create_draft(
        placement_id=placement, period_start=date(2026, 11, 21), period_end=date(2026, 12, 20)
    )
    assert [c.key for c in new.criteria.criteria] == ["safety", "phone"]
    old = services.feedback.get(signed.id)
    assert old.criteria.number == 1 and old.seal is SealState.OK


def test_signed_for_placement_gives_the_certificates_a_summary(services, signed):
    [summary] = services.feedback.signed_for_placement(signed.placement_id)
    assert summary.signer_name == "Jens Holm"
    assert summary.signer_role == "Produktionsleder"
    assert summary.signed_at == datetime(2026, 11, 27, 11, 0, tzinfo=UTC)
    assert summary.seal_ok
    assert [(r.key, r.rating) for r in summary.ratings] == list(RATINGS.items())
    assert summary.ratings[0].label_da == "Forstår instruktioner"


def test_the_tutor_pin_is_kept_as_a_scrypt_hash(services, tutor, caplog):
    with pytest.raises(ValidationError) as caught:
        services.tutor_pin.set_pin(tutor, "12a4", "12a4")
    assert caught.value.errors[0].field == "pin"
    with pytest.raises(ValidationError) as caught:
        services.tutor_pin.set_pin(tutor, "1234", "1243")
    assert caught.value.errors[0].field == "repeated_pin"
    assert not services.tutor_pin.has_pin(tutor)
    services.tutor_pin.set_pin(tutor, "2580", "2580")
    with services.context.read() as s:
        stored = s.get(m.User, tutor).pin_hash
    assert stored.startswith("scrypt$") and "2580" not in stored
    assert services.tutor_pin.check_pin(tutor, "2580")
    assert not services.tutor_pin.check_pin(tutor, "0000")
    assert "wrong PIN" in caplog.text and "0000" not in caplog.text


def test_a_server_database_counts_as_shared(services):
    assert services.tutor_pin.is_shared_database() == (
        services.url.get_backend_name() == "postgresql"
    )


def test_the_list_searches_learner_and_employer_and_hides_replaced_versions(services, signed):
    correction = services.feedback.start_correction(signed.id, reason="Ret kommentaren")
    services.feedback.sign(correction.id, filled(), STROKES, expected_version=correction.version)
    assert [r.id for r in services.feedback.list(query="amal").rows] == [correction.id, signed.id]
    assert [r.id for r in services.feedback.list(query="øst").rows] == [correction.id, signed.id]
    assert services.feedback.list(query="nobody").rows == []
    current = services.feedback.list(include_superseded=False)
    assert [r.id for r in current.rows] == [correction.id] and current.total == 1
    rows = services.feedback.list().rows
    assert [r.archived for r in rows] == [False, True]
