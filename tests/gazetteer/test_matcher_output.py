"""The stored matcher parses exactly as the automaton that every process used to build.

Before the matcher was stored, the spotter built an ``ahocorasick_rs`` automaton
(leftmost-longest) over the folded patterns at every start. Here that automaton is
built again, over the same patterns, and the geoparser's output with it (spans, kinds,
places, confidences, reasons) is compared with the output with the stored matcher, on
our own texts and the sample reports.
"""

from __future__ import annotations

from pathlib import Path

import ahocorasick_rs
import pytest

from gazetteer.geoparse import Geoparser, Mention
from gazetteer.index import GazetteerIndex
from gazetteer.matcher import NameMatcher
from gazetteer.spot import Spotter, fold_patterns

SAMPLES = Path(__file__).resolve().parents[2] / "data" / "samples"

# Our own texts, each with a case the matcher must get right: non-ASCII letters that fold
# to more or fewer characters, hyphens, a longest match cut mid-word that hides a name
# ("a Kabul mosque"), shouted datelines, headlines, abbreviations, demonyms, landmarks.
TEXTS = (
    "BAKU, Nov 10 (Staff) -- Azerbaijani forces entered Şuşa on Sunday, the ministry in "
    "Baku said, after weeks of fighting around Nagorno-Karabakh and Tərtər.",
    "Mine Blast Kills Two Near Aghdam Village\n\nTwo deminers were killed near the village "
    "of Sarıcalı, Aghdam district, on Tuesday, the Azerbaijan National Agency for Mine "
    "Action (ANAMA) said.",
    "A bomb exploded outside a Kabul mosque during Friday prayers, killing at least five "
    "people, police in Kabul said. The Taliban blamed Islamic State Khorasan.",
    "The U.S. embassy in Kinshasa said fighting in the Democratic Republic of Congo's "
    "North Kivu province had displaced thousands; the Kremlin and the White House "
    "declined to comment. Congo's army retook Rutshuru.",
    "Flooding closed roads from Glasgow, Ky., to Bowling Green, and a bridge over the "
    "Straße des 17. Juni in Berlin reopened. São Paulo and Zürich sent aid.",
    "Residents of Khankendi (Stepanakert) and Lachin (Berdzor) reported shelling; "
    "Armenian officials in Yerevan and Goris denied it. President Aliyev visited Füzuli.",
    "Heavy clashes were reported in Idlib and near Aleppo, Syria, while Turkish drones "
    "struck Qamishli. In Mali, gunmen attacked Mopti and Gao; Malian troops withdrew.",
)


class _BuiltAtStart(NameMatcher):
    """The matcher as the spotter built it in every process: an ahocorasick_rs automaton."""

    def __init__(self, entries: list[tuple[str, tuple[str, ...], bool]]) -> None:
        super().__init__(None, flags=b"", offsets=(), blob=b"", longest=0)
        self._entries = entries
        self.longest = max(len(pattern) for pattern, _, _ in entries) + 1
        self._reference = ahocorasick_rs.AhoCorasick(
            [" " + pattern for pattern, _, _ in entries],
            matchkind=ahocorasick_rs.MATCHKIND_LEFTMOST_LONGEST,
            store_patterns=False,
        )

    @property
    def count(self) -> int:
        return len(self._entries)

    def find(self, haystack: str) -> list[tuple[int, int, int]]:
        return [(s, e, i) for i, s, e in self._reference.find_matches_as_indexes(haystack)]

    def keys_of(self, index: int, *, pattern: str) -> tuple[str, ...]:
        return self._entries[index][1]

    def is_prominent(self, index: int) -> bool:
        return self._entries[index][2]


class _WithMatcher:
    """The index, with the matcher the geoparser gets swapped for another one."""

    def __init__(self, index: GazetteerIndex, matcher: NameMatcher) -> None:
        self._index = index
        self._matcher = matcher

    def name_matcher(self) -> NameMatcher:
        return self._matcher

    def __getattr__(self, name: str) -> object:
        return getattr(self._index, name)


@pytest.fixture(scope="module")
def reference(gazetteer_index: GazetteerIndex) -> _BuiltAtStart:
    return _BuiltAtStart(fold_patterns(gazetteer_index.name_keys()))


def _texts() -> list[str]:
    samples = sorted(
        p for p in SAMPLES.iterdir() if p.suffix in (".txt", ".md") and p.stem != "README"
    )
    assert samples, "data/samples holds no reports"
    return [*TEXTS, *(p.read_text(encoding="utf-8") for p in samples)]


def _readings(mentions: tuple[Mention, ...]) -> list[tuple[object, ...]]:
    return [
        (m.text, m.start, m.end, m.kind, m.place.place_id if m.place else None, m.confidence,
         m.reason)
        for m in mentions
    ]  # fmt: skip


def test_the_stored_matcher_holds_the_same_patterns(
    gazetteer_index: GazetteerIndex, reference: _BuiltAtStart
) -> None:
    stored = gazetteer_index.name_matcher()
    assert stored.count == reference.count > 500_000


@pytest.mark.parametrize("number", range(len(_texts())))
def test_geoparsing_is_identical_with_the_stored_matcher(
    gazetteer_index: GazetteerIndex, reference: _BuiltAtStart, number: int
) -> None:
    text = _texts()[number]
    before = Geoparser(_WithMatcher(gazetteer_index, reference))  # type: ignore[arg-type]
    after = Geoparser(gazetteer_index)
    stored_spots = after.spotter.spot(text)
    assert stored_spots == Spotter(matcher=reference).spot(text)
    assert stored_spots, "a text without a single spot proves little"
    parsed_before, parsed_after = before.parse(text), after.parse(text)
    assert _readings(parsed_after.mentions) == _readings(parsed_before.mentions)
    assert parsed_after.countries == parsed_before.countries


def test_raw_matches_are_identical_on_every_haystack(
    gazetteer_index: GazetteerIndex, reference: _BuiltAtStart
) -> None:
    from gazetteer.spot import fold_text

    stored = gazetteer_index.name_matcher()
    for text in _texts():
        haystack = " " + fold_text(text).folded + " "
        assert stored.find(haystack) == reference.find(haystack)
        # Windows as the spotter's rescans cut them: from every word start on.
        for start in range(0, len(haystack), 7):
            if haystack[start] == " ":
                window = haystack[start : start + stored.longest * 2]
                assert stored.find(window) == reference.find(window)


def test_bisection_and_automaton_agree_on_the_whole_index(
    gazetteer_index: GazetteerIndex, reference: _BuiltAtStart
) -> None:
    from gazetteer.home import matcher_path_for
    from gazetteer.matcher import read_signature
    from gazetteer.spot import fold_text

    gazetteer_index.name_matcher()  # stores the matcher if the home has none yet
    path = matcher_path_for(gazetteer_index.path.parent)
    signature = read_signature(path)
    assert signature is not None
    bisecting = NameMatcher.read(path, signature=signature, scan_budget=10**12)
    loaded = NameMatcher.read(path, signature=signature, scan_budget=0)
    for text in _texts():
        haystack = " " + fold_text(text).folded + " "
        expected = reference.find(haystack)
        assert bisecting.find(haystack) == expected
        assert loaded.find(haystack) == expected
    assert bisecting._automaton is None and loaded._automaton is not None
