"""The interface language: QGIS's decides, for Qt strings and the core's own texts."""
from qgis.core import QgsApplication, QgsSettings

from .core import messages


def ui_language() -> str:
    """The two-letter language of QGIS's interface ('sv', 'en', ...).

    QgsApplication.translation() is what QGIS translated its own interface to (it follows
    --lang and the 'override system locale' option); QgsApplication.locale() can still say
    the system's 'C' then. The user setting and the system locale are the fallbacks.
    """
    app = QgsApplication.instance()
    candidates = [app.translation() if app is not None and hasattr(app, "translation") else "",
                  QgsSettings().value("locale/userLocale", "") or "", QgsApplication.locale() or ""]
    code = next((c for c in candidates if c and c.upper() not in ("C", "POSIX")), "en")
    return code[:2].lower()


def apply_ui_language() -> str:
    """Make the core speak the interface language; return that language."""
    language = ui_language()
    messages.set_language(language)
    return language
