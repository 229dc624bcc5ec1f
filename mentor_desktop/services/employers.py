"""Employers: create, update, get, list with search by name or CVR, archive and restore."""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, fields
from datetime import datetime
from enum import StrEnum
from typing import Any

import sqlalchemy as sa
import sqlalchemy.orm as orm
from sqlalchemy import exc

from mentor_desktop.db import models as m
from mentor_desktop.domain.enums import AuditAction, Sector
from mentor_desktop.domain.errors import ErrorCode, FieldError, ValidationError
from mentor_desktop.domain.placements import OPEN_STATUSES
from mentor_desktop.domain.validation import Checker, normalise_cvr
from mentor_desktop.services.base import (
    Page,
    ServiceContext,
    apply_archived,
    changed_fields,
    check_version,
    clamp_page,
    danish_order,
    get_or_raise,
    search_condition,
)
from mentor_desktop.services.sites import AgreementRow, ContactRow, SiteRow, parts_of

ENTITY = "employer"
# A CVR number typed as printed on letters ("13 58 56 28", "1358-5628") is searched compacted.
CVR_LIKE = re.compile(r"[0-9][0-9 -]*[0-9]", re.ASCII)


@dataclass
class EmployerInput:
    """What a person can edit on an employer."""

    name: str = ""
    cvr: str | None = None
    sector: Sector = Sector.OTHER
    street: str | None = None
    postcode: str | None = None
    city: str | None = None
    phone: str | None = None
    email: str | None = None


@dataclass(frozen=True)
class EmployerRow:
    id: int
    name: str
    cvr: str | None
    sector: Sector
    city: str | None
    open_placements: int
    archived: bool


@dataclass(frozen=True)
class EmployerDetail:
    id: int
    version: int
    data: EmployerInput
    archived_at: datetime | None
    created_at: datetime
    sites: list[SiteRow]
    contacts: list[ContactRow]
    agreements: list[AgreementRow]
    open_placements: int


class EmployerSort(StrEnum):
    NAME = "name"
    CVR = "cvr"
    SECTOR = "sector"
    CITY = "city"
    CREATED = "created"


_COLUMNS = [f.name for f in fields(EmployerInput)]


def search_text(name: str, cvr: str | None) -> str:
    return " ".join(p for p in (name, cvr or "") if p).casefold()


def employer_found(s: orm.Session, query: str) -> sa.ColumnElement[bool] | None:
    """A filter for employers whose name or CVR number ``query`` finds (a CVR number typed
    as printed too); ``None`` for an empty query."""
    if CVR_LIKE.fullmatch(query.strip()):
        query = normalise_cvr(query.strip())
    return search_condition(
        s,
        query,
        search_column=m.Employer.search_text,
        id_column=m.Employer.id,
        fts_table="employer_fts",
    )


def validate(data: EmployerInput) -> EmployerInput:
    """Cleaned copy of ``data``; raises ``ValidationError`` naming every bad field."""
    check = Checker()
    cleaned = EmployerInput(
        name=check.text("name", data.name, required=True) or "",
        cvr=check.cvr("cvr", data.cvr),
        sector=check.choice("sector", data.sector, Sector) or Sector.OTHER,
        street=check.text("street", data.street),
        postcode=check.postcode("postcode", data.postcode),
        city=check.text("city", data.city),
        phone=check.phone("phone", data.phone),
        email=check.email("email", data.email),
    )
    check.raise_if_any()
    return cleaned


@contextmanager
def _cvr_taken_meanwhile(cvr: str | None) -> Iterator[None]:
    """Another program saved an open employer with the same CVR number between our check
    and our commit: the unique index refuses it, and the user hears it as DUPLICATE."""
    try:
        yield
    except exc.IntegrityError as error:
        message = str(error.orig)
        if "uq_employer_cvr_open" not in message and "employer.cvr" not in message:
            raise
        raise ValidationError(
            [FieldError("cvr", ErrorCode.DUPLICATE, {"value": cvr or ""})]
        ) from error


def _check_cvr_free(s: orm.Session, cvr: str | None, employer_id: int | None) -> None:
    """A CVR number belongs to one employer that is not archived."""
    if cvr is None:
        return
    statement = sa.select(m.Employer.id).where(
        m.Employer.cvr == cvr, m.Employer.archived_at.is_(None)
    )
    if employer_id is not None:
        statement = statement.where(m.Employer.id != employer_id)
    other = s.scalar(statement.limit(1))
    if other is not None:
        check = Checker()
        check.add("cvr", ErrorCode.DUPLICATE, value=cvr, other_id=other)
        check.raise_if_any()


def _open_placements(
    employer_id: sa.ColumnElement[int] | orm.InstrumentedAttribute[int],
) -> sa.ScalarSelect[int]:
    return (
        sa.select(sa.func.count(m.Placement.id))
        .join(m.Site, m.Placement.site_id == m.Site.id)
        .where(
            m.Site.employer_id == employer_id,
            m.Placement.archived_at.is_(None),
            m.Placement.status.in_(OPEN_STATUSES),
        )
        .scalar_subquery()
    )


class EmployerService:
    def __init__(self, context: ServiceContext):
        self._context = context

    def create(self, data: EmployerInput) -> EmployerDetail:
        """Raises ``ValidationError`` (``cvr``: DUPLICATE when another employer that is not
        archived has the number)."""
        cleaned = validate(data)
        with _cvr_taken_meanwhile(cleaned.cvr), self._context.write() as s:
            _check_cvr_free(s, cleaned.cvr, None)
            row = m.Employer(**{name: getattr(cleaned, name) for name in _COLUMNS})
            row.search_text = search_text(cleaned.name, cleaned.cvr)
            s.add(row)
            s.flush()
            self._context.audit(s, AuditAction.CREATE, ENTITY, row.id, _COLUMNS)
            return self._detail(s, row)

    def update(
        self, employer_id: int, data: EmployerInput, *, expected_version: int
    ) -> EmployerDetail:
        """Raises ``ValidationError``, ``NotFoundError``, ``ConflictError``."""
        cleaned = validate(data)
        with _cvr_taken_meanwhile(cleaned.cvr), self._context.write() as s:
            row = get_or_raise(s, m.Employer, employer_id)
            check_version(row, ENTITY, employer_id, expected_version)
            if row.archived_at is None and cleaned.cvr != row.cvr:
                _check_cvr_free(s, cleaned.cvr, row.id)
            changed = changed_fields(row, {name: getattr(cleaned, name) for name in _COLUMNS})
            if changed:
                row.search_text = search_text(row.name, row.cvr)
                self._context.audit(s, AuditAction.UPDATE, ENTITY, row.id, changed)
                s.flush()
            return self._detail(s, row)

    def archive(self, employer_id: int, *, expected_version: int) -> EmployerDetail:
        """Raises ``NotFoundError``, ``ConflictError``."""
        return self._set_archived(employer_id, expected_version, archived=True)

    def restore(self, employer_id: int, *, expected_version: int) -> EmployerDetail:
        """Raises ``NotFoundError``, ``ConflictError``, and ``ValidationError`` (``cvr``:
        DUPLICATE) when another employer took the number in the meantime."""
        return self._set_archived(employer_id, expected_version, archived=False)

    def _set_archived(
        self, employer_id: int, expected_version: int, *, archived: bool
    ) -> EmployerDetail:
        with _cvr_taken_meanwhile(None), self._context.write() as s:
            row = get_or_raise(s, m.Employer, employer_id)
            check_version(row, ENTITY, employer_id, expected_version)
            if not archived and row.archived_at is not None:
                _check_cvr_free(s, row.cvr, row.id)
            apply_archived(self._context, s, row, ENTITY, archived=archived)
            return self._detail(s, row)

    def get(self, employer_id: int) -> EmployerDetail:
        """Raises ``NotFoundError``."""
        with self._context.read() as s:
            return self._detail(s, get_or_raise(s, m.Employer, employer_id))

    def list(
        self,
        *,
        query: str = "",
        sector: Sector | None = None,
        offset: int = 0,
        limit: int = 100,
        sort: EmployerSort = EmployerSort.NAME,
        descending: bool = False,
        include_archived: bool = False,
        count: bool = True,
    ) -> Page[EmployerRow]:
        """One page of employers whose name or CVR contains ``query`` (a CVR number may be
        typed with spaces), filtered and sorted in the database."""
        offset, limit = clamp_page(offset, limit)
        with self._context.read() as s:
            condition: list[sa.ColumnElement[bool]] = []
            if not include_archived:
                condition.append(m.Employer.archived_at.is_(None))
            if sector is not None:
                condition.append(m.Employer.sector == sector)
            found = employer_found(s, query)
            if found is not None:
                condition.append(found)
            name = danish_order(s, m.Employer.name)
            orders: dict[EmployerSort, list[Any]] = {
                EmployerSort.NAME: [name],
                EmployerSort.CVR: [m.Employer.cvr, name],
                EmployerSort.SECTOR: [m.Employer.sector, name],
                EmployerSort.CITY: [m.Employer.city, name],
                EmployerSort.CREATED: [m.Employer.created_at],
            }
            order = orders[sort]
            order_by = [
                c.desc().nulls_last() if descending else c.asc().nulls_last() for c in order
            ]
            statement = (
                sa.select(
                    m.Employer.id,
                    m.Employer.name,
                    m.Employer.cvr,
                    m.Employer.sector,
                    m.Employer.city,
                    _open_placements(m.Employer.id),
                    m.Employer.archived_at,
                )
                .where(*condition)
                .order_by(*order_by, m.Employer.id.desc() if descending else m.Employer.id)
                .offset(offset)
                .limit(limit)
            )
            rows = [
                EmployerRow(r[0], r[1], r[2], r[3], r[4], r[5] or 0, r[6] is not None)
                for r in s.execute(statement)
            ]
            total = (
                s.scalar(sa.select(sa.func.count()).select_from(m.Employer).where(*condition))
                if count
                else offset + len(rows)
            )
            return Page(rows, offset, total or 0)

    def _detail(self, s: orm.Session, row: m.Employer) -> EmployerDetail:
        sites, contacts, agreements = parts_of(s, row.id)
        return EmployerDetail(
            id=row.id,
            version=row.version,
            data=EmployerInput(**{name: getattr(row, name) for name in _COLUMNS}),
            archived_at=row.archived_at,
            created_at=row.created_at,
            sites=sites,
            contacts=contacts,
            agreements=agreements,
            open_placements=s.scalar(sa.select(_open_placements(sa.literal(row.id)))) or 0,
        )
