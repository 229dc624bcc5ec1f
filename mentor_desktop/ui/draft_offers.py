"""The forms left unsaved when the program stopped, offered again at start: one question
per kind of form, naming the learner, employer, site or contact person where the draft has a
name; a draft not wanted is thrown away."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDateTime, QLocale

from mentor_desktop.bootstrap import Services
from mentor_desktop.domain.errors import MentorError
from mentor_desktop.services.drafts import Draft
from mentor_desktop.ui.employer_dialog import DRAFT_KIND as EMPLOYER_DRAFT
from mentor_desktop.ui.employer_parts_dialog import AGREEMENT_DRAFT, CONTACT_DRAFT, SITE_DRAFT
from mentor_desktop.ui.learner_dialog import DRAFT_KIND as LEARNER_DRAFT
from mentor_desktop.ui.main_window import MainWindow
from mentor_desktop.ui.placement_dialog import DRAFT_KIND as PLACEMENT_DRAFT
from mentor_desktop.ui.prompter import Prompter
from mentor_desktop.ui.session_dialog import DRAFT_KIND as SESSION_DRAFT

# Forms whose drafts are offered again at start: the offer without a name, and with one.
_DRAFT_OFFERS: dict[str, tuple[str, str | None]] = {
    LEARNER_DRAFT: (
        QT_TRANSLATE_NOOP(
            "Program", "An unsaved learner form from {time} was found. Open it to go on?"
        ),
        QT_TRANSLATE_NOOP(
            "Program",
            "An unsaved form for the learner {name} from {time} was found. Open it to go on?",
        ),
    ),
    SESSION_DRAFT: (
        QT_TRANSLATE_NOOP(
            "Program", "An unsaved session form from {time} was found. Open it to go on?"
        ),
        None,
    ),
    EMPLOYER_DRAFT: (
        QT_TRANSLATE_NOOP(
            "Program", "An unsaved employer form from {time} was found. Open it to go on?"
        ),
        QT_TRANSLATE_NOOP(
            "Program",
            "An unsaved form for the employer {name} from {time} was found. Open it to go on?",
        ),
    ),
    PLACEMENT_DRAFT: (
        QT_TRANSLATE_NOOP(
            "Program", "An unsaved placement form from {time} was found. Open it to go on?"
        ),
        None,
    ),
    SITE_DRAFT: (
        QT_TRANSLATE_NOOP(
            "Program", "An unsaved site form from {time} was found. Open it to go on?"
        ),
        QT_TRANSLATE_NOOP(
            "Program",
            "An unsaved form for the site {name} from {time} was found. Open it to go on?",
        ),
    ),
    CONTACT_DRAFT: (
        QT_TRANSLATE_NOOP(
            "Program", "An unsaved contact person form from {time} was found. Open it to go on?"
        ),
        QT_TRANSLATE_NOOP(
            "Program",
            "An unsaved form for the contact person {name} from {time} was found. "
            "Open it to go on?",
        ),
    ),
    AGREEMENT_DRAFT: (
        QT_TRANSLATE_NOOP(
            "Program",
            "An unsaved partnership agreement form from {time} was found. Open it to go on?",
        ),
        None,
    ),
}


def offer_drafts(services: Services, window: MainWindow, prompter: Prompter) -> None:
    """Offer to reopen a form of each kind that the user left unsaved (the program stopped
    while it was open); a draft not wanted is thrown away."""
    try:
        drafts = services.drafts.list_for_user()
    except MentorError as error:
        window.show_error(error)
        return
    offered: set[str] = set()
    for draft in drafts:
        if draft.kind not in _DRAFT_OFFERS or draft.kind in offered:
            continue
        offered.add(draft.kind)
        title = QCoreApplication.translate("Program", "Unsaved form found")
        if prompter.confirm(window, title, draft_offer_text(draft)):
            window.open_draft(draft)
        else:
            try:
                services.drafts.discard(draft.kind, draft.key)
            except MentorError as error:
                window.show_error(error)


def draft_offer_text(draft: Draft) -> str:
    unnamed, named = _DRAFT_OFFERS[draft.kind]
    when = QLocale().toString(
        QDateTime.fromSecsSinceEpoch(int(draft.updated_at.timestamp())),
        QLocale.FormatType.ShortFormat,
    )
    values = draft.payload.get("values", {})
    name = " ".join(
        str(values.get(part) or "").strip() for part in ("first_name", "last_name", "name")
    ).strip()
    if name and named is not None:
        return QCoreApplication.translate("Program", named).format(name=name, time=when)
    return QCoreApplication.translate("Program", unnamed).format(time=when)
