"""Pure analysis code: numpy, shapely >= 2, geopandas, pyproj, scikit-image, GDAL/OGR. No qgis import."""
