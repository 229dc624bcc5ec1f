"""Vocabulary lists and items with glosses, per-learner vocabulary goals with their history,
and can-do goals with their catalogue."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import ForeignKey, Index, LargeBinary, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from mentor_desktop.db.base import Base, Timestamps, Versioned, enum_column, utcnow
from mentor_desktop.domain.enums import CanDoStatus, CefrLevel, Sector, VocabularyStatus, WordClass


class VocabularyList(Versioned, Timestamps, Base):
    __tablename__ = "vocabulary_list"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str]
    sector: Mapped[Sector] = enum_column(Sector)
    employer_id: Mapped[int | None] = mapped_column(ForeignKey("employer.id"), index=True)
    copied_from_id: Mapped[int | None] = mapped_column(ForeignKey("vocabulary_list.id"))
    description: Mapped[str | None] = mapped_column(Text)
    archived_at: Mapped[datetime | None]

    items: Mapped[list[VocabularyItem]] = relationship(
        back_populates="vocabulary_list", order_by="VocabularyItem.position"
    )


class VocabularyItem(Versioned, Timestamps, Base):
    __tablename__ = "vocabulary_item"
    __table_args__ = (Index("ix_vocabulary_item_list_position", "list_id", "position"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    list_id: Mapped[int] = mapped_column(ForeignKey("vocabulary_list.id"))
    position: Mapped[int] = mapped_column(default=0)
    term: Mapped[str]
    word_class: Mapped[WordClass] = enum_column(WordClass, default=WordClass.NOUN)
    article: Mapped[str | None] = mapped_column(String(10))
    example: Mapped[str | None] = mapped_column(Text)
    picture: Mapped[bytes | None] = mapped_column(LargeBinary)
    safety_critical: Mapped[bool] = mapped_column(default=False)
    archived_at: Mapped[datetime | None]

    vocabulary_list: Mapped[VocabularyList] = relationship(back_populates="items")
    glosses: Mapped[list[Gloss]] = relationship(
        back_populates="item", cascade="all, delete-orphan", order_by="Gloss.language"
    )


class Gloss(Base):
    """The item's meaning in one language, in that language's own script."""

    __tablename__ = "gloss"
    __table_args__ = (UniqueConstraint("item_id", "language"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    item_id: Mapped[int] = mapped_column(ForeignKey("vocabulary_item.id", ondelete="CASCADE"))
    language: Mapped[str] = mapped_column(String(10))
    text: Mapped[str] = mapped_column(String(500))

    item: Mapped[VocabularyItem] = relationship(back_populates="glosses")


class VocabularyGoal(Versioned, Timestamps, Base):
    __tablename__ = "vocabulary_goal"
    __table_args__ = (
        UniqueConstraint("learner_id", "item_id"),
        Index("ix_vocabulary_goal_placement_status", "placement_id", "status"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    learner_id: Mapped[int] = mapped_column(ForeignKey("learner.id"))
    placement_id: Mapped[int | None] = mapped_column(ForeignKey("placement.id"))
    item_id: Mapped[int] = mapped_column(ForeignKey("vocabulary_item.id"), index=True)
    status: Mapped[VocabularyStatus] = enum_column(
        VocabularyStatus, default=VocabularyStatus.PLANNED
    )
    status_on: Mapped[date]


class VocabularyGoalEvent(Base):
    """One step on a goal's status ladder, possibly made in a session."""

    __tablename__ = "vocabulary_goal_event"

    id: Mapped[int] = mapped_column(primary_key=True)
    goal_id: Mapped[int] = mapped_column(
        ForeignKey("vocabulary_goal.id", ondelete="CASCADE"), index=True
    )
    from_status: Mapped[VocabularyStatus | None] = enum_column(VocabularyStatus)
    to_status: Mapped[VocabularyStatus] = enum_column(VocabularyStatus)
    on_date: Mapped[date]
    session_id: Mapped[int | None] = mapped_column(
        ForeignKey("session.id", ondelete="SET NULL"), index=True
    )
    user_id: Mapped[int | None] = mapped_column(ForeignKey("app_user.id", ondelete="SET NULL"))
    at: Mapped[datetime] = mapped_column(default=utcnow)


class CanDoStatement(Versioned, Timestamps, Base):
    """A catalogue statement ("can report a fault to the shift leader") the centre can edit."""

    __tablename__ = "can_do_statement"

    id: Mapped[int] = mapped_column(primary_key=True)
    sector: Mapped[Sector] = enum_column(Sector)
    text_da: Mapped[str] = mapped_column(Text)
    text_en: Mapped[str | None] = mapped_column(Text)
    level: Mapped[CefrLevel] = enum_column(CefrLevel)
    active: Mapped[bool] = mapped_column(default=True)


class CanDoGoal(Versioned, Timestamps, Base):
    __tablename__ = "can_do_goal"

    id: Mapped[int] = mapped_column(primary_key=True)
    learner_id: Mapped[int] = mapped_column(ForeignKey("learner.id"), index=True)
    placement_id: Mapped[int | None] = mapped_column(ForeignKey("placement.id"), index=True)
    statement_id: Mapped[int | None] = mapped_column(ForeignKey("can_do_statement.id"))
    text: Mapped[str] = mapped_column(Text)
    level: Mapped[CefrLevel] = enum_column(CefrLevel)
    status: Mapped[CanDoStatus] = enum_column(CanDoStatus, default=CanDoStatus.PLANNED)
    status_on: Mapped[date]
    evidence_session_id: Mapped[int | None] = mapped_column(
        ForeignKey("session.id", ondelete="SET NULL")
    )
    evidence_feedback_id: Mapped[int | None] = mapped_column(
        ForeignKey("feedback_form.id", ondelete="SET NULL")
    )
    evidence_note: Mapped[str | None] = mapped_column(Text)
