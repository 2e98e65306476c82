"""Where events happened, offline: a gazetteer of countries, regions and cities, and the event locator.

``Gazetteer.load()`` builds the index once per process; ``gazetteer.document_places(text)`` counts the
places a document names (context for ambiguous names, dateline fallback); ``locate_event`` reads the place
that governs an event's trigger in the parsed sentence.
"""

from __future__ import annotations

from bilateral.places.gazetteer import Gazetteer, Place
from bilateral.places.locate import locate_event
from bilateral.places.names import DocumentPlaces, document_places

__all__ = ["DocumentPlaces", "Gazetteer", "Place", "document_places", "locate_event"]
