"""Sentence splitting keeps offsets into the report and leaves headings out."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from geo.extract.incidents import Extractor
from geo.extract.sentences import is_heading_line, lone_line, split_sentences
from geo.read import Report


def test_abbreviations_and_initials_do_not_end_sentences():
    text = 'Gen. Ivanov met Mr. Smith in the U.S. on Monday. J. Doe agreed. "Yes." She left.'
    assert [s.text for s in split_sentences(text)] == [
        "Gen. Ivanov met Mr. Smith in the U.S. on Monday.",
        "J. Doe agreed.",
        '"Yes."',
        "She left.",
    ]
    text = "Raiders killed 4, incl. 2 children, at Kuru. Brig. Osei visited."
    assert [s.text for s in split_sentences(text)] == [
        "Raiders killed 4, incl. 2 children, at Kuru.",
        "Brig. Osei visited.",
    ]


def test_offsets_and_headings():
    text = "Truce After Weeks of Fighting\n\nMr. Ivanov said shells fell. Two died.\nTASS\n"
    sentences = split_sentences(text)
    assert [s.text for s in sentences] == ["Mr. Ivanov said shells fell.", "Two died."]
    assert all(text[s.start : s.end] == s.text for s in sentences)


@given(st.text(alphabet=st.sampled_from(list('ab .!?\n"[]…AB1')), max_size=120))
def test_every_sentence_is_a_slice_of_the_text(text):
    for sentence in split_sentences(text):
        assert text[sentence.start : sentence.end] == sentence.text
        assert sentence.text.strip() == sentence.text != ""


def test_photo_captions_are_not_sentences():
    text = "Shells hit Goris on Monday.\nProtesters in Yerevan. | Photo: Agency / A. Name\n"
    assert [s.text for s in split_sentences(text)] == ["Shells hit Goris on Monday."]
    # A digest's item title, its place in brackets; the item's own sentence stays.
    text = "- Tribal Clash (Dhi Qar)\nA dispute between two clans turned to gunfire.\n"
    assert [s.text for s in split_sentences(text)] == [
        "A dispute between two clans turned to gunfire."
    ]
    # A credit in brackets closes a caption of another day: "(Credit: …)", "(AP Photo/…)".
    for credit in (
        "(Credit: A. Name/Agency)",
        "(AP Photo/A. Name)",
        "(Photo: Agency)",
        # A credit after a slash: "… / TRT World and Agencies".
        "/ Global News and Agencies",
    ):
        text = f"Houses burned by shelling in Goris, May 3, 2021. {credit}\nShells hit Sotk.\n"
        assert [s.text for s in split_sentences(text)] == ["Shells hit Sotk."]


# Issue 15, defect 6: a line whose last sentence is followed by a credit, hashtags, a
# link, an emoji or "Read more" states that sentence; it is not a heading.
TAILS = [
    "Reporting by Jane Doe",
    "#Goris #Armenia",
    "\U0001f622",
    "https://example.org/news/1234?ref=feed",
    "Photo: AFP",
    "Read more",
]


@pytest.mark.parametrize("tail", TAILS)
def test_a_sentence_followed_by_a_tail_is_kept(tail: str) -> None:
    statement = "Shelling hit Goris on Monday, killing two civilians."
    text = f"Shelling in the South\n\n{statement} {tail}\n"
    sentences = split_sentences(text)
    assert [s.text for s in sentences] == [statement]
    assert all(text[s.start : s.end] == s.text for s in sentences)
    (incident,) = Extractor().extract(Report("t.txt", text))
    assert incident.fatalities == 2


@pytest.mark.parametrize(
    "line",
    [
        "Truce After Weeks of Fighting",
        "U.S. Strikes Hit Syria",
        "Dr. Who Visits Goris",
        "Protesters march in Goris on Monday. | Photo: Agency / A. Name",
        "Photo: AFP",
    ],
)
def test_titles_and_captions_are_still_headings(line: str) -> None:
    assert is_heading_line(line)


def test_a_sentence_boundary_starts_after_terminal_punctuation_or_at_a_bracket() -> None:
    # _boundaries tries the pattern only there: right only while its branches start so.
    from re import _constants as c  # type: ignore[attr-defined]
    from re import _parser  # type: ignore[attr-defined]

    from geo.extract.sentences import _BOUNDARY_RE

    first = next(iter(_parser.parse(_BOUNDARY_RE.pattern, _BOUNDARY_RE.flags)))
    assert first[0] is c.BRANCH
    after_punctuation, at_bracket = first[1][1]
    op, (direction, behind) = after_punctuation[0]
    assert (op, direction) == (c.ASSERT, -1)
    assert list(behind) == [(c.IN, [(c.LITERAL, ord(ch)) for ch in ".!?"])]
    assert at_bracket[0] == (c.LITERAL, ord("["))


@given(
    st.lists(
        st.one_of(
            st.sampled_from([". ", "! ", "? ", ".” ", ".) ", "[…] ", "[...] ", "[", "]", "."]),
            st.sampled_from([" ", "  ", "\t", "A", "b", "7", "“", "(", "É", "Mr. ", "U.S. "]),
            st.text(max_size=5),
        ),
        max_size=30,
    )
)
def test_boundaries_are_those_the_pattern_finds(pieces: list[str]) -> None:
    from geo.extract.sentences import _BOUNDARY_RE, _boundaries

    line = "".join(pieces)
    assert [m.span() for m in _boundaries(line)] == [m.span() for m in _BOUNDARY_RE.finditer(line)]


def test_a_body_of_one_unpunctuated_line_states_it() -> None:
    text = "date 2024-05-02\n\nDrone strike on Kupiansk kills 3\n"
    body = text.index("Drone")
    assert split_sentences(text, start=body) == []
    (only,) = lone_line(text, start=body)
    assert only.text == "Drone strike on Kupiansk kills 3"
    assert text[only.start : only.end] == only.text
    # A title over a body is no lone line.
    assert lone_line("Mine Blast in the Hills\n\nFarmers expect a harvest.\n") == []


def test_a_toll_field_line_is_a_statement() -> None:
    text = "Militants and soldiers clashed near the well.\nFatalities: 12\n"
    assert [s.text for s in split_sentences(text)] == [
        "Militants and soldiers clashed near the well.",
        "Fatalities: 12",
    ]


def test_titles_as_nigerian_and_south_asian_papers_write_them_do_not_end_sentences():
    text = (
        "Gunmen abducted Rev. Fr. Okafor in Kaduna on Monday. Alh. Musa and Hon. Bello "
        "condemned the attack."
    )
    assert [s.text for s in split_sentences(text)] == [
        "Gunmen abducted Rev. Fr. Okafor in Kaduna on Monday.",
        "Alh. Musa and Hon. Bello condemned the attack.",
    ]


def test_police_ranks_do_not_end_sentences():
    text = (
        "Rioters burned the market. Police spokesman Sr. Comr. Budi Santoso and Const. "
        "Lee said no one was hurt."
    )
    assert [s.text for s in split_sentences(text)] == [
        "Rioters burned the market.",
        "Police spokesman Sr. Comr. Budi Santoso and Const. Lee said no one was hurt.",
    ]


def test_a_caption_without_its_credit_is_no_statement() -> None:
    # What people in the picture do, in the present, and the day it was taken.
    for line in (
        "Rangers inspect the site of a roadside bomb in Yala on 4 June 2016.",
        "The aftermath of a drone strike on a car near Qamishli on March 3, 2024.",
        "Residents gather at the scene of a blast in Kharkiv, Ukraine, Tuesday, Oct. 1, 2024.",
    ):
        assert is_heading_line(line), line
    # The news, told in the past, stays.
    for line in (
        "The site of the blast was sealed off on 4 June 2016.",
        "Gunmen killed five people in Kano on 3 May 2015.",
        "Soldiers guard the area after the attack in Gao on Monday.",
    ):
        assert not is_heading_line(line), line
