"""The keychain service against the real OS keychain and against refused/missing backends.

The real-backend tests need a Secret Service: `bash packaging/run-tests.sh` provides one
(gnome-keyring in a private D-Bus session). Outside it they are skipped, except in CI (CI=true)
where they fail, so a green CI run proves the real keychain works.
"""

from __future__ import annotations

import logging
import subprocess
import sys
from pathlib import Path
from typing import Any

import keyring
import pytest
from keyring.backend import KeyringBackend
from keyring.backends import fail, null
from keyring.backends.chainer import ChainerBackend

from app.services.account import keychain
from app.services.account.keychain import KeychainUnavailable, KeyProvider, KeySource
from tests.settings.keyring_fixtures import private_service, real_keychain, restore_keyring

SECRET = "sk-" + "Zq7" * 10 + "w9Xy"  # fake, but shaped like a real Evolink key
OTHER = "sk-" + "Pm4" * 10 + "k2Lb"


__all__ = ["private_service", "real_keychain", "restore_keyring"]  # fixtures, shared


def _files_containing(root: Path, needle: str) -> list[Path]:
    data = needle.encode()
    return [p for p in root.rglob("*") if p.is_file() and data in p.read_bytes()]


# --- pure behaviour -----------------------------------------------------------------------------


def test_mask_shows_only_prefix_and_last_four() -> None:
    assert keychain.mask(SECRET) == "sk-…w9Xy"
    assert keychain.mask(f"  {SECRET}\n") == "sk-…w9Xy"
    assert keychain.mask("sk-ab") == "sk-…****"
    assert keychain.mask("") == "sk-…****"
    assert SECRET not in keychain.mask(SECRET)


def test_key_source_repr_is_masked() -> None:
    source = KeySource(SECRET, "keychain")
    assert SECRET not in repr(source)
    assert SECRET not in str(source)
    assert "sk-…w9Xy" in repr(source)
    assert "keychain" in repr(source)


def test_key_provider_repr_is_masked() -> None:
    provider = KeyProvider(env={})
    provider.set_session_key(SECRET)
    assert SECRET not in repr(provider)


@pytest.mark.parametrize("bad", ["", "   ", "\n", "sk-abc def"])
def test_set_key_rejects_empty_or_spaced(bad: str) -> None:
    with pytest.raises(ValueError, match="API key"):
        keychain.set_key(bad)
    with pytest.raises(ValueError, match="API key"):
        KeyProvider(env={}).set_session_key(bad)


def test_env_overrides_without_touching_the_keychain(restore_keyring: None) -> None:
    keyring.set_keyring(fail.Keyring())  # any keychain access would raise
    provider = KeyProvider(env={"EVOLINK_API_KEY": f" {SECRET} "})
    assert provider.env_overrides
    assert provider.resolve() == KeySource(SECRET, "env")
    assert provider.keychain_error is None


def test_blank_env_var_does_not_override() -> None:
    provider = KeyProvider(env={"EVOLINK_API_KEY": "  "})
    assert not provider.env_overrides


def test_default_env_is_os_environ(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("EVOLINK_API_KEY", SECRET)
    source = KeyProvider().resolve()
    assert source is not None
    assert source.origin == "env"
    assert source.key == SECRET


# --- the real OS keychain -----------------------------------------------------------------------


def test_store_read_replace_delete(real_keychain: str) -> None:
    assert real_keychain != keychain.NO_BACKEND
    assert keychain.get_key() is None
    assert keychain.delete_key() is False

    keychain.set_key(f"  {SECRET}\n")
    assert keychain.get_key() == SECRET

    keychain.set_key(OTHER)
    assert keychain.get_key() == OTHER

    assert keychain.delete_key() is True
    assert keychain.get_key() is None
    assert keychain.delete_key() is False


def test_key_is_in_the_os_keychain_not_in_process(real_keychain: str, private_service: str) -> None:
    """Another process reads it back: the secret lives in the keychain daemon."""
    keychain.set_key(SECRET)
    code = (
        "import sys, keyring; from app.services.account.keychain import mask, USERNAME; "
        "v = keyring.get_password(sys.argv[1], USERNAME); print(mask(v) if v else 'MISSING')"
    )
    result = subprocess.run(
        [sys.executable, "-c", code, private_service],
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    assert result.stdout.strip() == keychain.mask(SECRET)


def test_env_var_overrides_stored_key(real_keychain: str) -> None:
    keychain.set_key(SECRET)
    overridden = KeyProvider(env={"EVOLINK_API_KEY": OTHER})
    assert overridden.env_overrides
    assert overridden.resolve() == KeySource(OTHER, "env")

    plain = KeyProvider(env={})
    assert not plain.env_overrides
    assert plain.resolve() == KeySource(SECRET, "keychain")
    assert plain.keychain_error is None


def test_keychain_beats_session_key_then_session_remains(real_keychain: str) -> None:
    provider = KeyProvider(env={})
    assert provider.resolve() is None
    provider.set_session_key(OTHER)
    assert provider.resolve() == KeySource(OTHER, "session")
    keychain.set_key(SECRET)
    assert provider.resolve() == KeySource(SECRET, "keychain")
    keychain.delete_key()
    assert provider.resolve() == KeySource(OTHER, "session")


def test_key_never_logged(real_keychain: str, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    keychain.set_key(SECRET)
    assert keychain.get_key() == SECRET
    source = KeyProvider(env={}).resolve()
    logging.getLogger("test").info("resolved %r", source)
    keychain.delete_key()
    assert "sk-…w9Xy" in caplog.text  # masked form is logged, so the check below means something
    assert SECRET not in caplog.text


def test_stored_key_not_written_to_app_files(
    real_keychain: str, studio_home: Path, tmp_path: Path
) -> None:
    keychain.set_key(SECRET)
    assert keychain.get_key() == SECRET
    assert _files_containing(studio_home, SECRET) == []
    assert _files_containing(tmp_path, SECRET) == []


# --- no usable backend --------------------------------------------------------------------------


@pytest.mark.parametrize("backend", [fail.Keyring(), null.Keyring()], ids=["fail", "null"])
def test_no_backend_is_reported_helpfully(restore_keyring: None, backend: Any) -> None:
    keyring.set_keyring(backend)
    assert keychain.backend_name() == keychain.NO_BACKEND

    with pytest.raises(KeychainUnavailable) as read_error:
        keychain.get_key()
    with pytest.raises(KeychainUnavailable) as store_error:
        keychain.set_key(SECRET)
    with pytest.raises(KeychainUnavailable):
        keychain.delete_key()

    for exc in (read_error.value, store_error.value):
        message = str(exc)
        assert SECRET not in message
        assert SECRET not in repr(exc)
        assert "No OS keychain" in message
        assert "EVOLINK_API_KEY" in message
        assert "session-only" in message
        assert "keyrings.alt" not in message
        assert "plaintext" not in message.lower()
        if sys.platform.startswith("linux"):
            assert "Secret Service" in message
            assert "gnome-keyring" in message


def test_provider_falls_back_to_memory_only_session_key(
    restore_keyring: None, studio_home: Path, tmp_path: Path
) -> None:
    keyring.set_keyring(fail.Keyring())
    provider = KeyProvider(env={})
    assert provider.resolve() is None
    assert isinstance(provider.keychain_error, KeychainUnavailable)

    provider.set_session_key(f" {SECRET} ")
    assert provider.resolve() == KeySource(SECRET, "session")
    assert isinstance(provider.keychain_error, KeychainUnavailable)

    assert _files_containing(studio_home, SECRET) == []
    assert _files_containing(tmp_path, SECRET) == []

    provider.clear_session_key()
    assert provider.resolve() is None


class _MemoryBackend(KeyringBackend):
    """An in-memory test backend; not viable, so keyring's own discovery never selects it."""

    viable = False
    priority = -1
    name = "memory Backend"

    def __init__(self) -> None:
        self.store: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.store.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.store[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        del self.store[(service, username)]


class _PlaintextLike(_MemoryBackend):
    name = "file PlaintextKeyring"


_PlaintextLike.__module__ = "keyrings.alt.file"


def test_file_backend_is_refused(restore_keyring: None) -> None:
    backend = _PlaintextLike()
    keyring.set_keyring(backend)
    assert keychain.backend_name() == keychain.NO_BACKEND
    with pytest.raises(KeychainUnavailable, match="stores secrets in a file") as error:
        keychain.set_key(SECRET)
    assert SECRET not in str(error.value)
    assert backend.store == {}
    provider = KeyProvider(env={})
    assert provider.resolve() is None
    assert provider.keychain_error is not None


def _chainer(*backends: Any) -> ChainerBackend:
    chained = list(backends)

    class FakeChainer(ChainerBackend):
        viable = False  # never offered to keyring's own backend discovery
        backends = chained

    return FakeChainer()


def test_chainer_skips_file_backends(restore_keyring: None) -> None:
    plaintext, memory = _PlaintextLike(), _MemoryBackend()
    keyring.set_keyring(_chainer(plaintext, memory))
    keychain.set_key(SECRET)
    assert keychain.get_key() == SECRET
    assert plaintext.store == {}
    assert keychain.backend_name() == "memory Backend"


def test_chainer_of_only_file_backends_is_refused(restore_keyring: None) -> None:
    keyring.set_keyring(_chainer(_PlaintextLike()))
    with pytest.raises(KeychainUnavailable):
        keychain.get_key()


def test_backend_errors_are_wrapped_without_the_key(restore_keyring: None) -> None:
    class Echoing(_MemoryBackend):
        def set_password(self, service: str, username: str, password: str) -> None:
            raise RuntimeError(f"Prompt dismissed while storing {password}")

        def get_password(self, service: str, username: str) -> str | None:
            raise RuntimeError("Prompt dismissed")

    keyring.set_keyring(Echoing())
    with pytest.raises(KeychainUnavailable) as error:
        keychain.set_key(SECRET)
    assert SECRET not in str(error.value)
    assert "sk-…w9Xy" in str(error.value)
    assert error.value.__cause__ is None

    provider = KeyProvider(env={})
    provider.set_session_key(OTHER)
    assert provider.resolve() == KeySource(OTHER, "session")
    assert provider.keychain_error is not None
    assert "Prompt dismissed" in str(provider.keychain_error)
