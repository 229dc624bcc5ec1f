"""The rules of an employer's feedback form: the rating scale, the drawn signature's strokes,
the scan of a paper form, and the seal that makes a signed form tamper-evident.

The seal
--------
A signed form is sealed with a SHA-256 over one canonical serialisation of what was signed
(scheme ``mentor-feedback-seal/1``):

1. A JSON object (see ``seal_document``) with the form's id, placement, period (ISO dates),
   ratings per criterion key (1-4, ``null`` for "not observed"), comments, the criteria set's
   number and its criteria as stored, the signer's name and role, the signing time in UTC
   (``YYYY-MM-DDTHH:MM:SSZ``, whole seconds), the signing method, the signature's strokes as
   stored, the SHA-256 of the signature PNG and of the paper scan (``null`` when absent), and
   the form it corrects with the reason.
2. Serialised with ``json.dumps(..., sort_keys=True, separators=(",", ":"),
   ensure_ascii=False, allow_nan=False)``: sorted keys, no whitespace, strings as UTF-8.
3. Hashed with SHA-256 over those UTF-8 bytes; the lower-case hex digest is the seal.

Every number in the document is an integer (strokes too), so reading the row back from
SQLite or PostgreSQL serialises to the same bytes. The seal shows tampering and accidents; it
is not a cryptographic signature of a person (anyone with write access to the database could
compute a new one), which is why the signature is called a simple electronic signature.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any

from mentor_desktop.domain.errors import ErrorCode
from mentor_desktop.domain.validation import MAX_NAME, MAX_TEXT, Checker

SEAL_SCHEME = "mentor-feedback-seal/1"
RATING_MIN = 1
RATING_MAX = 4
RATINGS = tuple(range(RATING_MIN, RATING_MAX + 1))

# Strokes are kept in a pad of this many units, whatever the size of the screen they were
# drawn on; pressure in thousandths (0-1000), time in milliseconds from the first touch.
PAD_WIDTH = 1000
PAD_HEIGHT = 300
PRESSURE_MAX = 1000
MAX_POINTS = 20_000
# Line width in pad units at no pressure and at full pressure.
MIN_LINE_WIDTH = 1.5
MAX_LINE_WIDTH = 7.0
# A signature is more than a dot: its ink spans at least this many units.
MIN_SIGNATURE_EXTENT = 20

MAX_SCAN_BYTES = 10_000_000
SCAN_TYPES = (
    (b"%PDF-", "application/pdf"),
    (b"\x89PNG\r\n\x1a\n", "image/png"),
    (b"\xff\xd8\xff", "image/jpeg"),
)

Point = dict[str, int]
Stroke = list[Point]


def normalise_strokes(raw: Any) -> list[Stroke]:
    """The strokes as stored: lists of points ``{"x", "y", "p", "t"}`` (integers, clamped to
    the pad); a point that is not of that shape is dropped, a stroke left empty too."""
    strokes: list[Stroke] = []
    total = 0
    for stroke in raw if isinstance(raw, list) else []:
        points: Stroke = []
        for point in stroke if isinstance(stroke, list) else []:
            if not isinstance(point, dict) or total >= MAX_POINTS:
                continue
            try:
                x, y = float(point["x"]), float(point["y"])
                p, t = float(point.get("p", 500)), float(point.get("t", 0))
            except (KeyError, TypeError, ValueError):
                continue
            points.append(
                {
                    "x": round(min(max(x, 0), PAD_WIDTH)),
                    "y": round(min(max(y, 0), PAD_HEIGHT)),
                    "p": round(min(max(p, 0), PRESSURE_MAX)),
                    "t": max(0, round(t)),
                }
            )
            total += 1
        if points:
            strokes.append(points)
    return strokes


def line_width(pressure: int) -> float:
    """The pen's width in pad units for a pressure of 0-1000."""
    share = min(max(pressure, 0), PRESSURE_MAX) / PRESSURE_MAX
    return MIN_LINE_WIDTH + (MAX_LINE_WIDTH - MIN_LINE_WIDTH) * share


def has_signature(strokes: list[Stroke]) -> bool:
    """Whether the strokes hold a signature rather than nothing, or a dot or a tap."""
    points = [point for stroke in strokes for point in stroke]
    if len(points) < 2:
        return False
    xs = [p["x"] for p in points]
    ys = [p["y"] for p in points]
    return max(max(xs) - min(xs), max(ys) - min(ys)) >= MIN_SIGNATURE_EXTENT


def scan_type(data: bytes) -> str | None:
    """The MIME type of a scan (PDF, PNG or JPEG) by its first bytes; ``None`` otherwise."""
    return next((mime for magic, mime in SCAN_TYPES if data.startswith(magic)), None)


def check_ratings(
    check: Checker, ratings: dict[str, Any], keys: list[str], *, complete: bool
) -> dict[str, int | None]:
    """The ratings of ``keys``: 1-4, or ``None`` for "not observed". With ``complete`` every
    criterion must be answered (field ``ratings.<key>``: REQUIRED)."""
    cleaned: dict[str, int | None] = {}
    for key in keys:
        if key not in ratings:
            if complete:
                check.add(f"ratings.{key}", ErrorCode.REQUIRED)
            continue
        value = ratings[key]
        if value is None or (isinstance(value, int) and value in RATINGS):
            cleaned[key] = value
        else:
            check.add(f"ratings.{key}", ErrorCode.INVALID_CHOICE, value=value)
    return cleaned


def check_signer(
    check: Checker, name: str | None, role: str | None, *, required: bool
) -> tuple[str | None, str | None]:
    return (
        check.text("signer_name", name, required=required, max_length=MAX_NAME),
        check.text("signer_role", role, max_length=MAX_NAME),
    )


def check_comments(check: Checker, comments: str | None) -> str | None:
    return check.text("comments", comments, max_length=MAX_TEXT)


def seal_time(moment: datetime) -> datetime:
    """The signing time as sealed and stored: UTC, whole seconds."""
    return moment.astimezone(UTC).replace(microsecond=0)


def sha256_hex(data: bytes | None) -> str | None:
    return hashlib.sha256(data).hexdigest() if data is not None else None


@dataclass(frozen=True)
class SealInput:
    """Everything the seal covers, as stored."""

    form_id: int
    placement_id: int
    period_start: date
    period_end: date
    criteria_set_number: int
    criteria: list[dict[str, Any]]
    ratings: dict[str, int | None]
    comments: str | None
    signer_name: str
    signer_role: str | None
    signed_at: datetime
    method: str
    strokes: list[Stroke] | None
    signature_png: bytes | None
    paper_scan: bytes | None
    supersedes_id: int | None
    correction_reason: str | None


def seal_document(seal: SealInput) -> dict[str, Any]:
    return {
        "scheme": SEAL_SCHEME,
        "form_id": seal.form_id,
        "placement_id": seal.placement_id,
        "period_start": seal.period_start.isoformat(),
        "period_end": seal.period_end.isoformat(),
        "criteria_set": {"number": seal.criteria_set_number, "criteria": seal.criteria},
        "ratings": seal.ratings,
        "comments": seal.comments,
        "signer": {"name": seal.signer_name, "role": seal.signer_role},
        "signed_at_utc": seal_time(seal.signed_at).strftime("%Y-%m-%dT%H:%M:%SZ"),
        "method": seal.method,
        "strokes": seal.strokes,
        "signature_png_sha256": sha256_hex(seal.signature_png),
        "paper_scan_sha256": sha256_hex(seal.paper_scan),
        "supersedes_id": seal.supersedes_id,
        "correction_reason": seal.correction_reason,
    }


def canonical_bytes(seal: SealInput) -> bytes:
    """The canonical serialisation the seal is computed over (see the module's docstring)."""
    return json.dumps(
        seal_document(seal),
        sort_keys=True,
        separators=(",", ":"),
        ensure_ascii=False,
        allow_nan=False,
    ).encode("utf-8")


def seal_digest(seal: SealInput) -> str:
    return hashlib.sha256(canonical_bytes(seal)).hexdigest()


def short_digest(digest: str) -> str:
    """The first 16 hex digits in groups of four, for people to compare: "3f2a 9c01 ..."."""
    head = digest[:16].upper()
    return " ".join(head[i : i + 4] for i in range(0, len(head), 4))
