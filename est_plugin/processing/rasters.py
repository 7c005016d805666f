"""Rasters through GDAL: GeoTIFF output, a study-area mask, polygons of labelled cells."""
from typing import Dict, Optional

import numpy as np
from osgeo import gdal, ogr, osr
from qgis.core import QgsCoordinateTransform, QgsFeatureRequest, QgsGeometry, QgsProject

NODATA = -9999.0

gdal.UseExceptions()


def _srs(wkt: str) -> osr.SpatialReference:
    srs = osr.SpatialReference()
    srs.ImportFromWkt(wkt)
    return srs


def _memory_vector_driver():
    """GDAL's in-memory vector driver: 'MEM' from GDAL 3.11 on (where 'Memory' is deprecated),
    'Memory' before (when 'MEM' is raster only)."""
    driver = ogr.GetDriverByName("MEM")
    if driver is None or driver.GetMetadataItem(gdal.DCAP_VECTOR) != "YES":
        driver = ogr.GetDriverByName("Memory")
    return driver


def write_geotiff(path: str, values: np.ndarray, grid, crs_wkt: str,
                  valid: Optional[np.ndarray] = None) -> None:
    """A float32 GeoTIFF; cells outside ``valid`` get the NoData value -9999."""
    data = values.astype(np.float32)
    if valid is not None:
        data[~valid] = NODATA
    driver = gdal.GetDriverByName("GTiff")
    # Uncompressed, as QGIS writes it: LZW would take 0.5 s more for 14 million cells.
    options = ["BIGTIFF=IF_SAFER"]
    dataset = driver.Create(path, grid.cols, grid.rows, 1, gdal.GDT_Float32, options)
    dataset.SetGeoTransform(grid.geotransform())
    dataset.SetProjection(crs_wkt)
    band = dataset.GetRasterBand(1)
    band.SetNoDataValue(NODATA)
    band.WriteArray(data)
    band.FlushCache()
    dataset = None


def read_geotiff(path: str):
    """(values float64 with NaN for NoData, geotransform, projection WKT) of a one-band raster."""
    dataset = gdal.Open(path)
    band = dataset.GetRasterBand(1)
    values = band.ReadAsArray().astype(np.float64)
    nodata = band.GetNoDataValue()
    if nodata is not None:
        values[values == nodata] = np.nan
    return values, dataset.GetGeoTransform(), dataset.GetProjection()


def study_area_mask(source, grid, crs, context) -> np.ndarray:
    """True for cells whose centre lies inside the polygons of ``source`` (GDAL's rasterize rule)."""
    transform = QgsCoordinateTransform(source.sourceCrs(), crs,
                                       (context.project() or QgsProject.instance()).transformContext())
    store = _memory_vector_driver().CreateDataSource("mask")
    layer = store.CreateLayer("area", _srs(crs.toWkt()), ogr.wkbMultiPolygon)
    for feature in source.getFeatures(QgsFeatureRequest().setNoAttributes()):
        geometry = QgsGeometry(feature.geometry())
        if geometry.isNull() or geometry.isEmpty():
            continue
        geometry.transform(transform)
        out = ogr.Feature(layer.GetLayerDefn())
        out.SetGeometry(ogr.CreateGeometryFromWkb(bytes(geometry.asWkb())))
        layer.CreateFeature(out)
    target = gdal.GetDriverByName("MEM").Create("", grid.cols, grid.rows, 1, gdal.GDT_Byte)
    target.SetGeoTransform(grid.geotransform())
    gdal.RasterizeLayer(target, [1], layer, burn_values=[1])
    return target.GetRasterBand(1).ReadAsArray().astype(bool)


def polygons_of_labels(labels: np.ndarray, grid, crs_wkt: str) -> Dict[int, QgsGeometry]:
    """One (multi)polygon per positive label; diagonal neighbours join (8-connected)."""
    source = gdal.GetDriverByName("MEM").Create("", grid.cols, grid.rows, 1, gdal.GDT_Int32)
    source.SetGeoTransform(grid.geotransform())
    source.SetProjection(crs_wkt)
    band = source.GetRasterBand(1)
    band.WriteArray(labels.astype(np.int32))
    mask = gdal.GetDriverByName("MEM").Create("", grid.cols, grid.rows, 1, gdal.GDT_Byte)
    mask.GetRasterBand(1).WriteArray((labels > 0).astype(np.uint8))
    store = _memory_vector_driver().CreateDataSource("polygons")
    layer = store.CreateLayer("cells", _srs(crs_wkt), ogr.wkbPolygon)
    layer.CreateField(ogr.FieldDefn("label", ogr.OFTInteger))
    gdal.Polygonize(band, mask.GetRasterBand(1), layer, 0, ["8CONNECTED=8"])
    parts: Dict[int, list] = {}
    for feature in layer:
        geometry = QgsGeometry()
        geometry.fromWkb(bytes(feature.GetGeometryRef().ExportToWkb()))
        parts.setdefault(int(feature.GetField(0)), []).append(geometry)
    return {label: QgsGeometry.unaryUnion(pieces) if len(pieces) > 1 else pieces[0]
            for label, pieces in parts.items()}
