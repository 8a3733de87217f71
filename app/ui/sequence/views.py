"""The Sequence dock, its menu entries, the export dialog and the viewer's frame marks, wired to
the session's open sequence (app/services/sequences/sequence_project.py)."""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Coroutine, Iterable
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any, Final

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDockWidget, QFileDialog, QMenu

from app.core.models import GenerationRequest
from app.core.sequence import Continuity, LinkKind, Shot
from app.core.sequence_requests import missing_cost
from app.services.media.inputs import PENDING_UPLOAD
from app.services.sequences.sequence_files import SUFFIX, SequenceFileError, clip_ref
from app.services.sequences.sequence_project import SequenceProject
from app.services.session import Session
from app.ui.actions import ActionId, Actions
from app.ui.composer.panel import ComposerPanel
from app.ui.main_window import MainWindow
from app.ui.messages import render
from app.ui.player.frame_marks import FrameMarks
from app.ui.player.panel import PlayerPanel
from app.ui.screen_reader import CoveredDockTabs
from app.ui.sequence.panel import SequencePanel
from app.ui.spending.budget_prompt import BudgetPrompt

if TYPE_CHECKING:  # PyAV with it: imported when the export is first opened
    from app.ui.sequence.export_dialog import ExportDialog

GENERATE_TASK: Final = "sequence-generate"
Spawn = Callable[[Coroutine[Any, Any, Any], str], None]
Say = Callable[[str], None]


def composer_shot(request: GenerationRequest) -> Shot:
    """A draft with the composer's request; its local files (not uploaded yet) are left out,
    since a draft keeps no file: a linked shot gets its start from the shot before."""
    update = {field: [u for u in getattr(request, field) if not u.startswith(PENDING_UPLOAD)]
              for field in ("image_urls", "video_urls", "audio_urls")}
    return Shot(request=request.model_copy(update=update))


class SequenceViews(QObject):
    """Builds the panel in a dock tabbed with the queue, and keeps it showing the project.
    No signals; says what happened through `say`."""

    def __init__(self, *, project: SequenceProject, session: Session, window: MainWindow,
                 registry: Actions, player_panel: PlayerPanel,
                 composer_request: Callable[[], GenerationRequest | None],
                 library_selection: Callable[[], list[Path]], library_menu: QMenu | None,
                 clip_paths: Callable[[], Iterable[Path]], clips_folder: Callable[[], Path],
                 spawn: Spawn, say: Say, budget: Callable[[], int],
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.project, self._session, self._window = project, session, window
        self._composer_request, self._library_selection = composer_request, library_selection
        self._clip_paths, self._clips_folder = clip_paths, clips_folder
        self._spawn, self._say, self._player_panel = spawn, say, player_panel
        self.panel = SequencePanel(session.thumbnails)
        self.dock = QDockWidget(self.tr("Sequence"), window)
        self.dock.setObjectName("sequence-dock")
        self.dock.setWidget(self.panel)
        self.dock.setFeatures(window.queue_dock.features())
        window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.dock)
        window.tabifyDockWidget(window.queue_dock, self.dock)
        window.queue_dock.raise_()
        CoveredDockTabs([self.dock], self)
        self.marks = FrameMarks(player_panel, self)
        self.dialog: ExportDialog | None = None
        # Past the daily budget, the sequence's cost asks "Send anyway?" as a clip's does.
        self.budget = BudgetPrompt(budget=budget, today=session.spending.load_today,
                                   estimate=lambda: missing_cost(project.sequence).credits,
                                   window=window, parent=self)
        self.recent_menu = QMenu(self.tr("Recent se&quences"), window)
        self._menus(registry, library_menu)
        self._connect(registry)
        self.panel.show_sequence(project.sequence, project.progress, running=project.running)

    def _menus(self, registry: Actions, library_menu: QMenu | None) -> None:
        toggle = self.dock.toggleViewAction()
        toggle.setShortcut("Ctrl+Shift+E")  # Ctrl+Shift+S is the library's Save as
        for menu in self._window.menuBar().findChildren(QMenu):
            actions = menu.actions()
            if registry[ActionId.OPEN_SEQUENCE] in actions:
                menu.insertMenu(actions[actions.index(registry[ActionId.OPEN_SEQUENCE]) + 1],
                                self.recent_menu)
            if registry[ActionId.TOGGLE_GALLERY] in actions:
                menu.addAction(toggle)
        self.recent_menu.aboutToShow.connect(self._fill_recent)
        self.library_action: QAction | None = None
        if library_menu is not None:
            self.library_action = QAction(self.tr("Add to se&quence"), self)
            library_menu.addSeparator()
            library_menu.addAction(self.library_action)
            self.library_action.triggered.connect(self._on_library_action_triggered)
            self.take_action = QAction(self.tr("Use as the selected shot's take"), self)
            library_menu.addAction(self.take_action)
            self.take_action.triggered.connect(self._on_take_action_triggered)

    def _connect(self, registry: Actions) -> None:
        p, project = self.panel, self.project
        project.changed.connect(self._on_project_changed)
        project.shotProgress.connect(self._on_project_changed)
        project.message.connect(self._on_project_message)
        p.edited.connect(project.set)
        p.addFromComposerRequested.connect(self.add_from_composer)
        p.generateRequested.connect(self.generate)
        p.exportRequested.connect(self.open_export)
        p.openShotRequested.connect(self.open_shot)
        p.filesDropped.connect(self._on_panel_files_dropped)
        registry[ActionId.NEW_SEQUENCE].triggered.connect(project.new)
        registry[ActionId.OPEN_SEQUENCE].triggered.connect(self._on_open_triggered)
        registry[ActionId.ADD_TO_SEQUENCE].triggered.connect(self.add_from_composer)
        composer = getattr(self._window, "composer", None)  # set by MainWindow.install
        if isinstance(composer, ComposerPanel):  # its own button for the same action
            composer.bar.use_sequence_action(registry[ActionId.ADD_TO_SEQUENCE])
        registry[ActionId.EXPORT_SEQUENCE].triggered.connect(self.open_export)
        self.marks.inMarked.connect(partial(self._trim, True))
        self.marks.outMarked.connect(partial(self._trim, False))
        self.marks.frameChosen.connect(self._on_marks_frame_chosen)

    def disconnect_project(self) -> None:
        """The window goes; the session's project stays."""
        self.project.changed.disconnect(self._on_project_changed)
        self.project.shotProgress.disconnect(self._on_project_changed)
        self.project.message.disconnect(self._on_project_message)
        self.project.flush()

    async def restore(self) -> None:
        """At the first window of a run: the sequence open when the app last ran."""
        if self.project.path is None and not self.project.sequence.shots:
            await self.project.open_last(self._clip_paths)

    async def shutdown(self) -> None:
        self.budget.dismiss()
        self.disconnect_project()
        if self.dialog is not None:
            await self.dialog.shutdown()

    # -- intents ------------------------------------------------------------------------------

    def _on_project_changed(self, _what: object) -> None:
        self.panel.show_sequence(self.project.sequence, self.project.progress,
                                 running=self.project.running)
        self._raise()

    def _on_project_message(self, text: str) -> None:
        self._say(render(text))  # a Message in the window's language

    def _raise(self) -> None:
        if not self.dock.isVisible() or self.dock.visibleRegion().isEmpty():
            self.dock.show()
            self.dock.raise_()

    def add_from_composer(self) -> None:
        request = self._composer_request()
        if request is None:
            self._say(self.tr("The composer's settings are not valid yet."))
            return
        shot = composer_shot(request)
        if self.project.sequence.shots:
            last = self.project.sequence.shots[-1].clip
            shot = shot.model_copy(update={"link": Continuity(
                kind=LinkKind.LAST_FRAME, source_sha256=last.sha256 if last else None)})
        self.project.set(self.project.sequence.add(shot))
        self._say(self.tr("Added to the sequence as shot %1.").replace(
            "%1", str(len(self.project.sequence.shots))))

    def add_clips(self, paths: list[Path], at: int | None = None) -> None:
        self._spawn(self._add_clips(paths, at), "sequence-add-clips")

    async def _add_clips(self, paths: list[Path], at: int | None) -> None:
        for path in paths:
            if path.name.endswith(SUFFIX):
                await self.open_file(path)
                return
        shots: list[Shot] = []
        for path in paths:
            try:
                shots.append(Shot(clip=await asyncio.to_thread(clip_ref, path)))
            except SequenceFileError as exc:
                self._say(render(str(exc)))
        sequence = self.project.sequence
        for n, shot in enumerate(shots):
            sequence = sequence.add(shot, None if at is None else at + n)
        self.project.set(sequence)

    async def open_file(self, path: Path) -> None:
        try:
            await self.project.open(path, self._clip_paths)
        except SequenceFileError as exc:
            self._say(render(str(exc)))

    def generate(self) -> None:
        if self.project.running:
            return
        self._spawn(self._generate(), GENERATE_TASK)

    async def _generate(self) -> None:
        self.panel.show_progress(self.project.progress, running=True)
        if not await self.budget.allows():
            self.panel.show_progress(self.project.progress, running=False)
            self._say(self.tr("Not sent: over your daily budget."))
            return
        task = self.project.generate_missing(self._session)
        self.panel.show_progress(self.project.progress, running=True)
        result = await task
        if result.reason is not None:
            self._say(render(result.reason))
        elif result.generated:
            self._say(self.tr("Every shot of the sequence is generated."))

    def open_export(self) -> ExportDialog:
        if self.dialog is None:
            from app.ui.sequence.export_dialog import ExportDialog

            self.dialog = ExportDialog(self.project.sequence, self._clips_folder(), self._window)
            self.dialog.exported.connect(
                lambda film: self._say(self.tr("Film saved: %1").replace("%1", str(film.path))))
            self.dialog.finished.connect(self._on_dialog_finished)
        self.dialog.open()
        return self.dialog

    def _on_dialog_finished(self, _result: int) -> None:
        if self.dialog is not None:
            self.dialog.deleteLater()
        self.dialog = None

    def open_shot(self, shot_id: str) -> None:
        sequence = self.project.sequence
        index = sequence.index_of(shot_id)
        shot = sequence.shots[index]
        if shot.clip is None:
            self._say(self.tr("Shot %1 is a draft: generate it first.").replace(
                "%1", str(index + 1)))
            return
        path = Path(shot.clip.path)
        self._player_panel.open_clip(path, play=False)
        self._window.show_player()
        caption = self.tr("Shot %1: I and O set its in and out points").replace(
            "%1", str(index + 1))
        self.marks.attach(shot_id, path, caption, has_next=index + 1 < len(sequence.shots))

    # -- slots --------------------------------------------------------------------------------

    def _trim(self, is_in: bool, shot_id: str, seconds: float) -> None:
        sequence = self.project.sequence
        try:
            index = sequence.index_of(shot_id)
        except KeyError:
            return
        shot = sequence.shots[index]
        in_s, out_s = shot.trim_in_s, shot.trim_out_s
        if is_in:
            in_s = seconds
            if out_s is not None and out_s <= in_s:
                out_s = None
        else:
            out_s = seconds
            if out_s <= in_s:
                in_s = 0.0
        self.project.set(sequence.replace(index, shot.trimmed(in_s, out_s)))
        updated = self.project.sequence.shots[index]
        self._say(self.tr("Shot %1: %2 s to %3 s").replace("%1", str(index + 1)).replace(
            "%2", f"{updated.in_s:.2f}").replace("%3", f"{updated.out_s:.2f}"))

    def _on_marks_frame_chosen(self, shot_id: str, seconds: float) -> None:
        sequence = self.project.sequence
        try:
            index = sequence.index_of(shot_id) + 1
        except KeyError:
            return
        if index >= len(sequence.shots):
            return
        nxt = sequence.shots[index]
        previous = sequence.shots[index - 1].clip
        link = Continuity(kind=LinkKind.CHOSEN_FRAME, frame_time_s=seconds,
                          source_sha256=previous.sha256 if previous else None)
        self.project.set(sequence.replace(index, nxt.model_copy(update={"link": link})))
        self._say(self.tr("Shot %1 starts from the frame at %2 s.").replace(
            "%1", str(index + 1)).replace("%2", f"{seconds:.2f}"))

    def _on_panel_files_dropped(self, paths: list[Path], row: int) -> None:
        self.add_clips(paths, row)

    def _on_library_action_triggered(self) -> None:
        paths = self._library_selection()
        if paths:
            self.add_clips(paths)

    def _on_take_action_triggered(self) -> None:
        paths = self._library_selection()
        shot_id = self.panel.strip.selected_id()
        if len(paths) == 1 and shot_id is not None:
            self._spawn(self.replace_clip(shot_id, paths[0]), "sequence-replace")

    async def replace_clip(self, shot_id: str, path: Path) -> None:
        """Another take for a shot: its trims and request stay; a shot made from it shows
        that its start changed."""
        try:
            ref = await asyncio.to_thread(clip_ref, path)
        except SequenceFileError as exc:
            self._say(render(str(exc)))
            return
        sequence = self.project.sequence
        try:
            index = sequence.index_of(shot_id)
        except KeyError:
            return
        shot = sequence.shots[index]
        self.project.set(sequence.replace(index, shot.model_copy(update={"clip": ref})))

    def _on_open_triggered(self) -> None:
        chosen, _ = QFileDialog.getOpenFileName(
            self._window, self.tr("Open a sequence"), str(self.project.folder),
            self.tr("Sequences (*%1)").replace("%1", SUFFIX))
        if chosen:
            self._spawn(self.open_file(Path(chosen)), "sequence-open")

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        recent = self.project.recent()
        for path in recent:
            action = self.recent_menu.addAction(path.name.removesuffix(SUFFIX))
            action.setToolTip(str(path))
            action.triggered.connect(partial(self._on_recent_triggered, path))
        if not recent:
            none = self.recent_menu.addAction(self.tr("No sequences yet"))
            none.setEnabled(False)

    def _on_recent_triggered(self, path: Path) -> None:
        self._spawn(self.open_file(path), "sequence-open")

