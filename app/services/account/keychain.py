"""The Evolink API key in the OS keychain (Secret Service, macOS Keychain, Windows Cred. Manager).

The key is never written to a file by this module: backends that would store it in a file
(keyrings.alt, keyrings.cryptfile) or that store nothing (fail, null) are refused, and the caller
is told how to get a real keychain, or can keep a session-only key in memory.
The key never appears in an exception message, a log line or a repr: only `mask(key)` does.
"""

from __future__ import annotations

import logging
import os
import sys
from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Final, Literal

from app.core.catalog import KeychainMsg
from app.core.messages import Message, MessageError

if TYPE_CHECKING:
    from keyring.backend import KeyringBackend

log = logging.getLogger(__name__)

SERVICE = "seedance-studio"
# Another service name, so tests and side-by-side installs never touch the everyday key.
SERVICE_ENV = "SEEDANCE_STUDIO_KEYCHAIN_SERVICE"
USERNAME = "evolink-api-key"
ENV_VAR = "EVOLINK_API_KEY"

NO_BACKEND = "none (no usable backend)"

# Backends that keep the secret in a file (plain or with a weak/guessable key) or nowhere at all.
_REFUSED_MODULE_PREFIXES = ("keyrings.alt", "keyrings.cryptfile")
_REFUSED_MODULES = ("keyring.backends.fail", "keyring.backends.null")

# Keys shorter than this are masked completely: showing 4 characters would give away too much.
_MIN_MASKABLE = 8


class KeychainUnavailable(MessageError):
    """The OS keychain cannot be used; the message says what is missing and how to fix it.

    `str(exc)` is `message`, a Message (problem, then hint), so the UI can translate it.
    """

    def __init__(self, problem: str, hint: str | None = None) -> None:
        self.problem = problem
        self.hint = hint if hint is not None else _fix_hint()
        super().__init__(KeychainMsg.KEYCHAIN_PROBLEM, problem=problem, hint=self.hint)


@dataclass(frozen=True, repr=False)
class KeySource:
    """A resolved API key and where it came from."""

    key: str
    origin: Literal["env", "keychain", "session"]

    def __repr__(self) -> str:
        return f"KeySource(key={mask(self.key)!r}, origin={self.origin!r})"

    __str__ = __repr__


def mask(key: str) -> str:
    """`sk-…abcd`: enough to tell keys apart, never enough to use one."""
    key = key.strip()
    if len(key) < _MIN_MASKABLE:
        return "sk-…****"
    return "sk-…" + key[-4:]


def _fix_hint(platform: str | None = None) -> Message:
    """How to get a working keychain on `platform` (this OS by default). Never suggests
    storing the key in a file."""
    platform = platform or sys.platform
    fallback = Message(KeychainMsg.KEYCHAIN_FALLBACK, env=ENV_VAR)
    if platform == "darwin":
        fix = Message(KeychainMsg.KEYCHAIN_FIX_MACOS)
    elif platform == "win32":
        fix = Message(KeychainMsg.KEYCHAIN_FIX_WINDOWS)
    else:
        fix = Message(KeychainMsg.KEYCHAIN_FIX_LINUX, command="sudo apt install gnome-keyring")
    return Message(KeychainMsg.KEYCHAIN_HINT, fix=fix, fallback=fallback)


def _is_refused(backend: KeyringBackend) -> bool:
    module = type(backend).__module__
    return module in _REFUSED_MODULES or module.startswith(_REFUSED_MODULE_PREFIXES)


def _backend() -> KeyringBackend:
    """The keyring backend to use, or KeychainUnavailable if there is no secure one."""
    try:
        import keyring
        from keyring.backends.chainer import ChainerBackend

        active = keyring.get_keyring()
    except Exception as exc:  # a broken keyring config or plugin must not crash the app
        raise KeychainUnavailable(Message(
            KeychainMsg.KEYCHAIN_LIBRARY_BROKEN,
            error=f"{type(exc).__name__}: {exc}")) from exc

    if isinstance(active, ChainerBackend):
        # The chainer may hold a file backend next to a real one: use the best secure one only.
        secure: list[KeyringBackend] = [b for b in active.backends if not _is_refused(b)]
        if not secure:
            raise KeychainUnavailable(_no_backend_problem(active))
        return secure[0]
    if _is_refused(active):
        raise KeychainUnavailable(_no_backend_problem(active))
    return active


def _no_backend_problem(active: KeyringBackend) -> Message:
    module = type(active).__module__
    if module.startswith(_REFUSED_MODULE_PREFIXES):
        return Message(KeychainMsg.KEYCHAIN_FILE_BACKEND, name=active.name)
    return Message(KeychainMsg.KEYCHAIN_NONE)


# One sentence per action: a verb slotted into a sentence cannot be translated.
_FAILURES: Final = {
    "read": KeychainMsg.KEYCHAIN_READ_FAILED,
    "store": KeychainMsg.KEYCHAIN_STORE_FAILED,
    "delete": KeychainMsg.KEYCHAIN_DELETE_FAILED,
}


def _failure(action: Literal["read", "store", "delete"], exc: BaseException,
             key: str | None = None) -> KeychainUnavailable:
    """Wrap a backend error; the key is scrubbed from its text in case a backend echoed it."""
    detail = str(exc).strip().rstrip(".") or type(exc).__name__
    if key:
        detail = detail.replace(key, mask(key))
    return KeychainUnavailable(Message(_FAILURES[action], detail=detail))


def service_name() -> str:
    """The keychain entry's service: SEEDANCE_STUDIO_KEYCHAIN_SERVICE when set, else SERVICE."""
    return os.environ.get(SERVICE_ENV, "").strip() or SERVICE


def backend_name() -> str:
    """A human name for the keychain in use, e.g. "SecretService Keyring"."""
    try:
        return str(_backend().name)
    except KeychainUnavailable:
        return NO_BACKEND


def get_key() -> str | None:
    """The key stored in the OS keychain, or None. Raises KeychainUnavailable."""
    backend = _backend()
    try:
        value = backend.get_password(service_name(), USERNAME)
    except Exception as exc:  # D-Bus/secretstorage errors are not all KeyringErrors
        raise _failure("read", exc) from exc
    if value is None or not value.strip():
        return None
    return value.strip()


def _clean(key: str) -> str:
    """`key` without surrounding space; ValueError (its args[0] a Message) if it is unusable."""
    key = key.strip()
    if not key:
        raise ValueError(Message(KeychainMsg.KEY_EMPTY))
    if any(ch.isspace() for ch in key):
        raise ValueError(Message(KeychainMsg.KEY_WHITESPACE))
    return key


def set_key(key: str) -> None:
    """Store (or replace) the key in the OS keychain. Raises ValueError or KeychainUnavailable."""
    key = _clean(key)
    backend = _backend()
    try:
        backend.set_password(service_name(), USERNAME, key)
    except Exception as exc:
        # `from None`: the original exception could carry the key in its args.
        raise _failure("store", exc, key) from None
    log.info("API key %s stored in %s", mask(key), backend.name)


def delete_key() -> bool:
    """Remove the key from the OS keychain; True if there was one."""
    from keyring.errors import PasswordDeleteError

    backend = _backend()
    try:
        if backend.get_password(service_name(), USERNAME) is None:
            return False
        backend.delete_password(service_name(), USERNAME)
    except PasswordDeleteError:
        return False
    except Exception as exc:
        raise _failure("delete", exc) from exc
    log.info("API key deleted from %s", backend.name)
    return True


class KeyProvider:
    """Where the app and the CLI get the key: environment, then keychain, then session memory."""

    def __init__(self, env: Mapping[str, str] | None = None) -> None:
        self._env: Mapping[str, str] = os.environ if env is None else env
        self._session_key: str | None = None
        self.keychain_error: KeychainUnavailable | None = None

    def __repr__(self) -> str:
        session = mask(self._session_key) if self._session_key else None
        return f"KeyProvider(env_overrides={self.env_overrides}, session_key={session!r})"

    @property
    def env_overrides(self) -> bool:
        """True when EVOLINK_API_KEY is set: it wins over the keychain."""
        return bool(self._env.get(ENV_VAR, "").strip())

    def resolve(self) -> KeySource | None:
        """The key to use now, or None if there is none anywhere."""
        env_key = self._env.get(ENV_VAR, "").strip()
        if env_key:
            return KeySource(env_key, "env")
        try:
            stored = get_key()
        except KeychainUnavailable as exc:
            self.keychain_error = exc
            # info, not warning: the caller shows keychain_error to the user in its own way.
            log.info("OS keychain unavailable: %s", exc.problem)
            stored = None
        else:
            self.keychain_error = None
        if stored:
            return KeySource(stored, "keychain")
        if self._session_key:
            return KeySource(self._session_key, "session")
        return None

    def set_session_key(self, key: str) -> None:
        """Keep a key for this run only: in memory, never written anywhere."""
        self._session_key = _clean(key)

    def clear_session_key(self) -> None:
        self._session_key = None
