"""The plugin speaks QGIS's interface language, even when the system locale is 'C'."""
import pytest
from qgis.core import QgsApplication


@pytest.fixture
def translation():
    """Set QGIS's interface translation for one test, restoring it after."""
    app = QgsApplication.instance()
    before = app.translation()
    yield QgsApplication.setTranslation
    QgsApplication.setTranslation(before)


def test_ui_language_follows_qgis_translation_not_the_system_locale(translation):
    from est_plugin.core import messages
    from est_plugin.locale import apply_ui_language, ui_language

    translation("sv_SE")
    assert ui_language() == "sv"
    assert apply_ui_language() == "sv" and messages.language() == "sv"
    translation("en_GB")
    assert ui_language() == "en"


def test_swedish_reasons_in_the_rejected_output(translation, run_alg, tmp_path):
    import pandas as pd

    from est_plugin.locale import apply_ui_language

    translation("sv")
    apply_ui_language()
    path = tmp_path / "export.csv"
    path.write_text("Datum;Latitud;Longitud\n2026-11-10;59,33;18,07\n2026-11-11;0;0\n", encoding="utf-8")
    run_alg("est:importincidents", {"INPUT": str(path), "OUTPUT": "TEMPORARY_OUTPUT",
                                    "REJECTED": str(tmp_path / "rejected.csv")})
    rejected = pd.read_csv(tmp_path / "rejected.csv")
    assert rejected["reason"].tolist() == ["koordinaterna är 0,0 (platsen saknas eller är skyddad)"]
    assert rejected["source_row"].tolist() == [3]
