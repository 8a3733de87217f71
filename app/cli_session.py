"""The CLI's commands that follow tasks: `generate` and `resume` drive a headless Session (the
window's queue, submitter and downloads), reading the user's Settings: clips folder and name
template, so a task started in the window and resumed here lands where the window puts it."""

from __future__ import annotations

import argparse
import contextlib
import json
from collections.abc import AsyncIterator
from pathlib import Path
from typing import TYPE_CHECKING

from app import cli_budget, cli_wait
from app.cli import (
    EXIT_API,
    EXIT_INVALID,
    EXIT_OK,
    EXIT_TASK,
    CliError,
    _client,
    _err,
    _finish,
    _record_json,
    _request,
    open_store,
    refusal_line,
)
from app.core.media_limits import MediaKind
from app.core.rules import check
from app.services.tasks import submission as sub
from app.services.tasks.store import TaskRecord

if TYPE_CHECKING:
    from app.services.session import Session

WATCH_INTERVAL_S = 0.5  # re-reading the local store for what another process changed


@contextlib.asynccontextmanager
async def cli_session(args: argparse.Namespace, *, out: Path | None,
                      adopt_existing: bool) -> AsyncIterator[Session]:
    """A started session on the real API (the key of the keychain or $EVOLINK_API_KEY),
    saving into `out` or the clips folder of the settings."""
    from app.services.backends import Backend
    from app.services.home.settings import Settings
    from app.services.session import open_session

    store = open_store()
    try:
        async with _client(args) as client, open_session(
                Backend(client, demo=False), store, Settings.open_default(), source="cli",
                clips_dir=out, adopt_existing=adopt_existing,
                watch_interval_s=WATCH_INTERVAL_S) as session:
            yield session
    finally:
        store.close()


def _show(rec: TaskRecord) -> None:
    _err(f"{rec.display_id}: {rec.state.label} {rec.progress}%"
         + (f", about {rec.estimated_time:.0f} s left"
            if rec.estimated_time and rec.state.active else ""))


async def generate(args: argparse.Namespace) -> int:
    from app.services import headless
    from app.services.media import inputs
    from app.services.tasks.generation import TaskIdNotStored

    groups = {}
    problems = []
    for kind, sources in ((MediaKind.IMAGE, args.image), (MediaKind.VIDEO, args.video),
                          (MediaKind.AUDIO, args.audio)):
        groups[kind], found = inputs.preflight(kind, sources)
        problems += found
    request = _request(args).model_copy(update={
        kind.field: [m.placeholder_url for m in items] for kind, items in groups.items()})
    # The request's rules and the local files' limits share some (audio alone): list each once.
    problems = list({str(p): p for p in
                     check(request) + problems + inputs.check_inputs(*groups.values())}.values())
    if problems:
        raise CliError("Nothing was sent; fix these first:\n" + "\n".join(
            f"  • {p}" for p in problems), EXIT_INVALID)
    out = args.out and cli_wait.check_out_folder(args.out)
    if args.wait and out is None:
        from app.services.home.settings import Settings

        cli_wait.check_out_folder(Settings.open_default().clips_folder(), option="The clips folder")
    async with cli_session(args, out=out, adopt_existing=False) as session:
        if not args.over_budget and (line := await cli_budget.refusal(
                session.client, session.store, request, cli_budget.input_video_seconds(groups))):
            raise CliError(line, EXIT_INVALID)
        try:
            result = await session.submitter.submit(request, groups)
        except TaskIdNotStored as exc:  # created and logged; the store could not take its id
            raise CliError(str(exc), EXIT_TASK) from None
        rec = _submitted(result)
        print(json.dumps(_record_json(rec)) if args.json else rec.task_id, flush=True)
        if not args.wait:
            return EXIT_OK
        headless.report_changes(session.queue, _show)
        rec = await cli_wait.until_saved(session, rec.local_id)
    return _finish(rec, args.json)


def _submitted(result: sub.SubmitResult) -> TaskRecord:
    """The created task's record, or the CLI's words for why there is none."""
    match result:
        case sub.Submitted(record=rec):
            return rec
        case sub.RefusedByRules(problems=problems):
            raise CliError("Nothing was sent; fix these first:\n" + "\n".join(
                f"  • {p}" for p in problems), EXIT_INVALID)
        case sub.OutcomeUnknown(error=exc):
            raise CliError(f"{exc.message}. The request is kept in the store; do not resubmit "
                           "blindly — `seedance-studio resume` looks for it among your tasks "
                           "(it sends nothing).", EXIT_API)
        case sub.AdmissionRefused(error=exc):
            raise CliError(refusal_line(exc), EXIT_API)
        case (sub.UploadRefused(error=error) | sub.UploadQuota(error=error)
              | sub.Unauthorized(error=error) | sub.ApiFailure(error=error)):
            raise error  # said by main() as any API error, with its request id


async def resume(args: argparse.Namespace) -> int:
    from app import cli_recovery
    from app.services import headless

    async with cli_session(args, out=args.out, adopt_existing=True) as session:
        headless.report_changes(session.queue, _show)
        ends = await headless.resume(session, on_search=cli_recovery.report_search)
        left = {r.local_id: why for r in ends
                if not headless.settled(r) and (why := headless.given_up(session.queue, r))}
    code = EXIT_OK
    for rec in ends:
        if rec.local_id in left:
            _err(f"{rec.display_id}: stopped trying: {left[rec.local_id]}")
            code = max(code, EXIT_TASK)
        elif rec.state in headless.NEEDS_A_PERSON:
            cli_recovery.still_unknown(rec)
            code = EXIT_TASK
        elif rec.untracked:
            _err(f"{rec.display_id}: not tracked (stopped by you): skipped")
        else:
            code = max(code, _finish(rec, False))
    if not ends:
        _err("Nothing to resume: every task in the store is finished.")
    elif left:
        shown = ", ".join(r.display_id for r in ends if r.local_id in left)
        _err(f"Left unfinished: {shown}; `seedance-studio resume` tries them again.")
    return code


async def follow(args: argparse.Namespace, local_id: str) -> TaskRecord:
    """Follow one task of the store until it settles (`resend-same-key --wait`)."""
    from app.services import headless

    async with cli_session(args, out=args.out, adopt_existing=False) as session:
        headless.report_changes(session.queue, _show)
        session.queue.watch(local_id)
        [rec] = await headless.until_settled(session, [local_id])
    return rec
