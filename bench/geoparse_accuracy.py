"""Geoparsing accuracy on GeoWebNews and TR-News: our resolver against the population baseline.

Run: python bench/geoparse_accuracy.py [--eval-dir ../shared/eval] [--home DIR] [--limit N]

It ends with a calibration table: the share of resolved mentions that are right, by
confidence band, on each corpus and on the incident dev sets (``incidents/*/gold.jsonl``:
a mention of an incident's gold place is right within 25 km of the gold point, 75 km
at precision 3, the scorer's own radii), so that a confidence of 0.9 can be checked to
mean about 90%.

The corpora are read from ``../shared/eval/`` (never copied into the repo); the bench
skips with a message when they are absent.

What counts (stated here because the choices move the figures):
- Gold toponyms are the spans that carry gold coordinates. GeoWebNews also tags demonyms,
  languages, homonyms and non-toponym expressions without coordinates; they are not gold,
  and a predicted span on them is a false positive. The 5 GeoWebNews spans whose offsets
  do not match their text are dropped, and so are TR-News spans that cannot be re-anchored
  within 5 characters.
- Predictions are our mentions with a place, demonyms included: both corpora give
  adjectival demonyms ("Russian troops", "Turkish police") the country's coordinates, and
  our demonym mentions carry the country. GeoWebNews' few bare "Demonym" spans have no
  coordinates and so count against us. Our "landmark" mentions ("the White House said")
  are left out: neither corpus tags seats of power as toponyms.
- Geotagging: precision, recall and F1 of spans, matched one-to-one on overlap ("loose")
  and on identical offsets ("exact").
- Geocoding, on the loosely matched spans: the error is the distance to the gold point, or
  0 when our place is the gold's own GeoNames entry (countries and areas have no single
  point: the index puts a country at its capital, GeoNames at a centroid). acc@161, AUC
  (Gritta et al.: the trapezoid area under the sorted ln(1 + error km), over ln 20039)
  and mean error, for our resolver
  and for the population baseline (the most populous candidate of the same span) in the
  same run. A second table resolves the gold spans themselves (the setting of resolution
  papers), always choosing a place however unsure; a gold span that no gazetteer name
  matches counts as a miss at 20,039 km.
"""

from __future__ import annotations

import argparse
import itertools
import math
import sys
import time
import xml.etree.ElementTree as ET
from collections.abc import Iterable
from dataclasses import dataclass, replace
from pathlib import Path

from gazetteer.geoparse import Geoparser, Mention, distance_km
from gazetteer.index import GazetteerIndex
from gazetteer.normalize import normalize_name
from gazetteer.place import Place
from gazetteer.spot import Spot

MAX_ERROR_KM = 20039.0
# Seats of power ("the Kremlin said") are context, as the corpora treat them.
PREDICTED_KINDS = frozenset({"toponym", "demonym"})
MORDECAI3 = {"GeoWebNews": 0.941, "TR-News": 0.873}


@dataclass(frozen=True)
class GoldToponym:
    start: int
    end: int
    name: str
    lat: float
    lon: float
    geonameid: str = ""


@dataclass(frozen=True)
class Document:
    text: str
    gold: tuple[GoldToponym, ...]
    non_gold: tuple[tuple[int, int], ...]


def read_geowebnews(path: Path) -> list[Document]:
    documents = []
    for article in ET.parse(path).getroot().iter("article"):
        text = article.findtext("text") or ""
        gold: list[GoldToponym] = []
        non_gold: list[tuple[int, int]] = []
        for toponym in article.iter("toponym"):
            start = int(toponym.findtext("start") or -1)
            end = int(toponym.findtext("end") or -1)
            name = toponym.findtext("extractedName") or ""
            if text[start:end] != name:
                continue  # the few spans with broken offsets
            lat, lon = toponym.findtext("latitude"), toponym.findtext("longitude")
            geonameid = toponym.findtext("geonamesID") or ""
            if lat and lon:
                gold.append(GoldToponym(start, end, name, float(lat), float(lon), geonameid))
            else:
                non_gold.append((start, end))
        documents.append(Document(text, tuple(gold), tuple(non_gold)))
    return documents


def read_trnews(path: Path) -> list[Document]:
    documents = []
    for article in ET.parse(path).getroot().iter("article"):
        text = article.findtext("text") or ""
        gold: list[GoldToponym] = []
        for toponym in article.iter("toponym"):
            phrase = toponym.findtext("phrase") or ""
            start = int(toponym.findtext("start") or -1)
            lat, lon = toponym.findtext("gaztag/lat"), toponym.findtext("gaztag/lon")
            if not (lat and lon and phrase):
                continue
            if text[start : start + len(phrase)] != phrase:
                # Re-anchor the offsets that drifted by a few characters.
                window = text[max(0, start - 5) : start + len(phrase) + 5]
                found = window.find(phrase)
                if found < 0:
                    continue
                start = max(0, start - 5) + found
            gaztag = toponym.find("gaztag")
            geonameid = "" if gaztag is None else gaztag.get("geonameid", "")
            gold.append(
                GoldToponym(start, start + len(phrase), phrase, float(lat), float(lon), geonameid)
            )
        documents.append(Document(text, tuple(gold), ()))
    return documents


@dataclass
class Tally:
    true_positive: int = 0
    predicted: int = 0
    gold: int = 0

    def add(self, *, true_positive: int, predicted: int, gold: int) -> None:
        self.true_positive += true_positive
        self.predicted += predicted
        self.gold += gold

    def prf(self) -> tuple[float, float, float]:
        precision = self.true_positive / self.predicted if self.predicted else 0.0
        recall = self.true_positive / self.gold if self.gold else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        return precision, recall, f1


def geocoding_scores(errors_km: list[float]) -> tuple[float, float, float]:
    """acc@161, AUC and mean error over a list of errors in km."""
    if not errors_km:
        return 0.0, 1.0, 0.0
    ordered = sorted(errors_km)
    logs = [math.log(e + 1) for e in ordered]
    acc = sum(1 for e in ordered if e < 161) / len(ordered)
    if len(logs) > 1:
        area = sum((logs[i] + logs[i + 1]) / 2 for i in range(len(logs) - 1))
        auc = area / (math.log(MAX_ERROR_KM) * (len(logs) - 1))
    else:
        auc = logs[0] / math.log(MAX_ERROR_KM)
    return acc, auc, sum(ordered) / len(ordered)


def error_km(place: Place | None, gold: GoldToponym) -> float:
    """Distance to the gold point; 0 when both name the same GeoNames entry.

    Countries and first-level areas have no single point: the index places a country at
    its capital, GeoNames at a centroid, hundreds of km apart. The same entry is a hit.
    """
    if place is None:
        return MAX_ERROR_KM
    if gold.geonameid and place.place_id == f"geonames:{gold.geonameid}":
        return 0.0
    return distance_km(place.lat, place.lon, gold.lat, gold.lon)


def match_spans(
    predicted: list[Mention], gold: Iterable[GoldToponym], *, exact: bool
) -> list[tuple[Mention, GoldToponym]]:
    pairs = []
    free = list(gold)
    for mention in predicted:
        for toponym in free:
            same = mention.start == toponym.start and mention.end == toponym.end
            overlap = mention.start < toponym.end and toponym.start < mention.end
            if same or (overlap and not exact):
                pairs.append((mention, toponym))
                free.remove(toponym)
                break
    return pairs


def gold_spot(parser: Geoparser, toponym: GoldToponym) -> Spot:
    """A gold span as a spot: what our spotter reads in it ("Russian" is a demonym, "U.S."
    a country), or else the whole span as one name."""
    found = parser.spotter.spot(toponym.name)
    if len(found) == 1 and (found[0].start, found[0].end) == (0, len(toponym.name)):
        return replace(found[0], start=toponym.start, end=toponym.end)
    return Spot(
        text=toponym.name,
        start=toponym.start,
        end=toponym.end,
        keys=(normalize_name(toponym.name),),
        kind="toponym",
    )


def most_populous(index: GazetteerIndex, name: str) -> Place | None:
    """The population baseline: the most populous place that bears the name."""
    candidates = index.candidates_for_key(normalize_name(name))
    return max(candidates, key=lambda p: (p.population, p.place_id), default=None)


def baseline_place(index: GazetteerIndex, mention: Mention) -> Place | None:
    """The baseline's reading of one of our mentions (same span, same spotter)."""
    if mention.kind == "demonym" or mention.place is None:
        return mention.place
    # Abbreviations ("U.S.", "Ky.") have no candidates of their own: keep our reading.
    return most_populous(index, mention.text) or mention.place


def evaluate(
    name: str,
    documents: list[Document],
    *,
    parser: Geoparser,
    forced: Geoparser,
    index: GazetteerIndex,
    calibration: list[tuple[float, bool]],
) -> dict[str, float]:
    loose, exact = Tally(), Tally()
    ours_km: list[float] = []
    base_km: list[float] = []
    gold_ours_km: list[float] = []
    gold_base_km: list[float] = []
    started = time.perf_counter()
    for document in documents:
        parsed = parser.parse(document.text)
        predicted = [
            m for m in parsed.mentions if m.place is not None and m.kind in PREDICTED_KINDS
        ]
        for tally, is_exact in ((loose, False), (exact, True)):
            pairs = match_spans(predicted, document.gold, exact=is_exact)
            tally.add(true_positive=len(pairs), predicted=len(predicted), gold=len(document.gold))
        for mention, toponym in match_spans(predicted, document.gold, exact=False):
            ours_km.append(error_km(mention.place, toponym))
            calibration.append((mention.confidence, ours_km[-1] < 161))
            base_km.append(error_km(baseline_place(index, mention), toponym))
        # Resolution of the gold spans themselves, all of a document's spans together.
        spots = [gold_spot(parser, t) for t in document.gold]
        resolved = {
            (m.start, m.end): m.place
            for m in forced.resolve_spots(spots, text=document.text).mentions
        }
        for toponym, spot in zip(document.gold, spots, strict=True):
            ours = resolved.get((toponym.start, toponym.end))
            gold_ours_km.append(error_km(ours, toponym))
            # Demonyms, "U.S." and "Ky." leave no choice: the baseline reads them as we do.
            base = most_populous(index, toponym.name) if spot.kind == "toponym" else ours
            gold_base_km.append(error_km(base, toponym))
    elapsed = time.perf_counter() - started
    p, r, f = loose.prf()
    pe, re_, fe = exact.prf()
    acc, auc, mean_km = geocoding_scores(ours_km)
    bacc, bauc, bmean_km = geocoding_scores(base_km)
    gacc, gauc, gmean_km = geocoding_scores(gold_ours_km)
    gbacc, gbauc, gbmean_km = geocoding_scores(gold_base_km)
    print(f"\n## {name}: {len(documents)} documents, {loose.gold} gold toponyms")
    print(f"geotagging loose  P {p:.3f}  R {r:.3f}  F1 {f:.3f}  (predicted {loose.predicted})")
    print(f"geotagging exact  P {pe:.3f}  R {re_:.3f}  F1 {fe:.3f}")
    print(f"geocoding on {len(ours_km)} matched spans:")
    print(f"  resolver            acc@161 {acc:.3f}  AUC {auc:.3f}  mean {mean_km:7.0f} km")
    print(f"  population baseline acc@161 {bacc:.3f}  AUC {bauc:.3f}  mean {bmean_km:7.0f} km")
    print(f"  ratio acc@161 resolver/baseline {acc / bacc if bacc else float('nan'):.3f}")
    print(f"geocoding of the {len(gold_ours_km)} gold spans (unmatched name = miss):")
    print(f"  resolver            acc@161 {gacc:.3f}  AUC {gauc:.3f}  mean {gmean_km:7.0f} km")
    print(f"  population baseline acc@161 {gbacc:.3f}  AUC {gbauc:.3f}  mean {gbmean_km:7.0f} km")
    print(f"  Mordecai 3 (published, own splits) acc@161 {MORDECAI3[name]:.3f}")
    print(f"time {elapsed:.1f} s ({len(documents) / elapsed:.0f} documents/s incl. gold pass)")
    return {"f1": f, "acc161": acc, "baseline_acc161": bacc}


BANDS = (0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1.01)


def incident_calibration(folder: Path, parser: Geoparser) -> list[tuple[float, bool]]:
    """(confidence, right) of every resolved mention of a gold incident place.

    A mention names the gold place when its normalized text is the gold place's name
    (the part before any parenthesis or comma). Right: within the scorer's radius.
    """
    import json

    pairs: list[tuple[float, bool]] = []
    for line in (folder / "gold.jsonl").read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        row = json.loads(line)
        text = (folder / "articles" / row["file"]).read_text(encoding="utf-8")
        golds = [
            g
            for g in row.get("incidents", [])
            if g.get("place") and g.get("lat") is not None and g.get("lon") is not None
        ]
        if not golds:
            continue
        mentions = [m for m in parser.parse(text).toponyms if m.place is not None]
        for gold in golds:
            key = normalize_name(gold["place"].split("(")[0].split(",")[0])
            radius_km = 75.0 if gold.get("precision") == 3 else 25.0
            seen: set[str] = set()
            for mention in mentions:
                if normalize_name(mention.text) != key or mention.text in seen:
                    continue
                seen.add(mention.text)  # one reading per name and document
                assert mention.place is not None
                km = distance_km(mention.place.lat, mention.place.lon, gold["lat"], gold["lon"])
                pairs.append((mention.confidence, km <= radius_km))
    return pairs


def print_calibration(calibration: dict[str, list[tuple[float, bool]]]) -> None:
    """Accuracy by confidence band, one column per corpus, as a Markdown table."""
    names = list(calibration)
    print("\n## Calibration: share right by confidence (n in brackets)")
    print("| confidence | " + " | ".join(names) + " |")
    print("|---|" + "---|" * len(names))
    for low, high in itertools.pairwise(BANDS):
        cells = []
        for name in names:
            inside = [right for confidence, right in calibration[name] if low <= confidence < high]
            share = f"{sum(inside) / len(inside):.2f}" if inside else "–"
            cells.append(f"{share} ({len(inside)})")
        label = f"{low:.1f}–{min(high, 1.0):.1f}"
        print(f"| {label} | " + " | ".join(cells) + " |")


def main(argv: list[str] | None = None) -> int:
    parser_args = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser_args.add_argument(
        "--eval-dir", type=Path, default=Path(__file__).resolve().parents[2] / "shared" / "eval"
    )
    parser_args.add_argument("--home", type=Path, default=None)
    parser_args.add_argument("--limit", type=int, default=None, help="documents per corpus")
    args = parser_args.parse_args(argv)
    gwn = args.eval_dir / "geowebnews" / "GWN.xml"
    trn = args.eval_dir / "trnews" / "TR-News.xml"
    if not gwn.exists() and not trn.exists():
        print(f"skipped: no evaluation corpora under {args.eval_dir}")
        return 0
    index = GazetteerIndex.open(args.home)
    parser = Geoparser(index)
    # Resolution of gold spans: always choose, however unsure (no spotter needed).
    forced = Geoparser(index, min_confidence=0.0)
    started = time.perf_counter()
    patterns = parser.spotter.pattern_count
    calibration: dict[str, list[tuple[float, bool]]] = {}
    print(f"automaton: {patterns:,} patterns built in {time.perf_counter() - started:.1f} s")
    if gwn.exists():
        evaluate(
            "GeoWebNews",
            read_geowebnews(gwn)[: args.limit],
            parser=parser,
            forced=forced,
            index=index,
            calibration=calibration.setdefault("GeoWebNews", []),
        )
    if trn.exists():
        evaluate(
            "TR-News",
            read_trnews(trn)[: args.limit],
            parser=parser,
            forced=forced,
            index=index,
            calibration=calibration.setdefault("TR-News", []),
        )
    incidents = args.eval_dir / "incidents"
    for folder in sorted(incidents.glob("*/")) if incidents.is_dir() else []:
        if (folder / "gold.jsonl").exists():
            calibration[f"incidents/{folder.name}"] = incident_calibration(folder, parser)
    print_calibration(calibration)
    return 0


if __name__ == "__main__":
    sys.exit(main())
