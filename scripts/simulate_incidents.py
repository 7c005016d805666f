#!/usr/bin/env python3
"""Simulate an EST incident-report export ("händelserapporter") for the demo.

ALL EVENTS PRODUCED BY THIS SCRIPT ARE SIMULATED. They are not real events,
do not describe real people and must never be presented as real data.

How the events are generated (fixed seed, so output is byte-for-byte stable):
  * Six hotspot centres are drawn at vertices of named footway / pedestrian /
    path / living_street / residential ways. Each hotspot has its own category
    mix, a Gaussian spread (30-80 m) and a weekly volume; one hotspot grows in
    ISO weeks 45-46 and one only exists in weeks 45-46.
  * About a quarter of the events are background noise at random positions
    along the street network. Every point is snapped to the nearest surface
    street and moved by at most 3 m, so events lie on or next to streets.
  * Dates fall in ISO weeks 39-46 of 2026 (Mon 2026-09-21 .. Sun 2026-11-15),
    with more events on Friday/Saturday and in the evening/night (20-02).
  * Dates, clock times and coordinates use the mixed formats typical of a
    Swedish Excel export (cp1252, CRLF, ';' separator, decimal comma), and six
    deliberately bad rows are mixed in (printed at the end of a run).

Streets: highways layer of resources/sample/helsinki_osm.gpkg,
(c) OpenStreetMap contributors, ODbL 1.0, https://www.openstreetmap.org/copyright
"""
import argparse
import csv
import datetime as dt
from pathlib import Path

import geopandas as gpd
import numpy as np
from pyproj import Transformer

REPO = Path(__file__).resolve().parents[1]
METRIC_CRS = "EPSG:3067"  # ETRS-TM35FIN, metres
START = dt.date(2026, 9, 21)  # Monday of ISO week 39
N_WEEKS = 8  # ISO weeks 39..46
NOT_STREETS = {"corridor", "elevator", "platform", "construction"}
HOTSPOT_TYPES = {"footway", "pedestrian", "path", "living_street", "residential"}
HEADER = "Ärendenr;Datum;Klockslag;Kategori;Plats;Latitud;Longitud;Beskrivning".split(";")
DESCRIPTIONS = {
    "Skadegörelse": ["Krossad glasruta i busskur", "Sönderslagen papperskorg", "Skadad parkbänk"],
    "Klotter": ["Klotter på fasad", "Klotter på elskåp", "Klotter på busskur"],
    "Nedskräpning": ["Glasflaskor och skräp på gångväg", "Dumpade sopsäckar", "Nedskräpning vid entrén"],
    "Brand": ["Brand i papperskorg", "Brand i container", "Eldat i soptunna"],
    "Ordningsstörning": ["Högljudd grupp på gatan nattetid", "Bråk utanför restaurang", "Hög musik från bil"],
    "Otrygghetsskapande samling": ["Grupp ungdomar stökar vid entrén", "Grupp samlas i trappuppgång"],
    "Hot/våld": ["Hotfullt beteende mot förbipasserande", "Slagsmål på gatan", "Hot mot personal i butik"],
    "Narkotika": ["Misstänkt narkotikaförsäljning", "Sprutor funna i buskage", "Narkotikapåverkade personer"],
    "Inbrott/stöld": ["Inbrott i förråd", "Cykelstöld", "Stöld ur bil"],
    "Olovlig trafik": ["Mopedåkning på gångbana", "Bil kör på gågata", "Fortkörning på bostadsgata"],
    "Otrygg plats": ["Trasig gatubelysning", "Mörk gångväg", "Buskage skymmer sikten"],
    "Övrigt": ["Övergiven cykel", "Lösspringande hund", "Oklar händelse, följs upp"],
}
CATEGORIES = list(DESCRIPTIONS)
# (spread in metres, mean events per week for weeks 39..46, category weights)
HOTSPOTS = [
    (50, [20] * 8, {"Ordningsstörning": 30, "Hot/våld": 15, "Nedskräpning": 20, "Narkotika": 10,
                    "Otrygghetsskapande samling": 10, "Skadegörelse": 10, "Övrigt": 5}),
    (70, [16] * 8, {"Narkotika": 25, "Otrygghetsskapande samling": 25, "Otrygg plats": 15,
                    "Hot/våld": 10, "Nedskräpning": 15, "Övrigt": 10}),
    (40, [11] * 6 + [26, 30], {"Skadegörelse": 25, "Klotter": 30, "Brand": 10,
                               "Otrygghetsskapande samling": 25, "Nedskräpning": 10}),
    (60, [12] * 8, {"Inbrott/stöld": 35, "Skadegörelse": 20, "Klotter": 15, "Övrigt": 10,
                    "Otrygg plats": 10, "Hot/våld": 10}),
    (80, [13, 12, 12, 11, 10, 9, 8, 7], {"Olovlig trafik": 45, "Ordningsstörning": 20,
                                         "Nedskräpning": 15, "Otrygg plats": 10, "Övrigt": 10}),
    (30, [0] * 6 + [30, 40], {"Otrygghetsskapande samling": 35, "Brand": 15, "Skadegörelse": 20,
                              "Klotter": 15, "Hot/våld": 15}),
]
BACKGROUND = (28, {c: {"Nedskräpning": 3, "Klotter": 3, "Skadegörelse": 2}.get(c, 1) for c in CATEGORIES})
HOUR_W = np.array([8, 7, 5, 3, 2, 1, 1, 2, 2, 2, 2, 3, 3, 3, 4, 5, 5, 6, 6, 7, 9, 10, 10, 9], float)
DOW_W = np.array([1.0, 1.0, 1.1, 1.2, 1.7, 1.9, 1.2])  # Monday..Sunday


def probs(weights):
    p = np.array([weights.get(c, 0) for c in CATEGORIES], float)
    return p / p.sum()


def load_streets(path):
    """Surface streets (no tunnels, indoor corridors etc.) in metres."""
    gdf = gpd.read_file(path, layer="highways")
    tags = gdf["other_tags"].fillna("")
    keep = ~gdf["highway"].isin(NOT_STREETS) & ~tags.str.contains('"tunnel"=>|"indoor"=>')
    return gdf[keep].to_crs(METRIC_CRS).reset_index(drop=True)


def segments(lines):
    """All straight segments of the lines as (start, end, owning line index)."""
    xy = [np.asarray(g.coords)[:, :2] for g in lines.geometry]
    owner = np.concatenate([np.full(len(c) - 1, i) for i, c in enumerate(xy)])
    return np.vstack([c[:-1] for c in xy]), np.vstack([c[1:] for c in xy]), owner


def nearest(p, segs):
    """Nearest point on any segment: (point, distance, line index)."""
    a, b, owner = segs
    ab = b - a
    t = np.clip(((p - a) * ab).sum(1) / np.maximum((ab ** 2).sum(1), 1e-12), 0, 1)
    q = a + t[:, None] * ab
    d = np.hypot(q[:, 0] - p[0], q[:, 1] - p[1])
    k = int(np.argmin(d))
    return q[k], d[k], owner[k]


def pick_centres(rng, streets, n, min_gap=250.0, margin=120.0):
    named = streets[streets["name"].notna() & streets["highway"].isin(HOTSPOT_TYPES)]
    verts = np.vstack([np.asarray(g.coords)[:, :2] for g in named.geometry])
    x0, y0, x1, y1 = streets.total_bounds
    inside = (verts[:, 0] > x0 + margin) & (verts[:, 0] < x1 - margin) & \
             (verts[:, 1] > y0 + margin) & (verts[:, 1] < y1 - margin)
    centres = []
    for v in verts[inside][rng.permutation(int(inside.sum()))]:
        if all(np.hypot(*(v - c)) >= min_gap for c in centres):
            centres.append(v)
        if len(centres) == n:
            return centres
    raise RuntimeError("could not place hotspot centres")


def random_times(rng, week, n):
    days = rng.choice(7, size=n, p=DOW_W / DOW_W.sum())
    hours = rng.choice(24, size=n, p=HOUR_W / HOUR_W.sum())
    minutes = rng.integers(0, 60, size=n)
    base = dt.datetime.combine(START, dt.time()) + dt.timedelta(weeks=week)
    return [base + dt.timedelta(days=int(d), hours=int(h), minutes=int(m))
            for d, h, m in zip(days, hours, minutes)]


def simulate(rng, streets):
    """List of (datetime, x, y, category) in metric coordinates."""
    segs, bounds, events = segments(streets), streets.total_bounds, []
    seg_p = np.hypot(*(segs[1] - segs[0]).T)
    seg_p /= seg_p.sum()

    def draw(week, mean, mix, raw_point):
        n = rng.poisson(mean)
        cats = rng.choice(CATEGORIES, size=n, p=probs(mix))
        for when, cat in zip(random_times(rng, week, n), cats):
            q = nearest(raw_point(), segs)[0] + rng.uniform(-3, 3, 2)  # on street +-3 m
            events.append((when, *np.clip(q, bounds[:2], bounds[2:]), cat))

    def on_random_street():
        k = rng.choice(len(seg_p), p=seg_p)
        return segs[0][k] + rng.random() * (segs[1][k] - segs[0][k])

    centres = pick_centres(rng, streets, len(HOTSPOTS))
    for centre, (spread, weekly, mix) in zip(centres, HOTSPOTS):
        for week, mean in enumerate(weekly):
            draw(week, mean, mix, lambda c=centre, s=spread: c + rng.normal(0, s, 2))
    for week in range(N_WEEKS):
        draw(week, BACKGROUND[0], BACKGROUND[1], on_random_street)
    return events


def format_rows(rng, events, streets):
    named = streets[streets["name"].notna()].reset_index(drop=True)
    named_segs = segments(named)
    to_wgs = Transformer.from_crs(METRIC_CRS, "EPSG:4326", always_xy=True)
    rows = []
    for when, x, y, cat in events:
        _, dist, line = nearest(np.array([x, y]), named_segs)
        lon, lat = to_wgs.transform(x, y)
        rows.append([when, cat, named["name"][line] if dist <= 50 else "",
                     round(lat, 6), round(lon, 6)])
    rows.sort(key=lambda r: (r[0], r[3], r[4], r[1]))
    out = []
    for i, (when, cat, place, lat, lon) in enumerate(rows, start=1):
        u, v = rng.random(2)
        date = when.strftime("%d/%m/%Y" if u < 0.05 else "%d.%m.%Y" if u < 0.08 else "%Y-%m-%d")
        clock = "" if v < 0.05 else when.strftime("%H:%M" if v < 0.25 else "%H.%M")
        out.append([f"EST-2026-{i:05d}", date, clock, cat, place, f"{lat:.6f}".replace(".", ","),
                    f"{lon:.6f}".replace(".", ","), rng.choice(DESCRIPTIONS[cat])])
    return out


def add_bad_rows(rng, rows):
    """Corrupt exactly six rows on purpose; returns a list of (Ärendenr, problem)."""
    problems = [("", "", "empty coordinates")] * 2 + [("0", "0", "coordinates 0/0")] * 2 + [
        (None, None, "impossible date 31/11/2026"), ("59,3293", "18,0686", "coordinates in Stockholm")]
    picked = sorted(int(i) for i in rng.choice(len(rows), size=len(problems), replace=False))
    report = []
    for i, (lat, lon, what) in zip(picked, problems):
        if lat is None:
            rows[i][1] = "31/11/2026"
        else:
            rows[i][5], rows[i][6] = lat, lon
        report.append((rows[i][0], what))
    return report


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--osm", type=Path, default=REPO / "resources/sample/helsinki_osm.gpkg")
    ap.add_argument("--out", type=Path, default=REPO / "resources/sample/incidents_helsinki_simulated.csv")
    ap.add_argument("--seed", type=int, default=2026)
    args = ap.parse_args()
    rng = np.random.default_rng(args.seed)
    streets = load_streets(args.osm)
    rows = format_rows(rng, simulate(rng, streets), streets)
    report = add_bad_rows(rng, rows)
    with open(args.out, "w", encoding="cp1252", newline="") as f:
        csv.writer(f, delimiter=";", lineterminator="\r\n").writerows([HEADER] + rows)
    print(f"Wrote {len(rows)} simulated events to {args.out}")
    for case, what in report:
        print(f"  bad row {case}: {what}")


if __name__ == "__main__":
    main()
