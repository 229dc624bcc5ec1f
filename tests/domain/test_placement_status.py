from __future__ import annotations

import pytest

from mentor_desktop.domain.enums import PlacementStatus as S
from mentor_desktop.domain.placements import (
    ENDED_STATUSES,
    INITIAL_STATUSES,
    TRANSITIONS,
    can_change_status,
    next_statuses,
)


def test_every_status_has_a_row():
    assert set(TRANSITIONS) == set(S)
    assert all(status not in targets for status, targets in TRANSITIONS.items())


@pytest.mark.parametrize(
    ("current", "new", "allowed"),
    [
        (None, S.REFERRED, True),
        (None, S.ACTIVE, True),
        (None, S.COMPLETED, False),
        (None, S.PAUSED, False),
        (S.REFERRED, S.ACTIVE, True),
        (S.REFERRED, S.CANCELLED, True),
        (S.REFERRED, S.PAUSED, False),
        (S.REFERRED, S.COMPLETED, False),
        (S.ACTIVE, S.PAUSED, True),
        (S.ACTIVE, S.COMPLETED, True),
        (S.ACTIVE, S.CANCELLED, True),
        (S.ACTIVE, S.REFERRED, False),
        (S.PAUSED, S.ACTIVE, True),
        (S.PAUSED, S.COMPLETED, True),
        (S.COMPLETED, S.ACTIVE, True),
        (S.COMPLETED, S.CANCELLED, False),
        (S.CANCELLED, S.REFERRED, True),
        (S.CANCELLED, S.ACTIVE, False),
        (S.PAUSED, S.PAUSED, True),
    ],
)
def test_transitions(current, new, allowed):
    assert can_change_status(current, new) is allowed


def test_next_statuses_in_enum_order():
    assert next_statuses(S.ACTIVE) == [S.PAUSED, S.COMPLETED, S.CANCELLED]
    assert INITIAL_STATUSES == {S.REFERRED, S.ACTIVE}
    assert ENDED_STATUSES == {S.COMPLETED, S.CANCELLED}
