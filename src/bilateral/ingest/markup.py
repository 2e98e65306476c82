"""HTML fragments to plain text (feed summaries, pages trafilatura finds nothing in).

Block elements become paragraph breaks so the sentence splitter never glues a headline to the next
paragraph; script, style and similar elements are dropped with their content.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

__all__ = ["strip_html"]

_BLOCKS = frozenset({
    "p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "table", "section",
    "article", "header", "footer", "blockquote", "pre", "figure", "figcaption", "dd", "dt", "hr", "title",
})
_DROPPED = frozenset({"script", "style", "noscript", "template", "svg", "head", "iframe", "object"})
_SPACES = re.compile(r"[ \t\u00a0]+")
_BREAKS = re.compile(r"\s*\n\s*\n\s*")


class _TextCollector(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _DROPPED:
            self._skip += 1
        elif tag in _BLOCKS:
            self.parts.append("\n\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in _DROPPED:
            self._skip = max(0, self._skip - 1)
        elif tag in _BLOCKS:
            self.parts.append("\n\n")

    def handle_data(self, data: str) -> None:
        if not self._skip:
            self.parts.append(data)


def strip_html(markup: str) -> str:
    """The visible text of ``markup`` with paragraphs separated by blank lines."""
    if "<" not in markup and "&" not in markup:
        return markup.strip()
    collector = _TextCollector()
    collector.feed(markup)
    collector.close()
    text = "".join(collector.parts)
    paragraphs = (" ".join(_SPACES.sub(" ", p).split()) for p in _BREAKS.split(text))
    return "\n\n".join(p for p in paragraphs if p)
