"""Instrument shapes written blind for issue 13: notes, debentures, bonds, warrants and letters of
credit in many drafting shapes and eras, each with the edges (HOLDS, ISSUES, ISSUED_UNDER) and
key attributes expected of it, stated before the extractor ran on any of them.

Every passage is invented (names, amounts, dates). A fact is ``(type, source, target)`` as in
:mod:`tests.instrument_stress`: a party's name as written, an instrument's or agreement's title by
a word group it contains (lower case); ``optional`` facts count neither way.
"""

from __future__ import annotations

from tests.instrument_shapes.credit import (
    ALLONGE,
    AMENDMENT_REPLACEMENT_NOTES,
    CLOSING_DELIVERIES_TWO_NOTES,
    EACH_LENDER_REVOLVING_NOTE,
    LETTERS_OF_CREDIT_IN_CREDIT_AGREEMENT,
    LOANS_EVIDENCED_BY_A_NOTE,
    NOTE_MODIFICATION,
    REIMBURSEMENT_AGREEMENT,
    RESTATED_NOTE,
    SINGLE_BANK_LOAN_NOTE,
    STANDBY_LETTER_OF_CREDIT,
    SWING_LINE_NOTE,
    TERM_NOTE_FORM,
)
from tests.instrument_shapes.notes import (
    CLASSIC_NOTE,
    CONVERTIBLE_DEBENTURE,
    CONVERTIBLE_NOTE,
    DEMAND_NOTE,
    GLOBAL_NOTE,
    HTML_SPACED_NOTE,
    JOINT_MAKERS,
    KEY_VALUE_NOTE,
    MORTGAGE_BOND,
    SECURED_NOTE_UNDER_LOAN,
    SUBORDINATED_DEBENTURE,
    SUBORDINATED_NOTE_STOCK_PURCHASE,
)
from tests.instrument_shapes.securities import (
    EIGHT_K_CONVERTIBLE_NOTES,
    INDENTURE_WITH_TRUSTEE,
    NOTE_PURCHASE_SCHEDULE_A,
    REPORT_TRANCHES,
    SCHEDULE_OF_OUTSTANDING_NOTES,
    SECURITIES_PURCHASE_NOTES_WARRANTS,
    WARRANT_AGREEMENT_WITH_AGENT,
    WARRANT_CERTIFICATE,
    WARRANT_SUBSCRIBE_FOR,
    WARRANT_UNDER_LOAN_1996,
)
from tests.instrument_shapes.shape import Shape

ALL: tuple[Shape, ...] = (
    CLASSIC_NOTE,
    JOINT_MAKERS,
    SECURED_NOTE_UNDER_LOAN,
    CONVERTIBLE_NOTE,
    CONVERTIBLE_DEBENTURE,
    SUBORDINATED_NOTE_STOCK_PURCHASE,
    DEMAND_NOTE,
    KEY_VALUE_NOTE,
    HTML_SPACED_NOTE,
    GLOBAL_NOTE,
    MORTGAGE_BOND,
    SUBORDINATED_DEBENTURE,
    EACH_LENDER_REVOLVING_NOTE,
    TERM_NOTE_FORM,
    SWING_LINE_NOTE,
    LOANS_EVIDENCED_BY_A_NOTE,
    SINGLE_BANK_LOAN_NOTE,
    CLOSING_DELIVERIES_TWO_NOTES,
    LETTERS_OF_CREDIT_IN_CREDIT_AGREEMENT,
    STANDBY_LETTER_OF_CREDIT,
    REIMBURSEMENT_AGREEMENT,
    ALLONGE,
    NOTE_MODIFICATION,
    RESTATED_NOTE,
    AMENDMENT_REPLACEMENT_NOTES,
    NOTE_PURCHASE_SCHEDULE_A,
    SECURITIES_PURCHASE_NOTES_WARRANTS,
    WARRANT_CERTIFICATE,
    WARRANT_UNDER_LOAN_1996,
    WARRANT_SUBSCRIBE_FOR,
    WARRANT_AGREEMENT_WITH_AGENT,
    INDENTURE_WITH_TRUSTEE,
    EIGHT_K_CONVERTIBLE_NOTES,
    REPORT_TRANCHES,
    SCHEDULE_OF_OUTSTANDING_NOTES,
)
