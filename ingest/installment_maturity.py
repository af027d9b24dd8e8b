"""The maturity an installment note states as the end of its schedule: "payable in quarterly
installments ... commencing on January 1, 1998, and on the first day of each calendar quarter
thereafter until November 1, 2002, when the entire unpaid balance of principal and interest
thereon shall be due and payable".

Kept apart from the other maturity shapes of :mod:`ingest.instruments` (which reads them in
order, this one last) so that module does not grow.
"""

from __future__ import annotations

from ingest.references.titles import DATE
from ingest.rules import passage, rule

UNTIL_BALANCE_DUE = rule(
    "installment_maturity.until_balance_due",
    rf"(?is)\buntil\s+(?P<date>{DATE}),?\s+(?:when|at\s+which\s+time|on\s+which\s+date)\s+"
    r"(?:the\s+)?(?:entire\s+|whole\s+|full\s+)?(?:remaining\s+|outstanding\s+)?unpaid\s+"
    r"(?:principal\s+)?balance\b[^.;]{0,120}?\bdue\s+and\s+payable",
    reads="the maturity an installment note states: the installments run until a date, when the "
    "entire unpaid balance is due",
    matches=[
        passage(
            "on the first day of each calendar quarter thereafter until November 1, 2002, when "
            "the entire unpaid balance of principal and interest thereon shall be due and payable",
            date="November 1, 2002",
        ),
        passage(
            "monthly installments until June 1, 2010, at which time the unpaid principal balance "
            "shall be due and payable in full",
            date="June 1, 2010",
        ),
    ],
    rejects=[
        # a drawing period, not a maturity
        "advances may be made until June 1, 2010, when the commitment terminates",
        "until June 1, 2010, when the Borrower shall pay interest only",
    ],
)
