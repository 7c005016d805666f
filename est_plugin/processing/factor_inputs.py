"""The factor layers of est:situationalfactors as core objects in the analysis CRS.

Point layers (lamps, trees) are read as coordinate arrays through the fast point reader; lines and
polygons through frames.read_frame, only inside the box around the hotspots and incidents they can
reach. Every problem (empty layer, wrong geometry type, nothing near the hotspots, dropped or repaired
features) is logged with the layer's name; the measures then come out 0 or empty, never a crash.
"""

import re
from typing import List, Optional

import numpy as np
from qgis.core import QgsRectangle

from ..core.errors import InputError
from ..core.factors import Circles, OtherFactor, Shapes
from ..core.messages import text
from . import adapters, frames, points


def _log(feedback, code: str, **values) -> None:
    """A warning in the log (QGIS 3.16+ shows it highlighted)."""
    feedback.pushWarning(text(code, **values))


def check_type(source, role: str, expected: str) -> None:
    """Refuse a layer of another geometry type with a sentence naming it (a layer of mixed or
    unknown geometry passes: its features of the expected type are used, the others counted)."""
    kind = frames.geometry_type(source)
    if kind not in (expected, "none"):
        raise InputError(
            text(
                "factor_wrong_type",
                layer=source.sourceName(),
                role=text("role_" + role),
                kind=text("kind_" + kind),
                expected=text("kind_" + expected),
            )
        )


def circles(
    source,
    layer,
    field: str,
    default_radius: float,
    frame,
    feedback,
    role: str,
    box: Optional[QgsRectangle] = None,
) -> Optional[Circles]:
    """Points with a radius each (the field's value where positive, else the default).
    ``layer`` is the plain layer behind ``source`` (points.plain_layer) for the fast reader."""
    if source is None:
        return None
    check_type(source, role, "point")
    reader = points.PointInput(
        source, layer, field, adapters.crs_definition(source.sourceCrs()), frame.target_definition
    )
    xs, ys, rs = [], [], []
    for x, y, w in points.chunks(reader, feedback.isCanceled):
        keep = np.isfinite(x) & np.isfinite(y)
        xs.append(x[keep])
        ys.append(y[keep])
        radius = w[keep] if w is not None else np.full(int(keep.sum()), default_radius)
        rs.append(np.where(np.isfinite(radius) & (radius > 0), radius, default_radius))
    x, y, r = (np.concatenate(a) if a else np.empty(0) for a in (xs, ys, rs))
    found = Circles(x, y, r)
    if not len(x):
        _log(feedback, "factor_layer_empty", layer=source.sourceName(), role=text("role_" + role))
    elif box is not None and not len(
        found.near((box.xMinimum(), box.yMinimum(), box.xMaximum(), box.yMaximum()))
    ):
        _log(feedback, "factor_no_overlap", layer=source.sourceName(), role=text("role_" + role))
    feedback.pushInfo(text("factor_read", role=text("role_" + role), count=len(x), layer=source.sourceName()))
    return found


def shapes(
    source,
    frame,
    context,
    feedback,
    role: str,
    expected: str,
    box: Optional[QgsRectangle] = None,
    expression: str = "",
) -> Optional[Shapes]:
    """Lines or polygons (only those of the expected type, inside ``box`` when given).

    The layer's declared type is not trusted alone: a GeoPackage table of mixed geometries (an
    OpenStreetMap export) declares the type of its first feature. Its features of the expected type
    are used and the others counted; only a layer with none of them is refused."""
    if source is None:
        return None
    layer = frames.read_frame(
        source, frame.target_crs, context, expression=expression, feedback=feedback, wanted=expected, box=box
    )
    if layer.other_type and not len(layer.frame):
        raise InputError(
            text(
                "factor_wrong_type",
                layer=layer.name,
                role=text("role_" + role),
                kind=text("kind_" + frames.geometry_type(source)),
                expected=text("kind_" + expected),
            )
        )
    if layer.without_geometry or layer.other_type or layer.repaired:
        _log(
            feedback,
            "factor_dropped",
            layer=layer.name,
            role=text("role_" + role),
            without=layer.without_geometry,
            other=layer.other_type,
            repaired=layer.repaired,
        )
    if layer.read == 0 and source.featureCount() == 0:
        _log(feedback, "factor_layer_empty", layer=layer.name, role=text("role_" + role))
    elif not len(layer.frame):
        _log(feedback, "factor_no_overlap", layer=layer.name, role=text("role_" + role))
    feedback.pushInfo(
        text("factor_read", role=text("role_" + role), count=len(layer.frame), layer=layer.name)
    )
    return Shapes.of(list(layer.frame.geometry), layer.bounds)


def others(
    layers: List,
    frame,
    context,
    feedback,
    distances: dict,
    default: float,
    box: Optional[QgsRectangle] = None,
) -> List[OtherFactor]:
    """The other factor layers (QgsVectorLayer), each with a field-name-safe name and its distance."""
    from qgis.core import QgsProcessingFeatureSource

    result, used = [], set()
    for vector in layers:
        source = QgsProcessingFeatureSource(vector, context, False)
        layer = frames.read_frame(
            source, frame.target_crs, context, feedback=feedback, box=box, name=frames.layer_name(vector)
        )
        name = safe_name(layer.name, used)
        if not len(layer.frame):
            _log(feedback, "factor_layer_empty", layer=layer.name, role=text("role_other"))
        distance = distances.get(layer.name.lower(), distances.get(name, default))
        result.append(OtherFactor(name, Shapes.of(list(layer.frame.geometry), layer.bounds), float(distance)))
    return result


def safe_name(name: str, used: set) -> str:
    """A short lower-case field prefix from a layer name, unique among ``used``."""
    base = re.sub(r"[^0-9a-z]+", "_", name.lower().replace("å", "a").replace("ä", "a").replace("ö", "o"))
    base = base.strip("_")[:20] or "factor"
    if base[0].isdigit():
        base = "f_" + base
    candidate, number = base, 2
    while candidate in used:
        candidate, number = "{}_{}".format(base, number), number + 1
    used.add(candidate)
    return candidate


def parse_distances(value: str) -> dict:
    """'bus stops=30; bars=100' -> {'bus stops': 30.0, 'bars': 100.0} (names in lower case)."""
    result = {}
    for part in re.split(r"[;\n]", value or ""):
        if not part.strip():
            continue
        name, sep, metres = part.rpartition("=")
        try:
            result[name.strip().lower()] = float(metres.replace(",", "."))
        except ValueError:
            raise InputError(text("factor_bad_distance", value=part.strip())) from None
        if not sep or not name.strip():
            raise InputError(text("factor_bad_distance", value=part.strip()))
    return result
