"""tuning: candidates ranked by the PAI of later incidents in hotspots made from earlier ones."""
import math
import re

import numpy as np
import pytest
from shapely.geometry import box

from est_plugin.core.tuning import Candidate, Periods, default_candidates, tune

HOT_X, HOT_Y = 1625.0, 375.0  # the middle of a 250 m grid cell of the 2 x 2 km study area


def _periods(seed=12):
    """A 2 x 2 km study area; both periods have a uniform background and a hotspot of the same
    size at (HOT_X, HOT_Y), standard deviation 40 m; a few test incidents lie outside the area."""
    rng = np.random.default_rng(seed)

    def period(background, hot):
        x = np.r_[rng.uniform(0, 2000, background), rng.normal(HOT_X, 40, hot)]
        y = np.r_[rng.uniform(0, 2000, background), rng.normal(HOT_Y, 40, hot)]
        return x, y

    train_x, train_y = period(300, 300)
    test_x, test_y = period(150, 150)
    test_x = np.r_[test_x, 2500.0, -10.0, 0.0]
    test_y = np.r_[test_y, 1000.0, 500.0, 1000.0]  # outside, outside, on the area's edge
    return Periods(train_x, train_y, test_x, test_y, box(0, 0, 2000, 2000))


@pytest.fixture(scope="module")
def periods():
    return _periods()


@pytest.fixture(scope="module")
def ranked_defaults(periods):
    return tune(periods, 0.05)


def test_default_candidates_are_the_processing_defaults():
    # The defaults of est:tunehotspots: radii 50, 100, 150, 200, 300 m x pixels 10, 25 m; grid
    # cells 50, 100, 150, 250 m; EPS 25, 50, 100 m x MIN_SIZE 5, 10, 25: 10 + 4 + 9 = 23.
    found = default_candidates()
    kde = {(c.radius, c.pixel_size) for c in found if c.method == "kde"}
    assert kde == {(r, p) for r in (50.0, 100.0, 150.0, 200.0, 300.0) for p in (10.0, 25.0)}
    assert [c.pixel_size for c in found if c.method == "grid"] == [50.0, 100.0, 150.0, 250.0]
    dbscan = {(c.eps, c.min_size) for c in found if c.method == "dbscan"}
    assert dbscan == {(e, m) for e in (25.0, 50.0, 100.0) for m in (5, 10, 25)}
    assert len(found) == len(set(found)) == 23


def test_default_candidates_count_matches_its_docstring():
    documented = int(re.search(r"\((\d+) candidates\)", default_candidates.__doc__).group(1))
    assert len(default_candidates()) == documented


def test_test_in_area_counts_the_test_incidents_inside_and_on_the_edge(periods):
    assert periods.test_in_area() == 300 + 1


def test_the_recommendation_finds_the_known_hotspot(ranked_defaults, periods):
    table = ranked_defaults
    assert len(table) == 23
    assert table["rank"].tolist() == list(range(1, 24))
    # Comparable candidates (hotspots covering at least 80% of the share) first, each part by PAI.
    comparable = table["area_share"].to_numpy() >= 0.8 * 0.05
    assert table["comparable"].tolist() == comparable.astype(int).tolist()
    assert not np.any(np.diff(comparable.astype(int)) > 0)
    for part in (comparable, ~comparable):
        pai = table["pai"].to_numpy()[part]
        assert np.all(np.diff(pai[~np.isnan(pai)]) <= 0)
        assert not np.any(np.diff(np.isnan(pai).astype(int)) < 0)  # NaN last
    best = table.iloc[0]
    # Half of the test incidents are in the hotspot, which fits in 5% of the area: PAI near 10.
    assert best["pai"] > 5.0, table.head()
    assert best["hit_rate"] > 0.4
    assert best["area_share"] <= 0.05 + 1e-9
    assert best["pai"] == pytest.approx(best["hit_rate"] / best["area_share"])
    assert (table["incidents_in"] <= periods.test_in_area()).all()
    assert set(table["method"]) == {"kde", "grid", "dbscan"}


def test_cell_candidates_cover_the_share_and_dbscan_candidates_stay_within_it(ranked_defaults):
    cells = ranked_defaults[ranked_defaults["method"] != "dbscan"]
    assert np.allclose(cells["area_share"], 0.05, atol=0.01)  # whole cells: 4 of 64 250 m cells
    clusters = ranked_defaults[ranked_defaults["method"] == "dbscan"]
    assert (clusters["area_share"].dropna() <= 0.05 + 1e-9).all()


def test_a_grid_candidate_by_hand(periods):
    # 250 m cells: 8 x 8 = 64 cells; 1/64 of the area is one cell, the one with the most training
    # incidents: the hotspot's cell [1500, 1750) x [250, 500).
    (row,) = tune(periods, 1 / 64, [Candidate("grid", pixel_size=250.0)]).to_dict("records")
    train, _, _ = np.histogram2d(periods.train_x, periods.train_y, bins=8, range=[[0, 2000], [0, 2000]])
    assert np.unravel_index(np.argmax(train), train.shape) == (6, 1)
    inside = ((periods.test_x >= 1500) & (periods.test_x < 1750) & (periods.test_y >= 250) &
              (periods.test_y < 500))
    hits = int(inside.sum())
    assert row["incidents_in"] == hits
    assert row["area_share"] == pytest.approx(1 / 64)
    assert row["hit_rate"] == pytest.approx(hits / 301)
    assert row["pai"] == pytest.approx(hits / 301 * 64)


def test_a_candidate_without_hotspots_ranks_last(periods):
    candidates = [Candidate("dbscan", eps=25.0, min_size=10_000), Candidate("kde", radius=100.0,
                                                                             pixel_size=25.0)]
    table = tune(periods, 0.05, candidates)
    assert table["method"].tolist() == ["kde", "dbscan"]
    assert table["rank"].tolist() == [1, 2]
    assert math.isnan(table["pai"].iloc[1]) and table["incidents_in"].iloc[1] == 0


def test_hotspots_much_smaller_than_the_share_rank_after_comparable_ones(periods):
    # DBSCAN with a large MIN_SIZE finds only the hotspot, whose polygon covers about 1% of the
    # area: its PAI is higher than that of 250 m cells covering 5%, but it is not comparable.
    candidates = [Candidate("dbscan", eps=25.0, min_size=25), Candidate("grid", pixel_size=250.0)]
    table = tune(periods, 0.05, candidates)
    assert table["method"].tolist() == ["grid", "dbscan"]
    assert table["comparable"].tolist() == [1, 0]
    assert table["area_share"].iloc[1] < 0.04
    assert table["pai"].iloc[1] > table["pai"].iloc[0]


def test_a_wrong_place_ranks_below_the_right_one():
    # Training hotspot elsewhere than the test hotspot: grid cells of 250 m catch nothing of it.
    right = _periods()
    wrong = Periods(right.train_x.copy(), right.train_y.copy(), right.test_x.copy(),
                    right.test_y.copy(), right.area)
    hot = np.hypot(wrong.train_x - HOT_X, wrong.train_y - HOT_Y) < 200
    wrong.train_y[hot] += 1000.0  # the training hotspot moves 1 km north
    candidate = [Candidate("grid", pixel_size=250.0)]
    assert tune(right, 1 / 64, candidate)["pai"].iloc[0] > 5
    assert tune(wrong, 1 / 64, candidate)["pai"].iloc[0] < 1


def test_progress_and_cancel(periods):
    steps = []
    candidates = [Candidate("grid", pixel_size=c) for c in (100.0, 200.0, 250.0, 500.0)]
    tune(periods, 0.05, candidates, progress=steps.append)
    assert steps == [25.0, 50.0, 75.0, 100.0]
    asked = []

    def cancel_after_two():
        asked.append(1)
        return len(asked) > 2

    table = tune(periods, 0.05, candidates, is_canceled=cancel_after_two)
    assert len(table) == 2
