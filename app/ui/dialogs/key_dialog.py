"""The API key dialog: masked entry, show/hide, paste, Test, save to the keychain or session."""

from __future__ import annotations

from collections.abc import Awaitable, Callable

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtGui import QGuiApplication, QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.services.account import keychain
from app.services.account.key_check import KeyCheck, KeyVerdict
from app.services.account.keychain import KeychainUnavailable, KeyProvider, KeySource
from app.services.background import TaskGroup
from app.ui.dialogs.notice import Notice
from app.ui.messages import render
from app.ui.screen_reader import value_label

KeyChecker = Callable[[str], Awaitable[KeyCheck]]


class KeyDialog(QDialog):
    """Enter, test and store the Evolink API key. The stored key is only ever shown masked.

    Signals:
        key_saved(object) — a `KeySource` (origin "keychain" or "session") is now in use.
        key_removed() — the stored key was deleted from the keychain.
    """

    key_saved = Signal(object)
    key_removed = Signal()

    def __init__(self, provider: KeyProvider, check: KeyChecker, *, reason: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._provider, self._check = provider, check
        self._background = TaskGroup("key_dialog")
        self.reason = Notice(Notice.Kind.WARNING)
        self.env_notice = Notice(Notice.Kind.INFO)
        self.stored = QLabel()
        self.entry = QLineEdit()
        self.entry_label = QLabel(self.tr("&API key:"))
        self.show_button = QPushButton(self.tr("S&how"))
        self.paste_button = QPushButton(self.tr("&Paste"))
        self.test_button = QPushButton(self.tr("&Test"))
        self.test_result = QLabel()
        self.field_error = Notice(Notice.Kind.ERROR)
        self.keychain_notice = Notice(Notice.Kind.WARNING)
        self.session_only = QCheckBox(self.tr("&Keep for this session only (forgotten when the "
                                              "app quits)"))
        self.remove_button = QPushButton(self.tr("&Remove stored key"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel)
        self._setup_ui()
        self.set_reason(reason)
        self._refresh_stored()
        self.show_button.toggled.connect(self._on_show_button_toggled)
        self.paste_button.clicked.connect(self._on_paste_button_clicked)
        self.test_button.clicked.connect(self._on_test_button_clicked)
        self.entry.textEdited.connect(self._on_entry_text_edited)
        self.remove_button.clicked.connect(self._on_remove_button_clicked)
        self.buttons.accepted.connect(self._on_buttons_accepted)
        self.buttons.rejected.connect(self.reject)

    def _setup_ui(self) -> None:
        self.setWindowTitle(self.tr("Evolink API key"))
        self.setMinimumWidth(520)
        self.entry.setEchoMode(QLineEdit.EchoMode.Password)
        self.entry.setPlaceholderText("sk-…")
        self.entry.setAccessibleName(self.tr("API key"))
        self.entry_label.setBuddy(self.entry)
        self.entry.setInputMethodHints(Qt.InputMethodHint.ImhHiddenText
                                       | Qt.InputMethodHint.ImhNoPredictiveText
                                       | Qt.InputMethodHint.ImhSensitiveData)
        self.show_button.setCheckable(True)
        for button, name in ((self.show_button, self.tr("Show")),
                             (self.paste_button, self.tr("Paste")),
                             (self.test_button, self.tr("Test")),
                             (self.remove_button, self.tr("Remove stored key"))):
            button.setAccessibleName(name)
            button.setAutoDefault(False)
        self.session_only.setAccessibleName(self.tr("Keep for this session only"))
        self.session_only.setVisible(False)
        self.test_result.setWordWrap(True)
        value_label(self.test_result, self.tr("Test result"))
        self.test_result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.stored.setWordWrap(True)
        save = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        save.setText(self.tr("&Save"))
        save.setAccessibleName(self.tr("Save"))
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(self.tr("Cancel"))
        cancel.setAccessibleName(self.tr("Cancel"))

        intro = QLabel(self.tr("Find your key in the Evolink dashboard. It is kept in your "
                               "operating system's keychain, never in a file."))
        intro.setWordWrap(True)
        entry_row = QHBoxLayout()
        entry_row.addWidget(self.entry, 1)
        entry_row.addWidget(self.show_button)
        entry_row.addWidget(self.paste_button)
        test_row = QHBoxLayout()
        test_row.addWidget(self.test_button)
        test_row.addWidget(self.test_result, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.remove_button)
        bottom.addStretch(1)
        bottom.addWidget(self.buttons)
        layout = QVBoxLayout(self)
        for widget in (self.reason, self.env_notice, intro, self.stored, self.entry_label):
            layout.addWidget(widget)
        layout.addLayout(entry_row)
        layout.addWidget(self.field_error)
        layout.addLayout(test_row)
        layout.addWidget(self.keychain_notice)
        layout.addWidget(self.session_only)
        layout.addStretch(1)
        layout.addLayout(bottom)

    # -- state shown ----------------------------------------------------------------------

    def set_reason(self, reason: str) -> None:
        """Why the dialog opened by itself (a 401): shown on top, in the server's words, or in
        ours (translated) when the server gave none."""
        if reason:
            shown = render(reason).rstrip(".。")  # our Message, or the server's own words
            self.reason.show_text(self.tr("The API refused the current key: %1. Enter a valid "
                                          "key to continue; waiting tasks resume after that.")
                                  .replace("%1", shown))
        else:
            self.reason.show_text("")

    def _refresh_stored(self) -> None:
        self.env_notice.show_text(
            self.tr("EVOLINK_API_KEY is set in the environment: it overrides the key saved "
                    "here for as long as it is set.") if self._provider.env_overrides else "")
        try:
            stored = keychain.get_key()
        except KeychainUnavailable as exc:
            stored = None
            self._show_keychain_problem(exc)
        else:
            self.keychain_notice.show_text("")
        if stored:
            self.stored.setText(self.tr("Saved key: %1 (in %2)")
                                .replace("%1", keychain.mask(stored))
                                .replace("%2", keychain.backend_name()))
        else:
            self.stored.setText(self.tr("No key is saved in the keychain."))
        self.remove_button.setVisible(bool(stored))

    def _show_keychain_problem(self, exc: KeychainUnavailable) -> None:
        self.keychain_notice.show_text(
            self.tr("The key cannot be saved in a keychain: %1").replace("%1", render(exc.message)))
        self.session_only.setVisible(True)

    # -- slots ------------------------------------------------------------------------------

    def _on_show_button_toggled(self, shown: bool) -> None:
        self.entry.setEchoMode(QLineEdit.EchoMode.Normal if shown
                               else QLineEdit.EchoMode.Password)
        self.show_button.setText(self.tr("&Hide") if shown else self.tr("S&how"))
        self.show_button.setAccessibleName(self.tr("Hide") if shown else self.tr("Show"))

    def _on_paste_button_clicked(self) -> None:
        text = QGuiApplication.clipboard().text().strip()
        if text:
            self.entry.setText(text)
            self._on_entry_text_edited(text)
        else:
            self.field_error.show_text(self.tr("The clipboard holds no text."))

    def _on_entry_text_edited(self, _text: str) -> None:
        self.field_error.show_text("")
        self.test_result.clear()

    def _typed_key(self) -> str | None:
        key = self.entry.text().strip()
        if not key:
            self.field_error.show_text(self.tr("Enter or paste a key first."))
            self.entry.setFocus()
            return None
        if any(ch.isspace() for ch in key):
            self.field_error.show_text(self.tr("The key contains spaces; paste it again without "
                                               "spaces."))
            return None
        return key

    def _on_test_button_clicked(self) -> None:
        key = self._typed_key()
        if key is None:
            return
        self.test_result.setText(self.tr("Testing…"))
        self.test_button.setEnabled(False)
        self._background.start(self._test(key), "key-test", latest_wins=True)

    async def _test(self, key: str) -> None:
        try:
            outcome = await self._check(key)
        finally:
            self.test_button.setEnabled(True)
        self.test_result.setText(self._describe(outcome))

    def _describe(self, outcome: KeyCheck) -> str:
        if outcome.verdict is KeyVerdict.VALID:
            credits = outcome.credits
            left = credits.user_remaining if credits is not None else None
            if left is None:
                return self.tr("✓ Valid: the API accepted this key.")
            return (self.tr("✓ Valid: %1 credits left on the account.")
                    .replace("%1", QLocale().toString(float(left), "f", 2)))
        if outcome.verdict is KeyVerdict.INVALID:
            return self.tr("✗ Invalid: the API refused this key (%1).").replace(
                "%1", render(outcome.detail).rstrip("."))
        if outcome.verdict is KeyVerdict.NO_NETWORK:
            return self.tr("No network: the API could not be reached, so the key was not "
                           "tested (%1).").replace("%1", render(outcome.detail).rstrip("."))
        return self.tr("Not tested: %1").replace("%1", render(outcome.detail))

    def _on_remove_button_clicked(self) -> None:
        try:
            keychain.delete_key()
        except KeychainUnavailable as exc:
            self._show_keychain_problem(exc)
            return
        self._refresh_stored()
        self.key_removed.emit()

    def _on_buttons_accepted(self) -> None:
        key = self._typed_key()
        if key is None:
            return
        if self.session_only.isVisibleTo(self) and self.session_only.isChecked():
            self._provider.set_session_key(key)
            self._finish(KeySource(key, "session"))
            return
        try:
            keychain.set_key(key)
        except ValueError as exc:
            self.field_error.show_text(render(exc.args[0]) if exc.args else str(exc))
            return
        except KeychainUnavailable as exc:
            # The typed key stays in the field: the user can tick "session only" and save again.
            self._show_keychain_problem(exc)
            self.session_only.setFocus()
            return
        self._provider.clear_session_key()
        self._finish(KeySource(key, "keychain"))

    def _finish(self, source: KeySource) -> None:
        self.entry.clear()  # the key lives in the keychain or the provider, not in a widget
        self.key_saved.emit(source)
        self.accept()

    # -- Qt overrides -----------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.entry.setFocus()

    def done(self, result: int) -> None:
        self._background.cancel_all()
        super().done(result)
