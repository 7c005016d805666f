"""Locations of the data files under resources/ (categories, help, styles, sample)."""
from pathlib import Path

PLUGIN_ROOT = Path(__file__).resolve().parents[2]
RESOURCES = PLUGIN_ROOT / "resources"


def resource_path(*parts: str) -> Path:
    """Return the path of a file under resources/."""
    return RESOURCES.joinpath(*parts)
