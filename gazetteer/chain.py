"""The lookup chain: geocoder cache → offline index → online geocoder.

:class:`Gazetteer` is what callers resolve names with. Without an online geocoder it is
the offline index and nothing else: no geocoder object exists, so nothing can reach the
network. With one (opt-in), a name goes

1. to the cache of that provider's answers: a fresh "found" answer is used as is;
2. to the offline index: a confident place is returned (unless ``prefer_online``);
3. online, through :class:`CachedGeocoder`, which stores the answer ("not found"
   included) before returning it. Faults are raised, never stored.

A fresh cached "not found" stops the chain at step 2: the provider is not asked again
until that answer expires, and the offline result (maybe nothing) is returned.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import replace
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Protocol

from gazetteer.errors import GazetteerError, GeocoderError
from gazetteer.place import Candidate, Place, Resolution

if TYPE_CHECKING:
    # Only for types: importing geopy costs ~0.1 s that an offline run must not pay.
    # The cache and the answer checks too: only an online geocoder needs them.
    from gazetteer.cache import GeocodeAnswer, GeocodeCache
    from gazetteer.geocoders import OnlineGeocoder

logger = logging.getLogger(__name__)

# An online answer with one hit is as sure as the provider's ranking; with several, the
# first is only the provider's best guess among homonyms.
ONLINE_SINGLE_HIT_CONFIDENCE = 0.8
ONLINE_MANY_HITS_CONFIDENCE = 0.6


class OfflineResolver(Protocol):
    """What the chain needs from the offline index (``GazetteerIndex`` provides it)."""

    def resolve(self, name: str, *, country: str | None = None) -> Resolution:
        """Return the best offline place for ``name``, or a Resolution without one."""
        ...


class CachedGeocoder:
    """An online geocoder whose real answers are kept in a :class:`GeocodeCache`.

    Faults raised by the geocoder pass through untouched and leave no row behind.
    """

    def __init__(self, online: OnlineGeocoder, *, cache: GeocodeCache | None) -> None:
        self.online = online
        self.cache = cache

    @property
    def provider(self) -> str:
        """The provider's geopy name, such as ``"nominatim"``."""
        return self.online.provider

    def cached(self, name: str, *, country: str | None = None) -> GeocodeAnswer | None:
        """Return the fresh cached answer for ``name``, or None; never asks online."""
        if self.cache is None:
            return None
        from gazetteer.answers import MalformedAnswer, check_hit

        params_json = self.online.params_for(country=country)
        answer = self.cache.get(self.provider, name, params_json=params_json)
        if answer is None:
            return None
        try:
            for raw in answer.raw:
                check_hit(self.provider, raw)
        except MalformedAnswer as err:
            # A row that an older version cached without checking: ask again rather
            # than fail on it in every run.
            logger.warning(
                "%s: malformed cached answer for %r (%s); asking again", self.provider, name, err
            )
            return None
        return answer

    def geocode(self, name: str, *, country: str | None = None) -> GeocodeAnswer:
        """Return the cached answer if fresh, else ask online and store what comes back."""
        cached = self.cached(name, country=country)
        if cached is not None:
            return cached
        answer = self.online.geocode(name, country=country)
        self._store(answer)
        return answer

    def _store(self, answer: GeocodeAnswer) -> None:
        if self.cache is None:
            return
        try:
            self.cache.put(answer)
        except GazetteerError as err:
            # The answer itself is good; losing its cache row only costs a request later.
            logger.warning("%s; the answer is used but not cached", err)


class Gazetteer:
    """Resolve place names: cache → offline index → online (only when asked for)."""

    def __init__(
        self,
        index: OfflineResolver,
        *,
        online: CachedGeocoder | None = None,
        prefer_online: bool = False,
        min_confidence: float = 0.5,
        fallback_on_error: bool = False,
        closing: Sequence[Callable[[], None]] = (),
    ) -> None:
        self.index = index
        self.online = online
        self.prefer_online = prefer_online
        self.min_confidence = min_confidence
        self.fallback_on_error = fallback_on_error
        self._closing = tuple(closing)

    def radius_m(self, place_id: str) -> float | None:
        """The extent of an offline place, when the index knows it; online places have none."""
        radius_of = getattr(self.index, "radius_m", None)
        radius = radius_of(place_id) if callable(radius_of) else None
        return None if radius is None else float(radius)

    def resolve(self, name: str, *, country: str | None = None) -> Resolution:
        """Return the place that ``name`` most likely means, with a reason, or no place."""
        if self.online is None or not name.strip():
            return self.index.resolve(name, country=country)
        cached = self.online.cached(name, country=country)
        if cached is not None and cached.status == "found":
            return _from_answer(name, answer=cached, online=self.online, country=country)
        offline = self.index.resolve(name, country=country)
        if cached is not None:
            return _with_note(
                offline, note=f"{self.online.provider} found nothing ({_age(cached)})"
            )
        if self.is_confident(offline) and not self.prefer_online:
            return offline
        try:
            answer = self.online.geocode(name, country=country)
        except GeocoderError as err:
            if not self.fallback_on_error:
                raise
            logger.warning("%s; using the offline result for %r", err, name)
            return _with_note(offline, note=f"online lookup failed: {err}")
        if answer.status == "found":
            return _from_answer(name, answer=answer, online=self.online, country=country)
        return _with_note(offline, note=f"{self.online.provider} found nothing")

    def is_confident(self, resolution: Resolution) -> bool:
        """Whether an offline resolution is good enough to skip the online geocoder."""
        return resolution.place is not None and resolution.confidence >= self.min_confidence

    def close(self) -> None:
        """Close the cache connection, if any, and what ``closing`` was given."""
        if self.online is not None and self.online.cache is not None:
            self.online.cache.close()
        for close in self._closing:
            close()

    def __enter__(self) -> Gazetteer:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()


def _from_answer(
    query: str, *, answer: GeocodeAnswer, online: CachedGeocoder, country: str | None
) -> Resolution:
    """Turn an online answer with at least one hit into a Resolution of its best hit.

    The provider's order is kept, except that places in ``country`` come first: not
    every provider can filter by country (Photon cannot), so the chain does.
    """
    places = online.online.to_places(answer)
    total = len(places)
    wanted = country.strip().upper() if country else None
    ranked = sorted(
        enumerate(places, start=1),
        key=lambda ranked_place: wanted is not None and ranked_place[1].country != wanted,
    )
    confidence = ONLINE_SINGLE_HIT_CONFIDENCE if total == 1 else ONLINE_MANY_HITS_CONFIDENCE
    candidates = tuple(
        _online_candidate(
            place,
            position=position,
            provider_rank=rank,
            total=total,
            answer=answer,
            country=wanted,
        )
        for position, (rank, place) in enumerate(ranked)
    )
    best = candidates[0]
    return Resolution(
        query=query,
        place=best.place,
        confidence=confidence,
        reason=best.reason,
        source=answer.provider,
        candidates=candidates,
    )


def _age(answer: GeocodeAnswer) -> str:
    when = time.strftime("%Y-%m-%d", time.gmtime(answer.fetched_at))
    return f"cached answer of {when}" if answer.from_cache else "fresh answer"


def _online_candidate(
    place: Place,
    *,
    position: int,
    provider_rank: int,
    total: int,
    answer: GeocodeAnswer,
    country: str | None,
) -> Candidate:
    hit = answer.hits[provider_rank - 1]
    kind = place.feature_code or place.feature_class
    reason = (
        f"{answer.provider} result {provider_rank} of {total} ({_age(answer)}): "
        f"{hit.address or place.name} [{kind}]"
    )
    if country is not None and place.country == country and position < provider_rank - 1:
        reason += f"; ranked up: in {country} as asked"
    return Candidate(
        place=place,
        score=round(1.0 - position / max(total, 1), 3),
        matched_name=place.name,
        match_kind="online",
        reason=reason,
    )


def _with_note(resolution: Resolution, *, note: str) -> Resolution:
    """Return ``resolution`` with ``note`` added to its reason."""
    reason = f"{resolution.reason}; {note}" if resolution.reason else note
    return replace(resolution, reason=reason)


def open_gazetteer(
    home: Path | None = None,
    *,
    geocoder: str | None = None,
    user_agent: str | None = None,
    geocoder_url: str | None = None,
    credentials: Mapping[str, str] | None = None,
    prefer_online: bool = False,
    fallback_on_error: bool = False,
) -> Gazetteer:
    """Open the offline index of ``home`` and, if ``geocoder`` names one, the online chain.

    The geocoder's options are checked before the index is opened, because opening may
    build it (tens of seconds) and a missing user agent should not wait for that. Its
    answers are cached in the index file itself. With ``fallback_on_error`` a failed
    online lookup gives the offline answer with a note (never cached), as a long run over
    many reports wants; without it the failure is raised, as ``incimap geocode`` wants.
    """
    online = None
    if geocoder is not None:
        # Imported only here: an offline run never loads geopy's clients.
        from gazetteer.geocoders import OnlineGeocoder

        online = OnlineGeocoder(
            geocoder, user_agent=user_agent, url=geocoder_url, credentials=credentials
        )
    from gazetteer.index import GazetteerIndex

    index = GazetteerIndex.open(home)
    if online is None:
        return Gazetteer(index, closing=(index.close,))
    from gazetteer.cache import GeocodeCache

    try:
        cache = GeocodeCache(index.path)
    except BaseException:
        index.close()
        raise
    # Processes sharing this home share the provider's rate too, not only the answers.
    online.slots = cache
    return Gazetteer(
        index,
        online=CachedGeocoder(online, cache=cache),
        prefer_online=prefer_online,
        fallback_on_error=fallback_on_error,
        closing=(index.close,),
    )
