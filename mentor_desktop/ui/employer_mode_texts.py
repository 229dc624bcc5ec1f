"""What employer mode says to the employer, in plain Danish or English as the employer
chooses there, independent of the language the tutor runs the program in. The strings are
marked for lupdate in the context ``EmployerMode`` and looked up in the chosen language's
translation file."""

from __future__ import annotations

import logging

from PySide6.QtCore import QT_TRANSLATE_NOOP, QTranslator

from mentor_desktop.domain.errors import ErrorCode, FieldError
from mentor_desktop.paths import translations_dir

log = logging.getLogger(__name__)

CONTEXT = "EmployerMode"
LANGUAGES = ("da", "en")

TITLE = QT_TRANSLATE_NOOP("EmployerMode", "How does {name} manage the language at work?")
ABOUT = QT_TRANSLATE_NOOP(
    "EmployerMode",
    "{employer} · {period}. Your answers help the language centre plan the next lessons.",
)
INTRO = QT_TRANSLATE_NOOP(
    "EmployerMode",
    "Choose one answer for each line. If you have not seen it, choose “Not observed”.",
)
SCALE = (
    QT_TRANSLATE_NOOP("EmployerMode", "Not yet"),
    QT_TRANSLATE_NOOP("EmployerMode", "With a lot of help"),
    QT_TRANSLATE_NOOP("EmployerMode", "With a little help"),
    QT_TRANSLATE_NOOP("EmployerMode", "Without help"),
)
NOT_OBSERVED = QT_TRANSLATE_NOOP("EmployerMode", "Not observed")
COMMENTS = QT_TRANSLATE_NOOP("EmployerMode", "Comments (you may leave this empty)")
NAME = QT_TRANSLATE_NOOP("EmployerMode", "Your name")
ROLE = QT_TRANSLATE_NOOP("EmployerMode", "Your job title")
SIGN_HERE = QT_TRANSLATE_NOOP("EmployerMode", "Sign here with your finger, a pen or the mouse")
SIGNATURE = QT_TRANSLATE_NOOP("EmployerMode", "Your signature")
CLEAR = QT_TRANSLATE_NOOP("EmployerMode", "Clear")
SIMPLE_SIGNATURE = QT_TRANSLATE_NOOP(
    "EmployerMode",
    "This is a simple electronic signature. It shows that you filled in and approved this "
    "form. It is not a MitID signature.",
)
SIGN = QT_TRANSLATE_NOOP("EmployerMode", "Sign the form")
LEAVE = QT_TRANSLATE_NOOP("EmployerMode", "For the tutor: leave")
FIX_ABOVE = QT_TRANSLATE_NOOP(
    "EmployerMode", "The form is not signed yet. Please look at the red text above."
)
THANKS = QT_TRANSLATE_NOOP("EmployerMode", "Thank you. The form is signed.")
HAND_BACK = QT_TRANSLATE_NOOP("EmployerMode", "Please give the device back to the tutor.")
SIGNED_BY = QT_TRANSLATE_NOOP("EmployerMode", "Signed by {name} on {time}.")
SEAL = QT_TRANSLATE_NOOP("EmployerMode", "Check code: {code}")
NOT_SAVED = QT_TRANSLATE_NOOP(
    "EmployerMode", "The form could not be saved. Please give the device back to the tutor."
)

ERROR_SIGNATURE = QT_TRANSLATE_NOOP(
    "EmployerMode", "Please sign in the box. An empty box cannot be signed."
)
ERROR_NAME = QT_TRANSLATE_NOOP(
    "EmployerMode", "Please write your name. The form cannot be signed without a name."
)
ERROR_RATING = QT_TRANSLATE_NOOP("EmployerMode", "Please choose one answer, or “Not observed”.")
ERROR_TOO_LONG = QT_TRANSLATE_NOOP("EmployerMode", "This is too long: at most {max} characters.")
ERROR_OTHER = QT_TRANSLATE_NOOP("EmployerMode", "Please check this field.")


class EmployerLanguage:
    """The employer's language and the lookup of employer mode's texts in it."""

    def __init__(self, language: str = "da"):
        self._translators: dict[str, QTranslator] = {}
        self.language = language if language in LANGUAGES else "da"

    def set_language(self, language: str) -> None:
        self.language = language if language in LANGUAGES else "da"

    def text(self, source: str) -> str:
        """``source`` (an English string of the context ``EmployerMode``) in the language."""
        if self.language == "en":
            return source
        translator = self._translator(self.language)
        return translator.translate(CONTEXT, source) or source

    def _translator(self, language: str) -> QTranslator:
        translator = self._translators.get(language)
        if translator is None:
            translator = QTranslator()
            if not translator.load(f"mentor_desktop_{language}", str(translations_dir())):
                log.warning("No translation for employer mode in %s", language)
            self._translators[language] = translator
        return translator

    def field_error(self, error: FieldError) -> str:
        """What is wrong with a field of the employer's form, in plain words."""
        if error.field == "signature":
            return self.text(ERROR_SIGNATURE)
        if error.field == "signer_name" and error.code == ErrorCode.REQUIRED:
            return self.text(ERROR_NAME)
        if error.field.startswith("ratings."):
            return self.text(ERROR_RATING)
        if error.code == ErrorCode.TOO_LONG:
            return self.text(ERROR_TOO_LONG).format(max=error.params.get("max", "?"))
        return self.text(ERROR_OTHER)
