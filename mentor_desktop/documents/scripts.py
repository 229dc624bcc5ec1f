"""Text in the learners' scripts for reportlab: which shipped font draws it, and Platypus
markup that draws it right.

reportlab 5 shapes each word with HarfBuzz (``uharfbuzz``) when a paragraph style has
``shaping=1``: Arabic letters join, marks sit on their letters, and the letters of a
right-to-left word come out right to left. It does no bidi reordering of the words (that
needs ``rlbidi``, which is not on PyPI): the words of a line are drawn left to right in the
order typed, so a right-to-left text reads backwards, and a word of digits keeps a bracket on
the wrong side. So this module breaks a right-to-left text into lines itself, in the order
typed, and hands each line over in visual order: the words reversed, runs of left-to-right
words (numbers, Latin) kept in their own order, and the brackets around a number turned round.
(Rendered and compared against Qt's bidi layout of the same strings: see the tests.)

reportlab does no font fallback either, and a shaped word must be drawn by one font: Noto
Naskh Arabic lacks ASCII brackets, hyphen and slash, so an Arabic-script text that uses them
is drawn whole in DejaVu Sans, whose Arabic also shapes. Text in other scripts is split into
runs by whether the script's font has the glyph; the runs it lacks (Noto Sans Ethiopic has no
digits or Latin punctuation) go to DejaVu Sans."""

from __future__ import annotations

import html
import unicodedata
from dataclasses import dataclass

from reportlab.pdfbase import pdfmetrics

from mentor_desktop.documents import fonts

_ARABIC_SCRIPT = frozenset({"ar", "fa", "prs", "ps", "ur", "ckb"})
# Fonts of scripts written left to right that DejaVu Sans lacks: (regular, bold, shaped).
_OTHER_SCRIPTS = {
    "ti": (fonts.ETHIOPIC, fonts.ETHIOPIC_BOLD, False),
    "am": (fonts.ETHIOPIC, fonts.ETHIOPIC_BOLD, False),
    # Thai vowel and tone marks sit on their consonants only when shaped.
    "th": (fonts.THAI, fonts.THAI_BOLD, True),
}


@dataclass(frozen=True)
class ScriptText:
    """Paragraph markup for a text, the font it starts in, and whether to shape it."""

    markup: str
    font: str
    bold_font: str
    shaping: bool
    right_to_left: bool


def _has_glyph(font: str, char: str) -> bool:
    return ord(char) in pdfmetrics.getFont(font).face.charToGlyph


def _is_right_to_left(text: str) -> bool:
    """Whether the first strong character of ``text`` is right-to-left."""
    for char in text:
        kind = unicodedata.bidirectional(char)
        if kind in ("R", "AL"):
            return True
        if kind == "L":
            return False
    return False


def script_text(
    text: str, language: str | None, *, font_size: float = 12, width: float = 1e6
) -> ScriptText:
    """Markup and font for ``text`` written in ``language`` (its code; ``None`` when not
    known, then the text's own characters decide), for a paragraph ``width`` points wide in
    ``font_size``."""
    fonts.register_fonts()
    arabic = language in _ARABIC_SCRIPT or (language is None and _is_right_to_left(text))
    if arabic:
        font = fonts.ARABIC if all(_has_glyph(fonts.ARABIC, c) for c in text) else fonts.SANS
        bold = fonts.ARABIC_BOLD if font == fonts.ARABIC else fonts.SANS_BOLD
        if not _is_right_to_left(text):
            return ScriptText(html.escape(text), font, bold, True, False)
        lines = [
            " ".join(visual_words(line))
            for line in break_lines(text.split(), font, font_size, width)
        ]
        return ScriptText("<br/>".join(html.escape(line) for line in lines), font, bold, True, True)
    if language in _OTHER_SCRIPTS:
        font, bold, shaping = _OTHER_SCRIPTS[language]
        if shaping and all(c == " " or _has_glyph(font, c) for c in text):
            return ScriptText(html.escape(text), font, bold, True, False)
        return ScriptText(_with_fallback(text, font), font, bold, False, False)
    return ScriptText(html.escape(text), fonts.SANS, fonts.SANS_BOLD, False, False)


def break_lines(words: list[str], font: str, size: float, width: float) -> list[list[str]]:
    """Words (in the order typed) broken greedily into lines no wider than ``width``; a
    word wider than the line gets a line of its own. Measured unshaped, with a margin for
    the joined forms."""
    space = pdfmetrics.stringWidth(" ", font, size)
    room = width * 0.92
    lines: list[list[str]] = []
    current: list[str] = []
    used = 0.0
    for word in words:
        needed = pdfmetrics.stringWidth(word, font, size)
        if current and used + space + needed > room:
            lines.append(current)
            current, used = [], 0.0
        used += (space if current else 0) + needed
        current.append(word)
    if current:
        lines.append(current)
    return lines


_MIRRORED = str.maketrans("()[]{}<>", ")(][}{><")


def _direction(word: str) -> str | None:
    """ "R" or "L" by the word's first strong character (digits count as left-to-right
    here: a number is laid out left to right), ``None`` for punctuation only."""
    for char in word:
        kind = unicodedata.bidirectional(char)
        if kind in ("R", "AL"):
            return "R"
        if kind in ("L", "EN", "AN"):
            return "L"
    return None


def _turned(word: str) -> str:
    """A left-to-right word set in a right-to-left line: brackets and punctuation at its
    ends change sides (and brackets mirror), as the bidi algorithm would place them."""
    core = word.strip("()[]{}<>.,:;!?\"'«»")
    start = word.index(core) if core else len(word)
    lead, trail = word[:start], word[start + len(core) :]
    return trail[::-1].translate(_MIRRORED) + core + lead[::-1].translate(_MIRRORED)


def visual_words(words: list[str]) -> list[str]:
    """One right-to-left line's words (in the order typed) in the order they are drawn,
    left to right: reversed, except that a run of left-to-right words keeps its order.
    Punctuation-only words go with the run before them."""
    runs: list[list[str]] = []
    previous: str | None = None
    for word in words:
        direction = _direction(word) or previous or "R"
        if runs and direction == previous == "L":
            runs[-1].append(_turned(word))
        else:
            runs.append([_turned(word)] if direction == "L" else [word])
        previous = direction
    return [word for run in reversed(runs) for word in run]


def _with_fallback(text: str, font: str) -> str:
    """Markup that draws the characters ``font`` lacks in DejaVu Sans."""
    parts: list[str] = []
    run, run_has = "", True
    for char in text:
        has = char == " " or _has_glyph(font, char)
        if run and has != run_has:
            parts.append(_run(run, run_has))
            run = ""
        run_has = has if not run else run_has
        run += char
    if run:
        parts.append(_run(run, run_has))
    return "".join(parts)


def _run(text: str, in_font: bool) -> str:
    escaped = html.escape(text)
    return escaped if in_font else f'<font face="{fonts.SANS}">{escaped}</font>'
