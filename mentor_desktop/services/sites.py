"""An employer's sites (workplaces where visits happen), contact persons and partnership
agreements: create, update, get, list per employer, archive and restore."""

from __future__ import annotations

from abc import abstractmethod
from dataclasses import dataclass, fields
from datetime import date
from typing import Any, ClassVar, Generic, TypeVar

import sqlalchemy as sa
import sqlalchemy.orm as orm

from mentor_desktop.db import models as m
from mentor_desktop.domain.enums import AuditAction
from mentor_desktop.domain.validation import MAX_TEXT, Checker
from mentor_desktop.services.base import (
    ServiceContext,
    apply_archived,
    changed_fields,
    check_version,
    get_or_raise,
    require_reference,
)


@dataclass
class SiteInput:
    name: str = ""
    street: str | None = None
    postcode: str | None = None
    city: str | None = None


@dataclass(frozen=True)
class SiteRow:
    id: int
    version: int
    employer_id: int
    data: SiteInput
    archived: bool

    @property
    def name(self) -> str:
        return self.data.name


@dataclass
class ContactInput:
    name: str = ""
    role: str | None = None
    phone: str | None = None
    email: str | None = None


@dataclass(frozen=True)
class ContactRow:
    id: int
    version: int
    employer_id: int
    data: ContactInput
    archived: bool

    @property
    def name(self) -> str:
        return self.data.name


@dataclass
class AgreementInput:
    """A partnership agreement: one agreed action, optionally a second, approved by the
    steering group."""

    first_action: str = ""
    second_action: str | None = None
    approved_on: date | None = None
    starts_on: date | None = None
    ends_on: date | None = None


@dataclass(frozen=True)
class AgreementRow:
    id: int
    version: int
    employer_id: int
    data: AgreementInput
    archived: bool


I = TypeVar("I", SiteInput, ContactInput, AgreementInput)  # noqa: E741
R = TypeVar("R", SiteRow, ContactRow, AgreementRow)


class _EmployerPartService(Generic[I, R]):
    """What sites, contacts and agreements share: they belong to one employer, which must
    exist and not be archived when a part is added."""

    model: ClassVar[Any]
    entity: ClassVar[str]
    input_type: ClassVar[Any]
    row_type: ClassVar[Any]
    order: ClassVar[tuple[str, ...]]

    def __init__(self, context: ServiceContext):
        self._context = context

    @abstractmethod
    def _clean(self, data: I, check: Checker) -> I: ...

    def validate(self, data: I) -> I:
        """Cleaned copy of ``data`` (rules that need no database, for checking a form as it
        is typed); raises ``ValidationError`` naming every bad field."""
        return self._validate(data)

    def _validate(self, data: I) -> I:
        check = Checker()
        cleaned = self._clean(data, check)
        check.raise_if_any()
        return cleaned

    @classmethod
    def _order(cls) -> list[sa.UnaryExpression[Any]]:
        return [getattr(cls.model, name).asc().nulls_last() for name in cls.order]

    @classmethod
    def _columns(cls) -> list[str]:
        return [f.name for f in fields(cls.input_type)]

    def create(self, employer_id: int, data: I) -> R:
        """Raises ``ValidationError`` (also for a missing or archived employer)."""
        cleaned = self._validate(data)
        with self._context.write() as s:
            check = Checker()
            require_reference(s, check, "employer_id", m.Employer, employer_id)
            check.raise_if_any()
            row = self.model(
                employer_id=employer_id, **{c: getattr(cleaned, c) for c in self._columns()}
            )
            s.add(row)
            s.flush()
            self._context.audit(
                s, AuditAction.CREATE, self.entity, row.id, ["employer_id", *self._columns()]
            )
            return self._row(row)

    def update(self, part_id: int, data: I, *, expected_version: int) -> R:
        """Raises ``ValidationError``, ``NotFoundError``, ``ConflictError``."""
        cleaned = self._validate(data)
        with self._context.write() as s:
            row = get_or_raise(s, self.model, part_id)
            check_version(row, self.entity, part_id, expected_version)
            changed = changed_fields(row, {c: getattr(cleaned, c) for c in self._columns()})
            if changed:
                self._context.audit(s, AuditAction.UPDATE, self.entity, row.id, changed)
                s.flush()
            return self._row(row)

    def get(self, part_id: int) -> R:
        """Raises ``NotFoundError``."""
        with self._context.read() as s:
            return self._row(get_or_raise(s, self.model, part_id))

    def list(self, employer_id: int, *, include_archived: bool = False) -> list[R]:
        """The employer's parts (a handful each), sorted in the database."""
        with self._context.read() as s:
            statement = sa.select(self.model).where(self.model.employer_id == employer_id)
            if not include_archived:
                statement = statement.where(self.model.archived_at.is_(None))
            statement = statement.order_by(*self._order(), self.model.id)
            return [self._row(r) for r in s.scalars(statement)]

    def archive(self, part_id: int, *, expected_version: int) -> R:
        """Raises ``NotFoundError``, ``ConflictError``."""
        return self._set_archived(part_id, expected_version, archived=True)

    def restore(self, part_id: int, *, expected_version: int) -> R:
        """Raises ``NotFoundError``, ``ConflictError``."""
        return self._set_archived(part_id, expected_version, archived=False)

    def _set_archived(self, part_id: int, expected_version: int, *, archived: bool) -> R:
        with self._context.write() as s:
            row = get_or_raise(s, self.model, part_id)
            check_version(row, self.entity, part_id, expected_version)
            apply_archived(self._context, s, row, self.entity, archived=archived)
            return self._row(row)

    @classmethod
    def _row(cls, row: Any) -> R:
        data = cls.input_type(**{c: getattr(row, c) for c in cls._columns()})
        return cls.row_type(  # type: ignore[no-any-return]
            id=row.id,
            version=row.version,
            employer_id=row.employer_id,
            data=data,
            archived=row.archived_at is not None,
        )


class SiteService(_EmployerPartService[SiteInput, SiteRow]):
    model = m.Site
    entity = "site"
    input_type = SiteInput
    row_type = SiteRow
    order = ("name",)

    def _clean(self, data: SiteInput, check: Checker) -> SiteInput:
        return SiteInput(
            name=check.text("name", data.name, required=True) or "",
            street=check.text("street", data.street),
            postcode=check.postcode("postcode", data.postcode),
            city=check.text("city", data.city),
        )


class ContactService(_EmployerPartService[ContactInput, ContactRow]):
    model = m.ContactPerson
    entity = "contact_person"
    input_type = ContactInput
    row_type = ContactRow
    order = ("name",)

    def _clean(self, data: ContactInput, check: Checker) -> ContactInput:
        return ContactInput(
            name=check.text("name", data.name, required=True) or "",
            role=check.text("role", data.role),
            phone=check.phone("phone", data.phone),
            email=check.email("email", data.email),
        )


class AgreementService(_EmployerPartService[AgreementInput, AgreementRow]):
    model = m.PartnershipAgreement
    entity = "partnership_agreement"
    input_type = AgreementInput
    row_type = AgreementRow
    order = ("starts_on",)

    def _clean(self, data: AgreementInput, check: Checker) -> AgreementInput:
        cleaned = AgreementInput(
            first_action=check.text(
                "first_action", data.first_action, required=True, max_length=MAX_TEXT
            )
            or "",
            second_action=check.text("second_action", data.second_action, max_length=MAX_TEXT),
            approved_on=data.approved_on,
            starts_on=data.starts_on,
            ends_on=data.ends_on,
        )
        check.not_in_future("approved_on", data.approved_on, self._context.today())
        check.date_order("approved_on", data.approved_on, "starts_on", data.starts_on)
        check.date_order("starts_on", data.starts_on, "ends_on", data.ends_on)
        if data.starts_on is None:
            check.date_order("approved_on", data.approved_on, "ends_on", data.ends_on)
        return cleaned


def parts_of(
    s: orm.Session, employer_id: int
) -> tuple[list[SiteRow], list[ContactRow], list[AgreementRow]]:
    """The employer's sites, contact persons and agreements that are not archived."""

    def live(service: type[_EmployerPartService[Any, Any]]) -> list[Any]:
        model = service.model
        statement = (
            sa.select(model)
            .where(model.employer_id == employer_id, model.archived_at.is_(None))
            .order_by(*service._order(), model.id)
        )
        return [service._row(r) for r in s.scalars(statement)]

    return live(SiteService), live(ContactService), live(AgreementService)
