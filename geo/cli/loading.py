"""Reading inputs for ``extract``, ``map`` and ``export``: one way in, said the same way.

Every problem is said once (a warning per bad input or row), every table read gets a
one-line note, and a run that read nothing stops before writing anything.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from geo.cli import talk

if TYPE_CHECKING:
    from geo.cli.options import GeocoderChoice
    from geo.pipeline import LoadOptions, PipelineResult


def load_inputs(
    inputs: Sequence[str],
    *,
    home: Path | None,
    choice: GeocoderChoice,
    options: LoadOptions,
) -> PipelineResult:
    """Read ``inputs`` through the one loader; raise ``NothingReadError`` if none was read.

    The gazetteer (and the online geocoder, if chosen) is opened only when an input
    needs places resolved.
    """
    from geo.errors import NothingReadError
    from geo.pipeline import GazetteerOnDemand, load_incidents

    with GazetteerOnDemand(lambda: choice.open(home, fallback_on_error=True)) as places:
        result = load_incidents(
            inputs, gazetteer=places, options=options, progress=talk.shows_progress()
        )
    summary = result.summary
    for line in summary.notes:
        talk.note(line)
    for problem in summary.problems:
        talk.warn(problem)
    if summary.read == 0:
        what = "no input found" if summary.inputs == 0 else "no input could be read"
        raise NothingReadError(f"{what} in {', '.join(inputs)}; nothing written")
    return result


def describe_reading(result: PipelineResult) -> str:
    """The one summary line of a run."""
    s = result.summary
    return (
        f"{s.incidents} incidents from {s.read} of {s.inputs} inputs ({s.reports} reports, "
        f"{s.skipped} skipped, {s.failed} failed), {s.unresolved} unresolved, "
        f"{s.without_location} without a location"
    )
