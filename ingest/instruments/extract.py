"""The instruments step of the pipeline: the document's own instrument, the ones its
sentences define, the titled ones and its lines of credit, in that order.
"""

from __future__ import annotations

from ingest.context import DocContext
from ingest.instruments.advance_definitions import advance_definitions
from ingest.instruments.bank_loan_classes import bank_loan_classes
from ingest.instruments.defined import defined_instruments
from ingest.instruments.defined_commitments import defined_commitments
from ingest.instruments.defined_facilities import defined_facilities
from ingest.instruments.described_facilities import described_facilities, facility_never_named
from ingest.instruments.facility_definitions import facility_definitions
from ingest.instruments.facility_fields import facility_fields
from ingest.instruments.headed_facilities import headed_facilities
from ingest.instruments.known import fill_mentioned, fill_self
from ingest.instruments.lines_of_credit import lines_of_credit
from ingest.instruments.loan_classes import loan_classes
from ingest.instruments.loan_definitions import loan_definitions
from ingest.instruments.recited_facilities import recited_facilities
from ingest.instruments.requested_facilities import requested_facilities
from ingest.instruments.section_loan_classes import section_loan_classes
from ingest.instruments.several_lending import several_lending
from ingest.instruments.single_loans import single_loans
from ingest.instruments.swing_line_loans import swing_line_loans
from ingest.instruments.unquoted_facilities import unquoted_facilities


def extract_instruments(ctx: DocContext) -> None:
    """Instrument entities and their financial terms (amount, rate, maturity, exercise price),
    the line of credit (or the one loan, or the one facility a definition names) the
    document's own agreement makes available, the facilities its preliminary statements
    request, and the loans it recites of another agreement."""
    fill_self(ctx)
    defined_instruments(ctx)
    lines_of_credit(ctx)
    unquoted_facilities(ctx)
    facility_fields(ctx)
    defined_commitments(ctx)
    single_loans(ctx)
    defined_facilities(ctx)
    described_facilities(ctx)
    recited_facilities(ctx)
    facility_definitions(ctx)
    advance_definitions(ctx)
    loan_classes(ctx)
    section_loan_classes(ctx)
    bank_loan_classes(ctx)
    several_lending(ctx)
    loan_definitions(ctx)
    swing_line_loans(ctx)
    requested_facilities(ctx)
    headed_facilities(ctx)
    facility_never_named(ctx)
    fill_mentioned(ctx)
