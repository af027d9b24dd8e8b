"""The per-document working state shared by the extractors of one document.

The orchestrator (``ingest.extract``) builds one :class:`DocContext`, runs each extractor
over it in order, and freezes the result into an :class:`~ingest.records.Extraction`.
Extractors only *add* entities and relations through :class:`EntityCollector`, which keeps
refs unique and merges repeated mentions of one entity (extra aliases and evidence).

Defined terms are scoped to the document: ``terms`` maps a normalised term ("the bank",
"lenders") to the ref(s) it names in THIS document only.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from ingest.bare_parenthesised_terms import QuotedTerms, quote_bare_terms
from ingest.records import (
    EntityRecord,
    Extraction,
    PropValue,
    RelationRecord,
    SourceDocument,
    Span,
)
from ingest.single_quotes import with_double_quotes
from ingest.spaced_quotes import reading_text
from ingest.term_keys import norm_term
from ingest.typed_quotes import with_plain_quotes


@dataclass(slots=True)
class _Entity:
    ref: str
    label: str
    props: dict[str, PropValue]
    aliases: list[str]
    evidence: list[Span]
    contained: bool


@dataclass(slots=True)
class EntityCollector:
    """Entities and relations found so far in one document, keyed by ref."""

    entities: dict[str, _Entity] = field(default_factory=dict)
    relations: dict[tuple[str, str, str], RelationRecord] = field(default_factory=dict)

    def add(
        self,
        ref: str,
        label: str,
        evidence: Span,
        props: Mapping[str, PropValue] | None = None,
        aliases: tuple[str, ...] = (),
        contained: bool = False,
    ) -> str:
        """Add an entity, or merge into the one with this ref (props fill gaps, never overwrite)."""
        e = self.entities.get(ref)
        if e is None:
            e = _Entity(ref, label, {}, [], [], contained)
            self.entities[ref] = e
        for k, v in (props or {}).items():
            if v is not None and e.props.get(k) is None:
                e.props[k] = v
        for a in aliases:
            if a and a not in e.aliases:
                e.aliases.append(a)
        if evidence not in e.evidence:
            e.evidence.append(evidence)
        e.contained = e.contained or contained
        return ref

    def relate(
        self,
        type_: str,
        source: str,
        target: str,
        evidence: Span,
        props: Mapping[str, PropValue] | None = None,
    ) -> None:
        """Add a relation; the same (type, source, target) merges props and evidence."""
        k = (type_, source, target)
        old = self.relations.get(k)
        if old is None:
            self.relations[k] = RelationRecord(
                type_, source, target, dict(props or {}), (evidence,)
            )
            return
        merged = dict(old.props)
        for pk, pv in (props or {}).items():
            if pv is not None and merged.get(pk) is None:
                merged[pk] = pv
        ev = old.evidence if evidence in old.evidence else (*old.evidence, evidence)
        self.relations[k] = RelationRecord(type_, source, target, merged, ev)

    def get(self, ref: str) -> _Entity | None:
        return self.entities.get(ref)


@dataclass(slots=True)
class DocContext:
    source: SourceDocument
    collector: EntityCollector = field(default_factory=EntityCollector)
    #: normalised defined term -> refs it names in this document (a collective term: several)
    terms: dict[str, list[str]] = field(default_factory=dict)
    #: the ref of the agreement or instrument whose own text this document is, once known
    self_ref: str | None = None
    warnings: list[str] = field(default_factory=list)
    #: the SEC report form the document is ("8-K"), when its cover says so
    report_form: str | None = None
    #: the text the extractors read: the document text with the quotes of its defined terms
    #: against their words (:mod:`ingest.spaced_quotes`), double where the filing set a term
    #: in single quotes (:mod:`ingest.single_quotes`) or in marks typed as two characters or
    #: as guillemets (:mod:`ingest.typed_quotes`) and added around a term in a parenthesis
    #: without them (:mod:`ingest.bare_parenthesised_terms`), of the same length
    reading: str = field(init=False)
    #: where those added quotes moved a term's words, which :meth:`span` cites where they stand
    _quoted: QuotedTerms = field(init=False)

    def __post_init__(self) -> None:
        self._quoted = quote_bare_terms(
            reading_text(with_double_quotes(with_plain_quotes(self.source.text)))
        )
        self.reading = self._quoted.text

    @property
    def text(self) -> str:
        return self.reading

    def span(self, start: int, end: int) -> Span:
        """A span of the document text, given by offsets in the reading text; the only way
        extractors should build evidence."""
        start, end = self._quoted.filing_span(start, end)
        return Span(start, end, self.source.text[start:end])

    def define(self, term: str, *refs: str) -> None:
        """Record that ``term`` names ``refs`` in this document."""
        slot = self.terms.setdefault(norm_term(term), [])
        for r in refs:
            if r not in slot:
                slot.append(r)

    def lookup(self, term: str) -> list[str]:
        """The refs a defined term names in this document ([] when undefined)."""
        return list(self.terms.get(norm_term(term), []))

    def freeze(self) -> Extraction:
        ents = tuple(
            EntityRecord(
                e.ref, e.label, dict(e.props), tuple(e.aliases), tuple(e.evidence), e.contained
            )
            for e in self.collector.entities.values()
        )
        return Extraction(
            self.source,
            ents,
            tuple(self.collector.relations.values()),
            tuple(self.warnings),
            self.report_form,
        )
