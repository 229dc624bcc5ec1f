"""PySide6 6.12.0 on Python 3.11 loses a reference to None on every call of a method that
returns nothing and aborts the interpreter after about 5,000 of them. The calls run in a
child process, so an abort fails this test instead of ending the test run."""

from __future__ import annotations

import os
import subprocess
import sys

CALLS = 20_000

SCRIPT = f"""
from PySide6.QtWidgets import QApplication, QLabel, QWidget

app = QApplication([])
label = QLabel()
widget = QWidget()
for i in range({CALLS}):
    label.setText(str(i))
    widget.resize(100 + i % 50, 80)
print("done", label.text())
"""


def test_twenty_thousand_calls_returning_nothing_do_not_abort():
    result = subprocess.run(
        [sys.executable, "-c", SCRIPT],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.split() == ["done", str(CALLS - 1)]
