"""The model and output pickers: mode, tier, quality, aspect, duration, audio, content filter."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QSlider,
    QSpinBox,
    QWidget,
)

from app.core.capabilities import DEFAULT_DURATION, DURATION, AspectRatio, Mode, Tier
from app.core.composer_rules import Choice, Level
from app.ui.composer.segmented import Segmented
from app.ui.composer.style import set_level
from app.ui.labels import aspect_label, mode_label, tier_label
from app.ui.messages import render
from app.ui.screen_reader import value_label


def _label(text: str, buddy: QWidget) -> QLabel:
    label = QLabel(text)
    label.setBuddy(buddy)
    return label


class ModelPicker(QWidget):
    """Mode and tier, which together name one of the nine models.

    Signals: modeChanged(object Mode); tierChanged(object Tier).
    """

    modeChanged = Signal(object)
    tierChanged = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.mode = Segmented(self.tr("Mode"))
        self.tier = Segmented(self.tr("Tier"))
        self.mode.set_choices([Choice(m, mode_label(m)) for m in Mode])
        self.tier.set_choices([Choice(t, tier_label(t)) for t in Tier])
        self._setup_ui()
        self.mode.changed.connect(self.modeChanged)
        self.tier.changed.connect(self.tierChanged)

    def _setup_ui(self) -> None:
        self.tier.button(Tier.STANDARD).setToolTip(self.tr("Best quality, up to 1080p"))
        # Two rows: the composer is a narrow column (about 440 px).
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(8)
        grid.setVerticalSpacing(6)
        grid.addWidget(_label(self.tr("&Mode"), self.mode), 0, 0)
        grid.addWidget(self.mode, 0, 1, Qt.AlignmentFlag.AlignLeft)
        grid.addWidget(_label(self.tr("&Tier"), self.tier), 1, 0)
        grid.addWidget(self.tier, 1, 1, Qt.AlignmentFlag.AlignLeft)
        grid.setColumnStretch(1, 1)

    def set_tier_choices(self, choices: Sequence[Choice[Tier]]) -> None:
        """Enable or disable each tier, with the reason (e.g. this key may not use it)."""
        self.tier.set_choices([Choice(c.value, tier_label(c.value), c.reason) for c in choices])


class OutputPicker(QWidget):
    """Quality, aspect ratio (with pixel size), duration, generated audio, content filter.

    Signals: qualityChanged(object Quality); aspectChanged(object AspectRatio);
    durationChanged(int); audioToggled(bool); filterToggled(bool).
    """

    qualityChanged = Signal(object)
    aspectChanged = Signal(object)
    durationChanged = Signal(int)
    audioToggled = Signal(bool)
    filterToggled = Signal(bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.quality = Segmented(self.tr("Quality"))
        self.aspect = QComboBox()
        self._aspects = QStandardItemModel(self)
        self.duration = QSpinBox()
        self.duration_slider = QSlider(Qt.Orientation.Horizontal)
        self.audio = QCheckBox(self.tr("Generate &audio"))
        self.content_filter = QCheckBox(self.tr("Content &filter"))
        self.filter_cost = QLabel(self.tr("+10% cost"))
        self._setup_ui()
        self.quality.changed.connect(self.qualityChanged)
        self.aspect.activated.connect(self._on_aspect_activated)
        self.duration.valueChanged.connect(self._on_duration_valueChanged)
        self.duration_slider.valueChanged.connect(self.duration.setValue)
        self.audio.toggled.connect(self.audioToggled)
        self.content_filter.toggled.connect(self._on_content_filter_toggled)

    def _setup_ui(self) -> None:
        self.aspect.setModel(self._aspects)
        self.aspect.setAccessibleName(self.tr("Aspect ratio"))
        self.aspect.setMinimumContentsLength(18)
        self.aspect.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.duration.setRange(DURATION.lo, DURATION.hi)
        self.duration.setSuffix(self.tr(" s", "seconds"))
        self.duration.setAccessibleName(self.tr("Duration"))
        self.duration.setToolTip(self.tr("Whole seconds, %1–%2; billed per second")
                                 .replace("%1", str(DURATION.lo)).replace("%2", str(DURATION.hi)))
        self.duration_slider.setRange(DURATION.lo, DURATION.hi)
        self.duration_slider.setPageStep(1)
        self.duration_slider.setAccessibleName(self.tr("Duration slider"))
        self.duration_slider.setMinimumWidth(120)
        self.duration.setValue(DEFAULT_DURATION)
        self.duration_slider.setValue(DEFAULT_DURATION)  # not yet linked to the spin box here
        self.audio.setAccessibleName(self.tr("Generate audio"))
        self.audio.setToolTip(self.tr("Synchronised voice, effects and music, at no extra cost"))
        self.audio.setChecked(True)
        self.content_filter.setAccessibleName(self.tr("Content filter"))
        self.content_filter.setToolTip(self.tr("Off relaxes content restrictions and costs 10% "
                                               "more; illegal content is always refused"))
        self.content_filter.setChecked(True)
        value_label(self.filter_cost, self.tr("Content filter cost"))
        set_level(self.filter_cost, Level.WARN)
        self.filter_cost.hide()
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(8)
        grid.setVerticalSpacing(8)
        # One setting a row: the composer is a narrow column.
        grid.addWidget(_label(self.tr("&Quality"), self.quality), 0, 0)
        grid.addWidget(self.quality, 0, 1, Qt.AlignmentFlag.AlignLeft)
        grid.addWidget(_label(self.tr("A&spect"), self.aspect), 1, 0)
        grid.addWidget(self.aspect, 1, 1, Qt.AlignmentFlag.AlignLeft)
        grid.addWidget(_label(self.tr("&Duration"), self.duration), 2, 0)
        dur = QHBoxLayout()
        dur.addWidget(self.duration_slider, 1)
        dur.addWidget(self.duration)
        grid.addLayout(dur, 2, 1)
        toggles = QHBoxLayout()
        toggles.setSpacing(12)
        toggles.addWidget(self.audio)
        toggles.addWidget(self.content_filter)
        toggles.addWidget(self.filter_cost)
        toggles.addStretch(1)
        grid.addLayout(toggles, 3, 0, 1, 2)
        grid.setColumnStretch(1, 1)

    def set_aspects(self, choices: Sequence[Choice[AspectRatio]], current: AspectRatio) -> None:
        """Relabel the aspect list for the quality; keep the selection."""
        if self._aspects.rowCount() != len(choices):
            self._aspects.clear()
            for _ in choices:
                self._aspects.appendRow(QStandardItem())
        for row, choice in enumerate(choices):
            item = self._aspects.item(row)
            item.setText(aspect_label(choice.label))
            item.setData(choice.value, Qt.ItemDataRole.UserRole)
            item.setEnabled(choice.enabled)
            item.setToolTip(render(choice.reason or ""))
            if choice.value == current:
                self.aspect.setCurrentIndex(row)

    def aspect_value(self) -> AspectRatio:
        return AspectRatio(self.aspect.currentData(Qt.ItemDataRole.UserRole))

    def _on_aspect_activated(self, _row: int) -> None:
        self.aspectChanged.emit(self.aspect_value())

    def _on_duration_valueChanged(self, value: int) -> None:
        self.duration_slider.setValue(value)
        self.durationChanged.emit(value)

    def _on_content_filter_toggled(self, on: bool) -> None:
        self.filter_cost.setVisible(not on)
        self.filterToggled.emit(on)
