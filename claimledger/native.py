"""The optional compiled build of the extraction modules (mypyc), and the loader that uses it.

Pure Python stays the source of truth and the default. ``claimledger native build`` compiles
the modules named in ``COMPILED`` with mypyc into a cache directory outside the source tree
(``$CLAIMLEDGER_NATIVE_DIR``, else ``$XDG_CACHE_HOME/claimledger/native``), in a folder named
by :func:`build_key`: a hash of the sources the compiled code was built from (every module of
``claimledger.extract`` and the project modules they import), the Python version and ABI, and
the mypy version. At import, ``claimledger.extract`` calls :func:`activate`, which uses a build
only when the folder for the current key exists and is complete; otherwise (a source edited
since the build, another Python or mypy, no build, or ``CLAIMLEDGER_NATIVE=0``) the pure
Python modules load, so a compiled module can never run stale code.

This module is imported by ``claimledger.extract`` and must stay cheap: mypyc and setuptools
are imported only by :func:`build`.
"""

from __future__ import annotations

import hashlib
import importlib.metadata
import json
import os
import shutil
import sys
import sysconfig
import tempfile
from collections.abc import Sequence
from pathlib import Path

ENV_SWITCH = "CLAIMLEDGER_NATIVE"  # "0" forces pure Python
ENV_DIR = "CLAIMLEDGER_NATIVE_DIR"  # the cache directory of builds
PACKAGE = "claimledger.extract"
SOURCE_ROOT = Path(__file__).resolve().parent.parent  # the folder holding the claimledger package

# Compiled modules of claimledger.extract: all but __init__ (the loader) and denials (absent). base and
# gazetteer keep no values in an instance __dict__ (a compiled class has none: ``Doc.kept`` holds the
# per-document values, ``Gazetteer.first_words`` is filled on first read), so the other compiled modules
# read Mention, Segment, Doc and GazEntry attributes directly instead of through Python attribute lookup.
COMPILED = ("actors", "assemble", "attribution", "author", "base", "characterize", "dates", "fastre", "figures",
            "gazetteer", "numbers", "places", "prefilter", "scan", "segment", "sites", "twin", "types", "pipeline")
# project modules outside the package that the compiled code imports: part of the key too
_IMPORTED = ("models.py", "link.py")
_MANIFEST = "manifest.json"

_loaded: Path | None = None


def cache_dir() -> Path:
    """The directory holding the builds: ``$CLAIMLEDGER_NATIVE_DIR``, else the user cache."""
    own = os.environ.get(ENV_DIR)
    if own:
        return Path(own)
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "claimledger" / "native"


def _mypy_version() -> str | None:
    try:
        return importlib.metadata.version("mypy")
    except importlib.metadata.PackageNotFoundError:
        return None


def source_files(root: Path = SOURCE_ROOT) -> list[Path]:
    """The sources a build depends on: every module of the extract package and the project modules it imports."""
    package = root / "claimledger"
    return sorted((package / "extract").glob("*.py")) + [package / name for name in _IMPORTED]


def build_key(root: Path = SOURCE_ROOT, mypy_version: str | None = None) -> str | None:
    """The key of a build of the sources under ``root``: a hash of their names and bytes, the
    Python version and extension ABI, and the mypy version (``None`` when mypy is not installed)."""
    version = mypy_version or _mypy_version()
    if version is None:
        return None
    h = hashlib.sha256()
    h.update(f"{sys.version}|{sysconfig.get_config_var('EXT_SUFFIX')}|mypy {version}\n".encode())
    for path in source_files(root):
        h.update(path.name.encode() + b"\0")
        try:
            h.update(path.read_bytes())
        except OSError:
            h.update(b"\0missing")
        h.update(b"\0")
    return h.hexdigest()[:20]


def build_path(key: str) -> Path:
    """The folder of the build with ``key`` in the cache directory."""
    return cache_dir() / key


def _complete(folder: Path) -> bool:
    return (folder / _MANIFEST).is_file()


def _built_modules(folder: Path) -> list[str] | None:
    """The modules a complete build in ``folder`` compiled, or ``None``."""
    try:
        modules = json.loads((folder / _MANIFEST).read_text(encoding="utf-8")).get("modules")
    except (OSError, ValueError, AttributeError):
        return None
    return list(modules) if isinstance(modules, list) else None


def activate(package_path: list[str], root: Path = SOURCE_ROOT) -> Path | None:
    """Use the compiled modules for ``claimledger.extract`` when a build matches the current sources.

    package_path (list[str]): the package's ``__path__``; the build's module folder is put first.
    RETURNS (Path | None): the build folder in use, or ``None`` (pure Python).
    """
    global _loaded
    if os.environ.get(ENV_SWITCH, "1").strip() == "0":
        return None
    key = build_key(root)
    if key is None:
        return None
    folder = build_path(key)
    if not _complete(folder):
        return None
    runtime = str(folder / "runtime")
    if runtime not in sys.path:
        sys.path.append(runtime)  # the shared mypyc library the module shims import by top-level name
    package_path.insert(0, str(folder / "extract"))
    _loaded = folder
    return folder


def loaded() -> Path | None:
    """The build folder in use by this process, or ``None`` when extraction runs pure Python."""
    return _loaded


def build(modules: Sequence[str] = COMPILED, root: Path = SOURCE_ROOT, *, force: bool = False,
          opt_level: str = "3") -> Path:
    """Compile ``modules`` of ``claimledger.extract`` under ``root`` with mypyc into the cache folder for
    the current key (nothing is written into the source tree). A build of the same modules is kept,
    unless ``force``.

    RETURNS (Path): the build folder.
    """
    version = _mypy_version()
    key = build_key(root, version)
    if key is None:
        raise RuntimeError("mypy is not installed: pip install 'claimledger[native]'")
    folder = build_path(key)
    if not force and _built_modules(folder) == list(modules):
        return folder
    folder.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="build-", dir=folder.parent) as tmp:
        work = Path(tmp)
        _compile(list(modules), root, work, opt_level)
        staged = work / "out"
        (staged / "extract").mkdir(parents=True)
        (staged / "runtime").mkdir()
        built = work / "lib"
        for so in (built / "claimledger" / "extract").iterdir():
            shutil.move(str(so), staged / "extract" / so.name)
        for so in built.iterdir():
            if so.is_file():
                shutil.move(str(so), staged / "runtime" / so.name)
        manifest = {"key": key, "modules": list(modules), "python": sys.version, "mypy": version,
                    "sources": [str(p.relative_to(root)) for p in source_files(root)]}
        (staged / _MANIFEST).write_text(json.dumps(manifest, indent=1) + "\n", encoding="utf-8")
        if folder.exists():
            shutil.rmtree(folder)
        staged.rename(folder)  # the manifest arrives with the folder: a half-built folder is never used
    return folder


def _compile(modules: list[str], root: Path, work: Path, opt_level: str) -> None:
    """Run mypyc and the C compiler; mypy resolves imports from ``root``."""
    from mypyc.build import mypycify
    from setuptools import Distribution

    paths = [f"claimledger/extract/{name}.py" for name in modules]
    cwd, cache = os.getcwd(), os.environ.get("MYPY_CACHE_DIR")
    os.chdir(root)  # mypyc names modules by their path relative to the working directory
    os.environ["MYPY_CACHE_DIR"] = str(work / "mypy_cache")  # not into the source tree
    try:
        # libraries without type information are typed as Any (as the project's mypy settings say),
        # here without reading a config file, which an installed copy of the package has not
        try:
            extensions = mypycify(["--ignore-missing-imports", *paths], opt_level=opt_level,
                                  target_dir=str(work / "c"))
        except SystemExit as exc:  # mypyc exits on type errors, after printing them
            raise RuntimeError("mypyc could not compile the sources (type errors printed above; "
                               "mypy claimledger/extract shows them)") from exc
        dist = Distribution({"name": "claimledger-native", "ext_modules": extensions})
        cmd = dist.get_command_obj("build_ext")
        cmd.build_lib = str(work / "lib")  # outside the source tree
        cmd.build_temp = str(work / "tmp")
        cmd.ensure_finalized()
        cmd.run()
    finally:
        os.chdir(cwd)
        if cache is None:
            os.environ.pop("MYPY_CACHE_DIR", None)
        else:
            os.environ["MYPY_CACHE_DIR"] = cache
