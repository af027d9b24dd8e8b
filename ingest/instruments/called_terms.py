"""The verb some drafts put between a parenthesis and the term it defines: "(collectively
called the "Loans" and individually called a "Loan")", "(herein, as from time to time amended,
called the "Note")", "(hereinafter referred to as the "Revolving Loans")".

Exists because the readers of loan and note terms took a parenthesis to name its term right
after its opening words ("collectively, the", "each, a"); older bank forms write a verb there.
:data:`CALLED` is a fragment the loan-term and note-term rules build in (tested with them).
"""

from __future__ import annotations

#: "called ", "herein called ", "hereinafter referred to as ", "herein designated as ": the verb
#: (with its "herein") that may stand before the article of a term a parenthesis defines
CALLED = (
    r"(?:(?:herein(?:after)?|hereafter)\s+)?"
    r"(?:called|referred\s+to\s+as|designated(?:\s+as)?)\s+"
)
