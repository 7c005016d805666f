"""Build resources/sweden_area.geojson: where the plugin treats data as Swedish.

Sweden's outline from Natural Earth 1:10m Admin 0 (public domain; QGIS ships it as
world_map.gpkg), widened 20 km into the sea so that archipelagos and coasts count, minus the land
of Norway, Finland and Denmark, simplified to 500 m. Used to choose SWEREF 99 TM and the Swedish
time zone (a bounding box would also take Oslo, Turku and Riga).

    python3 scripts/make_sweden_area.py [--world /usr/share/qgis/resources/data/world_map.gpkg]
"""
import argparse
import json
from pathlib import Path

import geopandas as gpd

ROOT = Path(__file__).resolve().parents[1]
WORLD = "/usr/share/qgis/resources/data/world_map.gpkg"
COAST_M = 20000.0
SIMPLIFY_M = 500.0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--world", default=WORLD)
    parser.add_argument("--out", type=Path, default=ROOT / "resources" / "sweden_area.geojson")
    args = parser.parse_args()
    countries = gpd.read_file(args.world, layer="countries").to_crs(3006)
    sweden = countries[countries.iso_a2 == "SE"].unary_union
    neighbours = countries[countries.iso_a2.isin(["NO", "FI", "DK"])].unary_union
    area = sweden.buffer(COAST_M).difference(neighbours).simplify(SIMPLIFY_M)
    shape = gpd.GeoSeries([area], crs=3006).to_crs(4326).iloc[0]
    feature = {"type": "Feature", "properties": {
        "name": "Sweden with 20 km of coastal water",
        "source": "Made with Natural Earth (public domain), 1:10m Admin 0 Countries v4.1.0"},
        "geometry": json.loads(gpd.GeoSeries([shape]).to_json())["features"][0]["geometry"]}
    collection = {"type": "FeatureCollection", "features": [feature]}
    args.out.write_text(json.dumps(collection, separators=(",", ":")) + "\n", encoding="utf-8")
    print(args.out, args.out.stat().st_size, "bytes")


if __name__ == "__main__":
    main()
