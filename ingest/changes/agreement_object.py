"""An active operative phrase whose object is the agreement itself, the section it changes
named in its "by ..." clause: "The parties hereby amend the Agreement by deleting Section 5.3
in its entirety and substituting the following:". It reads as the passive "The Agreement is
hereby amended by deleting Section 5.3 ...", whose subject is the agreement and whose
"by ..." clause names what changes.

Vocabulary:
- *agreement object*: "the Agreement", "the Credit Agreement", "this Lease" right after
  "hereby amend" or "agree to amend", followed by "by" and the verb of the change.
"""

from __future__ import annotations

from ingest.rules import rule

AMEND_AGREEMENT_BY = rule(
    "changes.amend_agreement_by",
    r"\b(?:hereby\s+amends?|(?:hereby\s+)?agree\s+to\s+amend)\s+(?:the|this|such|said)\s+"
    r"(?-i:[A-Z][\w\-]*)(?:\s+(?-i:[A-Z][\w\-]*|of|and)){0,5}\s+(?=by\s+(?:deleting|striking"
    r"|inserting|adding|replacing|substituting|amending|restating)\b)",
    reads="an operative clause: the active phrase that amends the agreement, the part it "
    "changes named after 'by'",
    matches=[
        "The parties hereby amend the Agreement by deleting Section 5.3 in its entirety",
        "Landlord and Tenant agree to amend the Lease by adding the following Section 41:",
        "the Lenders hereby amend the Credit Agreement by inserting a new Section 7.14",
    ],
    rejects=[
        "the Borrower has requested that the Lender amend the Agreement by deleting Section 5",
        "The parties hereby amend the Agreement as follows:",
        "the parties agree to amend Section 3.1 by deleting the words",
    ],
)
