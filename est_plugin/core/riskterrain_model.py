"""Risk terrain modelling, part 2: factor selection, the count model and the composite risk.

* Selection: forward stepwise by spatially blocked K-fold cross-validated Poisson deviance. Cells are
  grouped in square blocks (about 500 m) that go whole to one of K folds (seeded), so neighbouring
  cells never sit on both sides of a split. Each step tries every not yet chosen factor in every way
  it was measured (operation x distance) and adds the one that lowers the held-out deviance most;
  selection stops when no candidate lowers it by at least MIN_GAIN (4 deviance units, about a
  one-parameter likelihood-ratio test at 5%). So each factor enters at most once, with its best
  operation and distance, as RTMDx does. Poisson deviance is a valid criterion for the mean even
  when the counts are overdispersed.
* Final model: statsmodels GLM Poisson, or negative binomial (NB2, maximum likelihood alpha) when
  the likelihood-ratio test of alpha = 0 gives p < 0.01 (MODEL auto; half a chi-square(1), as alpha
  = 0 is on the boundary), for coefficients, standard errors, p-values and 95% intervals.
  Relative risk value RRV = exp(coefficient). A selected factor whose p-value is 0.05 or more is
  then dropped (the largest p first, refitting each time), as RTMDx keeps only significant factors.
* Stability: B bootstrap resamples of the blocks (seeded, cells weighted by how often their block was
  drawn); on each the whole selection is rerun (share of resamples that select the factor) and the
  final model's terms are refitted (5th-95th percentile of each RRV).
* Composite risk per cell = exp(linear predictor without the intercept), divided by its minimum over
  the study area, so 1 = lowest risk.
"""
from dataclasses import dataclass, field
from typing import Callable, List, Optional, Sequence

import numpy as np

from .errors import InputError
from .messages import text

MIN_GAIN = 4.0
KEEP_LEVEL = 0.05  # a selected factor stays in the final model only with p below this
BLOCK_METRES = 500.0
DISPERSION_LEVEL = 0.01  # auto: negative binomial when the test of alpha = 0 gives p below this
RIDGE = 1e-6  # a whisper of L2 on the slopes keeps Newton steps finite when a feature separates


@dataclass
class Settings:
    """How the model is chosen and checked."""

    model: str = "auto"  # "auto", "poisson" or "negbin"
    folds: int = 5
    bootstraps: int = 20
    seed: int = 1
    min_gain: float = MIN_GAIN
    keep_level: float = KEEP_LEVEL


@dataclass
class Fit:
    """The final model's figures for the chosen columns (intercept first)."""

    model: str
    columns: List[int]
    coefficients: np.ndarray
    std_errors: np.ndarray
    p_values: np.ndarray
    ci_low: np.ndarray
    ci_high: np.ndarray
    alpha: float = float("nan")  # negative binomial dispersion
    dispersion_p: float = float("nan")  # likelihood-ratio test of alpha = 0
    cv_deviance_null: float = float("nan")
    cv_deviance: float = float("nan")
    selected_share: dict = field(default_factory=dict)  # factor -> share of bootstrap selections
    variant_share: dict = field(default_factory=dict)  # factor -> share with the same operation/distance
    rrv_low: Optional[np.ndarray] = None
    rrv_high: Optional[np.ndarray] = None
    dropped: dict = field(default_factory=dict)  # column -> p-value: selected, then not significant


def poisson_fit(X: np.ndarray, y: np.ndarray, weights: Optional[np.ndarray] = None,
                iterations: int = 60) -> np.ndarray:
    """Poisson regression coefficients (X has the intercept column first) by Newton-Raphson."""
    w = np.ones(len(y)) if weights is None else weights
    beta = np.zeros(X.shape[1])
    beta[0] = np.log(max(float((w * y).sum()) / max(float(w.sum()), 1e-12), 1e-12))
    penalty = np.full(X.shape[1], RIDGE * max(float(w.sum()), 1.0))
    penalty[0] = 0.0
    for _ in range(iterations):
        mu = np.exp(np.clip(X @ beta, -30, 30))
        gradient = X.T @ (w * (y - mu)) - penalty * beta
        hessian = X.T @ (X * (w * mu)[:, None]) + np.diag(penalty)
        try:
            step = np.linalg.solve(hessian, gradient)
        except np.linalg.LinAlgError:
            step = np.linalg.lstsq(hessian, gradient, rcond=None)[0]
        step = np.clip(step, -5, 5)
        beta = beta + step
        if np.max(np.abs(step)) < 1e-8:
            break
    return beta


def poisson_deviance(y: np.ndarray, mu: np.ndarray, weights: Optional[np.ndarray] = None) -> float:
    """2 sum w (y log(y / mu) - (y - mu)), with y log y = 0 at y = 0."""
    w = np.ones(len(y)) if weights is None else weights
    mu = np.maximum(mu, 1e-300)
    ratio = np.where(y > 0, y * np.log(np.where(y > 0, y, 1.0) / mu), 0.0)
    return float(2.0 * np.sum(w * (ratio - (y - mu))))


def block_ids(rows: np.ndarray, cols: np.ndarray, block_cells: int) -> np.ndarray:
    """A block number per cell (square blocks of ``block_cells`` cells a side)."""
    block_cols = int(cols.max(initial=0)) // block_cells + 1
    return (rows // block_cells) * block_cols + cols // block_cells


def fold_of_blocks(blocks: np.ndarray, folds: int, seed: int) -> np.ndarray:
    """A fold number per cell: whole blocks assigned at random (seeded) to ``folds`` folds."""
    unique, inverse = np.unique(blocks, return_inverse=True)
    order = np.random.default_rng(seed).permutation(len(unique))
    return (order % folds)[inverse.ravel()]


def cv_deviance(X: np.ndarray, y: np.ndarray, folds: np.ndarray, k: int,
                weights: Optional[np.ndarray] = None) -> float:
    """Held-out Poisson deviance summed over the folds (X with its intercept column)."""
    w = np.ones(len(y)) if weights is None else weights
    total = 0.0
    for fold in range(k):
        test = folds == fold
        train = ~test & (w > 0)
        if not test.any() or not train.any():
            continue
        beta = poisson_fit(X[train], y[train], w[train])
        total += poisson_deviance(y[test], np.exp(np.clip(X[test] @ beta, -30, 30)), w[test])
    return total


def forward_selection(features: np.ndarray, factors: Sequence[str], y: np.ndarray, folds: np.ndarray,
                      k: int, min_gain: float, weights: Optional[np.ndarray] = None,
                      is_canceled: Callable[[], bool] = lambda: False):
    """(chosen column indexes, CV deviance of the null model, CV deviance of the chosen model)."""
    ones = np.ones((len(y), 1))
    chosen: List[int] = []
    null = best = cv_deviance(ones, y, folds, k, weights)
    while not is_canceled():
        taken = {factors[c] for c in chosen}
        trials = [(cv_deviance(np.hstack([ones, features[:, chosen + [c]]]), y, folds, k, weights), c)
                  for c in range(features.shape[1]) if factors[c] not in taken]
        if not trials:
            break
        score, column = min(trials)
        if score > best - min_gain:
            break
        chosen.append(column)
        best = score
    return chosen, null, best


def overdispersion_test(poisson_llf: float, negbin_llf: float) -> float:
    """p-value of the likelihood-ratio test of alpha = 0 (Poisson) against the negative binomial:
    alpha = 0 lies on the boundary, so the statistic follows half a chi-square(1)."""
    from scipy import stats

    statistic = max(2.0 * (negbin_llf - poisson_llf), 0.0)
    return float(0.5 * stats.chi2.sf(statistic, 1)) if statistic > 0 else 1.0


def _negbin(X: np.ndarray, y: np.ndarray, poisson):
    """statsmodels' negative binomial (NB2, maximum likelihood alpha), started at the Poisson fit."""
    import warnings

    from statsmodels.discrete.discrete_model import NegativeBinomial

    start = np.append(np.asarray(poisson.params), 0.5)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # convergence chatter; the result is checked below
        result = NegativeBinomial(y, X).fit(start_params=start, disp=0, maxiter=300)
    if not np.all(np.isfinite(np.asarray(result.params))) or not np.isfinite(result.llf):
        return None
    return result


def final_fit(X: np.ndarray, y: np.ndarray, model: str):
    """(model used, coefficients, SEs, p-values, CI low, CI high, alpha, dispersion p) by statsmodels."""
    import statsmodels.api as sm

    poisson = sm.GLM(y, X, family=sm.families.Poisson()).fit()
    result, used, alpha, dispersion_p = poisson, "poisson", float("nan"), float("nan")
    if model in ("auto", "negbin"):
        negbin = _negbin(X, y, poisson)
        if negbin is not None:
            alpha = float(np.asarray(negbin.params)[X.shape[1]])
            dispersion_p = overdispersion_test(poisson.llf, negbin.llf)
            if model == "negbin" or (dispersion_p < DISPERSION_LEVEL and alpha > 0):
                result, used = negbin, "negbin"
    k = X.shape[1]
    interval = np.asarray(result.conf_int(0.05))[:k]
    return (used, np.asarray(result.params)[:k], np.asarray(result.bse)[:k], np.asarray(result.pvalues)[:k],
            interval[:, 0], interval[:, 1], alpha, dispersion_p)


def fit_model(features: np.ndarray, factors: Sequence[str], variants: Sequence[str], y: np.ndarray,
              rows: np.ndarray, cols: np.ndarray, pixel: float, settings: Settings,
              is_canceled: Callable[[], bool] = lambda: False,
              progress: Callable[[float], None] = lambda share: None) -> Fit:
    """Select, fit and check the risk terrain model; see the module's description."""
    y = np.asarray(y, float)
    if y.sum() <= 0:
        raise InputError(text("rtm_too_few_incidents", incidents=0, minimum=1))
    blocks = block_ids(rows, cols, max(int(round(BLOCK_METRES / pixel)), 2))
    folds = fold_of_blocks(blocks, settings.folds, settings.seed)
    chosen, null, best = forward_selection(features, factors, y, folds, settings.folds,
                                           settings.min_gain, None, is_canceled)
    progress(0.5)
    fit = significant_fit(features, y, chosen, settings)
    fit.cv_deviance_null, fit.cv_deviance = null, best
    _bootstrap(fit, features, factors, variants, y, blocks, folds, settings, is_canceled, progress)
    return fit


def significant_fit(features: np.ndarray, y: np.ndarray, chosen: Sequence[int], settings: Settings) -> Fit:
    """The final model of the chosen columns; while a term has p >= settings.keep_level, the one
    with the largest p is dropped (recorded in Fit.dropped) and the model refitted."""
    columns, dropped = list(chosen), {}
    while True:
        X = np.hstack([np.ones((len(y), 1)), features[:, columns]])
        used, params, bse, pvalues, low, high, alpha, dispersion_p = final_fit(X, y, settings.model)
        slopes = np.where(np.isfinite(pvalues[1:]), pvalues[1:], 1.0)
        if not len(slopes) or slopes.max() < settings.keep_level:
            fit = Fit(used, columns, params, bse, pvalues, low, high, alpha, dispersion_p)
            fit.dropped = dropped
            return fit
        worst = int(np.argmax(slopes))
        dropped[columns[worst]] = float(slopes[worst])
        del columns[worst]


def _bootstrap(fit: Fit, features, factors, variants, y, blocks, folds, settings, is_canceled,
               progress) -> None:
    """Selection shares and RRV percentiles over block bootstrap resamples (in place)."""
    names = sorted(set(factors))
    fit.selected_share = {name: float("nan") for name in names}
    fit.variant_share = {name: float("nan") for name in names}
    if settings.bootstraps <= 0:
        return
    rng = np.random.default_rng(settings.seed + 1)
    unique, inverse = np.unique(blocks, return_inverse=True)
    inverse = inverse.ravel()
    chosen_variants = {factors[c]: variants[c] for c in fit.columns}
    selected = {name: 0 for name in names}
    same = {name: 0 for name in names}
    rrvs, done = [], 0
    X_final = np.hstack([np.ones((len(y), 1)), features[:, fit.columns]])
    for b in range(settings.bootstraps):
        if is_canceled():
            return
        drawn = np.bincount(rng.integers(0, len(unique), len(unique)), minlength=len(unique))
        weights = drawn[inverse].astype(float)
        columns, _null, _best = forward_selection(features, factors, y, folds, settings.folds,
                                                  settings.min_gain, weights, is_canceled)
        for c in columns:
            selected[factors[c]] += 1
            same[factors[c]] += int(chosen_variants.get(factors[c]) == variants[c])
        rrvs.append(np.exp(refit(X_final, y, weights, fit)[1:]))
        done += 1
        progress(0.5 + 0.5 * (b + 1) / settings.bootstraps)
    fit.selected_share = {name: selected[name] / done for name in names}
    fit.variant_share = {name: same[name] / done for name in names}
    if fit.columns:
        stacked = np.array(rrvs)
        fit.rrv_low, fit.rrv_high = np.percentile(stacked, 5, axis=0), np.percentile(stacked, 95, axis=0)


def refit(X: np.ndarray, y: np.ndarray, weights: np.ndarray, fit: Fit) -> np.ndarray:
    """The final model's coefficients on a weighted resample (negative binomial: its alpha kept)."""
    if fit.model != "negbin":
        return poisson_fit(X, y, weights)
    import statsmodels.api as sm

    used = weights > 0
    family = sm.families.NegativeBinomial(alpha=fit.alpha)
    return np.asarray(sm.GLM(y[used], X[used], family=family, freq_weights=weights[used]).fit(
        start_params=fit.coefficients).params)


def composite_risk(features: np.ndarray, fit: Fit) -> np.ndarray:
    """exp(linear predictor without the intercept) scaled so that its minimum is 1."""
    if not fit.columns:
        return np.ones(features.shape[0])
    linear = features[:, fit.columns] @ fit.coefficients[1:]
    return np.exp(linear - linear.min())
