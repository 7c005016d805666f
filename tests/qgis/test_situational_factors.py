"""est:situationalfactors through Processing: exact small cases, reprojection, bad factor layers,
incident flags, and the real Helsinki OpenStreetMap sample checked against geopandas computed here."""

import math
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
OSM = ROOT / "resources" / "sample" / "helsinki_osm.gpkg"
X0, Y0 = 674000.0, 6580000.0  # central Stockholm in SWEREF 99 TM


def _layer(definition, rows, name="layer"):
    from qgis.core import QgsFeature, QgsGeometry, QgsVectorLayer

    layer = QgsVectorLayer(definition, name, "memory")
    features = []
    for wkt, attributes in rows:
        feature = QgsFeature(layer.fields())
        feature.setGeometry(QgsGeometry.fromWkt(wkt))
        feature.setAttributes(attributes)
        features.append(feature)
    assert layer.dataProvider().addFeatures(features)
    return layer


def _square(x, y, side):
    return "POLYGON(({0} {1}, {2} {1}, {2} {3}, {0} {3}, {0} {1}))".format(x, y, x + side, y + side)


@pytest.fixture
def hotspots():
    """Two 100 m squares 1 km apart, with a rank."""
    return _layer(
        "Polygon?crs=EPSG:3006&field=rank:integer",
        [(_square(X0, Y0, 100), [1]), (_square(X0 + 1000, Y0, 100), [2])],
        "hotspots",
    )


def _as_layer(value):
    from qgis.core import QgsVectorLayer

    return value if isinstance(value, QgsVectorLayer) else QgsVectorLayer(value, "out", "ogr")


def _rows(result):

    layer = _as_layer(result["OUTPUT"])
    return {f["rank"]: f for f in layer.getFeatures()}


def test_inside_one_lamp_is_fully_lit_and_far_from_lamps_is_unlit(run_alg, hotspots):
    lamps = _layer("Point?crs=EPSG:3006", [("POINT({} {})".format(X0 + 50, Y0 + 50), [])], "lamps")
    run = run_alg(
        "est:situationalfactors",
        {"HOTSPOTS": hotspots, "LIGHTS": lamps, "LIGHT_RADIUS": 80, "OUTPUT": "TEMPORARY_OUTPUT"},
    )
    rows = _rows(run.results)
    assert rows[1]["lit_share"] == pytest.approx(1.0, abs=1e-9)  # corners 70.7 m < 80 m
    assert rows[1]["lamps_per_ha"] == pytest.approx(1.0)
    assert rows[2]["lit_share"] == 0.0 and rows[2]["lamps_per_ha"] == 0.0
    assert "lighting" in rows[2]["measure_codes"]  # no incidents: check the lighting there


def test_lamps_in_degrees_are_reprojected_not_mixed(run_alg, hotspots):
    from qgis.core import QgsCoordinateReferenceSystem, QgsCoordinateTransform, QgsPointXY, QgsProject

    to_wgs = QgsCoordinateTransform(
        QgsCoordinateReferenceSystem("EPSG:3006"),
        QgsCoordinateReferenceSystem("EPSG:4326"),
        QgsProject.instance(),
    )
    lamp = to_wgs.transform(QgsPointXY(X0, Y0))  # the corner of hotspot 1
    lamps = _layer("Point?crs=EPSG:4326", [("POINT({} {})".format(lamp.x(), lamp.y()), [])], "lamps")
    rows = _rows(
        run_alg(
            "est:situationalfactors",
            {"HOTSPOTS": hotspots, "LIGHTS": lamps, "LIGHT_RADIUS": 40, "OUTPUT": "TEMPORARY_OUTPUT"},
        ).results
    )
    quarter_circle = math.pi * 40**2 / 4 / 10000.0
    assert rows[1]["lit_share"] == pytest.approx(quarter_circle, rel=2e-3)


def test_vegetation_share_with_an_invalid_polygon_equals_shapely(run_alg, hotspots):
    from shapely import wkt as shapely_wkt

    bow_tie = "POLYGON(({0} {1}, {2} {3}, {2} {1}, {0} {3}, {0} {1}))".format(
        X0 - 20, Y0 - 20, X0 + 60, Y0 + 60
    )
    vegetation = _layer(
        "Polygon?crs=EPSG:3006", [(bow_tie, []), (_square(X0 + 50, Y0 + 50, 30), [])], "green"
    )
    run = run_alg(
        "est:situationalfactors",
        {"HOTSPOTS": hotspots, "VEGETATION": vegetation, "OUTPUT": "TEMPORARY_OUTPUT"},
    )
    repaired = shapely_wkt.loads(bow_tie).buffer(0).union(shapely_wkt.loads(_square(X0 + 50, Y0 + 50, 30)))
    expected = repaired.intersection(shapely_wkt.loads(_square(X0, Y0, 100))).area / 10000.0
    assert _rows(run.results)[1]["vegetation_share"] == pytest.approx(expected, abs=6e-7)  # 6 decimals
    assert run.logged("1 invalid geometries were repaired")


def test_empty_and_far_away_factor_layers_give_zeros_and_a_message(run_alg, hotspots):
    empty = _layer("Point?crs=EPSG:3006", [], "no lamps")
    far = _layer("Polygon?crs=EPSG:3006", [(_square(X0 + 50000, Y0, 100), [])], "far green")
    run = run_alg(
        "est:situationalfactors",
        {"HOTSPOTS": hotspots, "LIGHTS": empty, "VEGETATION": far, "OUTPUT": "TEMPORARY_OUTPUT"},
    )
    rows = _rows(run.results)
    assert rows[1]["lit_share"] == 0.0 and rows[1]["vegetation_share"] == 0.0
    assert run.logged("'no lamps'") and run.logged("has no features")
    assert run.logged("does not reach any hotspot")


def test_other_factors_count_and_nearest(run_alg, hotspots):
    stops = _layer(
        "Point?crs=EPSG:3006",
        [("POINT({} {})".format(X0 + 130, Y0 + 50), []), ("POINT({} {})".format(X0 + 50, Y0 + 400), [])],
        "Bus stops",
    )
    rows = _rows(
        run_alg(
            "est:situationalfactors",
            {
                "HOTSPOTS": hotspots,
                "OTHER_FACTORS": [stops],
                "OTHER_DISTANCES": "bus stops=40",
                "OUTPUT": "TEMPORARY_OUTPUT",
            },
        ).results
    )
    assert rows[1]["bus_stops_count"] == 1 and rows[1]["bus_stops_nearest_m"] == pytest.approx(30.0)
    assert rows[2]["bus_stops_count"] == 0
    assert rows[2]["bus_stops_nearest_m"] == pytest.approx(870.0)  # from (X0+130) to hotspot 2 at X0+1000


def test_incident_flags_and_dark_unlit_share(run_alg, hotspots):

    lamps = _layer("Point?crs=EPSG:3006", [("POINT({} {})".format(X0 + 10, Y0 + 10), [])], "lamps")
    incidents = _layer(
        "Point?crs=EPSG:3006&field=event_time:string&field=time_known:boolean",
        [
            ("POINT({} {})".format(X0 + 12, Y0 + 12), ["2026-11-18 23:00:00", True]),  # lit, dark
            ("POINT({} {})".format(X0 + 90, Y0 + 90), ["2026-11-18 22:00:00", True]),  # unlit, dark
            ("POINT({} {})".format(X0 + 80, Y0 + 20), ["2026-11-18 12:00:00", True]),  # unlit, daylight
            ("POINT({} {})".format(X0 + 70, Y0 + 70), ["2026-11-18 00:00:00", False]),  # time unknown
            ("POINT({} {})".format(X0 + 5000, Y0), ["2026-11-18 23:00:00", True]),  # in no hotspot
        ],
        "incidents",
    )
    run = run_alg(
        "est:situationalfactors",
        {
            "HOTSPOTS": hotspots,
            "INCIDENTS": incidents,
            "LIGHTS": lamps,
            "LIGHT_RADIUS": 25,
            "OUTPUT": "TEMPORARY_OUTPUT",
            "OUTPUT_INCIDENTS": "TEMPORARY_OUTPUT",
        },
    )
    rows = _rows(run.results)
    assert rows[1]["incident_count"] == 4
    assert rows[1]["after_dark_share"] == pytest.approx(2 / 3, abs=1e-4)
    assert rows[1]["dark_unlit_incident_share"] == pytest.approx(1 / 3, abs=1e-4)
    flagged = list(_as_layer(run.results["OUTPUT_INCIDENTS"]).getFeatures())
    assert [f["is_lit"] for f in flagged] == [1, 0, 0, 0, 0]
    assert [f["after_dark"] for f in flagged][:3] == [1, 1, 0]
    assert flagged[3]["after_dark"] in (None, "") or str(flagged[3]["after_dark"]) == "NULL"
    assert str(flagged[4]["hotspot_fid"]) == "NULL" and flagged[0]["hotspot_fid"] is not None


def test_helsinki_sample_matches_geopandas(run_alg):
    """Real OpenStreetMap lamps and vegetation (ODbL): the plugin's shares equal geopandas' own."""
    import geopandas as gpd
    from shapely import wkt as shapely_wkt
    from shapely.ops import unary_union

    lamps = gpd.read_file(OSM, layer="street_lamps").to_crs(3067)
    green = gpd.read_file(OSM, layer="vegetation").to_crs(3067)
    green = green[green.geometry.notna()].buffer(0)
    x, y = float(lamps.geometry.x.median()), float(lamps.geometry.y.median())
    squares = {1: _square(round(x) - 150, round(y) - 150, 300), 2: _square(round(x) + 200, round(y), 200)}
    hotspot = _layer("Polygon?crs=EPSG:3067&field=rank:integer", [(squares[1], [1]), (squares[2], [2])], "h")
    rows = _rows(
        run_alg(
            "est:situationalfactors",
            {
                "HOTSPOTS": hotspot,
                "LIGHTS": "{}|layername=street_lamps".format(OSM),
                "LIGHT_RADIUS": 25,
                "VEGETATION": "{}|layername=vegetation".format(OSM),
                "OUTPUT": "TEMPORARY_OUTPUT",
            },
        ).results
    )
    lit_area = unary_union(list(lamps.buffer(25, 64)))
    green_area = unary_union(list(green))
    for rank, square in squares.items():
        box = shapely_wkt.loads(square)
        assert rows[rank]["lit_share"] == pytest.approx(lit_area.intersection(box).area / box.area, rel=3e-3)
        assert rows[rank]["vegetation_share"] == pytest.approx(
            green_area.intersection(box).area / box.area, abs=6e-7
        )
        inside = int(lamps.within(box).sum())
        assert rows[rank]["lamps_per_ha"] == pytest.approx(inside / (box.area / 1e4), abs=6e-4)  # 3 decimals
    assert 0.05 < rows[1]["lit_share"] < 1 and rows[1]["lamps_per_ha"] > 0


def test_outside_the_lighting_area_lighting_is_unknown_not_zero(run_alg, hotspots):
    lamps = _layer("Point?crs=EPSG:3006", [("POINT({} {})".format(X0 + 50, Y0 + 50), [])], "lamps")
    area = _layer("Polygon?crs=EPSG:3006", [(_square(X0 - 100, Y0 - 100, 400), [])], "lamp register area")
    incidents = _layer(
        "Point?crs=EPSG:3006",
        [("POINT({} {})".format(X0 + 50, Y0 + 50), []), ("POINT({} {})".format(X0 + 1050, Y0 + 50), [])],
        "incidents",
    )
    run = run_alg(
        "est:situationalfactors",
        {
            "HOTSPOTS": hotspots,
            "INCIDENTS": incidents,
            "LIGHTS": lamps,
            "LIGHT_RADIUS": 30,
            "LIGHTING_AREA": area,
            "OUTPUT": "TEMPORARY_OUTPUT",
            "OUTPUT_INCIDENTS": "TEMPORARY_OUTPUT",
        },
    )
    rows = _rows(run.results)
    assert rows[1]["lit_share"] == pytest.approx(math.pi * 30**2 / 1e4, rel=2e-3)
    assert str(rows[2]["lit_share"]) == "NULL" and str(rows[2]["lamps_per_ha"]) == "NULL"
    assert "lighting" not in (rows[2]["measure_codes"] or "")
    assert run.logged("1 hotspot(s) lie outside the area where the lighting data are complete")
    flags = [f["is_lit"] for f in _as_layer(run.results["OUTPUT_INCIDENTS"]).getFeatures()]
    assert flags[0] == 1 and str(flags[1]) == "NULL"


@pytest.mark.realdata
def test_vancouver_hotspots_against_geopandas(run_alg, shared_data, tmp_path):
    """Full Vancouver 2020: DBSCAN hotspots, the 10,000 real poles (EPSG:4326) and the mixed-geometry
    OSM vegetation layer; lit and vegetation shares of the ten first hotspots equal geopandas' own."""
    import geopandas as gpd
    from shapely.ops import unary_union

    folder = shared_data / "vancouver"
    imported = run_alg(
        "est:importincidents",
        {
            "INPUT": str(folder / "vpd_crimes_2020.csv"),
            "SOURCE_CRS": "EPSG:26910",
            "OUTPUT": str(tmp_path / "inc.gpkg"),
            "REJECTED": "TEMPORARY_OUTPUT",
        },
    ).results
    hotspots = run_alg(
        "est:dbscanhotspots",
        {
            "INPUT": imported["OUTPUT"],
            "EPS": 50,
            "MIN_SIZE": 5,
            "OUTPUT": "TEMPORARY_OUTPUT",
            "HOTSPOTS": str(tmp_path / "h.gpkg"),
        },
    ).results["HOTSPOTS"]
    run = run_alg(
        "est:situationalfactors",
        {
            "HOTSPOTS": hotspots,
            "INCIDENTS": imported["OUTPUT"],
            "LIGHTS": str(folder / "street_lighting_poles.gpkg"),
            "VEGETATION": str(folder / "vegetation_osm.gpkg"),
            "TIME_ZONE": "America/Vancouver",
            "OUTPUT": str(tmp_path / "f.gpkg"),
        },
    )
    assert run.logged("another geometry type were left out")  # the OSM nodes among the polygons
    ours = gpd.read_file(tmp_path / "f.gpkg").sort_values("rank").head(10)
    poles = gpd.read_file(folder / "street_lighting_poles.gpkg").to_crs(26910)
    green = gpd.read_file(folder / "vegetation_osm.gpkg").to_crs(26910)
    green = unary_union(list(green[green.geom_type.isin(["Polygon", "MultiPolygon"])].geometry.buffer(0)))
    for _, row in ours.iterrows():
        shape = row.geometry
        near = poles[poles.distance(shape) <= 25]
        lit = unary_union(list(near.buffer(25, 64))).intersection(shape).area if len(near) else 0.0
        assert row["lit_share"] == pytest.approx(lit / shape.area, rel=3e-3, abs=1e-9)
        # QGIS and pyproj project the degrees through different PROJ pipelines: millimetres apart
        assert row["vegetation_share"] == pytest.approx(
            green.intersection(shape).area / shape.area, rel=1e-4, abs=6e-7
        )
        assert row["incident_count"] > 0
