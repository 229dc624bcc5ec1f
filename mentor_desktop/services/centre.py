"""The centre's own settings: name, address, CVR, contact, logo, the signatory printed on
certificates and the certificate-number prefix. One row per database.

The logo and the signature may be PNG or JPEG pictures (the columns keep the name
``*_png``): each is decoded with Pillow before it is saved, and kept as it was given."""

from __future__ import annotations

from dataclasses import dataclass, fields
from datetime import datetime

import sqlalchemy as sa
from sqlalchemy import exc

from mentor_desktop.db import models as m
from mentor_desktop.domain.enums import AuditAction
from mentor_desktop.domain.errors import ConflictError, ErrorCode, NotFoundError
from mentor_desktop.domain.validation import MAX_IMAGE_BYTES, Checker
from mentor_desktop.domain.vocabulary import picture_format
from mentor_desktop.services.base import ServiceContext, changed_fields, check_version
from mentor_desktop.services.permissions import require_manager

ENTITY = "centre"
# The one centre always has this id, so that two programs creating it at once collide.
CENTRE_ID = 1
MAX_CERTIFICATE_MINUTES = 100_000


@dataclass
class CentreInput:
    name: str = ""
    street: str | None = None
    postcode: str | None = None
    city: str | None = None
    cvr: str | None = None
    phone: str | None = None
    email: str | None = None
    signatory_name: str | None = None
    signatory_title: str | None = None
    certificate_prefix: str = "MD"
    # Fewer attended minutes than this make the certificate check ask for an override.
    min_certificate_minutes: int = 600
    logo_png: bytes | None = None
    signature_png: bytes | None = None


@dataclass(frozen=True)
class CentreDetail:
    id: int
    version: int
    data: CentreInput
    updated_at: datetime

    @property
    def name(self) -> str:
        return self.data.name


_COLUMNS = [f.name for f in fields(CentreInput)]


def validate(data: CentreInput) -> CentreInput:
    """Cleaned copy of ``data``; raises ``ValidationError`` naming every bad field."""
    check = Checker()
    cleaned = CentreInput(
        name=check.text("name", data.name, required=True) or "",
        street=check.text("street", data.street),
        postcode=check.postcode("postcode", data.postcode),
        city=check.text("city", data.city),
        cvr=check.cvr("cvr", data.cvr),
        phone=check.phone("phone", data.phone),
        email=check.email("email", data.email),
        signatory_name=check.text("signatory_name", data.signatory_name),
        signatory_title=check.text("signatory_title", data.signatory_title),
        certificate_prefix=check.certificate_prefix("certificate_prefix", data.certificate_prefix)
        or "",
        min_certificate_minutes=check.positive_int(
            "min_certificate_minutes",
            data.min_certificate_minutes,
            maximum=MAX_CERTIFICATE_MINUTES,
        )
        or 0,
        logo_png=data.logo_png,
        signature_png=data.signature_png,
    )
    _check_image(check, "logo_png", data.logo_png)
    _check_image(check, "signature_png", data.signature_png)
    check.raise_if_any()
    return cleaned


def _check_image(check: Checker, field: str, data: bytes | None) -> None:
    """A whole PNG or JPEG picture of at most ``MAX_IMAGE_BYTES``, decoded to be sure."""
    if data is None:
        return
    if len(data) > MAX_IMAGE_BYTES:
        check.add(field, ErrorCode.TOO_LARGE, value=len(data), max=MAX_IMAGE_BYTES, unit="bytes")
    elif picture_format(data) is None:
        check.add(field, ErrorCode.INVALID_PICTURE)


class CentreService:
    def __init__(self, context: ServiceContext):
        self._context = context

    def exists(self) -> bool:
        """Whether the centre has been set up (a new database has no centre yet)."""
        with self._context.read() as s:
            return (s.scalar(sa.select(sa.func.count()).select_from(m.Centre)) or 0) > 0

    def get(self) -> CentreDetail:
        """Raises ``NotFoundError`` when the centre has not been set up."""
        with self._context.read() as s:
            row = s.scalars(sa.select(m.Centre).order_by(m.Centre.id).limit(1)).first()
            if row is None:
                raise NotFoundError(ENTITY, CENTRE_ID)
            return self._detail(row)

    def update(self, data: CentreInput, *, expected_version: int | None) -> CentreDetail:
        """Save the centre's settings; ``expected_version`` None sets up a new centre.
        Raises ``ValidationError`` (``logo_png`` / ``signature_png``: TOO_LARGE,
        INVALID_PICTURE), ``NotPermittedError`` when the user working is a tutor, and
        ``ConflictError`` when someone else saved (or set up) the centre since it was read."""
        cleaned = validate(data)
        values = {name: getattr(cleaned, name) for name in _COLUMNS}
        try:
            with self._context.write() as s:
                require_manager(s, self._context)
                row = s.scalars(sa.select(m.Centre).order_by(m.Centre.id).limit(1)).first()
                if row is None:
                    if expected_version is not None:
                        raise ConflictError(ENTITY, CENTRE_ID, expected_version, 0)
                    row = m.Centre(id=CENTRE_ID, **values)
                    s.add(row)
                    s.flush()
                    self._context.audit(s, AuditAction.CREATE, ENTITY, row.id, _COLUMNS)
                    return self._detail(row)
                if expected_version is None:
                    raise ConflictError(ENTITY, row.id, 0, row.version)
                check_version(row, ENTITY, row.id, expected_version)
                changed = changed_fields(row, values)
                if changed:
                    self._context.audit(s, AuditAction.UPDATE, ENTITY, row.id, changed)
                    s.flush()
                return self._detail(row)
        except exc.IntegrityError as error:
            raise ConflictError(ENTITY, CENTRE_ID, 0, 1) from error

    def _detail(self, row: m.Centre) -> CentreDetail:
        return CentreDetail(
            id=row.id,
            version=row.version,
            data=CentreInput(**{name: getattr(row, name) for name in _COLUMNS}),
            updated_at=row.updated_at,
        )
