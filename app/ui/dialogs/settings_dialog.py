"""Settings: clips folder and file names, look and language, defaults for new clips, advanced."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.core.capabilities import MODELS, Quality
from app.core.messages import quality_reason
from app.services.account import keychain
from app.services.account.keychain import KeyProvider
from app.services.home import paths
from app.services.home.settings import CONTEXT, Settings, declared, example_name
from app.ui.dialogs.modal import open_modal
from app.ui.dialogs.notice import Notice
from app.ui.messages import render
from app.ui.screen_reader import value_label
from app.ui.wrapped_label import WrappedLabel

Field = QLineEdit | QComboBox | QSpinBox | QCheckBox


class SettingsDialog(QDialog):
    """Edits the declared settings; every problem is shown on its own field, nothing is lost.

    Signals:
        key_dialog_requested() — "Change key…" was clicked; open the KeyDialog.
    """

    key_dialog_requested = Signal()

    def __init__(self, settings: Settings, provider: KeyProvider,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._settings, self._provider = settings, provider
        self.fields: dict[str, Field] = {}
        self.errors: dict[str, Notice] = {}
        self.labels: dict[str, QLabel] = {}
        self.tabs = QTabWidget()
        self.browse_button = QPushButton(self.tr("&Browse…"))
        self.example = WrappedLabel()
        self.key_label = WrappedLabel()
        self.key_button = QPushButton(self.tr("Change &key…"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self._make_fields()
        self._setup_ui()
        self._load()
        self.browse_button.clicked.connect(self._on_browse_button_clicked)
        self._line("filename_template").textChanged.connect(self._on_template_text_changed)
        self.key_button.clicked.connect(self.key_dialog_requested)
        self.buttons.accepted.connect(self._on_buttons_accepted)
        self.buttons.rejected.connect(self.reject)

    # -- building ---------------------------------------------------------------------------

    def _make_fields(self) -> None:
        choices = {
            "theme": [("system", self.tr("Follow the system")), ("light", self.tr("Light")),
                      ("dark", self.tr("Dark"))],
            "language": [("system", self.tr("Follow the system")), ("en", "English"),
                         ("zh_CN", "简体中文")],
            "default_model": [(m, self._model_label(m)) for m in MODELS],
            "default_quality": [(q, q) for q in declared("default_quality").choices],
            "default_aspect_ratio": [(a, self.tr("Adaptive") if a == "adaptive" else a)
                                     for a in declared("default_aspect_ratio").choices],
        }
        checks = {"notifications": self.tr("&Notify me when a clip is ready or a task fails"),
                  "default_generate_audio": self.tr("Generate &audio")}
        for key in ("clips_folder", "filename_template", "notifications", "theme", "language",
                    "default_model", "default_duration", "default_quality",
                    "default_aspect_ratio", "default_generate_audio", "daily_budget",
                    "api_base_url", "poll_concurrency"):
            setting = declared(key)
            field: Field
            if key in choices:
                field = QComboBox()
                for value, text in choices[key]:
                    field.addItem(text, value)
            elif setting.type is bool:
                field = QCheckBox(checks[key])
            elif setting.type is int:
                field = QSpinBox()
                field.setRange(setting.lo or 0, setting.hi or 999)
                if key == "default_duration":
                    field.setSuffix(self.tr(" s"))
                if key == "daily_budget":
                    field.setSuffix(self.tr(" credits"))
                    field.setSpecialValueText(self.tr("No budget"))
                    field.setSingleStep(50)
            else:
                field = QLineEdit()
            field.setToolTip(QCoreApplication.translate(CONTEXT, setting.description))
            field.setAccessibleDescription(field.toolTip())
            self.fields[key] = field
            self.errors[key] = Notice(Notice.Kind.ERROR)

    def _model_label(self, model_id: str) -> str:
        spec = MODELS[model_id]
        mode = {"text": self.tr("Text to video"), "image": self.tr("Image to video"),
                "reference": self.tr("Reference to video")}[spec.mode.value]
        tier = {"standard": self.tr("Standard"), "fast": self.tr("Fast"),
                "mini": self.tr("Mini")}[spec.tier.value]
        return f"{mode} · {tier}"

    def _setup_ui(self) -> None:
        self.setWindowTitle(self.tr("Settings"))
        self.setMinimumWidth(600)
        texts = {
            "clips_folder": self.tr("&Clips folder:"),
            "filename_template": self.tr("&File names:"),
            "theme": self.tr("&Theme:"),
            "language": self.tr("&Language:"),
            "default_model": self.tr("&Model:"),
            "default_duration": self.tr("&Duration:"),
            "default_quality": self.tr("&Quality:"),
            "default_aspect_ratio": self.tr("&Aspect ratio:"),
            "api_base_url": self.tr("API &address:"),
            "poll_concurrency": self.tr("&Parallel status checks:"),
            "daily_budget": self.tr("Daily &budget:"),
        }
        self._line("clips_folder").setPlaceholderText(str(paths.clips_dir()))
        self.browse_button.setAccessibleName(self.tr("Browse…"))
        self.key_button.setAccessibleName(self.tr("Change key…"))
        value_label(self.example, self.tr("File name example"))
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.fields["clips_folder"], 1)
        folder_row.addWidget(self.browse_button)
        extras: dict[str, QWidget | QHBoxLayout] = {"clips_folder": folder_row}

        def page(keys: list[str], after: dict[str, QWidget] | None = None) -> QWidget:
            widget = QWidget()
            form = QFormLayout(widget)
            form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
            for key in keys:
                field = self.fields[key]
                box = QVBoxLayout()
                box.setSpacing(2)
                extra = extras.get(key)
                if isinstance(extra, QHBoxLayout):
                    box.addLayout(extra)
                else:
                    # Left-aligned: a wide note below must not stretch a combo box with it.
                    box.addWidget(field, 0, Qt.AlignmentFlag.AlignLeft
                                  if isinstance(field, QComboBox) else Qt.AlignmentFlag(0))
                if after and key in after:
                    box.addWidget(after[key])
                box.addWidget(self.errors[key])
                if key in texts:
                    label = QLabel(texts[key])
                    label.setBuddy(field)
                    field.setAccessibleName(texts[key].replace("&", "").rstrip(":："))
                    self.labels[key] = label
                    form.addRow(label, box)
                else:
                    assert isinstance(field, QCheckBox)
                    field.setAccessibleName(field.text().replace("&", ""))
                    form.addRow(box)
            return widget

        language_note = WrappedLabel(self.tr("A new language or theme reopens the window at "
                                             "once; your prompt and media stay."))
        general = page(["clips_folder", "filename_template", "notifications", "theme",
                        "language"],
                       {"filename_template": self.example, "language": language_note})
        defaults = page(["default_model", "default_duration", "default_quality",
                         "default_aspect_ratio", "default_generate_audio"])
        advanced = page(["daily_budget", "api_base_url", "poll_concurrency"])
        key_row = QHBoxLayout()
        key_row.addWidget(self.key_label, 1)
        key_row.addWidget(self.key_button)
        advanced_form = advanced.layout()
        assert isinstance(advanced_form, QFormLayout)
        key_title = QLabel(self.tr("API key:"))
        advanced_form.insertRow(0, key_title, key_row)
        self.tabs.addTab(general, self.tr("General"))
        self.tabs.addTab(defaults, self.tr("New clips"))
        self.tabs.addTab(advanced, self.tr("Account && advanced"))
        for button, text in ((QDialogButtonBox.StandardButton.Ok, self.tr("OK")),
                             (QDialogButtonBox.StandardButton.Cancel, self.tr("Cancel"))):
            self.buttons.button(button).setText(text)
            self.buttons.button(button).setAccessibleName(text)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(self.buttons)

    # -- values -----------------------------------------------------------------------------

    def _line(self, key: str) -> QLineEdit:
        field = self.fields[key]
        assert isinstance(field, QLineEdit)
        return field

    def _load(self) -> None:
        for key, field in self.fields.items():
            value = self._settings[declared(key)]
            if isinstance(field, QComboBox):
                field.setCurrentIndex(max(0, field.findData(value)))
            elif isinstance(field, QCheckBox):
                field.setChecked(bool(value))
            elif isinstance(field, QSpinBox):
                field.setValue(int(value))
            else:
                field.setText(str(value))
        self._on_template_text_changed(self._line("filename_template").text())
        self.refresh_key()

    def value(self, key: str) -> Any:
        field = self.fields[key]
        if isinstance(field, QComboBox):
            return field.currentData()
        if isinstance(field, QCheckBox):
            return field.isChecked()
        if isinstance(field, QSpinBox):
            return field.value()
        return field.text().strip()

    def refresh_key(self) -> None:
        """Show where the key in use comes from, masked. Call after the key dialog saved one."""
        source = self._provider.resolve()
        if source is None:
            text = self.tr("No key set (the demo runs on the simulator).")
        elif source.origin == "env":
            text = self.tr("%1 from EVOLINK_API_KEY, which overrides the keychain")
        elif source.origin == "session":
            text = self.tr("%1 for this session only")
        else:
            text = self.tr("%1 in %2").replace("%2", keychain.backend_name())
        self.key_label.setText(text.replace("%1", keychain.mask(source.key) if source else ""))

    # -- slots ------------------------------------------------------------------------------

    def _on_browse_button_clicked(self) -> None:
        start = self._line("clips_folder").text() or str(paths.clips_dir())
        dialog = QFileDialog(self, self.tr("Clips folder"), start)
        dialog.setObjectName("choose-clips-folder")
        dialog.setFileMode(QFileDialog.FileMode.Directory)
        dialog.setOption(QFileDialog.Option.ShowDirsOnly)

        def chosen() -> None:
            if dialog.selectedFiles():
                self._line("clips_folder").setText(dialog.selectedFiles()[0])

        open_modal(dialog, on_accepted=chosen)

    def _on_template_text_changed(self, text: str) -> None:
        try:
            name = example_name(text)
        except ValueError as exc:
            self.example.setText("")
            # args[0], not str(exc): str() would copy the Message into a plain, untranslatable str.
            self.errors["filename_template"].show_text(render(exc.args[0] if exc.args else ""))
            return
        self.errors["filename_template"].show_text("")
        self.example.setText(self.tr("Example: %1").replace("%1", name))

    def problems(self) -> dict[str, str]:
        """Every field's problem at once (empty when all can be saved), in English Messages;
        the fields show them rendered in the interface language."""
        found: dict[str, str] = {}
        for key in self.fields:
            why = self._settings.problem(declared(key), self.value(key))
            if why:
                found[key] = why
        spec = MODELS.get(str(self.value("default_model")))
        if spec is not None and "default_quality" not in found:
            why = quality_reason(spec, Quality(self.value("default_quality")))
            if why:
                found["default_quality"] = why
        return found

    def _on_buttons_accepted(self) -> None:
        found = self.problems()
        for key, notice in self.errors.items():
            notice.show_text(render(found.get(key, "")))
        if found:
            first = next(iter(found))
            for index in range(self.tabs.count()):
                tab = self.tabs.widget(index)
                if tab is not None and tab.isAncestorOf(self.fields[first]):
                    self.tabs.setCurrentIndex(index)
            self.fields[first].setFocus()
            return
        for key in self.fields:
            self._settings.set(declared(key), self.value(key))
        self.accept()
