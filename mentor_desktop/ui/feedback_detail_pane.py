"""One feedback form, read-only: the seal's state first and plainly (a broken seal in a red
box), then placement and period, the answers per criterion, comments, the signer, the time,
the kind of signature with the signature itself, and the versions it corrects or that
replaced it."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale, Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QFormLayout, QLabel, QWidget

from mentor_desktop.domain.enums import SignatureMethod
from mentor_desktop.domain.feedback import short_digest
from mentor_desktop.services.feedback_types import FeedbackDetail, SealState
from mentor_desktop.ui.detail_rows import (
    DetailPane,
    caption_row,
    detail_form,
    heading_label,
    line_up_captions,
    pane_frame,
    title_label,
    value_label,
)
from mentor_desktop.ui.feedback_table_model import status_text
from mentor_desktop.ui.learner_detail_pane import format_date

SCALE = (
    QT_TRANSLATE_NOOP("FeedbackDetailPane", "1 – Not yet"),
    QT_TRANSLATE_NOOP("FeedbackDetailPane", "2 – With a lot of help"),
    QT_TRANSLATE_NOOP("FeedbackDetailPane", "3 – With a little help"),
    QT_TRANSLATE_NOOP("FeedbackDetailPane", "4 – Without help"),
)
SEAL_OK_STYLE = "color: #1b5e20; background: #e8f5e9; border: 1px solid #1b5e20; padding: 6px;"
SEAL_BROKEN_STYLE = (
    "color: #b00020; background: #fdecee; border: 2px solid #b00020; padding: 8px;"
    " font-weight: bold;"
)


def app_language() -> str:
    """The language the program speaks now: criteria are shown in it."""
    return "da" if QLocale().language() == QLocale.Language.Danish else "en"


def format_time(value) -> str:  # type: ignore[no-untyped-def]
    local = value.astimezone()
    return QLocale().toString(local.replace(tzinfo=None), QLocale.FormatType.ShortFormat)


class FeedbackDetailPane(DetailPane):
    """Shows one ``FeedbackDetail``; nothing on it can be changed."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("feedback_detail_pane")
        self.detail: FeedbackDetail | None = None
        self.empty_label, self.details_widget, layout = pane_frame(
            self, "feedback", minimum_width=320
        )
        self.title_label = title_label("feedback_title_label")
        self.seal_label = value_label("feedback_seal_label")
        self.seal_label.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.title_label)
        layout.addWidget(self.seal_label)
        form = detail_form(layout)
        self.period_caption, self.period_value = caption_row(form, "feedback_period_value")
        self.status_caption, self.status_value = caption_row(form, "feedback_status_value")
        self.tutor_caption, self.tutor_value = caption_row(form, "feedback_tutor_value")
        self.version_caption, self.version_value = caption_row(form, "feedback_version_value")
        self.ratings_heading = heading_label()
        layout.addWidget(self.ratings_heading)
        self.ratings_form = detail_form(layout, wrap_long_rows=True)
        self.comments_heading = heading_label()
        self.comments_value = value_label("feedback_comments_value")
        layout.addWidget(self.comments_heading)
        layout.addWidget(self.comments_value)
        self.signature_heading = heading_label()
        layout.addWidget(self.signature_heading)
        signature = detail_form(layout)
        self.signer_caption, self.signer_value = caption_row(signature, "feedback_signer_value")
        self.role_caption, self.role_value = caption_row(signature, "feedback_role_value")
        self.signed_caption, self.signed_value = caption_row(signature, "feedback_signed_value")
        self.method_caption, self.method_value = caption_row(signature, "feedback_method_value")
        self.digest_caption, self.digest_value = caption_row(signature, "feedback_digest_value")
        self.signature_image = QLabel()
        self.signature_image.setObjectName("feedback_signature_image")
        self.signature_image.setStyleSheet("background: white; border: 1px solid #999;")
        layout.addWidget(self.signature_image, 0, Qt.AlignmentFlag.AlignLeft)
        self.history_value = value_label("feedback_history_value")
        layout.addWidget(self.history_value)
        layout.addStretch(1)
        self._rating_rows: list[tuple[QLabel, QLabel]] = []
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.empty_label.setText(self.tr("Choose a feedback form in the list to see it here."))
        self.period_caption.setText(self.tr("Period:"))
        self.status_caption.setText(self.tr("Status:"))
        self.tutor_caption.setText(self.tr("Tutor:"))
        self.version_caption.setText(self.tr("Criteria:"))
        self.ratings_heading.setText(self.tr("Answers"))
        self.comments_heading.setText(self.tr("Comments"))
        self.signature_heading.setText(self.tr("Signature"))
        self.signer_caption.setText(self.tr("Signed by:"))
        self.role_caption.setText(self.tr("Job title:"))
        self.signed_caption.setText(self.tr("Signed:"))
        self.method_caption.setText(self.tr("Kind:"))
        self.digest_caption.setText(self.tr("Seal:"))
        self.signature_image.setAccessibleName(self.tr("Signature"))
        self.show_form(self.detail)

    def show_form(self, detail: FeedbackDetail | None) -> None:
        self.detail = detail
        self.empty_label.setVisible(detail is None)
        self.details_widget.setVisible(detail is not None)
        if detail is None:
            return
        self.title_label.setText(
            self.tr("{learner} at {employer}").format(
                learner=detail.learner_name, employer=detail.employer_name
            )
        )
        self._show_seal(detail)
        self.period_value.setText(
            f"{format_date(detail.period_start)} – {format_date(detail.period_end)}"
        )
        self.status_value.setText(status_text(detail.status, detail.method))
        self.tutor_value.setText(detail.tutor_name or "–")
        self.version_value.setText(
            self.tr("version {number}").format(number=detail.criteria.number)
        )
        self._show_ratings(detail)
        self.comments_value.setText(detail.data.comments or self.tr("No comments."))
        self._show_signature(detail)
        self._show_history(detail)
        line_up_captions(self.details_widget)

    def _show_seal(self, detail: FeedbackDetail) -> None:
        if detail.seal is SealState.BROKEN:
            self.seal_label.setText(
                self.tr(
                    "Warning: this form was changed after it was signed. It no longer matches "
                    "its seal, so what it shows cannot be relied on. The finding has been "
                    "written to the log."
                )
            )
            self.seal_label.setStyleSheet(SEAL_BROKEN_STYLE)
        elif detail.seal is SealState.OK:
            self.seal_label.setText(
                self.tr("Seal checked: the form is exactly as it was signed. It cannot be changed.")
            )
            self.seal_label.setStyleSheet(SEAL_OK_STYLE)
        else:
            self.seal_label.setText(self.tr("Draft: not signed yet."))
            self.seal_label.setStyleSheet("padding: 6px;")

    def _show_ratings(self, detail: FeedbackDetail) -> None:
        for caption, _value in self._rating_rows:
            self.ratings_form.removeRow(caption)
        self._rating_rows = []
        language = app_language()
        for criterion in detail.criteria.criteria:
            caption = QLabel(criterion.label(language) + ":")
            caption.setWordWrap(True)
            value = value_label(f"feedback_rating_{criterion.key}_value")
            value.setText(self._rating_text(detail, criterion.key))
            caption.setBuddy(value)
            self.ratings_form.addRow(caption, value)
            self._rating_rows.append((caption, value))
        self.ratings_form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)

    def _rating_text(self, detail: FeedbackDetail, key: str) -> str:
        if key not in detail.data.ratings:
            return self.tr("Not answered yet")
        rating = detail.data.ratings[key]
        if rating is None:
            return self.tr("Not observed")
        return QCoreApplication.translate("FeedbackDetailPane", SCALE[rating - 1])

    def _show_signature(self, detail: FeedbackDetail) -> None:
        self.signer_value.setText(detail.data.signer_name or "–")
        self.role_value.setText(detail.data.signer_role or "–")
        if detail.signed_at is None:
            self.signed_value.setText(self.tr("Not signed yet"))
        elif detail.method is SignatureMethod.PAPER:
            self.signed_value.setText(format_date(detail.signed_at.astimezone().date()))
        else:
            self.signed_value.setText(
                self.tr("{local} ({utc} UTC)").format(
                    local=format_time(detail.signed_at),
                    utc=detail.signed_at.strftime("%Y-%m-%d %H:%M:%S"),
                )
            )
        if detail.method is SignatureMethod.PAPER:
            self.method_value.setText(self.tr("Signed on paper; the scan is attached"))
        elif detail.method is SignatureMethod.DRAWN:
            self.method_value.setText(self.tr("Simple electronic signature, drawn on the screen"))
        else:
            self.method_value.setText("–")
        self.digest_value.setText(short_digest(detail.content_hash) if detail.content_hash else "–")
        self.digest_value.setToolTip(detail.content_hash or "")
        pixmap = QPixmap()
        if detail.signature_png and pixmap.loadFromData(detail.signature_png):
            self.signature_image.setPixmap(pixmap.scaledToWidth(300))
            self.signature_image.show()
        else:
            self.signature_image.clear()
            self.signature_image.hide()

    def _show_history(self, detail: FeedbackDetail) -> None:
        lines = []
        if detail.supersedes_id is not None:
            lines.append(
                self.tr("Corrects form no. {number}. Reason: {reason}").format(
                    number=detail.supersedes_id, reason=detail.correction_reason or "–"
                )
            )
        if detail.superseded_by_id is not None:
            lines.append(
                self.tr("Replaced by form no. {number}; kept as it was signed.").format(
                    number=detail.superseded_by_id
                )
            )
        if detail.correction_draft_id is not None:
            lines.append(
                self.tr("A correction is being prepared: form no. {number}.").format(
                    number=detail.correction_draft_id
                )
            )
        lines.append(self.tr("Form no. {number}").format(number=detail.id))
        self.history_value.setText("\n".join(lines))
