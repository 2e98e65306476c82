"""Event coding: a trigger lexicon (data), dependency frames, modality and the rule coder.

``Lexicon.load()`` reads ``data/lexicon/``; ``code_events(sent, span, doc_id, mentions, lexicon)`` turns one
parsed sentence and its actor mentions into undated events.
"""

from bilateral.events.coder import CODER, code_events, is_news_text
from bilateral.events.lexicon import FrameRules, Lexicon, TriggerEntry, load_lexicon

__all__ = ["CODER", "FrameRules", "Lexicon", "TriggerEntry", "code_events", "is_news_text", "load_lexicon"]
