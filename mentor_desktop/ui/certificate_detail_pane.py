"""The chosen certificate as the register keeps it: number, state, who and when, what it
certifies, the overrides with their reasons, the code and the PDF's SHA-256."""

from __future__ import annotations

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QGridLayout, QLabel, QPushButton

from mentor_desktop.services.certificates import CertificateRow
from mentor_desktop.ui import certificate_labels
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


class CertificateDetailPane(DetailPane):
    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("certificate_detail_pane")
        self.detail: CertificateRow | None = None
        self.empty_label, self.details_widget, layout = pane_frame(
            self, "certificate", minimum_width=300
        )
        self.title_label = title_label("certificate_title_label")
        self.state_label = value_label("certificate_state_label")
        layout.addWidget(self.title_label)
        layout.addWidget(self.state_label)
        # What can be done with the chosen certificate; the screen names and connects them.
        self.preview_button = QPushButton()
        self.preview_button.setObjectName("certificate_open_preview_button")
        self.print_button = QPushButton()
        self.print_button.setObjectName("certificate_open_print_button")
        self.reissue_button = QPushButton()
        self.reissue_button.setObjectName("certificate_reissue_button")
        self.revoke_button = QPushButton()
        self.revoke_button.setObjectName("certificate_revoke_button")
        buttons = QGridLayout()
        buttons.addWidget(self.preview_button, 0, 0)
        buttons.addWidget(self.print_button, 0, 1)
        buttons.addWidget(self.reissue_button, 1, 0)
        buttons.addWidget(self.revoke_button, 1, 1)
        buttons.setColumnStretch(2, 1)
        layout.addLayout(buttons)
        form = detail_form(layout, wrap_long_rows=True)
        self._rows: dict[str, tuple[QLabel, QLabel]] = {}
        for name in (
            "name",
            "issued",
            "issued_by",
            "language",
            "period",
            "hours",
            "sessions",
            "words",
            "goals",
            "code",
            "sha256",
        ):
            self._rows[name] = caption_row(form, f"certificate_{name}_value")
        self.overrides_heading = heading_label()
        self.overrides_label = value_label("certificate_overrides_label")
        layout.addWidget(self.overrides_heading)
        layout.addWidget(self.overrides_label)
        layout.addStretch(1)
        self.retranslate_ui()
        self.show_certificate(None)

    def retranslate_ui(self) -> None:
        captions = {
            "name": self.tr("Name as printed:"),
            "issued": self.tr("Issued:"),
            "issued_by": self.tr("Issued by:"),
            "language": self.tr("Language:"),
            "period": self.tr("Period:"),
            "hours": self.tr("Hours:"),
            "sessions": self.tr("Sessions:"),
            "words": self.tr("Words mastered:"),
            "goals": self.tr("Can-do goals achieved:"),
            "code": self.tr("Verification code:"),
            "sha256": self.tr("SHA-256 of the PDF:"),
        }
        for name, text in captions.items():
            self._rows[name][0].setText(text)
        self.empty_label.setText(self.tr("Choose a certificate in the register."))
        self.overrides_heading.setText(self.tr("Checks overridden"))
        line_up_captions(self.details_widget)
        self.show_certificate(self.detail)

    def show_certificate(self, detail: CertificateRow | None) -> None:
        self.detail = detail
        self.empty_label.setVisible(detail is None)
        self.details_widget.setVisible(detail is not None)
        if detail is None:
            return
        locale = QLocale()
        short = QLocale.FormatType.ShortFormat
        self.title_label.setText(detail.number)
        state = certificate_labels.state(detail)
        if detail.revoked:
            revoked = locale.toString(detail.revoked_at.astimezone(), short)
            state = self.tr("{state} on {date}: {reason}").format(
                state=state, date=revoked, reason=detail.revoked_reason
            )
        if detail.replaces_number:
            state += "\n" + self.tr("Replaces {number}").format(number=detail.replaces_number)
        self.state_label.setText(state)
        values = {
            "name": detail.printed_name,
            "issued": locale.toString(detail.issued_at.astimezone(), short),
            "issued_by": detail.issued_by or "–",
            "language": certificate_labels.language_name(detail.language),
            "period": f"{locale.toString(detail.period_start, short)} – {locale.toString(detail.period_end, short)}",
            "hours": self.tr("{hours} ({lessons} lessons of 45 minutes)").format(
                hours=certificate_labels.hours(detail.minutes),
                lessons=locale.toString(detail.minutes / 45, "f", 1),
            ),
            "sessions": locale.toString(detail.sessions),
            "words": locale.toString(detail.words_mastered),
            "goals": locale.toString(detail.goals_achieved),
            "code": detail.verification_code,
            # In two halves: a 64-digit word does not wrap.
            "sha256": _halves(detail.pdf_sha256) if detail.pdf_sha256 else "–",
        }
        for name, text in values.items():
            self._rows[name][1].setText(text)
        overrides = [
            f"{certificate_labels.check_title(o['check'])}: {o['reason']}"  # type: ignore[arg-type]
            for o in detail.overrides
        ]
        self.overrides_heading.setVisible(bool(overrides))
        self.overrides_label.setVisible(bool(overrides))
        self.overrides_label.setText("\n".join(overrides))


def _halves(digest: str) -> str:
    middle = len(digest) // 2
    return f"{digest[:middle]}\n{digest[middle:]}"
