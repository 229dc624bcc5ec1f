"""The certificate's own words in Danish and English. A certificate's language is chosen per
certificate, whatever language the program's window speaks, so these strings live here and
not in Qt's translations."""

from __future__ import annotations

from datetime import date
from decimal import ROUND_HALF_UP, Decimal

DA = "da"
EN = "en"

TEXTS: dict[str, tuple[str, str]] = {
    "title": ("Kursusbevis", "Certificate of progress"),
    "subtitle": (
        "Dansk på arbejdspladsen – sprogmentorforløb",
        "Danish at the workplace – language mentoring",
    ),
    "issued_to": ("Udstedt til", "Awarded to"),
    "born": ("født {date}", "born {date}"),
    "workplace": ("Arbejdsplads", "Workplace"),
    "cvr": ("CVR {cvr}", "CVR {cvr}"),
    "job": ("Stilling", "Job"),
    "period": ("Periode", "Period"),
    "sessions": ("Besøg", "Sessions"),
    "sessions_value": (
        "{sessions} besøg, heraf {on_site} på arbejdspladsen",
        "{sessions} sessions, {on_site} of them at the workplace",
    ),
    "hours": ("Undervisning", "Teaching"),
    "hours_value": (
        "{hours} timer = {lessons} lektioner à 45 minutter",
        "{hours} hours = {lessons} lessons of 45 minutes",
    ),
    "tutor": ("Sprogmentor", "Language mentor"),
    "situations": ("Arbejdssituationer, der er øvet", "Work situations practised"),
    "vocabulary": ("Fagligt ordforråd", "Workplace vocabulary"),
    "area_value": ("{area}: {count} ord mestret", "{area}: {count} words mastered"),
    "words_total": (
        "I alt {count} ord mestret, bl.a.:",
        "{count} words mastered in all, including:",
    ),
    "can_do": ("Det kan kursisten nu", "What the learner can now do"),
    "can_do_level": ("niveau {level}", "level {level}"),
    "level": ("Vejledende niveau", "Indicative level"),
    "level_value": (
        "ca. {level} (CEFR) i arbejdsrelateret kommunikation – en vejledende vurdering",
        "about {level} (CEFR) in work-related communication – an indicative assessment",
    ),
    "feedback": ("Arbejdsgiverens udtalelse", "The employer's assessment"),
    "feedback_one": (
        "1 underskrevet udtalelse, den {date} af {signer}",
        "1 signed assessment, on {date} by {signer}",
    ),
    "feedback_many": (
        "{count} underskrevne udtalelser; den seneste den {date} af {signer}",
        "{count} signed assessments; the latest on {date} by {signer}",
    ),
    "none": ("ingen registreret", "none recorded"),
    "signature_tutor": ("Sprogmentor", "Language mentor"),
    "signature_centre": ("For sprogcentret", "For the language centre"),
    "issued_at": ("Udstedt i {place} den {date}", "Issued in {place} on {date}"),
    "issued_on": ("Udstedt den {date}", "Issued on {date}"),
    "number": ("Bevis nr. {number}", "Certificate no. {number}"),
    "code": ("Kontrolkode {code}", "Verification code {code}"),
    "verify_hint": (
        "Ægtheden kan kontrolleres hos sprogcentret med koden eller QR-koden.",
        "The language centre can confirm that it is genuine from the code or the QR code.",
    ),
    "replaces": ("Erstatter bevis nr. {number}", "Replaces certificate no. {number}"),
    "disclaimer": (
        "Beviset er ikke en officiel danskprøve eller modultest.",
        "This certificate is not an official Danish language test or module test.",
    ),
}

# Where a count of one takes other words: key -> (the value that counts, Danish, English).
SINGULAR: dict[str, tuple[str, str, str]] = {
    "area_value": ("count", "{area}: {count} ord mestret", "{area}: {count} word mastered"),
    "words_total": (
        "count",
        "I alt {count} ord mestret, bl.a.:",
        "{count} word mastered in all:",
    ),
    "sessions_value": (
        "sessions",
        "{sessions} besøg, heraf {on_site} på arbejdspladsen",
        "{sessions} session, {on_site} of them at the workplace",
    ),
}

_MONTHS = {
    DA: (
        "januar februar marts april maj juni juli august september oktober november december"
    ).split(),
    EN: (
        "January February March April May June July August September October November December"
    ).split(),
}

_LEVELS = {
    "pre_a1": "pre-A1",
    "a1": "A1",
    "a2": "A2",
    "b1": "B1",
    "b2": "B2",
    "c1": "C1",
    "c2": "C2",
}


def text(key: str, language: str, **values: object) -> str:
    da, en = TEXTS[key]
    if key in SINGULAR and values.get(SINGULAR[key][0]) == 1:
        da, en = SINGULAR[key][1:]
    template = da if language == DA else en
    return template.format(**values) if values else template


def long_date(value: date, language: str) -> str:
    month = _MONTHS[language][value.month - 1]
    if language == DA:
        return f"{value.day}. {month} {value.year}"
    return f"{value.day} {month} {value.year}"


def short_date(value: date, language: str) -> str:
    if language == DA:
        return f"{value.day:02d}.{value.month:02d}.{value.year}"
    return f"{value.day} {_MONTHS[EN][value.month - 1][:3]} {value.year}"


def decimal(value: float, language: str) -> str:
    """One decimal at most, a half rounded up as the program's screens round it (11.25
    hours is 11,3 there and here); a comma in Danish."""
    rounded = Decimal(str(value)).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)
    shown = f"{rounded:.0f}" if rounded == rounded.to_integral_value() else f"{rounded:.1f}"
    return shown.replace(".", ",") if language == DA else shown


def level_name(level: str) -> str:
    return _LEVELS.get(level, level)
