"""The column mapping of an incident file: which column holds what, remembered per file layout."""
from pathlib import Path
from typing import Dict, List

from qgis.core import QgsCoordinateReferenceSystem
from qgis.gui import QgsProjectionSelectionWidget
from qgis.PyQt.QtWidgets import QComboBox, QFormLayout, QWidget

from .. import settings

# est:importincidents parameters, in the order shown.
ROLES = ("X_FIELD", "Y_FIELD", "DATETIME_FIELD", "DATE_FIELD", "TIME_FIELD", "YEAR_FIELD",
         "MONTH_FIELD", "DAY_FIELD", "HOUR_FIELD", "MINUTE_FIELD", "CATEGORY_FIELD")


def read_header(path: str) -> List[str]:
    """The column names of a CSV/TXT/TSV or XLSX file (the first row), as the import names them."""
    from ...core import tables

    suffix = Path(path).suffix.lower()
    if suffix in tables.EXCEL_SUFFIXES:
        return list(tables.read_table(path).frame.columns)
    import csv
    import gzip

    compressed = path.lower().endswith(".gz")
    if compressed:
        suffix = Path(path[:-3]).suffix.lower()
    with (gzip.open(path, "rb") if compressed else open(path, "rb")) as handle:
        raw = handle.read(65536)
    if b"\n" in raw:  # whole lines only: a cut multi-byte character would change the encoding
        raw = raw[:raw.rfind(b"\n") + 1]
    text, _encoding = tables.decode(raw)
    first = text.splitlines()[0] if text.strip() else ""
    delimiter = tables.sniff_delimiter(text, suffix)
    names = next(csv.reader([first], delimiter=delimiter), [])
    return tables.unique_names([n.strip() for n in names])


class ColumnMapping(QWidget):
    """One combo per role (empty = recognised by name at import) and the CRS of X/Y; the last
    choice for a file layout (its header) comes back when a file with the same columns is chosen."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.columns: List[str] = []
        self.combos: Dict[str, QComboBox] = {}
        labels = {"X_FIELD": self.tr("X or longitude"), "Y_FIELD": self.tr("Y or latitude"),
                  "DATETIME_FIELD": self.tr("Date and time"), "DATE_FIELD": self.tr("Date"),
                  "TIME_FIELD": self.tr("Time of day"), "YEAR_FIELD": self.tr("Year"),
                  "MONTH_FIELD": self.tr("Month"), "DAY_FIELD": self.tr("Day"),
                  "HOUR_FIELD": self.tr("Hour"), "MINUTE_FIELD": self.tr("Minute"),
                  "CATEGORY_FIELD": self.tr("Category")}
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        for role in ROLES:
            combo = QComboBox()
            combo.setObjectName("EstColumn_" + role)
            # (AdjustToMinimumContentsLength is gone in Qt6)
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(10)
            self.combos[role] = combo
            form.addRow(labels[role], combo)
        self.crs = QgsProjectionSelectionWidget()
        self.crs.setObjectName("EstSourceCrs")
        self.crs.setOptionVisible(QgsProjectionSelectionWidget.CrsOption.CrsNotSet, True)
        self.crs.setNotSetText(self.tr("longitude/latitude or the layer's"))
        form.addRow(self.tr("CRS of X/Y"), self.crs)
        self.set_columns([])

    def set_columns(self, columns: List[str]) -> None:
        """Offer these columns; pre-select the mapping remembered for them."""
        self.columns = list(columns)
        remembered = settings.column_mapping(self.columns) if self.columns else {}
        for role, combo in self.combos.items():
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(self.tr("(recognise by name)"), "")
            for name in self.columns:
                combo.addItem(name, name)
            index = combo.findData(remembered.get(role, ""))
            combo.setCurrentIndex(max(index, 0))
            combo.blockSignals(False)
        self.set_crs(remembered.get("SOURCE_CRS", ""))

    def set_crs(self, authid: str) -> None:
        """The CRS of the X/Y columns ('' = not set: recognised or longitude/latitude)."""
        crs = QgsCoordinateReferenceSystem(authid) if authid else QgsCoordinateReferenceSystem()
        if crs.isValid():
            self.crs.setCrs(crs)
        else:
            self.crs.setCrs(QgsCoordinateReferenceSystem())

    def mapping(self) -> Dict[str, str]:
        """Parameter name -> chosen column (chosen roles only) and SOURCE_CRS when set."""
        chosen = {role: combo.currentData() for role, combo in self.combos.items() if combo.currentData()}
        if self.crs.crs().isValid():
            chosen["SOURCE_CRS"] = self.crs.crs().authid()
        return chosen

    def set_mapping(self, mapping: Dict[str, str]) -> None:
        """Choose these columns (others back to recognition)."""
        for role, combo in self.combos.items():
            combo.setCurrentIndex(max(combo.findData(mapping.get(role, "")), 0))
        self.set_crs(mapping.get("SOURCE_CRS", ""))

    def remember(self) -> None:
        """Store the current choice for this file layout."""
        if self.columns:
            settings.remember_column_mapping(self.columns, self.mapping())
