"""The headless command line: generate, status, list, credits, resume, simulate (generate and
resume in cli_session.py, lost submissions in cli_recovery.py)."""

from __future__ import annotations

import argparse
import asyncio
import errno
import json
import logging
import sqlite3
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app import __version__, cli_budget, cli_faults
from app.core.capabilities import MODELS, AspectRatio, Quality
from app.core.models import GenerationRequest
from app.core.safe_text import strip_controls
from app.core.states import TaskState
from app.services.account.keychain import KeychainUnavailable, KeyProvider
from app.services.api.config import InsecureURL, resolve_endpoints
from app.services.api.errors import AdmissionRefused, ApiError
from app.services.home.logs import setup_logging
from app.services.tasks.store import StoreError, TaskRecord, TaskStore

if TYPE_CHECKING:
    from app.services.api.client import EvolinkClient

EXIT_OK, EXIT_INVALID, EXIT_API, EXIT_TASK = 0, 2, 3, 4
EXIT_DOWNLOAD, EXIT_DISK, EXIT_STORE, EXIT_UNEXPECTED = 5, 6, 7, 1
EXIT_CODES_EPILOG = """exit codes:
  0  done (the clip saved, with --wait)
  1  an unexpected fault (its details are in the log file)
  2  invalid input or --out folder, or no API key: nothing was sent
  3  the API refused or could not be reached (with its request id)
  4  the task failed, was cancelled or its result expired (failed tasks are not charged)
  5  the clip is ready but could not be downloaded (host unreachable, not an MP4, redirect
     loop or to another scheme or host, credentials in the link, no result link):
     `resume` tries again
  6  the clip could not be stored on this computer (disk full, folder read-only): free space
     or `resume --out FOLDER`
  7  the local task library cannot be used (damaged, newer, a folder, read-only, disk full)
  130 stopped with Ctrl+C: every task id is kept for `resume`"""
_BAD_END = {TaskState.FAILED, TaskState.CANCELLED, TaskState.EXPIRED, TaskState.REJECTED}


class CliError(Exception):
    def __init__(self, message: str, code: int) -> None:
        super().__init__(message)
        self.code = code


def _err(*lines: str) -> None:
    for line in lines:
        print(strip_controls(line), file=sys.stderr)


def open_store() -> TaskStore:
    """The local task store; what was mended in it (moved aside, refilled) said on stderr."""
    store = TaskStore.open_default()
    if store.notice is not None:
        _err(str(store.notice))
    return store


def model_id(text: str) -> str:
    """A model id, also accepted without the "seedance-2.0-" prefix."""
    return text if text in MODELS or text.startswith("seedance") else f"seedance-2.0-{text}"


def seconds_range(text: str) -> tuple[float, float | None]:
    """"12" or "60-300": generation seconds, fixed or drawn per task between the two."""
    low, sep, high = text.partition("-")
    try:
        lo, hi = float(low), (float(high) if sep else None)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"expected seconds, e.g. 12 or 60-300: {text!r}") from None
    if lo <= 0 or (hi is not None and hi < lo):
        raise argparse.ArgumentTypeError(f"expected positive seconds, low-high: {text!r}")
    return lo, hi


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="seedance-studio",
                                description="Seedance 2.0 video generation over the Evolink API."
                                " Without a command, opens the desktop app.",
                                epilog=EXIT_CODES_EPILOG,
                                formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    p.add_argument("--base-url", help="API base URL (default: $EVOLINK_BASE_URL or the "
                   "public API)")
    p.add_argument("-v", "--verbose", action="store_true", help="log requests to stderr")
    sub = p.add_subparsers(dest="command", required=True, metavar="COMMAND")

    g = sub.add_parser("generate", help="submit a clip; --wait to download it")
    g.add_argument("--model", required=True, type=model_id,
                   help="one of: " + ", ".join(MODELS))
    g.add_argument("--prompt", required=True)
    g.add_argument("--duration", type=int, default=5, help="seconds, 4–15 (default 5)")
    g.add_argument("--quality", default=Quality.P720.value,
                   help="480p, 720p or 1080p (standard models only)")
    g.add_argument("--aspect", default=AspectRatio.R16_9.value,
                   help=", ".join(a.value for a in AspectRatio))
    g.add_argument("--image", action="append", default=[], metavar="PATH_OR_URL")
    g.add_argument("--video", action="append", default=[], metavar="PATH_OR_URL")
    g.add_argument("--audio", action="append", default=[], metavar="PATH_OR_URL")
    g.add_argument("--no-audio", action="store_true", help="a silent clip")
    g.add_argument("--no-content-filter", action="store_true", help="relaxed filter (+10%%)")
    g.add_argument("--callback-url")
    g.add_argument("--model-params", metavar="JSON", help="text-to-video standard/fast only")
    g.add_argument("--wait", action="store_true", help="follow the task and save the clip")
    g.add_argument("--out", type=Path, help="folder for the clip (default: the clips folder)")
    g.add_argument("--json", action="store_true", help="print JSON records")
    g.add_argument("--over-budget", action="store_true", help=cli_budget.OVER_BUDGET_HELP)
    g.add_argument("--takes", type=int, default=1, help="versions of the idea, 1–8 (default 1)")
    g.add_argument("--vary", action="append", default=[], metavar="KEY=V1,V2",
                   help="sweep tier, quality, aspect, duration or audio (repeatable)")

    s = sub.add_parser("status", help="ask the server about a task")
    s.add_argument("task_id")
    s.add_argument("--json", action="store_true")

    ls = sub.add_parser("list", help="tasks in the local store, newest first")
    ls.add_argument("--limit", type=int, default=30)
    ls.add_argument("--json", action="store_true")

    c = sub.add_parser("credits", help="the account's remaining credits")
    c.add_argument("--json", action="store_true")

    r = sub.add_parser("resume", help="poll unfinished tasks and save every result not saved; "
                       "look for submissions whose answer was lost (sends nothing)")
    r.add_argument("--out", type=Path)

    from app import cli_recovery  # here: it imports this module

    cli_recovery.add_parsers(sub)
    from app import cli_sequence  # here: it imports this module

    cli_sequence.add_parsers(sub)

    k = sub.add_parser("key", help="the API key in the OS keychain")
    k.add_argument("action", choices=["set", "status", "clear"],
                   help="set: read the key from a hidden prompt or stdin (never an argument)")

    sim = sub.add_parser("simulate", help="run the local Evolink simulator (no credits)")
    sim.add_argument("--host", default="127.0.0.1")
    sim.add_argument("--port", type=int, default=8765)
    sim.add_argument("--generation-seconds", type=seconds_range, default=(12.0, None),
                     help="seconds per generation, or a range drawn per task, e.g. 60-300")
    sim.add_argument("--credits", type=float, default=5000.0)
    sim.add_argument("--time-scale", type=float, default=1.0,
                     help="simulated seconds per real second (10: a 300 s generation takes 30 s)")
    sim.add_argument("--seed", type=int, default=None, help="for the generation lengths drawn")
    sim.add_argument("--no-batch", action="store_true",
                     help="no batch task read (answer 404, as a gateway without it)")
    return p


def _record_json(rec: TaskRecord) -> dict[str, Any]:
    return {"local_id": rec.local_id, "task_id": rec.task_id, "state": rec.state.value,
            "model": rec.request.model, "prompt": rec.request.prompt,
            "progress": rec.progress, "credits_reserved": rec.credits_reserved,
            "error_code": rec.error_code, "error_message": rec.error_message,
            "file": rec.file_path, "created_at": rec.created_at}


def _record_line(rec: TaskRecord) -> str:
    prompt = rec.request.prompt.replace("\n", " ")
    prompt = prompt if len(prompt) <= 40 else prompt[:39] + "…"
    short = rec.request.model.removeprefix("seedance-2.0-")
    return (f"{rec.task_id or '(' + rec.local_id[:12] + ')':<36} {rec.state.label:<18} "
            f"{rec.progress:>3}%  {short:<22} {prompt}")


def _client(args: argparse.Namespace) -> EvolinkClient:
    # Imported here: `list` and `key` never need httpx.
    from app.services.api.client import EvolinkClient

    try:
        endpoints = resolve_endpoints(args.base_url)
    except InsecureURL as exc:
        raise CliError(str(exc), EXIT_INVALID) from None
    provider = KeyProvider()
    source = provider.resolve()
    if source is None:
        # Two short lines: what to do, then (only when it matters) why the keychain was no help.
        lines = ["No API key is set: export EVOLINK_API_KEY=… for this shell, or store one with "
                 "`seedance-studio key set`."]
        if provider.keychain_error:
            lines.append(str(provider.keychain_error.problem))
        raise CliError("\n".join(lines), EXIT_INVALID)
    return EvolinkClient(source.key, endpoints)


def _request(args: argparse.Namespace) -> GenerationRequest:
    params = None
    if args.model_params:
        try:
            params = json.loads(args.model_params)
        except json.JSONDecodeError as exc:
            raise CliError(f"--model-params is not valid JSON: {exc}", EXIT_INVALID) from None
        if not isinstance(params, dict):
            raise CliError("--model-params must be a JSON object", EXIT_INVALID)
    return GenerationRequest(
        model=args.model, prompt=args.prompt, duration=args.duration, quality=args.quality,
        aspect_ratio=args.aspect, generate_audio=not args.no_audio,
        content_filter=not args.no_content_filter, model_params=params,
        callback_url=args.callback_url)


def refusal_line(exc: AdmissionRefused) -> str:
    """One line: the account's own sentence, what is certain, the account page, the request id."""
    extra = "".join((f" Account page: {exc.action_url}" if exc.action_url else "",
                     f" (request id {exc.request_id})" if exc.request_id else ""))
    return f"{exc.not_created}.{extra}"


def _finish(rec: TaskRecord, as_json: bool) -> int:
    if rec.state is TaskState.SAVED:
        print(json.dumps(_record_json(rec)) if as_json else rec.file_path)
        return EXIT_OK
    if rec.state in (TaskState.FAILED, TaskState.CANCELLED):
        _err(f"{rec.task_id}: {rec.state.label}: {rec.error_message or rec.error_code or ''}"
             " — failed tasks are not charged.")
    elif rec.state is TaskState.EXPIRED:
        _err(f"{rec.task_id}: the result link expired (24 h) before the clip was saved.")
    return EXIT_TASK


async def _status(args: argparse.Namespace) -> int:
    store = open_store()
    rec = store.find(args.task_id)
    task_id = rec.task_id if rec and rec.task_id else args.task_id
    async with _client(args) as client:
        task = await client.get(task_id)
    if rec is not None:
        rec = store.apply_poll(rec.local_id, task)
    if args.json:
        print(task.model_dump_json(indent=2))
    else:
        print(f"{task.id}: {task.status.value} {task.progress}%")
        if task.error:
            print(f"error: {task.error.code}: {task.error.message}")
        for url in task.result_urls:
            print(f"result: {url}")
    return EXIT_OK


def _list(args: argparse.Namespace) -> int:
    records = open_store().list(limit=args.limit)
    if args.json:
        print(json.dumps([_record_json(r) for r in records], indent=2))
    elif not records:
        print("No tasks yet.")
    for rec in records if not args.json else []:
        print(_record_line(rec))
    return EXIT_OK


async def _credits(args: argparse.Namespace) -> int:
    async with _client(args) as client:
        c = await client.credits()
    if args.json:
        print(c.model_dump_json(indent=2))
        return EXIT_OK
    print(f"Account: {c.user_remaining if c.user_remaining is not None else '?'} credits left")
    if c.token_unlimited is False and c.token_remaining is not None:
        print(f"This key: {c.token_remaining} credits left of its own limit")
    return EXIT_OK


def _key(args: argparse.Namespace) -> int:
    from app.services.account import keychain

    if args.action == "set":
        if sys.stdin.isatty():
            import getpass

            key = getpass.getpass("Evolink API key (input hidden): ")
        else:
            key = sys.stdin.readline()
        try:
            keychain.set_key(key)
        except ValueError as exc:
            raise CliError(str(exc), EXIT_INVALID) from None
        print(f"Stored {keychain.mask(key)} in {keychain.backend_name()}.")
        if KeyProvider().env_overrides:
            print("Note: EVOLINK_API_KEY is set in this shell and overrides the stored key "
                  "until it is unset.")
        return EXIT_OK
    if args.action == "clear":
        print("Key removed from the keychain." if keychain.delete_key()
              else "No key was stored in the keychain.")
        return EXIT_OK
    provider = KeyProvider()
    source = provider.resolve()
    print(f"Keychain backend: {keychain.backend_name()}")
    if provider.keychain_error:
        print(f"Keychain problem: {provider.keychain_error}")
    if source is None:
        print("No key set. Use `seedance-studio key set`.")
        return EXIT_INVALID
    where = {"env": "the EVOLINK_API_KEY environment variable (overrides the keychain)",
             "keychain": "the OS keychain", "session": "this session"}[source.origin]
    print(f"Key {keychain.mask(source.key)} from {where}.")
    if source.origin == "env":
        try:
            stored = keychain.get_key()
        except KeychainUnavailable as exc:
            print(f"Keychain problem: {exc}")
        else:
            print(f"The keychain holds {keychain.mask(stored)}, unused while EVOLINK_API_KEY "
                  "is set." if stored else "The keychain holds no key.")
    return EXIT_OK


def _simulate(args: argparse.Namespace) -> int:
    from app.simulator import run_standalone

    if args.time_scale <= 0:
        _err("--time-scale must be positive")
        return EXIT_INVALID
    low, high = args.generation_seconds
    try:
        run_standalone(host=args.host, port=args.port, generation_seconds=low,
                       generation_max_seconds=high, initial_credits=args.credits,
                       time_scale=args.time_scale, seed=args.seed,
                       batch_endpoint=not args.no_batch)
    except OSError as exc:
        if exc.errno == errno.EADDRINUSE:
            raise CliError(f"Port {args.port} on {args.host} is already in use (another "
                           "simulator?): pick another with --port", EXIT_INVALID) from None
        raise CliError(f"The simulator could not listen on {args.host}:{args.port}: "
                       f"{exc.strerror or exc}", EXIT_INVALID) from None
    return EXIT_OK


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    logging.raiseExceptions = False  # a log that cannot be written (disk full) stays silent
    setup_logging(verbose=args.verbose)
    try:
        if args.command == "generate":
            from app import cli_session, cli_takes  # here: they import this module

            return asyncio.run(cli_takes.generate(args) if cli_takes.wants_takes(args)
                               else cli_session.generate(args))
        if args.command == "status":
            return asyncio.run(_status(args))
        if args.command == "list":
            return _list(args)
        if args.command == "credits":
            return asyncio.run(_credits(args))
        if args.command == "resume":
            from app import cli_session

            return asyncio.run(cli_session.resume(args))
        if args.command == "key":
            return _key(args)
        if args.command in ("find", "resend-same-key"):
            from app import cli_recovery

            return asyncio.run(cli_recovery.find(args) if args.command == "find"
                               else cli_recovery.resend(args))
        if args.command == "sequence":
            from app import cli_sequence

            return cli_sequence.run(args)
        return _simulate(args)
    except CliError as exc:
        _err(str(exc))
        return exc.code
    except KeychainUnavailable as exc:
        _err(str(exc))
        return EXIT_INVALID
    except ApiError as exc:
        _err(f"Error: {exc}" + (f" (request id {exc.request_id})" if exc.request_id else ""))
        return EXIT_API
    except StoreError as exc:  # the store cannot be used: one sentence, nothing half done
        _err(str(exc))
        return EXIT_STORE
    except sqlite3.Error as exc:
        from app.services.home import paths
        from app.services.tasks import store_open

        _err(str(store_open.fault_for(paths.store_path(), exc)))
        return EXIT_STORE
    except KeyboardInterrupt:
        _err("Stopped. Every task id is kept: `seedance-studio resume` picks them up.")
        return 130
    except Exception as exc:  # the last net: one line here, the traceback in the log file
        return cli_faults.unexpected(exc)
