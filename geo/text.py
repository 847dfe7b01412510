"""Text where it enters incimap: decoding bytes, normalising characters, escaping for display.

Everything read from a user's file goes through :func:`clean_text` once, so every later
step (sentence splitting, the place spotter, the casualty counts, the writers) sees
composed (NFC) text with plain spaces and no control characters or lone surrogates.
The character mapping is one character for one character, so offsets into the cleaned
text are offsets into what the user gave; only NFC composition (a decomposed ``é``
becoming one character) shortens a text, and text that is already NFC is left as is.

Names and cells that go to the terminal go through :func:`escape_for_terminal`, so a
file name holding an escape sequence is shown, never obeyed.
"""

from __future__ import annotations

import codecs
import itertools
import re
import unicodedata
from dataclasses import dataclass
from typing import Final

from gazetteer.compiled_patterns import lazy_compile

SNIFF_BYTES: Final = 8192

# Spaces that look like a space but are not one to ``str.split`` users or to regexes
# written with " ": no-break, narrow no-break, figure, thin, ideographic, ogham.
_ODD_SPACES: Final = (
    "\u00a0\u1680" + "".join(map(chr, range(0x2000, 0x200B))) + "\u202f\u205f\u3000"
)
_TRANSLATION: Final = {
    **{ord(c): " " for c in _ODD_SPACES},
    # C0 controls other than tab, newline and carriage return; DEL; C1 controls.
    **{c: " " for c in (*range(0x00, 0x09), 0x0E, *range(0x0F, 0x20), 0x7F)},
    **{c: " " for c in range(0x80, 0xA0)},
    0x0B: "\n",  # vertical tab
    0x0C: "\n",  # form feed: a page break
    0x2028: "\n",  # line separator
    0x2029: "\n",  # paragraph separator
}
_SURROGATE_RE: Final = lazy_compile("[\ud800-\udfff]")
_ANY_ODD_RE: Final = lazy_compile(
    "[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f" + _ODD_SPACES + "\u2028\u2029\ud800-\udfff]"
)
# What a terminal would obey or hide: C0/C1 controls, DEL, bidirectional overrides,
# and lone surrogates (which cannot even be encoded for the terminal).
_TERMINAL_UNSAFE_RE: Final = lazy_compile(
    "[\x00-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\ud800-\udfff]"
)
_NAMED_ESCAPES: Final = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}


@dataclass(frozen=True, slots=True)
class CleanText:
    """A cleaned text and how many lone surrogates were replaced in it."""

    text: str
    surrogates: int = 0


def clean_text(text: str) -> CleanText:
    """Normalise ``text`` once: lone surrogates → U+FFFD (counted), odd spaces → " ",
    controls → " " (vertical tab, form feed and Unicode line separators → newline),
    then NFC.

    >>> clean_text("two\\u00a0civilians").text
    'two civilians'
    >>> clean_text("Ag\\u0306dam").text == "Ağdam"
    True
    >>> clean_text("bad \\udc00 char")
    CleanText(text='bad \\ufffd char', surrogates=1)
    """
    surrogates = 0
    if _ANY_ODD_RE.search(text) is not None:
        text, surrogates = _SURROGATE_RE.subn("\ufffd", text)
        text = text.translate(_TRANSLATION)
    if not unicodedata.is_normalized("NFC", text):
        text = unicodedata.normalize("NFC", text)
    return CleanText(text, surrogates)


# A hashtag: "#" right before a word, not inside one ("page#top") nor an entity ("&#39;").
# ("next": another tag right after it, as in a post's "#Sudan #ElFasher".)
_HASHTAG_RE: Final = lazy_compile(r"(?<![\w&#/])#(?=[^\W\d_])(\w+)(?=(?P<next>\s+#[^\W\d_])?)")
# Where a joined hashtag's words meet: "ElFasher", "AbuShouk".
_CAMEL_RE: Final = lazy_compile(r"(?<=[a-zß-ÿ])(?=[A-ZÀ-Þ])")


def spell_out_hashtags(text: str) -> str:
    """Write hashtags as the words they are, keeping every offset: "in #Manbij" is "in
    Manbij" (the "#" a space), a tag of two joined words is split where the "#" was
    ("#ElFasher" is "El Fasher"), and a tag before another ends with a comma ("#Sudan
    #ElFasher" is "Sudan, El Fasher", two names), so that a place named in a post is read
    as a place.

    >>> spell_out_hashtags("Clashes in #Manbij and #ElFasher; see page#top, #1")
    'Clashes in  Manbij and El Fasher; see page#top, #1'
    >>> spell_out_hashtags("#Sudan #ElFasher: shelling")
    'Sudan, El Fasher: shelling'
    >>> spell_out_hashtags("#DeirEzZor #RSF")
    'DeirEzZor,  RSF'
    """
    if "#" not in text:
        return text

    def spelled(found: re.Match[str]) -> str:
        word = found.group(1)
        if found.group("next"):
            return word + ","
        joins = [m.start() for m in _CAMEL_RE.finditer(word)]
        if len(joins) == 1:
            return word[: joins[0]] + " " + word[joins[0] :]
        return " " + word

    return _HASHTAG_RE.sub(spelled, text)


# A hard-wrapped paragraph (wire copy cut at 60-80 characters): most of its lines but
# the last end mid-sentence, most are long, and many go on in lower case.
_WRAP_MIN_LINES: Final = 3
# Most lines of a wrapped paragraph are long; a list or a timeline of short entries is
# not one. A page converted twice alternates long and short lines ("... in favor of a
# peaceful solution in Syria, hung a" / "banner on the façade of the Paris").
_WRAP_MIN_CHARS: Final = 35
_LINE_END_CHARS: Final = ".!?:;\"”’')]…"
_LIST_MARKS: Final = ("-", "*", "•", "|", "#", ">")


def unwrap_lines(text: str) -> str:
    r"""Join the lines of hard-wrapped paragraphs with spaces, keeping every offset.

    A line break inside a sentence ("at gates of the National / Guard headquarters")
    cut the sentence in two, and a cut line that ends without a full stop read as a
    heading. Only a paragraph that looks wrapped is joined: three or more lines, most
    ending mid-sentence and of similar length, some going on in lower case; lists,
    tables and timelines of short entries are left alone.

    >>> wrapped = ("Troops fired on the crowd gathered at the\ngates of the old barracks in "
    ...            "the capital\nand in two towns to the north, killing\nfour.")
    >>> joined = unwrap_lines(wrapped)
    >>> "\n" in joined, len(joined) == len(wrapped), joined[38:51]
    (False, True, 'the gates of ')
    >>> unwrap_lines("Title\n\nOne line.\nTwo line.\nThree.\n")
    'Title\n\nOne line.\nTwo line.\nThree.\n'
    """
    if text.count("\n") < _WRAP_MIN_LINES:
        return text
    chars: list[str] = []  # the text's characters, made only when a paragraph is joined
    block: list[tuple[int, int]] = []  # (start, end without its line break) of each line
    position = 0
    for line in text.splitlines(keepends=True):
        body = line.rstrip("\r\n")
        if body.strip():
            block.append((position, position + len(body)))
        else:
            _join_if_wrapped(text, block, chars)
            block = []
        position += len(line)
    _join_if_wrapped(text, block, chars)
    return "".join(chars) if chars else text


def _join_if_wrapped(text: str, block: list[tuple[int, int]], chars: list[str]) -> None:
    if len(block) < _WRAP_MIN_LINES:
        return
    # Indentation is layout (text copied from a page often keeps it): lengths and cases
    # are those of the words.
    lines = [text[start:end].strip() for start, end in block]
    # A list has marks on many lines; one line of a wrapped paragraph may begin with a
    # dash that was cut there ("the National Democratic Front" / "- Communist Party").
    if sum(line.startswith(_LIST_MARKS) for line in lines) * 4 > len(lines):
        return
    inner = lines[:-1]
    low = _WRAP_MIN_CHARS
    cut = [line for line in inner if not line.endswith(tuple(_LINE_END_CHARS))]
    lower = [line for line in lines[1:] if line[:1].islower()]
    if (
        len(cut) * 10 < len(inner) * 6
        or len(lower) * 10 < (len(lines) - 1) * 3
        or sum(low <= len(line) for line in inner) * 2 < len(inner)
    ):
        return
    if not chars:
        chars.extend(text)
    for (_start, end), (next_start, _end) in itertools.pairwise(block):
        for k in range(end, next_start):
            chars[k] = " "  # the line break (and any "\r"): same length, same offsets


def escape_for_terminal(text: str) -> str:
    r"""Show control characters, bidirectional overrides and lone surrogates as escapes.

    >>> escape_for_terminal("a\x1b[31mred\nname.csv")
    'a\\x1b[31mred\\nname.csv'
    >>> escape_for_terminal("Kraków \u202eevil")
    'Kraków \\u202eevil'
    """
    return _TERMINAL_UNSAFE_RE.sub(_escape_one, text)


def _escape_one(match: re.Match[str]) -> str:
    char = match.group(0)
    if char in _NAMED_ESCAPES:
        return _NAMED_ESCAPES[char]
    code = ord(char)
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


# ---------------------------------------------------------------- decoding

_CONTROL_RE: Final = lazy_compile(r"[\x00-\x08\x0b\x0e-\x1f]")
# Punctuation that a Western text holds outside ASCII; anything else that is not a
# letter, inside a text decoded with a guessed code page, hints at the wrong page.
_PLAUSIBLE_SYMBOLS: Final = frozenset("’‘“”„–—…€•°«»·§©®™ ¡¿£¥¢±×÷½¼¹²³")
# Code pages a statistical guess lands on for short Western text, where Windows-1252
# (what spreadsheets on Western Windows write) is far more likely.
_UNLIKELY_GUESSES: Final = frozenset(
    {
        "cp437", "cp775", "cp850", "cp852", "cp858", "cp1006", "cp1125", "cp1257",
        "hp_roman8", "iso8859_4", "iso8859_10", "iso8859_13", "mac_iceland",
        "mac_latin2", "mac_roman", "mac_turkish", "kz1048", "ptcp154",
    }
)  # fmt: skip


def decode_bytes(data: bytes) -> str | None:
    """Decode a file's bytes (UTF-8, a BOM's UTF-16, else a guessed code page, with
    Windows-1252 preferred when it reads as well); None when they look binary.

    The result is not yet cleaned: see :func:`clean_text`.

    >>> decode_bytes("Suqovuşan".encode("utf-8"))
    'Suqovuşan'
    >>> decode_bytes("id,place\\n1,Kraków\\n".encode("cp1252"))
    'id,place\\n1,Kraków\\n'
    >>> decode_bytes(b"\\x89PNG\\r\\n\\x1a\\n\\x00\\x00\\x00\\rIHDR") is None
    True
    """
    for bom, codec in (
        (codecs.BOM_UTF8, "utf-8-sig"),
        (codecs.BOM_UTF16_LE, "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16"),
    ):
        if data.startswith(bom):
            return data.decode(codec, errors="replace")
    if b"\x00" in data[:SNIFF_BYTES]:
        return None
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        guessed = _guess_code_page(data)
        if guessed is None:
            return None
        text = guessed
    sample = text[:SNIFF_BYTES]
    controls = len(_CONTROL_RE.findall(sample))
    if sample and controls / len(sample) > 0.01:
        return None
    return text


def _guess_code_page(data: bytes) -> str | None:
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    guessed = str(best) if best is not None else None
    try:
        as_1252: str | None = data.decode("cp1252")
    except UnicodeDecodeError:
        as_1252 = None
    if as_1252 is None or guessed is None:
        return as_1252 if guessed is None else guessed
    # The text with fewer stray symbols wins; on a tie, Windows-1252 unless the guess is
    # a page that is likely in its own right (Cyrillic, Greek, Central European...).
    prefer_1252 = best is not None and best.encoding in _UNLIKELY_GUESSES
    score_1252 = (_implausible_characters(as_1252), 0 if prefer_1252 else 1)
    score_guess = (_implausible_characters(guessed), 1 if prefer_1252 else 0)
    return as_1252 if score_1252 < score_guess else guessed


def _implausible_characters(text: str) -> int:
    """Non-ASCII characters that are neither letters nor common punctuation."""
    return sum(
        1
        for char in text
        if not char.isascii() and not char.isalpha() and char not in _PLAUSIBLE_SYMBOLS
    )


__all__ = ["CleanText", "clean_text", "decode_bytes", "escape_for_terminal", "unwrap_lines"]
