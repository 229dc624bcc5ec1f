"""The certificate's own words: one of a thing is said in the singular."""

from __future__ import annotations

from mentor_desktop.documents.certificate_text import DA, EN, text


def test_one_word_and_one_session_are_singular_in_english() -> None:
    assert text("area_value", EN, area="Kitchen", count=1) == "Kitchen: 1 word mastered"
    assert text("area_value", EN, area="Kitchen", count=2) == "Kitchen: 2 words mastered"
    assert text("words_total", EN, count=1) == "1 word mastered in all:"
    assert text("sessions_value", EN, sessions=1, on_site=1) == (
        "1 session, 1 of them at the workplace"
    )
    assert text("sessions_value", DA, sessions=1, on_site=0) == (
        "1 besøg, heraf 0 på arbejdspladsen"
    )
