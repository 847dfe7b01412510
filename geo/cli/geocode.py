"""``incimap geocode NAME...``: resolve place names with the offline gazetteer.

Text output is one line per name; ``--json`` prints a list with one object per name
(``null`` for a name that resolves to nothing). The exit status is 1 if any name
stays unresolved, so scripts can tell.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import click

from gazetteer.errors import UnresolvedNameError
from gazetteer.place import Place, Resolution
from geo.cli.options import GeocoderChoice, country_option, geocoder_options, home_option

RUNNERS_UP = 4


def to_json_fields(query: str, place: Place, *, confidence: float, reason: str) -> dict[str, Any]:
    """The JSON object of one place as ``incimap geocode --json`` prints it."""
    return {
        "query": query,
        "name": place.name,
        "lat": place.lat,
        "lon": place.lon,
        "country": place.country,
        "admin1": place.admin1,
        "feature_class": place.feature_class,
        "place_id": place.place_id,
        "source": place.source,
        "confidence": confidence,
        "reason": reason,
    }


def to_json_object(resolution: Resolution) -> dict[str, Any] | None:
    """A resolution as JSON: the chosen place plus runners-up, or None if unresolved."""
    if resolution.place is None:
        return None
    fields = to_json_fields(
        resolution.query,
        resolution.place,
        confidence=resolution.confidence,
        reason=resolution.reason,
    )
    best_score = resolution.candidates[0].score if resolution.candidates else 0.0
    runners_up = []
    for candidate in resolution.candidates[1 : 1 + RUNNERS_UP]:
        # A runner-up's confidence is the winner's, scaled by how its score compares.
        relative = candidate.score / best_score if best_score > 0 else 0.0
        runners_up.append(
            to_json_fields(
                resolution.query,
                candidate.place,
                confidence=round(max(0.0, min(1.0, resolution.confidence * relative)), 3),
                reason=candidate.reason,
            )
        )
    fields["candidates"] = runners_up
    return fields


def to_text_line(resolution: Resolution) -> str:
    """One human-readable line for a resolution."""
    place = resolution.place
    if place is None:
        return f"{resolution.query}: not found ({resolution.reason})"
    where = ", ".join(part for part in (place.admin1, place.country) if part)
    return (
        f"{resolution.query}: {place.name} ({where}) {place.lat:.5f}, {place.lon:.5f} "
        f"[{place.place_id}] confidence {resolution.confidence:.2f}: {resolution.reason}"
    )


@click.command("geocode", short_help="Resolve place names to coordinates.")
@click.argument("names", nargs=-1, required=True, metavar="NAME...")
@country_option
@click.option("--json", "as_json", is_flag=True, help="Print a JSON list, one object per name.")
@geocoder_options
@home_option
def geocode(
    names: tuple[str, ...],
    country: str | None,
    as_json: bool,
    geocoder_choice: GeocoderChoice,
    home: Path | None,
) -> None:
    """Resolve place NAMEs to coordinates with the offline gazetteer (and a geocoder)."""
    with geocoder_choice.open(home, fallback_on_error=False) as gazetteer:
        resolutions = [gazetteer.resolve(name, country=country) for name in names]
    if as_json:
        click.echo(
            json.dumps([to_json_object(r) for r in resolutions], ensure_ascii=False, indent=2)
        )
    else:
        for resolution in resolutions:
            click.echo(to_text_line(resolution))
    unresolved = [r.query for r in resolutions if r.place is None]
    if unresolved:
        raise UnresolvedNameError(
            f"{len(unresolved)} of {len(resolutions)} names not found: {', '.join(unresolved)}"
        )
