"""The signature pad takes a stylus with its pressure, a finger and the mouse; points are kept
in the pad's own units whatever the widget's size; Clear empties it."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QInputDevice, QPointingDevice, QTabletEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from mentor_desktop.domain.feedback import PAD_HEIGHT, PAD_WIDTH
from mentor_desktop.ui.signature_pad import DEFAULT_PRESSURE, SignaturePad
from tests.ui.feedback_data import draw_signature


@pytest.fixture
def pad(qtbot) -> SignaturePad:
    widget = SignaturePad()
    qtbot.addWidget(widget)
    widget.resize(724, 241)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def stylus(pad: SignaturePad, kind: QTabletEvent.Type, position: QPointF, pressure: float):
    device = QPointingDevice(
        "stylus",
        1,
        QInputDevice.DeviceType.Stylus,
        QPointingDevice.PointerType.Pen,
        QInputDevice.Capability.Position | QInputDevice.Capability.Pressure,
        1,
        3,
    )
    pressed = kind != QTabletEvent.Type.TabletRelease
    event = QTabletEvent(
        kind,
        device,
        position,
        QPointF(pad.mapToGlobal(position.toPoint())),
        pressure,
        0.0,
        0.0,
        0.0,
        0.0,
        0.0,
        Qt.KeyboardModifier.NoModifier,
        Qt.MouseButton.LeftButton,
        Qt.MouseButton.LeftButton if pressed else Qt.MouseButton.NoButton,
    )
    QApplication.sendEvent(pad, event)


def test_a_stylus_stroke_keeps_its_pressure(pad):
    rect = pad.signing_rect()
    y = rect.center().y()
    stylus(pad, QTabletEvent.Type.TabletPress, QPointF(rect.left() + 40, y), 0.2)
    stylus(pad, QTabletEvent.Type.TabletMove, QPointF(rect.left() + 140, y - 30), 0.6)
    stylus(pad, QTabletEvent.Type.TabletMove, QPointF(rect.left() + 240, y + 30), 0.9)
    stylus(pad, QTabletEvent.Type.TabletRelease, QPointF(rect.left() + 300, y), 0.0)
    [stroke] = pad.strokes()
    assert [point["p"] for point in stroke][:3] == [200, 600, 900]
    assert pad.has_signature()


def test_a_finger_draws_too(pad, qtbot):
    device = QTest.createTouchDevice()
    rect = pad.signing_rect()
    start = QPoint(int(rect.left()) + 50, int(rect.center().y()))
    QTest.touchEvent(pad, device).press(0, start, pad)
    for step in range(1, 6):
        QTest.touchEvent(pad, device).move(0, start + QPoint(40 * step, 8 * step), pad)
    QTest.touchEvent(pad, device).release(0, start + QPoint(240, 40), pad)
    assert len(pad.strokes()) == 1
    assert len(pad.strokes()[0]) >= 6
    assert {point["p"] for point in pad.strokes()[0]} == {DEFAULT_PRESSURE}


def test_points_are_in_pad_units_whatever_the_size(pad, qtbot):
    draw_signature(qtbot, pad)
    points = [p for stroke in pad.strokes() for p in stroke]
    assert all(0 <= p["x"] <= PAD_WIDTH and 0 <= p["y"] <= PAD_HEIGHT for p in points)
    # The corners of the signing area are the pad's corners.
    rect = pad.signing_rect()
    assert pad.to_pad(rect.topLeft()) == (0, 0)
    assert pad.to_pad(rect.bottomRight()) == (PAD_WIDTH, PAD_HEIGHT)


def test_a_tap_is_not_a_signature_and_clear_empties_the_pad(pad, qtbot):
    qtbot.mouseClick(pad, Qt.MouseButton.LeftButton, pos=pad.rect().center())
    assert pad.strokes() and not pad.has_signature()
    pad.clear()
    assert pad.strokes() == []
