"""Dating one event of a test sentence: the trigger is named by its word, as the dating tests write them."""

from __future__ import annotations

import datetime as dt
from typing import Any

from bilateral.dating import resolve_event_date
from bilateral.models import EventDate


def event_date(nlp: Any, text: str, trigger: str, modality: str, published: dt.date | None,
               context: Any = None) -> EventDate:
    """The date of the event whose trigger is the first token spelled ``trigger`` in ``text``."""
    sent = nlp(text)
    index = next(t.i for t in sent if t.text == trigger)
    return resolve_event_date(sent, index, modality, published, context)
