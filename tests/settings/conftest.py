"""Settings tests: a private keychain entry per test."""

from __future__ import annotations

from tests.settings.keyring_fixtures import private_service, real_keychain, restore_keyring

__all__ = ["private_service", "real_keychain", "restore_keyring"]
