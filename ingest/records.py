"""The typed records that flow out of ``ingest``: a source document, and what was found in it.

Vocabulary:
- *Span*: ``[start, end)`` character offsets into the decoded document text, with the text
  itself; ``text == document.text[start:end]`` always (tests check every one).
- *ref*: a document-local id of an entity ("party:zoltek", "agreement:self"). Identity across
  documents is decided later, in ``graph.resolve``, never here.
- *EntityRecord*: one agreement, party, instrument or asset the document states or mentions.
- *RelationRecord*: one relation the text states, between two refs, with its evidence.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field

#: Property values are primitives or tuples of primitives (both stores accept only these).
PropValue = str | int | float | bool | tuple[str, ...] | None


@dataclass(frozen=True, slots=True)
class Span:
    start: int
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class Filing:
    """Where a document was filed on EDGAR, and by whom (from a fetch, a full submission's
    SEC header, or a sidecar file). ``cik`` is the filer's, ten digits; ``company`` its
    conformed name at filing and ``former_names`` the names EDGAR lists for it before."""

    accession: str
    cik: str
    company: str = ""
    form_type: str | None = None
    filing_date: str | None = None  # YYYY-MM-DD
    exhibit_type: str | None = None  # "EX-10.2"
    former_names: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class SourceDocument:
    """One document as decoded by a reader: the text every evidence offset indexes."""

    text: str
    path: str
    title: str = ""
    exhibit: str | None = None
    #: where in a multi-part file this came from ("EX-10.14 part 3"), for messages only.
    part: str | None = None
    #: the EDGAR filing it belongs to, when known
    filing: Filing | None = None

    @property
    def key(self) -> str:
        return hashlib.sha256(self.text.encode("utf-8")).hexdigest()


@dataclass(frozen=True, slots=True)
class EntityRecord:
    ref: str
    label: str  # a label of graph.schema.NODE_TYPES other than Document
    props: dict[str, PropValue] = field(default_factory=dict)
    aliases: tuple[str, ...] = ()
    evidence: tuple[Span, ...] = ()
    #: True when this document holds the entity's own text (the Document CONTAINS it).
    contained: bool = False


#: Relation properties whose value is a ref (resolved to a node key by ``graph.resolve``).
REF_PROPS = ("on_behalf_of", "instrument")


@dataclass(frozen=True, slots=True)
class RelationRecord:
    type: str  # a type of graph.schema.REL_TYPES
    source: str  # ref
    target: str  # ref
    props: dict[str, PropValue] = field(default_factory=dict)
    evidence: tuple[Span, ...] = ()


@dataclass(frozen=True, slots=True)
class Extraction:
    """Everything extracted from one document; the unit that is written in one transaction."""

    document: SourceDocument
    entities: tuple[EntityRecord, ...] = ()
    relations: tuple[RelationRecord, ...] = ()
    warnings: tuple[str, ...] = ()
    #: the form of the SEC report the document itself is, read from its cover ("8-K"); None
    #: for an agreement or an instrument
    report_form: str | None = None
