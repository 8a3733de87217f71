"""Each account refusal of a create ends `generate` with one clear line: the account's own
sentence, that nothing was created or charged, the account page and the request id."""

from __future__ import annotations

import json
import re
from datetime import UTC, datetime
from typing import Any

import pytest

from app.core.gateway_errors import next_daily_reset
from tests.cli.conftest import ThreadedSimulator, cli_env, run_cli

FAST = "seedance-2.0-fast-text-to-video"
PAGE = "https://evolink.ai/dashboard/keys"


def _daily_sentence() -> str:
    reset = next_daily_reset("Asia/Shanghai", datetime.now(UTC))
    assert reset is not None
    return ("This API key has used up its daily limit; it resets at 00:00 Asia/Shanghai "
            f"({reset.astimezone().strftime('%H:%M')} your time)")


@pytest.mark.parametrize(("code", "details", "sentence"), [
    ("insufficient_quota", {"estimated_credits": 40.5, "account_balance_credits": 3.25},
     "Your account's credit balance is too low: this request needs about 40.5 credits and "
     "3.25 remain"),
    ("key_quota_exhausted", {"limit_scope": "key"}, "This API key has used up its own credit "
     "limit (the account may still have credits): raise the key's limit or use another key"),
    ("key_daily_quota_exhausted", {"reset_timezone": "Asia/Shanghai"}, None),
    ("key_disabled", {}, "This API key is disabled: enable it on your Evolink account or use "
     "another key"),
    ("key_expired", {}, "This API key has expired: extend it on your Evolink account or use "
     "another key"),
    ("key_model_not_allowed", {}, "This API key may not use this model: choose another model "
     "or allow it for the key on your Evolink account"),
])
def test_each_refusal_is_one_clear_line(threaded_sim: ThreadedSimulator, code: str,
                                        details: dict[str, Any], sentence: str | None) -> None:
    threaded_sim.sim.faults.account_refusal(code, action_url=PAGE, **details)
    result = run_cli("generate", "--model", FAST, "--prompt", "a kite", "--duration", "4",
                     "--quality", "480p", env=cli_env(threaded_sim.base_url))
    assert result.returncode == 3
    [line] = result.stderr.strip().splitlines()
    expected = (f"Not sent: {sentence or _daily_sentence()}. No task was created and nothing "
                f"was charged. Account page: {PAGE} (request id req-")
    assert line.startswith(expected), line
    assert re.fullmatch(r".*\(request id req-[0-9a-f]{24}\)", line)
    assert threaded_sim.sim.tasks == {}
    listed = run_cli("list", "--json", env=cli_env(threaded_sim.base_url))
    [rec] = json.loads(listed.stdout)
    assert rec["state"] == "rejected" and rec["error_code"] == code


def test_without_a_link_no_account_page_is_printed(threaded_sim: ThreadedSimulator) -> None:
    threaded_sim.sim.faults.account_refusal("key_expired", status=401)
    result = run_cli("generate", "--model", FAST, "--prompt", "a kite", "--duration", "4",
                     "--quality", "480p", env=cli_env(threaded_sim.base_url))
    assert result.returncode == 3
    [line] = result.stderr.strip().splitlines()
    assert line.startswith("Not sent: This API key has expired") and "Account page" not in line
