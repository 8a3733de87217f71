"""The ETA shown for a task, from what the server says about it (poll pacing: poll_pacing)."""

from __future__ import annotations

from app.core import api_facts


def eta_seconds(*, elapsed_s: float, progress: int, estimate_s: float | None) -> float | None:
    """Seconds left, from the server's estimate and, once work shows, the observed rate."""
    if progress >= 100:
        return 0.0
    by_estimate = None
    if estimate_s is not None:
        by_estimate = (max(0.0, estimate_s) if api_facts.ESTIMATED_TIME_IS_REMAINING
                       else max(0.0, estimate_s - elapsed_s))
    if progress >= 5 and elapsed_s > 0:
        by_rate = elapsed_s * (100 - progress) / progress
        return by_rate if by_estimate is None else (by_rate + by_estimate) / 2
    return by_estimate

