"""est:walkroute through Processing: the Helsinki OpenStreetMap sample checked against a route
computed here independently (GDAL, pyproj, numpy and networkx from the raw coordinates), and
unusable input answered with a sentence or a partial result."""
import itertools
from pathlib import Path

import networkx as nx
import numpy as np
import pytest
from qgis.core import (
    QgsFeature,
    QgsGeometry,
    QgsPointXY,
    QgsProcessingException,
    QgsVectorLayer,
)
from qgis_helpers import ROOT

HIGHWAYS = ROOT / "resources" / "sample" / "helsinki_osm.gpkg"
NETWORK = "{}|layername=highways".format(HIGHWAYS)
UTM35N = "EPSG:32635"  # Helsinki (24.9 E) lies in UTM zone 35
# ten places in central Helsinki (lon, lat), a few metres to tens of metres off a street
STOPS = [(24.93932, 60.17342), (24.94392, 60.16991), (24.94187, 60.17546), (24.95072, 60.16745),
         (24.95104, 60.17732), (24.94427, 60.17597), (24.94366, 60.16949), (24.94117, 60.16796),
         (24.94349, 60.16897), (24.93959, 60.17655)]
X0, Y0 = 674000.0, 6580000.0  # synthetic networks in SWEREF 99 TM (Stockholm)
PARAMETERS = ["STOPS", "PRIORITY_FIELD", "MAX_STOPS", "NETWORK", "WALKABLE_EXPRESSION", "TOLERANCE", "START",
              "ROUND_TRIP", "MAX_MINUTES", "WALK_SPEED", "STOP_MINUTES", "NAME_FIELD", "MAX_SNAP",
              "OUTPUT", "OUTPUT_STOPS"]
OUTPUTS = ["OUTPUT", "OUTPUT_STOPS", "TOTAL_LENGTH_M", "TOTAL_MINUTES"]


# ---------------------------------------------------------------- independent reference


def _helsinki_segments() -> np.ndarray:
    """Every segment (x0, y0, x1, y1) of the highways in UTM 35N, read with GDAL and pyproj."""
    from osgeo import ogr
    from pyproj import Transformer

    to_utm = Transformer.from_crs("EPSG:4326", UTM35N, always_xy=True)
    segments = []
    data = ogr.Open(str(HIGHWAYS))
    for feature in data.GetLayerByName("highways"):
        points = np.array(feature.GetGeometryRef().GetPoints())[:, :2]
        x, y = to_utm.transform(points[:, 0], points[:, 1])
        segments.append(np.column_stack([x[:-1], y[:-1], x[1:], y[1:]]))
    return np.vstack(segments)


def _nearest_on_segments(point, segments):
    """(segment, point on it, distance) for the nearest segment, by brute force."""
    start, vector = segments[:, :2], segments[:, 2:] - segments[:, :2]
    squared = np.maximum((vector ** 2).sum(axis=1), 1e-18)
    t = np.clip(((point - start) * vector).sum(axis=1) / squared, 0, 1)
    nearest = start + t[:, None] * vector
    distance = np.hypot(*(point - nearest).T)
    best = int(np.argmin(distance))
    return best, nearest[best], float(distance[best])


def _key(x, y):
    return round(float(x), 3), round(float(y), 3)


@pytest.fixture(scope="module")
def helsinki():
    """The independent reference: segments, networkx graph with the stops spliced in, distances."""
    from pyproj import Transformer

    segments = _helsinki_segments()
    graph = nx.Graph()
    for x0, y0, x1, y1 in segments:
        if _key(x0, y0) != _key(x1, y1):
            graph.add_edge(_key(x0, y0), _key(x1, y1), w=float(np.hypot(x1 - x0, y1 - y0)))
    to_utm = Transformer.from_crs("EPSG:4326", UTM35N, always_xy=True)
    stops = np.array([to_utm.transform(lon, lat) for lon, lat in STOPS])
    used, snapped = set(), []
    for number, point in enumerate(stops):
        best, on_line, _distance = _nearest_on_segments(point, segments)
        snapped.append(on_line)
        assert best not in used, "two stops on one segment: choose other test stops"
        used.add(best)
        a, b = _key(*segments[best, :2]), _key(*segments[best, 2:])
        graph.remove_edge(a, b)
        node = ("stop", number)
        graph.add_edge(a, node, w=float(np.hypot(*(np.array(a) - on_line))))
        graph.add_edge(node, b, w=float(np.hypot(*(np.array(b) - on_line))))
    reached = [nx.single_source_dijkstra_path_length(graph, ("stop", i), weight="w")
               for i in range(len(stops))]
    assert all(("stop", j) in reached[0] for j in range(len(stops))), "a test stop is not connected"
    dist = np.array([[reached[i][("stop", j)] for j in range(len(stops))] for i in range(len(stops))])
    straight = np.hypot(*(np.array(snapped)[:, None, :] - np.array(snapped)[None, :, :]).transpose(2, 0, 1))
    return {"segments": segments, "dist": dist, "straight": straight}


def _best_round_trip(dist, members):
    """The shortest round trip from members[0] through all members, over every permutation."""
    first, rest = members[0], list(members[1:])
    if not rest:
        return 0.0
    orders = np.array(list(itertools.permutations(rest)))
    length = dist[first, orders[:, 0]] + dist[orders[:, -1], first]
    for i in range(orders.shape[1] - 1):
        length = length + dist[orders[:, i], orders[:, i + 1]]
    return float(length.min())


def _minutes(length_m, stops, speed_kmh=4.0, stop_minutes=5.0):
    return length_m / (speed_kmh * 1000 / 60) + stops * stop_minutes


# ---------------------------------------------------------------- layers and runs


def _points_layer(points, crs="EPSG:4326", fields="rank:integer&field=label:string", attributes=None):
    layer = QgsVectorLayer("Point?crs={}&field={}".format(crs, fields), "stops", "memory")
    features = []
    for i, (x, y) in enumerate(points):
        feature = QgsFeature(layer.fields())
        feature.setAttributes(list(attributes[i]) if attributes else [i + 1, "stop {}".format(i + 1)])
        feature.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(x, y)))
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    return layer


def _lines_layer(lines, attributes=None, fields="highway:string&field=gatunamn:string&field=alt_name:string"):
    """Lines given in metres around (X0, Y0) in SWEREF 99 TM."""
    layer = QgsVectorLayer("LineString?crs=EPSG:3006&field={}".format(fields), "gator", "memory")
    features = []
    for i, line in enumerate(lines):
        feature = QgsFeature(layer.fields())
        feature.setAttributes(list(attributes[i]) if attributes else ["footway", None, None])
        feature.setGeometry(QgsGeometry.fromPolylineXY([QgsPointXY(X0 + x, Y0 + y) for x, y in line]))
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    return layer


def _square():
    """A 1 km square of footways with a motorway along its diagonal."""
    lines = [[(0, 0), (1000, 0)], [(1000, 0), (1000, 1000)], [(1000, 1000), (0, 1000)], [(0, 1000), (0, 0)],
             [(0, 0), (1000, 1000)]]
    attributes = [["footway", "Södra gatan", "S"], ["footway", "Östra gatan", "Ö"],
                  ["footway", "Norra gatan", "N"], ["footway", "Västra gatan", "V"],
                  ["motorway", "Motorvägen", "M"]]
    return _lines_layer(lines, attributes)


def _local_stops(points, **kwargs):
    return _points_layer([(X0 + x, Y0 + y) for x, y in points], crs="EPSG:3006", **kwargs)


def _walk(run_alg, stops, network, **parameters):
    values = {"STOPS": stops, "NETWORK": network, "OUTPUT": "TEMPORARY_OUTPUT",
              "OUTPUT_STOPS": "TEMPORARY_OUTPUT"}
    values.update(parameters)
    return run_alg("est:walkroute", values)


def _failure(run_alg, stops, network, **parameters) -> str:
    with pytest.raises(QgsProcessingException) as raised:
        _walk(run_alg, stops, network, **parameters)
    message = str(raised.value)
    assert "Traceback" not in message and 'File "' not in message
    return message


def _rows(layer):
    return [dict(zip(layer.fields().names(), feature.attributes()), geometry=feature.geometry())
            for feature in layer.getFeatures()]


def _visited(run):
    return sorted((row for row in _rows(run.results["OUTPUT_STOPS"]) if row["stop_no"]),
                  key=lambda row: row["stop_no"])


def _left_out(run):
    return [row for row in _rows(run.results["OUTPUT_STOPS"]) if not row["stop_no"]]


# ---------------------------------------------------------------- contract


def test_parameters_outputs_and_help(qgis_app):
    from qgis.core import QgsApplication

    algorithm = QgsApplication.processingRegistry().algorithmById("est:walkroute")
    assert algorithm is not None
    names = {definition.name() for definition in algorithm.parameterDefinitions()}
    assert [name for name in PARAMETERS if name not in names] == []
    outputs = {definition.name() for definition in algorithm.outputDefinitions()}
    assert [name for name in OUTPUTS if name not in outputs] == []
    assert algorithm.groupId() == "walks" and algorithm.group().strip()
    assert not algorithm.icon().isNull()
    help_text = algorithm.shortHelpString()
    assert [name for name in PARAMETERS if name not in help_text] == []
    for name, default in (("TOLERANCE", 1.0), ("MAX_MINUTES", 90.0), ("WALK_SPEED", 4.0),
                          ("STOP_MINUTES", 5.0), ("MAX_SNAP", 200.0), ("ROUND_TRIP", True)):
        assert algorithm.parameterDefinition(name).defaultValue() == default


# ---------------------------------------------------------------- Helsinki


def test_helsinki_ten_stops_shortest_round_trip_along_the_network(run_alg, helsinki):
    run = _walk(run_alg, _points_layer(STOPS), NETWORK, TOLERANCE=0, MAX_MINUTES=100000)
    optimum = _best_round_trip(helsinki["dist"], list(range(10)))
    assert run.results["TOTAL_LENGTH_M"] == pytest.approx(optimum, abs=0.02)
    assert run.results["STOP_COUNT"] == 10 and run.results["DROPPED_COUNT"] == 0
    route = run.results["OUTPUT"]
    assert route.crs().authid() == UTM35N
    legs = sorted(_rows(route), key=lambda row: row["leg_no"])
    assert len(legs) == 10
    assert sum(leg["length_m"] for leg in legs) == pytest.approx(optimum, abs=0.1)
    segments = helsinki["segments"]
    for leg in legs:
        line = leg["geometry"].constGet()
        assert line.length() == pytest.approx(leg["length_m"], abs=0.01)
        for vertex in line.vertices():
            assert _nearest_on_segments(np.array([vertex.x(), vertex.y()]), segments)[2] <= 0.5
    stops = _visited(run)
    assert [row["label"] for row in stops][0] == "stop 1"  # the first stop is the start
    assert [(leg["from_stop"], leg["to_stop"]) for leg in legs] == [(i, i % 10 + 1) for i in range(1, 11)]
    for stop, leg in zip(stops[1:], legs):  # arrival = walking so far + 5 minutes at each stop before
        assert stop["distance_m"] == pytest.approx(leg["cum_length_m"], abs=0.02)
        expected = _minutes(leg["cum_length_m"], stop["stop_no"] - 1)
        assert stop["arrival_min"] == pytest.approx(expected, abs=0.02)
    assert run.results["TOTAL_MINUTES"] == pytest.approx(_minutes(optimum, 10), abs=0.02)
    assert run.logged("connected parts") and run.logged("nodes")


def test_helsinki_gap_closing_can_only_shorten_the_walk(run_alg, helsinki):
    """Closing gaps of up to 1 m adds ways, so the walk is at most as long as without; it is never
    shorter than the best round trip in straight lines; and it still keeps to the lines."""
    run = _walk(run_alg, _points_layer(STOPS), NETWORK, MAX_MINUTES=100000)
    optimum = _best_round_trip(helsinki["dist"], list(range(10)))
    assert run.results["TOTAL_LENGTH_M"] <= optimum + 0.02
    assert run.results["TOTAL_LENGTH_M"] >= _best_round_trip(helsinki["straight"], list(range(10)))
    assert run.logged("gaps of at most 1 m closed")
    for leg in _rows(run.results["OUTPUT"]):
        for vertex in leg["geometry"].constGet().vertices():
            assert _nearest_on_segments(np.array([vertex.x(), vertex.y()]), helsinki["segments"])[2] <= 0.5


def _greedy_by_priority(dist, budget_minutes):
    """Stops kept when each one in priority order is kept if the best round trip still fits."""
    kept = [0]
    for stop in range(1, len(dist)):
        if _minutes(_best_round_trip(dist, kept + [stop]), len(kept) + 1) <= budget_minutes:
            kept.append(stop)
    return kept


def test_helsinki_budget_drops_the_stops_of_lowest_priority(run_alg, helsinki):
    dist = helsinki["dist"]
    budget = None
    for size in (6, 5, 7, 4):  # a budget just above the best walk through the first `size` stops
        candidate = _minutes(_best_round_trip(dist, list(range(size))), size) + 0.05
        if _greedy_by_priority(dist, candidate) == list(range(size)):
            budget = candidate
            break
    assert budget is not None, "no budget where the kept stops are exactly the first ones"
    run = _walk(run_alg, _points_layer(STOPS), NETWORK, TOLERANCE=0, MAX_MINUTES=budget)
    kept = sorted(row["rank"] for row in _visited(run))
    assert kept == list(range(1, size + 1))
    dropped = _left_out(run)
    assert sorted(row["rank"] for row in dropped) == list(range(size + 1, 11))
    assert all("MAX_MINUTES" in row["left_out"] for row in dropped)
    assert run.results["TOTAL_MINUTES"] <= budget
    assert run.logged("Left out: ")


# ---------------------------------------------------------------- rules on small networks


def test_walkable_expression_leaves_out_the_motorway(run_alg):
    stops = _local_stops([(-3, 0), (1003, 1000)])
    with_motorway = _walk(run_alg, stops, _square())
    assert with_motorway.results["TOTAL_LENGTH_M"] == pytest.approx(2 * 1000 * 2 ** 0.5 + 0, abs=0.01)
    walkable = _walk(run_alg, stops, _square(), WALKABLE_EXPRESSION="\"highway\" <> 'motorway'")
    assert walkable.results["TOTAL_LENGTH_M"] == pytest.approx(4000, abs=0.01)
    assert walkable.logged("4 of 5 lines are walkable")


def test_street_names_guessed_or_chosen(run_alg):
    stops = _local_stops([(500, -20), (1020, 500)])
    guessed = _visited(_walk(run_alg, stops, _square()))
    assert [row["street"] for row in guessed] == ["Södra gatan", "Östra gatan"]
    assert [row["snap_m"] for row in guessed] == pytest.approx([20, 20])
    chosen = _visited(_walk(run_alg, stops, _square(), NAME_FIELD="alt_name"))
    assert [row["street"] for row in chosen] == ["S", "Ö"]


def test_start_point_in_another_crs_and_an_open_walk(run_alg):
    from pyproj import Transformer

    to_lonlat = Transformer.from_crs("EPSG:3006", "EPSG:4326", always_xy=True)
    stops = _points_layer([to_lonlat.transform(X0 + 1000, Y0 + 500),
                           to_lonlat.transform(X0 + 500, Y0 + 1000)])
    start = "{},{} [EPSG:4326]".format(*to_lonlat.transform(X0, Y0))  # the square's south-west corner
    run = _walk(run_alg, stops, _square(), START=start, ROUND_TRIP=False,
                WALKABLE_EXPRESSION="\"highway\" = 'footway'")
    legs = sorted(_rows(run.results["OUTPUT"]), key=lambda row: row["leg_no"])
    assert run.results["OUTPUT"].crs().authid() == "EPSG:3006"
    assert [(leg["from_stop"], leg["to_stop"]) for leg in legs] == [(0, 1), (1, 2)]
    assert run.results["TOTAL_LENGTH_M"] == pytest.approx(1500 + 1000, abs=0.05)
    assert run.results["TOTAL_MINUTES"] == pytest.approx(2500 / (4000 / 60) + 10, abs=0.01)


def test_polygon_stops_are_visited_at_a_point_inside(run_alg):
    layer = QgsVectorLayer("Polygon?crs=EPSG:3006&field=rank:integer", "hotspots", "memory")
    # a U: its centroid lies in the notch, outside the polygon
    u_shape = [(100, 50), (400, 50), (400, 350), (300, 350), (300, 150), (200, 150), (200, 350), (100, 350)]
    square = [(900, 900), (950, 900), (950, 950), (900, 950)]
    shapes = ["POLYGON(({}))".format(", ".join("{} {}".format(X0 + x, Y0 + y) for x, y in ring + ring[:1]))
              for ring in (u_shape, square)]
    features = []
    for rank, wkt in enumerate(shapes, start=1):
        feature = QgsFeature(layer.fields())
        feature.setAttributes([rank])
        feature.setGeometry(QgsGeometry.fromWkt(wkt))
        assert feature.geometry().isGeosValid()
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    assert not features[0].geometry().contains(features[0].geometry().centroid())
    run = _walk(run_alg, layer, _square())
    stops = _visited(run)
    assert len(stops) == 2
    for row, feature in zip(stops, features):
        assert feature.geometry().contains(row["geometry"])


def test_stop_fields_are_kept_and_clashing_names_renamed(run_alg):
    stops = _local_stops([(0, 0), (1000, 0)], fields="rank:integer&field=street:string",
                         attributes=[[1, "own street"], [2, "other"]])
    rows = _visited(_walk(run_alg, stops, _square()))
    assert [row["street_2"] for row in rows] == ["own street", "other"]
    assert [row["rank"] for row in rows] == [1, 2] and [row["priority"] for row in rows] == [1, 2]


def test_outputs_are_named_and_styled_when_loaded(qgis_app):
    import processing
    from qgis.core import QgsProcessingContext, QgsProcessingFeedback, QgsProject, QgsRuleBasedRenderer

    context = QgsProcessingContext()
    context.setProject(QgsProject.instance())
    before = set(QgsProject.instance().mapLayers())
    processing.runAndLoadResults("est:walkroute", {
        "STOPS": _local_stops([(0, 0), (1000, 0), (6000, 0)]), "NETWORK": _square(),
        "OUTPUT": "TEMPORARY_OUTPUT", "OUTPUT_STOPS": "TEMPORARY_OUTPUT"},
        context=context, feedback=QgsProcessingFeedback())
    loaded = {layer.name(): layer for key, layer in QgsProject.instance().mapLayers().items()
              if key not in before}
    try:
        assert set(loaded) == {"Walk route", "Walk stops"}
        assert len(loaded["Walk route"].renderer().symbol().symbolLayers()) == 3  # casing, line, arrows
        rules = loaded["Walk stops"].renderer()
        assert isinstance(rules, QgsRuleBasedRenderer)
        assert [rule.filterExpression() for rule in rules.rootRule().children()][0] == '"stop_no" IS NOT NULL'
    finally:
        added = [key for key in QgsProject.instance().mapLayers() if key not in before]
        QgsProject.instance().removeMapLayers(added)


# ---------------------------------------------------------------- bad input


def test_stops_without_any_geometry_say_so(run_alg):
    layer = QgsVectorLayer("Point?crs=EPSG:3006&field=rank:integer", "tomma", "memory")
    assert "'tomma' has no stops with a geometry" in _failure(run_alg, layer, _square())
    feature = QgsFeature(layer.fields())
    feature.setAttributes([1])
    layer.dataProvider().addFeature(feature)
    assert "'tomma' has no stops with a geometry" in _failure(run_alg, layer, _square())


def test_a_network_without_lines_says_so(run_alg):
    stops = _local_stops([(0, 0), (100, 0)])
    empty = _lines_layer([])
    assert "has no lines" in _failure(run_alg, stops, empty)
    message = _failure(run_alg, stops, _square(), WALKABLE_EXPRESSION="\"highway\" = 'tramway'")
    assert "has no lines" in message and "WALKABLE_EXPRESSION" in message


def test_an_unreadable_expression_is_refused_before_running(run_alg):
    message = _failure(run_alg, _local_stops([(0, 0), (100, 0)]), _square(),
                       WALKABLE_EXPRESSION="\"highway\" = = 1")
    assert "WALKABLE_EXPRESSION" in message


def test_stops_far_from_the_network(run_alg):
    far = _local_stops([(5000, 5000), (6000, 5000)])
    message = _failure(run_alg, far, _square())
    assert "None of the 2 stops" in message and "MAX_SNAP" in message
    partly = _walk(run_alg, _local_stops([(0, 0), (1000, 1000), (3000, 500)]), _square())
    assert [row["label"] for row in _left_out(partly)] == ["stop 3"]
    assert "2000 m" in _left_out(partly)[0]["left_out"] and "MAX_SNAP" in _left_out(partly)[0]["left_out"]
    assert partly.logged("Stop 3 left out")


def test_two_disconnected_parts(run_alg):
    lines = [[(0, 0), (1000, 0)], [(1000, 0), (1000, 1000)], [(5000, 0), (6000, 0)]]
    stops = _local_stops([(0, 5), (1000, 800), (5500, 5)])
    run = _walk(run_alg, stops, _lines_layer(lines))
    assert run.logged("2 connected parts")
    assert [row["label"] for row in _visited(run)] == ["stop 1", "stop 2"]
    assert "not connected to the start" in _left_out(run)[0]["left_out"]


def test_a_single_stop(run_alg):
    message = _failure(run_alg, _local_stops([(500, 0)]), _square())
    assert "only one stop" in message and "START" in message
    run = _walk(run_alg, _local_stops([(500, 0)]), _square(), START="{},{} [EPSG:3006]".format(X0, Y0))
    assert run.results["TOTAL_LENGTH_M"] == pytest.approx(1000, abs=0.01)


def test_duplicate_stops_are_visited_once(run_alg):
    run = _walk(run_alg, _local_stops([(0, 0), (1000, 0), (1000, 0)]), _square())
    assert run.results["STOP_COUNT"] == 2
    assert [row["left_out"] for row in _left_out(run)] == ["same place as stop 2"]


def test_a_budget_too_small_for_any_stop(run_alg):
    message = _failure(run_alg, _local_stops([(0, 0), (1000, 1000)]), _square(), MAX_MINUTES=5)
    assert "MAX_MINUTES (5 min)" in message and "STOP_MINUTES" in message
    assert "takes {:.0f} min".format(np.ceil(2 * 1000 * 2 ** 0.5 / (4000 / 60) + 10)) in message


def test_helsinki_file_is_the_committed_sample():
    assert Path(str(HIGHWAYS)).is_file()


WITHOUT_PANDAS = r"""
import json, sys
sys.modules["pandas"] = None          # 'import pandas' now raises ImportError
sys.path.insert(0, sys.argv[1])
from headless import start
start()
import processing
from qgis.core import QgsFeature, QgsGeometry, QgsPointXY, QgsVectorLayer
stops = QgsVectorLayer("Point?crs=EPSG:4326", "stops", "memory")
for lon, lat in ((24.94117, 60.16796), (24.94349, 60.16897)):
    feature = QgsFeature()
    feature.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(lon, lat)))
    stops.dataProvider().addFeature(feature)
result = processing.run("est:walkroute", {"STOPS": stops, "NETWORK": sys.argv[2], "OUTPUT": "memory:",
                                          "OUTPUT_STOPS": "memory:"})
print(json.dumps({"length": result["TOTAL_LENGTH_M"], "crs": result["OUTPUT"].crs().authid(),
                  "pandas": "pandas" in sys.modules and sys.modules["pandas"] is not None}))
"""


def test_the_walk_route_runs_without_pandas(tmp_path):
    """REQUIRES leaves pandas out, so the algorithm must run where pandas is missing."""
    import json
    import os
    import subprocess
    import sys

    environment = dict(os.environ, QT_QPA_PLATFORM="offscreen", HOME=str(tmp_path))
    done = subprocess.run([sys.executable, "-c", WITHOUT_PANDAS, str(ROOT / "scripts"), NETWORK],
                          capture_output=True, text=True, timeout=300, env=environment)
    assert done.returncode == 0, done.stderr[-3000:]
    result = json.loads(done.stdout.strip().splitlines()[-1])
    assert result["length"] > 0 and result["crs"] == UTM35N and not result["pandas"]
