"""The translation files match the code: no message missing or left unfinished, the same
placeholders in source and translation, and compiled files that match their sources."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from mentor_desktop import i18n_tools
from mentor_desktop.i18n_tools import LANGUAGES, Message, qm_file, read_ts, ts_file

PLACEHOLDER = re.compile(r"\{[a-z_]+\}|%n")


def key(message: Message) -> tuple[str, str, str, bool]:
    return (message.context, message.source, message.comment, message.numerus)


@pytest.fixture(scope="module", params=LANGUAGES)
def language(request) -> str:
    return request.param


@pytest.fixture(scope="module")
def fresh_ts(language: str, tmp_path_factory) -> Path:
    """The committed .ts after lupdate has run over today's code."""
    copy = tmp_path_factory.mktemp(f"ts-{language}") / ts_file(language).name
    shutil.copyfile(ts_file(language), copy)
    i18n_tools.lupdate(copy, language)
    return copy


def test_the_ts_file_is_made_for_its_language(language):
    text = ts_file(language).read_text(encoding="utf-8")
    assert f'language="{language}"' in text
    assert 'sourcelanguage="en"' in text


def test_the_ts_file_is_up_to_date_with_the_code(language, fresh_ts):
    committed = {key(m) for m in read_ts(ts_file(language))}
    current = {key(m) for m in read_ts(fresh_ts)}
    assert sorted(current - committed) == [], "new messages: run `make translations`"
    assert sorted(committed - current) == [], "messages no longer in the code"


def test_every_message_is_translated(language):
    unfinished = [m.source for m in read_ts(ts_file(language)) if m.unfinished]
    assert unfinished == []
    empty = [
        m.source for m in read_ts(ts_file(language)) if not all(t.strip() for t in m.translations)
    ]
    assert empty == []


def test_placeholders_are_the_same_in_source_and_translation(language):
    wrong = []
    for message in read_ts(ts_file(language)):
        expected = sorted(PLACEHOLDER.findall(message.source))
        for translation in message.translations:
            if sorted(PLACEHOLDER.findall(translation)) != expected:
                wrong.append((message.source, translation))
    assert wrong == []


def test_plural_messages_have_the_languages_plural_forms(language):
    for message in read_ts(ts_file(language)):
        if message.numerus:
            assert len(message.translations) == 2, message.source


def test_the_compiled_file_matches_its_source(language, tmp_path):
    compiled = tmp_path / qm_file(language).name
    i18n_tools.lrelease(ts_file(language), compiled)
    assert qm_file(language).exists(), "run `make translations`"
    assert qm_file(language).read_bytes() == compiled.read_bytes(), "run `make translations`"
