from __future__ import annotations

from datetime import date

from geo.incident import FIELDS, Incident, incident_id_for, to_geodataframe


def test_geodataframe_keeps_unknown_counts_apart_from_zero() -> None:
    frame = to_geodataframe(
        [
            Incident(id="a", event_type="Battles", fatalities=0, latitude=40.33, longitude=46.73),
            Incident(id="b", event_type="Riots", event_date=date(2023, 11, 9)),
        ]
    )
    assert list(frame.columns[:-1]) == list(FIELDS)
    assert frame.loc[0, "fatalities"] == 0
    assert frame["fatalities"].isna().tolist() == [False, True]
    assert frame.crs.to_epsg() == 4326


def test_geometry_is_lon_lat_and_missing_places_are_kept() -> None:
    frame = to_geodataframe(
        [
            Incident(id="a", event_type="Battles", latitude=40.3314, longitude=46.7294),
            Incident(id="b", event_type="Battles"),
        ]
    )
    point = frame.geometry.iloc[0]
    assert (point.x, point.y) == (46.7294, 40.3314)
    assert frame.geometry.iloc[1] is None
    assert len(frame) == 2


def test_ids_differ_by_span() -> None:
    assert incident_id_for("a.txt", 0, 10) != incident_id_for("a.txt", 0, 11)
    assert incident_id_for("a.txt", 0, 10) != incident_id_for("b.txt", 0, 10)
