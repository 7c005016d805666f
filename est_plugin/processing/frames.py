"""Any QGIS vector layer as a GeoDataFrame in the analysis CRS, for the factor algorithms.

Features are reprojected by QGIS while they are read (``setDestinationCrs``), their geometries leave as
WKB and become shapely geometries in one ``GeoSeries.from_wkb`` call. Invalid polygons are repaired
with ``buffer(0)`` on the invalid ones only, and counted, so nothing is mixed or lost silently.
"""

from dataclasses import dataclass
from typing import Optional, Sequence

import geopandas as gpd
import numpy as np
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsFeatureRequest,
    QgsProject,
    QgsRectangle,
    QgsWkbTypes,
)

from .. import compat
from . import shapes
from .adapters import crs_definition


@dataclass
class LayerFrame:
    """The features of a layer: geometries in the target CRS, the asked fields, what was dropped."""

    frame: gpd.GeoDataFrame
    name: str
    geometry_type: str  # "point", "line" or "polygon"
    read: int  # features read
    without_geometry: int  # features with no or an empty geometry (left out)
    other_type: int  # features of another geometry type than the one asked for (left out)
    bounds: np.ndarray  # (n, 4) west, south, east, north of each geometry of ``frame``
    repaired: int  # invalid geometries repaired with buffer(0)


def geometry_type(source) -> str:
    """'point', 'line', 'polygon' (or 'none') of a feature source."""
    kind = QgsWkbTypes.geometryType(source.wkbType())
    return {
        compat.POINT: "point",
        compat.LINE: "line",
        compat.POLYGON: "polygon",
    }.get(kind, "none")


def read_frame(
    source,
    crs: QgsCoordinateReferenceSystem,
    context,
    fields: Sequence[str] = (),
    expression: str = "",
    feedback=None,
    name: str = "",
    wanted: str = "",
    box: Optional[QgsRectangle] = None,
) -> LayerFrame:
    """The features of ``source`` (optionally only where ``expression`` is true) in ``crs``.

    ``wanted`` ('point', 'line', 'polygon') keeps only geometries of that type: a layer of mixed
    geometries (an OpenStreetMap export) gives its polygons to a vegetation measure, for example.
    ``box`` (in ``crs``) keeps only the features whose bounding box meets it.
    """
    project = context.project() or QgsProject.instance()
    request = QgsFeatureRequest()
    request.setDestinationCrs(crs, project.transformContext())
    if box is not None:  # in the destination CRS: QGIS transforms it back to the layer's
        request.setFilterRect(box)
    if expression:
        request.setFilterExpression(expression)
        request.setExpressionContext(context.expressionContext())
    field_names = [f for f in fields if f]
    if field_names:  # QGIS adds the fields an expression filter needs
        request.setSubsetOfAttributes(field_names, source.fields())
    elif not expression:
        request.setNoAttributes()
    indexes = [source.fields().lookupField(f) for f in field_names]
    wanted_type = {
        "point": compat.POINT,
        "line": compat.LINE,
        "polygon": compat.POLYGON,
    }.get(wanted)
    wkbs, rows, boxes, read, other = [], [], [], 0, 0
    for feature in shapes.features(source, request):
        read += 1
        if feedback is not None and read % 10000 == 0 and feedback.isCanceled():
            break
        geometry = feature.geometry()
        if geometry.isNull() or geometry.isEmpty():
            continue
        if wanted_type is not None and geometry.type() != wanted_type:
            other += 1
            continue
        wkbs.append(bytes(geometry.asWkb()))
        box_ = geometry.boundingBox()  # computed by QGIS in C++, far cheaper than shapely's bounds
        boxes.append((box_.xMinimum(), box_.yMinimum(), box_.xMaximum(), box_.yMaximum()))
        if indexes:
            attributes = feature.attributes()
            rows.append([compat.plain_value(attributes[i]) for i in indexes])
    geometries = gpd.GeoSeries.from_wkb(wkbs, crs=crs_definition(crs))
    frame = gpd.GeoDataFrame(
        {f: [row[k] for row in rows] for k, f in enumerate(field_names)} if indexes else {},
        geometry=geometries.values,
        crs=geometries.crs,
    )
    frame, repaired, kept = _repaired(frame)
    bounds = np.array(boxes, float).reshape(-1, 4)[kept]
    kind = wanted or geometry_type(source)
    return LayerFrame(
        frame, name or source.sourceName(), kind, read, read - len(wkbs) - other, other, bounds, repaired
    )


def _repaired(frame: gpd.GeoDataFrame):
    """The frame with invalid geometries mended by buffer(0), how many were, and which rows are kept
    (a geometry that mends to nothing is dropped)."""
    kept = np.ones(len(frame), bool)
    if frame.empty:
        return frame, 0, kept
    invalid = ~frame.geometry.is_valid.to_numpy()
    count = int(invalid.sum())
    if count:
        frame = frame.copy()
        mended = frame.geometry[invalid].buffer(0)
        frame.loc[invalid, frame.geometry.name] = mended
        kept = ~frame.geometry.is_empty.to_numpy()
        frame = frame[kept].reset_index(drop=True)
    return frame, count, kept


def layer_name(layer) -> str:
    """A layer's name, or the table's name when the layer is named after its file (a GeoPackage
    path with |layername=... loaded by Processing)."""
    from pathlib import Path

    from qgis.core import QgsProviderRegistry

    parts = QgsProviderRegistry.instance().decodeUri(layer.providerType(), layer.source())
    path, table = parts.get("path") or "", parts.get("layerName") or ""
    if table and layer.name() in (Path(path).stem, Path(path).name, ""):
        return table
    return layer.name()
