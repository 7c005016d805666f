"""Helpers for the core unit tests: small synthetic input files written into tmp_path."""
from pathlib import Path
from typing import Callable, Union

import pytest


@pytest.fixture
def write_file(tmp_path: Path) -> Callable[..., Path]:
    """write_file(name, content, encoding='utf-8') -> path; bytes are written as they are."""

    def write(name: str, content: Union[str, bytes], encoding: str = "utf-8") -> Path:
        path = tmp_path / name
        path.write_bytes(content if isinstance(content, bytes) else content.encode(encoding))
        return path

    return write


def _lonlat_to_metres(lon, lat):
    """A local equirectangular projection: metres accurate to well under 1% over a city."""
    import math

    import numpy as np

    earth = 6371008.8
    lat0 = math.radians(float(np.mean(lat)))
    return earth * math.cos(lat0) * np.radians(lon), earth * np.radians(lat)


@pytest.fixture
def real_points():
    """real_points(name) -> (x, y) in metres of a real extract in tests/data: 'vancouver'
    (X/Y in EPSG:26910, rows at 0,0 left out), 'chicago' or 'lancashire' (lon/lat)."""
    import pandas as pd

    data = Path(__file__).resolve().parents[1] / "data"

    def load(name: str):
        if name == "vancouver":
            table = pd.read_csv(data / "vpd_crimes_2020_extract.csv")
            table = table[table["X"] > 0]
            return table["X"].to_numpy(float), table["Y"].to_numpy(float)
        if name == "chicago":
            table = pd.read_csv(data / "chicago_assaults_extract.csv")
        else:
            table = pd.read_csv(data / "lancashire_asb_extract.tsv", sep="\t")
        return _lonlat_to_metres(table["longitude"].to_numpy(float), table["latitude"].to_numpy(float))

    return load
