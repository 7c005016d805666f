"""Risk terrain modelling (core): features computed by hand, and models that recover known effects.

The synthetic incidents are drawn (seeded) from a Poisson process whose rate per cell is
exp(b0 + b1 * near_factor): the fitted relative risk must come back near exp(b1), and a factor that
plays no part in the rate must be dropped (or, if ever kept, insignificant).
"""
import numpy as np
import pytest
from shapely.geometry import LineString, Point, Polygon

from est_plugin.core import kde
from est_plugin.core import riskterrain as rtm
from est_plugin.core import riskterrain_model as model
from est_plugin.core.errors import InputError

PIXEL = 50.0


def _grid(cols=60, rows=60):
    return kde.Grid(0.0, rows * PIXEL, PIXEL, cols, rows)


def _centre(col, row, grid):
    return grid.x_min + (col + 0.5) * grid.pixel, grid.y_max - (row + 0.5) * grid.pixel


# --- features, exact small cases ---------------------------------------------------------------

def test_point_proximity_is_the_cell_and_its_four_neighbours_at_one_cell_distance():
    grid = _grid(5, 5)
    valid = np.ones((5, 5), bool)
    x, y = _centre(2, 2, grid)
    factor = rtm.FactorLayer("lamp", [Point(x, y)], "point")
    columns, candidates = rtm.factor_columns(factor, grid, valid, [50.0])
    near = columns[0].reshape(5, 5)
    expected = np.zeros((5, 5))
    expected[2, 2] = expected[1, 2] = expected[3, 2] = expected[2, 1] = expected[2, 3] = 1
    assert np.array_equal(near, expected)  # 50 m included, the diagonal (70.7 m) not
    assert candidates[0].operation == "proximity" and candidates[0].cells_exposed == 5


def test_point_density_is_the_quartic_kernel_standardised():
    grid = _grid(5, 5)
    valid = np.ones((5, 5), bool)
    x, y = _centre(2, 2, grid)
    factor = rtm.FactorLayer("lamp", [Point(x, y)], "point")
    columns, candidates = rtm.factor_columns(factor, grid, valid, [100.0])
    raw = np.zeros((5, 5))
    for row in range(5):
        for col in range(5):
            u2 = ((col - 2) ** 2 + (row - 2) ** 2) * PIXEL ** 2 / 100.0 ** 2
            raw[row, col] = (1 - u2) ** 2 if u2 <= 1 else 0.0
    expected = (raw - raw.mean()) / raw.std()
    density = [c for c, d in zip(columns, candidates) if d.operation == "density"][0]
    assert np.allclose(density.reshape(5, 5), expected)
    assert raw[2, 3] == pytest.approx(0.5625)  # (1 - 0.25)^2 by hand


def test_line_and_polygon_proximity_match_shapely_distances():
    grid = _grid(20, 20)
    valid = np.ones((20, 20), bool)
    valid[:, :3] = False  # cells outside the study area are not measured
    line = LineString([(120, 130), (720, 610)])
    square = Polygon([(400, 100), (600, 100), (600, 300), (400, 300)])
    cx, cy = rtm.cell_centres(grid, valid)
    for shape in (line, square):
        near = rtm.proximity_shapes([shape], grid, valid, 120.0)
        distances = np.array([shape.distance(Point(a, b)) for a, b in zip(cx, cy)])
        clear = np.abs(distances - 120.0) > 1.0  # buffer polygons are within 0.5% of d
        assert np.array_equal(near[clear], (distances[clear] <= 120.0).astype(float))
        assert near.sum() > 10


def test_empty_and_far_away_factors_are_left_out_with_a_reason():
    grid = _grid(10, 10)
    valid = np.ones((10, 10), bool)
    factors = [rtm.FactorLayer("nothing", [], "point"),
               rtm.FactorLayer("far", [Point(1e6, 1e6)], "point"),
               rtm.FactorLayer("far polygons", [Point(1e6, 1e6).buffer(10)], "polygon"),
               rtm.FactorLayer("here", [Point(*_centre(4, 4, grid))], "point")]
    found = rtm.build_features(factors, grid, valid, [50.0, 100.0])
    assert set(found.left_out) == {"nothing", "far", "far polygons"}
    assert "no features" in found.left_out["nothing"] or "inga objekt" in found.left_out["nothing"]
    assert {c.factor for c in found.candidates} == {"here"}
    assert found.matrix.shape == (100, len(found.candidates)) == (100, 4)


def test_bad_settings_and_too_little_data_are_refused():
    grid = _grid(10, 10)
    with pytest.raises(InputError):
        rtm.build_features([], grid, np.ones((10, 10), bool), [0.0])
    with pytest.raises(InputError):
        rtm.check_counts(np.ones((5, 5)), np.ones((5, 5), bool))  # 25 cells
    with pytest.raises(InputError):
        rtm.check_counts(np.zeros((20, 20)), np.ones((20, 20), bool))  # no incidents
    with pytest.raises(InputError):
        rtm.study_grid(0, 0, 100, 100, 0.0)


# --- the model recovers known effects -----------------------------------------------------------

B0, B1 = np.log(0.3), np.log(3.0)


def _synthetic(seed=3, b0=B0, b1=B1, n_lamps=40, n_noise=40):
    grid = _grid()
    valid = np.ones((grid.rows, grid.cols), bool)
    rng = np.random.default_rng(seed)
    size = grid.cols * PIXEL
    lamps = [Point(x, y) for x, y in rng.uniform(0, size, (n_lamps, 2))]
    noise = [Point(x, y) for x, y in rng.uniform(0, size, (n_noise, 2))]
    factors = [rtm.FactorLayer("bars", lamps, "point"), rtm.FactorLayer("benches", noise, "point")]
    found = rtm.build_features(factors, grid, valid, [50.0, 100.0, 200.0])
    true_column = [i for i, c in enumerate(found.candidates)
                   if (c.factor, c.operation, c.distance) == ("bars", "proximity", 100.0)][0]
    near = found.matrix[:, true_column]
    y = rng.poisson(np.exp(b0 + b1 * near))
    rows, cols = np.nonzero(valid)
    return grid, found, y, rows, cols, near


def _fit(found, y, rows, cols, **settings):
    return model.fit_model(found.matrix, [c.factor for c in found.candidates],
                           ["{}:{}".format(c.operation, c.distance) for c in found.candidates],
                           y, rows, cols, PIXEL, model.Settings(**settings))


def test_poisson_model_recovers_the_true_relative_risk_and_drops_the_irrelevant_factor():
    grid, found, y, rows, cols, near = _synthetic()
    fit = _fit(found, y, rows, cols, bootstraps=5, model="auto")
    table = rtm.result_table(["bars", "benches"], found, fit).set_index("factor")
    bars = table.loc["bars"]
    assert bars.status == "selected"
    assert (bars.operation, bars.distance_m) == ("proximity", 100.0)
    assert bars.relative_risk == pytest.approx(3.0, rel=0.12)
    assert bars.rrv_ci_low < 3.0 < bars.rrv_ci_high
    assert bars.p_value < 1e-6
    assert bars.cells_exposed == int(near.sum())
    assert bars.selected_share == 1.0
    benches = table.loc["benches"]
    assert benches.status in ("not_selected", "not_significant")
    assert np.isnan(benches.relative_risk)  # not in the composite
    assert fit.model == "poisson"  # the counts are Poisson: no overdispersion found


def test_overdispersed_counts_choose_the_negative_binomial_and_still_recover_the_effect():
    grid, found, _y, rows, cols, near = _synthetic(seed=5)
    rng = np.random.default_rng(11)
    mean = np.exp(np.log(0.5) + np.log(2.5) * near)
    y = rng.poisson(mean * rng.gamma(1.0, 1.0, len(mean)))  # gamma mixing: alpha = 1
    fit = _fit(found, y, rows, cols, bootstraps=0, model="auto")
    assert fit.model == "negbin" and fit.dispersion_p < 0.001
    assert fit.alpha == pytest.approx(1.0, rel=0.35)
    table = rtm.result_table(["bars", "benches"], found, fit).set_index("factor")
    assert table.loc["bars", "relative_risk"] == pytest.approx(2.5, rel=0.2)


def test_composite_risk_has_minimum_one_and_orders_cells_by_the_model():
    grid, found, y, rows, cols, near = _synthetic(seed=7)
    fit = _fit(found, y, rows, cols, bootstraps=0)
    risk = model.composite_risk(found.matrix, fit)
    assert risk.min() == pytest.approx(1.0)
    assert risk[near == 1].mean() == pytest.approx(fit_rrv(fit, found, "bars"), rel=0.05) or \
        risk[near == 1].mean() > risk[near == 0].mean() * 2
    assert risk[near == 1].mean() > risk[near == 0].mean()


def fit_rrv(fit, found, factor):
    for term, column in enumerate(fit.columns, start=1):
        if found.candidates[column].factor == factor:
            return float(np.exp(fit.coefficients[term]))
    return float("nan")


def test_no_factor_effect_gives_a_flat_risk_of_one():
    grid, found, _y, rows, cols, _near = _synthetic(seed=9)
    y = np.random.default_rng(2).poisson(0.4, len(rows))
    fit = _fit(found, y, rows, cols, bootstraps=0)
    assert fit.columns == [] or all(p > 0.001 for p in fit.p_values[1:])
    if not fit.columns:
        assert np.all(model.composite_risk(found.matrix, fit) == 1.0)


def test_the_same_seed_gives_the_same_result_and_the_poisson_fit_matches_statsmodels():
    import statsmodels.api as sm

    grid, found, y, rows, cols, _near = _synthetic(seed=4)
    first = _fit(found, y, rows, cols, bootstraps=3, seed=8)
    second = _fit(found, y, rows, cols, bootstraps=3, seed=8)
    assert first.columns == second.columns and first.selected_share == second.selected_share
    X = np.hstack([np.ones((len(y), 1)), found.matrix[:, first.columns]])
    reference = sm.GLM(y, X, family=sm.families.Poisson()).fit().params
    assert np.allclose(model.poisson_fit(X, y), reference, atol=1e-4)


def test_blocked_folds_keep_whole_blocks_together():
    rows, cols = np.divmod(np.arange(400), 20)
    blocks = model.block_ids(rows, cols, 5)
    folds = model.fold_of_blocks(blocks, 5, seed=1)
    assert len(np.unique(blocks)) == 16
    for block in np.unique(blocks):
        assert len(np.unique(folds[blocks == block])) == 1
    assert set(folds) <= set(range(5))


def test_poisson_deviance_by_hand():
    y = np.array([0.0, 2.0])
    mu = np.array([1.0, 1.0])
    assert model.poisson_deviance(y, mu) == pytest.approx(2 * ((0 - (0 - 1)) + (2 * np.log(2) - 1)))


def test_a_chosen_but_insignificant_factor_is_dropped_from_the_final_model():
    rng = np.random.default_rng(21)
    strong = (rng.random(3000) < 0.2).astype(float)
    noise = (rng.random(3000) < 0.2).astype(float)
    y = rng.poisson(np.exp(np.log(0.5) + np.log(2.0) * strong))
    features = np.column_stack([strong, noise])
    fit = model.significant_fit(features, y, [0, 1], model.Settings(model="poisson"))
    assert fit.columns == [0]
    assert list(fit.dropped) == [1] and fit.dropped[1] >= 0.05
    assert np.exp(fit.coefficients[1]) == pytest.approx(2.0, rel=0.1)
