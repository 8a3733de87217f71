"""The task queue panel and its notifier."""

from app.ui.queue.notifier import TaskNotifier
from app.ui.queue.panel import QueuePanel

__all__ = ["QueuePanel", "TaskNotifier"]
