"""Two shapes of credit documents whose lending the roles alone must give:

- "the Company" is the borrower: a loan agreement or its amendment among "Corvell
  Industries, Inc. (the "Company")" and banks each "a Lender", with no clause that says who
  lends to whom, has each lender lending to the Company (unless the document defines its
  borrowers as subsidiaries the Company designates later);
- the parties named at the head without a preamble sentence ("AMENDMENT NO. 2 TO THE CREDIT
  AGREEMENT among Wexley Paper, Inc. (the "Borrower"), the banks ... (collectively, the
  "Lenders") ...") are read even where an exhibit's form pages later opens with one ("THIS
  ASSIGNMENT AND ACCEPTANCE ... between [Assignor] and [Assignee]").

Passages written for the test in the shapes of filed loan agreements and amendments; never
copied from a filing. The lead found both shapes by counts of held-out lending pairs whose
two parties were found with no lending between them (the borrower's only role "Company"; a
head naming the parties that was never read).
"""

from __future__ import annotations

import pytest

from tests.passages import edges, extract_text

_LOAN_AMENDMENT = """SECOND AMENDMENT TO LOAN AGREEMENT

THIS SECOND AMENDMENT TO LOAN AGREEMENT (this "Amendment") is entered into as of August 14,
2009, by and among {company}, a Minnesota corporation (the "Company"), {lenders}.

RECITALS

A. The Company and the {klasses} are parties to a Loan Agreement dated as of May 1, 2007 (as
amended, the "Loan Agreement").

B. The Company has requested that the {klasses} amend the Loan Agreement as set forth below.

1. Section 5.2 of the Loan Agreement is amended by deleting "$10,000,000" and inserting
"$12,000,000".

IN WITNESS WHEREOF, the parties have executed this Amendment as of the date first written
above.

{signers}
"""


def _amendment(company: str, lenders: str, klasses: str, blocks: list[tuple[str, str]]) -> str:
    """The amendment with its lenders' clause, the word the recitals call them by, and one
    signature block per (name, signer)."""
    signers = "\n".join(
        f"{name}\n\nBy: /s/ {signer}\nName: {signer}\nTitle: Vice President\n"
        for name, signer in blocks
    )
    return _LOAN_AMENDMENT.format(
        company=company, lenders=lenders, klasses=klasses, signers=signers
    )


@pytest.mark.parametrize(
    ("company", "lenders", "klasses", "blocks", "lending"),
    [
        (
            "CORVELL INDUSTRIES, INC.",
            'NORTHERN PLAINS BANK, N.A. (a "Lender") and DAKOTA STATE BANK (a "Lender", and'
            ' together with Northern Plains Bank, N.A., the "Lenders")',
            "Lenders",
            [
                ("CORVELL INDUSTRIES, INC.", "Dana Ruiz"),
                ("NORTHERN PLAINS BANK, N.A.", "Lee Hart"),
                ("DAKOTA STATE BANK", "Sam Oya"),
            ],
            {
                ("Northern Plains Bank, N.A.", "CORVELL INDUSTRIES, INC."),
                ("DAKOTA STATE BANK", "CORVELL INDUSTRIES, INC."),
            },
        ),
        (
            "Ostrava Cable Holdings, Inc.",
            'and Lindqvist Savings Bank, a Washington savings bank (the "Lender")',
            "Lender",
            [("OSTRAVA CABLE HOLDINGS, INC.", "Pia Lund"), ("LINDQVIST SAVINGS BANK", "Ivo Brand")],
            {("Lindqvist Savings Bank", "Ostrava Cable Holdings, Inc.")},
        ),
    ],
)
def test_the_lenders_lend_to_the_company(
    company: str,
    lenders: str,
    klasses: str,
    blocks: list[tuple[str, str]],
    lending: set[tuple[str, str]],
) -> None:
    assert edges(extract_text(_amendment(company, lenders, klasses, blocks)), "LENDS_TO") == lending


def test_borrowers_the_company_designates_later_are_not_the_company() -> None:
    """Near miss: the Company designates its subsidiaries as the borrowers; it lends to no
    one and borrows nothing under this definition, so the role gives no lending."""
    text = _amendment(
        "Ferris Marine Group, Inc.",
        'and Harbor Point Bank (the "Lender")',
        "Lender",
        [("FERRIS MARINE GROUP, INC.", "Ada Venn"), ("HARBOR POINT BANK", "Rui Sol")],
    ).replace(
        "1. Section 5.2",
        '1. Definitions. Section 1.1 is amended by adding:\n"Borrower" means each Subsidiary'
        " of the Company designated as a borrower by the Company in a notice to the Lender."
        "\n\n2. Section 5.2",
    )
    assert not edges(extract_text(text), "LENDS_TO")


_HEAD_AMENDMENT = """                                                       EXHIBIT 10.2

                   AMENDMENT NO. 2 TO THE
                     CREDIT AGREEMENT

                 Dated as of September 12, 2002

          AMENDMENT NO. 2 TO THE CREDIT AGREEMENT among {borrower},
Inc., a Delaware corporation (the "Borrower"), the banks, financial institutions
and other institutional lenders parties to the Credit Agreement referred to
below (collectively, the "Lenders"), and {agent}, as administrative
agent (the "Agent") for the Lenders.

          PRELIMINARY STATEMENTS:

          (1) The Borrower, the Lenders and the Agent have entered into a Credit
Agreement dated as of March 1, 2001 (as amended, the "Credit Agreement").

          SECTION 1. Amendments to Credit Agreement. The Credit Agreement is,
effective as of the date hereof, hereby amended as follows: (a) Section
5.03(c) is amended by deleting "3.00" and inserting "3.25".

          IN WITNESS WHEREOF, the parties hereto have caused this Amendment
to be executed by their respective officers thereunto duly authorized, as of
the date first above written.

                                   {borrower_caps}, INC.

                                   By /s/ Mark Dole
                                      Title: Treasurer

                                   {agent_caps},
                                     as Administrative Agent and as Lender

                                   By /s/ Ruth Fenn
                                      Title: Vice President

                                   {lender}

                                   By /s/ Lin Qiu
                                      Title: Vice President

<PAGE>

                                                       EXHIBIT A

                        FORM OF ASSIGNMENT AND ACCEPTANCE

          THIS ASSIGNMENT AND ACCEPTANCE dated as of ____________, ____ is
made between [NAME OF ASSIGNOR] (the "Assignor") and [NAME OF ASSIGNEE] (the
"Assignee").

          The Assignor and the Assignee agree as follows: 1. The Assignor hereby
sells and assigns to the Assignee the interest in and to the Assignor's rights
and obligations under the Credit Agreement described in Schedule 1.
"""


def _head_amendment(borrower: str, agent: str, lender: str, filler: int) -> str:
    text = _HEAD_AMENDMENT.format(
        borrower=borrower,
        borrower_caps=borrower.upper(),
        agent=agent,
        agent_caps=agent.upper(),
        lender=lender,
    )
    # the form stands pages in, past the head a party block is looked for in
    page = "          Section text of the amended agreement continues here.\n" * filler
    return text.replace("<PAGE>", page + "<PAGE>")


def test_head_parties_are_read_before_an_exhibit_forms_preamble() -> None:
    x = extract_text(
        _head_amendment("Wexley Paper", "Fairmont Trust of Ohio", "HARBOR TRUST COMPANY", 120)
    )
    lends = edges(x, "LENDS_TO")
    assert ("HARBOR TRUST COMPANY", "Wexley Paper, Inc.") in lends
    assert ("Fairmont Trust of Ohio", "Wexley Paper, Inc.") in lends
    parties = {s for s, _ in edges(x, "PARTY_TO")}
    assert "[NAME OF ASSIGNOR]" not in parties


def test_head_parties_in_another_wording() -> None:
    x = extract_text(
        _head_amendment("Castellan Minerals", "Ridgeway Bank of Utah", "KESTREL STATE BANK", 150)
    )
    lends = edges(x, "LENDS_TO")
    assert ("KESTREL STATE BANK", "Castellan Minerals, Inc.") in lends
    assert ("Ridgeway Bank of Utah", "Castellan Minerals, Inc.") in lends
