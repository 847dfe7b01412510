"""The base of every incimap element: a folium-style macro element that is never re-parsed.

branca's ``MacroElement.render`` wraps each macro's output in a new ``Element``, which
compiles that output as a Jinja template again. Any ``{{ ... }}`` in the data (a report's
title, its text) would then run as template code at render time. Our elements put the
output in the page as it is.
"""

from __future__ import annotations

from typing import Any, Final

from branca.element import Element, Figure, MacroElement
from jinja2 import Template


class RawHtml(Element):
    """HTML rendered as it is: not a Jinja template, so ``{{`` in a script is harmless."""

    def __init__(self, html: str) -> None:
        super().__init__()  # type: ignore[no-untyped-call]
        self.raw_html = html

    def render(self, **kwargs: object) -> str:
        """Return the HTML unchanged."""
        return self.raw_html


# The page as branca's Figure writes it, with a trailer after the map's script: data that
# the first drawing does not need (popup texts, most of a large map's bytes) goes there,
# so the browser runs the script, and draws the map, before it has read them.
_FIGURE_WITH_TRAILER: Final = Template(
    "<!DOCTYPE html>\n"
    "<html>\n"
    "<head>\n"
    "{% if this.title %}<title>{{this.title}}</title>{% endif %}"
    "    {{this.header.render(**kwargs)}}\n"
    "</head>\n"
    "<body>\n"
    "    {{this.html.render(**kwargs)}}\n"
    "</body>\n"
    "<script>\n"
    "    {{this.script.render(**kwargs)}}\n"
    "</script>\n"
    "{{this.incimap_trailer.render(**kwargs)}}\n"
    "</html>\n"
)


def trailer_of(figure: Figure) -> Element:
    """The part of ``figure`` written after its script (created on first use)."""
    trailer = getattr(figure, "incimap_trailer", None)
    if trailer is None:
        trailer = Element()  # type: ignore[no-untyped-call]
        trailer._parent = figure
        figure.incimap_trailer = trailer  # type: ignore[attr-defined]
        figure._template = _FIGURE_WITH_TRAILER
    return trailer


class IncimapElement(MacroElement):
    """A ``MacroElement`` whose header/html/script/trailer macros are rendered exactly
    once (``trailer``: after the page's script, see ``trailer_of``).

    ``static_assets`` names the files of ``maps/static`` the element needs; the map
    inlines each once.
    """

    static_assets: tuple[str, ...] = ()

    def __init__(self) -> None:
        super().__init__()  # type: ignore[no-untyped-call]

    def render(self, **kwargs: Any) -> str:
        """Add each macro's output to the figure's header, body or script, verbatim."""
        figure = self.get_root()
        if not isinstance(figure, Figure):
            raise TypeError(f"{type(self).__name__} must be inside a folium Map in a Figure")
        macros = self._template.module.__dict__
        for part in ("header", "html", "script", "trailer"):
            macro = macros.get(part)
            if macro is not None:
                target = trailer_of(figure) if part == "trailer" else getattr(figure, part)
                target.add_child(RawHtml(str(macro(self, kwargs))), name=self.get_name())
        for child in self._children.values():
            child.render(**kwargs)
        return ""
