"""A pad to sign on with a finger, a stylus or the mouse. The ink is kept as strokes of points
in the pad's own units (``PAD_WIDTH`` x ``PAD_HEIGHT``, whatever the screen), with the pen's
pressure (a stylus's own; the middle of the scale for mouse and finger) and the time since the
first touch; the line is drawn wider where the pen pressed harder."""

from __future__ import annotations

from PySide6.QtCore import QElapsedTimer, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QTabletEvent,
    QTouchEvent,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

from mentor_desktop.domain.feedback import (
    PAD_HEIGHT,
    PAD_WIDTH,
    PRESSURE_MAX,
    Point,
    Stroke,
    has_signature,
    line_width,
)

# Mouse and finger carry no pressure worth the name: they draw at the middle of the scale.
DEFAULT_PRESSURE = PRESSURE_MAX // 2
MARGIN = 12
INK = QColor(20, 30, 80)


class SignaturePad(QWidget):
    """Collects strokes; ``strokes()`` is what was drawn, ``clear()`` starts again."""

    strokes_changed = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("signature_pad")
        self.setAttribute(Qt.WidgetAttribute.WA_AcceptTouchEvents, True)
        self.setAttribute(Qt.WidgetAttribute.WA_StaticContents, True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setCursor(Qt.CursorShape.CrossCursor)
        self._strokes: list[Stroke] = []
        self._drawing = False
        self._clock = QElapsedTimer()
        self._hint = ""
        self._read_only = False

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt name)
        return QSize(700, 230)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt name)
        return QSize(300, 110)

    def strokes(self) -> list[Stroke]:
        return [list(stroke) for stroke in self._strokes]

    def set_strokes(self, strokes: list[Stroke]) -> None:
        self._strokes = [list(stroke) for stroke in strokes]
        self._drawing = False
        self.update()
        self.strokes_changed.emit()

    def has_signature(self) -> bool:
        return has_signature(self._strokes)

    def clear(self) -> None:
        self.set_strokes([])

    def set_hint(self, text: str) -> None:
        """The grey words shown on an empty pad ("Sign here")."""
        self._hint = text
        self.update()

    def set_read_only(self, read_only: bool) -> None:
        self._read_only = read_only
        self.setCursor(Qt.CursorShape.ArrowCursor if read_only else Qt.CursorShape.CrossCursor)

    def signing_rect(self) -> QRectF:
        """Where the pad's units lie on the widget: the largest box of the pad's proportions
        that fits inside the margins, centred."""
        width = max(1.0, self.width() - 2 * MARGIN)
        height = max(1.0, self.height() - 2 * MARGIN)
        scale = min(width / PAD_WIDTH, height / PAD_HEIGHT)
        box_width, box_height = PAD_WIDTH * scale, PAD_HEIGHT * scale
        return QRectF(
            (self.width() - box_width) / 2, (self.height() - box_height) / 2, box_width, box_height
        )

    def to_pad(self, position: QPointF) -> tuple[float, float]:
        rect = self.signing_rect()
        x = (position.x() - rect.left()) * PAD_WIDTH / rect.width()
        y = (position.y() - rect.top()) * PAD_HEIGHT / rect.height()
        return min(max(x, 0.0), PAD_WIDTH), min(max(y, 0.0), PAD_HEIGHT)

    # Input: stylus, finger and mouse end up in the same three steps.

    def _begin(self, position: QPointF, pressure: int) -> None:
        if self._read_only:
            return
        if not self._strokes:
            self._clock.start()
        self._drawing = True
        self._strokes.append([])
        self._add(position, pressure)

    def _add(self, position: QPointF, pressure: int) -> None:
        if not self._drawing:
            return
        x, y = self.to_pad(position)
        point: Point = {
            "x": round(x),
            "y": round(y),
            "p": min(max(pressure, 0), PRESSURE_MAX),
            "t": int(self._clock.elapsed()) if self._clock.isValid() else 0,
        }
        stroke = self._strokes[-1]
        if stroke and stroke[-1]["x"] == point["x"] and stroke[-1]["y"] == point["y"]:
            return
        stroke.append(point)
        self.update()

    def _end(self, position: QPointF, pressure: int) -> None:
        if not self._drawing:
            return
        self._add(position, pressure)
        self._drawing = False
        self.strokes_changed.emit()

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt name)
        if event.button() == Qt.MouseButton.LeftButton:
            self._begin(event.position(), DEFAULT_PRESSURE)
        event.accept()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt name)
        if event.buttons() & Qt.MouseButton.LeftButton:
            self._add(event.position(), DEFAULT_PRESSURE)
        event.accept()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt name)
        if event.button() == Qt.MouseButton.LeftButton:
            self._end(event.position(), DEFAULT_PRESSURE)
        event.accept()

    def tabletEvent(self, event: QTabletEvent) -> None:  # noqa: N802 (Qt name)
        """A stylus: its own pressure sets the width. Accepted, so Qt makes no mouse events
        of it as well."""
        pressure = round(event.pressure() * PRESSURE_MAX)
        match event.type():
            case QTabletEvent.Type.TabletPress:
                self._begin(event.position(), pressure)
            case QTabletEvent.Type.TabletMove:
                self._add(event.position(), pressure)
            case QTabletEvent.Type.TabletRelease:
                self._end(event.position(), pressure)
        event.accept()

    def event(self, event) -> bool:  # type: ignore[no-untyped-def]
        """A finger: the first touch point draws; a touch screen that reports pressure sets
        the width with it."""
        kind = event.type()
        if kind in (
            QTouchEvent.Type.TouchBegin,
            QTouchEvent.Type.TouchUpdate,
            QTouchEvent.Type.TouchEnd,
            QTouchEvent.Type.TouchCancel,
        ):
            points = event.points()
            if points:
                point = points[0]
                touch_pressure = point.pressure()
                pressure = (
                    round(touch_pressure * PRESSURE_MAX)
                    if 0 < touch_pressure < 1
                    else DEFAULT_PRESSURE
                )
                if kind == QTouchEvent.Type.TouchBegin:
                    self._begin(point.position(), pressure)
                elif kind == QTouchEvent.Type.TouchUpdate:
                    self._add(point.position(), pressure)
                else:
                    self._end(point.position(), pressure)
            event.accept()
            return True
        return super().event(event)

    # Drawing

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802 (Qt name)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), QColor("white"))
        rect = self.signing_rect()
        frame = QColor(120, 120, 120) if not self.hasFocus() else self.palette().highlight().color()
        painter.setPen(QPen(frame, 2 if self.hasFocus() else 1))
        painter.drawRect(QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5))
        baseline_y = rect.top() + rect.height() * 0.75
        painter.setPen(QPen(QColor(170, 170, 170), 1, Qt.PenStyle.DashLine))
        painter.drawLine(
            QPointF(rect.left() + 20, baseline_y), QPointF(rect.right() - 20, baseline_y)
        )
        if not self._strokes and self._hint:
            painter.setPen(QColor(140, 140, 140))
            painter.drawText(
                rect.adjusted(20, 10, -20, -rect.height() * 0.3),
                Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
                self._hint,
            )
        scale = rect.width() / PAD_WIDTH
        for stroke in self._strokes:
            self._paint_stroke(painter, stroke, rect, scale)
        painter.end()

    def _paint_stroke(self, painter: QPainter, stroke: Stroke, rect: QRectF, scale: float) -> None:
        def at(point: Point) -> QPointF:
            return QPointF(rect.left() + point["x"] * scale, rect.top() + point["y"] * scale)

        if len(stroke) == 1:
            width = line_width(stroke[0]["p"]) * scale
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(INK)
            painter.drawEllipse(at(stroke[0]), width / 2, width / 2)
            return
        for previous, point in zip(stroke, stroke[1:], strict=False):
            pen = QPen(INK, line_width(point["p"]) * scale)
            pen.setCapStyle(Qt.PenCapStyle.RoundCap)
            pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
            painter.setPen(pen)
            painter.drawLine(at(previous), at(point))
