"""The GeoPackage copy with new integer fields (est:dbscanhotspots' fast output), both ways of
filling them: fixed-width digits for contiguous fids, a joined temporary table for scattered ones."""
import numpy as np
import pytest
from osgeo import ogr, osr


def make_gpkg(path, fids, extra_layer=False):
    """A point GeoPackage with the given fids, a text field and, optionally, a second layer."""
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(3006)
    dataset = ogr.GetDriverByName("GPKG").CreateDataSource(str(path))
    layer = dataset.CreateLayer("incidents", srs, ogr.wkbPoint)
    layer.CreateField(ogr.FieldDefn("category", ogr.OFTString))
    for fid in fids:
        feature = ogr.Feature(layer.GetLayerDefn())
        feature.SetFID(int(fid))
        feature.SetField("category", "klotter {}".format(fid))
        point = ogr.Geometry(ogr.wkbPoint)
        point.AddPoint_2D(674000.0 + fid % 1000, 6580000.0 + fid // 1000)
        feature.SetGeometry(point)
        assert layer.CreateFeature(feature) == 0
    if extra_layer:
        other = dataset.CreateLayer("other", srs, ogr.wkbPoint)
        other.CreateFeature(ogr.Feature(other.GetLayerDefn()))
    dataset = None


def read_back(path):
    dataset = ogr.Open(str(path))
    layer = dataset.GetLayerByName("incidents")
    rows = {f.GetFID(): (f.GetField("CLUSTER_ID"), f.GetField("CLUSTER_SIZE"), f.GetField("category"),
                         f.GetGeometryRef().GetX()) for f in layer}
    return rows, dataset.GetLayerCount()


@pytest.mark.parametrize("fids,extra_layer", [
    (np.arange(1, 2001), False),                       # contiguous: digits
    (np.array([1, 5, 7, 10_000_000, 20_000_000]), False),  # scattered: temporary table
    (np.arange(1, 51), True),                           # another layer: copied by GDAL
])
def test_copy_adds_fields_with_null_for_zero(qgis_app, tmp_path, fids, extra_layer):
    from est_plugin.processing import labelled_copy

    source, dest = tmp_path / "in.gpkg", tmp_path / "out.gpkg"
    make_gpkg(source, fids, extra_layer)
    rng = np.random.default_rng(3)
    ids = rng.integers(0, 40, len(fids))
    ids[0] = 0
    sizes = np.where(ids > 0, rng.integers(1, 123456, len(fids)), 0)
    labelled_copy.gpkg_copy(str(source), "incidents", str(dest), fids,
                            {"CLUSTER_ID": ids, "CLUSTER_SIZE": sizes})
    rows, layers = read_back(dest)
    assert layers == 1
    assert sorted(rows) == sorted(int(f) for f in fids)
    for fid, cluster, size in zip(fids, ids, sizes):
        got = rows[int(fid)]
        assert got[0] == (int(cluster) if cluster > 0 else None), fid
        assert got[1] == (int(size) if cluster > 0 else None), fid
        assert got[2] == "klotter {}".format(fid)
        assert got[3] == pytest.approx(674000.0 + fid % 1000)
