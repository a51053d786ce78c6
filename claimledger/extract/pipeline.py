"""The public entry point of extraction: ``extract(source) -> list[ClaimIn]``.

The pipeline runs, in order: segment -> dates -> figures -> places -> types ->
attributions -> denials -> characterize -> assemble; actors are found by assemble, on
demand, for the sentences it builds claims from. Components owned by the places
engineer are imported lazily, so the pipeline still builds (with fewer layers)
while a module is missing.
"""

from __future__ import annotations

import functools
import importlib
import sys
from functools import cache

from claimledger.extract import characterize, dates, figures, segment
from claimledger.extract.assemble import event_claim, make_assemble
from claimledger.extract.base import Component, Doc, Pipeline
from claimledger.extract.prefilter import begin_document
from claimledger.models import ClaimIn, SourceText

EXTRACTOR_VERSION = "claimledger-extract/0.18.0"

# (module, attribute) of the optional components, in pipeline order
_OPTIONAL = (
    ("claimledger.extract.places", "component"),
    ("claimledger.extract.types", "component"),
    ("claimledger.extract.attribution", "component"),
    ("claimledger.extract.attribution", "denials_component"),
    ("claimledger.extract.denials", "component"),
)
# not run here: the actors of a claim are found on demand for its sentence alone (actors.actors_in,
# read by assemble), since only the few sentences claims are built from need them (issue 3)


def _optional_components() -> list[Component]:
    out: list[Component] = []
    seen: set[str] = set()
    for module_name, attr in _OPTIONAL:
        try:
            module = importlib.import_module(module_name)
        except ImportError:
            continue
        comp = getattr(module, attr, None)
        if isinstance(comp, Component) and comp.name not in seen:
            seen.add(comp.name)
            out.append(comp)
    return out


@cache
def build_pipeline() -> Pipeline:
    """The extraction pipeline (built once per process).

    RETURNS (Pipeline): components in order, requirements checked at build time.
    """
    components = [segment.component, dates.component, figures.component, *_optional_components(),
                  characterize.component, make_assemble(EXTRACTOR_VERSION)]
    pipeline = Pipeline(components)
    _read_rules()
    return pipeline


# the modules whose rule loaders ``_read_rules`` calls: the extraction modules, and linking's (assemble reads
# its aggregate cues)
_RULE_MODULES = ("claimledger.extract.", "claimledger.link")


def _read_rules() -> None:
    """Read the rule tables and compile the rule regexes the components keep, once, as the pipeline is
    built: every cached loader (``functools.cache``) of the extraction modules that takes no argument.
    The loaders are lazy so that a module stays cheap to import; called here, the first documents
    extracted do not pay for them (the same values, read earlier). A loader that needs arguments, or
    fails, is left to its first use."""
    for name, module in list(sys.modules.items()):
        if module is None or name == __name__ or not name.startswith(_RULE_MODULES):
            continue
        for value in list(vars(module).values()):
            if (isinstance(value, functools._lru_cache_wrapper)
                    and str(getattr(value, "__module__", "")).startswith(_RULE_MODULES)
                    and value is not build_pipeline):
                try:
                    value()
                except Exception:  # noqa: BLE001 - it takes arguments, or fails as it would at first use
                    continue


def annotate(source: SourceText) -> Doc:
    """Run the pipeline and return the annotated ``Doc`` (layers and claims), for inspection."""
    pipeline = build_pipeline()
    begin_document(source.text)
    return pipeline(source)


def extract(source: SourceText) -> list[ClaimIn]:
    """Extract claims from one document.

    source (SourceText): the document's stored text and metadata.
    RETURNS (list[ClaimIn]): claims in text order; every span indexes ``source.text``.
    """
    doc = annotate(source)
    # characterization-family claims (issue 7) follow the figure claims
    return doc.claims + characterize.characterization_claims(doc, EXTRACTOR_VERSION)


def extract_event(source: SourceText) -> ClaimIn | None:
    """One event-level claim for a text that describes a single event (ACLED notes, GTD summaries).

    RETURNS (ClaimIn | None): the main claim, or a figure-less claim with the text's type,
    date and place when the text states no figure; ``None`` for an empty text.
    """
    return event_claim(annotate(source), EXTRACTOR_VERSION)
