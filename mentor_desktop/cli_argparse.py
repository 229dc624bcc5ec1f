"""argparse's own words (usage, options, help and error lines) in the language of the rest of
``mentor-cli``. argparse looks them up through its module's ``_`` and ``ngettext`` (its
gettext hook) each time it builds a parser or prints, so they are routed to Qt's translator
while ``mentor-cli`` parses its arguments."""

from __future__ import annotations

import argparse
from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

CONTEXT = "argparse"

# The argparse messages a user of mentor-cli meets, so that lupdate lists them.
MESSAGES = (
    QT_TRANSLATE_NOOP("argparse", "usage: "),
    QT_TRANSLATE_NOOP("argparse", "positional arguments"),
    QT_TRANSLATE_NOOP("argparse", "options"),
    QT_TRANSLATE_NOOP("argparse", "show this help message and exit"),
    QT_TRANSLATE_NOOP("argparse", "show program's version number and exit"),
    QT_TRANSLATE_NOOP("argparse", "%(prog)s: error: %(message)s\n"),
    QT_TRANSLATE_NOOP("argparse", "the following arguments are required: %s"),
    QT_TRANSLATE_NOOP("argparse", "unrecognized arguments: %s"),
    QT_TRANSLATE_NOOP("argparse", "argument %(argument_name)s: %(message)s"),
    QT_TRANSLATE_NOOP("argparse", "invalid choice: %(value)r (choose from %(choices)s)"),
    QT_TRANSLATE_NOOP("argparse", "invalid %(type)s value: %(value)r"),
    QT_TRANSLATE_NOOP("argparse", "expected one argument"),
    QT_TRANSLATE_NOOP("argparse", "ambiguous option: %(option)s could match %(matches)s"),
)


def _text(message: str) -> str:
    return QCoreApplication.translate(CONTEXT, message)


def _plural(singular: str, plural: str, count: int) -> str:
    return _text(singular if count == 1 else plural)


@contextmanager
def translated_argparse() -> Iterator[None]:
    """argparse speaks through the installed translator inside the block."""
    previous = argparse._, argparse.ngettext  # type: ignore[attr-defined]
    argparse._, argparse.ngettext = _text, _plural  # type: ignore[attr-defined]
    try:
        yield
    finally:
        argparse._, argparse.ngettext = previous  # type: ignore[attr-defined]
