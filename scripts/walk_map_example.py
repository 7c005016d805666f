"""A realistic walk map from the bundled Helsinki sample, for the documentation pictures.

    QT_QPA_PLATFORM=offscreen python3 scripts/walk_map_example.py --out out/walk --pictures docs

The incidents are imported with est:importincidents. Until the walk route and hotspot algorithms
are in the plugin, this script makes their outputs (ROUTE and STOPS with the fields est:walkmap
reads) with QGIS's own algorithms: DBSCAN clusters as hotspots, the biggest ones as stops on the
nearest street, shortest paths between them on the OpenStreetMap streets, street lights and
vegetation measured around each stop. Then est:walkmap prints the walk.
"""
import argparse
import shutil
import subprocess
from collections import Counter
from pathlib import Path

from headless import ROOT, PrintFeedback, start

SAMPLE = ROOT / "resources" / "sample"
OSM = SAMPLE / "helsinki_osm.gpkg"
STOP_COUNT = 7
WALK_M_PER_MIN = 70.0  # about 4 km/h
MINUTES_PER_STOP = 6.0
WALKABLE = ("footway", "pedestrian", "path", "living_street", "residential", "service", "steps",
            "cycleway", "unclassified", "tertiary", "secondary", "primary")


def run(algorithm, parameters):
    """A Processing algorithm with printed log lines; its results."""
    import processing

    return processing.run(algorithm, parameters, feedback=PrintFeedback.create())


def osm_layer(name, crs):
    """A layer of the OSM sample reprojected to ``crs`` (a memory layer)."""
    from qgis.core import QgsVectorLayer

    layer = QgsVectorLayer("{}|layername={}".format(OSM, name), name, "ogr")
    return run("native:reprojectlayer", {"INPUT": layer, "TARGET_CRS": crs, "OUTPUT": "memory:"})["OUTPUT"]


def hotspots(incidents, out):
    """DBSCAN clusters (eps 35 m, 12 incidents) and a buffered hull per cluster, biggest first."""
    from qgis.core import QgsVectorLayer

    clustered = run("native:dbscanclustering", {"INPUT": incidents, "MIN_SIZE": 12, "EPS": 35,
                                                "FIELD_NAME": "cluster", "OUTPUT": "memory:"})["OUTPUT"]
    members = {}
    for feature in clustered.getFeatures():
        if feature["cluster"] is not None and str(feature["cluster"]) != "NULL":
            members.setdefault(int(feature["cluster"]), []).append(feature)
    ranked = sorted(members.values(), key=len, reverse=True)
    clustered.setSubsetString('"cluster" IS NOT NULL')  # noise has no hotspot
    hulls = run("qgis:minimumboundinggeometry", {"INPUT": clustered, "FIELD": "cluster", "TYPE": 3,
                                                   "OUTPUT": "memory:"})["OUTPUT"]
    run("native:buffer", {"INPUT": hulls, "DISTANCE": 15, "SEGMENTS": 8, "DISSOLVE": False,
                          "OUTPUT": str(out / "hotspots.gpkg")})
    return ranked, QgsVectorLayer(str(out / "hotspots.gpkg"), "hotspots", "ogr")


def nearest_on(index, features, point):
    """The nearest point on the nearest feature, and that feature."""
    from qgis.core import QgsGeometry

    best = None
    for fid in index.nearestNeighbor(point, 8):
        geometry = features[fid].geometry()
        distance = geometry.distance(QgsGeometry.fromPointXY(point))
        if best is None or distance < best[0]:
            best = (distance, geometry.nearestPoint(QgsGeometry.fromPointXY(point)).asPoint(), features[fid])
    return best[1], best[2]


def share_lit(point, streets, street_index, lamp_index, lamp_points):
    """Share of street points within 40 m of the stop that have a lamp within 20 m; None when no
    lamp is mapped within 150 m (OpenStreetMap has lamps only in parts of the city)."""
    from qgis.core import QgsGeometry, QgsRectangle

    if not lamp_index.intersects(QgsRectangle(point.x() - 150, point.y() - 150, point.x() + 150,
                                              point.y() + 150)):
        return None
    circle = QgsGeometry.fromPointXY(point).buffer(40, 16)
    samples = []
    for fid in street_index.intersects(circle.boundingBox()):
        part = streets[fid].geometry().intersection(circle)
        length = part.length()
        samples += [part.interpolate(d).asPoint() for d in range(0, int(length) + 1, 5)] if length else []
    if not samples:
        return None
    lit = sum(1 for s in samples if any(lamp_points[f].distance(s) <= 20 for f in lamp_index.intersects(
        QgsRectangle(s.x() - 20, s.y() - 20, s.x() + 20, s.y() + 20))))
    return lit / len(samples)


def share_green(point, vegetation_union):
    """Share of a 40 m circle around the stop covered by vegetation."""
    from qgis.core import QgsGeometry

    circle = QgsGeometry.fromPointXY(point).buffer(40, 16)
    return circle.intersection(vegetation_union).area() / circle.area()


def make_stops(ranked, streets, lamps, vegetation):
    """One stop per big hotspot, on the nearest street, with the fields of est:walkroute's STOPS."""
    from qgis.core import QgsGeometry, QgsPointXY, QgsSpatialIndex

    street_features = {f.id(): f for f in streets.getFeatures()}
    named = {fid: f for fid, f in street_features.items() if f["name"] and str(f["name"]) != "NULL"}
    street_index, named_index = QgsSpatialIndex(streets.getFeatures()), QgsSpatialIndex()
    for feature in named.values():
        named_index.addFeature(feature)
    lamp_points = {f.id(): f.geometry().asPoint() for f in lamps.getFeatures()}
    lamp_index = QgsSpatialIndex(lamps.getFeatures())
    green = QgsGeometry.unaryUnion([f.geometry().makeValid() for f in vegetation.getFeatures()])
    stops = []
    for rank, cluster in enumerate(ranked[:STOP_COUNT], start=1):
        xs = [f.geometry().asPoint().x() for f in cluster]
        ys = [f.geometry().asPoint().y() for f in cluster]
        centre = QgsPointXY(sum(xs) / len(xs), sum(ys) / len(ys))
        snapped, _ = nearest_on(street_index, street_features, centre)
        _, street = nearest_on(named_index, named, snapped)
        counts = Counter(str(f["category"]) for f in cluster).most_common(3)
        lit, veg = share_lit(snapped, street_features, street_index, lamp_index, lamp_points), \
            share_green(snapped, green)
        measures = [m for m, needed in (("Se över belysningen", lit is not None and lit < 0.6),
                                        ("Gallra buskage och sänk grenar", veg > 0.2)) if needed]
        stops.append({"point": snapped, "rank": rank, "incident_count": len(cluster),
                      "top_categories": ", ".join("{}:{}".format(c, n) for c, n in counts),
                      "street": street["name"], "snap_m": centre.distance(snapped), "lit_share": lit,
                      "vegetation_share": veg, "suggested_measures": "; ".join(measures) or None})
    return walking_order(stops)


def walking_order(stops):
    """Start at the westernmost stop, then always the nearest one not yet visited."""
    remaining = sorted(stops, key=lambda s: s["point"].x())
    order = [remaining.pop(0)]
    while remaining:
        nearest = min(remaining, key=lambda s: s["point"].distance(order[-1]["point"]))
        remaining.remove(nearest)
        order.append(nearest)
    return order


def shortest_path(network, start, end, crs):
    """The shortest path between two points on the street network, or None if there is none."""
    from qgis.core import QgsProcessingException

    try:
        path = run("native:shortestpathpointtopoint", {
            "INPUT": network, "STRATEGY": 0, "TOLERANCE": 2,
            "START_POINT": "{},{} [{}]".format(start.x(), start.y(), crs.authid()),
            "END_POINT": "{},{} [{}]".format(end.x(), end.y(), crs.authid()), "OUTPUT": "memory:"})["OUTPUT"]
    except QgsProcessingException:
        return None
    return next(path.getFeatures()).geometry()


def write_walk(stops, network, crs, out):
    """ROUTE (one leg per pair of stops, shortest path) and STOPS as GeoPackages; a stop the
    streets do not reach is left out."""
    from qgis.core import QgsFeature, QgsGeometry, QgsVectorFileWriter

    from est_plugin import compat

    stops[0]["distance_m"], stops[0]["arrival_min"] = 0.0, 0.0
    visited, legs, cumulative = [stops[0]], [], 0.0
    for stop in stops[1:]:
        geometry = shortest_path(network, visited[-1]["point"], stop["point"], crs)
        if geometry is None:
            print("  no path to the stop on {}: left out".format(stop["street"]))
            continue
        cumulative += geometry.length()
        minutes = _minutes(cumulative, len(visited))
        legs.append((len(visited), geometry, geometry.length(), cumulative, minutes))
        stop["distance_m"], stop["arrival_min"] = cumulative, minutes
        visited.append(stop)
    stops = visited
    route_fields = _fields([("leg_no", "int"), ("from_stop", "int"), ("to_stop", "int"),
                            ("length_m", "float"), ("cum_length_m", "float"), ("cum_minutes", "float")])
    route = [(g, [n, n, n + 1, length, cum, minutes]) for n, g, length, cum, minutes in legs]
    stop_names = ["stop_no", "arrival_min", "distance_m", "street", "snap_m", "rank", "incident_count",
                  "top_categories", "lit_share", "vegetation_share", "suggested_measures"]
    kinds = {"stop_no": "int", "rank": "int", "incident_count": "int", "street": "str",
             "top_categories": "str", "suggested_measures": "str"}
    stop_fields = _fields([(n, kinds.get(n, "float")) for n in stop_names])
    stop_rows = [(QgsGeometry.fromPointXY(s["point"]), [i] + [s.get(n) for n in stop_names[1:]])
                 for i, s in enumerate(stops, start=1)]
    paths = {}
    for name, fields, wkb, rows in (("route", route_fields, compat.WkbType.MultiLineString, route),
                                    ("stops", stop_fields, compat.WkbType.Point, stop_rows)):
        paths[name] = str(out / "{}.gpkg".format(name))
        writer = QgsVectorFileWriter.create(paths[name], fields, wkb, crs, _context(), _options())
        for geometry, attributes in rows:
            feature = QgsFeature(fields)
            feature.setGeometry(geometry)
            feature.setAttributes(attributes)
            writer.addFeature(feature)
        del writer
    return paths


def _minutes(metres, stops_done):
    return metres / WALK_M_PER_MIN + stops_done * MINUTES_PER_STOP


def _fields(spec):
    """QgsFields from (name, kind word) pairs ('int', 'float', 'str')."""
    from qgis.core import QgsFields

    from est_plugin import compat

    fields = QgsFields()
    for name, kind in spec:
        fields.append(compat.field(name, kind))
    return fields


def _context():
    from qgis.core import QgsProject

    return QgsProject.instance().transformContext()


def _options():
    from qgis.core import QgsVectorFileWriter

    options = QgsVectorFileWriter.SaveVectorOptions()
    options.driverName = "GPKG"
    return options


def basemap(streets):
    """The streets in light grey, wider for bigger roads."""
    from qgis.core import QgsLineSymbol, QgsRuleBasedRenderer

    root = QgsRuleBasedRenderer.Rule(None)
    for expression, width in (("\"highway\" IN ('primary','secondary','tertiary')", "1.6"),
                              ("\"highway\" IN ('residential','living_street','unclassified','service')",
                               "1.0"), ("ELSE", "0.45")):
        symbol = QgsLineSymbol.createSimple({"line_color": "#c9c9c9", "line_width": width,
                                             "capstyle": "round", "joinstyle": "round"})
        rule = QgsRuleBasedRenderer.Rule(symbol)
        if expression == "ELSE":
            rule.setIsElse(True)
        else:
            rule.setFilterExpression(expression)
        root.appendChild(rule)
    streets.setRenderer(QgsRuleBasedRenderer(root))
    return streets


def main() -> None:
    parser = argparse.ArgumentParser(description="A walk map from the Helsinki sample.")
    parser.add_argument("--out", type=Path, default=ROOT / "out" / "walk")
    parser.add_argument("--pictures", type=Path, help="also write the PNGs of pages 1 and 2 here")
    parser.add_argument("--language", default="sv", choices=["sv", "en"])
    arguments = parser.parse_args()
    out = arguments.out
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    start()
    incidents = run("est:importincidents", {"INPUT": str(SAMPLE / "incidents_helsinki_simulated.csv"),
                                            "OUTPUT": str(out / "incidents.gpkg")})["OUTPUT"]
    from qgis.core import QgsVectorLayer

    incident_layer = QgsVectorLayer(incidents, "incidents", "ogr")
    crs = incident_layer.crs()
    streets = osm_layer("highways", crs)
    streets.setSubsetString("\"highway\" IN ({})".format(", ".join("'{}'".format(h) for h in WALKABLE)))
    lamps, vegetation = osm_layer("street_lamps", crs), osm_layer("vegetation", crs)
    density = run("qgis:heatmapkerneldensityestimation", {
        "INPUT": incidents, "RADIUS": 70, "PIXEL_SIZE": 4, "KERNEL": 0, "OUTPUT_VALUE": 0,
        "OUTPUT": str(out / "density.tif")})["OUTPUT"]
    ranked, hotspot_layer = hotspots(incidents, out)
    stops = make_stops(ranked, streets, lamps, vegetation)
    walk = write_walk(stops, streets, crs, out)
    language = 0 if arguments.language == "sv" else 1
    result = run("est:walkmap", {
        "ROUTE": walk["route"], "STOPS": walk["stops"], "HOTSPOTS": hotspot_layer, "DENSITY": density,
        "LIGHTS": lamps, "VEGETATION": vegetation, "BASEMAP": [basemap(streets)],
        "TITLE": "Trygghetsvandring Kluuvi" if language == 0 else "Safety walk Kluuvi",
        "ORGANISATION": "Helsingfors stad, trygghetssamordnaren" if language == 0 else
        "City of Helsinki, safety coordinator", "WALK_DATE": "2026-11-19", "LANGUAGE": language,
        "ATTRIBUTION": "© OpenStreetMap contributors (ODbL); simulerade händelser" if language == 0 else
        "© OpenStreetMap contributors (ODbL); simulated incidents",
        "OUTPUT_PDF": str(out / "walk_map.pdf"), "OUTPUT_HTML": str(out / "walk_protocol.html")})
    print("\n{}\n{}".format(result["OUTPUT_PDF"], result["OUTPUT_HTML"]))
    if arguments.pictures:
        arguments.pictures.mkdir(parents=True, exist_ok=True)
        for page, name in ((1, "walk_map_page1"), (2, "walk_protocol_page2")):
            subprocess.run(["pdftoppm", "-r", "110", "-png", "-singlefile", "-f", str(page), "-l", str(page),
                            result["OUTPUT_PDF"], str(arguments.pictures / name)], check=True)


if __name__ == "__main__":
    main()
