"""The library panel: search, filters and sort over saved clips, shown as a grid or a list."""

from __future__ import annotations

from pathlib import Path
from typing import Final

from PySide6.QtCore import QModelIndex, QSize, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.core.capabilities import MODELS, AspectRatio, Mode, Quality
from app.services.library import ClipLibrary, LibraryQuery, SortOrder
from app.services.thumbnails import ThumbnailCache
from app.ui.labels import mode_label, model_label, plain_label
from app.ui.library.delegate import LibraryDelegate
from app.ui.library.model import LibraryModel

SEARCH_DELAY_MS: Final = 250  # typing settles before the store is asked again
GRID_ICON: Final = QSize(160, 90)
LIST_ICON: Final = QSize(48, 27)


class LibraryPanel(QWidget):
    """Saved clips with a search field, filter combos, a sort and a grid/list switch.

    Signals: openClipRequested(Path) — play this clip (double-click or Enter on a row).
    """

    openClipRequested = Signal(Path)

    def __init__(self, library: ClipLibrary, thumbnails: ThumbnailCache,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = LibraryModel(library, thumbnails, self)
        self.search_label = QLabel(self.tr("&Search"))
        self.search = QLineEdit()
        self.model_combo = QComboBox()
        self.mode_combo = QComboBox()
        self.quality_combo = QComboBox()
        self.aspect_combo = QComboBox()
        self.sort_combo = QComboBox()
        self.grid_button = QToolButton()
        self.list_button = QToolButton()
        self.layout_group = QButtonGroup(self)
        self.count_label = QLabel()
        self.view = QListView()
        self.search_timer = QTimer(self)
        self.search_timer.setObjectName("library-search")
        self.search_timer.setSingleShot(True)
        self.search_timer.setInterval(SEARCH_DELAY_MS)
        self._setup_ui()
        self.search.textChanged.connect(self._on_search_text_changed)
        self.search.returnPressed.connect(self.apply_query)
        self.search_timer.timeout.connect(self.apply_query)
        for combo in (self.model_combo, self.mode_combo, self.quality_combo, self.aspect_combo,
                      self.sort_combo):
            combo.currentIndexChanged.connect(self.apply_query)
        self.grid_button.toggled.connect(self._on_grid_button_toggled)
        self.view.activated.connect(self._on_view_activated)
        self.model.modelReset.connect(self._update_count)
        self.apply_query()

    def _setup_ui(self) -> None:
        self.search_label.setBuddy(self.search)
        self.search.setAccessibleName(plain_label(self.search_label.text()))
        self.search.setPlaceholderText(self.tr("Words from the prompt"))
        self.search.setClearButtonEnabled(True)
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
        for combo, name in ((self.model_combo, self.tr("Model")),
                            (self.mode_combo, self.tr("Mode")),
                            (self.quality_combo, self.tr("Quality")),
                            (self.aspect_combo, self.tr("Aspect ratio")),
                            (self.sort_combo, self.tr("Sort"))):
            combo.setAccessibleName(name)
            combo.setToolTip(name)
        for button, text in ((self.grid_button, self.tr("Grid")),
                             (self.list_button, self.tr("List"))):
            button.setText(text)
            button.setAccessibleName(text)
            button.setCheckable(True)
            self.layout_group.addButton(button)
        self.count_label.setAccessibleName(self.tr("Clip count"))
        self.view.setAccessibleName(self.tr("Saved clips"))
        self.view.setModel(self.model)
        self.view.setItemDelegate(LibraryDelegate(self.view))
        self.view.setUniformItemSizes(True)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.view.setResizeMode(QListView.ResizeMode.Adjust)
        self.view.setMovement(QListView.Movement.Static)
        self.view.setWordWrap(True)
        self.view.setTextElideMode(Qt.TextElideMode.ElideRight)

        # Search on its own row, filters in a grid below: the panel sits in a narrow dock
        # beside the composer and must not force the window wider.
        bar = QHBoxLayout()
        bar.addWidget(self.search_label)
        bar.addWidget(self.search, 1)
        bar.addWidget(self.grid_button)
        bar.addWidget(self.list_button)
        filters = QGridLayout()
        for i, combo in enumerate((self.model_combo, self.mode_combo, self.sort_combo,
                                   self.quality_combo, self.aspect_combo)):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(8)
            filters.addWidget(combo, i // 3, i % 3)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addLayout(filters)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.count_label)
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
        )

    def apply_query(self) -> None:
        """Ask the library again now (typing waits for the search timer instead)."""
        self.search_timer.stop()
        query = self.current_query()
        if query != self.model.query or not self.model.rowCount():
            self.model.set_query(query)
        self._update_count()

    def refresh(self) -> None:
        """Re-read the store (after a clip was saved, or the CLI wrote)."""
        self.model.refresh()

    def is_grid(self) -> bool:
        return self.view.viewMode() is QListView.ViewMode.IconMode

    def set_grid(self, grid: bool) -> None:
        if grid:
            self.view.setViewMode(QListView.ViewMode.IconMode)
            self.view.setIconSize(GRID_ICON)
            self.view.setGridSize(QSize(GRID_ICON.width() + 24, GRID_ICON.height() + 48))
            self.view.setFlow(QListView.Flow.LeftToRight)
            self.view.setWrapping(True)
        else:
            self.view.setViewMode(QListView.ViewMode.ListMode)
            self.view.setIconSize(LIST_ICON)
            self.view.setGridSize(QSize())
            self.view.setFlow(QListView.Flow.TopToBottom)
            self.view.setWrapping(False)
        self.view.setResizeMode(QListView.ResizeMode.Adjust)
        (self.grid_button if grid else self.list_button).setChecked(True)

    def _update_count(self) -> None:
        self.count_label.setText(self.tr("%n clip(s)", "", self.model.total))

    def _on_search_text_changed(self, _text: str) -> None:
        self.search_timer.start()

    def _on_grid_button_toggled(self, checked: bool) -> None:
        self.set_grid(checked)

    def _on_view_activated(self, index: QModelIndex) -> None:
        path = index.data(LibraryModel.PathRole)
        if isinstance(path, Path):
            self.openClipRequested.emit(path)
