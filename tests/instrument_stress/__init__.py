"""Notes, debentures and warrants written for the instrument stress test (issue 13), each with
the instrument facts expected of it, stated before the extractor ran on any of them.

Every passage is invented (names, amounts, dates) in one general drafting shape: promissory
notes (Maker/Payee, Borrower/Lender, Company/Holder, Issuer/bearer), notes a credit or loan
agreement delivers (a standalone exhibit and the form attached), an allonge, a debenture, a
warrant certificate, a warrant agreement, note and securities purchase agreements with their
purchasers, a subscription agreement, a note amendment and a note modification, a report's
list of tranches and an 8-K announcing notes. A fact is ``(type, source, target)``: a party's
name as written, an instrument's or agreement's title by a word group it contains (lower
case). ``optional`` facts count neither way.
"""

from __future__ import annotations

from tests.instrument_stress.notes import (
    ALLONGE,
    BEARER_NOTE,
    CAPTION_NOTE,
    JOINT_PAYEES,
    NOTE_AMENDMENT,
    NOTE_MODIFICATION,
    PLAIN_NOTE,
    REVOLVING_FORM,
    TERM_NOTE_EXHIBIT,
)
from tests.instrument_stress.securities import (
    DEBENTURE,
    EIGHT_K,
    ISSUER_PURCHASER,
    NOTE_PURCHASE,
    REPORT_TRANCHES,
    SECURITIES_PURCHASE,
    SUBSCRIPTION,
    WARRANT_AGREEMENT,
    WARRANT_CERTIFICATE,
)
from tests.instrument_stress.stress import Stress

#: the first round, in the order it was written
ALL: tuple[Stress, ...] = (
    PLAIN_NOTE,
    TERM_NOTE_EXHIBIT,
    REVOLVING_FORM,
    ALLONGE,
    DEBENTURE,
    WARRANT_CERTIFICATE,
    WARRANT_AGREEMENT,
    NOTE_PURCHASE,
    SECURITIES_PURCHASE,
    SUBSCRIPTION,
    NOTE_AMENDMENT,
    NOTE_MODIFICATION,
    REPORT_TRANCHES,
    EIGHT_K,
    BEARER_NOTE,
    JOINT_PAYEES,
    CAPTION_NOTE,
    ISSUER_PURCHASER,
)
