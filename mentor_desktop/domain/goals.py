"""The ladders of vocabulary and can-do goals: the order of their statuses, one step up or
down, and what ticking a word in a session does to it."""

from __future__ import annotations

from mentor_desktop.domain.enums import CanDoStatus, VocabularyStatus

V = VocabularyStatus

# A word goes up this ladder one step at a time as a rule, and back down when it slips.
LADDER: tuple[VocabularyStatus, ...] = (V.PLANNED, V.INTRODUCED, V.PRACTISING, V.MASTERED)

# What a tutor may tick for a goal word in the session form.
SESSION_TICKS: tuple[VocabularyStatus, ...] = (V.PRACTISING, V.MASTERED)

CAN_DO_LADDER: tuple[CanDoStatus, ...] = (
    CanDoStatus.PLANNED,
    CanDoStatus.STARTED,
    CanDoStatus.ACHIEVED,
    CanDoStatus.SECURE,
)


def rank(status: VocabularyStatus) -> int:
    return LADDER.index(status)


def step_up(status: VocabularyStatus) -> VocabularyStatus | None:
    """The next status up the ladder; ``None`` at the top."""
    index = rank(status)
    return LADDER[index + 1] if index + 1 < len(LADDER) else None


def step_down(status: VocabularyStatus) -> VocabularyStatus | None:
    """The status one step down; ``None`` at the bottom."""
    index = rank(status)
    return LADDER[index - 1] if index > 0 else None


def after_session_tick(before: VocabularyStatus, tick: VocabularyStatus) -> VocabularyStatus:
    """The status a goal reaches when ticked ``tick`` in a session while at ``before``.
    Practising lifts a planned or introduced word to practising and leaves a practising or
    mastered word where it is (the session still counts as practice); mastered masters it."""
    if tick not in SESSION_TICKS:
        raise ValueError(f"not a session tick: {tick}")
    if tick is V.MASTERED:
        return V.MASTERED
    return before if rank(before) >= rank(V.PRACTISING) else V.PRACTISING


def tick_of_step(before: VocabularyStatus | None, after: VocabularyStatus) -> VocabularyStatus:
    """What was ticked in the session that made the step ``before`` -> ``after``: a word
    newly mastered was ticked mastered; any other step in a session was practice."""
    if after is V.MASTERED and before is not V.MASTERED:
        return V.MASTERED
    return V.PRACTISING
