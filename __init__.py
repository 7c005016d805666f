"""QGIS entry point of the EST plugin: the plugin class is imported only when QGIS asks for it."""


def classFactory(iface):  # noqa: N802 (QGIS's name)
    """Return the plugin instance; ``iface`` is None when qgis_process loads the plugin."""
    from .est_plugin.plugin import EstPlugin

    return EstPlugin(iface)
