"""``incimap geoparse``: the place mentions of each report, resolved with the whole text."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import click

from geo.cli import talk
from geo.cli.options import home_option
from geo.errors import InputReadError


def mention_to_json(mention: Any) -> dict[str, Any]:
    """One mention as the JSON object that ``--json`` prints (``None`` fields for no place)."""
    place = mention.place
    return {
        "text": mention.text,
        "start": mention.start,
        "end": mention.end,
        "kind": mention.kind,
        "name": place.name if place else None,
        "lat": place.lat if place else None,
        "lon": place.lon if place else None,
        "country": place.country if place else None,
        "feature_class": place.feature_class if place else None,
        "place_id": place.place_id if place else None,
        "confidence": mention.confidence,
        "reason": mention.reason,
    }


@click.command("geoparse", short_help="Find and resolve the places each report names.")
@click.argument("inputs", nargs=-1, required=True, metavar="INPUT...")
@click.option("--json", "as_json", is_flag=True, help="Print one JSON line per document.")
@home_option
def geoparse(inputs: tuple[str, ...], as_json: bool, home: Path | None) -> None:
    """Find and resolve the places that each report names.

    INPUT is a report file (.txt .md .html .jsonl), a folder (a README is not a report),
    or - for stdin. Demonyms
    ("Azerbaijani") are listed with kind "demonym" and seats of power ("the Kremlin") with
    kind "landmark": context, not event locations.
    """
    # Imported here so that other commands start without building the spotter.
    from gazetteer.geoparse import Geoparser
    from gazetteer.index import GazetteerIndex
    from geo.errors import NothingReadError
    from geo.report_inputs import read_reports

    result = read_reports(inputs)
    for passed_over in result.summary.notes:
        talk.note(passed_over)
    for problem in result.summary.problems:
        talk.warn(problem)
    if result.summary.read == 0:
        raise NothingReadError(f"no report could be read in {', '.join(inputs)}")
    index = GazetteerIndex.open(home)
    try:
        parser = Geoparser(index)
        for report in result.reports:
            document = parser.parse(report.text)
            if as_json:
                line = {
                    "source": report.source,
                    "countries": list(document.countries),
                    "mentions": [mention_to_json(m) for m in document.mentions],
                }
                click.echo(json.dumps(line, ensure_ascii=False))
                continue
            click.echo(f"{report.source}: {len(document.mentions)} mentions")
            for mention in document.mentions:
                where = (
                    f"{mention.place.name} ({mention.place.lat:.4f}, {mention.place.lon:.4f})"
                    if mention.place
                    else "-"
                )
                click.echo(
                    f"  {mention.start}-{mention.end} {mention.text!r} [{mention.kind}] -> "
                    f"{where} {mention.confidence:.2f}: {mention.reason}"
                )
    finally:
        index.close()
    if result.summary.failed:
        # Raised after the output, so the readable inputs are all printed first.
        raise InputReadError(
            f"{result.summary.failed} of {result.summary.inputs} inputs could not be read"
        )
