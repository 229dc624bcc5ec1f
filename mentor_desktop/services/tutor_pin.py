"""The tutor's PIN that unlocks employer mode where several people share the database. Kept
as a salted scrypt hash (``hashlib.scrypt``, stdlib) in the user's ``pin_hash``; the PIN
itself is never stored or logged."""

from __future__ import annotations

import base64
import hashlib
import hmac
import logging
import secrets

from mentor_desktop.db import models as m
from mentor_desktop.domain.enums import AuditAction
from mentor_desktop.domain.errors import ErrorCode
from mentor_desktop.domain.validation import Checker, is_ascii_digits
from mentor_desktop.services.base import ServiceContext, get_or_raise
from mentor_desktop.services.permissions import require_manager

log = logging.getLogger(__name__)

ENTITY = "user"
PIN_MIN = 4
PIN_MAX = 8
# scrypt's cost: about 16 MB and a few tens of milliseconds a check.
SCRYPT_N = 2**14
SCRYPT_R = 8
SCRYPT_P = 1


def hash_pin(pin: str, *, salt: bytes | None = None) -> str:
    """``scrypt$n$r$p$salt$hash`` with the salt and hash in base64."""
    salt = salt if salt is not None else secrets.token_bytes(16)
    digest = hashlib.scrypt(pin.encode(), salt=salt, n=SCRYPT_N, r=SCRYPT_R, p=SCRYPT_P, dklen=32)
    encode = base64.b64encode
    return (
        f"scrypt${SCRYPT_N}${SCRYPT_R}${SCRYPT_P}${encode(salt).decode()}${encode(digest).decode()}"
    )


def pin_matches(pin: str, stored: str) -> bool:
    try:
        scheme, n, r, p, salt, digest = stored.split("$")
        if scheme != "scrypt":
            return False
        actual = hashlib.scrypt(
            pin.encode(),
            salt=base64.b64decode(salt),
            n=int(n),
            r=int(r),
            p=int(p),
            dklen=len(base64.b64decode(digest)),
        )
    except ValueError:
        return False
    return hmac.compare_digest(actual, base64.b64decode(digest))


class TutorPinService:
    def __init__(self, context: ServiceContext):
        self._context = context

    def is_shared_database(self) -> bool:
        """A server database is shared by several people; a SQLite file is one person's."""
        return self._context.url.get_backend_name() != "sqlite"

    def has_pin(self, user_id: int) -> bool:
        """Raises ``NotFoundError``."""
        with self._context.read() as s:
            return get_or_raise(s, m.User, user_id).pin_hash is not None

    def set_pin(self, user_id: int, pin: str, repeated: str) -> None:
        """Raises ``ValidationError`` (``pin``: REQUIRED, INVALID_FORMAT for anything but 4-8
        digits; ``repeated_pin``: INVALID_CHOICE when the two differ), ``NotFoundError``,
        ``NotPermittedError`` when a tutor sets someone else's PIN."""
        check = Checker()
        if not pin:
            check.add("pin", ErrorCode.REQUIRED)
        elif not is_ascii_digits(pin) or not PIN_MIN <= len(pin) <= PIN_MAX:
            check.add("pin", ErrorCode.INVALID_FORMAT, value="")
        elif repeated != pin:
            check.add("repeated_pin", ErrorCode.INVALID_CHOICE, value="")
        check.raise_if_any()
        with self._context.write() as s:
            require_manager(s, self._context, own_user_id=user_id)
            user = get_or_raise(s, m.User, user_id)
            user.pin_hash = hash_pin(pin)
            self._context.audit(s, AuditAction.UPDATE, ENTITY, user_id, ["pin_hash"])

    def clear_pin(self, user_id: int) -> None:
        """Remove the user's PIN (a forgotten one): employer mode then asks them to choose a
        new one. Raises ``NotFoundError``, ``NotPermittedError`` when a tutor clears
        someone else's PIN."""
        with self._context.write() as s:
            require_manager(s, self._context, own_user_id=user_id)
            user = get_or_raise(s, m.User, user_id)
            if user.pin_hash is not None:
                user.pin_hash = None
                self._context.audit(s, AuditAction.UPDATE, ENTITY, user_id, ["pin_hash"])

    def check_pin(self, user_id: int, pin: str) -> bool:
        """Whether ``pin`` is the user's PIN; a wrong one is logged (without the PIN).
        Raises ``NotFoundError``."""
        with self._context.read() as s:
            stored = get_or_raise(s, m.User, user_id).pin_hash
        ok = stored is not None and pin_matches(pin, stored)
        if not ok:
            log.warning("wrong PIN for user %s when leaving employer mode", user_id)
        return ok
