"""Lost submissions on the command line: `resume` finds and saves them without sending
anything, lists equal candidates and adopts neither; `find --task` and `resend-same-key`."""

from __future__ import annotations

import json
from pathlib import Path

import av
import httpx

from tests.cli.conftest import KEY, ThreadedSimulator, cli_env, run_cli

FAST = "seedance-2.0-fast-text-to-video"
NO_CHARGE_CLAIMS = ("nothing was charged", "never created", "not charged")
GENERATE = ("generate", "--model", FAST, "--duration", "4", "--quality", "480p", "--no-audio")


def creates(ts: ThreadedSimulator) -> int:
    return len([r for r in ts.sim.requests if r.group == "create"])


def lose_answer(ts: ThreadedSimulator, env: dict[str, str], prompt: str) -> tuple[str, str]:
    """`generate` whose create the server carried out, the answer lost on the way back.
    Returns (local id, the simulator's task id)."""
    ts.sim.faults.drop_connection(n=1, only="create")
    sent = run_cli(*GENERATE, "--prompt", prompt, env=env)
    assert sent.returncode == 3, sent.stderr
    assert "no answer came back" in sent.stderr and "seedance-studio resume" in sent.stderr
    [record] = json.loads(run_cli("list", "--json", env=env).stdout)
    assert record["state"] == "outcome_unknown" and record["task_id"] is None
    [task_id] = ts.sim.tasks
    return record["local_id"], task_id


def assert_no_claim(*outputs: str) -> None:
    for text in outputs:
        assert not any(claim in text.lower() for claim in NO_CHARGE_CLAIMS), text


def test_resume_finds_the_lost_task_through_the_light_list_and_saves_it(
        threaded_sim: ThreadedSimulator, tmp_path: Path) -> None:
    env = cli_env(threaded_sim.base_url)
    local_id, task_id = lose_answer(threaded_sim, env, "a snow globe in a shop window")
    out = tmp_path / "clips"
    resumed = run_cli("resume", "--out", str(out), env=env)
    assert resumed.returncode == 0, resumed.stderr
    assert f"{local_id[:12]}: found among your recent tasks as {task_id}" in resumed.stderr
    clip = Path(resumed.stdout.strip().splitlines()[-1])
    assert clip.parent == out
    with av.open(str(clip)) as container:
        assert container.streams.video[0].codec_context.name == "h264"
    assert json.loads(clip.with_suffix(".json").read_text())["task_id"] == task_id
    # No second paid task: the simulator holds one task and saw one create.
    assert len(threaded_sim.sim.tasks) == 1 and creates(threaded_sim) == 1
    assert [r.path for r in threaded_sim.sim.requests if r.group == "list"] == ["/v1/tasks"]
    assert_no_claim(resumed.stdout, resumed.stderr)


def test_resume_lists_equal_candidates_and_adopts_neither_then_find_takes_one(
        threaded_sim: ThreadedSimulator, tmp_path: Path) -> None:
    env = cli_env(threaded_sim.base_url)
    local_id, made = lose_answer(threaded_sim, env, "two of a kind")
    twin = httpx.post(f"{threaded_sim.base_url}/v1/videos/generations", timeout=30,
                      headers={"Authorization": f"Bearer {KEY}"},
                      json={"model": FAST, "prompt": "made elsewhere", "duration": 4,
                            "quality": "480p", "generate_audio": False}).json()["id"]
    threaded_sim.sim.tasks[twin].created = threaded_sim.sim.tasks[made].created
    resumed = run_cli("resume", "--out", str(tmp_path), env=env)
    assert resumed.returncode == 4, resumed.stderr
    assert "2 of your recent tasks could be this submission" in resumed.stderr
    assert "none was taken" in resumed.stderr
    assert made in resumed.stderr and twin in resumed.stderr
    assert f"seedance-studio find {local_id[:12]} --task TASK_ID" in resumed.stderr
    assert "resend-same-key" in resumed.stderr
    assert list(tmp_path.glob("*.mp4")) == []
    [record] = json.loads(run_cli("list", "--json", env=env).stdout)
    assert record["state"] == "outcome_unknown" and record["task_id"] is None
    assert creates(threaded_sim) == 2  # the lost one and the twin: resume sent nothing

    wrong = run_cli("find", local_id[:12], "--task", "task-unified-1-nope", env=env)
    assert wrong.returncode == 2 and "not among the recent tasks" in wrong.stderr
    found = run_cli("find", local_id[:12], "--task", made, env=env)
    assert found.returncode == 0, found.stderr
    assert found.stdout.strip() == made
    saved = run_cli("resume", "--out", str(tmp_path), env=env)
    assert saved.returncode == 0, saved.stderr
    assert Path(saved.stdout.strip().splitlines()[-1]).exists()
    assert creates(threaded_sim) == 2 and len(threaded_sim.sim.tasks) == 2
    assert_no_claim(resumed.stderr, found.stderr, saved.stderr)


def test_nothing_found_says_where_it_looked_and_what_to_do(
        threaded_sim: ThreadedSimulator) -> None:
    env = cli_env(threaded_sim.base_url)
    local_id, task_id = lose_answer(threaded_sim, env, "out of the window")
    threaded_sim.sim.tasks[task_id].created -= 3600
    resumed = run_cli("resume", env=env)
    assert resumed.returncode == 4
    assert (f"{local_id[:12]}: Not found among your 1 most recent video task for {FAST}. It "
            "may exist all the same, and be charged: check the usage page of your Evolink "
            "dashboard before you submit it again.") in resumed.stderr
    assert_no_claim(resumed.stdout, resumed.stderr)
    assert creates(threaded_sim) == 1


def test_resend_same_key_replays_the_original_task_and_saves_it(
        threaded_sim: ThreadedSimulator, tmp_path: Path) -> None:
    env = cli_env(threaded_sim.base_url)
    helped = " ".join(run_cli("resend-same-key", "--help", env=env).stdout.split())
    assert "SAME idempotency key" in helped and "(never a new one)" in helped
    assert "resend-same-key" in run_cli("--help", env=env).stdout
    local_id, task_id = lose_answer(threaded_sim, env, "again, with the same key")
    resent = run_cli("resend-same-key", local_id[:12], "--wait", "--out", str(tmp_path),
                     env=env)
    assert resent.returncode == 0, resent.stderr
    assert (f"The gateway answered with the task the first submission made ({task_id}): no "
            "second task was created.") in resent.stderr
    first, clip = resent.stdout.strip().splitlines()
    assert first == task_id and Path(clip).exists()
    assert len(threaded_sim.sim.tasks) == 1
    keys = {r.idempotency_key for r in threaded_sim.sim.requests if r.group == "create"}
    assert len(keys) == 1 and creates(threaded_sim) == 2
    again = run_cli("resend-same-key", local_id[:12], env=env)
    assert again.returncode == 2 and "outcome is unknown" in again.stderr
