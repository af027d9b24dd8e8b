"""One document in, one :class:`~ingest.records.Extraction` out: the extractors in order.

structure (cached regions) -> own agreement/instrument (else the agreement a report
announces, else the letter agreement the document is) -> preamble parties (or a subscription
letter's subscriber and company) -> recital
parties -> what a report's item says of the announced agreement's parties (roles, serving
agents, obligors, the registrant's place) -> references, instruments (and a report's
facilities) -> signatures -> parties named by the signing formula ("For and on behalf of X"),
the signers of English execution clauses ("SIGNED by Y for and on behalf of X") and the
signers of an "undersigned" opening (a joint filing)
-> parties of the underlying agreements ->
financial relations (after both, so that signing roles such as "the Lenders" and the roles
an amendment carries over from the note it amends are known) -> agreements appended after
the signatures (a guarantors' consent: its own parties, signers and SECURES) -> exhibits
-> the notes written out in the document (own, attached or appended: terms, maker, payee)
-> remaining defined terms -> what an amendment changes -> the numbered sections of an
agreement's own text -> the number of each amendment named -> freeze. Each extractor reads
the shared :class:`~ingest.context.DocContext` and only adds to it; every span is built with
``ctx.span`` so its text is the slice it cites.
"""

from __future__ import annotations

from collections.abc import Callable

from ingest.agreements.amendment_numbers import extract_amendment_numbers
from ingest.agreements.exhibits import extract_exhibits
from ingest.agreements.own_agreement import extract_own_agreement
from ingest.announced import (
    extract_announced_agreement,
    extract_announced_roles,
    extract_registrant_place,
)
from ingest.announced_facilities import extract_announced_facilities
from ingest.announced_obligors import extract_announced_obligors, extract_serving_parties
from ingest.appended import (
    extract_appended,
    extract_appended_amendments,
    extract_guaranteed_notes,
)
from ingest.changes.extract import extract_changes
from ingest.context import DocContext
from ingest.defined_terms import extract_defined_terms, extract_joint_terms
from ingest.instruments.base_terms import extract_base_facilities, extract_base_terms
from ingest.instruments.cover_amounts import extract_cover_amounts
from ingest.instruments.extract import extract_instruments
from ingest.letters import extract_letter
from ingest.notes.extract import extract_note_texts
from ingest.notes.governed_with_agreement import extract_notes_governed_with_agreement
from ingest.notes.lender_notes import extract_lender_notes
from ingest.parties.behalf import extract_behalf_parties
from ingest.parties.class_lists import extract_class_lists
from ingest.parties.cover_capacities import extract_cover_capacities
from ingest.parties.cover_roles import extract_cover_roles
from ingest.parties.defined_as import extract_defined_as
from ingest.parties.definition_terms import extract_definition_terms
from ingest.parties.described_lists import extract_described_lists
from ingest.parties.details_table import extract_details_parties
from ingest.parties.letter_applicant import extract_letter_applicant
from ingest.parties.organized_under import extract_organized_under
from ingest.parties.preamble import extract_parties
from ingest.parties.pronoun_captions import extract_pronoun_captions
from ingest.parties.recital_terms import extract_recital_terms
from ingest.parties.recitals import extract_described_parties, extract_recital_parties
from ingest.parties.referred_as import extract_class_referred_as, extract_referred_as
from ingest.parties.scheduled_issuers import extract_scheduled_issuers
from ingest.parties.subscriber_openings import extract_subscriber_opening
from ingest.parties.undefined_roles import extract_undefined_roles
from ingest.records import Extraction, SourceDocument
from ingest.references.amends import extract_instruments_amended, extract_title_bases
from ingest.references.extract import extract_references
from ingest.references.supplemental_indentures import extract_supplemented_indentures
from ingest.relations.agreement_makers import extract_agreement_makers
from ingest.relations.defined_lc_issuers import extract_defined_lc_issuers
from ingest.relations.delivered_notes import extract_delivered_notes
from ingest.relations.evidencing_notes import extract_evidencing_notes
from ingest.relations.executed_delivered_notes import extract_executed_delivered_notes
from ingest.relations.extract import extract_note_guaranties, extract_relations
from ingest.relations.held_amounts import extract_held_amounts
from ingest.relations.lc_sublimits import extract_lc_sublimits
from ingest.relations.lent_amounts import extract_lent_amounts, extract_lent_letters_of_credit
from ingest.relations.note_dating import extract_note_dating
from ingest.restatements import extract_restatements
from ingest.sections import extract_own_sections
from ingest.signatures.executed_by import extract_executed_by
from ingest.signatures.extract import extract_signatures
from ingest.signatures.party_captions import extract_party_captions
from ingest.structure.analysis import analyze
from ingest.underlying import extract_underlying_parties
from ingest.undersigned import extract_undersigned_parties

Extractor = Callable[[DocContext], None]

#: The extractors in the order they run (later ones read what earlier ones added).
PIPELINE: tuple[Extractor, ...] = (
    extract_own_agreement,
    extract_announced_agreement,
    extract_letter,
    extract_parties,
    extract_details_parties,
    extract_cover_roles,
    extract_subscriber_opening,
    extract_letter_applicant,
    extract_recital_parties,
    extract_described_lists,
    extract_class_lists,
    extract_referred_as,
    extract_class_referred_as,
    extract_recital_terms,
    extract_announced_roles,
    extract_serving_parties,
    extract_announced_obligors,
    extract_registrant_place,
    extract_references,
    extract_instruments,
    extract_announced_facilities,
    extract_restatements,
    extract_signatures,
    extract_behalf_parties,
    extract_executed_by,
    extract_undersigned_parties,
    extract_underlying_parties,
    extract_described_parties,
    extract_scheduled_issuers,
    extract_joint_terms,
    extract_organized_under,
    extract_defined_as,
    extract_definition_terms,
    extract_undefined_roles,
    extract_pronoun_captions,
    extract_relations,
    extract_appended,
    extract_appended_amendments,
    extract_party_captions,
    extract_exhibits,
    extract_agreement_makers,
    extract_executed_delivered_notes,
    extract_title_bases,
    extract_supplemented_indentures,
    extract_note_texts,
    extract_evidencing_notes,
    extract_delivered_notes,
    extract_note_dating,
    extract_note_guaranties,
    extract_lent_amounts,
    extract_cover_amounts,
    extract_held_amounts,
    extract_lender_notes,
    extract_notes_governed_with_agreement,
    extract_guaranteed_notes,
    extract_base_terms,
    extract_base_facilities,
    extract_instruments_amended,
    extract_cover_capacities,
    extract_defined_terms,
    extract_defined_lc_issuers,
    extract_lc_sublimits,
    extract_lent_letters_of_credit,
    extract_changes,
    extract_own_sections,
    extract_amendment_numbers,
)


def extract(source: SourceDocument) -> Extraction:
    """Everything the document states, with evidence; never touches a database."""
    ctx = DocContext(source)
    analyze(ctx.text)
    for step in PIPELINE:
        step(ctx)
    return ctx.freeze()
