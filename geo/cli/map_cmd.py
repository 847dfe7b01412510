"""``incimap map INPUT... -o map.html``: draw incidents on a self-contained HTML map.

An INPUT is an incident file that incimap wrote (GeoJSON, GeoPackage, CSV, ...), an
incident table (an ACLED export, a spreadsheet: its places go through the gazetteer),
a report (.txt .md .html .jsonl), a folder of any of these, or ``-`` for a report on
stdin. Bad inputs are reported and the rest is drawn.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, cast

import click

from geo.cli.options import (
    GeocoderChoice,
    geocoder_options,
    home_option,
    merge_option,
    overwrite_option,
)

if TYPE_CHECKING:
    import geopandas as gpd

    from gazetteer.chain import Gazetteer
    from gazetteer.index import GazetteerIndex


@dataclass
class Gathered:
    """Incident frames read so far, the problems met, and how many inputs failed."""

    frames: list[gpd.GeoDataFrame] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)  # notes too: shown on stderr
    failed: int = 0


class LazyGazetteer:
    """Opens the gazetteer only if an input needs it: incident files do not."""

    def __init__(self, home: Path | None, *, choice: GeocoderChoice) -> None:
        self.home = home
        self.choice = choice
        self.gazetteer: Gazetteer | None = None

    def get(self) -> Gazetteer:
        """The chain: the offline index, then the online geocoder if one was chosen."""
        if self.gazetteer is None:
            self.gazetteer = self.choice.open(self.home, fallback_on_error=True)
        return self.gazetteer

    def index(self) -> GazetteerIndex:
        # open_gazetteer always puts a GazetteerIndex there; the chain only types its role.
        return cast("GazetteerIndex", self.get().index)

    def close(self) -> None:
        if self.gazetteer is not None:
            self.gazetteer.close()


def _read_table_input(name: str, *, gazetteer: LazyGazetteer, out: Gathered) -> None:
    from gazetteer.errors import IncimapError
    from geo.export import looks_like_incidents, read_incidents
    from geo.tables import read_table

    try:
        if looks_like_incidents(name):
            out.frames.append(read_incidents(name))
            return
        result = read_table(name, resolver=gazetteer.get())
    except IncimapError as err:
        out.problems.append(f"{name}: {err}")
        out.failed += 1
        return
    out.frames.append(result.frame)
    out.problems.append(f"{name}: {result.summary.describe()}")
    out.problems.extend(str(error) for error in result.summary.errors)


def gather_incidents(
    inputs: tuple[str, ...], *, home: Path | None, choice: GeocoderChoice
) -> Gathered:
    """Read every input into incident frames, with a progress bar on stderr."""
    from tqdm import tqdm

    from geo.pipeline import TABLE_SUFFIXES, IncidentExtractor, load_incidents
    from geo.read import discover_inputs

    out = Gathered()
    gazetteer = LazyGazetteer(home, choice=choice)
    extractor: IncidentExtractor | None = None
    try:
        names = discover_inputs(inputs)
        # disable=None: a bar only on a terminal, so logs and pipes stay clean.
        for name in tqdm(names, desc="reading", unit="input", leave=False, disable=None):
            if name != "-" and Path(name).suffix.lower() in TABLE_SUFFIXES:
                _read_table_input(name, gazetteer=gazetteer, out=out)
                continue
            if extractor is None:
                extractor = IncidentExtractor(gazetteer.index(), resolver=gazetteer.get())
            result = load_incidents(
                [name], index=gazetteer.index(), extractor=extractor, resolver=gazetteer.get()
            )
            out.frames.append(result.frame)
            out.problems.extend(result.summary.problems)
            out.failed += result.summary.failed
    finally:
        gazetteer.close()
    return out


def _check_layer_column(layer_by: str) -> None:
    from geo.incident import FIELDS

    if layer_by not in FIELDS:
        raise click.BadParameter(
            f"{layer_by!r} is not an incident field; choose one of: {', '.join(FIELDS)}",
            param_hint="'--layer-by'",
        )


@click.command("map")
@click.argument("inputs", nargs=-1, required=True)
@click.option(
    "-o",
    "--output",
    required=True,
    type=click.Path(dir_okay=False, path_type=Path),
    help="The HTML map to write.",
)
@click.option("--title", default="Incidents", show_default=True, help="The map's title.")
@click.option(
    "--offline", is_flag=True, help="No tile layer: the map loads nothing from the network."
)
@click.option(
    "--layer-by",
    default="event_type",
    show_default=True,
    metavar="COLUMN",
    help="The incident field whose values become the map's layers.",
)
@click.option(
    "--geojson",
    "geojson_path",
    type=click.Path(dir_okay=False, path_type=Path),
    default=None,
    help="Also write the incidents drawn to this GeoJSON file.",
)
@merge_option
@geocoder_options
@home_option
@overwrite_option
def map_command(
    inputs: tuple[str, ...],
    output: Path,
    title: str,
    offline: bool,
    layer_by: str,
    geojson_path: Path | None,
    merge: bool,
    geocoder_choice: GeocoderChoice,
    home: Path | None,
    overwrite: bool,
) -> None:
    """Draw the incidents of INPUT... on an interactive HTML map, one layer per type.

    INPUT is an incident file incimap wrote (GeoJSON, GeoPackage, CSV, ...), an incident
    table (an ACLED export, a spreadsheet with a place column), a report (.txt .md .html
    .jsonl), a folder of these, or - for a report on stdin. Bad inputs are reported on
    stderr and the rest is drawn; the exit status is 1 if an input could not be read.
    """
    import pandas as pd

    from geo.export import write_incidents
    from geo.export.atomic import check_writable
    from geo.export.schema import normalise_frame
    from geo.mapping import build_incident_map
    from geo.merge import merge_for_output
    from maps.build import write_map

    _check_layer_column(layer_by)
    for path in (output, geojson_path):
        if path is not None:
            check_writable(path, overwrite=overwrite)  # before the slow part
    gathered = gather_incidents(inputs, home=home, choice=geocoder_choice)
    for problem in gathered.problems:
        click.echo(f"incimap: {problem}", err=True)
    frames = [normalise_frame(frame) for frame in gathered.frames]
    frame = normalise_frame(pd.concat(frames, ignore_index=True) if frames else pd.DataFrame())
    frame, merged = merge_for_output(frame, merge=merge)  # issue 12: geo.merge
    if merged:
        click.echo(f"incimap: {merged}", err=True)
    fmap = build_incident_map(frame, title=title, offline=offline, layer_by=layer_by)
    write_map(fmap, output, overwrite=overwrite)
    if geojson_path is not None:
        write_incidents(frame, geojson_path, format="geojson", overwrite=overwrite)
    drawn = int(frame.geometry.notna().sum())
    click.echo(
        f"incimap: wrote {output}: {drawn} incidents on the map"
        + (f" ({len(frame) - drawn} without a location left out)" if drawn < len(frame) else ""),
        err=True,
    )
    if geojson_path is not None:
        click.echo(f"incimap: wrote {geojson_path}: {len(frame)} incidents", err=True)
    if gathered.failed:
        # The map is written; the exit status tells. Not click's Exit: main() runs click
        # with standalone_mode=False, which turns Exit into a return value it drops.
        sys.exit(1)
