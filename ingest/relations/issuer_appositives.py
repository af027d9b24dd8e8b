"""The issuer a clause promising letters of credit names by an appositive of capacity: "Acme
Bank, in its capacity as issuer of any Letter of Credit (the "Issuing Lender"), in reliance on
the agreements of the other Lenders ..., agrees to issue letters of credit".

Exists because the promise readers (:mod:`.letters_of_credit`, :mod:`.defined_letters_of_credit`)
take the issuer as the nearest name before the verb, and in this shape a phrase between the
subject and the verb names other parties ("the other Lenders": with two Lenders, the wrong
bank). :mod:`.issuer_capacities` reads the same capacity only where it defines the issuing
bank's term.
"""

from __future__ import annotations

from ingest.context import DocContext
from ingest.relations.slots import labelled, named_only, parties_named
from ingest.rules import passage, rule

ISSUER_APPOSITIVE = rule(
    "relations.letters_of_credit.issuer_appositive",
    r"(?P<by>[A-Z][\w&'\u2019.-]*(?:,?\s+(?:(?:of|and|&)\s+)?[A-Z][\w&'\u2019.-]*){0,8}),\s+"
    r"(?i:in\s+its\s+capacity\s+as\s+(?:the\s+)?issuer\s+of\s+(?:the\s+|any\s+|each\s+)?"
    r"letters?\s+of\s+credit)\b",
    reads="the subject of a clause named with its capacity as the issuer of the letters of "
    "credit: the bank that issues them",
    matches=[
        passage(
            "Subject to the terms and conditions hereof, Harwood Trust Company, in its capacity "
            'as issuer of any Letter of Credit (the "Issuing Lender") in reliance on the '
            "agreements of the other Lenders set forth in subsection 2.3(d), agrees to issue "
            'letters of credit (the "Letters of Credit") for the account of the Company.',
            by="Harwood Trust Company",
        ),
        passage(
            "Dunmore Savings Bank, N.A., in its capacity as the issuer of the Letters of Credit, "
            "shall from time to time issue standby letters of credit for the Borrower.",
            by="Dunmore Savings Bank, N.A.",
        ),
    ],
    rejects=[
        # another capacity
        "Harwood Trust Company, in its capacity as lender of Swingline Loans, agrees to make "
        "Swingline Loans to the Borrower.",
        # no name: a role word
        "any Lender, in its capacity as a participant in Letters of Credit, agrees to pay",
    ],
)


def capacity_issuer(ctx: DocContext, clause: str) -> list[str]:
    """The one party a clause names with its capacity as issuer of the letters of credit (the
    last such appositive before the verb), by its legal name or a defined term, or []."""
    found = list(ISSUER_APPOSITIVE.finditer(clause))
    if not found:
        return []
    # a legal name first ("Harwood Trust Company", not the defined "Company" its last word is)
    by = found[-1]["by"]
    issuers = named_only(ctx, by) or labelled(ctx, parties_named(ctx, by), "Party")
    return issuers if len(issuers) == 1 else []
