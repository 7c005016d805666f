"""The runtime code keeps to what PyQt5 (QGIS 3) and PyQt6 (QGIS 4) both accept.

The patterns are the ones QGIS's own migration script (scripts/pyqt5_to_pyqt6/pyqt5_to_pyqt6.py in
the QGIS source) rewrites or warns about: unscoped enums (``Qt.AlignLeft`` for
``Qt.AlignmentFlag.AlignLeft``, ``QgsWkbTypes.PointGeometry``), ``QVariant`` field types, ``exec_()``,
PyQt5 imports, QRegExp, QDesktopWidget, ``QFontMetrics.width()``, compiled resources, ``qApp``,
``activated[str]``; and layer/geometry types compared with plain numbers (a Qt6 enum is not 0).
Only est_plugin/compat.py, where the QGIS versions are told apart, may name ``QVariant``.

The check reads the code (AST), so strings and comments do not count. Qt is not imported.
"""
import ast
import re
from pathlib import Path
from typing import Dict, List, Optional, Set, Tuple

import pytest

ROOT = Path(__file__).resolve().parents[2]

# Folders left out of the scan (none: est_plugin/layout/, ported in the print-layout rewrite, is in).
EXCLUDED: Tuple[str, ...] = ()
QVARIANT_ALLOWED = {"est_plugin/compat.py"}

# Qt modules (QtCore.Qt is a module attribute, not an enum member).
_MODULE = re.compile(r"^(Qt[A-Z]\w*|Qsci|QtWebKit\w*)$")
# Names whose upper-case attributes are enum members or enum types: Qt, Qgis, Q*/Qgs* classes.
_OWNER = re.compile(r"^(Qt|Qgis|Qgs\w+|Q[A-Z]\w*)$")
# Names that are enums themselves (QGIS 3.22's module-level QgsMapLayerType.VectorLayer is scoped).
ENUM_OWNERS = {"QgsMapLayerType"}
_CONSTANT = re.compile(r"^[A-Z][A-Z0-9_]*$")
# Enum *types* and nested classes that may stand alone (Class.Type, getattr(QMetaType.Type, name)).
ENUM_TYPES = {
    "Type", "Types", "Flag", "Flags", "AlignmentFlag", "Orientation", "ItemDataRole", "ItemFlag",
    "GlobalColor", "CheckState", "WindowType", "Key", "KeyboardModifier", "MouseButton", "PenStyle",
    "BrushStyle", "Policy", "StandardButton", "StandardPixmap", "GeometryType", "WkbType", "LayerType",
    "LayerFilter", "LayerFilters", "DistanceUnit", "RenderUnit", "LayoutUnit", "LabelPlacement",
    "RasterBandStatistic", "Stats", "Statistic", "Filter", "Filters", "SourceType", "DataType",
    "ColorRampItem", "Weight", "Shape", "Style", "Side", "Placement", "Format", "Mode", "Option",
    "Options", "Capability", "Capabilities", "ResizeMode", "ExportResult", "ContentMode",
}
# Upper-case-only names that are enum members, not constants (QgsVertexMarker.ICON_CROSS ...).
CAPS_MEMBERS = {"ICON_NONE", "ICON_CROSS", "ICON_X", "ICON_BOX", "ICON_CIRCLE", "ICON_DOUBLE_TRIANGLE",
                "ICON_TRIANGLE", "ICON_RHOMBUS", "ICON_INVERTED_TRIANGLE", "WKT1_GDAL", "WKT1_ESRI",
                "WKT2_2015", "WKT2_2019", "WKT_PREFERRED", "WKT_PREFERRED_GDAL", "WKT_PREFERRED_SIMPLIFIED"}
_TYPE_CALLS = {"geometryType", "wkbType", "type", "flatType"}
# setters whose argument is an enum (setSizeAdjustPolicy, setCheckState, setAlignment ...)
_ENUM_SETTER = re.compile(r"^set\w*(Type|Mode|Policy|Flag|Flags|Alignment|State|Unit|Units|Style|Placement|"
                          r"Orientation|Role|Shape|Position|Filter|Filters|Hint|Format|Method|Side)$")
_REMOVED = {
    "QRegExp": "QRegExp is removed in Qt6: QRegularExpression",
    "QDesktopWidget": "QDesktopWidget is removed in Qt6: QScreen (QGuiApplication.screens())",
    "qApp": "qApp is removed in Qt6: QApplication.instance()",
}


def problems(source: str, name: str, qvariant_allowed: bool = False) -> List[str]:
    """'name:line: what' for every Qt5-only pattern in ``source`` (Python code)."""
    tree = ast.parse(source, filename=name)
    parents: Dict[ast.AST, ast.AST] = {}
    for parent in ast.walk(tree):
        for child in ast.iter_child_nodes(parent):
            parents[child] = parent
    scoped_types = _scoped_types(tree)
    font_metrics = _font_metrics_names(tree)
    found = []

    def report(node: ast.AST, message: str) -> None:
        found.append("{}:{}: {}".format(name, node.lineno, message))

    for node in ast.walk(tree):
        if isinstance(node, ast.Attribute):
            message = _attribute_problem(node, parents.get(node), scoped_types, font_metrics,
                                         qvariant_allowed)
            if message:
                report(node, message)
        elif isinstance(node, ast.Name):
            if node.id in _REMOVED:
                report(node, _REMOVED[node.id])
            elif node.id == "QVariant" and not qvariant_allowed and not _is_attribute_base(node, parents):
                report(node, "QVariant outside est_plugin/compat.py (compat.field/is_null/plain_value)")
        elif isinstance(node, (ast.Import, ast.ImportFrom)):
            for message in _import_problems(node, qvariant_allowed):
                report(node, message)
        elif isinstance(node, ast.FunctionDef) and node.name == "exec_":
            report(node, "def exec_: exec() in Qt6")
        elif isinstance(node, ast.Compare):
            message = _int_comparison(node)
            if message:
                report(node, message)
        elif isinstance(node, ast.Subscript) and isinstance(node.value, ast.Attribute) \
                and node.value.attr == "activated" and isinstance(node.slice, ast.Name) \
                and node.slice.id == "str":
            report(node, "activated[str] is removed in Qt6: textActivated")
        elif isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) \
                and node.func.attr == "desktop" and not node.args:
            report(node, "QApplication.desktop() (QDesktopWidget) is removed in Qt6")
        elif isinstance(node, ast.Call) and _number_for_enum(node):
            report(node, "{}() given a number: a Qt6 enum argument takes the enum member".format(
                node.func.attr))
    return sorted(set(found), key=lambda line: int(line.split(":", 2)[1]))


def _is_attribute_base(node: ast.Name, parents) -> bool:
    parent = parents.get(node)
    return isinstance(parent, ast.Attribute) and parent.value is node


def _scoped_types(tree: ast.AST) -> Set[str]:
    """Second parts of Owner.Enum.Member chains: those names are enum types, fine on their own."""
    types = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Attribute) \
                and isinstance(node.value.value, ast.Name) and _OWNER.match(node.value.value.id):
            types.add(node.value.attr)
    return types


def _font_metrics_names(tree: ast.AST) -> Set[str]:
    """Names bound to a QFontMetrics: name = QFontMetrics(...) / widget.fontMetrics()."""
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Assign) and _is_font_metrics(node.value):
            names.update(target.id for target in node.targets if isinstance(target, ast.Name))
    return names


def _is_font_metrics(node: Optional[ast.AST]) -> bool:
    if not isinstance(node, ast.Call):
        return False
    func = node.func
    return (isinstance(func, ast.Name) and func.id in ("QFontMetrics", "QFontMetricsF")) or \
        (isinstance(func, ast.Attribute) and func.attr == "fontMetrics")


def _attribute_problem(node: ast.Attribute, parent, scoped_types, font_metrics, qvariant_allowed):
    if node.attr == "exec_":
        return "exec_() is exec() in Qt6"
    if node.attr == "width" and isinstance(parent, ast.Call) and parent.func is node and \
            (_is_font_metrics(node.value)
             or (isinstance(node.value, ast.Name) and node.value.id in font_metrics)):
        return "QFontMetrics.width() is removed in Qt6: horizontalAdvance()"
    if not isinstance(node.value, ast.Name):
        return None
    owner = node.value.id
    if owner == "QVariant":
        return None if qvariant_allowed else \
            "QVariant.{} outside est_plugin/compat.py (compat.FieldType / compat.field)".format(node.attr)
    if _MODULE.match(owner) or not _OWNER.match(owner) or owner in ENUM_OWNERS \
            or not node.attr[:1].isupper():
        return None
    if isinstance(parent, ast.Attribute) and parent.value is node:
        return None  # Owner.Enum.Member: scoped
    if isinstance(parent, ast.Call) and parent.func is node:
        return None  # a nested class or enum type called: Owner.Nested(...)
    if node.attr in ENUM_TYPES or node.attr in scoped_types:
        return None
    if _CONSTANT.match(node.attr) and node.attr not in CAPS_MEMBERS:
        return None  # a class constant (QgsProcessing.TEMPORARY_OUTPUT)
    return "unscoped enum {}.{}: write {}.<Enum>.{}".format(owner, node.attr, owner, node.attr)


def _import_problems(node, qvariant_allowed: bool) -> List[str]:
    messages = []
    if isinstance(node, ast.ImportFrom):
        modules = [node.module or ""]
    else:
        modules = [alias.name for alias in node.names]
    for module in modules:
        if module == "PyQt5" or module.startswith("PyQt5."):
            messages.append("import from {}: use qgis.PyQt".format(module))
        if module == "qgis.PyQt.Qt":
            messages.append("qgis.PyQt.Qt is gone in Qt6: import Qt from qgis.PyQt.QtCore")
    for alias in node.names:
        if alias.name in _REMOVED:
            messages.append(_REMOVED[alias.name])
        if alias.name == "resources_rc" or alias.name.endswith(".resources_rc"):
            messages.append("compiled resources (resources_rc) are removed in Qt6: load files by path")
        if alias.name == "QVariant" and not qvariant_allowed:
            messages.append("QVariant imported outside est_plugin/compat.py")
    return messages


def _is_int(node) -> bool:
    return isinstance(node, ast.Constant) and type(node.value) is int


def _number_for_enum(node: ast.Call) -> bool:
    if not isinstance(node.func, ast.Attribute):
        return False
    if node.func.attr == "addItemWithCheckState":  # (text, Qt.CheckState, data)
        return len(node.args) > 1 and _is_int(node.args[1])
    return bool(_ENUM_SETTER.match(node.func.attr)) and any(_is_int(arg) for arg in node.args)


def _int_comparison(node: ast.Compare) -> Optional[str]:
    operands = [node.left] + list(node.comparators)
    calls = [op for op in operands if isinstance(op, ast.Call) and isinstance(op.func, ast.Attribute)
             and op.func.attr in _TYPE_CALLS and not op.args]
    if not calls:
        return None
    for operand in operands:
        values = operand.elts if isinstance(operand, (ast.Tuple, ast.List, ast.Set)) else [operand]
        if any(isinstance(v, ast.Constant) and type(v.value) is int for v in values):
            return "{}() compared with a number: compare with the enum (compat.POINT, ...)".format(
                calls[0].func.attr)
    return None


def scanned_files() -> List[Path]:
    files = [ROOT / "__init__.py"]
    for folder in ("est_plugin", "scripts"):
        files += sorted((ROOT / folder).rglob("*.py"))
    return [path for path in files if not (EXCLUDED and _relative(path).startswith(EXCLUDED))]


def _relative(path: Path) -> str:
    return path.relative_to(ROOT).as_posix()


def scan(files) -> List[str]:
    found = []
    for path in files:
        relative = _relative(path)
        found += problems(path.read_text(encoding="utf-8"), relative, relative in QVARIANT_ALLOWED)
    return found


def test_runtime_code_and_scripts_run_on_qt5_and_qt6():
    files = scanned_files()
    assert len(files) > 50
    found = scan(files)
    assert not found, "Qt5-only code (see tests/unit/test_qt6_patterns.py):\n" + "\n".join(found)


BAD = '''\
from PyQt5.QtCore import QRegExp
from qgis.PyQt.QtCore import Qt, QVariant
from qgis.core import QgsField, QgsPalLayerSettings, QgsUnitTypes, QgsWkbTypes
from . import resources_rc
label.setAlignment(Qt.AlignLeft)
field = QgsField("n", QVariant.Int)
if layer.geometryType() == QgsWkbTypes.PointGeometry:
    pass
dialog.exec_()
settings.placement = QgsPalLayerSettings.OverPoint
unit = QgsUnitTypes.DistanceMeters
width = widget.fontMetrics().width("text")
metrics = QFontMetrics(font)
height = metrics.width("x")
screen = QApplication.desktop()
if layer.geometryType() == 0 or layer.type() in (0, 1):
    pass
policy = QSizePolicy.Preferred
combo.activated[str].connect(slot)
value = QVariant()
combo.addItemWithCheckState("layer", 0, layer_id)
combo.setSizeAdjustPolicy(2)
'''
BAD_LINES = {1: "PyQt5", 4: "resources_rc", 5: "Qt.AlignLeft", 6: "QVariant.Int",
             7: "QgsWkbTypes.PointGeometry", 9: "exec_", 10: "QgsPalLayerSettings.OverPoint",
             11: "QgsUnitTypes.DistanceMeters",
             12: "QFontMetrics.width", 14: "QFontMetrics.width", 15: "desktop", 16: "compared with a number",
             18: "QSizePolicy.Preferred", 19: "activated[str]", 20: "QVariant outside",
             21: "addItemWithCheckState() given a number", 22: "setSizeAdjustPolicy() given a number"}

GOOD = '''\
from qgis.PyQt.QtCore import QRegularExpression, Qt
from qgis.core import QgsProcessing, QgsWkbTypes
from est_plugin import compat
label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
field = compat.field("n", "int")
if layer.geometryType() == compat.POINT and QgsWkbTypes.flatType(layer.wkbType()) == compat.WkbType.Point:
    dialog.exec()
output = QgsProcessing.TEMPORARY_OUTPUT
item = QgsColorRampShader.ColorRampItem(0.0, colour, "0")
width = widget.fontMetrics().horizontalAdvance("text")
flags = Qt.ItemFlag(0)
role_type = Qt.ItemDataRole
text = "Qt.AlignLeft and QVariant.Int in a string do not count"  # nor exec_() in a comment
count = layer.featureCount() == 0
combo.addItemWithCheckState("layer", Qt.CheckState.Unchecked, layer_id)
spin.setDecimals(2)
combo.setMinimumContentsLength(12)
'''


def test_checker_finds_each_qt5_pattern():
    found = problems(BAD, "bad.py")
    for line, what in BAD_LINES.items():
        assert any(f.startswith("bad.py:{}:".format(line)) and what in f for f in found), (line, what, found)
    assert "QRegExp" in " ".join(f for f in found if f.startswith("bad.py:1:"))
    assert not [f for f in found if f.startswith(("bad.py:8:", "bad.py:13:", "bad.py:17:"))]


def test_checker_accepts_the_qt6_forms():
    assert problems(GOOD, "good.py") == []


def test_only_compat_may_name_qvariant():
    source = "from qgis.PyQt.QtCore import QVariant\nkind = QVariant.Int\n"
    assert problems(source, "est_plugin/compat.py", qvariant_allowed=True) == []
    assert len(problems(source, "est_plugin/processing/x.py")) == 2


@pytest.mark.parametrize("key, value", [("qgisMinimumVersion", "3.22"), ("qgisMaximumVersion", "4.99"),
                                        ("supportsQt6", "True")])
def test_metadata_declares_qgis_3_22_to_4(key, value):
    import configparser

    parser = configparser.ConfigParser(interpolation=None)
    parser.read(ROOT / "metadata.txt", encoding="utf-8")
    assert parser["general"][key] == value
