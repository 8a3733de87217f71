"""The key, settings and uploaded-files dialogs as the running studio opens them, one of each
at a time."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QDialog, QWidget

from app.services.account.key_check import KeyCheck, KeyVerdict, check_key
from app.services.account.keychain import KeyProvider
from app.services.api.config import InsecureURL, resolve_endpoints
from app.services.home.settings import Settings

if TYPE_CHECKING:  # imported when first opened, not at start-up
    from app.services.api.uploaded_files import UploadedFiles
    from app.ui.dialogs.key_dialog import KeyDialog
    from app.ui.dialogs.settings_dialog import SettingsDialog
    from app.ui.dialogs.uploaded_files_dialog import UploadedFilesDialog


class StudioDialogs(QObject):
    """Signals: keySaved() — a new key is in use; settingsChanged(object set[str]) — the keys of
    the settings the user changed (emitted when the settings dialog closes)."""

    keySaved = Signal()
    settingsChanged = Signal(object)

    def __init__(self, *, provider: KeyProvider, settings: Settings, window: QWidget,
                 api_base_url: str, parent: QObject | None = None) -> None:
        super().__init__(parent or window)
        self._provider, self._settings, self._window = provider, settings, window
        self._api_base_url = api_base_url
        self._key: KeyDialog | None = None
        self._prefs: SettingsDialog | None = None
        self._files: UploadedFilesDialog | None = None
        self._changed: set[str] = set()
        settings.changed.connect(self._changed.add)

    def has_key(self) -> bool:
        return self._provider.resolve() is not None

    async def _check(self, key: str) -> KeyCheck:
        # The key is for the real API, even while the demo runs.
        try:
            endpoints = resolve_endpoints(setting=self._api_base_url)
        except InsecureURL as exc:
            return KeyCheck(KeyVerdict.ERROR, detail=str(exc))
        return await check_key(key, endpoints)

    def open_key(self, reason: str = "") -> KeyDialog:
        if self._key is not None:
            if reason:
                self._key.set_reason(reason)
            self._key.raise_()
            self._key.activateWindow()
            return self._key
        from app.ui.dialogs.key_dialog import KeyDialog

        dialog = KeyDialog(self._provider, self._check, reason=reason, parent=self._window)
        dialog.key_saved.connect(lambda _source: self.keySaved.emit())
        dialog.finished.connect(self._on_key_finished)
        self._key = dialog
        dialog.open()
        return dialog

    def _on_key_finished(self, _result: int) -> None:
        if self._key is not None:
            self._key.deleteLater()
        self._key = None
        if self._prefs is not None:
            self._prefs.refresh_key()

    def open_settings(self) -> SettingsDialog:
        if self._prefs is not None:
            self._prefs.raise_()
            return self._prefs
        from app.ui.dialogs.settings_dialog import SettingsDialog

        self._changed.clear()
        dialog = SettingsDialog(self._settings, self._provider, parent=self._window)
        dialog.key_dialog_requested.connect(lambda: self.open_key(""))
        dialog.finished.connect(self._on_settings_finished)
        self._prefs = dialog
        dialog.open()
        return dialog

    def _on_settings_finished(self, result: int) -> None:
        if self._prefs is not None:
            self._prefs.deleteLater()
        self._prefs = None
        if result == QDialog.DialogCode.Accepted and self._changed:
            self.settingsChanged.emit(set(self._changed))
        self._changed.clear()

    def open_uploaded_files(self, files: UploadedFiles) -> UploadedFilesDialog:
        if self._files is None:
            from app.ui.dialogs.uploaded_files_dialog import UploadedFilesDialog

            self._files = UploadedFilesDialog(files, self._window)
            self._files.finished.connect(self._on_files_finished)
        self._files.open()
        self._files.raise_()
        return self._files

    def _on_files_finished(self, _result: int) -> None:
        if self._files is not None:
            self._files.deleteLater()
        self._files = None
