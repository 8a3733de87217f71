"""About: what this is, the versions of the app, Qt, PySide6 and Python, and the log folder."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app import APP_NAME
from app.ui.dialogs import help_actions
from app.ui.screen_reader import value_label


class AboutDialog(QDialog):
    """Versions and the log folder; no signals."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = QLabel(APP_NAME)
        self.blurb = QLabel(self.tr("Short video clips with the Seedance 2.0 models over the "
                                    "Evolink API. Your clips stay on your own disk."))
        # Product names stay as they are; "OS" is a word (the copied report keeps it English).
        self._shown = {"OS": self.tr("Operating system")}
        self.version_labels: dict[str, QLabel] = {}
        for name, version in help_actions.versions():
            label = QLabel(version)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            value_label(label, self._shown.get(name, name))
            self.version_labels[name] = label
        self.log_path = QLabel(str(help_actions.log_folder()))
        self.copy_button = QPushButton(self.tr("&Copy versions"))
        self.logs_button = QPushButton(self.tr("Open &log folder"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self._setup_ui()
        self.copy_button.clicked.connect(self._on_copy_button_clicked)
        self.logs_button.clicked.connect(self._on_logs_button_clicked)
        self.buttons.rejected.connect(self.reject)

    def _setup_ui(self) -> None:
        self.setWindowTitle(self.tr("About %1").replace("%1", APP_NAME))
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.title.setFont(font)
        self.blurb.setWordWrap(True)
        self.log_path.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        value_label(self.log_path, self.tr("Log folder"))
        self.copy_button.setAccessibleName(self.tr("Copy versions"))
        self.logs_button.setAccessibleName(self.tr("Open log folder"))
        close = self.buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setText(self.tr("Close"))
        close.setAccessibleName(self.tr("Close"))
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        for name, label in self.version_labels.items():
            form.addRow(self.tr("%1:").replace("%1", self._shown.get(name, name)), label)
        form.addRow(self.tr("Log folder:"), self.log_path)
        self.buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(self.logs_button, QDialogButtonBox.ButtonRole.ActionRole)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.blurb)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(480)

    def _on_copy_button_clicked(self) -> None:
        QGuiApplication.clipboard().setText(help_actions.versions_text())

    def _on_logs_button_clicked(self) -> None:
        help_actions.open_log_folder()
