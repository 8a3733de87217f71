"""The optional daily budget: does this submission pass it, and the figures to ask with."""

from __future__ import annotations

from dataclasses import dataclass

from app.core.catalog import PricesMsg
from app.core.messages import Message


def credits_text(value: float) -> str:
    """412, 1,250, 10.2: whole credits without decimals, others with one."""
    return f"{value:,.0f}" if abs(value - round(value)) < 0.05 else f"{value:,.1f}"


@dataclass(frozen=True)
class BudgetCheck:
    budget: float  # credits a day
    today: float  # spent or held by today's submissions
    estimate: float | None  # this request's, None when no source prices it

    @property
    def after(self) -> float | None:
        return None if self.estimate is None else self.today + self.estimate

    @property
    def over(self) -> bool:
        """Passing the budget: today plus this request above it (reaching it exactly is
        within). With no estimate, only a budget already used up counts."""
        if self.budget <= 0:
            return False
        after = self.after
        return self.today >= self.budget if after is None else after > self.budget

    def figures(self) -> Message:
        """"Today: 412 of 500 credits; this clip ≈ 108 → 520"."""
        today, budget = credits_text(self.today), credits_text(self.budget)
        if self.estimate is None or self.after is None:
            return Message(PricesMsg.BUDGET_FIGURES_UNPRICED, today=today, budget=budget)
        return Message(PricesMsg.BUDGET_FIGURES,
                       today=today, budget=budget, estimate=credits_text(self.estimate),
                       after=credits_text(self.after))


def check_budget(budget: float, today: float, estimate: float | None) -> BudgetCheck | None:
    """The check to ask about, or None when there is no budget or the request stays within."""
    found = BudgetCheck(float(budget), today, estimate)
    return found if found.over else None
