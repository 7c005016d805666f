"""Step 1, Incidents: a point layer of the project or a file imported (est:importincidents) with a
remembered column mapping; then the week or period, weekdays, hours, categories and after dark
(est:filterincidents)."""
import datetime

from qgis.gui import QgsCheckableComboBox, QgsCollapsibleGroupBox, QgsFileWidget
from qgis.PyQt.QtWidgets import QGridLayout, QHBoxLayout, QRadioButton, QVBoxLayout, QWidget

from ... import compat
from ...core import clock
from .. import settings
from .columns import ColumnMapping, read_header
from .common import POINTS, Step, check, date_edit, group, layer_combo, line, note, run_button, spin

IMPORT, FILTER = "est:importincidents", "est:filterincidents"


def last_week(today: datetime.date = None) -> str:
    """The ISO week before the current one, e.g. '2026-W46'."""
    year, week, _day = ((today or clock.today()) - datetime.timedelta(days=7)).isocalendar()
    return "{}-W{:02d}".format(year, week)


def indented_row(*widgets) -> QHBoxLayout:
    """Widgets side by side, indented under the choice they belong to."""
    row = QHBoxLayout()
    row.setContentsMargins(18, 0, 0, 0)
    for widget in widgets:
        row.addWidget(widget, 1)
    return row


class IncidentsStep(Step):
    """Where the week's incidents come from and which of them count."""

    ALGORITHMS = (IMPORT, FILTER)

    def __init__(self, dock):
        super().__init__(dock)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self._source_box())
        layout.addWidget(self._period_box())
        layout.addWidget(self._conditions_box())
        self.filter_button = run_button(self.tr("Filter incidents"), "EstFilterRun")
        self.filter_button.clicked.connect(self.run_filter)
        layout.addWidget(self.filter_button)
        layout.addStretch(1)
        self.layer.layerChanged.connect(self._fill_categories)
        self._fill_categories()
        self._toggle_source()

    # --- source -------------------------------------------------------------------------------
    def _source_box(self):
        self.use_layer = QRadioButton(self.tr("Layer in the project"))
        self.use_file = QRadioButton(self.tr("Import a file (CSV, TXT, XLSX)"))
        self.use_layer.setObjectName("EstUseLayer")
        self.use_file.setObjectName("EstUseFile")
        self.use_layer.setChecked(True)
        self.layer = layer_combo(POINTS, name="EstIncidentLayer")
        self.file = QgsFileWidget()
        self.file.setObjectName("EstIncidentFile")
        self.file.setFilter(self.tr("Incident tables (*.csv *.txt *.tsv *.xlsx *.csv.gz);;All files (*)"))
        self.file.fileChanged.connect(self._file_chosen)
        self.columns = ColumnMapping()
        self.columns_box = QgsCollapsibleGroupBox(self.tr("Columns"))
        self.columns_box.setToolTip(self.tr("Columns left empty are recognised by their names."))
        self.columns_box.setObjectName("EstColumnsBox")
        inner = QVBoxLayout(self.columns_box)
        inner.setContentsMargins(4, 4, 4, 4)
        inner.addWidget(self.columns)
        self.columns_box.setCollapsed(True)
        self.import_button = run_button(self.tr("Import"), "EstImportRun")
        self.import_button.clicked.connect(self.run_import)
        self.use_layer.toggled.connect(self._toggle_source)
        box = group(self.tr("Incidents"), [self.use_layer, self.layer, self.use_file, self.file,
                                           self.columns_box, self.import_button], "EstSourceBox")
        return box

    def _toggle_source(self) -> None:
        from_file = self.use_file.isChecked()
        self.layer.setEnabled(not from_file)
        for widget in (self.file, self.columns_box, self.import_button):
            widget.setEnabled(from_file)

    def set_file(self, path: str) -> None:
        """Choose a file to import: its columns are offered, the remembered mapping chosen."""
        self.file.blockSignals(True)
        self.file.setFilePath(path)
        self.file.blockSignals(False)
        self._file_chosen(path)

    def _file_chosen(self, path: str) -> None:
        self.use_file.setChecked(True)
        try:
            columns = read_header(path) if path else []
        except Exception as error:  # an unreadable file: say so, the import will say more
            self.dock.run_panel.status.setText(str(error))
            columns = []
        self.columns.set_columns(columns)
        settings.set_value("incidents/last_file", path)

    def run_import(self) -> None:
        """est:importincidents on the chosen file with the chosen columns."""
        path = self.file.filePath()
        if not path:
            self.dock.run_panel.status.setText(self.tr("Choose a file to import first."))
            return
        self.columns.remember()
        parameters = {"INPUT": path}
        parameters.update(self.columns.mapping())
        self.dock.run_step(IMPORT, parameters, self._imported)

    def _imported(self, run) -> None:
        incidents = [layer for layer in run.layers
                     if layer.type() == compat.VECTOR_LAYER and layer.geometryType() == compat.POINT]
        if incidents:
            self.use_layer.setChecked(True)
            self.layer.setLayer(incidents[0])
            self.dock.set_result("incidents", incidents[0])
            self.follow_data(incidents[0])

    def follow_data(self, layer) -> None:
        """An export that ends before the default week (last week): work on its last week instead,
        so that the group and the printed files are named after the week with the data. Only while
        the week is the untouched default."""
        if self.week.text().strip() != last_week():
            return
        index = layer.fields().indexOf("event_time")
        last = layer.maximumValue(index) if index >= 0 else None
        if last is None or not hasattr(last, "date") or not last.isValid():
            return
        day, today = last.date().toPyDate(), clock.today()
        default_monday = today - datetime.timedelta(days=7 + today.weekday())
        if day < default_monday:
            year, week, _ = day.isocalendar()
            self.week.setText("{}-W{:02d}".format(year, week))

    # --- period and conditions ----------------------------------------------------------------
    def _period_box(self):
        self.by_week = QRadioButton(self.tr("ISO week"))
        self.by_week.setObjectName("EstByWeek")
        self.by_period = QRadioButton(self.tr("Period"))
        self.by_period.setObjectName("EstByPeriod")
        use_period = settings.value("incidents/by_period", False, bool)
        (self.by_period if use_period else self.by_week).setChecked(True)
        self.by_period.toggled.connect(lambda v: settings.set_value("incidents/by_period", v))
        self.week = line(last_week(), "2026-W46", name="EstWeek")
        self.weeks_before = spin(0, 52, 0, name="EstWeeksBefore", key="incidents/weeks_before")
        self.weeks_before.setPrefix(self.tr("+ "))
        self.weeks_before.setSuffix(self.tr(" weeks before"))
        self.date_from, self.date_to = date_edit(-7, "EstDateFrom"), date_edit(-1, "EstDateTo")
        # each choice on its own line, its fields indented below it: fits the narrowest dock (340 px)
        grid = QVBoxLayout()
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(self.by_week)
        grid.addLayout(indented_row(self.week, self.weeks_before))
        grid.addWidget(self.by_period)
        grid.addLayout(indented_row(self.date_from, self.date_to))
        holder = QWidget()
        holder.setLayout(grid)
        for widget in (self.week, self.by_week, self.by_period):
            signal = widget.textChanged if widget is self.week else widget.toggled
            signal.connect(lambda *_: self.dock.update_group_label())
        self.date_from.dateChanged.connect(lambda *_: self.dock.update_group_label())
        self.date_to.dateChanged.connect(lambda *_: self.dock.update_group_label())
        return group(self.tr("When"), [holder], "EstPeriodBox")

    def _conditions_box(self):
        names = [self.tr("Mo"), self.tr("Tu"), self.tr("We"), self.tr("Th"), self.tr("Fr"),
                 self.tr("Sa"), self.tr("Su")]
        stored = settings.value("incidents/weekdays", "", str)
        chosen = {int(d) for d in stored.split(",") if d.strip().isdigit()}
        self.weekdays = []
        row = QGridLayout()  # Monday to Thursday, then Friday to Sunday: fits a narrow dock
        row.setContentsMargins(0, 0, 0, 0)
        row.setHorizontalSpacing(2)
        for index, name in enumerate(names):
            box = check(name, index in chosen, name="EstWeekday{}".format(index))
            box.toggled.connect(self._remember_weekdays)
            self.weekdays.append(box)
            row.addWidget(box, index // 4, index % 4)
        days = QWidget()
        days.setLayout(row)
        self.hours = line("", self.tr("e.g. 22-04, 08:30-10"), "incidents/hours", "EstHours")
        self.categories = QgsCheckableComboBox()
        self.categories.setObjectName("EstCategories")
        self.categories.setDefaultText(self.tr("all categories"))
        self.after_dark = check(self.tr("Only after dark"), False, "incidents/after_dark", "EstAfterDark")
        self.filter_note = note(name="EstFilterNote")
        return group(self.tr("Which incidents"), [
            (self.tr("Weekdays"), days), (self.tr("Hours"), self.hours),
            (self.tr("Categories"), self.categories), self.after_dark, self.filter_note],
            "EstConditionsBox")

    def _remember_weekdays(self) -> None:
        settings.set_value("incidents/weekdays", ",".join(str(i) for i, b in enumerate(self.weekdays)
                                                          if b.isChecked()))

    def _fill_categories(self, *_args) -> None:
        """The category values of the chosen layer (its 'category' field) as check items."""
        checked = set(self.categories.checkedItems())
        self.categories.clear()
        layer = self.layer.currentLayer()
        if layer is None or layer.fields().indexOf("category") < 0:
            return
        values = sorted(str(v) for v in layer.uniqueValues(layer.fields().indexOf("category")) if v)
        self.categories.addItems(values)
        self.categories.setCheckedItems([v for v in values if v in checked])

    def group_name(self) -> str:
        """'EST 2026-W46' (or the period) for the layer-tree group of this week's results."""
        if self.by_week.isChecked():
            week = self.week.text().strip()
            return "EST {}".format(week) if week else "EST"
        return "EST {} – {}".format(self.date_from.date().toString("yyyy-MM-dd"),
                                    self.date_to.date().toString("yyyy-MM-dd"))

    def filter_parameters(self) -> dict:
        """est:filterincidents parameters of the current choices."""
        parameters = {"INPUT": self.layer.currentLayer()}
        if self.by_week.isChecked():
            parameters["ISO_WEEK"] = self.week.text().strip()
            parameters["WEEKS_BEFORE"] = self.weeks_before.value()
        else:
            parameters["DATE_FROM"] = self.date_from.date().toString("yyyy-MM-dd")
            parameters["DATE_TO"] = self.date_to.date().toString("yyyy-MM-dd")
        days = [i for i, box in enumerate(self.weekdays) if box.isChecked()]
        if days and len(days) < 7:
            parameters["WEEKDAYS"] = days
        if self.hours.text().strip():
            parameters["HOURS"] = self.hours.text().strip()
        if self.categories.checkedItems():
            parameters["CATEGORIES"] = ",".join(self.categories.checkedItems())
        parameters["AFTER_DARK"] = self.after_dark.isChecked()
        return parameters

    def run_filter(self) -> None:
        """est:filterincidents on the chosen layer."""
        if self.layer.currentLayer() is None:
            self.dock.run_panel.status.setText(self.tr("Choose or import an incident layer first."))
            return
        self.dock.set_result("incidents", self.layer.currentLayer())
        self.dock.run_step(FILTER, self.filter_parameters(), self._filtered)

    def _filtered(self, run) -> None:
        if run.ok:
            self.filter_note.setText(self.tr("{0} incidents kept.").format(run.results.get("KEPT_COUNT", 0)))
            if run.layers:
                self.dock.set_result("filtered", run.layers[0])
