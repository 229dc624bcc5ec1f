"""Who may change the centre's settings and the users: a coordinator or an administrator.
Checked against the user working (``ServiceContext.user_id``); with nobody chosen (one
person's own SQLite file, the command line) everything is allowed, as elsewhere."""

from __future__ import annotations

import sqlalchemy.orm as orm

from mentor_desktop.db import models as m
from mentor_desktop.domain.enums import Role
from mentor_desktop.domain.errors import NotPermittedError
from mentor_desktop.services.base import ServiceContext

MANAGERS = (Role.COORDINATOR, Role.ADMIN)


def acting_role(s: orm.Session, context: ServiceContext) -> Role | None:
    """The role of the user working; ``None`` when nobody is chosen."""
    if context.user_id is None:
        return None
    user = s.get(m.User, context.user_id)
    return user.role if user is not None and user.active else Role.TUTOR


def require_manager(
    s: orm.Session, context: ServiceContext, *, own_user_id: int | None = None
) -> None:
    """Raise ``NotPermittedError`` unless the user working is a coordinator or an
    administrator, or ``own_user_id`` is the user working (a tutor may change their own
    contact details and PIN)."""
    role = acting_role(s, context)
    if role is None or role in MANAGERS:
        return
    if own_user_id is not None and own_user_id == context.user_id:
        return
    raise NotPermittedError("only a coordinator or an administrator may do this")
