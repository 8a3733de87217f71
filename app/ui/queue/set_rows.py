"""A take set as one queue row: its takes folded under the first, with the set's progress and
cost; unfolded, each take is a row of its own."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)

from app.core.take_set_status import Member, SetStatus, set_status
from app.services.tasks.store import TaskRecord
from app.services.tasks.task_queue import TaskQueue
from app.ui.queue.model import QueueModel
from app.ui.queue.presentation import (
    ACTIVE_GROUP,
    FINISHED_GROUP,
    RowText,
    excerpt,
    row_text,
    trail_of,
)
from app.ui.queue.presentation import details as request_details

Index = QModelIndex | QPersistentModelIndex
translate = QCoreApplication.translate  # a name lupdate reads


def members_of(queue: TaskQueue, set_id: str) -> list[TaskRecord]:
    return sorted((r for r in queue.records() if r.set_id == set_id),
                  key=lambda r: r.set_index or 0)


def status_of(members: list[TaskRecord]) -> SetStatus:
    from app.core.take_costs import take_cost

    def credits(rec: TaskRecord) -> float | None:
        trail = trail_of(rec)
        known = trail.charged if trail.charged is not None else trail.reserved
        return known if known is not None \
            else take_cost(rec.request, rec.input_video_seconds or 0.0).credits

    return set_status([Member(r.state, r.progress, credits(r)) for r in members])


def set_text(members: list[TaskRecord], *, sending: bool = False,
             known: SetStatus | None = None) -> RowText:
    """The folded row: "4 takes" and the prompt, what varies, the set's status and cost
    (`known`: the members' `status_of`, when known)."""
    st = known if known is not None else status_of(members)
    head = members[0]
    title = translate("QueueSet", "%1 takes: %2").replace("%1", str(st.size)).replace(
        "%2", excerpt(head.request.prompt, 70))
    labels = [m.take_label for m in members if m.take_label]
    details = ", ".join(dict.fromkeys(labels)) if labels else request_details(head)
    parts = [translate("QueueSet", "%1 saved").replace("%1", str(st.saved))]
    if st.running:
        parts.append(translate("QueueSet", "%1 running").replace("%1", str(st.running)))
    if st.ended_badly:
        parts.append(translate("QueueSet", "%1 failed or refused").replace(
            "%1", str(st.ended_badly)))
    if st.unknown:
        parts.append(translate("QueueSet", "%1 answer lost").replace("%1", str(st.unknown)))
    if st.not_sent:
        parts.append(translate("QueueSet", "%1 not sent").replace("%1", str(st.not_sent)))
    status = " · ".join(parts)
    if sending:
        note, tone = translate("QueueSet", "Sending the takes, two at a time…"), "normal"
    elif st.not_sent:
        note, tone = translate("QueueSet", "Some takes were never sent (nothing charged for them): "
                                    "“Send the rest” sends each once."), "warn"
    elif st.running:
        note, tone = "", "normal"
    else:
        tone = "good" if st.saved == st.size else "bad" if not st.saved else "warn"
        note = translate("QueueSet", "Select “Show takes” to see each one.")
    credits = (translate("QueueSet", "≈ %1 credits in all").replace("%1", f"{st.credits:,.1f}")
               if st.credits is not None else "")
    bar = st.progress if st.running else None
    return RowText(title, details, status, note, credits, bar, tone)


class _Folded:
    """A set's members as last shown, their status and the folded row's text."""

    def __init__(self, members: list[TaskRecord]) -> None:
        self.members = members
        self.status = status_of(members)
        self._texts: dict[bool, RowText] = {}  # by "being sent"

    def same(self, members: list[TaskRecord]) -> bool:
        return len(members) == len(self.members) and \
            all(a is b for a, b in zip(members, self.members, strict=True))

    def text(self, sending: bool) -> RowText:
        text = self._texts.get(sending)
        if text is None:
            text = self._texts[sending] = set_text(self.members, sending=sending,
                                                   known=self.status)
        return text


class SetFold(QSortFilterProxyModel):
    """Between the queue model and its group views: a folded set shows its first take only,
    speaking for the whole set (TextRole, GroupRole, tooltip); `unfold` shows every take.
    Roles added: SetRole (the set id, or None).

    Signals: groupsChanged() — a set was folded or unfolded: the group proxies filter every
    row again (a row's own change is a dataChanged of that row: they filter it alone)."""

    SetRole = Qt.ItemDataRole.UserRole + 20
    groupsChanged = Signal()

    def __init__(self, model: QueueModel, queue: TaskQueue, parent: QObject | None = None,
                 *, sending: Any = None) -> None:
        super().__init__(parent)
        self._queue = queue
        self._open: set[str] = set()
        self._sending = sending or (lambda _set_id: False)
        # A folded set's status and text, as long as its members are the same records (a
        # record is replaced, never changed): a paint asks for them several times per row.
        self._folded: dict[str, _Folded] = {}
        self.setDynamicSortFilter(True)
        self.setSourceModel(model)
        model.dataChanged.connect(self._on_model_data_changed)
        model.rowsRemoved.connect(self._on_model_rows_removed)

    def unfolded(self, set_id: str) -> bool:
        return set_id in self._open

    def set_unfolded(self, set_id: str, unfolded: bool) -> None:
        self.beginFilterChange()
        (self._open.add if unfolded else self._open.discard)(set_id)
        self.endFilterChange()
        self.refresh_set(set_id)  # the first take stops (or starts) speaking for the set
        self.groupsChanged.emit()  # … and so its group is its own, or the set's again

    def refresh_set(self, set_id: str) -> None:
        """Repaint the folded row of a set (e.g. it began or ended being sent); the group
        proxies file it again (the set may have finished)."""
        head = self._head_row(set_id)
        if head is not None:
            index = self.mapFromSource(self.sourceModel().index(head, 0))
            if index.isValid():
                self.dataChanged.emit(index, index)

    def filterAcceptsRow(self, row: int, parent: Index) -> bool:
        rec = self._queue.record_at(row)
        if rec.set_id is None or rec.set_id in self._open:
            return True
        return self._head_row(rec.set_id) == row

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        rec: TaskRecord | None = super().data(index, QueueModel.RecordRole)
        if role == self.SetRole:
            return rec.set_id if rec is not None else None
        folded = rec is not None and rec.set_id is not None and rec.set_id not in self._open
        if not folded or role not in (QueueModel.TextRole, QueueModel.GroupRole,
                                      Qt.ItemDataRole.DisplayRole,
                                      Qt.ItemDataRole.ToolTipRole,
                                      Qt.ItemDataRole.AccessibleDescriptionRole):
            if role == QueueModel.TextRole and rec is not None and rec.set_id is not None:
                return self._take_text(rec)
            return super().data(index, role)
        assert rec is not None and rec.set_id is not None
        shown = self._folded_set(rec.set_id)
        if role == QueueModel.GroupRole:
            return ACTIVE_GROUP if shown.status.active else FINISHED_GROUP
        text = shown.text(bool(self._sending(rec.set_id)))
        if role == QueueModel.TextRole:
            return text
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{text.title} — {text.status}"
        return "\n".join(p for p in (rec.request.prompt, text.details, text.status, text.note,
                                     text.credits) if p)

    def _folded_set(self, set_id: str) -> _Folded:
        members = members_of(self._queue, set_id)
        folded = self._folded.get(set_id)
        if folded is None or not folded.same(members):
            folded = self._folded[set_id] = _Folded(members)
        return folded

    def _take_text(self, rec: TaskRecord) -> RowText:
        """An unfolded take: its own row, titled with its place in the set."""
        text = row_text(rec, self._queue.live(rec.local_id))
        size = len(members_of(self._queue, rec.set_id or ""))
        title = translate("QueueSet", "Take %1 of %2").replace(
            "%1", str((rec.set_index or 0) + 1)).replace("%2", str(size))
        if rec.take_label:
            title += f" · {rec.take_label}"
        return RowText(title, text.details, text.status, text.note, text.credits,
                       text.progress, text.tone)

    def _head_row(self, set_id: str) -> int | None:
        best: tuple[int, int] | None = None
        for row, rec in enumerate(self._queue.records()):
            if rec.set_id == set_id and (best is None or (rec.set_index or 0) < best[0]):
                best = (rec.set_index or 0, row)
        return None if best is None else best[1]

    def _on_model_rows_removed(self, *_: Any) -> None:
        self._folded.clear()  # no set's text kept past its rows

    def _on_model_data_changed(self, top: QModelIndex, bottom: QModelIndex, *_: Any) -> None:
        """A hidden take changed: its folded row speaks for it, so it repaints."""
        sets = {self._queue.record_at(row).set_id for row in range(top.row(), bottom.row() + 1)
                if 0 <= row < self._queue.row_count()}
        for set_id in sets - {None} - self._open:
            self.refresh_set(set_id or "")


class GroupProxy(QSortFilterProxyModel):
    """One group of the queue (active or finished), as its list view shows it. A row's
    dataChanged filters that row again (a task that finished moves to the other group);
    `regroup` filters them all (a set folded or unfolded)."""

    def __init__(self, group: int, parent: QObject) -> None:
        super().__init__(parent)
        self._group = group
        self.setFilterRole(QueueModel.GroupRole)
        self.setDynamicSortFilter(True)

    def regroup(self) -> None:
        """Filter every row again: a set was folded or unfolded (its takes change group)."""
        self.beginFilterChange()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, row: int, parent: Index) -> bool:
        index = self.sourceModel().index(row, 0, parent)
        return bool(index.data(QueueModel.GroupRole) == self._group)
