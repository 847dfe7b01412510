"""The base of every incimap element: a folium-style macro element that is never re-parsed.

branca's ``MacroElement.render`` wraps each macro's output in a new ``Element``, which
compiles that output as a Jinja template again. Any ``{{ ... }}`` in the data (a report's
title, its text) would then run as template code at render time. Our elements put the
output in the page as it is.
"""

from __future__ import annotations

from typing import Any

from branca.element import Element, Figure, MacroElement


class RawHtml(Element):
    """HTML rendered as it is: not a Jinja template, so ``{{`` in a script is harmless."""

    def __init__(self, html: str) -> None:
        super().__init__()  # type: ignore[no-untyped-call]
        self.raw_html = html

    def render(self, **kwargs: object) -> str:
        """Return the HTML unchanged."""
        return self.raw_html


class IncimapElement(MacroElement):
    """A ``MacroElement`` whose header/html/script macros are rendered exactly once.

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
        for part, target in (
            ("header", figure.header),
            ("html", figure.html),
            ("script", figure.script),
        ):
            macro = macros.get(part)
            if macro is not None:
                target.add_child(RawHtml(str(macro(self, kwargs))), name=self.get_name())
        for child in self._children.values():
            child.render(**kwargs)
        return ""
