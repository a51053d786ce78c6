"""Claim extraction (``claimledger.extract.pipeline.extract``).

``PACKAGE_DIR`` locates the rules and data files: compiled modules live outside the source tree,
so they cannot find them from their own ``__file__``. At import, the compiled build of the
modules is put first on this package's path when one matches the current sources
(see :mod:`claimledger.native`); otherwise the pure Python modules load.
"""

from __future__ import annotations

from pathlib import Path

from claimledger import native as _native

PACKAGE_DIR = Path(__file__).resolve().parent
RULES_DIR = PACKAGE_DIR / "rules"

_native.activate(__path__)
