"""/v1/sources"""
from schemas.sources import Source, SourceIn

from .crud import collection_blueprint

blp = collection_blueprint("sources", SourceIn, Source, "Sources: what every fact cites.")
