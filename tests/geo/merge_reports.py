"""Reports written for the merge tests: 4 incidents told 3-4 times each, and near-misses.

Every text here was written for these tests (no copied sentences). Each incident is
told by different outlets in different words, with different counts and publication
dates; the near-misses share a town, a day or a type with one of them and must stay
apart. ``write_reports`` lays them out as a JSON Lines file (with URLs) and text files.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Final

# incident key → the URLs (or file names) of the reports that tell it
KHARKIV: Final = "kharkiv missile strike, 3 March 2024"
MAIDUGURI: Final = "maiduguri market bombing, 9 June 2024"
GORIS: Final = "goris shelling, 19 September 2023"
MOGADISHU: Final = "mogadishu clash, 12 May 2024"

RECORDS: Final = (
    (
        KHARKIV,
        "https://news.example/kharkiv-1",
        "2024-03-03",
        "A Russian missile strike hit a residential district of Kharkiv on 3 March 2024, "
        "killing at least 8 people, officials said.",
    ),
    (
        KHARKIV,
        "https://wire.example/ua/kharkiv-toll",
        "2024-03-04",
        "The death toll from Sunday's missile attack on Kharkiv on 3 March 2024 has risen to "
        "11, the regional governor said. Russian forces fired the missiles overnight.",
    ),
    (
        KHARKIV,
        "https://daily.example/kharkiv",
        "2024-03-05",
        "Kharkiv mourned 12 people killed when a Russian missile struck an apartment block "
        "on 3 March 2024.",
    ),
    (
        KHARKIV,
        "https://wire.example/ua/kharkiv-strike",
        "2024-03-03",
        "Russian troops launched missiles at Kharkiv on 3 March 2024. Nine civilians were killed.",
    ),
    # near-miss: the same town, two days later
    (
        "",
        "https://news.example/kharkiv-2",
        "2024-03-05",
        "A second Russian missile strike hit Kharkiv on 5 March 2024, wounding 4 people.",
    ),
    (
        MAIDUGURI,
        "https://news.example/maiduguri-1",
        "2024-06-10",
        "A suicide bomber killed 10 people at a market in Maiduguri on 9 June 2024, police said.",
    ),
    (
        MAIDUGURI,
        "https://wire.example/ng/maiduguri",
        "2024-06-11",
        "At least 14 people died when a suicide bomber blew herself up at a crowded market "
        "in Maiduguri on 9 June 2024.",
    ),
    (
        MAIDUGURI,
        "https://daily.example/maiduguri",
        "2024-06-12",
        "Borno police said a female suicide bomber detonated explosives at a Maiduguri "
        "market on 9 June 2024, killing 18 people.",
    ),
    # near-miss: the same city and day, a protest, not the bombing
    (
        "",
        "https://news.example/maiduguri-protest",
        "2024-06-10",
        "Hundreds of traders protested peacefully in Maiduguri on 9 June 2024 against rising "
        "fuel prices.",
    ),
    (
        GORIS,
        "https://news.example/goris",
        "2023-09-20",
        "Azerbaijani forces shelled Goris on 19 September 2023, wounding 3 civilians.",
    ),
    (
        GORIS,
        "https://wire.example/am/goris",
        "2023-09-21",
        "Artillery fire by Azerbaijani troops struck the town of Goris on 19 September 2023, "
        "injuring five residents.",
    ),
    # near-miss: the same day and type, a town about 34 km away
    (
        "",
        "https://news.example/kapan",
        "2023-09-20",
        "Azerbaijani forces shelled Kapan on 19 September 2023, wounding 2 civilians.",
    ),
    (
        MOGADISHU,
        "https://news.example/mogadishu-1",
        "2024-05-12",
        "Al-Shabaab fighters clashed with Somali army troops in Mogadishu on 12 May 2024, "
        "leaving 6 soldiers dead.",
    ),
    (
        MOGADISHU,
        "https://wire.example/so/mogadishu",
        "2024-05-13",
        "Heavy fighting between Somali government forces and al-Shabaab militants in "
        "Mogadishu on 12 May 2024 killed seven soldiers, a military officer said.",
    ),
    (
        MOGADISHU,
        "https://radio.example/mogadishu",
        "2024-05-14",
        "Somali troops repelled an al-Shabaab assault in Mogadishu on Sunday 12 May 2024; "
        "nine soldiers were killed in the battle.",
    ),
)
# Text files: no URL, a dated header; named by their file.
TEXT_FILES: Final = (
    (
        GORIS,
        "goris-ministry.txt",
        "Armenian town shelled\n\ndate 2023-09-20\n\nArmenia's defence ministry said "
        "Azerbaijani artillery shelled Goris on 19 September 2023, wounding four civilians.\n",
    ),
)
INCIDENTS: Final = (KHARKIV, MAIDUGURI, GORIS, MOGADISHU)
NEAR_MISSES: Final = 3


def write_reports(folder: Path) -> list[Path]:
    """Write the reports into ``folder``; return the inputs to give incimap."""
    folder.mkdir(parents=True, exist_ok=True)
    jsonl = folder / "wire.jsonl"
    with jsonl.open("w", encoding="utf-8") as stream:
        for _, url, day, text in RECORDS:
            stream.write(json.dumps({"url": url, "date": day, "text": text}) + "\n")
    paths = [jsonl]
    for _, name, text in TEXT_FILES:
        (folder / name).write_text(text, encoding="utf-8")
        paths.append(folder / name)
    return paths


def expected_sources() -> dict[str, set[str]]:
    """incident → the sources (URL, or file name for a text file) that must be merged."""
    out: dict[str, set[str]] = {key: set() for key in INCIDENTS}
    for key, url, _, _ in RECORDS:
        if key:
            out[key].add(url)
    for key, name, _ in TEXT_FILES:
        out[key].add(name)
    return out
