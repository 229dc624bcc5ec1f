"""The register's rows: issued certificates as plain data, with who issued them and the
numbers they replace or were replaced by, read for a whole page in one query."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime

import sqlalchemy as sa
import sqlalchemy.orm as orm

from mentor_desktop.db import models as m
from mentor_desktop.domain.enums import CertificateLanguage


@dataclass(frozen=True)
class CertificateRow:
    id: int
    number: str
    learner_id: int
    printed_name: str
    language: CertificateLanguage
    period_start: date
    period_end: date
    minutes: int
    sessions: int
    words_mastered: int
    goals_achieved: int
    issued_at: datetime
    issued_by: str | None
    verification_code: str
    pdf_sha256: str | None
    revoked_at: datetime | None
    revoked_reason: str | None
    replaces_number: str | None
    replaced_by_number: str | None
    overrides: list[dict[str, str]]

    @property
    def revoked(self) -> bool:
        return self.revoked_at is not None

    @property
    def archived(self) -> bool:
        """Lists grey a revoked certificate out, as they do an archived record."""
        return self.revoked


def register_rows(s: orm.Session, certificates: Sequence[m.Certificate]) -> list[CertificateRow]:
    """``certificates`` as register rows, in the same order."""
    if not certificates:
        return []
    replaced = orm.aliased(m.Certificate)
    successor = orm.aliased(m.Certificate)
    ids = [c.id for c in certificates]
    links = {
        certificate_id: (issued_by, replaces, replaced_by)
        for certificate_id, issued_by, replaces, replaced_by in s.execute(
            sa.select(m.Certificate.id, m.User.name, replaced.number, successor.number)
            .outerjoin(m.User, m.User.id == m.Certificate.issued_by_id)
            .outerjoin(replaced, replaced.id == m.Certificate.replaces_id)
            .outerjoin(successor, successor.replaces_id == m.Certificate.id)
            .where(m.Certificate.id.in_(ids))
        )
    }
    rows = []
    for row in certificates:
        issued_by, replaces, replaced_by = links[row.id]
        rows.append(
            CertificateRow(
                id=row.id,
                number=row.number,
                learner_id=row.learner_id,
                printed_name=row.printed_name,
                language=row.language,
                period_start=row.period_start,
                period_end=row.period_end,
                minutes=row.minutes,
                sessions=row.sessions,
                words_mastered=row.words_mastered,
                goals_achieved=row.goals_achieved,
                issued_at=row.issued_at,
                issued_by=issued_by,
                verification_code=row.verification_code,
                pdf_sha256=row.pdf_sha256,
                revoked_at=row.revoked_at,
                revoked_reason=row.revoked_reason,
                replaces_number=replaces,
                replaced_by_number=replaced_by,
                overrides=list(row.overrides or []),
            )
        )
    return rows
