"""A security document or guaranty the closing conditions describe, define by a term and then
say who executes (:mod:`ingest.relations.defined_executed_documents`): passages written for
this test."""

from __future__ import annotations

from tests.passages import edges, extract_text

_WAREHOUSE = """CREDIT AGREEMENT

CREDIT AGREEMENT ("Agreement"), dated as of June 2, 2003, between HARBOR LOAN FUNDING, INC., \
a Delaware corporation ("Borrower") and NORDBANK AG, NEW YORK BRANCH, a branch of a banking \
institution (together with its successors and assigns, "Lender").

SECTION 1.01. Certain Defined Terms.

"Security Agreement" has the meaning specified in Section 3.01(d)(iv).

SECTION 2.01. The Loans. The Lender agrees to make loans to the Borrower in an aggregate \
principal amount not to exceed $45,000,000.

SECTION 3.01. Conditions Precedent. (d) Lender shall have received the following:

(iv) A security agreement in form and substance satisfactory to Lender granting Lender a \
security interest in the Collateral described therein (such agreement, as amended from time \
to time, the "Security Agreement"), duly executed by Borrower, together with financing \
statements.

IN WITNESS WHEREOF, the parties hereto have caused this Agreement to be executed as of the \
date first above written.

BORROWER:
HARBOR LOAN FUNDING, INC.
By: /s/ Alan Pike
Name: Alan Pike
Title: President

LENDER:
NORDBANK AG, NEW YORK BRANCH
By: /s/ Greta Holm
Name: Greta Holm
Title: Director
"""


def test_the_party_that_executes_a_described_security_agreement_is_its_grantor() -> None:
    x = extract_text(_WAREHOUSE)
    assert ("HARBOR LOAN FUNDING, INC.", "Security Agreement") in edges(x, "PARTY_TO")
    assert ("HARBOR LOAN FUNDING, INC.", "Credit Agreement") in edges(x, "SECURES")


def test_a_described_guaranty_executed_by_a_defined_company_makes_it_a_guarantor() -> None:
    text = _WAREHOUSE.replace(
        '"Security Agreement" has',
        '"Parent" means Kestrel Holdings, Inc., a Delaware corporation.\n\n'
        '"Security Agreement" has',
    ).replace(
        "together with financing statements.",
        "together with financing statements; and\n\n(v) a guaranty of the Obligations in form "
        'satisfactory to Lender (the "Parent Guaranty") duly executed by Parent.',
    )
    x = extract_text(text)
    assert ("Kestrel Holdings, Inc.", "Parent Guaranty") in edges(x, "PARTY_TO")
    assert ("Kestrel Holdings, Inc.", "Credit Agreement") in edges(x, "SECURES")


def test_a_document_to_be_executed_by_a_future_subsidiary_names_no_grantor() -> None:
    text = _WAREHOUSE.replace(
        "duly executed by Borrower, together",
        "to be executed by each Subsidiary that becomes a Guarantor, together",
    )
    x = extract_text(text)
    assert ("HARBOR LOAN FUNDING, INC.", "Security Agreement") not in edges(x, "PARTY_TO")
    assert edges(x, "SECURES") == set()
