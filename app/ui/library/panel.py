"""The library panel: search, filters and sort over saved clips, shown as a grid or a list."""

from __future__ import annotations

import dataclasses
import time
from collections.abc import Callable
from pathlib import Path
from typing import Final

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QPoint, QSize, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.core.capabilities import MODELS, AspectRatio, Mode, Quality
from app.services.clips.clip_actions import ClipActions
from app.services.clips.library import ClipLibrary, DateRange, LibraryQuery, SortOrder, date_since
from app.services.clips.thumbnails import ThumbnailCache
from app.services.media.media_worker import Executor, ThreadPoolExecutor
from app.ui.empty_state import EmptyState
from app.ui.icons import icon
from app.ui.labels import mode_label, model_label, plain_label
from app.ui.library.commands import ClipCommands
from app.ui.library.delegate import LibraryDelegate
from app.ui.library.model import LibraryModel
from app.ui.library.tile_zoom import TileZoom
from app.ui.screen_reader import name_clear_button

SEARCH_DELAY_MS: Final = 250  # typing settles before the store is asked again
LIST_ICON: Final = QSize(48, 27)


class LibraryPanel(QWidget):
    """Saved clips with a search field, filter combos, a sort and a grid/list switch, and the
    clip actions (context menu, Actions button, shortcuts on the view; drag out as files).
    `actions` enables the ones that change files or the store; `clock` dates the date filter;
    `pages` reads the list's next pages (by default a thread of the panel's own, so a page read
    never waits behind the thumbnails' jobs in the global pool).

    Signals: openClipRequested(Path) — play this clip (double-click, Enter, or Play);
    reuseRequested(object TaskRecord) — fill the composer with its settings;
    nextFrameReady(Path png, object TaskRecord) — its last frame, for an image-to-video draft;
    compareRequested(Path, Path) — the two selected clips side by side;
    compareTakesRequested(list[Path]) — 2–9 clips in the take grid;
    remakeRequested(object TaskRecord) — "Make again at…" this clip;
    message(str) — a sentence for the status bar (an action done, or why it failed).
    """

    openClipRequested = Signal(Path)
    reuseRequested = Signal(object)
    nextFrameReady = Signal(Path, object)
    compareRequested = Signal(Path, Path)
    compareTakesRequested = Signal(list)
    remakeRequested = Signal(object)
    message = Signal(str)

    def __init__(self, library: ClipLibrary, thumbnails: ThumbnailCache,
                 parent: QWidget | None = None, *, actions: ClipActions | None = None,
                 clock: Callable[[], float] = time.time, pages: Executor | None = None) -> None:
        super().__init__(parent)
        self._clock = clock
        self.model = LibraryModel(library, thumbnails, self,
                                  pages=pages or ThreadPoolExecutor.own_thread(self))
        self.search_label = QLabel(self.tr("&Search"))
        self.search = QLineEdit()
        self.model_combo = QComboBox()
        self.mode_combo = QComboBox()
        self.quality_combo = QComboBox()
        self.aspect_combo = QComboBox()
        self.sort_combo = QComboBox()
        self.date_combo = QComboBox()
        self.filter_captions: dict[QComboBox, QLabel] = {}
        self.favourites_button = QToolButton()
        self.set_button = QToolButton()  # shown while the list is one take set: clears it
        self._set_id: str | None = None
        self.actions_button = QPushButton()  # draws its menu arrow beside the text
        self.grid_button = QToolButton()
        self.list_button = QToolButton()
        self.layout_group = QButtonGroup(self)
        self.count_label = QLabel()
        self.view = QListView()
        self.empty = EmptyState()
        self.pages = QStackedWidget()  # the clips, or what an empty result means
        self.zoom = TileZoom(self.view, self)
        self.view.setModel(self.model)
        self.commands = ClipCommands(self.view, self.model, actions, self)
        self.search_timer = QTimer(self)
        self.search_timer.setObjectName("library-search")
        self.search_timer.setSingleShot(True)
        self.search_timer.setInterval(SEARCH_DELAY_MS)
        self._setup_ui()
        self.search.textChanged.connect(self._on_search_text_changed)
        self.search.returnPressed.connect(self.apply_query)
        self.search_timer.timeout.connect(self.apply_query)
        for combo in (self.model_combo, self.mode_combo, self.quality_combo, self.aspect_combo,
                      self.sort_combo, self.date_combo):
            combo.currentIndexChanged.connect(self.apply_query)
        self.favourites_button.toggled.connect(self.apply_query)
        self.set_button.clicked.connect(self.clear_set)
        self.empty.actionTriggered.connect(self.clear_filters)
        self.grid_button.toggled.connect(self._on_grid_button_toggled)
        self.zoom.widthChanged.connect(self._on_zoom_width_changed)
        self.view.activated.connect(self._on_view_activated)
        self.view.customContextMenuRequested.connect(self._on_view_custom_context_menu_requested)
        self.model.modelReset.connect(self._update_count)
        c = self.commands
        c.openClipRequested.connect(self.openClipRequested)
        c.reuseRequested.connect(self.reuseRequested)
        c.nextFrameReady.connect(self.nextFrameReady)
        c.compareRequested.connect(self.compareRequested)
        c.compareTakesRequested.connect(self.compareTakesRequested)
        c.remakeRequested.connect(self.remakeRequested)
        c.showSetRequested.connect(self.show_set)
        c.message.connect(self.message)
        c.changed.connect(self._on_commands_changed)
        self.apply_query()

    def _setup_ui(self) -> None:
        self.search_label.setBuddy(self.search)
        self.search.setAccessibleName(plain_label(self.search_label.text()))
        self.search.setPlaceholderText(self.tr("Words from the name or prompt"))
        self.search.setClearButtonEnabled(True)
        name_clear_button(self.search)
        self._fill(self.model_combo, self.tr("All models"),
                   [(model_label(spec), spec.id) for spec in MODELS.values()])
        self._fill(self.mode_combo, self.tr("All modes"),
                   [(mode_label(mode), mode.value) for mode in Mode])
        self._fill(self.quality_combo, self.tr("All qualities"),
                   [(q.value, q.value) for q in Quality])
        self._fill(self.aspect_combo, self.tr("All aspect ratios"),
                   [(self.tr("Adaptive") if a is AspectRatio.ADAPTIVE else a.value, a.value)
                    for a in AspectRatio])
        self.sort_combo.addItem(self.tr("Newest first"), SortOrder.NEWEST.value)
        self.sort_combo.addItem(self.tr("Oldest first"), SortOrder.OLDEST.value)
        for text, choice in ((self.tr("Any time"), DateRange.ANY),
                             (self.tr("Today"), DateRange.TODAY),
                             (self.tr("Last 7 days"), DateRange.LAST_7_DAYS),
                             (self.tr("Last 30 days"), DateRange.LAST_30_DAYS)):
            self.date_combo.addItem(text, choice.value)
        for combo, name in ((self.model_combo, self.tr("Model")),
                            (self.mode_combo, self.tr("Mode")),
                            (self.quality_combo, self.tr("Quality")),
                            (self.aspect_combo, self.tr("Aspect ratio")),
                            (self.sort_combo, self.tr("Sort")),
                            (self.date_combo, self.tr("Date"))):
            combo.setAccessibleName(name)
            combo.setToolTip(name)
            # On Linux a screen reader names a combo by its current text ("All models"); what
            # it filters comes from a buddy label (AT-SPI's labelled-by).
            caption = QLabel(name)
            caption.setBuddy(combo)
            self.filter_captions[combo] = caption
        for button, text, glyph in ((self.grid_button, self.tr("Grid"), "grid"),
                                    (self.list_button, self.tr("List"), "list")):
            button.setText(text)
            button.setIcon(icon(glyph))
            button.setToolTip(text)
            # Icon only: the bar must fit the centre of a 1280 px window.
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
            button.setAccessibleName(text)
            button.setCheckable(True)
            self.layout_group.addButton(button)
        self.favourites_button.setText(self.tr("★ Favourites"))
        self.favourites_button.setAccessibleName(self.favourites_button.text())
        self.favourites_button.setToolTip(self.tr("Show only the clips marked as favourites"))
        self.favourites_button.setCheckable(True)
        self.set_button.setText(self.tr("Only this take set ✕"))
        self.set_button.setAccessibleName(self.tr("Only this take set"))
        self.set_button.setToolTip(self.tr("Only the clips of one take set are listed: click "
                                           "to list them all again"))
        self.set_button.setVisible(False)
        self.actions_button.setText(self.tr("Actions"))
        self.actions_button.setAccessibleName(self.actions_button.text())
        self.actions_button.setMenu(self.commands.menu)
        self.view.setAccessibleName(self.tr("Saved clips"))
        self.setFocusProxy(self.view)  # F6 and Ctrl+G to the gallery: the arrows move at once
        self.view.setItemDelegate(LibraryDelegate(self.view))
        self.view.setUniformItemSizes(True)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.view.setDefaultDropAction(Qt.DropAction.CopyAction)
        self.view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.view.setResizeMode(QListView.ResizeMode.Adjust)
        self.view.setMovement(QListView.Movement.Static)
        self.view.setWordWrap(True)
        self.view.setTextElideMode(Qt.TextElideMode.ElideRight)

        # Search on its own row, filters in a grid below: at 1280 px the centre is narrow.
        bar = QHBoxLayout()
        bar.addWidget(self.search_label)
        bar.addWidget(self.search, 1)
        bar.addWidget(self.grid_button)
        bar.addWidget(self.list_button)
        bar.addWidget(self.set_button)
        bar.addWidget(self.favourites_button)
        bar.addWidget(self.actions_button)
        filters = QGridLayout()
        filters.setVerticalSpacing(2)
        for i, combo in enumerate((self.model_combo, self.mode_combo, self.sort_combo,
                                   self.quality_combo, self.aspect_combo, self.date_combo)):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(11)  # "All aspect ratios" stays whole
            filters.addWidget(self.filter_captions[combo], 2 * (i // 3), i % 3)
            filters.addWidget(combo, 2 * (i // 3) + 1, i % 3)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addLayout(filters)
        self.pages.addWidget(self.view)
        self.pages.addWidget(self.empty)
        layout.addWidget(self.pages, 1)
        foot = QHBoxLayout()
        foot.addWidget(self.count_label, 1)
        foot.addWidget(self.zoom.slider)
        layout.addLayout(foot)
        self.grid_button.setChecked(True)
        self.set_grid(True)

    @staticmethod
    def _fill(combo: QComboBox, everything: str, items: list[tuple[str, str]]) -> None:
        combo.addItem(everything, None)
        for text, value in items:
            combo.addItem(text, value)

    # --- behaviour ----------------------------------------------------------------------------

    def current_query(self) -> LibraryQuery:
        mode = self.mode_combo.currentData()
        return LibraryQuery(
            text=self.search.text(),
            model=self.model_combo.currentData(),
            mode=Mode(mode) if mode else None,
            quality=self.quality_combo.currentData(),
            aspect=self.aspect_combo.currentData(),
            sort=SortOrder(self.sort_combo.currentData() or SortOrder.NEWEST.value),
            favourites_only=self.favourites_button.isChecked(),
            since=date_since(DateRange(self.date_combo.currentData() or DateRange.ANY.value),
                             self._clock()),
            set_id=self._set_id,
        )

    def show_set(self, set_id: str) -> None:
        """Only the clips of this take set ("Show this set"); the set button clears it."""
        self._set_id = set_id
        self.set_button.setVisible(True)
        self.apply_query()
        self.view.setFocus()

    def clear_set(self) -> None:
        self._set_id = None
        self.set_button.setVisible(False)
        self.apply_query()
        self.view.setFocus()

    def apply_query(self) -> None:
        """Ask the library again now (typing waits for the search timer instead)."""
        self.search_timer.stop()
        query = self.current_query()
        if query != self.model.query or not self.model.rowCount():
            self.model.set_query(query)
        self._update_count()

    def refresh(self) -> None:
        """Re-read the store (after a clip was saved, or the CLI wrote), keeping the selection
        on the clips that are still listed."""
        self.refresh_keeping_selection(None)

    def refresh_keeping_selection(self, fallback_row: int | None) -> None:
        """Re-read the store; re-select what was selected, else the row at `fallback_row`
        (the clip after the ones that went away), when given."""
        selection = self.view.selectionModel()
        current = self.view.currentIndex()
        current_id = (self.model.clip_at(current.row()).local_id
                      if current.isValid() else None)
        chosen = [self.model.clip_at(i.row()).local_id for i in selection.selectedIndexes()]
        # The query again, not the old one: "Today" moves on at midnight.
        self.search_timer.stop()
        self.model.set_query(self.current_query())
        rows = [r for r in (self.model.row_of(i) for i in chosen) if r is not None]
        if not rows and fallback_row is not None and self.model.rowCount():
            rows = [min(fallback_row, self.model.rowCount() - 1)]
        flags = QItemSelectionModel.SelectionFlag
        for row in rows:
            selection.select(self.model.index(row), flags.Select)
        current_row = self.model.row_of(current_id) if current_id else None
        if current_row is None and rows:
            current_row = rows[0]
        if current_row is not None:
            selection.setCurrentIndex(self.model.index(current_row), flags.NoUpdate)
        self.commands.update()

    def is_grid(self) -> bool:
        return self.view.viewMode() is QListView.ViewMode.IconMode

    def set_grid(self, grid: bool) -> None:
        self.zoom.slider.setEnabled(grid)
        if grid:
            width = self.zoom.width()
            icon_size = QSize(width, width * 9 // 16)
            line = self.view.fontMetrics().height()
            self.view.setViewMode(QListView.ViewMode.IconMode)
            self.model.set_thumbnail_size(icon_size, self.view.devicePixelRatioF())
            self.view.setIconSize(icon_size)
            self.view.setGridSize(QSize(width + 24, icon_size.height() + 2 * line + 20))
            self.view.setFlow(QListView.Flow.LeftToRight)
            self.view.setWrapping(True)
        else:
            self.view.setViewMode(QListView.ViewMode.ListMode)
            self.model.set_thumbnail_size(LIST_ICON, self.view.devicePixelRatioF())
            self.view.setIconSize(LIST_ICON)
            self.view.setGridSize(QSize())
            self.view.setFlow(QListView.Flow.TopToBottom)
            self.view.setWrapping(False)
        self.view.setResizeMode(QListView.ResizeMode.Adjust)
        # Drag out only, as a copy: other applications get file URLs. After the mode: a static
        # QListView switches dragging off whenever its view mode changes.
        self.view.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        (self.grid_button if grid else self.list_button).setChecked(True)

    def _update_count(self) -> None:
        total = self.model.total
        # Both forms in the source: English has no plural translation file to pick from.
        self.count_label.setText((self.tr("1 clip") if total == 1 else self.tr("%1 clips"))
                                 .replace("%1", f"{total:,}"))
        self.pages.setCurrentWidget(self.view if total else self.empty)
        if total:
            return
        query = self.model.query
        if query is not None and self._filtered(query):
            words = query.text.strip()
            self.empty.show_state(
                self.tr("No clip matches"),
                (self.tr("No saved clip has “%1” in its name or prompt with these filters.")
                 .replace("%1", words) if words
                 else self.tr("No saved clip fits these filters.")),
                self.tr("&Clear search and filters"))
        else:
            self.empty.show_state(
                self.tr("No clips yet"),
                self.tr("Every clip you generate is saved here the moment it is ready. Write a "
                        "prompt and press Generate (Ctrl+Enter), or drop a clip and its .json "
                        "on the composer to reuse its settings."))

    @staticmethod
    def _filtered(query: LibraryQuery) -> bool:
        default = LibraryQuery(sort=query.sort)
        return dataclasses.replace(query, text=query.text.strip()) != default

    def clear_filters(self) -> None:
        """Back to every saved clip: no search words, every filter on "All"."""
        for combo in (self.model_combo, self.mode_combo, self.quality_combo, self.aspect_combo,
                      self.date_combo):
            combo.blockSignals(True)
            combo.setCurrentIndex(0)
            combo.blockSignals(False)
        self.favourites_button.blockSignals(True)
        self.favourites_button.setChecked(False)
        self.favourites_button.blockSignals(False)
        self._set_id = None
        self.set_button.setVisible(False)
        self.search.clear()
        self.apply_query()
        self.view.setFocus()

    def _on_search_text_changed(self, _text: str) -> None:
        self.search_timer.start()

    def _on_grid_button_toggled(self, checked: bool) -> None:
        self.set_grid(checked)

    def _on_zoom_width_changed(self, _width: int) -> None:
        self.set_grid(self.is_grid())  # a list's icons too, after a move to another screen

    def _on_commands_changed(self, row: int) -> None:
        self.refresh_keeping_selection(row)

    def _on_view_custom_context_menu_requested(self, pos: QPoint) -> None:
        index = self.view.indexAt(pos)
        if index.isValid() and not self.view.selectionModel().isSelected(index):
            self.view.setCurrentIndex(index)  # a right-click acts on the clip under it
        self.commands.update()
        self.commands.menu.popup(self.view.viewport().mapToGlobal(pos))

    def _on_view_activated(self, index: QModelIndex) -> None:
        path = index.data(LibraryModel.PathRole)
        if isinstance(path, Path):
            self.openClipRequested.emit(path)
