"""Rules of certificates that need neither a database nor a PDF: the number, the verification
code and what the QR code carries, the checks made before issuing, and what a verification
can say."""

from __future__ import annotations

import re
import secrets
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from mentor_desktop.domain.errors import MentorError

# No 0/O, 1/I/L or 5/S: a code read aloud over the phone or typed from paper stays a code.
CODE_ALPHABET = "2346789ABCDEFGHJKMNPQRTUVWXYZ"
CODE_LENGTH = 12
CODE_GROUP = 4
# What the QR code carries: a tag, the number and the code, so that a scanner's text can be
# pasted into the Verify dialog or ``mentor-cli verify`` as it is.
QR_TAG = "MENTOR-CERT"
_QR_PAYLOAD = re.compile(rf"{QR_TAG}:([A-Z0-9-]+):([A-Z0-9-]+)\Z")


def new_verification_code() -> str:
    """A random code such as ``"7KQX-M3HD-A9TW"`` (about 58 bits)."""
    raw = "".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_LENGTH))
    return format_code(raw)


def format_code(raw: str) -> str:
    return "-".join(raw[i : i + CODE_GROUP] for i in range(0, len(raw), CODE_GROUP))


def normalise_code(text: str) -> str | None:
    """The code in ``text`` (typed with or without hyphens and spaces, in any case, or a
    scanned QR payload) in its printed form; ``None`` when it cannot be a code."""
    cleaned = text.strip().upper()
    scanned = _QR_PAYLOAD.match(cleaned)
    if scanned:
        cleaned = scanned.group(2)
    compact = re.sub(r"[\s-]", "", cleaned)
    if len(compact) != CODE_LENGTH or any(c not in CODE_ALPHABET for c in compact):
        return None
    return format_code(compact)


def qr_payload(number: str, code: str) -> str:
    return f"{QR_TAG}:{number}:{code}"


def certificate_number(prefix: str, year: int, sequence: int) -> str:
    """``"MD-2026-0007"``: the centre's prefix, the year of issue, the year's sequence."""
    return f"{prefix}-{year}-{sequence:04d}"


class CheckKind(StrEnum):
    """What is checked before a certificate is issued."""

    NAME = "name"
    MIN_HOURS = "min_hours"
    SIGNED_FEEDBACK = "signed_feedback"
    NO_DRAFTS = "no_drafts"


@dataclass(frozen=True)
class CheckResult:
    kind: CheckKind
    passed: bool
    # What the checklist shows: the printed name, minutes and the minimum, counts.
    params: dict[str, Any] = field(default_factory=dict)


class Verdict(StrEnum):
    GENUINE = "genuine"
    REVOKED = "revoked"
    UNKNOWN = "unknown"


class ChecksFailedError(MentorError):
    """Issuing was refused: these checks failed and no override reason was given."""

    def __init__(self, learner_id: int, failed: list[CheckKind]):
        self.learner_id = learner_id
        self.failed = list(failed)
        super().__init__(f"learner {learner_id}: checks failed: {', '.join(failed)}")


class OverrideNotAllowedError(MentorError):
    """Only a coordinator (or an administrator) may override a failed check."""


class AlreadyRevokedError(MentorError):
    def __init__(self, number: str):
        self.number = number
        super().__init__(f"certificate {number} is already revoked")


class NothingToCertifyError(MentorError):
    """The learner has no placement (in the chosen period) to put on a certificate."""

    def __init__(self, learner_id: int):
        self.learner_id = learner_id
        super().__init__(f"learner {learner_id} has no placement to certify")


class BatchCancelledError(MentorError):
    """The user cancelled a batch; nothing of it was issued or written."""

    def __init__(self, done: int):
        self.done = done
        super().__init__(f"batch cancelled after {done} certificates; nothing issued")
