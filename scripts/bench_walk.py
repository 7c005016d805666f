"""Benchmark of est:walkroute: 40 stops on a street network of about 50,000 segments.

The network is real data made larger: the OpenStreetMap highways of central Helsinki
(resources/sample/helsinki_osm.gpkg, 2,504 ways, 7,263 segments) projected to UTM 35N and copied
TILES times side by side (three tiles a row), each copy shifted by the extent of the original. Copies
do not share vertices, so BRIDGE lines join neighbouring copies (the east-most vertex of the largest
connected part to the west-most one of the copy to the right, north-most to south-most upwards).
The 40 stops are random vertices of the largest part moved by up to ~15 m (seeded).

It times the core (graph building, then planning: snapping, Dijkstra searches, order) with an
unlimited budget (every stop visited, heuristic order) and with the default 90 minutes (stops kept
by priority), and with --qgis the whole Processing algorithm on a GeoPackage of the tiled network
(reading and projecting the features included). Not a test: it prints the times.

    python3 scripts/bench_walk.py [--tiles 7] [--stops 40] [--seed 7] [--qgis]
"""
import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
HIGHWAYS = ROOT / "resources" / "sample" / "helsinki_osm.gpkg"
UTM35N = "EPSG:32635"
sys.path.insert(0, str(ROOT))
if Path("/usr/share/proj/proj.db").exists():
    os.environ.setdefault("PROJ_DATA", "/usr/share/proj")


def helsinki_lines():
    """The highways as coordinate arrays in UTM 35N and their names (GDAL and pyproj)."""
    from osgeo import ogr
    from pyproj import Transformer

    to_utm = Transformer.from_crs("EPSG:4326", UTM35N, always_xy=True)
    lines, names = [], []
    data = ogr.Open(str(HIGHWAYS))  # kept: its layers die with it
    for feature in data.GetLayerByName("highways"):
        points = np.array(feature.GetGeometryRef().GetPoints())[:, :2]
        lines.append(np.column_stack(to_utm.transform(points[:, 0], points[:, 1])))
        names.append(feature.GetField("name"))
    return lines, names


def tiled(lines, names, tiles):
    """``tiles`` copies of the network, three a row, joined by bridge lines."""
    from est_plugin.core.walkgraph import build_walk_graph

    every = np.vstack(lines)
    width, height = every.max(axis=0) - every.min(axis=0)
    graph = build_walk_graph(lines, names, tolerance=0)
    main = graph.node_xy[np.unique(graph.edges[graph.component[graph.edges[:, 0]] == 0])]
    east, west = main[main[:, 0].argmax()], main[main[:, 0].argmin()]
    north, south = main[main[:, 1].argmax()], main[main[:, 1].argmin()]
    places = [(k % 3, k // 3) for k in range(tiles)]
    out_lines, out_names = [], []
    for column, row in places:
        shift = np.array([column * width, row * height])
        out_lines += [line + shift for line in lines]
        out_names += names
        if (column + 1, row) in places:
            out_lines.append(np.array([east + shift, west + shift + [width, 0]]))
            out_names.append(None)
        if (column, row + 1) in places:
            out_lines.append(np.array([north + shift, south + shift + [0, height]]))
            out_names.append(None)
    return out_lines, out_names


def random_stops(graph, count, seed):
    rng = np.random.default_rng(seed)
    main = np.unique(graph.edges[graph.component[graph.edges[:, 0]] == 0])
    return graph.node_xy[rng.choice(main, count, replace=False)] + rng.normal(0, 8, (count, 2))


def timed(function):
    started = time.perf_counter()
    result = function()
    return time.perf_counter() - started, result


def core_benchmark(lines, names, stops_count, seed):
    from est_plugin.core import messages, walkgraph, walkroute

    messages.set_language("en")
    seconds, graph = timed(lambda: walkgraph.build_walk_graph(lines, names, tolerance=1.0))
    print("graph built in {:.2f} s: {}".format(seconds, walkgraph.network_summary(graph, 1.0)))
    stops = random_stops(graph, stops_count, seed)
    for label, minutes in (("every stop, no budget", 1e6), ("budget 90 min (default)", 90.0)):
        settings = walkroute.WalkSettings(max_minutes=minutes)
        seconds, plan = timed(lambda chosen=settings: walkroute.plan_walk(graph, stops, settings=chosen))
        print("planned ({}) in {:.2f} s: {}".format(label, seconds, walkroute.summary(plan, settings)))
    return stops


def write_gpkg(lines, path):
    from osgeo import ogr, osr

    srs = osr.SpatialReference()
    srs.ImportFromEPSG(32635)
    data = ogr.GetDriverByName("GPKG").CreateDataSource(str(path))
    layer = data.CreateLayer("network", srs, ogr.wkbLineString)
    layer.StartTransaction()
    for line in lines:
        geometry = ogr.Geometry(ogr.wkbLineString)
        for x, y in line:
            geometry.AddPoint_2D(float(x), float(y))
        feature = ogr.Feature(layer.GetLayerDefn())
        feature.SetGeometry(geometry)
        layer.CreateFeature(feature)
    layer.CommitTransaction()
    data = None


def qgis_benchmark(lines, stops):
    sys.path.insert(0, str(ROOT / "scripts"))
    from headless import start

    start()
    import processing
    from qgis.core import QgsFeature, QgsGeometry, QgsPointXY, QgsVectorLayer

    with tempfile.TemporaryDirectory() as folder:
        network = Path(folder) / "network.gpkg"
        write_gpkg(lines, network)
        layer = QgsVectorLayer("Point?crs={}".format(UTM35N), "stops", "memory")
        for x, y in stops:
            feature = QgsFeature()
            feature.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(float(x), float(y))))
            layer.dataProvider().addFeature(feature)
        for label, minutes in (("every stop, no budget", 1e6), ("budget 90 min (default)", 90.0)):
            seconds, result = timed(lambda budget=minutes: processing.run("est:walkroute", {
                "STOPS": layer, "NETWORK": str(network), "MAX_MINUTES": budget,
                "OUTPUT": "memory:", "OUTPUT_STOPS": "memory:"}))
            print("est:walkroute through Processing ({}) in {:.2f} s: {} stops, {:.0f} m".format(
                label, seconds, result["STOP_COUNT"], result["TOTAL_LENGTH_M"]))


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tiles", type=int, default=7)
    parser.add_argument("--stops", type=int, default=40)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--qgis", action="store_true", help="also run the algorithm through Processing")
    arguments = parser.parse_args()
    lines, names = tiled(*helsinki_lines(), arguments.tiles)
    segments = sum(len(line) - 1 for line in lines)
    print("network: {} tiles of the Helsinki highways, {} lines, {} segments".format(
        arguments.tiles, len(lines), segments))
    stops = core_benchmark(lines, names, arguments.stops, arguments.seed)
    if arguments.qgis:
        qgis_benchmark(lines, stops)


if __name__ == "__main__":
    main()
