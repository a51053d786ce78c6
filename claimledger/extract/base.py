"""The spaCy-shaped extraction document and pipeline.

Text flows through components ``(doc) -> doc``; each component reads the layers
named in its ``requires`` and writes the layers named in its ``assigns``. Layers
are lists of ``Mention`` objects kept in ``doc.spans[layer]``. The last component
("assemble") turns mentions into ``ClaimIn`` objects in ``doc.claims``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, Generic, TypeVar

from claimledger.models import ClaimIn, SourceText

V = TypeVar("V")


class OwnedCache(Generic[V]):
    """Values per string key, worked out from one owner (the rules or the gazetteer in use) and kept
    while it stays in use: another owner starts afresh, and so does a cache found at its ``limit``
    of keys when taken (the values only save time; dropping them changes no output)."""

    __slots__ = ("kept", "limit", "owner")

    def __init__(self, limit: int) -> None:
        self.owner: object = None
        self.kept: dict[str, V] = {}
        self.limit = limit

    def of(self, owner: object) -> dict[str, V]:
        """The kept values for ``owner``, to read and to add to."""
        if owner is not self.owner:
            self.owner, self.kept = owner, {}
        elif len(self.kept) >= self.limit:
            self.kept.clear()
        return self.kept


@dataclass(frozen=True, slots=True)
class Segment:
    """A sentence or paragraph: ``[start, end)`` into ``Doc.text``."""

    start: int
    end: int


@dataclass(slots=True)
class Mention:
    """An annotated stretch of text.

    ``label`` says what it is inside its layer (a figure kind, an incident type,
    an attribution kind, ...); ``data`` holds the parsed value; ``rule`` names the
    rule (pattern id) that produced it, shown to the user.
    """

    start: int
    end: int
    label: str
    data: dict[str, Any] = field(default_factory=dict)
    rule: str = ""

    def __init__(self, start: int, end: int, label: str, data: dict[str, Any] | None = None, rule: str = "") -> None:
        # written out, not generated: in the compiled build a dataclass's generated __init__ runs as Python
        # (``data`` None: a new empty dict, as the field's default factory gives)
        self.start = start
        self.end = end
        self.label = label
        self.data = {} if data is None else data
        self.rule = rule


@dataclass
class Doc:
    """A document under extraction: its source, segments, layers of mentions and claims.

    ``text`` is the source's text, kept at construction (components read it thousands of times per
    document); ``kept`` holds the per-document values components work out once and read again (the
    key names the component's value; each checks that the layers it was worked out from are current).
    """

    source: SourceText
    sentences: list[Segment] = field(default_factory=list)
    paragraphs: list[Segment] = field(default_factory=list)
    spans: dict[str, list[Mention]] = field(default_factory=dict)
    claims: list[ClaimIn] = field(default_factory=list)
    kept: dict[str, Any] = field(default_factory=dict, repr=False, compare=False)
    text: str = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        self.text = self.source.text

    def layer(self, name: str) -> list[Mention]:
        return self.spans.setdefault(name, [])

    def char_span(self, start: int, end: int) -> str:
        if not 0 <= start <= end <= len(self.text):
            raise ValueError(f"span {start}:{end} outside text of length {len(self.text)}")
        return self.text[start:end]

    def sentence_at(self, offset: int) -> Segment | None:
        for sentence in self.sentences:
            if sentence.start <= offset < sentence.end:
                return sentence
        return None


@dataclass(frozen=True)
class Component:
    name: str
    func: Callable[[Doc], Doc]
    requires: tuple[str, ...] = ()
    assigns: tuple[str, ...] = ()


class Pipeline:
    """Runs components in order, checking at build time that each one's inputs exist."""

    def __init__(self, components: list[Component]) -> None:
        available: set[str] = set()
        for component in components:
            missing = [layer for layer in component.requires if layer not in available]
            if missing:
                raise ValueError(f"component {component.name!r} requires {missing}, assigned by no earlier component")
            available.update(component.assigns)
        self.components = components

    def __call__(self, source: SourceText) -> Doc:
        doc = Doc(source=source)
        for component in self.components:
            result = component.func(doc)
            if not isinstance(result, Doc):
                raise TypeError(f"component {component.name!r} returned {type(result).__name__}, not Doc")
            doc = result
        return doc
