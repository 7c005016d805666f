"""Loading a run's output layers into the week's layer-tree group: named and styled as the
algorithm asked (its layer post-processors), a second run replacing or adding."""
from typing import List

from qgis.core import (
    QgsLayerTreeGroup,
    QgsMapLayer,
    QgsProcessingUtils,
    QgsProject,
)
from qgis.PyQt.QtCore import QCoreApplication

from .. import compat

# Drawing order inside the group: points on top, then lines, polygons, rasters, tables at the bottom.
_ORDER = {compat.POINT: 0, compat.LINE: 1, compat.POLYGON: 2,
          compat.NULL_GEOMETRY: 4, compat.UNKNOWN_GEOMETRY: 4}


def week_group(project: QgsProject, name: str) -> QgsLayerTreeGroup:
    """The top-level group ``name``, made at the top of the layer tree when missing."""
    root = project.layerTreeRoot()
    group = root.findGroup(name)
    if group is None:
        group = root.insertGroup(0, name)
    return group


def _rank(layer: QgsMapLayer) -> int:
    if layer.type() != compat.VECTOR_LAYER:
        return 3
    return _ORDER.get(layer.geometryType(), 0)


def _place(group: QgsLayerTreeGroup, layer: QgsMapLayer) -> None:
    """Insert the layer above the first layer of the group that draws below it."""
    children = group.children()
    below = [i for i, child in enumerate(children)
             if getattr(child, "layer", lambda: None)() is not None and _rank(child.layer()) >= _rank(layer)]
    position = below[0] if below else len(children)
    group.insertLayer(position, layer)


def remove_named(project: QgsProject, group: QgsLayerTreeGroup, name: str) -> int:
    """Remove the group's layers called ``name`` from the project; how many were removed."""
    ids = [node.layerId() for node in group.findLayers() if node.layer() and node.layer().name() == name]
    project.removeMapLayers(ids)
    return len(ids)


def load_outputs(context, feedback, project: QgsProject, group_name: str, replace: bool) -> List[QgsMapLayer]:
    """Load the layers the algorithm marked for loading into ``group_name``; returns them."""
    loaded = []
    group = None
    for layer_id, details in context.layersToLoadOnCompletion().items():
        layer = QgsProcessingUtils.mapLayerFromString(layer_id, context, True)
        if layer is None or not layer.isValid():
            feedback.reportError(QCoreApplication.translate(
                "EstDock", "Could not load the output {0}.").format(layer_id))
            continue
        taken = context.temporaryLayerStore().takeMapLayer(layer)
        layer = taken or layer
        name = details.name or details.outputName or layer.name()
        layer.setName(name)
        if group is None:
            group = week_group(project, group_name)
        if replace:
            remove_named(project, group, name)
        project.addMapLayer(layer, False)
        _place(group, layer)
        processor = details.postProcessor()
        if processor is not None:
            processor.postProcessLayer(layer, context, feedback)
        loaded.append(layer)
    context.setLayersToLoadOnCompletion({})
    return loaded
