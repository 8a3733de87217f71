"""Issue 14 items 7, 10, 11: numeric hosts, invisible prompts, credentials in the base URL, the
environment's base URL, the log's key mask, and server text without terminal escapes."""

from __future__ import annotations

import pytest

from app.core.models import GenerationRequest, Task
from app.core.rules import check, check_callback_url
from app.core.safe_text import one_line, strip_controls
from app.services.api.config import InsecureURL, require_secure, resolve_endpoints
from app.services.home.logs import mask_secrets


@pytest.mark.parametrize("host", ["0x7f000001", "2130706433", "127.1", "0177.0.0.1",
                                  "10.1", "0", "[::ffff:127.0.0.1]", "192.168.0x1.1"])
def test_every_numeric_form_of_a_private_host_is_refused(host: str) -> None:
    reason = check_callback_url(f"https://{host}/hook")
    assert reason is not None and "private or local" in str(reason)


@pytest.mark.parametrize("host", ["example.com", "8.8.8.8", "0x08080808", "1.2.3.4.5"])
def test_public_hosts_and_names_pass(host: str) -> None:
    assert check_callback_url(f"https://{host}/hook") is None


def test_a_prompt_of_zero_width_characters_is_refused() -> None:
    request = GenerationRequest(model="seedance-2.0-text-to-video",
                                prompt="\u200b\u200d\ufeff \u2060")
    [problem] = check(request)
    assert problem.field == "prompt" and "invisible" in str(problem)
    assert check(request.model_copy(update={"prompt": "a cat\u200b"})) == []


def test_credentials_in_the_base_url_are_refused_without_echoing_them() -> None:
    with pytest.raises(InsecureURL) as caught:
        require_secure("https://user:hunter2@api.example.com/")
    assert "user name or password" in str(caught.value)
    assert "hunter2" not in str(caught.value)


def test_the_environment_wins_over_the_windows_setting() -> None:
    env = {"EVOLINK_BASE_URL": "http://127.0.0.1:9999"}
    assert resolve_endpoints(env=env, setting="https://api.evolink.ai").base_url == \
        "http://127.0.0.1:9999"
    assert resolve_endpoints(env={}, setting="https://proxy.example").base_url == \
        "https://proxy.example"
    assert resolve_endpoints("https://flag.example", env=env).base_url == "https://flag.example"


def test_the_key_mask_leaves_task_ids_alone() -> None:
    line = "task-unified-1733190000-abcd1234 polled with sk-LIVEabcdefgh1234"
    masked = mask_secrets(line)
    assert "task-unified-1733190000-abcd1234" in masked
    assert "LIVEabcdefgh" not in masked and "sk-…1234" in masked


def test_terminal_escapes_never_leave_the_server_text() -> None:
    evil = "bad\x1b[2J\x1b]0;pwned\x07 request\x1b]8;;http://x\x1b\\link\x1b]8;;\x1b\\\r\x00"
    assert strip_controls(evil) == "bad requestlink"
    task = Task.model_validate({"id": "task-1", "status": "failed",
                                "error": {"code": "x", "message": evil}})
    assert task.error is not None and task.error.message == "bad requestlink"
    assert one_line("two\nlines\x1b[0m") == "two lines"


async def test_the_windows_backend_takes_the_environments_base_url(
        monkeypatch: pytest.MonkeyPatch) -> None:
    from app.services.backends import real_backend

    monkeypatch.setenv("EVOLINK_BASE_URL", "http://127.0.0.1:9999")
    async with real_backend("sk-test-key-0000", "https://api.evolink.ai") as backend:
        assert backend.client.endpoints.base_url == "http://127.0.0.1:9999"
    monkeypatch.delenv("EVOLINK_BASE_URL")
    async with real_backend("sk-test-key-0000", "https://proxy.example") as backend:
        assert backend.client.endpoints.base_url == "https://proxy.example"
