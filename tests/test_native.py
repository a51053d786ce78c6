"""The optional compiled build (claimledger.native): its key, and its loader on a real mypyc build.

The build test compiles one small module (``segment``) of a copy of the package, so it runs in
``make test`` in well under a minute; the loader treats a build of all modules the same way.
The copies are run in fresh processes, since the loader acts when ``claimledger.extract`` is imported.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import sysconfig
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from claimledger import native

REPO = Path(__file__).resolve().parents[1]
EXAMPLES = REPO / "examples"

# run in a fresh process over a copy of the package: which file segment loaded from, the build
# in use, and the claims of the bundled examples
_PROBE = """
import json, sys
from pathlib import Path
import claimledger
from claimledger import native
from claimledger.extract import pipeline, segment
from claimledger.models import SourceText
claims = []
for f in sorted(Path(sys.argv[1]).glob("*.txt")):
    text = f.read_bytes().decode("utf-8", errors="replace")
    claims += [c.model_dump(mode="json") for c in pipeline.extract(SourceText(doc_id=f.name, text=text))]
print(json.dumps({"package": claimledger.__file__, "segment": segment.__file__,
                  "loaded": str(native.loaded()) if native.loaded() else None, "claims": claims}))
"""


def _copy_package(dest: Path) -> Path:
    """A copy of the claimledger package under ``dest`` (the source root a build is made from)."""
    shutil.copytree(REPO / "claimledger", dest / "claimledger", ignore=shutil.ignore_patterns("__pycache__"))
    return dest


def _probe(root: Path, cache: Path, switch: str | None = None, docs: Path = EXAMPLES) -> dict[str, object]:
    env = {**os.environ, "PYTHONPATH": str(root), native.ENV_DIR: str(cache)}
    env.pop(native.ENV_SWITCH, None)
    if switch is not None:
        env[native.ENV_SWITCH] = switch
    # run from the copy: "-c" puts the working directory first on the path
    out = subprocess.run([sys.executable, "-c", _PROBE, str(docs)], env=env, cwd=root, capture_output=True,
                         text=True, check=True, timeout=300)
    result: dict[str, object] = json.loads(out.stdout)
    return result


@dataclass
class Built:
    root: Path
    cache: Path
    folder: Path


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Built]:
    """A mypyc build of ``segment`` from a copy of the package, in a temporary cache."""
    base = tmp_path_factory.mktemp("native")
    root, cache = _copy_package(base / "src"), base / "cache"
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv(native.ENV_DIR, str(cache))
        folder = native.build(modules=("segment",), root=root, opt_level="0")
    yield Built(root, cache, folder)


@pytest.mark.slow
def test_native_build_outside_the_source_tree(built: Built) -> None:
    assert built.folder.parent == built.cache
    assert (built.folder / "manifest.json").is_file()
    names = {p.name.split(".")[0] for p in (built.folder / "extract").iterdir()}
    assert "segment" in names and not names & set(native.COMPILED) - {"segment"}
    assert not list((built.root / "claimledger").rglob("*.so")), "nothing compiled into the sources"


@pytest.mark.slow
def test_native_loader_uses_a_matching_build_and_gives_the_same_claims(built: Built) -> None:
    compiled = _probe(built.root, built.cache)
    pure = _probe(built.root, built.cache, switch="0")
    assert str(compiled["package"]).startswith(str(built.root))
    assert str(compiled["segment"]).endswith(str(sysconfig.get_config_var("EXT_SUFFIX")))
    assert compiled["loaded"] == str(built.folder)
    assert str(pure["segment"]).endswith("segment.py") and pure["loaded"] is None
    assert compiled["claims"] and compiled["claims"] == pure["claims"]


@pytest.mark.slow
@pytest.mark.parametrize("edited", ["extract/segment.py", "extract/numbers.py", "models.py"])
def test_native_loader_falls_back_to_pure_when_a_source_changed(built: Built, edited: str) -> None:
    path = built.root / "claimledger" / edited
    before = path.read_bytes()
    path.write_bytes(before + b"\n# edited after the build\n")
    try:
        probe = _probe(built.root, built.cache, docs=built.root)  # no documents: only which module loads
    finally:
        path.write_bytes(before)
    assert str(probe["segment"]).endswith("segment.py")
    assert probe["loaded"] is None


@pytest.mark.parametrize(("switch", "expected"), [("0", False), (" 0 ", False), ("1", True), (None, True)])
def test_native_activate_honours_the_switch(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                            switch: str | None, expected: bool) -> None:
    """A complete folder for the current key is used unless CLAIMLEDGER_NATIVE=0."""
    monkeypatch.setenv(native.ENV_DIR, str(tmp_path))
    if switch is None:
        monkeypatch.delenv(native.ENV_SWITCH, raising=False)
    else:
        monkeypatch.setenv(native.ENV_SWITCH, switch)
    key = native.build_key()
    assert key is not None
    (tmp_path / key).mkdir()
    (tmp_path / key / "manifest.json").write_text("{}", encoding="utf-8")
    monkeypatch.setattr(sys, "path", list(sys.path))
    path: list[str] = []
    monkeypatch.setattr(native, "_loaded", None)
    assert (native.activate(path) is not None) is expected
    assert path == ([str(tmp_path / key / "extract")] if expected else [])


@pytest.mark.parametrize("contents", [None, "incomplete"])
def test_native_activate_ignores_a_missing_or_unfinished_build(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                             contents: str | None) -> None:
    monkeypatch.setenv(native.ENV_DIR, str(tmp_path))
    monkeypatch.delenv(native.ENV_SWITCH, raising=False)
    if contents is not None:
        key = native.build_key()
        assert key is not None
        (tmp_path / key / "extract").mkdir(parents=True)  # a folder without its manifest
    path: list[str] = []
    assert native.activate(path) is None
    assert path == []


@pytest.mark.parametrize(("edit", "same"), [
    (lambda root: None, True),
    (lambda root: (root / "claimledger/extract/dates.py").write_text("# changed\n"), False),
    (lambda root: (root / "claimledger/models.py").write_text("# changed\n"), False),
    (lambda root: (root / "claimledger/extract/new_module.py").write_text("x = 1\n"), False),
    (lambda root: (root / "claimledger/extract/rules/extra.json").write_text("{}"), True),
])
def test_native_build_key_follows_the_sources(tmp_path: Path, edit: object, same: bool) -> None:
    root = tmp_path
    (root / "claimledger/extract/rules").mkdir(parents=True)
    for name in ("extract/__init__.py", "extract/dates.py", "models.py", "link.py"):
        (root / "claimledger" / name).write_text(f"# {name}\n")
    before = native.build_key(root, "1.0")
    assert callable(edit)
    edit(root)
    assert (native.build_key(root, "1.0") == before) is same


@pytest.mark.parametrize(("a", "b"), [("1.0", "1.1")])
def test_native_build_key_follows_the_mypy_version(a: str, b: str) -> None:
    assert native.build_key(mypy_version=a) != native.build_key(mypy_version=b)


@pytest.mark.parametrize(("env", "expected"), [
    ({native.ENV_DIR: "/x/builds"}, Path("/x/builds")),
    ({"XDG_CACHE_HOME": "/x/cache"}, Path("/x/cache/claimledger/native")),
    ({native.ENV_DIR: "/x/builds", "XDG_CACHE_HOME": "/x/cache"}, Path("/x/builds")),
])
def test_native_cache_dir(monkeypatch: pytest.MonkeyPatch, env: dict[str, str], expected: Path) -> None:
    for name in (native.ENV_DIR, "XDG_CACHE_HOME"):
        monkeypatch.delenv(name, raising=False)
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    assert native.cache_dir() == expected


@pytest.mark.slow
def test_native_build_keeps_a_build_of_the_same_modules(built: Built, monkeypatch: pytest.MonkeyPatch) -> None:
    """Asking again for the same modules reuses the folder (no compiler run); other modules rebuild it."""
    monkeypatch.setenv(native.ENV_DIR, str(built.cache))
    asked: list[list[str]] = []
    monkeypatch.setattr(native, "_compile", lambda modules, *rest: asked.append(modules))
    assert native.build(modules=("segment",), root=built.root) == built.folder
    assert asked == []
    with pytest.raises(FileNotFoundError):  # the stub compiled nothing: there is nothing to move
        native.build(modules=("segment", "numbers"), root=built.root)
    assert asked == [["segment", "numbers"]]
    assert (built.folder / "manifest.json").is_file(), "a failed rebuild leaves the kept build in place"
