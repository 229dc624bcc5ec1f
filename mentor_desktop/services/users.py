"""The program's users (tutors, coordinators, administrators): create, update, get, list,
activate and deactivate. Users are never deleted: sessions and audit events point at them."""

from __future__ import annotations

from dataclasses import dataclass, fields

import sqlalchemy as sa
import sqlalchemy.orm as orm
from sqlalchemy import exc

from mentor_desktop.db import models as m
from mentor_desktop.domain.enums import AuditAction, Role
from mentor_desktop.domain.errors import ErrorCode, FieldError, NotPermittedError, ValidationError
from mentor_desktop.domain.validation import Checker
from mentor_desktop.services.base import (
    Page,
    ServiceContext,
    changed_fields,
    check_version,
    clamp_page,
    danish_order,
    get_or_raise,
)
from mentor_desktop.services.permissions import MANAGERS, acting_role, require_manager

ENTITY = "user"


@dataclass
class UserInput:
    name: str = ""
    login: str = ""
    role: Role = Role.TUTOR
    email: str | None = None
    phone: str | None = None


@dataclass(frozen=True)
class UserRow:
    id: int
    version: int
    name: str
    login: str
    role: Role
    active: bool
    email: str | None
    phone: str | None


_COLUMNS = [f.name for f in fields(UserInput)]


def validate(data: UserInput) -> UserInput:
    """Cleaned copy of ``data`` (the login lower-cased); raises ``ValidationError``."""
    check = Checker()
    cleaned = UserInput(
        name=check.text("name", data.name, required=True) or "",
        login=check.login("login", data.login) or "",
        role=check.choice("role", data.role, Role) or Role.TUTOR,
        email=check.email("email", data.email),
        phone=check.phone("phone", data.phone),
    )
    check.raise_if_any()
    return cleaned


def _duplicate_login(login: str) -> ValidationError:
    return ValidationError([FieldError("login", ErrorCode.DUPLICATE, {"value": login})])


class UserService:
    def __init__(self, context: ServiceContext):
        self._context = context

    def create(self, data: UserInput) -> UserRow:
        """Raises ``ValidationError`` (``login``: DUPLICATE when taken, in any case),
        ``NotPermittedError`` when the user working is a tutor."""
        cleaned = validate(data)
        try:
            with self._context.write() as s:
                require_manager(s, self._context)
                self._check_login_free(s, cleaned.login, None)
                row = m.User(active=True, **{name: getattr(cleaned, name) for name in _COLUMNS})
                s.add(row)
                s.flush()
                self._context.audit(s, AuditAction.CREATE, ENTITY, row.id, [*_COLUMNS, "active"])
                return self._row(row)
        except exc.IntegrityError as error:  # the same login saved at the same moment
            raise _duplicate_login(cleaned.login) from error

    def update(self, user_id: int, data: UserInput, *, expected_version: int) -> UserRow:
        """Raises ``ValidationError`` (``role``: LAST_ADMIN when this would leave no active
        administrator), ``NotFoundError``, ``ConflictError``; ``NotPermittedError`` when a
        tutor changes someone else, or their own role."""
        cleaned = validate(data)
        try:
            with self._context.write() as s:
                require_manager(s, self._context, own_user_id=user_id)
                row = get_or_raise(s, m.User, user_id)
                if cleaned.role is not row.role and acting_role(s, self._context) not in (
                    None,
                    *MANAGERS,
                ):
                    raise NotPermittedError("a tutor cannot change their own role")
                check_version(row, ENTITY, user_id, expected_version)
                if cleaned.login != row.login:
                    self._check_login_free(s, cleaned.login, row.id)
                if row.active and row.role is Role.ADMIN and cleaned.role is not Role.ADMIN:
                    self._check_other_admin(s, row.id, "role")
                changed = changed_fields(row, {name: getattr(cleaned, name) for name in _COLUMNS})
                if changed:
                    self._context.audit(s, AuditAction.UPDATE, ENTITY, row.id, changed)
                    s.flush()
                return self._row(row)
        except exc.IntegrityError as error:
            raise _duplicate_login(cleaned.login) from error

    def activate(self, user_id: int, *, expected_version: int) -> UserRow:
        """Raises ``NotFoundError``, ``ConflictError``, ``NotPermittedError``."""
        return self._set_active(user_id, expected_version, active=True)

    def deactivate(self, user_id: int, *, expected_version: int) -> UserRow:
        """A deactivated user keeps their history but cannot be chosen as tutor.
        Raises ``ValidationError`` (``active``: LAST_ADMIN), ``NotFoundError``,
        ``ConflictError``, ``NotPermittedError``."""
        return self._set_active(user_id, expected_version, active=False)

    def _set_active(self, user_id: int, expected_version: int, *, active: bool) -> UserRow:
        with self._context.write() as s:
            require_manager(s, self._context)
            row = get_or_raise(s, m.User, user_id)
            check_version(row, ENTITY, user_id, expected_version)
            if row.active != active:
                if not active and row.role is Role.ADMIN:
                    self._check_other_admin(s, row.id, "active")
                row.active = active
                self._context.audit(s, AuditAction.UPDATE, ENTITY, row.id, ["active"])
                s.flush()
            return self._row(row)

    def get(self, user_id: int) -> UserRow:
        """Raises ``NotFoundError``."""
        with self._context.read() as s:
            return self._row(get_or_raise(s, m.User, user_id))

    def may_manage(self) -> bool:
        """Whether the user working may change the centre and other users: a coordinator
        or an administrator, or anyone while nobody is chosen."""
        with self._context.read() as s:
            return acting_role(s, self._context) in (None, *MANAGERS)

    def find_by_login(self, login: str) -> UserRow | None:
        with self._context.read() as s:
            row = s.scalars(sa.select(m.User).where(m.User.login == login.strip().lower())).first()
            return self._row(row) if row is not None else None

    def list(
        self,
        *,
        role: Role | None = None,
        include_inactive: bool = False,
        offset: int = 0,
        limit: int = 100,
    ) -> Page[UserRow]:
        """One page of users by name."""
        offset, limit = clamp_page(offset, limit)
        with self._context.read() as s:
            condition: list[sa.ColumnElement[bool]] = []
            if role is not None:
                condition.append(m.User.role == role)
            if not include_inactive:
                condition.append(m.User.active.is_(True))
            statement = (
                sa.select(m.User)
                .where(*condition)
                .order_by(danish_order(s, m.User.name), m.User.id)
                .offset(offset)
                .limit(limit)
            )
            rows = [self._row(r) for r in s.scalars(statement)]
            total = s.scalar(sa.select(sa.func.count()).select_from(m.User).where(*condition))
            return Page(rows, offset, total or 0)

    def _check_login_free(self, s: orm.Session, login: str, user_id: int | None) -> None:
        statement = sa.select(m.User.id).where(m.User.login == login)
        if user_id is not None:
            statement = statement.where(m.User.id != user_id)
        if s.scalar(statement.limit(1)) is not None:
            raise _duplicate_login(login)

    def _check_other_admin(self, s: orm.Session, user_id: int, field: str) -> None:
        """Refuse to lose the last active administrator."""
        other = s.scalar(
            sa.select(m.User.id)
            .where(m.User.role == Role.ADMIN, m.User.active.is_(True), m.User.id != user_id)
            .limit(1)
        )
        if other is None:
            raise ValidationError([FieldError(field, ErrorCode.LAST_ADMIN)])

    def _row(self, row: m.User) -> UserRow:
        return UserRow(
            id=row.id,
            version=row.version,
            name=row.name,
            login=row.login,
            role=row.role,
            active=row.active,
            email=row.email,
            phone=row.phone,
        )
