"""The command line for lost submissions: `find`, `resend-same-key`, and what `resume` says
when it looks for them (app/services/tasks/recovery.py does the work, as for the window)."""

from __future__ import annotations

import argparse
from datetime import datetime
from pathlib import Path

from app.cli import (
    EXIT_API,
    EXIT_INVALID,
    EXIT_OK,
    EXIT_TASK,
    CliError,
    _client,
    _err,
    _finish,
    open_store,
)
from app.core.task_match import Candidate
from app.services.api.errors import ApiError, SubmissionOutcomeUnknown
from app.services.tasks import generation, recovery
from app.services.tasks.store import TaskRecord, TaskStore

FIND_HELP = ("look for a submission whose answer was lost among the account's recent tasks "
             "(read-only: sends nothing)")
RESEND_HELP = "send a submission whose outcome is unknown again, with the same idempotency key"
RESEND_TEXT = (
    "Sends the stored request of an outcome-unknown submission again with the SAME "
    "idempotency key it was first sent with (never a new one). A gateway that kept the first "
    "attempt answers with that original task (idempotency-replayed: true) instead of making a "
    "second one; Evolink's own client makes exactly this one retry. Whether the public gateway "
    "honours the key is not documented: if it does not, this can make a second, separately "
    "charged task. Try `seedance-studio find ID` first.")


def add_parsers(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    f = sub.add_parser("find", help=FIND_HELP, description=FIND_HELP[0].upper() + FIND_HELP[1:]
                       + ". A clear match is adopted; `resume` then saves its clip.")
    f.add_argument("id", metavar="ID", help="the submission's local id, or its first "
                   "characters, as `list` and `resume` show it")
    f.add_argument("--task", metavar="TASK_ID", help="adopt this task, one of the candidates "
                   "a search listed")
    r = sub.add_parser("resend-same-key", help=RESEND_HELP, description=RESEND_TEXT)
    r.add_argument("id", metavar="ID", help="the submission's local id, or its first "
                   "characters, as `list` and `resume` show it")
    r.add_argument("--wait", action="store_true", help="follow the task and save the clip")
    r.add_argument("--out", type=Path, help="folder for the clip (default: the clips folder)")


def _record(store: TaskStore, text: str) -> TaskRecord:
    rec = store.find(text)
    if rec is None:
        raise CliError(f"No single task matches {text!r}; see `seedance-studio list`.",
                       EXIT_INVALID)
    return rec


def _candidate_line(c: Candidate) -> str:
    made = ("?" if c.item.created_at is None
            else datetime.fromtimestamp(c.item.created_at).strftime("%Y-%m-%d %H:%M:%S"))
    return (f"  {c.item.id}  {c.item.status.value:<10} made {made} "
            f"({c.offset_s:+.0f} s from when it was sent)")


def report_search(rec: TaskRecord, found: recovery.Search | ApiError) -> None:
    """What a search for a lost submission found, for a person reading stderr."""
    short = rec.local_id[:12]
    if isinstance(found, ApiError):
        _err(f"{short}: could not look among the account's tasks: {found}")
    elif found.adopted is not None:
        _err(f"{short}: found among your recent tasks as {found.adopted.item.id}; "
             "following it (nothing was sent again)")
    elif found.choices:
        _err(f"{short}: {found.note}:", *(_candidate_line(c) for c in found.choices),
             f"  Adopt one with `seedance-studio find {short} --task TASK_ID`.")
    elif found.note:
        _err(f"{short}: {found.note}.")


def still_unknown(rec: TaskRecord) -> None:
    _err(f"{rec.local_id[:12]}: outcome unknown (sent, no answer): not resubmitted. "
         f"`seedance-studio resend-same-key {rec.local_id[:12]}` sends it again with its own "
         "idempotency key (see its --help)")


async def find(args: argparse.Namespace) -> int:
    store = open_store()
    rec = _record(store, args.id)
    generation.recover_interrupted(store)
    rec = store.get(rec.local_id) or rec
    if rec.state not in recovery.LOOKED_FOR:
        print(f"{rec.display_id}: {rec.state.label}; nothing to look for.")
        return EXIT_OK
    async with _client(args) as client:
        try:
            found = await recovery.find_unknown(client, store, rec.local_id, choose=args.task)
        except ValueError as exc:
            raise CliError(str(exc.args[0]) + ".", EXIT_INVALID) from None
    report_search(rec, found)
    if found.adopted is None:
        return EXIT_TASK
    print(found.adopted.item.id)
    _err("Run `seedance-studio resume` to save its clip.")
    return EXIT_OK


async def resend(args: argparse.Namespace) -> int:
    store = open_store()
    rec = _record(store, args.id)
    generation.recover_interrupted(store)
    async with _client(args) as client:
        try:
            resent = await recovery.resend_same_key(client, store, rec.local_id)
        except ValueError as exc:
            raise CliError(str(exc.args[0]) + ".", EXIT_INVALID) from None
        except SubmissionOutcomeUnknown as exc:
            raise CliError(f"{exc.message}. The outcome is still unknown: do not submit it as "
                           "a new task before checking the usage page of your Evolink "
                           "dashboard.", EXIT_API) from None
        except ApiError as exc:
            raise CliError(f"Sent again with the same idempotency key and refused: {exc}. The "
                           "first submission's outcome is still unknown.", EXIT_API) from None
        _err(f"{resent.message}.")
        print(resent.record.task_id, flush=True)
        if not args.wait:
            return EXIT_OK
    from app import cli_session

    return _finish(await cli_session.follow(args, rec.local_id), False)
