"""The visible text, title and publication date of an HTML report page.

Its own module so that reading plain-text reports does not import ``html.parser``
(``geo.read.html_to_text`` imports it when a page comes).
"""

from __future__ import annotations

import re
from datetime import date
from html.parser import HTMLParser
from typing import Final

from geo.extract.dates import parse_date

_BLOCK_TAGS: Final = frozenset(
    [
        "p",
        "div",
        "br",
        "li",
        "ul",
        "ol",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "tr",
        "td",
        "th",
        "table",
        "section",
        "article",
        "header",
        "footer",
        "blockquote",
        "pre",
        "figure",
        "figcaption",
        "aside",
        "nav",
        "main",
        "hr",
        "dd",
        "dt",
        "dl",
    ]
)
_HIDDEN_TAGS: Final = frozenset(("script", "style", "noscript", "template", "svg", "head"))
_DATE_META: Final = frozenset(
    ("article:published_time", "date", "pubdate", "dc.date", "publish-date", "og:pubdate")
)


class _VisibleText(HTMLParser):
    """Collects the visible text, the <title>/<h1> and a publication date."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.hidden_depth = 0
        self.in_title = False
        self.in_h1 = False
        self.title = ""
        self.h1 = ""
        self.date_text = ""

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {name: value or "" for name, value in attrs}
        if tag == "title":
            self.in_title = True
        elif tag == "meta":
            key = (values.get("property") or values.get("name") or "").lower()
            if key in _DATE_META and not self.date_text:
                self.date_text = values.get("content", "")
        elif tag == "time" and not self.date_text:
            self.date_text = values.get("datetime", "")
        if tag in _HIDDEN_TAGS:
            self.hidden_depth += 1
        elif tag in _BLOCK_TAGS:
            self.parts.append("\n\n" if tag != "br" else "\n")
        if tag == "h1":
            self.in_h1 = True

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)
        if tag in _HIDDEN_TAGS:
            self.hidden_depth -= 1

    def handle_endtag(self, tag: str) -> None:
        if tag == "title":
            self.in_title = False
        elif tag == "h1":
            self.in_h1 = False
        if tag in _HIDDEN_TAGS:
            self.hidden_depth = max(0, self.hidden_depth - 1)
        elif tag in _BLOCK_TAGS:
            self.parts.append("\n\n")

    def handle_data(self, data: str) -> None:
        if self.in_title:
            self.title += data
        if self.hidden_depth:
            return
        if self.in_h1:
            self.h1 += data
        self.parts.append(re.sub(r"\s+", " ", data))

    def text(self) -> str:
        lines = (line.strip() for line in "".join(self.parts).split("\n"))
        return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip() + "\n"


def visible_text(markup: str) -> tuple[str, str, date | None]:
    """Return the visible text, the title and the publication date of an HTML page.

    >>> visible_text("<html><head><title>T</title><script>x()</script></head>"
    ...              "<body><p>Shells &amp; mortars.</p></body></html>")
    ('Shells & mortars.\\n', 'T', None)
    """
    parser = _VisibleText()
    parser.feed(markup)
    parser.close()
    title = re.sub(r"\s+", " ", parser.h1 or parser.title).strip()
    published = parse_date(parser.date_text[:10]) if parser.date_text else None
    return parser.text(), title, published
