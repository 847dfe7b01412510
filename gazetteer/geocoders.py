"""Online geocoders through geopy: opt-in, rate-limited, retried, and never trusted blindly.

:class:`OnlineGeocoder` wraps one geopy geocoder (picked by name with geopy's
``get_geocoder_for_service``) behind geopy's ``RateLimiter``. Every request goes through
one method, :meth:`OnlineGeocoder._call`, the single place where geopy's exceptions
become ours (``gazetteer.errors``), re-raised ``from`` the original. Transient faults
(timeouts, 429, 5xx, connection resets, malformed or empty bodies) are retried with
exponential backoff, honouring ``Retry-After``, then raised. Only real answers come
back as :class:`~gazetteer.cache.GeocodeAnswer` values, so a fault can never be cached
as "not found".

Clock and sleep are injected (as geopy's own ``RateLimiter._clock``/``_sleep`` allow),
so tests never sleep for real.
"""

from __future__ import annotations

import functools
import hashlib
import inspect
import logging
import time
import urllib.parse
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from types import MappingProxyType
from typing import Any, Final, Protocol

import geopy.exc
from geopy.adapters import AdapterHTTPError
from geopy.extra.rate_limiter import RateLimiter
from geopy.geocoders import SERVICE_TO_GEOCODER, get_geocoder_for_service

from gazetteer.adapter import GuardedAdapter
from gazetteer.answers import DEFAULT_LIMITS, AnswerLimits, MalformedAnswer, check_point
from gazetteer.cache import GeocodeAnswer, OnlineHit, Slot, normalize_query, to_params_json
from gazetteer.errors import (
    GeocoderConfigError,
    GeocoderError,
    GeocoderRateLimited,
    GeocoderUnavailable,
)
from gazetteer.place import Place

logger = logging.getLogger(__name__)

USER_AGENT_ENV: Final = "INCIMAP_USER_AGENT"


@dataclass(frozen=True, slots=True)
class ProviderSpec:
    """What we know about one provider: its polite request rate and query parameters.

    ``country_kwarg`` and ``limit_kwarg`` name the geopy ``geocode()`` keyword that
    restricts by ISO country code and caps the result count; None when it has none.
    """

    min_delay_s: float = 1.0
    country_kwarg: str | None = None
    limit_kwarg: str | None = None
    extra_kwargs: tuple[tuple[str, Any], ...] = ()


# Nominatim's usage policy allows one request per second; GeoNames' free tier about one
# every 2 s; Photon (komoot) asks for "reasonable" use. Read-only: pass min_delay_s to
# OnlineGeocoder to change it.
PROVIDERS: Final[Mapping[str, ProviderSpec]] = MappingProxyType(
    {
        "nominatim": ProviderSpec(
            min_delay_s=1.0,
            country_kwarg="country_codes",
            limit_kwarg="limit",
            extra_kwargs=(("addressdetails", True),),
        ),
        "photon": ProviderSpec(min_delay_s=1.0, limit_kwarg="limit"),
        "geonames": ProviderSpec(min_delay_s=2.0, country_kwarg="country"),
    }
)
GENERIC_PROVIDER: Final = ProviderSpec()


def provider_names() -> tuple[str, ...]:
    """Return every provider name that ``--geocoder`` accepts, sorted.

    >>> {"nominatim", "photon", "geonames"} <= set(provider_names())
    True
    """
    return tuple(sorted(SERVICE_TO_GEOCODER))


@dataclass(frozen=True, slots=True)
class RetryPolicy:
    """How transient faults are retried: ``max_attempts`` tries in all, exponential waits.

    A ``Retry-After`` longer than ``max_retry_after_s`` is not waited for: the rate
    limit is raised at once, with the time the provider asked for.
    """

    max_attempts: int = 4
    base_delay_s: float = 1.0
    max_delay_s: float = 60.0
    max_retry_after_s: float = 300.0

    def __post_init__(self) -> None:
        if self.max_attempts < 1:
            raise GeocoderConfigError(
                f"retry policy: expected max_attempts >= 1, got {self.max_attempts}"
            )

    def delay_s(self, attempt: int) -> float:
        """Return the wait after failed attempt number ``attempt`` (1-based).

        >>> [RetryPolicy(base_delay_s=1.0, max_delay_s=5.0).delay_s(n) for n in (1, 2, 3, 4)]
        [1.0, 2.0, 4.0, 5.0]
        """
        return float(min(self.max_delay_s, self.base_delay_s * 2 ** (attempt - 1)))


class SlotReserver(Protocol):
    """Shares a provider's request rate between processes (``GeocodeCache`` is one)."""

    def reserve_slot(self, provider: str, *, min_delay_s: float) -> Slot:
        """Reserve the next request time of ``provider``."""
        ...


@dataclass(frozen=True, slots=True)
class _Fault:
    """A translated geopy error and whether trying again may help."""

    error: GeocoderError
    is_transient: bool


class _InjectedRateLimiter(RateLimiter):  # type: ignore[misc]
    """geopy's RateLimiter with our clock and sleep; its own retries are off (ours do it)."""

    def __init__(
        self,
        func: Callable[..., Any],
        *,
        min_delay_s: float,
        clock: Callable[[], float],
        sleep: Callable[[float], None],
    ) -> None:
        super().__init__(
            func,
            min_delay_seconds=min_delay_s,
            max_retries=0,
            error_wait_seconds=min_delay_s,
            swallow_exceptions=False,
        )
        self._injected_clock = clock
        self._injected_sleep = sleep

    def _clock(self) -> float:
        return self._injected_clock()

    def _sleep(self, seconds: float) -> None:
        self._injected_sleep(seconds)


# Options of geopy's clients that incimap sets from its own settings.
_SET_BY_US: Final = frozenset(
    {"user_agent", "timeout", "adapter_factory", "domain", "scheme", "proxies", "ssl_context"}
)
_LOOPBACK_HOSTS: Final = frozenset({"127.0.0.1", "localhost", "::1"})


def _check_user_agent(user_agent: str | None) -> str:
    cleaned = (user_agent or "").strip()
    if not cleaned:
        raise GeocoderConfigError(
            "an online geocoder needs a user agent that identifies you (for example "
            f"'myproject/1.0 (me@example.org)'): pass --user-agent or set {USER_AGENT_ENV}"
        )
    if cleaned.lower().startswith("geopy/"):
        raise GeocoderConfigError(
            f"user agent {cleaned!r} is geopy's default; providers block it, so give your own"
        )
    return cleaned


def _split_url(url: str, *, provider: str) -> tuple[str, str]:
    """Return (scheme, domain) for geopy from a base URL such as ``http://127.0.0.1:8080``.

    >>> _split_url("https://nominatim.example.org/osm/", provider="nominatim")
    ('https', 'nominatim.example.org/osm')
    """
    parts = urllib.parse.urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise GeocoderConfigError(
            f"--geocoder-url for {provider}: expected an http(s) URL such as "
            f"'http://127.0.0.1:8080', got {url!r}"
        )
    if parts.query or parts.fragment:
        raise GeocoderConfigError(
            f"--geocoder-url for {provider}: expected a base URL without '?' or '#', got {url!r}"
        )
    return parts.scheme, parts.netloc + parts.path.rstrip("/")


class OnlineGeocoder:
    """One online provider, rate-limited and retried, answering :class:`GeocodeAnswer`.

    ``url`` points the client at another server of the provider's kind (a self-hosted
    Nominatim, or a loopback server in tests). ``credentials`` holds the provider's
    keyword arguments such as ``username`` (GeoNames) or ``api_key``. ``clock`` is a
    monotonic clock in seconds for the rate limiter, ``wall_clock`` gives unix seconds
    for ``fetched_at``; ``sleep`` is every wait's only way to pass time. ``slots``, when
    set, spaces requests across every process that shares it, not only this one.
    """

    def __init__(
        self,
        provider: str,
        *,
        user_agent: str | None,
        url: str | None = None,
        credentials: Mapping[str, str] | None = None,
        timeout_s: float = 10.0,
        limits: AnswerLimits = DEFAULT_LIMITS,
        limit: int = 5,
        min_delay_s: float | None = None,
        retry: RetryPolicy = RetryPolicy(),
        clock: Callable[[], float] = time.monotonic,
        wall_clock: Callable[[], float] = time.time,
        sleep: Callable[[float], None] = time.sleep,
        slots: SlotReserver | None = None,
    ) -> None:
        name = provider.strip().lower()
        if name not in SERVICE_TO_GEOCODER:
            raise GeocoderConfigError(
                f"unknown geocoder {provider!r}; expected one of: {', '.join(provider_names())}"
            )
        self.provider = name
        self.spec = PROVIDERS.get(name, GENERIC_PROVIDER)
        self.limit = limit
        self.retry = retry
        self._wall_clock = wall_clock
        self._sleep = sleep
        geocoder_cls = get_geocoder_for_service(name)
        accepted = inspect.signature(geocoder_cls.__init__).parameters
        kwargs: dict[str, Any] = dict(credentials or {})
        reserved = sorted(set(kwargs) & _SET_BY_US)
        if reserved:
            raise GeocoderConfigError(
                f"geocoder option {', '.join(reserved)} is set by incimap itself; use "
                "--user-agent and --geocoder-url instead"
            )
        unknown = sorted(set(kwargs) - set(accepted))
        if unknown:
            raise GeocoderConfigError(
                f"geocoder {name!r} takes no option {', '.join(unknown)}; it takes: "
                f"{', '.join(p for p in accepted if p != 'self')}"
            )
        missing = [
            p.name
            for p in accepted.values()
            if p.default is inspect.Parameter.empty
            and p.kind is not p.VAR_KEYWORD
            and p.name not in {"self", *kwargs}
        ]
        if missing:
            raise GeocoderConfigError(
                f"geocoder {name!r} needs {', '.join(missing)} "
                f"(pass it with --geocoder-option {missing[0]}=...)"
            )
        kwargs["user_agent"] = _check_user_agent(user_agent)
        kwargs["timeout"] = timeout_s
        # urllib, not requests: it does no retries of its own, so ours are the only
        # ones, and the request count a test observes is the one we made. timeout_s is
        # also each request's overall deadline, and every body is capped and checked.
        kwargs["adapter_factory"] = functools.partial(
            GuardedAdapter, provider=name, deadline_s=timeout_s, limits=limits
        )
        if url is not None:
            if "domain" not in accepted:
                raise GeocoderConfigError(f"geocoder {name!r} does not accept a custom URL")
            kwargs["scheme"], kwargs["domain"] = _split_url(url, provider=name)
            if urllib.parse.urlsplit(url).hostname in _LOOPBACK_HOSTS:
                # A system proxy (HTTP_PROXY) must never see traffic for this machine.
                kwargs["proxies"] = {}
        try:
            self._geopy = geocoder_cls(**kwargs)
        except geopy.exc.GeopyError as err:
            raise self._translate(err).error from err
        self.min_delay_s = self.spec.min_delay_s if min_delay_s is None else min_delay_s
        self.slots = slots
        self._geocode = _InjectedRateLimiter(
            self._request, min_delay_s=self.min_delay_s, clock=clock, sleep=sleep
        )

    def _request(self, text: str, **kwargs: Any) -> Any:
        """One geopy call, after the shared slot (if any) comes round."""
        if self.slots is not None and self.min_delay_s > 0:
            slot = self.slots.reserve_slot(self.provider, min_delay_s=self.min_delay_s)
            if slot.wait_s > 0:
                self._sleep(slot.wait_s)
        return self._geopy.geocode(text, **kwargs)

    def params_for(self, *, country: str | None = None) -> str:
        """Return the canonical JSON of what a query sends besides its text (the cache key)."""
        return to_params_json(self._kwargs_for(country=country))

    def _kwargs_for(self, *, country: str | None) -> dict[str, Any]:
        kwargs: dict[str, Any] = dict(self.spec.extra_kwargs)
        if self.spec.limit_kwarg is not None:
            kwargs[self.spec.limit_kwarg] = self.limit
        if country is not None and self.spec.country_kwarg is not None:
            kwargs[self.spec.country_kwarg] = country.strip().lower()
        return kwargs

    def geocode(self, query: str, *, country: str | None = None) -> GeocodeAnswer:
        """Ask the provider; return its answer (maybe with no hits) or raise after retries.

        Raises :class:`GeocoderUnavailable` when transient faults outlast the retries,
        :class:`GeocoderRateLimited` when the provider keeps answering 429, and
        :class:`GeocoderConfigError` or :class:`GeocoderError` for faults that retrying
        cannot fix (bad credentials, a rejected query).
        """
        text = " ".join(query.split())
        kwargs = self._kwargs_for(country=country)
        for attempt in range(1, self.retry.max_attempts + 1):
            try:
                locations = self._call(text, kwargs=kwargs)
            except _TransientFault as transient:
                fault = transient.fault
                wait_s = self._wait_before_retry(fault.error, attempt=attempt)
                if wait_s is None:
                    raise self._final_error(fault.error, attempts=attempt) from fault.error
                logger.warning(
                    "%s (attempt %d of %d); retrying in %.1f s",
                    fault.error,
                    attempt,
                    self.retry.max_attempts,
                    wait_s,
                )
                self._sleep(wait_s)
                continue
            return GeocodeAnswer(
                provider=self.provider,
                query=normalize_query(text),
                params_json=to_params_json(kwargs),
                raw=tuple(dict(location.raw) for location in locations),
                hits=tuple(
                    OnlineHit(
                        lat=float(location.latitude),
                        lon=float(location.longitude),
                        address=str(location.address or ""),
                    )
                    for location in locations
                ),
                fetched_at=self._wall_clock(),
            )
        raise AssertionError("unreachable: the last attempt returns or raises")

    def _wait_before_retry(self, error: GeocoderError, *, attempt: int) -> float | None:
        """Return how long to wait before the next attempt, or None to give up now."""
        if attempt >= self.retry.max_attempts:
            return None
        delay_s = self.retry.delay_s(attempt)
        if isinstance(error, GeocoderRateLimited) and error.retry_after_s is not None:
            if error.retry_after_s > self.retry.max_retry_after_s:
                return None
            delay_s = max(delay_s, error.retry_after_s)
        return delay_s

    def _final_error(self, error: GeocoderError, *, attempts: int) -> GeocoderError:
        tried = f"after {attempts} attempt{'s' if attempts > 1 else ''}"
        if isinstance(error, GeocoderRateLimited):
            return GeocoderRateLimited(
                f"{self.provider} kept refusing with 429 Too Many Requests {tried}; "
                f"retry after {error.retry_after_s or 'an unknown number of'} s",
                retry_after_s=error.retry_after_s,
            )
        return GeocoderUnavailable(f"{self.provider} did not answer usefully {tried}: {error}")

    def _call(self, text: str, *, kwargs: Mapping[str, Any]) -> list[Any]:
        """Send one request; the ONE place where geopy's exceptions become ours.

        Returns geopy ``Location`` objects (an empty list for a real "no result").
        Raises :class:`_TransientFault` for what a retry may fix, our errors otherwise.
        """
        try:
            result = self._geocode(text, exactly_one=False, **kwargs)
        except geopy.exc.GeopyError as err:
            fault = self._translate(err)
            if fault.is_transient:
                raise _TransientFault(fault) from err
            raise fault.error from err
        except (OSError, ValueError, LookupError, TypeError, AttributeError) as err:
            # geopy lets socket errors, and parse errors of a well-formed JSON document
            # of the wrong shape (a KeyError in Photon's parser, an AttributeError in
            # GeoNames' on a null body), through unwrapped.
            error = GeocoderUnavailable(f"{self.provider}: malformed answer: {_describe(err)}")
            raise _TransientFault(_Fault(error, is_transient=True)) from err
        # geopy yields None for a result without coordinates; such a hit is useless.
        locations = [location for location in (result or []) if location is not None]
        try:
            for location in locations:
                # The adapter checked the body of the formats we know; this catches a
                # point of another provider's format that geopy parsed out of range.
                check_point(lat=location.latitude, lon=location.longitude, address=location.address)
                if not isinstance(location.raw, Mapping):
                    raise MalformedAnswer(f"hit: expected an object, got {location.raw!r:.40}")
        except MalformedAnswer as err:
            error = GeocoderUnavailable(f"{self.provider}: malformed answer: {err}")
            raise _TransientFault(_Fault(error, is_transient=True)) from err
        return locations

    def _translate(self, err: geopy.exc.GeopyError) -> _Fault:
        """Map one geopy exception to ours; the order runs from specific to general."""
        where = f"{self.provider}: {_describe(err)}"
        if isinstance(err, geopy.exc.GeocoderRateLimited):
            retry_after_s = None if err.retry_after is None else float(err.retry_after)
            return _Fault(GeocoderRateLimited(where, retry_after_s=retry_after_s), True)
        if isinstance(err, geopy.exc.GeocoderQuotaExceeded):
            # A used-up quota (402, daily limits) does not clear within our retries.
            return _Fault(GeocoderRateLimited(where), False)
        if isinstance(err, geopy.exc.ConfigurationError | geopy.exc.GeocoderNotFound):
            return _Fault(GeocoderConfigError(where), False)
        if isinstance(
            err,
            geopy.exc.GeocoderAuthenticationFailure | geopy.exc.GeocoderInsufficientPrivileges,
        ):
            return _Fault(GeocoderConfigError(f"{where} (check the credentials)"), False)
        if isinstance(err, geopy.exc.GeocoderQueryError):
            return _Fault(GeocoderError(f"{where} (the provider rejected the query)"), False)
        if isinstance(
            err,
            geopy.exc.GeocoderTimedOut
            | geopy.exc.GeocoderUnavailable
            | geopy.exc.GeocoderParseError,
        ):
            return _Fault(GeocoderUnavailable(where), True)
        if isinstance(err, geopy.exc.GeocoderServiceError):
            # Generic: a 5xx (or no status at all: a reset, a truncated body) may clear;
            # another 4xx will not.
            cause = err.__cause__
            status = cause.status_code if isinstance(cause, AdapterHTTPError) else None
            if status is not None and status < 500:
                return _Fault(GeocoderError(f"{where} (HTTP {status})"), False)
            return _Fault(GeocoderUnavailable(where), True)
        return _Fault(GeocoderError(where), False)

    def to_places(self, answer: GeocodeAnswer) -> tuple[Place, ...]:
        """Return the hits of ``answer`` as places, in the provider's order."""
        parse: _PlaceParser = _PLACE_PARSERS.get(answer.provider, _place_from_generic)
        return tuple(
            parse(raw, hit=hit, provider=answer.provider)
            for raw, hit in zip(answer.raw, answer.hits, strict=True)
        )


def _describe(err: BaseException) -> str:
    """Return a short, single-line message for ``err`` and what it wraps.

    Bodies of malformed answers end up in geopy's messages; a hostile server could send
    megabytes, so the message is cut.

    >>> _describe(ValueError("x" * 500))[-10:]
    'xxx… (cut)'
    """
    detail = " ".join(str(err).split()) or type(err).__name__
    inner = err.__cause__ or err.__context__
    if inner is not None and not isinstance(inner, AdapterHTTPError):
        detail = f"{detail} ({type(inner).__name__})"
    return detail if len(detail) <= _MAX_MESSAGE else detail[:_MAX_MESSAGE] + "… (cut)"


_MAX_MESSAGE: Final = 200


class _TransientFault(Exception):
    """Internal: carries a fault that a retry may fix out of :meth:`OnlineGeocoder._call`."""

    def __init__(self, fault: _Fault) -> None:
        super().__init__(str(fault.error))
        self.fault = fault


# --- Provider answers → Place ---------------------------------------------------------

# OSM (class, type) → GeoNames feature class and code, so that online places rank and
# display like offline ones. Unlisted types of a class fall back to the class entry.
_OSM_FEATURES: Final[Mapping[tuple[str, str], tuple[str, str]]] = MappingProxyType(
    {
        ("place", "city"): ("P", "PPL"),
        ("place", "town"): ("P", "PPL"),
        ("place", "village"): ("P", "PPL"),
        ("place", "hamlet"): ("P", "PPL"),
        ("place", "isolated_dwelling"): ("P", "PPL"),
        ("place", "suburb"): ("P", "PPLX"),
        ("place", "neighbourhood"): ("P", "PPLX"),
        ("place", "quarter"): ("P", "PPLX"),
        ("place", "country"): ("A", "PCLI"),
        ("place", "state"): ("A", "ADM1"),
        ("place", "province"): ("A", "ADM1"),
        ("place", "county"): ("A", "ADM2"),
        ("place", "district"): ("A", "ADM2"),
        ("place", "region"): ("L", "RGN"),
        ("place", "locality"): ("L", "LCTY"),
        ("place", ""): ("P", "PPL"),
        ("boundary", "administrative"): ("A", "ADMD"),
        ("boundary", ""): ("A", "ADMD"),
        ("natural", "water"): ("H", "LK"),
        ("waterway", ""): ("H", "STM"),
        ("natural", ""): ("T", "HLL"),
        ("highway", ""): ("R", "RD"),
        ("landuse", ""): ("L", "AREA"),
    }
)


def osm_feature(osm_class: str, *, osm_type: str) -> tuple[str, str]:
    """Return the GeoNames (feature class, feature code) closest to an OSM class/type.

    >>> osm_feature("place", osm_type="village")
    ('P', 'PPL')
    >>> osm_feature("amenity", osm_type="school")
    ('S', '')
    """
    found = _OSM_FEATURES.get((osm_class, osm_type)) or _OSM_FEATURES.get((osm_class, ""))
    return found if found is not None else ("S", "")


def _first_part(address: str) -> str:
    return address.split(",")[0].strip()


def _text(value: object) -> str | None:
    return str(value) if value not in (None, "") else None


def _place_from_nominatim(raw: Mapping[str, Any], *, hit: OnlineHit, provider: str) -> Place:
    address = raw.get("address") or {}
    feature_class, feature_code = osm_feature(
        str(raw.get("class") or raw.get("category") or ""), osm_type=str(raw.get("type") or "")
    )
    country = _text(address.get("country_code"))
    return Place(
        place_id=f"{provider}:{raw.get('osm_type', 'unknown')}/{raw.get('osm_id', '')}",
        name=str(raw.get("name") or _first_part(hit.address)),
        lat=hit.lat,
        lon=hit.lon,
        feature_class=feature_class,
        feature_code=feature_code,
        country=country.upper() if country else None,
        admin1=_text(address.get("state") or address.get("province") or address.get("region")),
        admin2=_text(address.get("county") or address.get("district")),
        source=provider,
    )


def _place_from_photon(raw: Mapping[str, Any], *, hit: OnlineHit, provider: str) -> Place:
    props = raw.get("properties") or {}
    osm_type = {"N": "node", "W": "way", "R": "relation"}.get(str(props.get("osm_type")), "")
    feature_class, feature_code = osm_feature(
        str(props.get("osm_key") or ""), osm_type=str(props.get("osm_value") or "")
    )
    country = _text(props.get("countrycode"))
    return Place(
        place_id=f"{provider}:{osm_type or 'unknown'}/{props.get('osm_id', '')}",
        name=str(props.get("name") or _first_part(hit.address)),
        lat=hit.lat,
        lon=hit.lon,
        feature_class=feature_class,
        feature_code=feature_code,
        country=country.upper() if country else None,
        admin1=_text(props.get("state")),
        admin2=_text(props.get("county") or props.get("district")),
        source=provider,
    )


def _place_from_geonames(raw: Mapping[str, Any], *, hit: OnlineHit, provider: str) -> Place:
    population = raw.get("population")
    return Place(
        place_id=f"geonames:{raw.get('geonameId', '')}",
        name=str(raw.get("name") or _first_part(hit.address)),
        lat=hit.lat,
        lon=hit.lon,
        feature_class=str(raw.get("fcl") or "S"),
        feature_code=str(raw.get("fcode") or ""),
        country=_text(raw.get("countryCode")),
        admin1=_text(raw.get("adminName1")),
        admin2=_text(raw.get("adminName2")),
        population=int(population)
        if isinstance(population, int | str) and str(population).isdigit()
        else 0,
        source=provider,
    )


def _place_from_generic(raw: Mapping[str, Any], *, hit: OnlineHit, provider: str) -> Place:
    # No stable id in an unknown format: hash the point and address, which is stable for
    # the same answer and distinct for different ones.
    digest = hashlib.sha1(
        f"{hit.lat:.6f},{hit.lon:.6f},{hit.address}".encode(), usedforsecurity=False
    ).hexdigest()[:16]
    return Place(
        place_id=f"{provider}:{digest}",
        name=_first_part(hit.address) or f"{hit.lat:.5f}, {hit.lon:.5f}",
        lat=hit.lat,
        lon=hit.lon,
        feature_class="S",
        source=provider,
    )


class _PlaceParser(Protocol):
    def __call__(self, raw: Mapping[str, Any], *, hit: OnlineHit, provider: str) -> Place: ...


_PLACE_PARSERS: Final[Mapping[str, _PlaceParser]] = MappingProxyType(
    {
        "nominatim": _place_from_nominatim,
        "photon": _place_from_photon,
        "geonames": _place_from_geonames,
    }
)
