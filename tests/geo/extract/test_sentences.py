"""Sentence splitting keeps offsets into the report and leaves headings out."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from geo.extract.sentences import split_sentences


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
