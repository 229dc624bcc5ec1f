"""The versions of the feedback criteria. A new version is a new set: the forms already made
keep the set they were made on (and a signed form the set it was signed with)."""

from __future__ import annotations

import re
from dataclasses import dataclass

import sqlalchemy as sa

from mentor_desktop.db import models as m
from mentor_desktop.domain.enums import AuditAction
from mentor_desktop.domain.errors import ErrorCode
from mentor_desktop.domain.validation import MAX_NAME, Checker
from mentor_desktop.services.base import ServiceContext
from mentor_desktop.services.reference import CriteriaSet, Criterion

ENTITY = "feedback_criteria_set"
KEY = re.compile(r"[a-z][a-z0-9_]{0,39}\Z", re.ASCII)
MAX_CRITERIA = 20


@dataclass
class CriterionInput:
    key: str = ""
    da: str = ""
    en: str = ""


def validate(criteria: list[CriterionInput]) -> list[Criterion]:
    """Cleaned criteria: each with a key (lower-case letters, digits, underscore; unique)
    and a Danish and an English label. Fields are named ``criteria.<n>.key`` and so on.
    Raises ``ValidationError``."""
    check = Checker()
    if not criteria:
        check.add("criteria", ErrorCode.REQUIRED)
    elif len(criteria) > MAX_CRITERIA:
        check.add("criteria", ErrorCode.TOO_LARGE, max=MAX_CRITERIA)
    seen: set[str] = set()
    cleaned = []
    for number, item in enumerate(criteria):
        prefix = f"criteria.{number}"
        key = (item.key or "").strip().lower()
        if not key:
            check.add(f"{prefix}.key", ErrorCode.REQUIRED)
        elif not KEY.match(key):
            check.add(f"{prefix}.key", ErrorCode.INVALID_FORMAT, value=key)
        elif key in seen:
            check.add(f"{prefix}.key", ErrorCode.DUPLICATE, value=key)
        seen.add(key)
        da = check.text(f"{prefix}.da", item.da, required=True, max_length=MAX_NAME) or ""
        en = check.text(f"{prefix}.en", item.en, required=True, max_length=MAX_NAME) or ""
        cleaned.append(Criterion(key, da, en))
    check.raise_if_any()
    return cleaned


class FeedbackCriteriaService:
    def __init__(self, context: ServiceContext):
        self._context = context

    def current(self) -> CriteriaSet | None:
        """The set new forms are made on: the newest active one."""
        with self._context.read() as s:
            row = s.scalars(
                sa.select(m.FeedbackCriteriaSet)
                .where(m.FeedbackCriteriaSet.active.is_(True))
                .order_by(m.FeedbackCriteriaSet.number.desc())
                .limit(1)
            ).first()
            return _set(row) if row is not None else None

    def all_sets(self) -> list[CriteriaSet]:
        """Every version, newest first."""
        with self._context.read() as s:
            return [
                _set(row)
                for row in s.scalars(
                    sa.select(m.FeedbackCriteriaSet).order_by(m.FeedbackCriteriaSet.number.desc())
                )
            ]

    def save_new_version(self, criteria: list[CriterionInput]) -> CriteriaSet:
        """Make ``criteria`` the next version, used by every form made from now on; the
        older versions stay, inactive. Raises ``ValidationError``."""
        cleaned = validate(criteria)
        with self._context.write() as s:
            newest = s.scalar(sa.select(sa.func.max(m.FeedbackCriteriaSet.number))) or 0
            s.execute(
                sa.update(m.FeedbackCriteriaSet)
                .where(m.FeedbackCriteriaSet.active.is_(True))
                .values(active=False)
            )
            row = m.FeedbackCriteriaSet(
                number=newest + 1,
                criteria=[{"key": c.key, "da": c.da, "en": c.en} for c in cleaned],
                active=True,
            )
            s.add(row)
            s.flush()
            self._context.audit(s, AuditAction.CREATE, ENTITY, row.id, ["criteria", "number"])
            return _set(row)


def _set(row: m.FeedbackCriteriaSet) -> CriteriaSet:
    return CriteriaSet(
        id=row.id,
        number=row.number,
        criteria=[Criterion(c["key"], c["da"], c["en"]) for c in row.criteria],
        active=row.active,
    )
