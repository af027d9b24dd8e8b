"""Guarantors in the shapes bank forms and amendments give them, probed by the lead with
passages written for the test (never copied from a filing):

- a lender's block below the guarantors' caption that states its own capacity ("MERIDIAN
  TRUST COMPANY, as a Lender", on its line or the line below) is outside the caption: it
  guarantees nothing;
- a "Loan and Security Agreement" (or "Loan and Guaranty Agreement") is a loan agreement
  first: the guarantors consenting to its amendment secure it, a person signing the consent
  "individually" too;
- a guaranty whose opening sentence speaks of another document ("to induce Lender to make a
  loan ... evidenced by a Promissory Note dated ...") is the guaranty its heading names, not
  that note; its guarantors sign with a bare "/s/" line and no witness clause; the companies
  its opening describes with their terms ("FIRST COASTAL BANK ... ("Lender")") are named.
"""

from __future__ import annotations

import pytest

from ingest.agreements.referenced_titles import referenced
from ingest.references.kinds import title_kind
from tests.passages import edges, entity_names, extract_text

_CREDIT = """CREDIT AGREEMENT

CREDIT AGREEMENT dated as of March 3, 2009 among {borrower}, a Delaware corporation (the
"Borrower"), the Subsidiary Guarantors party hereto, the Lenders party hereto and NORTHERN STATE
BANK, as Administrative Agent.

SECTION 2.01. Commitments. Each Lender agrees to make Revolving Loans to the Borrower in an
aggregate principal amount not exceeding its Commitment.

SECTION 9.01. Guarantee. Each Subsidiary Guarantor unconditionally guarantees the Obligations
of the Borrower.

IN WITNESS WHEREOF, the parties have executed this Agreement as of the date first above written.

{borrower}

By: /s/ Anne Clark
    Name: Anne Clark
    Title: Chief Financial Officer

SUBSIDIARY GUARANTORS:

{guarantor_1}
{guarantor_2}

By: /s/ Anne Clark
    Name: Anne Clark
    Title: Vice President of each of the foregoing

NORTHERN STATE BANK, as Administrative Agent and as a Lender

By: /s/ Peter Moss
    Name: Peter Moss
    Title: Senior Vice President

{lender_lines}

By: /s/ Lee Park
    Name: Lee Park
    Title: Director
"""


@pytest.mark.parametrize(
    ("borrower", "guarantors", "lender", "lender_lines"),
    [
        (
            "HARLOW FOODS, INC.",
            ("HARLOW BAKERIES, INC.", "HARLOW DAIRY LLC"),
            "MERIDIAN TRUST COMPANY",
            "MERIDIAN TRUST COMPANY, as a Lender",
        ),
        (
            "ORCHARD TOOLS CORP.",
            ("ORCHARD WEST, INC.", "ORCHARD FORGE CO."),
            "BAYSIDE CAPITAL FUNDING LLC",
            "BAYSIDE CAPITAL FUNDING LLC\nas a Lender",
        ),
    ],
)
def test_lender_with_own_capacity_below_guarantors_caption(
    borrower: str, guarantors: tuple[str, str], lender: str, lender_lines: str
) -> None:
    x = extract_text(
        _CREDIT.format(
            borrower=borrower,
            guarantor_1=guarantors[0],
            guarantor_2=guarantors[1],
            lender_lines=lender_lines,
        )
    )
    securing = {s for s, _ in edges(x, "SECURES")}
    assert set(guarantors) <= securing
    assert lender not in securing
    assert (lender, borrower) in edges(x, "LENDS_TO")


def test_guarantor_capacity_keeps_the_caption() -> None:
    """A block stating a guarantor's capacity is no lender's block: it still guarantees."""
    text = _CREDIT.format(
        borrower="HARLOW FOODS, INC.",
        guarantor_1="HARLOW BAKERIES, INC.",
        guarantor_2="HARLOW DAIRY LLC",
        lender_lines="MERIDIAN TRUST COMPANY, as a Lender",
    ).replace("HARLOW DAIRY LLC\n", "HARLOW DAIRY LLC, as a Subsidiary Guarantor\n")
    assert "HARLOW DAIRY LLC" in {s for s, _ in edges(extract_text(text), "SECURES")}


@pytest.mark.parametrize(
    ("title", "kind"),
    [
        ("Loan and Security Agreement", "loan_agreement"),
        ("Loan and Guaranty Agreement", "loan_agreement"),
        ("Pledge and Security Agreement", "security_agreement"),
        ("Security Agreement", "security_agreement"),
        ("Loan Guaranty Agreement", "guaranty"),
        ("Continuing Guaranty", "guaranty"),
    ],
)
def test_a_loan_that_also_secures_is_a_loan_agreement(title: str, kind: str) -> None:
    assert title_kind(title) == kind


_CONSENT = """{amendment_title}

     THIS {amendment_title} (this "Amendment") is entered into as of June 30, 2011, by and
between {bank}, a Washington banking corporation ("Bank"), and {borrower}, a Delaware
corporation ("Borrower").

                                    RECITALS

     A. Bank and Borrower are parties to that certain {base} dated as of May 1, 2009 (as
amended, the "Loan Agreement").

     NOW, THEREFORE, the parties agree as follows:

     1. Section 6.7 of the Loan Agreement is amended by deleting "$4,000,000" and inserting
"$5,000,000" in its place.

     IN WITNESS WHEREOF, the parties have executed this Amendment as of the date first written
above.

BORROWER:                                   BANK:

{borrower}                     {bank}

By: /s/ Dana Lowe                           By: /s/ Marcus Hale
Name: Dana Lowe                             Name: Marcus Hale
Title: CFO                                  Title: Vice President


                        CONSENT AND REAFFIRMATION OF GUARANTORS

     Each of the undersigned guarantors of the obligations of Borrower to Bank (each, a
"Guarantor") hereby consents to the foregoing Amendment and reaffirms that its guaranty of the
Loan Agreement remains in full force and effect.

{guarantor}

By: /s/ Dana Lowe
Name: Dana Lowe
Title: Treasurer

/s/ {person}
{person_upper}, individually
"""


@pytest.mark.parametrize(
    ("base", "bank", "borrower", "guarantor", "person"),
    [
        (
            "Loan and Security Agreement",
            "CASCADE RIVER BANK",
            "TALLGRASS SYSTEMS, INC.",
            "TALLGRASS HOLDINGS CORP.",
            "Robert Tallman",
        ),
        (
            "Loan and Guaranty Agreement",
            "PRAIRIE STATE BANK",
            "WILLOWBY FOODS, INC.",
            "WILLOWBY PARENT LLC",
            "Carla Mendez",
        ),
    ],
)
def test_guarantors_consenting_secure_the_loan_and_security_agreement(
    base: str, bank: str, borrower: str, guarantor: str, person: str
) -> None:
    x = extract_text(
        _CONSENT.format(
            amendment_title=f"SECOND AMENDMENT TO {base.upper()}",
            base=base,
            bank=bank,
            borrower=borrower,
            guarantor=guarantor,
            person=person,
            person_upper=person.upper(),
        )
    )
    securing = edges(x, "SECURES")
    assert (guarantor, base) in securing
    assert (person, base) in securing
    assert not any(s in (bank, borrower) for s, _ in securing)


_GUARANTY = """                                                              Exhibit 10.4

                              {heading}

     FOR VALUE RECEIVED, and to induce {bank}, a North Carolina state bank ("Lender"), to make
a loan in the original principal amount of $2,500,000 to {borrower}, a Delaware corporation
("Borrower"), evidenced by a {note_title} dated September 12, 2013 made by Borrower payable to
the order of Lender (the "Note"), the undersigned, {g1_upper} and {g2_upper}, residents of
Wilmington, North Carolina (each a "Guarantor"), jointly and severally, hereby unconditionally
guarantee to Lender the full and prompt payment when due of all amounts owing by Borrower under
the Note.

     1. Nature of Guaranty. This is a guaranty of payment and not of collection.

     2. Governing Law. This Guaranty shall be governed by the laws of the State of North
Carolina.

                                        GUARANTORS:

                                        /s/ {g1}
                                        ------------------------------
                                        {g1_upper}

                                        /s/ {g2}
                                        ------------------------------
                                        {g2_upper}
"""


@pytest.mark.parametrize(
    ("heading", "bank", "borrower", "note_title", "g1", "g2"),
    [
        (
            "UNCONDITIONAL GUARANTY",
            "FIRST COASTAL BANK",
            "PINEWOOD LOGISTICS, INC.",
            "Promissory Note",
            "James R. Oakley",
            "Martha L. Oakley",
        ),
        (
            "GUARANTY AGREEMENT",
            "SOUND BANK OF COMMERCE",
            "HERON MARINE SUPPLY CORP.",
            "Term Note",
            "Walter Brisco",
            "Ellen Brisco",
        ),
    ],
)
def test_guaranty_opening_on_the_loan_it_induces(
    heading: str, bank: str, borrower: str, note_title: str, g1: str, g2: str
) -> None:
    x = extract_text(
        _GUARANTY.format(
            heading=heading,
            bank=bank,
            borrower=borrower,
            note_title=note_title,
            g1=g1,
            g2=g2,
            g1_upper=g1.upper(),
            g2_upper=g2.upper(),
        )
    )
    own = next(e for e in x.entities if e.ref == "agreement:self")
    assert own.label == "Agreement" and own.props["kind"] == "guaranty"
    names = set(entity_names(x).values())
    assert {bank, borrower, g1, g2} <= names
    assert {(g1, heading.title()), (g2, heading.title())} <= edges(x, "SIGNED")
    assert (borrower, note_title) in edges(x, "ISSUES")
    assert (bank, note_title) in edges(x, "HOLDS")


@pytest.mark.parametrize(
    ("before", "points"),
    [
        ("to make a loan to Borrower, evidenced by a ", True),
        ("the loans made pursuant to the ", True),
        ("Borrower has executed and delivered to Lender an ", True),
        ("THIS ", False),
        ("This Continuing Guaranty is made by ", False),
        ("listed on Schedule A ", False),
    ],
)
def test_words_that_point_at_another_document(before: str, points: bool) -> None:
    text = before + "Promissory Note dated June 1, 2010"
    assert referenced(text, len(before)) is points
