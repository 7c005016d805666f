"""Widgets and helpers shared by the steps: layer pickers, linked slider + spin box, group boxes,
values remembered in QgsSettings."""
import datetime
from typing import Optional

from qgis.core import QgsApplication
from qgis.gui import QgsMapLayerComboBox
from qgis.PyQt.QtCore import QCoreApplication, QDate, Qt
from qgis.PyQt.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QSlider,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ... import compat
from ...core import clock
from .. import settings


def date_edit(days_from_today: int, name: str = "") -> QDateEdit:
    """A date field (yyyy-MM-dd, calendar pop-up) set ``days_from_today`` days from today
    (today from :mod:`core.clock`, so that tests can set it)."""
    day = clock.today() + datetime.timedelta(days=days_from_today)
    edit = QDateEdit()
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    edit.setDate(QDate(day.year, day.month, day.day))
    if name:
        edit.setObjectName(name)
    return edit


def let_combos_shrink(widget: QWidget, characters: int = 12) -> None:
    """Let every combo box under ``widget`` be narrower than its longest item (Qt's default makes
    a long layer or CRS name widen the whole dock); the item list still shows whole names."""
    width = characters * combo_char_width(widget)
    for combo in widget.findChildren(QComboBox):
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(characters)
        policy = combo.sizePolicy()
        policy.setHorizontalPolicy(QSizePolicy.Policy.Ignored)  # layouts then use minimumWidth only
        combo.setSizePolicy(policy)
        combo.setMinimumWidth(width)


def combo_char_width(widget: QWidget) -> int:
    """The width of an average character in the widget's font, in pixels."""
    return max(widget.fontMetrics().averageCharWidth(), 5)


def algorithm_available(algorithm_id: str) -> bool:
    """True when the algorithm is registered (its Python packages present, its file shipped)."""
    return QgsApplication.processingRegistry().algorithmById(algorithm_id) is not None


def layer_combo(filters, optional: bool = False, name: str = "") -> QgsMapLayerComboBox:
    """A picker of the project's layers of one kind; optional ones start empty."""
    combo = QgsMapLayerComboBox()
    combo.setFilters(compat.layer_filters(filters))  # POINTS | LINES is a plain int from QGIS 3.34
    combo.setAllowEmptyLayer(optional)
    if optional:
        combo.setLayer(None)
    combo.setMinimumContentsLength(12)
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    if name:
        combo.setObjectName(name)
    return combo


# Qgis.LayerFilter from QGIS 3.34 (setFilters takes it there), QgsMapLayerProxyModel.Filter before
POINTS = compat.LayerFilter.PointLayer
LINES = compat.LayerFilter.LineLayer
POLYGONS = compat.LayerFilter.PolygonLayer
RASTERS = compat.LayerFilter.RasterLayer
VECTORS = compat.LayerFilter.VectorLayer


def spin(minimum: float, maximum: float, value: float, step: float = 1, suffix: str = "",
         decimals: int = 0, name: str = "", key: str = ""):
    """An int (decimals 0) or double spin box; with ``key`` its value is remembered in settings."""
    box = QSpinBox() if decimals == 0 else QDoubleSpinBox()
    if decimals:
        box.setDecimals(decimals)
    box.setRange(minimum, maximum)
    box.setSingleStep(step)
    if suffix:
        box.setSuffix(suffix)
    kind = int if decimals == 0 else float
    box.setValue(settings.value(key, value, kind) if key else value)
    if key:
        box.valueChanged.connect(lambda v: settings.set_value(key, v))
    if name:
        box.setObjectName(name)
    box.setAlignment(Qt.AlignmentFlag.AlignRight)
    return box


def with_slider(box, slider_max: Optional[int] = None) -> QWidget:
    """The spin box with a slider beside it that moves with it (integer steps of the box)."""
    slider = QSlider(Qt.Orientation.Horizontal)
    slider.setRange(int(box.minimum()), int(slider_max or box.maximum()))
    slider.setValue(int(box.value()))
    slider.setObjectName(box.objectName() + "Slider" if box.objectName() else "")
    slider.valueChanged.connect(lambda v: box.setValue(v) if int(box.value()) != v else None)
    box.valueChanged.connect(lambda v: slider.setValue(int(v)) if slider.value() != int(v) else None)
    row = QWidget()
    layout = QHBoxLayout(row)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(slider, 1)
    layout.addWidget(box)
    box.setMinimumWidth(80)
    row.slider = slider
    return row


def check(text: str, value: bool = False, key: str = "", name: str = "") -> QCheckBox:
    """A check box, remembered in settings under ``key``."""
    box = QCheckBox(text)
    box.setChecked(settings.value(key, value, bool) if key else value)
    if key:
        box.toggled.connect(lambda v: settings.set_value(key, v))
    if name:
        box.setObjectName(name)
    return box


def line(text: str = "", placeholder: str = "", key: str = "", name: str = "") -> QLineEdit:
    """A line edit, remembered in settings under ``key``."""
    edit = QLineEdit(settings.value(key, text, str) if key else text)
    edit.setPlaceholderText(placeholder)
    if key:
        edit.textChanged.connect(lambda v: settings.set_value(key, v))
    if name:
        edit.setObjectName(name)
    return edit


def choice(items, key: str = "", index: int = 0, name: str = "") -> QComboBox:
    """A combo box of texts, its index remembered in settings under ``key``."""
    combo = QComboBox()
    combo.addItems(list(items))
    start = settings.value(key, index, int) if key else index
    combo.setCurrentIndex(start if 0 <= start < combo.count() else index)
    if key:
        combo.currentIndexChanged.connect(lambda v: settings.set_value(key, v))
    if name:
        combo.setObjectName(name)
    return combo


def group(title: str, rows=(), name: str = "") -> QGroupBox:
    """A group box with a form: ``rows`` of (label, widget) or a widget spanning both columns."""
    box = QGroupBox(title)
    if name:
        box.setObjectName(name)
    form = QFormLayout(box)
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
    form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)  # a narrow dock wraps, never cuts off
    form.setContentsMargins(6, 6, 6, 6)
    for row in rows:
        if isinstance(row, tuple):
            form.addRow(row[0], row[1])
        else:
            form.addRow(row)
    return box


def run_button(text: str, name: str) -> QPushButton:
    """The button that runs a step's algorithm."""
    button = QPushButton(text)
    button.setObjectName(name)
    button.setMinimumHeight(28)
    return button


def note(text: str = "", name: str = "") -> QLabel:
    """A wrapped explanatory or result line."""
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
    label.setOpenExternalLinks(True)
    if name:
        label.setObjectName(name)
    return label


def column(*widgets) -> QVBoxLayout:
    """A vertical layout of the widgets, stretch at the bottom."""
    layout = QVBoxLayout()
    layout.setContentsMargins(4, 4, 4, 4)
    for widget in widgets:
        layout.addWidget(widget)
    layout.addStretch(1)
    return layout


def unavailable(algorithm_id: str) -> str:
    """The sentence shown where a step's algorithm is missing."""
    return QCoreApplication.translate(
        "EstDock", "This step needs the algorithm {0}, which is not available in this installation "
        "(see the EST messages in the log panel).").format(algorithm_id)


class Step(QWidget):
    """A step of the dock: its algorithms, the dock it belongs to."""

    ALGORITHMS = ()

    def __init__(self, dock):
        super().__init__()
        self.dock = dock

    def missing(self):
        """The step's algorithms that are not registered."""
        return [a for a in self.ALGORITHMS if not algorithm_available(a)]
