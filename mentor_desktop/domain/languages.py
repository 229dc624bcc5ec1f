"""Languages learners speak and glosses are written in: code, own name, script direction.
Names in the UI's language come from the UI's translations."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Language:
    code: str
    endonym: str
    right_to_left: bool = False


LANGUAGES: dict[str, Language] = {
    lang.code: lang
    for lang in (
        Language("da", "dansk"),
        Language("en", "English"),
        Language("ar", "العربية", right_to_left=True),
        Language("fa", "فارسی", right_to_left=True),
        Language("prs", "دری", right_to_left=True),
        Language("ps", "پښتو", right_to_left=True),
        Language("ur", "اردو", right_to_left=True),
        Language("ku", "Kurdî"),
        Language("ckb", "کوردی", right_to_left=True),
        Language("ti", "ትግርኛ"),
        Language("am", "አማርኛ"),
        Language("so", "Soomaali"),
        Language("uk", "українська"),
        Language("ru", "русский"),
        Language("pl", "polski"),
        Language("ro", "română"),
        Language("lt", "lietuvių"),
        Language("tr", "Türkçe"),
        Language("de", "Deutsch"),
        Language("es", "español"),
        Language("fr", "français"),
        Language("th", "ไทย"),
        Language("tl", "Tagalog"),
        Language("vi", "Tiếng Việt"),
    )
}


def is_known_language(code: str) -> bool:
    return code in LANGUAGES


def is_right_to_left(code: str) -> bool:
    language = LANGUAGES.get(code)
    return language is not None and language.right_to_left
