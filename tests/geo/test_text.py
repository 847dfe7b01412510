"""Hard-wrapped text joined into its sentences before extraction (geo.text)."""

from geo.text import spell_out_hashtags, unwrap_lines


def test_an_indented_page_wrapped_twice_is_joined():
    # Text copied from a page keeps its indentation, and a page converted twice
    # alternates long and short lines; both are still one wrapped paragraph.
    lines = [
        "On Monday the truce agreed for the old town collapsed less than a day",
        "            after it came into force,",
        "            as residents and monitors on the ground reported heavy shelling of",
        "            the market and the bus station.",
        "            Deaths were reported on both sides on Monday, while some 5,000 people",
        "            were believed to remain",
        "            inside the old town.",
    ]
    text = "\n".join(lines)
    joined = unwrap_lines(text)
    assert "\n" not in joined and len(joined) == len(text)
    assert "force,             as residents" in joined


def test_a_timeline_of_short_entries_stays_apart():
    text = "1 May: shelling in Goris\n2 May: clashes near Sotk\n3 May: truce\n4 May: talks\n"
    assert unwrap_lines(text) == text


def test_lines_that_end_their_sentences_stay_apart():
    text = (
        "    Shells hit the market of the old town on Monday, killing two people.\n"
        "    Clashes went on near the border crossing through the night, officials said.\n"
        "    The truce agreed last week has not held anywhere along the front line.\n"
    )
    assert unwrap_lines(text) == text


def test_hashtags_are_written_as_their_words_in_place():
    post = "#Syria #DeirEzZor ⚡ Shelling in #Mayadin; #AlBukamal quiet. Ref #12, page#top"
    spelled = spell_out_hashtags(post)
    assert len(spelled) == len(post)
    assert (
        spelled == "Syria,  DeirEzZor ⚡ Shelling in  Mayadin; Al Bukamal quiet. Ref #12, page#top"
    )
    # An HTML entity's "#" is no tag.
    assert spell_out_hashtags("it&#39;s") == "it&#39;s"


def test_a_wrapped_paragraph_with_one_line_cut_at_a_dash_is_joined() -> None:
    wrapped = (
        "Soldiers of the battalion fought about twenty rebels of the\n"
        "National Front at the edge of the village of Lumbia on\n"
        "- so the army says - the morning of the third day of\n"
        "the operation, and two rebels died in the exchange.\n"
    )
    assert "\n" not in unwrap_lines(wrapped).rstrip("\n")
    # A list keeps its lines.
    listed = "Casualties by town:\n- Lumbia: two\n- Opol: one\n- Tagoloan: none\n"
    assert unwrap_lines(listed) == listed
