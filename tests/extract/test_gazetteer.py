import gzip
import time

import pytest

from claimledger.extract import gazetteer as gz


@pytest.mark.parametrize(
    "name,key",
    [("Gəncə", "gence"), ("Sa'dah", "sadah"), ("Khān Shaykhūn", "khan shaykhun"), ("Kyiv-Sviatoshyn", "kyiv sviatoshyn"),
     ("Bərdə", "berde"), ("Xızı", "xizi"), ("  Łódź ", "lodz")],
)
def test_gazetteer_normalize_folds_diacritics_case_punctuation(name, key):
    assert gz.normalize(name) == key


@pytest.mark.parametrize(
    "name,country,kind",
    [("Ganja", "AZ", "P"), ("Gyandzha", "AZ", "P"), ("Kremenchuk", "UA", "P"), ("Aksum", "ET", "P"),
     ("Ukraine", "UA", "C"), ("Takhar", "AF", "A1"), ("Poltava Oblast", "UA", "A1")],
)
def test_gazetteer_lookup_finds_alternate_spellings(name, country, kind):
    entries = gz.lookup(name)
    assert any(e.country == country and e.kind == kind for e in entries)


def test_gazetteer_entry_has_coordinates_population_admin1():
    ganja = next(e for e in gz.lookup("Ganja") if e.country == "AZ")
    assert ganja.population > 100000
    assert 40 < ganja.lat < 41.5 and 45.5 < ganja.lon < 47
    assert ganja.admin1 and ganja.precision == "locality"


@pytest.mark.parametrize(
    "a,b,expected",
    [("Gəncə", "Ganja", True), ("Gyandzha", "Ganja", True), ("Bucha district", "Bucha", True), ("Aksum", "Axum", True),
     ("Ganja", "Baku", False), (None, "Baku", False), ("Kremenchuk", "Kremenchug", True)],
)
def test_gazetteer_names_match(a, b, expected):
    assert gz.names_match(a, b) is expected


def test_gazetteer_loads_fast_enough():
    gz.get_gazetteer.cache_clear()
    t = time.process_time()
    gaz = gz.get_gazetteer()
    assert len(gaz) > 150000
    assert time.process_time() - t < 3.0  # CPU seconds: ~0.8 on the dev machine; slack for a slow CI core


DUMP = (
    "9990001\tQaradağlı\tQaradagli\tKaradagli,Qaradaghly\t40.10\t46.90\tP\tPPL\tAZ\t\t23\t\t\t\t0\t\t500\tAsia/Baku\t2020-01-01\n"
    "9990002\tSome Peak\tSome Peak\t\t40.2\t46.8\tT\tMT\tAZ\t\t23\t\t\t\t0\t\t900\tAsia/Baku\t2020-01-01\n"
    "9990003\tTestraion\tTestraion\t\t40.3\t46.7\tA\tADM2\tAZ\t\t23\t77\t\t\t0\t\t\tAsia/Baku\t2020-01-01\n"
)


def test_gazetteer_add_geonames_dump_extends_lookup(tmp_path, monkeypatch):
    src = tmp_path / "AZ.txt"
    src.write_text(DUMP, encoding="utf-8")
    target = tmp_path / "ext"
    monkeypatch.setattr(gz, "_extension_dirs", [])
    try:
        assert gz.add_geonames_dump(src, target) == 2  # the mountain is skipped
        assert (target / "gazetteer-ext-AZ.tsv.gz").exists()
        hit = gz.lookup("Karadagli")
        assert [(e.geonameid, e.kind, e.country) for e in hit] == [(9990001, "P", "AZ")]
        assert [e.kind for e in gz.lookup("Testraion")] == ["A2"]
    finally:
        gz.get_gazetteer.cache_clear()


def test_gazetteer_add_geonames_dump_rejects_non_dump(tmp_path):
    src = tmp_path / "x.txt"
    src.write_text("not a dump\n", encoding="utf-8")
    with pytest.raises(ValueError, match="E402"):
        gz.add_geonames_dump(src, tmp_path / "ext")
    with pytest.raises(FileNotFoundError, match="E401"):
        gz.add_geonames_dump(tmp_path / "missing.txt", tmp_path / "ext")


def test_gazetteer_bundled_file_is_compact():
    assert gz.BUNDLED.stat().st_size < 8_000_000
    with gzip.open(gz.BUNDLED, "rt", encoding="utf-8") as f:
        header = f.readline().rstrip("\n").split("\t")
    assert header == ["geonameid", "kind", "name", "country", "admin1", "admin2", "population", "lat", "lon", "keys"]


def test_gazetteer_add_geonames_dump_reads_zip(tmp_path, monkeypatch):
    import zipfile

    src = tmp_path / "AZ.zip"
    with zipfile.ZipFile(src, "w") as zf:
        zf.writestr("AZ.txt", DUMP)
        zf.writestr("readme.txt", "GeoNames readme")
    monkeypatch.setattr(gz, "_extension_dirs", [])
    try:
        assert gz.add_geonames_dump(src, tmp_path / "ext") == 2
        assert gz.names_match("Qaradaghly", "Karadagli")
    finally:
        gz.get_gazetteer.cache_clear()


def test_gazetteer_entry_cache_is_bounded(monkeypatch) -> None:
    from claimledger.extract import gazetteer

    g = gazetteer.get_gazetteer()
    monkeypatch.setattr(gazetteer, "ENTRY_CACHE_SIZE", 50)
    first = g.entry(0)
    for i in range(200):
        g.entry(i)
    assert len(g._entries) <= 50
    assert g.entry(0) == first  # rebuilt the same after being dropped


_HEADER = "geonameid\tkind\tname\tcountry\tadmin1\tadmin2\tpopulation\tlat\tlon\tkeys\n"


def _tsv(gid: str, kind: str, name: str, keys: str, admin1: str = "01") -> str:
    return f"{gid}\t{kind}\t{name}\tZZ\t{admin1}\t\t1200\t12.500\t-3.250\t{keys}\n"


def _small() -> gz.Gazetteer:
    g = gz.Gazetteer()
    g.add_rows([_HEADER, _tsv("801", "A1", "Norvale Province", "norvale province|norvale"),
                _tsv("802", "P", "Tîrgu Velmoor", "tirgu velmoor|velmoor"), _tsv("803", "P", "Velmoor", "velmoor"),
                _tsv("", "P", "Unnumbered Halt", "unnumbered halt")])
    return g


@pytest.mark.parametrize(
    "key,rows,with_alt",
    [("norvale province", [0], [(0, False)]), ("norvale", [0], [(0, True)]), ("tirgu velmoor", [1], [(1, False)]),
     ("velmoor", [1, 2], [(1, True), (2, False)]), ("unnumbered halt", [3], [(3, False)]), ("nowhere", [], [])],
)
def test_gazetteer_rows_of_a_key_of_one_row_or_several(key, rows, with_alt) -> None:
    g = _small()
    assert g.rows_for(key) == rows
    assert g.rows_with_alt(key) == with_alt


def test_gazetteer_compact_rows_read_back_whole() -> None:
    g = _small()
    assert len(g) == 4
    e = g.entry(1)
    assert (e.geonameid, e.name, e.kind, e.country, e.admin1, e.population, e.lat, e.lon) == (
        802, "Tîrgu Velmoor", "P", "ZZ", "Norvale Province", 1200, 12.5, -3.25)
    assert g.entry(3).geonameid is None and g.entry(0).admin1 == "Norvale Province"


def test_gazetteer_rows_added_after_loading_still_skip_known_ids() -> None:
    g = _small()
    g.loaded()
    assert g.add_rows([_tsv("803", "P", "Velmoor Again", "velmoor again"), _tsv("804", "P", "Ostrel", "ostrel")]) == 1
    assert g.rows_for("velmoor again") == [] and g.rows_for("ostrel") == [4]
    assert "ostrel" in g.first_words  # (worked out again after rows came)


@pytest.mark.parametrize(
    "word,first",
    [("velmoor", True), ("tirgu", True), ("norvale", True), ("unnumbered", True), ("province", False),
     ("halt", False), ("tirgu velmoor", False), ("norvale province", False), ("ostrel", False), ("", False)],
)
def test_gazetteer_first_words_of_keys(word, first) -> None:
    g = _small()
    assert (word in g.first_words) is first
    assert (word in g.first_words) is (word in {k.partition(" ")[0] for k in g.index})  # as a set of them all
