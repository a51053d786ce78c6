"""Builders shared by the places/types/attribution/actors tests: a segmented Doc from text."""

from __future__ import annotations

from claimledger.extract import segment
from claimledger.extract.base import Doc
from claimledger.models import SourceText


def make_doc(text: str, *components) -> Doc:
    doc = Doc(source=SourceText(doc_id="t", text=text))
    segment.component.func(doc)
    for c in components:
        c.func(doc)
    return doc


def dev_components_module():
    """scripts/dev_components.py as a module (measurement code shared with the dev-set regression tests)."""
    import importlib.util
    from pathlib import Path

    path = Path(__file__).resolve().parents[2] / "scripts" / "dev_components.py"
    spec = importlib.util.spec_from_file_location("dev_components", path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)  # type: ignore[union-attr]
    return mod
