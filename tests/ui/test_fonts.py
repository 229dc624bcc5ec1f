from __future__ import annotations

from PySide6.QtGui import QFont, QFontMetrics

from mentor_desktop.ui.fonts import register_shipped_fonts


def test_shipped_fonts_cover_tigrinya_and_arabic(qapp):
    families = register_shipped_fonts()
    assert "Noto Sans Ethiopic" in families
    assert "Noto Naskh Arabic" in families
    assert QFontMetrics(QFont("Noto Sans Ethiopic")).inFontUcs4(ord("ት"))
    assert QFontMetrics(QFont("Noto Naskh Arabic")).inFontUcs4(ord("ع"))
