"""The interface language: QGIS's locale decides, for Qt strings and the core's own texts."""
from qgis.core import QgsApplication

from .core import messages


def ui_language() -> str:
    """The two-letter language QGIS's interface uses ('sv', 'en', ...)."""
    return (QgsApplication.locale() or "en")[:2].lower()


def apply_ui_language() -> str:
    """Make the core speak the interface language; return that language."""
    language = ui_language()
    messages.set_language(language)
    return language
