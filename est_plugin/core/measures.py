"""Incidents against the factors, and the suggested measures per hotspot.

The measures follow transparent rules whose thresholds the user sets (defaults in ``Thresholds``);
the algorithm's help states each rule and the guidance behind its default.
"""

from dataclasses import dataclass
from typing import List, Optional, Sequence, Tuple

import numpy as np
import pandas as pd

from .factors import FactorLayers, in_circles, in_shapes
from .messages import text


@dataclass(frozen=True)
class Thresholds:
    """When a rule suggests a measure."""

    min_lit_share: float = 0.75  # lighting: less of the hotspot than this is lit ...
    min_dark_unlit_share: float = 0.25  # ... and at least this share of its incidents was dark and unlit
    max_unlit_gap_m: float = 50.0  # a longer unlit stretch of path suggests closing the gap
    max_vegetation_share: float = 0.30  # more vegetation cover than this suggests clearing sightlines


def incident_flags(
    x: np.ndarray, y: np.ndarray, layers: FactorLayers, after_dark: Optional[np.ndarray]
) -> pd.DataFrame:
    """is_lit, in_vegetation, after_dark per incident (None where the layer or the time is missing).

    ``after_dark`` holds 1 (dark), 0 (daylight) or NaN (time of day unknown) per incident.
    """
    frame = pd.DataFrame(index=range(len(x)))
    if layers.has_lighting:
        lit = in_circles(x, y, layers.lamps)
        lit |= in_shapes(x, y, layers.lit_lines, layers.light_radius)
        frame["is_lit"] = lit.astype(int)
    else:
        frame["is_lit"] = None
    if layers.has_vegetation:
        green = in_circles(x, y, layers.trees) | in_shapes(x, y, layers.vegetation)
        frame["in_vegetation"] = green.astype(int)
    else:
        frame["in_vegetation"] = None
    frame["after_dark"] = (
        pd.Series(after_dark, dtype="float").astype("Int64") if after_dark is not None else None
    )
    return frame


def hotspot_incidents(where: np.ndarray, flags: pd.DataFrame, hotspots: int) -> pd.DataFrame:
    """Per hotspot: incident_count, after_dark_share and dark_unlit_incident_share.

    ``where`` is the hotspot index of each incident (-1 outside every hotspot). Both shares count
    only incidents with a known time of day; dark_unlit_incident_share also needs lighting data.
    """
    frame = pd.DataFrame(
        {
            "hotspot": where,
            "dark": flags["after_dark"].astype("float"),
            "lit": flags["is_lit"].astype("float"),
        }
    )
    frame = frame[frame["hotspot"] >= 0]
    timed = frame[frame["dark"].notna()]
    counts = frame.groupby("hotspot").size()
    dark = timed.groupby("hotspot")["dark"].mean()
    dark_unlit = (timed["dark"] == 1) & (timed["lit"] == 0)
    unlit_share = dark_unlit.groupby(timed["hotspot"]).mean()
    lighting = flags["is_lit"].notna().all() and len(flags)
    result = pd.DataFrame(index=range(hotspots))
    result["incident_count"] = [int(counts.get(i, 0)) for i in range(hotspots)]
    result["after_dark_share"] = [_rounded(dark.get(i)) for i in range(hotspots)]
    result["dark_unlit_incident_share"] = [
        _rounded(unlit_share.get(i)) if lighting else None for i in range(hotspots)
    ]
    return result


def _rounded(value) -> Optional[float]:
    return None if value is None or value != value else round(float(value), 4)


def fired_rules(row: pd.Series, thresholds: Thresholds, others: Sequence = ()) -> List[Tuple[str, dict]]:
    """(rule code, values for its text) of every rule that fires for one hotspot's measures.

    lighting: lit_share below the threshold and at least the threshold share of the incidents dark
    and unlit (without incident data the rule asks to check the lighting instead); lighting_gap: a
    longer unlit stretch of path; sightlines: more vegetation cover than the threshold;
    place_managers: another factor within its distance of a hotspot with incidents.
    """
    fired: List[Tuple[str, dict]] = []
    lit, dark = _number(row.get("lit_share")), _number(row.get("dark_unlit_incident_share"))
    if lit is not None and lit < thresholds.min_lit_share:
        if dark is not None and dark >= thresholds.min_dark_unlit_share:
            fired.append(("measure_lighting", {"unlit": _percent(1 - lit), "dark": _percent(dark)}))
        elif dark is None:
            fired.append(("measure_lighting_check", {"unlit": _percent(1 - lit)}))
    gap = _number(row.get("largest_unlit_gap_m"))
    if gap is not None and gap > thresholds.max_unlit_gap_m:
        fired.append(("measure_lighting_gap", {"gap": "{:.0f}".format(gap)}))
    green = _number(row.get("vegetation_share"))
    if green is not None and green > thresholds.max_vegetation_share:
        fired.append(("measure_sightlines", {"share": _percent(green)}))
    for factor in others:
        count = _number(row.get(factor.name + "_count"))
        if count and (_number(row.get("incident_count")) or 0) > 0:
            fired.append(
                (
                    "measure_place_managers",
                    {"factor": factor.name, "count": int(count), "distance": "{:g}".format(factor.distance)},
                )
            )
    return fired


def suggestions(fired: List[Tuple[str, dict]], lang: str = "") -> str:
    """The texts of the fired rules in ``lang``, joined by '; ' ('' for none)."""
    return "; ".join(text(code, lang, **values) for code, values in fired)


def measure_codes(fired: List[Tuple[str, dict]]) -> str:
    """The short codes of the fired rules, e.g. 'lighting,sightlines' (each once)."""
    codes: List[str] = []
    for code, _values in fired:
        short = code[len("measure_") :].replace("_check", "")
        if short not in codes:
            codes.append(short)
    return ",".join(codes)


def _number(value) -> Optional[float]:
    """A finite float, or None for a missing value."""
    try:
        value = float(value)
    except (TypeError, ValueError):
        return None
    return value if value == value else None


def _percent(share: float) -> str:
    return "{:.0f}".format(100.0 * float(share))

