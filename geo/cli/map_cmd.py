"""``incimap map INPUT... -o map.html``: draw incidents on a self-contained HTML map.

Inputs are read as every command reads them (:mod:`geo.inputs`, through
``geo.pipeline.load_incidents``), once each; bad inputs are reported and the rest is
drawn.
"""

from __future__ import annotations

import contextlib
import gc
import sys
from collections.abc import Callable, Iterator
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from geo.cli import talk
from geo.cli.options import (
    GeocoderChoice,
    geocoder_options,
    home_option,
    merge_option,
    output_option,
    overwrite_option,
    reading_options,
)

if TYPE_CHECKING:
    from geo.pipeline import LoadOptions


def _check_layer_column(layer_by: str) -> None:
    from geo.incident import FIELDS

    if layer_by not in FIELDS:
        raise click.BadParameter(
            f"{layer_by!r} is not an incident field; choose one of: {', '.join(FIELDS)}",
            param_hint="'--layer-by'",
        )


def fields_to_read(layer_by: str, *, merge: bool) -> frozenset[str]:
    """The incident fields a map without ``--geojson`` uses: those it draws, those the
    merge and the run's summary read, and the coordinates checked on reading."""
    from geo.mapping import drawn_fields
    from geo.merge import READ_FIELDS
    from geo.pipeline import SUMMARY_FIELDS

    merged = READ_FIELDS if merge else ()
    return frozenset((*drawn_fields(layer_by), *merged, *SUMMARY_FIELDS, "latitude", "longitude"))


def _purge_freed_memory_at_once() -> None:
    """Have Arrow's allocator (mimalloc) give freed pages back at once, not 10 ms later.

    A large map frees and allocates hundreds of MB within milliseconds (the merge takes
    each column and drops the old one); with the delay, the freed pages still count
    when the next ones are allocated: 1,580 -> 1,500 MB peak at a million incidents
    from a GeoPackage, the same CPU. mimalloc reads the option when it first needs it,
    so this only works before pyarrow allocates (the CLI imports it later); a user's
    own setting stays.
    """
    import os

    os.environ.setdefault("MIMALLOC_PURGE_DELAY", "0")


def _release_memory() -> None:
    """Give freed memory back to the system between the steps of a large map.

    Arrow's allocator keeps freed text columns for reuse, and the C library keeps freed
    small blocks (a million shapely points, the reader's temporaries) in its heap; the
    next step allocates through other means, so without this the freed memory would
    still count at the peak (140 MB after reading a million incidents).
    """
    import pyarrow as pa

    pa.default_memory_pool().release_unused()
    trim = _malloc_trim()
    if trim is not None:
        trim(0)


def _malloc_trim() -> Callable[[int], int] | None:
    # glibc's malloc_trim; other C libraries (musl, macOS, Windows) have none: nothing to do.
    import ctypes
    import ctypes.util

    name = ctypes.util.find_library("c")
    try:
        return getattr(ctypes.CDLL(name), "malloc_trim", None) if name else None
    except OSError:
        return None


@contextlib.contextmanager
def _no_cycle_collection() -> Iterator[None]:
    """Python's cycle collector off while the map is read, merged and drawn.

    A large map keeps millions of objects alive (shapely points, dates, the page's
    texts), and the collector's full passes, triggered by the allocations, walk all of
    them again and again: 1-1.5 s of CPU for a million incidents (6 % of the process,
    `perf`), collecting nothing (the steps hand their frames on rather than build
    cycles; peak RSS is the same without it). Switched back on afterwards.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


@click.command("map", short_help="Draw incidents on an interactive HTML map.")
@click.argument("inputs", nargs=-1, required=True, metavar="INPUT...")
@output_option("The HTML map to write.")
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
    metavar="FILE",
    help="Also write the incidents drawn to this GeoJSON file.",
)
@reading_options
@merge_option
@geocoder_options
@home_option
@overwrite_option
def map_command(**options: Any) -> None:
    """Draw the incidents of INPUT... on an interactive HTML map, one layer per type.

    INPUT is an incident file incimap wrote (GeoJSON, GeoPackage, CSV, KML, GeoParquet,
    FlatGeobuf, JSON Lines), an incident table (an ACLED export, a spreadsheet with a
    place column, a GIS file another tool wrote: its own points are kept), a report
    (.txt .md .html .jsonl), a folder of these, or - for a report on stdin. Bad inputs
    are reported on stderr and the rest is drawn; the exit status is 1 if an input could
    not be read, and nothing is written when none could.
    """
    _purge_freed_memory_at_once()  # before pyarrow is first imported
    with _no_cycle_collection():
        # The options as click parsed them, typed in _draw's signature; _draw returns
        # before the collector is back on, so what it built is freed by then, not walked.
        failed = _draw(**options)
    if failed:
        # The map is written; the exit status tells. Not click's Exit: main() runs click
        # with standalone_mode=False, which turns Exit into a return value it drops.
        sys.exit(1)


def _draw(
    *,
    inputs: tuple[str, ...],
    output: str,
    title: str,
    offline: bool,
    layer_by: str,
    geojson_path: Path | None,
    load_options: LoadOptions,
    merge: bool,
    geocoder_choice: GeocoderChoice,
    home: Path | None,
    overwrite: bool,
) -> bool:
    """Read, merge, draw and write the map (``map_command``'s work); True when an
    input could not be read."""
    from geo.cli.loading import describe_reading, load_inputs
    from geo.export import write_incidents
    from geo.export.atomic import check_writable, is_special_file, special_file_path
    from geo.mapping import build_incident_map, drawn_fields
    from geo.merge import merge_for_output
    from maps.build import write_map

    _check_layer_column(layer_by)
    map_path = Path(output)
    for path in (map_path, geojson_path):
        if path is not None:
            check_writable(path, overwrite=overwrite)  # before the slow part
    if geojson_path is None:  # only what the page and the merge use is read
        load_options = replace(load_options, fields=fields_to_read(layer_by, merge=merge))
    result = load_inputs(inputs, home=home, choice=geocoder_choice, options=load_options)
    _release_memory()  # the reader's temporaries, before the merge allocates its own
    # Taken, not borrowed: the frame as read is freed once the merged one replaces it.
    # Only the drawn fields stay (without --geojson): the others, a third of the frame,
    # are read by the merge but not copied into its result.
    keep = None if geojson_path is not None else drawn_fields(layer_by)
    frame, merged = merge_for_output(result.take_frame(), merge=merge, keep=keep)  # issue 12
    if merged:
        talk.note(merged)
    if keep is not None:
        frame = frame[[*keep, frame.geometry.name]]  # in the order the map reads them
    _release_memory()  # what reading and merging freed, before the page is built
    fmap = build_incident_map(frame, title=title, offline=offline, layer_by=layer_by)
    rows, drawn = len(frame), int(frame.geometry.notna().sum())
    if geojson_path is None:
        del frame  # the page holds its own data now: the frame goes before the page is written
        _release_memory()
    if is_special_file(map_path):  # -o /dev/null: written through, not replaced
        with special_file_path(map_path, suffix=".html") as temporary:
            write_map(fmap, temporary, overwrite=True)
    else:
        write_map(fmap, map_path, overwrite=overwrite)
    if geojson_path is not None:
        write_incidents(frame, geojson_path, format="geojson", overwrite=overwrite)
    talk.note(describe_reading(result))
    talk.note(
        f"wrote {output}: {drawn} incidents on the map"
        + (f" ({rows - drawn} without a location left out)" if drawn < rows else "")
    )
    if geojson_path is not None:
        talk.note(f"wrote {geojson_path}: {rows} incidents")
    return bool(result.summary.failed)
