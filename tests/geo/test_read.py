"""Reading reports: formats, folders, stdin, encodings, binary files, headers, bad input."""

from __future__ import annotations

import io
import json
from datetime import date
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from geo.read import decode_bytes, html_to_text, read_header
from geo.report_inputs import read_reports


def write(path: Path, data: str | bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(data, bytes):
        path.write_bytes(data)
    else:
        path.write_text(data, encoding="utf-8")
    return path


def test_text_report_keeps_its_text_and_marks_header_and_footer(tmp_path):
    text = (
        "Caucasus\n\nShelling Hits Border Village\n\n"
        "Shells fell on a village near Tartar on Monday.\nInterfax\n\nDiscuss"
    )
    (report,) = read_reports([write(tmp_path / "a.txt", text)]).reports
    assert report.text == text  # offsets of extraction index into the file's text
    assert report.title == "Shelling Hits Border Village"
    assert report.body.startswith("Shells fell")
    assert "Discuss" not in report.body


def test_a_first_line_date_sets_the_report_date_even_inline(tmp_path):
    inline = write(tmp_path / "inline.txt", " date 2023-11-09 Shells fell on Goris.\n")
    alone = write(tmp_path / "alone.txt", "date 2021-03-02\nShells fell on Goris.\n")
    header = write(
        tmp_path / "header.txt", "World\n\nA Headline Here\n\n9 November 2020\n\nText.\n"
    )
    reports = read_reports([inline, alone, header]).reports
    assert [r.report_date for r in reports] == [
        date(2023, 11, 9),
        date(2021, 3, 2),
        date(2020, 11, 9),
    ]
    assert reports[0].body.startswith("Shells fell")


def test_markdown_html_and_jsonl_are_read(tmp_path):
    write(tmp_path / "in" / "a.md", "# Clash at the Border\n\nTroops clashed near Sotk.\n")
    write(
        tmp_path / "in" / "sub" / "b.html",
        "<html><head><title>T</title><style>p{}</style><script>alert('x')</script>"
        '<meta property="article:published_time" content="2022-09-13T08:00:00Z"></head>'
        "<body><h1>Fighting Near Jermuk</h1><p>Fighting broke out &amp; spread.</p>"
        "<noscript>enable js</noscript></body></html>",
    )
    rows = [
        {
            "text": "Protesters rallied in Tbilisi.",
            "title": "Rally",
            "url": "https://x.test/1",
            "date": "2023-03-08",
        },
        {"text": "A mine exploded near Fuzuli."},
    ]
    write(tmp_path / "in" / "c.jsonl", "\n".join(json.dumps(r) for r in rows) + "\n")
    result = read_reports([tmp_path / "in"])
    by_name = {Path(r.source.split(":")[0]).name: r for r in result.reports}
    assert result.summary.inputs == result.summary.read == 3
    assert result.summary.reports == 4
    html = by_name["b.html"]
    assert "alert" not in html.text and "p{}" not in html.text and "enable js" not in html.text
    assert "Fighting broke out & spread." in html.text
    assert html.title == "Fighting Near Jermuk"
    assert html.report_date == date(2022, 9, 13)
    assert by_name["a.md"].title == "Clash at the Border"
    jsonl = [r for r in result.reports if r.source.endswith((".jsonl:1", ".jsonl:2"))]
    assert [r.url for r in jsonl] == ["https://x.test/1", ""]
    assert jsonl[0].report_date == date(2023, 3, 8) and jsonl[0].title == "Rally"


def test_bad_inputs_are_counted_and_the_rest_is_read(tmp_path):
    good = write(tmp_path / "good.txt", "Shells fell on Goris.")
    binary = write(tmp_path / "image.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 20)
    missing = tmp_path / "missing.txt"
    bad_jsonl = write(
        tmp_path / "rows.jsonl",
        '{"text": "A blast hit Kirkuk."}\nnot json\n{"title": "no text"}\n'
        '{"text": "x", "date": "yesterday"}\n[1, 2]\n',
    )
    all_bad = write(tmp_path / "all_bad.jsonl", "nope\n")
    result = read_reports([good, binary, missing, bad_jsonl, all_bad])
    s = result.summary
    assert (s.inputs, s.read, s.skipped, s.failed) == (5, 2, 1, 2)
    assert s.read + s.skipped + s.failed == s.inputs
    assert s.reports == 2
    problems = "\n".join(s.problems)
    assert f"{bad_jsonl}:2: not valid JSON" in problems
    assert f"{bad_jsonl}:3: expected a non-empty string (field 'text')" in problems
    assert f"{bad_jsonl}:4: expected a date YYYY-MM-DD, got 'yesterday' (field 'date')" in problems
    assert f"{bad_jsonl}:5: expected a JSON object" in problems
    assert f"{missing}: cannot read" in problems
    assert f"{binary}: skipped: binary content" in problems


def test_folders_skip_files_that_are_not_reports(tmp_path):
    write(tmp_path / "r.txt", "Shells fell.")
    write(tmp_path / "notes.pdf", b"%PDF-1.4")
    write(tmp_path / ".hidden" / "x.txt", "ignored")
    result = read_reports([tmp_path])
    assert (result.summary.inputs, result.summary.read, result.summary.skipped) == (2, 1, 1)


def test_stdin_is_read_and_sniffed(tmp_path):
    result = read_reports(["-"], stdin=io.BytesIO(b'{"text": "Clashes near Sotk."}\n'))
    (report,) = result.reports
    assert report.source == "<stdin>:1" and report.text == "Clashes near Sotk."
    result = read_reports(["-"], stdin=io.BytesIO("Shelling near Tərtər.".encode()))
    assert result.reports[0].text == "Shelling near Tərtər."


# Latin-1 French is left out: charset-normalizer reads short French text as cp1250.
@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16", "cp1251", "cp1252"])
def test_encodings_are_guessed(tmp_path, encoding):
    text = {
        "cp1251": "Обстрел села возле Тертера продолжался всю ночь, сообщили местные жители.",
        "cp1252": "The ministry’s statement – issued late on Monday – said that “two” "
        "soldiers were wounded near Tartar, and that the shelling had stopped.",
    }.get(encoding, "Shelling near Tərtər and Suqovuşan went on all night.")
    path = write(tmp_path / "r.txt", text.encode(encoding))
    (report,) = read_reports([path]).reports
    assert report.text == text


@given(st.text(alphabet=st.characters(blacklist_categories=("Cs", "Cc")), max_size=200))
def test_header_offsets_stay_inside_the_text(text):
    header = read_header(text)
    assert 0 <= header.body_start <= header.body_end <= len(text)


def test_decode_and_html_helpers_reject_binary_and_hide_scripts():
    assert decode_bytes(bytes(range(256)) * 4) is None
    visible, _, _ = html_to_text("<p>a</p><script>b</script><template>c</template><p>d</p>")
    assert visible.split() == ["a", "d"]


def test_a_hard_wrapped_report_is_read_as_whole_sentences(tmp_path):
    wrapped = (
        "GORIS, June 20 Opposition lawmakers placed pretend coffins\n"
        "at the gates of the police headquarters on Tuesday in protest\n"
        "after the latest death in the unrest, and troops fired tear gas\n"
        "at the crowd.\n"
        "\n"
        "- a list item stays\n"
        "- on its own line\n"
        "- as it was\n"
    )
    path = tmp_path / "wire.txt"
    path.write_text(wrapped, encoding="utf-8")
    (report,) = read_reports([path]).reports
    assert len(report.text) == len(wrapped)  # offsets kept: breaks became spaces
    first, rest = report.text.split("\n\n")
    assert "\n" not in first.rstrip("\n")
    assert rest == "- a list item stays\n- on its own line\n- as it was\n"


def test_a_digest_s_heading_period_dates_an_undated_report():
    header = read_header(
        "Monitor\n\nSahel Weekly: 3-9 March 2025\n\nOn 5 March, gunmen attacked Djibo."
    )
    assert header.report_date == date(2025, 3, 9)
    header = read_header("Iraq update, February 26 - March 4, 2024\n\nA bomb hit Tikrit.")
    assert header.report_date == date(2024, 3, 4)
    # A date line wins; a heading with a year alone dates nothing.
    assert read_header("date 2025-03-12\n\nWeekly: 3-9 March 2025\n\nText.").report_date == date(
        2025, 3, 12
    )
    assert read_header("Attacks in 2024\n\nGunmen attacked Djibo.").report_date is None
