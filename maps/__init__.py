"""Drawing a GeoDataFrame of points or shapes with Folium: layers by a category column,
clustering, popups, legend, time slider, uncertainty and offline assets.

This package knows nothing of incidents; it must not import ``geo`` or ``gazetteer``.
"""
