"""The centre, its users, the audit trail and stored form drafts."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import ForeignKey, Index, LargeBinary, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from mentor_desktop.db.base import Base, JSONType, Timestamps, Versioned, enum_column, utcnow
from mentor_desktop.domain.enums import AuditAction, Role


class Centre(Versioned, Timestamps, Base):
    __tablename__ = "centre"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str]
    street: Mapped[str | None]
    postcode: Mapped[str | None] = mapped_column(String(10))
    city: Mapped[str | None]
    cvr: Mapped[str | None] = mapped_column(String(8))
    phone: Mapped[str | None] = mapped_column(String(30))
    email: Mapped[str | None] = mapped_column(String(254))
    logo_png: Mapped[bytes | None] = mapped_column(LargeBinary)
    signatory_name: Mapped[str | None]
    signatory_title: Mapped[str | None]
    signature_png: Mapped[bytes | None] = mapped_column(LargeBinary)
    certificate_prefix: Mapped[str] = mapped_column(String(20), default="MD")
    min_certificate_minutes: Mapped[int] = mapped_column(default=600)


class User(Versioned, Timestamps, Base):
    __tablename__ = "app_user"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str]
    login: Mapped[str] = mapped_column(String(100), unique=True)
    role: Mapped[Role] = enum_column(Role)
    active: Mapped[bool] = mapped_column(default=True)
    email: Mapped[str | None] = mapped_column(String(254))
    phone: Mapped[str | None] = mapped_column(String(30))
    password_hash: Mapped[str | None] = mapped_column(String(255))
    pin_hash: Mapped[str | None] = mapped_column(String(255))
    signature_png: Mapped[bytes | None] = mapped_column(LargeBinary)


class AuditEvent(Base):
    """Who changed what and when. Ids and field names only, never personal values."""

    __tablename__ = "audit_event"
    __table_args__ = (Index("ix_audit_event_entity", "entity", "entity_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(default=utcnow, index=True)
    user_id: Mapped[int | None] = mapped_column(ForeignKey("app_user.id", ondelete="SET NULL"))
    action: Mapped[AuditAction] = enum_column(AuditAction)
    entity: Mapped[str] = mapped_column(String(50))
    entity_id: Mapped[int]
    fields: Mapped[list[str]] = mapped_column(JSONType, default=list)


class FormDraft(Base):
    """An unsaved form kept in the database, so that a crash loses nothing typed."""

    __tablename__ = "form_draft"
    __table_args__ = (UniqueConstraint("user_id", "form_kind", "entity_key"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int | None] = mapped_column(ForeignKey("app_user.id", ondelete="CASCADE"))
    form_kind: Mapped[str] = mapped_column(String(50))
    entity_key: Mapped[str] = mapped_column(String(50), default="")
    payload: Mapped[dict[str, Any]] = mapped_column(JSONType)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)
