"""est:situationalfactors: hotspots and incidents in, measures computed by the core, layers out."""

from dataclasses import dataclass
from typing import Optional

import numpy as np
import pandas as pd
from qgis.core import (
    QgsFeature,
    QgsFeatureRequest,
    QgsFeatureSink,
    QgsField,
    QgsFields,
    QgsGeometry,
    QgsProcessingException,
    QgsProject,
    QgsRectangle,
)

from .. import compat
from ..core import crs as core_crs
from ..core import filtering, measures, timeparse
from ..core.accuracy import points_in_polygons
from ..core.factors import hotspot_measures
from ..core.messages import text
from . import adapters, points, shapes
from .table_sink import attribute_value

LIGHTING_COLUMNS = ("lit_share", "lamps_per_ha", "lit_path_share", "largest_unlit_gap_m")
INCIDENT_FLAGS = (
    ("is_lit", "int"),
    ("in_vegetation", "int"),
    ("after_dark", "int"),
    ("hotspot_fid", "long"),
)
TEXT_COLUMNS = ("suggested_measures", "suggested_measures_en", "measure_codes")
BATCH = 5000


@dataclass
class Events:
    """The incidents with a position: their fids, coordinates (analysis CRS) and times."""

    fids: np.ndarray
    x: np.ndarray
    y: np.ndarray
    table: pd.DataFrame
    crs: str  # pyproj definition of the analysis CRS


def read_incidents(algorithm, parameters, source, frame, context, feedback) -> Events:
    """The incidents' positions in the analysis CRS and their event_time/time_known columns."""
    reader = points.PointInput(
        source,
        points.plain_layer(algorithm, parameters, "INCIDENTS", context),
        "",
        adapters.crs_definition(source.sourceCrs()),
        frame.target_definition,
    )
    wanted = [n for n in ("event_time", "time_known") if n in source.fields().names()]
    fids, x, y, table = points.read_points_table(reader, wanted, feedback)
    return Events(np.asarray(fids, np.int64), x, y, table, frame.target_definition)


def reach_box(polygons, events: Optional[Events], reach: float) -> QgsRectangle:
    """The box around the hotspots and incidents, grown by ``reach`` metres."""
    bounds = np.array([p.bounds for p in polygons], float)
    west, south = bounds[:, 0].min(), bounds[:, 1].min()
    east, north = bounds[:, 2].max(), bounds[:, 3].max()
    if events is not None and len(events.x):
        west, south = min(west, events.x.min()), min(south, events.y.min())
        east, north = max(east, events.x.max()), max(north, events.y.max())
    return QgsRectangle(west - reach, south - reach, east + reach, north + reach)


def coverage(source, frame, context):
    """The union of the LIGHTING_AREA polygons in the analysis CRS (None without the layer)."""
    if source is None:
        return None
    found, _values = shapes.polygons(source, frame.target_crs, context)
    return shapes.union(found)


def measure(polygons, layers, events: Optional[Events], area, zone: str, feedback):
    """The measures table (a row per hotspot) and the incident flags (None without incidents)."""

    def progress(done, total):
        feedback.setProgress(30 + 50 * done / total)
        return not feedback.isCanceled()

    table = hotspot_measures(polygons, layers, progress)
    outside = np.zeros(len(polygons), bool)
    if area is not None and layers.has_lighting:
        outside = np.array([not area.covers(p.representative_point()) for p in polygons])
        for column in LIGHTING_COLUMNS:
            if column in table:
                table[column] = table[column].astype(object).where(~outside, None)
        if outside.any():
            feedback.pushInfo(text("factor_outside_coverage", count=int(outside.sum())))
    if events is None:
        for column in ("incident_count", "after_dark_share", "dark_unlit_incident_share"):
            table[column] = None
        return table, None
    dark = _after_dark(events, zone, feedback)
    flags = measures.incident_flags(events.x, events.y, layers, dark)
    if area is not None and layers.has_lighting:
        covered = points_in_polygons(events.x, events.y, list(getattr(area, "geoms", [area]))) >= 0
        flags["is_lit"] = flags["is_lit"].astype(object).where(covered, None)
    where = points_in_polygons(events.x, events.y, polygons)
    flags["hotspot"] = where
    return pd.concat([table, measures.hotspot_incidents(where, flags, len(polygons))], axis=1), flags


def _after_dark(events: Events, zone: str, feedback) -> Optional[np.ndarray]:
    if "event_time" not in events.table.columns or not len(events.x):
        return None
    times, known = timeparse.known_times(events.table["event_time"], events.table.get("time_known"))
    lon, lat = core_crs.to_lonlat(events.x, events.y, events.crs)
    zone, note = filtering.resolve_time_zone(zone, lon, lat)
    if note:
        feedback.pushInfo(note)
    return filtering.after_dark(times, known, lon, lat, zone)


def rounded(table: pd.DataFrame) -> pd.DataFrame:
    """Readable numbers: shares to 6 decimals, metres to 2, per hectare to 3 (areas to 6)."""
    table = table.copy()
    for column in table.columns:
        decimals = (
            3
            if column.endswith("_per_ha")
            else 6
            if column.endswith(("_share", "_ha"))
            else 2
            if column.endswith("_m")
            else None
        )
        if decimals is not None:
            values = pd.to_numeric(table[column], errors="coerce").round(decimals)
            table[column] = values.astype(object).where(values.notna(), None)
    return table


def add_suggestions(table: pd.DataFrame, rules, others) -> pd.DataFrame:
    """The table with suggested_measures (Swedish), suggested_measures_en and measure_codes."""
    fired = [measures.fired_rules(row, rules, others) for _, row in table.iterrows()]
    table = table.copy()
    table["suggested_measures"] = [measures.suggestions(f, "sv") for f in fired]
    table["suggested_measures_en"] = [measures.suggestions(f, "en") for f in fired]
    table["measure_codes"] = [measures.measure_codes(f) for f in fired]
    return table


def log_summary(table: pd.DataFrame, feedback) -> None:
    """One line: how many hotspots got suggestions, the median lit and vegetation shares."""

    def median(column):
        values = pd.to_numeric(table[column], errors="coerce") if column in table else pd.Series(dtype=float)
        return "{:.0f} %".format(100 * values.median()) if values.notna().any() else "-"

    feedback.pushInfo(
        text(
            "factor_summary",
            hotspots=len(table),
            suggested=int((table["measure_codes"] != "").sum()),
            lit=median("lit_share"),
            green=median("vegetation_share"),
        )
    )


def _kind(values: pd.Series) -> int:
    if values.name in TEXT_COLUMNS:
        return "str"
    if values.name.endswith("_count") or values.name == "incident_count":
        return "int"
    return "float"


def write_hotspots(algorithm, parameters, context, source, frame, fids, table: pd.DataFrame) -> str:
    """The hotspots (in the analysis CRS) with their own fields and the measures."""
    measure_names = list(table.columns)
    taken = {name.lower() for name in measure_names}
    fields, keep = QgsFields(), []
    for index, field in enumerate(source.fields()):
        if field.name().lower() not in taken:
            fields.append(QgsField(field))
            keep.append(index)
    for name in measure_names:
        fields.append(compat.field(name, _kind(table[name])))
    sink, dest = algorithm.parameterAsSink(
        parameters, "OUTPUT", context, fields, compat.WkbType.MultiPolygon, frame.target_crs
    )
    if sink is None:
        raise QgsProcessingException(algorithm.invalidSinkError(parameters, "OUTPUT"))
    rows = {fid: row for fid, row in zip(fids, table.to_dict("records"))}
    project = context.project() or QgsProject.instance()
    request = QgsFeatureRequest().setDestinationCrs(frame.target_crs, project.transformContext())
    for feature in shapes.features(source, request):
        row = rows.get(feature.id(), {})
        out = QgsFeature(fields)
        geometry = QgsGeometry(feature.geometry())
        if not geometry.isNull():
            geometry.convertToMultiType()
            out.setGeometry(geometry)
        attributes = feature.attributes()
        out.setAttributes(
            [attributes[i] for i in keep] + [attribute_value(row.get(n)) for n in measure_names]
        )
        sink.addFeature(out, QgsFeatureSink.Flag.FastInsert)
    return dest


def write_incidents(
    algorithm, parameters, context, source, frame, events: Events, flags: pd.DataFrame, fids, feedback
) -> str:
    """The incidents as they are, with is_lit, in_vegetation, after_dark and hotspot_fid."""
    taken = {name for name, _kind in INCIDENT_FLAGS}
    fields, keep = QgsFields(), []
    for index, field in enumerate(source.fields()):
        if field.name().lower() not in taken:
            fields.append(QgsField(field))
            keep.append(index)
    for name, kind in INCIDENT_FLAGS:
        fields.append(compat.field(name, kind))
    sink, dest = algorithm.parameterAsSink(
        parameters, "OUTPUT_INCIDENTS", context, fields, source.wkbType(), source.sourceCrs()
    )
    if sink is None:
        raise QgsProcessingException(algorithm.invalidSinkError(parameters, "OUTPUT_INCIDENTS"))
    hotspot_fids = np.array(list(fids) + [None], dtype=object)  # index -1 -> None
    columns = [
        flags["is_lit"].to_numpy(object),
        flags["in_vegetation"].to_numpy(object),
        flags["after_dark"].astype(object).to_numpy(),
        hotspot_fids[flags["hotspot"].to_numpy()],
    ]
    order = np.argsort(events.fids)
    sorted_fids = events.fids[order]
    batch = []
    for feature in source.getFeatures(QgsFeatureRequest()):
        where = np.searchsorted(sorted_fids, feature.id())
        found = where < len(sorted_fids) and sorted_fids[where] == feature.id()
        row = order[where] if found else None
        extra = [attribute_value(c[row]) if row is not None else None for c in columns]
        attributes = feature.attributes()
        out = QgsFeature(fields)
        out.setGeometry(feature.geometry())
        out.setAttributes([attributes[i] for i in keep] + [None if v is pd.NA else v for v in extra])
        batch.append(out)
        if len(batch) >= BATCH:
            sink.addFeatures(batch, QgsFeatureSink.Flag.FastInsert)
            batch = []
            if feedback.isCanceled():
                break
    sink.addFeatures(batch, QgsFeatureSink.Flag.FastInsert)
    return dest
