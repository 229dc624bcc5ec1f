"""Employer feedback forms with their versioned criteria, and issued certificates."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import Column, ForeignKey, Index, LargeBinary, String, Table, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, deferred, mapped_column

from mentor_desktop.db.base import Base, JSONType, Timestamps, Versioned, enum_column
from mentor_desktop.domain.enums import (
    CefrLevel,
    CertificateLanguage,
    FeedbackStatus,
    SignatureMethod,
)


class FeedbackCriteriaSet(Timestamps, Base):
    """One version of the feedback criteria; a signed form keeps the version it was signed with."""

    __tablename__ = "feedback_criteria_set"

    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[int] = mapped_column(unique=True)
    # [{"key": "instructions", "da": "...", "en": "..."}, ...]
    criteria: Mapped[list[dict[str, Any]]] = mapped_column(JSONType)
    active: Mapped[bool] = mapped_column(default=True)


class FeedbackForm(Versioned, Timestamps, Base):
    """Immutable once signed: ``content_hash`` seals it; a correction is a new row that
    ``supersedes`` the old one."""

    __tablename__ = "feedback_form"

    id: Mapped[int] = mapped_column(primary_key=True)
    placement_id: Mapped[int] = mapped_column(ForeignKey("placement.id"), index=True)
    criteria_set_id: Mapped[int] = mapped_column(ForeignKey("feedback_criteria_set.id"))
    period_start: Mapped[date]
    period_end: Mapped[date]
    status: Mapped[FeedbackStatus] = enum_column(FeedbackStatus, default=FeedbackStatus.DRAFT)
    # {"instructions": 3, "safety": null, ...}; null means "not observed"
    ratings: Mapped[dict[str, Any]] = mapped_column(JSONType, default=dict)
    comments: Mapped[str | None] = mapped_column(Text)
    signer_name: Mapped[str | None]
    signer_role: Mapped[str | None]
    signature_method: Mapped[SignatureMethod | None] = enum_column(SignatureMethod)
    # [[{"x":..,"y":..,"t":..,"p":..}, ...], ...] in pad coordinates
    signature_strokes: Mapped[list[Any] | None] = mapped_column(JSONType)
    signature_png: Mapped[bytes | None] = mapped_column(LargeBinary)
    paper_scan: Mapped[bytes | None] = mapped_column(LargeBinary)
    paper_scan_mime: Mapped[str | None] = mapped_column(String(50))
    signed_at: Mapped[datetime | None]
    content_hash: Mapped[str | None] = mapped_column(String(64))
    supersedes_id: Mapped[int | None] = mapped_column(ForeignKey("feedback_form.id"))
    correction_reason: Mapped[str | None] = mapped_column(Text)
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"))


certificate_placement = Table(
    "certificate_placement",
    Base.metadata,
    Column("certificate_id", ForeignKey("certificate.id", ondelete="CASCADE"), primary_key=True),
    Column("placement_id", ForeignKey("placement.id"), primary_key=True),
    # "Is this placement on a certificate yet?" (batch selection) asks by placement.
    Index("ix_certificate_placement_placement_id", "placement_id"),
)


class CertificateCounter(Base):
    """The last number issued per year; locked while a number is taken, so numbers stay
    unique and gap-free with several coordinators issuing at once."""

    __tablename__ = "certificate_counter"

    year: Mapped[int] = mapped_column(primary_key=True, autoincrement=False)
    last_number: Mapped[int] = mapped_column(default=0)


class Certificate(Timestamps, Base):
    __tablename__ = "certificate"
    __table_args__ = (UniqueConstraint("year", "sequence"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[str] = mapped_column(String(40), unique=True)
    year: Mapped[int]
    sequence: Mapped[int]
    verification_code: Mapped[str] = mapped_column(String(40), unique=True)
    learner_id: Mapped[int] = mapped_column(ForeignKey("learner.id"), index=True)
    language: Mapped[CertificateLanguage] = enum_column(CertificateLanguage)
    printed_name: Mapped[str]
    period_start: Mapped[date]
    period_end: Mapped[date]
    minutes: Mapped[int]
    sessions: Mapped[int]
    level_reached: Mapped[CefrLevel | None] = enum_column(CefrLevel)
    words_mastered: Mapped[int] = mapped_column(default=0)
    goals_achieved: Mapped[int] = mapped_column(default=0)
    # The figures and texts as printed, so that a reprint or a check needs no recomputation.
    content: Mapped[dict[str, Any]] = mapped_column(JSONType, default=dict)
    # [{"check": "min_hours", "reason": "..."}]: failed pre-issue checks a coordinator overrode.
    overrides: Mapped[list[dict[str, Any]]] = mapped_column(JSONType, default=list)
    issued_by_id: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"))
    issued_at: Mapped[datetime]
    pdf_sha256: Mapped[str | None] = mapped_column(String(64))
    # The PDF exactly as issued (its SHA-256 above), for preview and reprint; loaded on demand.
    pdf: Mapped[bytes | None] = deferred(mapped_column(LargeBinary))
    replaces_id: Mapped[int | None] = mapped_column(ForeignKey("certificate.id"), index=True)
    revoked_at: Mapped[datetime | None]
    revoked_reason: Mapped[str | None] = mapped_column(Text)
    revoked_by_id: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"))
