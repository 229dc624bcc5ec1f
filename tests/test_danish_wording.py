"""The Danish interface says the same thing the same way on every screen."""

from __future__ import annotations

import re

from mentor_desktop.i18n_tools import read_ts, ts_file

EDIT_WITHOUT_ACCENT = re.compile(r"\bRediger\b")


def danish() -> list[tuple[str, str]]:
    return [(m.source, t.replace("&", "")) for m in read_ts(ts_file("da")) for t in m.translations]


def test_an_ellipsis_follows_its_word_without_a_space():
    assert [(s, t) for s, t in danish() if " …" in t or "..." in t] == []


def test_edit_is_spelt_redigér_as_on_most_screens():
    wrong = [(s, t) for s, t in danish() if EDIT_WITHOUT_ACCENT.search(t) and s != "Edi&t"]
    assert wrong == []


def test_the_employer_as_a_company_is_a_virksomhed_as_in_the_navigation():
    names = {"Employer", "Employer:", "All employers", "Employers"}
    wrong = [
        (s, t)
        for s, t in danish()
        if s.replace("&", "") in names and not t.lower().startswith(("virksomhed", "alle virk"))
    ]
    assert wrong == []
