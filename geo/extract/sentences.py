"""Sentences of a report's body, with offsets into the report's text.

Lines that label or title text (a section label, an agency name, a subheading) are not
sentences: extraction would otherwise read "Truce After a Month of Battles" as a battle.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Final

from geo.extract.patterns import lazy_compile

_TERMINAL: Final = (".", "!", "?", ":", '"', "”", "»", "…", ";", "'", ")")

# A boundary: terminal punctuation (and closing quotes) or an ellipsis in brackets,
# then space, then something that starts a sentence.
_BOUNDARY_RE: Final = lazy_compile(
    r"(?:(?<=[.!?])[\"”’')\]]*|\[(?:…|\.\.\.)\])\s+(?=[\"“‘(\[]?[A-Z0-9À-ÖØ-Þ])"
)
# Where a boundary may start: right after terminal punctuation (the look-behind of the
# first branch) or at a bracket (the second); tests/geo/extract/test_sentences.py checks
# the pattern still starts so. Python's scan tries both branches at every character.
_BOUNDARY_START_RE: Final = lazy_compile(r"[.!?\[]")


def _boundaries(line: str) -> Iterator[re.Match[str]]:
    """``_BOUNDARY_RE.finditer(line)``, tried only where a boundary may start."""
    taken = 0  # matches do not overlap: the next starts at or after the last one's end
    for hit in _BOUNDARY_START_RE.finditer(line):
        at = hit.start() if line[hit.start()] == "[" else hit.end()
        if at < taken:
            continue
        match = _BOUNDARY_RE.match(line, at)
        if match is not None:
            taken = match.end()
            yield match


# Words whose period does not end a sentence (checked as a set, not a regex: splitting
# runs on every line of every report).
_ABBREVIATIONS: Final = frozenset(
    [
        *("Mr", "Mrs", "Ms", "Dr", "St", "Gen", "Lt", "Col", "Maj", "Capt", "Sgt", "Rev"),
        *("Prof", "Jr", "Sr", "No", "Vol", "vs", "approx", "Jan", "Feb", "Mar", "Apr"),
        *("Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "U.S", "U.N", "e.g", "i.e"),
        *("incl", "est", "Brig", "Cpl", "Cmdr"),
        # Titles as Nigerian and South Asian papers write them: "Rev. Fr. John", "Alh.
        # Musa", "Hon. Bello", "Engr. Ade", "Insp. Khan".
        *("Fr", "Alh", "Hon", "Engr", "Barr", "Insp", "Supt", "Pte", "Pvt", "Gov", "Sen"),
        *("Rep", "Mgr", "Adm", "Cpt"),
        # Police ranks: Indonesia's "Sr. Comr. Ahmad Kamal", "Adj. Comr.", and "Const.",
        # "Det." elsewhere.
        *("Comr", "Adj", "Const", "Det", "Cdr", "Lieut"),
    ]
)


# "Fatalities: 12", "Dead: 3; injured: 5": an event database's toll field, a statement
# however short.
_TOLL_FIELD_RE: Final = lazy_compile(
    r"(?:Fatalities|Deaths|Dead|Killed|Injured|Wounded|Casualties)\s*:\s*\d", re.IGNORECASE
)


_MONTH_NAMES: Final = (
    "January|February|March|April|May|June|July|August|September|October|November|December"
)
# "12 June – …", "June 4-5: …", "16/17 February - …": a timeline's entry, however short.
_DATED_ENTRY_RE: Final = lazy_compile(
    rf"(?:\d{{1,2}}(?:[/–-]\d{{1,2}})?\s(?:{_MONTH_NAMES})|(?:{_MONTH_NAMES})\s\d{{1,2}}"
    rf"(?:[/–-]\d{{1,2}})?)(?:,?\s\d{{4}})?\s?[–—:-]\s"
)


# A photo caption or credit labels a picture, often of another place and day.
# A line that opens with an image's file name is the caption a page printed under it.
_IMAGE_FILE_RE: Final = lazy_compile(r"\S{1,120}\.(?:jpe?g|png|gif|webp)\b", re.IGNORECASE)
_CAPTION_RE: Final = lazy_compile(
    r"\|\s*(?:Photo|Image|Picture|Credit)s?\b"
    # "… told dpa.File: AFP": a file picture's credit, glued to the sentence before it.
    r"|\b(?:Photo|Image|Picture|File)s?\s*(?::|credit\b|by\b)"
    r"|\((?:AP|AFP|Reuters|EPA|Getty)(?: Images)? Photo"
    # "… in the city of Sour, Nov. 27, 2024. (Credit: Name/Outlet)", "(Photo: RSF)".
    r"|\((?:Photo|Image|Picture)?\s*(?:[Cc]redits?|Photo)\s*:"
)
# "People gather in Beni after five were killed … / TRT World and Agencies": a credit
# after a slash ends the caption's line. Apart, and asked only where ". / " stands: its
# look-behind would make the search above try every position of every line.
_SLASH_CREDIT_RE: Final = lazy_compile(
    r"(?<=\.) /\s[A-Z][\w'’.-]*(?:\s(?:and\s)?[A-Z][\w'’.-]*){0,4}\s*$"
)

# A line that opens as a picture's caption: "File photo shows protesters set fire to
# tyres in Kinshasa, Dec. 9, 2011", "Illustrative: This picture taken from Kibbutz
# Malkia shows smoke …", "This photo taken on 5 May shows …".
_CAPTION_OPENING_RE: Final = lazy_compile(
    r"(?:File|Archive|Illustrative|Representational|Stock)\s+(?:photo|picture|image|"
    r"photograph)s?\b"
    r"|(?:Illustrative|Illustration|Representational)\s*(?:photo|picture|image)?\s*:"
    r"|(?:This|The|A)\s+(?:photo|picture|image|photograph|handout)\s+(?:\w+\s+){0,4}?"
    r"(?:shows|taken|released|obtained)\b",
    re.IGNORECASE,
)

# A picture's caption without its credit: what people in it do, in the present, and the
# day it was taken, year and all ("Security officers investigate the site of a roadside
# bomb in Narathiwat on 3 May 2015", "The aftermath of a drone strike on a car in Hasaka
# on September 17, 2023"); a report tells the past in the past.
_SCENE_OPENING_RE: Final = lazy_compile(
    # (A noun alone only with no verb told: "The site of the blast was sealed off on 3
    # May 2015" is the news.)
    r"(?:The\s+)?(?:aftermath|site|scene|wreckage)\s+of\b(?![^.]*\b(?:was|were|is|are|has|have|"
    r"had)\b)"
    r"|(?:[\w'’-]+\s+){1,5}?(?:inspect|inspects|investigate|investigates|examine|examines|"
    r"gather|gathers|stand|stands|look|looks|walk|walks|carry|carries|mourn|mourns|"
    r"attend|attends|search|searches|sift|sifts|clear|clears|react|reacts|pray|prays|"
    r"survey|surveys|visit|visits|collect|collects|extinguish|extinguishes|patrol|patrols|"
    r"guard|guards|sit|sits|wait|waits|watch|watches)\s+(?:at\s+|through\s+|past\s+|over\s+)?"
    r"(?:the|a|an|their|his|her)\s",
)
_DAY_WITH_YEAR_RE: Final = lazy_compile(
    r"\bon\s+(?:[A-Z][a-z]+day,?\s+)?(?:\d{1,2}\s+[A-Z][a-z]+\.?|[A-Z][a-z]+\.?\s+\d{1,2}),?"
    r"\s+(?:19|20)\d\d\b|,\s+(?:[A-Z][a-z]+day,\s+)?[A-Z][a-z]{2,8}\.?\s+\d{1,2},\s+(?:19|20)\d\d\b"
)


def _a_bare_caption(line: str) -> bool:
    return _SCENE_OPENING_RE.match(line) is not None and _DAY_WITH_YEAR_RE.search(line) is not None


@dataclass(frozen=True, slots=True)
class Sentence:
    """One sentence: ``text[start:end]`` of the report, and the paragraph it sits in."""

    start: int
    end: int
    text: str
    paragraph: int
    index: int


# The end of a sentence inside a line: terminal punctuation, closing quotes or brackets,
# then a space. One character class each, so the scan is linear.
_SENTENCE_END_RE: Final = lazy_compile(r"[.!?…][\"”’')\]]*(?=\s)")
# What may trail a line's last sentence without making the line a heading: a credit
# ("Reporting by Jane Doe", "Photo: AFP"), "Read more", hashtags, a link, an emoji.
_MAX_TAIL_WORDS: Final = 12
# A title may hold a sentence end ("U.S. Strikes Hit Syria"); a statement is longer.
_MIN_STATEMENT_WORDS: Final = 5
_MAX_HEADING_WORDS: Final = 30


def is_heading_line(line: str) -> bool:
    """A line that labels or titles text rather than stating something.

    >>> is_heading_line("Truce After Weeks of Fighting")
    True
    >>> is_heading_line("Two soldiers were wounded near Tartar on Tuesday.")
    False
    >>> is_heading_line("16/17 February - Siege of Goris begins")  # an event note's entry
    False
    >>> is_heading_line("Protesters march in Goris. | Photo: Agency / A. Name")  # a caption
    True
    >>> is_heading_line("Shells hit Goris on Monday, killing two. Reporting by Jane Doe")
    False
    >>> is_heading_line("goris-shelling-620.jpg Sappers inspect a crater in Goris.")
    True
    >>> is_heading_line("File photo shows protesters burning tyres in Goris, Dec. 9, 2011.")
    True
    """
    return statement_stop(line) is None


def statement_stop(line: str) -> int | None:
    """Return where what ``line`` states ends (an offset into it), or None for a heading.

    A line whose last sentence is followed by a short unpunctuated tail (a credit, "Read
    more", hashtags, a link, an emoji) states that sentence; the tail is left out.

    >>> line = "Shells hit Goris on Monday, killing two. #Goris #Armenia https://t.co/x"
    >>> line[: statement_stop(line)]
    'Shells hit Goris on Monday, killing two.'
    >>> statement_stop("U.S. Strikes Hit Syria") is None
    True
    >>> line = "Four soldiers were killed in the raid, the commander told dpa.File: AFP"
    >>> line[: statement_stop(line)]
    'Four soldiers were killed in the raid, the commander told dpa.'
    """
    body = line.rstrip()
    lead = len(body) - len(body.lstrip().lstrip("#").lstrip())
    stripped = body[lead:]
    if not stripped or _IMAGE_FILE_RE.match(stripped) or _CAPTION_OPENING_RE.match(stripped):
        return None  # "160331-violence-620.jpg Police inspect a roadside": a photo's caption
    if ("19" in stripped or "20" in stripped) and _a_bare_caption(stripped):
        return None  # "Officers inspect the site of a bomb in Yala on 3 May 2015"
    caption = _CAPTION_RE.search(stripped) or (
        _SLASH_CREDIT_RE.search(stripped) if ". / " in stripped else None
    )
    if caption is not None:
        # "… killing two. Photo: AFP" credits a picture after stating something; a
        # caption set off by "|", or with nothing stated before it, labels the picture.
        head = stripped[: caption.start()].rstrip()
        # (A credit in brackets closes a caption: "… on May 26. (AP Photo/Name)".)
        if caption.group().startswith(("|", "(", " /")) or not _ends_statement(head, len(head)):
            return None
        return lead + len(head)
    if stripped[0] in "-•–" and _BULLETED_TITLE_RE.fullmatch(stripped):
        return None  # "- Iraqi Soldiers Injured in Explosion (Diyala)": a digest's item title
    if (
        stripped.endswith(_TERMINAL)  # most lines: then the entry's pattern is not tried
        or _DATED_ENTRY_RE.match(stripped)
        or _TOLL_FIELD_RE.match(stripped)
        or len(stripped.split()) > _MAX_HEADING_WORDS
    ):
        return len(body)
    last_end = None
    for match in _SENTENCE_END_RE.finditer(stripped):
        last_end = match.end()
    if last_end is None or len(stripped[last_end:].split()) > _MAX_TAIL_WORDS:
        return None
    return lead + last_end if _ends_statement(stripped, last_end) else None


# A digest's item title, in title case with its place in brackets: "- Tribal Clash (Dhi
# Qar)", "• Weapons Display Arrests (Baghdad)".
_BULLETED_TITLE_RE: Final = lazy_compile(
    r"[-•–]\s{1,3}(?:[A-Z0-9][\w'’-]*\s(?:(?:of|in|on|at|for|from|to|and|the|a|an|near|over|"
    r"with|by|after)\s)?){1,10}\((?:[A-Z][\w'’-]*\s?){1,4}\)"
)


def _ends_statement(text: str, end: int) -> bool:
    """Whether ``text[:end]`` ends a sentence of some length, not an abbreviation."""
    head = text[:end].rstrip("\"”’')]")
    if not head.endswith((".", "!", "?", "…")):
        return False
    words = text[:end].split()
    if len(words) < _MIN_STATEMENT_WORDS:
        return False
    last_word = head.split()[-1].rstrip(".").lstrip('"“‘([')
    return not (last_word in _ABBREVIATIONS or (len(last_word) == 1 and last_word.isupper()))


def split_sentences(text: str, *, start: int = 0, end: int | None = None) -> list[Sentence]:
    """Split ``text[start:end]`` into sentences, leaving heading lines out.

    >>> [s.text for s in split_sentences("Title Line\\n\\nShells fell. Two died.\\nSputnik\\n")]
    ['Shells fell.', 'Two died.']
    >>> text = "He said [...] The blast hit Tartar."
    >>> [text[s.start:s.end] for s in split_sentences(text)]
    ['He said [...]', 'The blast hit Tartar.']
    """
    stop = len(text) if end is None else end
    sentences: list[Sentence] = []
    paragraph = 0
    offset = start
    blank_before = False
    for raw in text[start:stop].splitlines(keepends=True):
        line_start = offset
        offset += len(raw)
        line = raw.rstrip("\r\n")
        if not line.strip():
            blank_before = True
            continue
        if blank_before:
            paragraph += 1
            blank_before = False
        stated_end = statement_stop(line)
        if stated_end is None:
            continue
        for piece_start, piece_end in _pieces(line[:stated_end]):
            piece = line[piece_start:piece_end]
            sentences.append(
                Sentence(
                    line_start + piece_start,
                    line_start + piece_end,
                    piece,
                    paragraph,
                    len(sentences),
                )
            )
    return sentences


def lone_line(text: str, *, start: int = 0, end: int | None = None) -> list[Sentence]:
    """The body's one line as a sentence, when the body is that line alone: a note or a
    table row written without a final period ("Russian drone attack on Kharkiv kills 2")
    titles nothing, so it states what it says. Otherwise none.

    >>> [s.text for s in lone_line("Drone strike on Kharkiv kills 2\\n")]
    ['Drone strike on Kharkiv kills 2']
    >>> lone_line("Title Line\\n\\nIt rained.\\n")
    []
    """
    stop = len(text) if end is None else end
    lines = [(offset, line) for offset, line in _lines(text, start, stop) if line.strip()]
    if len(lines) != 1:
        return []
    offset, line = lines[0]
    lead = len(line) - len(line.lstrip())
    body = line.strip()
    return [Sentence(offset + lead, offset + lead + len(body), body, 0, 0)]


def _lines(text: str, start: int, stop: int) -> list[tuple[int, str]]:
    found = []
    offset = start
    for raw in text[start:stop].splitlines(keepends=True):
        found.append((offset, raw.rstrip("\r\n")))
        offset += len(raw)
    return found


def _pieces(line: str) -> list[tuple[int, int]]:
    pieces: list[tuple[int, int]] = []
    begin = 0
    for match in _boundaries(line):
        if line[match.start() - 1 : match.start()] == ".":
            space = line.rfind(" ", begin, match.start())
            word = line[(begin if space < 0 else space + 1) : match.start() - 1]
            word = word.lstrip('"“‘([')
            if word in _ABBREVIATIONS or (len(word) == 1 and word.isupper()):
                continue
        end = match.start()
        if line[end : match.end()].strip():
            end = match.end() - (
                len(line[end : match.end()]) - len(line[end : match.end()].rstrip())
            )
        _append(pieces, line, begin, end)
        begin = match.end()
    _append(pieces, line, begin, len(line))
    return pieces


def _append(pieces: list[tuple[int, int]], line: str, begin: int, end: int) -> None:
    while begin < end and line[begin].isspace():
        begin += 1
    while end > begin and line[end - 1].isspace():
        end -= 1
    if end > begin:
        pieces.append((begin, end))
