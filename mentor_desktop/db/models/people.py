"""Learners (the workers), employers with their sites, contacts and partnership agreements."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import ForeignKey, Index, String, Text, UniqueConstraint, text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from mentor_desktop.db.base import Base, Timestamps, Versioned, enum_column
from mentor_desktop.domain.enums import CefrLevel, LearnerStatus, LegalBasis, Sector


class Learner(Versioned, Timestamps, Base):
    """A worker who learns Danish at work. No CPR number is stored."""

    __tablename__ = "learner"

    id: Mapped[int] = mapped_column(primary_key=True)
    first_name: Mapped[str]
    last_name: Mapped[str]
    birth_date: Mapped[date | None]
    phone: Mapped[str | None] = mapped_column(String(30))
    email: Mapped[str | None] = mapped_column(String(254))
    case_reference: Mapped[str | None] = mapped_column(String(50))
    gloss_language: Mapped[str | None] = mapped_column(String(10))
    level_listening: Mapped[CefrLevel | None] = enum_column(CefrLevel)
    level_speaking: Mapped[CefrLevel | None] = enum_column(CefrLevel)
    level_reading: Mapped[CefrLevel | None] = enum_column(CefrLevel)
    level_writing: Mapped[CefrLevel | None] = enum_column(CefrLevel)
    level_assessed_on: Mapped[date | None]
    legal_basis: Mapped[LegalBasis] = enum_column(LegalBasis, default=LegalBasis.PUBLIC_TASK)
    consent_given_on: Mapped[date | None]
    consent_withdrawn_on: Mapped[date | None]
    status: Mapped[LearnerStatus] = enum_column(LearnerStatus, default=LearnerStatus.ACTIVE)
    # Lower-cased "first last case-reference", kept by the service; indexed for search
    # (FTS5 trigram on SQLite, pg_trgm on PostgreSQL; see the migrations).
    search_text: Mapped[str] = mapped_column(String(400), default="")
    archived_at: Mapped[datetime | None]

    languages: Mapped[list[LearnerLanguage]] = relationship(
        back_populates="learner", cascade="all, delete-orphan", order_by="LearnerLanguage.position"
    )


class LearnerLanguage(Base):
    """A language the learner speaks (ISO 639-1/3 code); position 0 is the first language."""

    __tablename__ = "learner_language"
    __table_args__ = (UniqueConstraint("learner_id", "code"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    learner_id: Mapped[int] = mapped_column(ForeignKey("learner.id", ondelete="CASCADE"))
    code: Mapped[str] = mapped_column(String(10))
    position: Mapped[int] = mapped_column(default=0)

    learner: Mapped[Learner] = relationship(back_populates="languages")


class Employer(Versioned, Timestamps, Base):
    __tablename__ = "employer"
    # A CVR number belongs to one open employer; an archived one may share it.
    __table_args__ = (
        Index(
            "uq_employer_cvr_open",
            "cvr",
            unique=True,
            sqlite_where=text("archived_at IS NULL"),
            postgresql_where=text("archived_at IS NULL"),
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str]
    cvr: Mapped[str | None] = mapped_column(String(8))
    sector: Mapped[Sector] = enum_column(Sector, default=Sector.OTHER)
    street: Mapped[str | None]
    postcode: Mapped[str | None] = mapped_column(String(10))
    city: Mapped[str | None]
    phone: Mapped[str | None] = mapped_column(String(30))
    email: Mapped[str | None] = mapped_column(String(254))
    search_text: Mapped[str] = mapped_column(String(400), default="")
    archived_at: Mapped[datetime | None]

    sites: Mapped[list[Site]] = relationship(back_populates="employer", order_by="Site.id")
    contacts: Mapped[list[ContactPerson]] = relationship(
        back_populates="employer", order_by="ContactPerson.id"
    )
    agreements: Mapped[list[PartnershipAgreement]] = relationship(
        back_populates="employer", order_by="PartnershipAgreement.id"
    )


class Site(Versioned, Timestamps, Base):
    """A workplace address of an employer where visits happen."""

    __tablename__ = "site"

    id: Mapped[int] = mapped_column(primary_key=True)
    employer_id: Mapped[int] = mapped_column(ForeignKey("employer.id"), index=True)
    name: Mapped[str]
    street: Mapped[str | None]
    postcode: Mapped[str | None] = mapped_column(String(10))
    city: Mapped[str | None]
    archived_at: Mapped[datetime | None]

    employer: Mapped[Employer] = relationship(back_populates="sites")


class ContactPerson(Versioned, Timestamps, Base):
    __tablename__ = "contact_person"

    id: Mapped[int] = mapped_column(primary_key=True)
    employer_id: Mapped[int] = mapped_column(ForeignKey("employer.id"), index=True)
    name: Mapped[str]
    role: Mapped[str | None]
    phone: Mapped[str | None] = mapped_column(String(30))
    email: Mapped[str | None] = mapped_column(String(254))
    archived_at: Mapped[datetime | None]

    employer: Mapped[Employer] = relationship(back_populates="contacts")


class PartnershipAgreement(Versioned, Timestamps, Base):
    """One or two agreed actions with an employer, approved by the steering group."""

    __tablename__ = "partnership_agreement"

    id: Mapped[int] = mapped_column(primary_key=True)
    employer_id: Mapped[int] = mapped_column(ForeignKey("employer.id"), index=True)
    first_action: Mapped[str] = mapped_column(Text)
    second_action: Mapped[str | None] = mapped_column(Text)
    approved_on: Mapped[date | None]
    starts_on: Mapped[date | None]
    ends_on: Mapped[date | None]
    archived_at: Mapped[datetime | None]

    employer: Mapped[Employer] = relationship(back_populates="agreements")
