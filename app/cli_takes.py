"""`generate --takes N --vary KEY=V1,V2`: one idea as a take set, from the command line.

Every request is checked before anything is sent (exit 2 listing what is invalid); the total
cost is printed, then each task id as it is created, and with --wait each saved path on its
own line. The set is written ahead whole, so a crash leaves each take sent once or "not sent"
(the window's queue offers to send the rest)."""

from __future__ import annotations

import argparse
import json
from collections.abc import Sequence

from app import cli_budget
from app.cli import (
    EXIT_API,
    EXIT_INVALID,
    EXIT_OK,
    CliError,
    _err,
    _finish,
    _record_json,
    _request,
    refusal_line,
)
from app.core.media_limits import MediaKind
from app.core.messages import Message
from app.core.models import GenerationRequest
from app.core.take_costs import set_total
from app.core.takes import SentPlan, Vary, parse_vary, plan_takes
from app.services.tasks import submission as sub
from app.services.tasks.store import TaskRecord


def wants_takes(args: argparse.Namespace) -> bool:
    return bool(args.takes != 1 or args.vary)


def plan_of(base_request: GenerationRequest, takes: int,
            vary_texts: Sequence[str]) -> SentPlan | list[str]:
    """The set the arguments stand for, or every reason it cannot be sent (nothing is)."""
    varies: list[Vary] = []
    problems: list[str] = []
    for text in vary_texts:
        found = parse_vary(text)
        if isinstance(found, Message):
            problems.append(str(found))
        else:
            varies.append(found)
    plan = plan_takes(base_request, takes=takes, vary=varies)
    problems += [str(p) for p in plan.problems]
    for take in plan.dropped:
        why = "; ".join(str(p) for p in take.problems)
        problems.append(f"take {take.index + 1} ({take.label or 'as set'}): {why}")
    if problems:
        return problems
    return plan


async def generate(args: argparse.Namespace) -> int:
    from app.cli_session import _show, cli_session
    from app.services import headless
    from app.services.media import inputs

    groups = {}
    found = []
    for kind, sources in ((MediaKind.IMAGE, args.image), (MediaKind.VIDEO, args.video),
                          (MediaKind.AUDIO, args.audio)):
        groups[kind], problems = inputs.preflight(kind, sources)
        found += [str(p) for p in problems]
    base = _request(args).model_copy(update={
        kind.field: [m.placeholder_url for m in items] for kind, items in groups.items()})
    plan = plan_of(base, args.takes, args.vary)
    found += [str(p) for p in inputs.check_inputs(*groups.values())]
    invalid = list(dict.fromkeys((plan if isinstance(plan, list) else []) + found))
    if invalid or isinstance(plan, list):
        raise CliError("Nothing was sent; fix these first:\n" + "\n".join(
            f"  • {p}" for p in invalid), EXIT_INVALID)
    video_s = cli_budget.input_video_seconds(groups)
    total = set_total(plan.requests, video_s)
    _err(f"{len(plan.takes)} takes, "
         + (f"about {total:,.1f} credits in all" if total is not None
            else "price not published for every take"))
    async with cli_session(args, out=args.out, adopt_existing=False) as session:
        if not args.over_budget and (line := await cli_budget.refusal(
                session.client, session.store, plan.requests, video_s)):
            raise CliError(line, EXIT_INVALID)

        def created(rec: TaskRecord, result: sub.SubmitResult) -> None:
            if isinstance(result, sub.Submitted):
                print(json.dumps(_record_json(result.record)) if args.json
                      else result.record.task_id, flush=True)
            else:
                _err(f"take {(rec.set_index or 0) + 1}: {_refusal(result)}")

        outcome = await session.take_sets.make(plan, groups, on_member=created)
        code = EXIT_OK
        if not outcome.set_id and outcome.stopped_by is not None:
            raise CliError(f"Nothing was sent: {_refusal(outcome.stopped_by)}", EXIT_API)
        if outcome.not_sent:
            _err(f"{len(outcome.not_sent)} of {len(plan.takes)} takes not sent (kept as "
                 "drafts: the window's queue offers to send the rest).")
            code = EXIT_API
        if len(outcome.created) < len(outcome.results):
            code = EXIT_API
        if not args.wait:
            return code
        headless.report_changes(session.queue, _show)
        ends = await headless.until_settled(session, [r.local_id for r in outcome.created])
    for rec in ends:
        code = max(code, _finish(rec, args.json))
    return code


def _refusal(result: sub.SubmitResult) -> str:
    match result:
        case sub.AdmissionRefused(error=exc):
            return refusal_line(exc)
        case sub.OutcomeUnknown(error=exc):
            return (f"{exc.message}. The request is kept in the store; `seedance-studio "
                    "resume` looks for it among your tasks (it sends nothing).")
        case sub.RefusedByRules(problems=problems):
            return "; ".join(str(p) for p in problems)
        case (sub.UploadRefused(error=error) | sub.UploadQuota(error=error)
              | sub.Unauthorized(error=error) | sub.ApiFailure(error=error)):
            return f"Error: {error}"
    return "not sent"
