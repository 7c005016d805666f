"""Write resources/styles/walk_route.qml and walk_stops.qml, the styles est:walkroute gives its
outputs when they are loaded: the walk map's route (blue, direction arrows) and numbered stop
badges (est_plugin/layout/walk_styles.py), stops left out as small grey dots. Run again after
changing those symbols:

    QT_QPA_PLATFORM=offscreen python3 scripts/make_walk_styles.py
"""
import sys
from pathlib import Path

from headless import ROOT, start

STYLES = ROOT / "resources" / "styles"


def main():
    start()
    sys.path.insert(0, str(ROOT))
    from qgis.core import QgsMarkerSymbol, QgsRuleBasedRenderer, QgsVectorLayer

    from est_plugin.layout.walk_styles import route_renderer, stop_renderer

    route = QgsVectorLayer("LineString?crs=EPSG:3006&field=leg_no:integer", "route", "memory")
    route.setRenderer(route_renderer())
    stops = QgsVectorLayer("Point?crs=EPSG:3006&field=stop_no:integer", "stops", "memory")
    badges = stop_renderer()  # kept: its symbol lives as long as it does
    root = QgsRuleBasedRenderer.Rule(None)
    root.appendChild(QgsRuleBasedRenderer.Rule(badges.symbol().clone(), 0, 0,
                                               '"stop_no" IS NOT NULL', "1, 2, 3, …"))
    grey = QgsMarkerSymbol.createSimple({"name": "circle", "size": "2.4", "color": "#969696",
                                         "outline_color": "#ffffff", "outline_width": "0.3"})
    root.appendChild(QgsRuleBasedRenderer.Rule(grey, 0, 0, "ELSE", "–"))
    stops.setRenderer(QgsRuleBasedRenderer(root))
    STYLES.mkdir(parents=True, exist_ok=True)
    for layer, name in ((route, "walk_route.qml"), (stops, "walk_stops.qml")):
        message, ok = layer.saveNamedStyle(str(STYLES / name))
        assert ok, message
        print("wrote", Path(STYLES / name).relative_to(ROOT))


if __name__ == "__main__":
    main()
