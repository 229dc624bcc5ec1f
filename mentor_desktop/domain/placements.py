"""The life of a placement: which status may follow which, and which statuses end it."""

from __future__ import annotations

from mentor_desktop.domain.enums import PlacementStatus as S

# A placement starts as referred (or directly active when the first visit is already
# agreed). Completed and cancelled end it; each may be reopened to correct a mistake,
# and the history keeps both steps.
INITIAL_STATUSES: frozenset[S] = frozenset({S.REFERRED, S.ACTIVE})

TRANSITIONS: dict[S, frozenset[S]] = {
    S.REFERRED: frozenset({S.ACTIVE, S.CANCELLED}),
    S.ACTIVE: frozenset({S.PAUSED, S.COMPLETED, S.CANCELLED}),
    S.PAUSED: frozenset({S.ACTIVE, S.COMPLETED, S.CANCELLED}),
    S.COMPLETED: frozenset({S.ACTIVE}),
    S.CANCELLED: frozenset({S.REFERRED}),
}

ENDED_STATUSES: frozenset[S] = frozenset({S.COMPLETED, S.CANCELLED})

# A placement still under way: it makes the learner part of the tutor's caseload. In the
# order a person reads them.
OPEN_STATUSES: tuple[S, ...] = (S.REFERRED, S.ACTIVE, S.PAUSED)


def can_change_status(current: S | None, new: S) -> bool:
    """Whether ``new`` may follow ``current``; ``None`` is a placement being created.
    Keeping the same status is always allowed."""
    if current is None:
        return new in INITIAL_STATUSES
    return new == current or new in TRANSITIONS[current]


def next_statuses(current: S) -> list[S]:
    """The statuses a placement in ``current`` may move to, in the enum's order."""
    return [status for status in S if status in TRANSITIONS[current]]
