"""dbscan: the same clusters as scikit-learn's DBSCAN on real extracts, random and edge cases."""
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from scipy.spatial import cKDTree
from sklearn.cluster import DBSCAN

from est_plugin.core.dbscan import dbscan
from est_plugin.core.errors import InputError

DATA = Path(__file__).resolve().parents[1] / "data"


def sklearn_result(x, y, eps, min_samples):
    """(labels with -1 for noise, core mask) from scikit-learn."""
    fitted = DBSCAN(eps=eps, min_samples=min_samples).fit(np.column_stack([x, y]))
    core = np.zeros(len(x), bool)
    core[fitted.core_sample_indices_] = True
    return fitted.labels_, core


def assert_valid_numbering(result):
    """Ids 1..k numbered by size (1 = largest), sizes[0] = noise, sizes[i] = points of id i."""
    labels = result.labels
    count = int(labels.max(initial=0))
    assert set(np.unique(labels[labels > 0]).tolist()) == set(range(1, count + 1))
    assert result.sizes.tolist() == np.bincount(labels, minlength=count + 1).tolist()
    assert all(np.diff(result.sizes[1:]) <= 0), result.sizes


def assert_same_as_sklearn(x, y, eps, min_samples):
    x, y = np.asarray(x, float), np.asarray(y, float)
    result = dbscan(x, y, eps, min_samples)
    theirs, their_core = sklearn_result(x, y, eps, min_samples)
    assert np.array_equal(result.core, their_core), "core points differ"
    assert np.array_equal(result.labels == 0, theirs == -1), "noise differs"
    # Core points are split into the same clusters: a bijection between the two numberings.
    pairs = set(zip(result.labels[their_core].tolist(), theirs[their_core].tolist()))
    assert len(pairs) == len({a for a, _ in pairs}) == len({b for _, b in pairs})
    assert int(result.labels.max(initial=0)) == int(theirs.max(initial=-1)) + 1
    # Every border point's cluster has a core point within eps of the border point.
    border = np.flatnonzero((result.labels > 0) & ~result.core)
    cores = np.flatnonzero(result.core)
    for i in border:
        near = cores[(x[cores] - x[i]) ** 2 + (y[cores] - y[i]) ** 2 <= eps * eps]
        assert result.labels[i] in set(result.labels[near].tolist()), i
    assert_valid_numbering(result)
    return result




@pytest.mark.parametrize("name,eps,min_samples", [
    ("vancouver", 25.0, 2), ("vancouver", 100.0, 3), ("vancouver", 200.0, 5), ("vancouver", 500.0, 10),
    ("vancouver", 1000.0, 30), ("chicago", 500.0, 2), ("chicago", 1500.0, 4), ("chicago", 3000.0, 8),
    ("lancashire", 1.0, 2), ("lancashire", 2000.0, 3), ("lancashire", 5000.0, 6),
])
def test_real_extracts_equal_sklearn(real_points, name, eps, min_samples):
    x, y = real_points(name)
    result = assert_same_as_sklearn(x, y, eps, min_samples)
    assert result.labels.max() >= 1  # the settings do make clusters


def test_vancouver_duplicates_make_clusters_of_one_place(real_points):
    # The VPD extract repeats block coordinates: with a tiny eps only repeated places cluster.
    x, y = real_points("vancouver")
    result = assert_same_as_sklearn(x, y, 0.01, 2)
    places = pd.DataFrame({"x": x, "y": y}).duplicated(keep=False).to_numpy()
    assert np.array_equal(result.labels > 0, places)


def _random_case(seed):
    """Points, eps and a min_samples between the 30th and 90th percentile of the neighbour counts
    (so that cores, border points and noise all occur)."""
    rng = np.random.default_rng(seed)
    kind = seed % 4
    n = int(rng.integers(50, 1500))
    if kind == 0:  # integer lattice: exact distances, many exactly eps apart, many duplicates
        x = rng.integers(0, 40, n).astype(float)
        y = rng.integers(0, 40, n).astype(float)
        eps = float(rng.choice([1.0, 2.0, 3.0, 5.0]))
    elif kind == 1:  # hotspots with half of the points repeating another point's place
        centres = rng.normal(0.0, 400.0, (15, 2))
        which = rng.integers(0, 15, n)
        x = centres[which, 0] + rng.normal(0.0, 20.0, n)
        y = centres[which, 1] + rng.normal(0.0, 20.0, n)
        copy = rng.random(n) < 0.5
        source = rng.integers(0, n, n)
        x[copy], y[copy] = x[source[copy]], y[source[copy]]
        eps = float(rng.uniform(3.0, 30.0))
    elif kind == 2:  # SWEREF 99 TM sized coordinates
        x = 674000.0 + rng.uniform(0.0, 800.0, n)
        y = 6580000.0 + rng.uniform(0.0, 800.0, n)
        eps = float(rng.uniform(10.0, 60.0))
    else:  # a coarse lattice of 5 m blocks with heavy repeats
        x = 491000.0 + rng.integers(0, 25, n) * 5.0
        y = 5459000.0 + rng.integers(0, 25, n) * 5.0
        eps = float(rng.choice([5.0, 10.0, 15.0]))
    counts = cKDTree(np.column_stack([x, y])).query_ball_point(np.column_stack([x, y]), eps,
                                                               return_length=True)
    min_samples = max(int(np.quantile(counts, rng.uniform(0.3, 0.9))), 1)
    return x, y, eps, min_samples


@pytest.mark.parametrize("seed", range(40))
def test_random_cases_equal_sklearn(seed):
    assert_same_as_sklearn(*_random_case(seed))


def test_points_exactly_eps_apart_are_neighbours():
    result = assert_same_as_sklearn([0.0, 30.0], [0.0, 40.0], 50.0, 2)
    assert result.labels.tolist() == [1, 1] and result.core.tolist() == [True, True]
    result = assert_same_as_sklearn([0.0, 30.0], [0.0, 40.0], 49.999, 2)
    assert result.labels.tolist() == [0, 0] and not result.core.any()


def test_a_chain_of_points_eps_apart():
    steps = np.arange(6, dtype=float)
    x, y = 30.0 * steps, 40.0 * steps  # 50 m apart along a line
    result = assert_same_as_sklearn(x, y, 50.0, 3)
    # The ends have 2 points within eps: border points of the one cluster.
    assert result.labels.tolist() == [1] * 6
    assert result.core.tolist() == [False, True, True, True, True, False]


def test_min_samples_one_makes_every_point_core():
    rng = np.random.default_rng(3)
    x, y = rng.uniform(0, 1000, 300), rng.uniform(0, 1000, 300)
    result = assert_same_as_sklearn(x, y, 20.0, 1)
    assert result.core.all() and (result.labels > 0).all()


def test_a_single_point():
    result = assert_same_as_sklearn([5.0], [7.0], 10.0, 1)
    assert result.labels.tolist() == [1] and result.core.tolist() == [True]
    assert result.sizes.tolist() == [0, 1]
    result = assert_same_as_sklearn([5.0], [7.0], 10.0, 2)
    assert result.labels.tolist() == [0] and result.sizes.tolist() == [1]


def test_empty_input():
    result = dbscan(np.array([]), np.array([]), 10.0, 3)
    assert len(result.labels) == 0 and len(result.core) == 0
    assert result.sizes.tolist() == [0]


@pytest.mark.parametrize("min_samples,clustered", [(1, True), (10, True), (11, False)])
def test_all_points_identical(min_samples, clustered):
    x, y = np.full(10, 674123.25), np.full(10, 6580456.5)
    result = assert_same_as_sklearn(x, y, 1.0, min_samples)
    assert (result.labels == (1 if clustered else 0)).all()
    assert (result.core == clustered).all()


def test_dbscan_star_makes_border_points_noise_and_keeps_cores():
    for seed in range(8):
        x, y, eps, min_samples = _random_case(seed)
        plain = dbscan(x, y, eps, min_samples)
        star = dbscan(x, y, eps, min_samples, border_noise=True)
        _, their_core = sklearn_result(x, y, eps, min_samples)
        assert np.array_equal(star.core, their_core)
        assert np.array_equal(star.labels > 0, their_core)  # only cores are clustered
        pairs = set(zip(star.labels[their_core].tolist(), plain.labels[their_core].tolist()))
        assert len(pairs) == len({a for a, _ in pairs}) == len({b for _, b in pairs})
        assert_valid_numbering(star)
    result = dbscan(30.0 * np.arange(6.0), 40.0 * np.arange(6.0), 50.0, 3, border_noise=True)
    assert result.labels.tolist() == [0, 1, 1, 1, 1, 0]


def test_cluster_ids_are_numbered_by_size():
    # Input order: a cluster of 3, a cluster of 5, noise, a cluster of 3 (tie: earlier point first).
    x = np.array([0.0, 1, 2, 100, 101, 102, 103, 104, 500, 1000, 1001, 1002])
    y = np.zeros(12)
    result = assert_same_as_sklearn(x, y, 1.5, 2)
    assert result.labels.tolist() == [2, 2, 2, 1, 1, 1, 1, 1, 0, 3, 3, 3]
    assert result.sizes.tolist() == [1, 5, 3, 3]


def test_inputs_are_not_changed():
    x, y, eps, min_samples = _random_case(1)
    before = x.copy(), y.copy()
    dbscan(x, y, eps, min_samples)
    assert np.array_equal(x, before[0]) and np.array_equal(y, before[1])


@pytest.mark.parametrize("eps,min_samples", [(0.0, 3), (-5.0, 3), (float("nan"), 3), (10.0, 0),
                                             (10.0, -2)])
def test_bad_settings_raise_input_error(eps, min_samples):
    with pytest.raises(InputError) as caught:
        dbscan(np.array([0.0, 1.0]), np.array([0.0, 1.0]), eps, min_samples)
    assert "EPS" in str(caught.value) and "MIN_SIZE" in str(caught.value)


def test_points_without_coordinates_do_not_change_the_others():
    # scikit-learn refuses NaN; here either refusing or leaving the NaN points out is fine, but the
    # two real points 100 m apart must stay noise.
    x = np.array([0.0, 100.0, np.nan, np.nan])
    y = np.array([0.0, 0.0, 5.0, 7.0])
    try:
        result = dbscan(x, y, 1.5, 2)
    except (InputError, ValueError):
        return
    assert result.labels.tolist() == [0, 0, 0, 0]
    assert not result.core.any()


@pytest.mark.parametrize("seed", range(12))
def test_tree_path_for_unjoined_pairs_equals_sklearn(monkeypatch, seed):
    # Pairs of cells not joined by their nearest cores are normally measured directly; above
    # DIRECT_LIMIT distances they go to nearest-neighbour trees. Force the trees.
    from est_plugin.core import dbscan as module

    monkeypatch.setattr(module, "DIRECT_LIMIT", 0)
    x, y, eps, min_samples = _random_case(seed)
    assert_same_as_sklearn(x, y, eps, min_samples)


def test_direct_measuring_in_small_chunks_equals_sklearn(monkeypatch):
    from est_plugin.core import dbscan as module

    monkeypatch.setattr(module, "DIRECT_CHUNK", 7)
    for seed in range(12, 20):
        x, y, eps, min_samples = _random_case(seed)
        assert_same_as_sklearn(x, y, eps, min_samples)
