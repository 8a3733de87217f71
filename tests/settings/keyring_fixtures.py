"""Keychain fixtures shared by the settings and dialog tests: a private service name per test."""

from __future__ import annotations

import contextlib
import os
import uuid
from collections.abc import Iterator

import keyring
import pytest

from app.services.account import keychain
from app.services.account.keychain import KeychainUnavailable


def in_ci() -> bool:
    return os.environ.get("CI", "").strip().lower() in {"1", "true", "yes"}


@pytest.fixture(autouse=True)
def private_service(monkeypatch: pytest.MonkeyPatch) -> str:
    """A unique keychain entry per test (also for subprocesses), never the everyday key."""
    service = f"seedance-studio-test-{uuid.uuid4().hex}"
    monkeypatch.setenv(keychain.SERVICE_ENV, service)
    return service


@pytest.fixture
def restore_keyring() -> Iterator[None]:
    original = keyring.get_keyring()
    try:
        yield
    finally:
        keyring.set_keyring(original)


@pytest.fixture
def real_keychain(private_service: str) -> Iterator[str]:
    """The real OS keychain (run-tests.sh starts a Secret Service), else skip (fail in CI)."""
    problem: str | None = None
    if keychain.backend_name() == keychain.NO_BACKEND:
        problem = "no OS keychain backend"
    else:
        try:
            keychain.get_key()
        except KeychainUnavailable as exc:
            problem = exc.problem
    if problem is not None:
        reason = f"no usable Secret Service ({problem}); run `bash packaging/run-tests.sh`"
        if in_ci():
            pytest.fail(f"CI must test the real keychain: {reason}")
        pytest.skip(reason)
    yield keychain.backend_name()
    with contextlib.suppress(KeychainUnavailable):
        keychain.delete_key()
