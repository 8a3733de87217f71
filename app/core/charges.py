"""What a task cost, as the gateway settled it: reserved -> charged -> refunded [seen]."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class ChargeTrail:
    reserved: float | None
    charged: float | None  # None: not settled yet (or nobody said)
    refunded: float | None

    @classmethod
    def of(cls, *, reserved: float | None, used: float | None, charged: float | None,
           refunded: float | None, settled: bool = True) -> ChargeTrail:
        """From a task's fields: `billing.charged_credits`, else `usage.credits_used`. Until
        the task has ended (`settled`) a charge of 0 means "not yet", so none is shown."""
        if not settled:
            return cls(reserved, None, None)
        return cls(reserved, charged if charged is not None else used, refunded)

    @classmethod
    def from_sidecar(cls, data: dict[str, Any]) -> ChargeTrail:
        bill = data.get("billing") if isinstance(data.get("billing"), dict) else {}
        assert isinstance(bill, dict)

        def num(v: object) -> float | None:
            return float(v) if isinstance(v, int | float) and not isinstance(v, bool) else None

        return cls.of(reserved=num(data.get("credits_reserved")),
                      used=num(data.get("credits_used")),
                      charged=num(bill.get("charged_credits")),
                      refunded=num(bill.get("refunded_credits")))

    @property
    def known(self) -> bool:
        return any(v is not None for v in (self.reserved, self.charged, self.refunded))

    @property
    def was_refunded(self) -> bool:
        return bool(self.refunded)
