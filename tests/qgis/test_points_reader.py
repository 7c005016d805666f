"""The fast GeoPackage path of points.read_points_table gives the same values as QGIS reading the
features one by one, booleans included (GDAL 3.6's Arrow reader misreads them)."""

import numpy as np


def test_fast_gpkg_table_equals_feature_by_feature(tmp_path, qgis_app):
    from qgis.core import (
        QgsFeature,
        QgsGeometry,
        QgsPointXY,
        QgsProcessingContext,
        QgsProcessingFeatureSource,
        QgsProject,
        QgsVectorFileWriter,
        QgsVectorLayer,
    )

    from est_plugin.processing import points

    memory = QgsVectorLayer(
        "Point?crs=EPSG:3006&field=flag:boolean&field=name:string&field=n:integer", "m", "memory"
    )
    rng = np.random.default_rng(5)
    flags = [bool(v) for v in rng.integers(0, 2, 700)]
    features = []
    for index, flag in enumerate(flags):
        feature = QgsFeature(memory.fields())
        feature.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(674000 + index, 6580000 + index % 17)))
        feature.setAttributes([None if index % 50 == 0 else flag, "plats {}".format(index), index])
        features.append(feature)
    assert memory.dataProvider().addFeatures(features)
    options = QgsVectorFileWriter.SaveVectorOptions()
    options.driverName = "GPKG"
    path = str(tmp_path / "points.gpkg")
    write = (
        getattr(QgsVectorFileWriter, "writeAsVectorFormatV3", None)
        or QgsVectorFileWriter.writeAsVectorFormatV2
    )
    assert (
        write(memory, path, QgsProject.instance().transformContext(), options)[0]
        == QgsVectorFileWriter.WriterError.NoError
    )
    layer = QgsVectorLayer(path, "points", "ogr")
    reader = points.PointInput(QgsProcessingFeatureSource(layer, QgsProcessingContext()), layer, "", "", "")
    assert reader.gpkg_table() is not None  # the fast path is the one under test
    fids, x, y, table = points.read_points_table(reader, ["flag", "name", "n"])
    by_fid = {f.id(): f for f in layer.getFeatures()}
    expected_flags = [
        None if str(by_fid[fid]["flag"]) == "NULL" else bool(by_fid[fid]["flag"]) for fid in fids
    ]
    assert table["flag"].tolist() == expected_flags
    assert sum(v is True for v in expected_flags) > 300 and expected_flags.count(None) == 14
    assert table["name"].tolist() == [by_fid[fid]["name"] for fid in fids]
    assert [int(v) for v in table["n"]] == [by_fid[fid]["n"] for fid in fids]
    assert np.allclose(x, [by_fid[fid].geometry().asPoint().x() for fid in fids])
