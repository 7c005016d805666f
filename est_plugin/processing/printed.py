"""The base of the algorithms that print a layout (walk map, weekly report): run inside QGIS, the
layout and its map layers are kept in the project afterwards, to adjust and print again."""
from qgis.core import QgsProject
from qgis.PyQt.QtCore import QCoreApplication

from .base import EstAlgorithm


class PrintingAlgorithm(EstAlgorithm):
    """Subclasses call ``keep(layout, layers, context)`` at the end of ``process``; ``layers.drawn()``
    lists the layout's map layers."""

    def __init__(self):
        super().__init__()
        self._kept = None  # (layout, layers) to add to the project after the run

    def keep(self, layout, layers, context) -> None:
        """Keep the layout for the project when running inside the QGIS application."""
        self._kept = (layout, layers) if self.interactive(context) else None

    @staticmethod
    def interactive(context) -> bool:
        """True inside the QGIS application on its project (not headless, not qgis_process)."""
        import qgis.utils

        return getattr(qgis.utils, "iface", None) is not None and context.project() is QgsProject.instance()

    def postProcessAlgorithm(self, context, feedback):  # noqa: N802
        """In QGIS (main thread): the layout into the project's layout manager, its layers in a group."""
        if self._kept is None:
            return {}
        layout, layers = self._kept
        self._kept = None
        project = context.project()
        group = project.layerTreeRoot().insertGroup(0, layout.name())
        for layer in layers.drawn():
            if project.mapLayer(layer.id()) is not None:
                continue
            if context.temporaryLayerStore().mapLayer(layer.id()) is not None:
                layer = context.temporaryLayerStore().takeMapLayer(layer)
            project.addMapLayer(layer, False)
            group.addLayer(layer)
        group.setExpanded(False)
        project.layoutManager().addLayout(layout)
        # translated in this class's context (self.tr would look in the subclass's)
        feedback.pushInfo(QCoreApplication.translate(
            "PrintingAlgorithm", "The print layout '{0}' is in the project's layouts.").format(layout.name()))
        return {}
