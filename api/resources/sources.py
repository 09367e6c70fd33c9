"""/v1/sources"""
from schemas.sources import SourceOut, SourceIn

from .crud import collection_blueprint

blp = collection_blueprint("sources", SourceIn, SourceOut, "Sources: what every fact cites.")
