"""A task's charge in words: "12.5 reserved → 12.5 charged", "12.5 reserved → 12.5 refunded"."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.core.charges import ChargeTrail


def _n(value: float) -> str:
    return f"{value:,.1f}"


def charge_text(trail: ChargeTrail) -> str:
    """Empty when nothing is known."""
    steps = []
    if trail.reserved is not None:
        steps.append(QCoreApplication.translate("Charges", "%1 reserved").replace(
            "%1", _n(trail.reserved)))
    if trail.charged is not None and (trail.charged > 0 or not trail.was_refunded):
        steps.append(QCoreApplication.translate("Charges", "%1 charged").replace(
            "%1", _n(trail.charged)))
    if trail.was_refunded and trail.refunded is not None:
        steps.append(QCoreApplication.translate("Charges", "%1 refunded").replace(
            "%1", _n(trail.refunded)))
    if len(steps) == 1 and trail.charged is None and not trail.was_refunded:
        return QCoreApplication.translate("Charges", "%1 credits reserved").replace(
            "%1", _n(trail.reserved or 0.0))
    return " → ".join(steps)
