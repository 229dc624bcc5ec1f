"""Drafts of unsaved forms, kept in the database so that a crash loses nothing typed.

One row per user, form kind and key (``"new"`` or a record's id). A draft is the user's own
unsaved work, not a change to the centre's records: it leaves no audit event, and nothing of
its payload is ever written to the log."""

from __future__ import annotations

import builtins
import logging
from dataclasses import dataclass
from datetime import datetime
from typing import Any

import sqlalchemy as sa
import sqlalchemy.orm as orm

from mentor_desktop.db import models as m
from mentor_desktop.services.base import ServiceContext

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Draft:
    kind: str
    key: str
    payload: dict[str, Any]
    updated_at: datetime


class DraftService:
    def __init__(self, context: ServiceContext):
        self._context = context

    def save(self, kind: str, key: str, payload: dict[str, Any]) -> None:
        """Store ``payload`` (JSON-serialisable) as the current user's draft of ``kind`` and
        ``key``, replacing an earlier one. Raises ``DatabaseError``."""
        with self._context.write() as s:
            row = self._find(s, kind, key)
            if row is None:
                row = m.FormDraft(user_id=self._context.user_id, form_kind=kind, entity_key=key)
                s.add(row)
            row.payload = payload
            row.updated_at = self._context.clock()
            # Written even when unchanged, so that the column's own onupdate stays out.
            orm.attributes.flag_modified(row, "updated_at")
        log.debug("Draft %s/%s saved", kind, key)

    def load(self, kind: str, key: str) -> Draft | None:
        """The current user's draft of ``kind`` and ``key``, if any."""
        with self._context.read() as s:
            row = self._find(s, kind, key)
            return _draft(row) if row is not None else None

    def discard(self, kind: str, key: str) -> None:
        """Remove the current user's draft of ``kind`` and ``key``; nothing if there is none."""
        with self._context.write() as s:
            s.execute(sa.delete(m.FormDraft).where(*self._where(kind, key)))

    def list_for_user(self, kind: str | None = None) -> builtins.list[Draft]:
        """The current user's drafts (of ``kind`` when given), newest first."""
        with self._context.read() as s:
            statement = sa.select(m.FormDraft).where(self._user_condition())
            if kind is not None:
                statement = statement.where(m.FormDraft.form_kind == kind)
            rows = s.scalars(statement.order_by(m.FormDraft.updated_at.desc(), m.FormDraft.id))
            return [_draft(row) for row in rows]

    def _user_condition(self) -> sa.ColumnElement[bool]:
        user_id = self._context.user_id
        if user_id is None:
            return m.FormDraft.user_id.is_(None)
        return m.FormDraft.user_id == user_id

    def _where(self, kind: str, key: str) -> builtins.list[sa.ColumnElement[bool]]:
        return [
            self._user_condition(),
            m.FormDraft.form_kind == kind,
            m.FormDraft.entity_key == key,
        ]

    def _find(self, s: orm.Session, kind: str, key: str) -> m.FormDraft | None:
        return s.scalars(sa.select(m.FormDraft).where(*self._where(kind, key))).first()


def _draft(row: m.FormDraft) -> Draft:
    return Draft(
        kind=row.form_kind, key=row.entity_key, payload=dict(row.payload), updated_at=row.updated_at
    )
