"""Fonts shipped in resources/fonts, registered so that Qt's font fallback can draw the
learners' scripts (Ethiopic for Tigrinya and Amharic, Arabic) on machines without them."""

from __future__ import annotations

import logging

from PySide6.QtGui import QFontDatabase

from mentor_desktop.paths import resources_dir

log = logging.getLogger(__name__)


def register_shipped_fonts() -> list[str]:
    """Add every shipped TrueType font to the application; returns the family names added."""
    families: list[str] = []
    for font_file in sorted((resources_dir() / "fonts").glob("*.ttf")):
        font_id = QFontDatabase.addApplicationFont(str(font_file))
        if font_id < 0:
            log.warning("Could not load font %s", font_file)
            continue
        families.extend(QFontDatabase.applicationFontFamilies(font_id))
    return sorted(set(families))
