"""Placements (forløb: learner x site x tutor), their status history and the sessions given."""

from __future__ import annotations

from datetime import date, datetime, time

from sqlalchemy import Column, ForeignKey, Index, String, Table, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from mentor_desktop.db.base import Base, Timestamps, Versioned, enum_column, utcnow
from mentor_desktop.domain.enums import Attendance, Outcome, PlacementStatus, SessionMode


class Placement(Versioned, Timestamps, Base):
    __tablename__ = "placement"
    __table_args__ = (Index("ix_placement_tutor_status", "tutor_id", "status"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    learner_id: Mapped[int] = mapped_column(ForeignKey("learner.id"), index=True)
    site_id: Mapped[int] = mapped_column(ForeignKey("site.id"), index=True)
    tutor_id: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"))
    job_title: Mapped[str | None]
    referral_date: Mapped[date | None]
    start_date: Mapped[date | None]
    end_date: Mapped[date | None]
    planned_hours: Mapped[int | None]
    status: Mapped[PlacementStatus] = enum_column(PlacementStatus, default=PlacementStatus.REFERRED)
    outcome: Mapped[Outcome | None] = enum_column(Outcome)
    outcome_on: Mapped[date | None]
    followup_outcome: Mapped[Outcome | None] = enum_column(Outcome)
    followup_on: Mapped[date | None]
    buddy_name: Mapped[str | None]
    buddy_phone: Mapped[str | None] = mapped_column(String(30))
    archived_at: Mapped[datetime | None]

    sessions: Mapped[list[Session]] = relationship(
        back_populates="placement", order_by="Session.session_date"
    )


class PlacementStatusChange(Base):
    __tablename__ = "placement_status_change"

    id: Mapped[int] = mapped_column(primary_key=True)
    placement_id: Mapped[int] = mapped_column(
        ForeignKey("placement.id", ondelete="CASCADE"), index=True
    )
    from_status: Mapped[PlacementStatus | None] = enum_column(PlacementStatus)
    to_status: Mapped[PlacementStatus] = enum_column(PlacementStatus)
    at: Mapped[datetime] = mapped_column(default=utcnow)
    user_id: Mapped[int | None] = mapped_column(ForeignKey("app_user.id", ondelete="SET NULL"))


class WorkSituation(Base):
    """A catalogue entry of work situations practised (safety briefing, shift handover, ...)."""

    __tablename__ = "work_situation"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(50), unique=True)
    name_da: Mapped[str]
    name_en: Mapped[str]
    active: Mapped[bool] = mapped_column(default=True)


session_work_situation = Table(
    "session_work_situation",
    Base.metadata,
    Column("session_id", ForeignKey("session.id", ondelete="CASCADE"), primary_key=True),
    Column("work_situation_id", ForeignKey("work_situation.id"), primary_key=True),
)


class Session(Versioned, Timestamps, Base):
    """One visit. ``minutes`` > 0; an attended session never lies in the future."""

    __tablename__ = "session"
    __table_args__ = (
        # Lists run newest first by date, time and id: each index serves that order, alone
        # or after the placement or tutor it filters by.
        Index("ix_session_placement_date", "placement_id", "session_date", "start_time", "id"),
        Index("ix_session_tutor_date", "tutor_id", "session_date", "start_time", "id"),
        Index("ix_session_date", "session_date", "start_time", "id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    placement_id: Mapped[int] = mapped_column(ForeignKey("placement.id"))
    tutor_id: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"))
    session_date: Mapped[date]
    start_time: Mapped[time | None]
    minutes: Mapped[int]
    mode: Mapped[SessionMode] = enum_column(SessionMode, default=SessionMode.ON_SITE)
    attendance: Mapped[Attendance] = enum_column(Attendance, default=Attendance.ATTENDED)
    work_situations_other: Mapped[str | None] = mapped_column(Text)
    note: Mapped[str | None] = mapped_column(Text)
    next_step: Mapped[str | None] = mapped_column(Text)

    placement: Mapped[Placement] = relationship(back_populates="sessions")
    work_situations: Mapped[list[WorkSituation]] = relationship(secondary=session_work_situation)
