"""The gazetteer: place names to coordinates, country and admin units.

    >>> from claimledger.gazetteer import get_gazetteer
    >>> get_gazetteer().lookup("Aleppo")[0].country
    'SY'

Built once from data installed packages ship (:mod:`.sources`) into a SQLite
index (:mod:`.index`); ``claimledger gazetteer import FILE`` adds GeoNames
dumps (:mod:`.geonames`).
"""

from claimledger.gazetteer.entry import Entry
from claimledger.gazetteer.index import (
    Gazetteer,
    build,
    default_path,
    distance_km,
    ensure_built,
    get_gazetteer,
    import_geonames,
)
from claimledger.gazetteer.normalize import normalize

__all__ = ["Entry", "Gazetteer", "build", "default_path", "distance_km", "ensure_built", "get_gazetteer", "import_geonames", "normalize"]
