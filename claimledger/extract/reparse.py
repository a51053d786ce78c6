"""The regex engine's own parse of a pattern, for the modules that read a regex's structure (``fastre``,
``prefilter``, ``prefilter_check``): one place that knows where CPython keeps its parser."""

from __future__ import annotations

import importlib
from typing import Any


def regex_tree(pattern: str, flags: int) -> tuple[Any, Any] | None:
    """``(re._constants, the parsed pattern)`` from the regex engine's own parser; ``None`` when this
    Python's internals differ or the pattern cannot be parsed (callers then read nothing from it)."""
    try:
        return importlib.import_module("re._constants"), importlib.import_module("re._parser").parse(pattern, flags)
    except Exception:  # noqa: BLE001 - another Python's internals, or an odd pattern
        return None
