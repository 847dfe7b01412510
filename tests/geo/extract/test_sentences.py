"""Sentence splitting keeps offsets into the report and leaves headings out."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from geo.extract.incidents import Extractor
from geo.extract.sentences import is_heading_line, split_sentences
from geo.read import Report


def test_abbreviations_and_initials_do_not_end_sentences():
    text = 'Gen. Ivanov met Mr. Smith in the U.S. on Monday. J. Doe agreed. "Yes." She left.'
    assert [s.text for s in split_sentences(text)] == [
        "Gen. Ivanov met Mr. Smith in the U.S. on Monday.",
        "J. Doe agreed.",
        '"Yes."',
        "She left.",
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
