"""How the composer shows a submission's result: Generate back, the reason where it belongs."""

from __future__ import annotations

from typing import TYPE_CHECKING

from app.ui.messages import render

if TYPE_CHECKING:
    from app.services.tasks.submission import SubmitResult
    from app.ui.composer.panel import ComposerPanel


def show_result(composer: ComposerPanel, result: SubmitResult) -> None:
    """Generate usable again (unless a refused upload waits for a URL or its removal), and
    the refusal on its field, in the media area or in the account notice."""
    # Imported with the first result, after the composer painted (the client brings httpx).
    from app.services.api.client import describe
    from app.services.tasks import submission as sub

    match result:
        case sub.Submitted() | sub.OutcomeUnknown():
            composer.set_busy(False)  # the queue shows the task; the window says the rest
        case sub.UploadRefused(error=exc):  # the slot says why; Generate waits for a URL
            composer.set_busy(False)
            composer.media.offer_url(exc.kind, exc.key)
        case sub.UploadQuota(error=exc):  # before any create; the media area says why
            composer.media.show_quota_refusal(render(exc.message))
            composer.show_submit_error(exc.param, render(exc.message))
        case sub.RefusedByRules(problems=problems):
            first = problems[0]
            composer.show_submit_error(first.field, render(first))
        case sub.AdmissionRefused(error=exc):  # certainly not created: the account's words
            composer.set_busy(False)
            composer.account.show_refusal(render(exc.not_created), exc.action_url)
        case sub.Unauthorized(error=exc):
            composer.show_submit_error(None, render(exc.message))
        case sub.ApiFailure(error=exc):
            composer.show_submit_error(exc.param, render(describe(exc)))
