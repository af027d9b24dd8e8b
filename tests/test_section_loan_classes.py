"""The classes of loans a syndicated credit agreement defines by the section that makes them
(""Term Loan" means a Loan made pursuant to Section 2.01(a)"), each made by every lender ("each
Lender agrees to make Term Loans to Borrower"): one credit facility per class, ISSUED_UNDER the
agreement, with the total of the class's commitments and its own maturity date. Passages
written for these tests."""

from __future__ import annotations

from tests.passages import edges, extract_text

TEXT = """CREDIT AGREEMENT

CREDIT AGREEMENT dated as of May 1, 2007, among HARTWELL TOOLS, INC., a Delaware corporation,
the LENDERS party hereto and NORTHGATE TRUST BANK, as Administrative Agent for the Lenders.

SECTION 1.01 Defined Terms.

{o}{a} Loan{c} means a Loan made pursuant to Section 2.01(a).

{o}{a} Loan Commitment{c} means, with respect to each Lender, the commitment of such Lender to
make {a} Loans. The initial aggregate amount of the Lenders' {a} Loan Commitments is
$400,000,000.

{o}{a} Loan Maturity Date{c} means June 30, 2012.

{o}{b} Loan{c} means a Loan made pursuant to Section 2.01(b).

{o}{b} Loan Commitment{c} means, with respect to each Lender, the commitment of such Lender to
make {b} Loans. The initial aggregate amount of the Lenders' {b} Loan Commitments is
$150,000,000.

{o}{b} Loan Maturity Date{c} means August 19, 2009.

SECTION 2.01 Commitments. {lending}

SECTION 9.09 Governing Law. This Agreement shall be governed by the law of the State of New York.

IN WITNESS WHEREOF, the parties hereto have caused this Agreement to be duly executed.

HARTWELL TOOLS, INC.

By: /s/ Jane Roe
Name: Jane Roe
Title: President

NORTHGATE TRUST BANK, individually and as Administrative Agent

By: /s/ Paul Okafor
Name: Paul Okafor
Title: Managing Director
"""

LENDING = (
    "(a) Subject to the terms and conditions set forth herein, each Lender agrees to make {a}\n"
    "Loans to Borrower on the Effective Date in an aggregate principal amount equal to such\n"
    "Lender's {a} Loan Commitment. (b) Subject to the terms and conditions set forth herein,\n"
    "each Lender agrees to make {b} Loans to Borrower on the Effective Date in an aggregate\n"
    "principal amount equal to such Lender's {b} Loan Commitment."
)


def _facilities(a: str, b: str, q: str, lending: str) -> dict[str, tuple[object, object]]:
    o, c = ("\u201c", "\u201d") if q == "curly" else ('"', '"')
    text = TEXT.format(a=a, b=b, o=o, c=c, lending=lending.format(a=a, b=b))
    x = extract_text(text)
    under = {s for s, t in edges(x, "ISSUED_UNDER") if t == "Credit Agreement"}
    return {
        str(e.props["title"]): (e.props.get("amount"), e.props.get("maturity_date"))
        for e in x.entities
        if e.label == "Instrument"
        and e.props.get("kind") == "credit_facility"
        and e.props["title"] in under
    }


def test_term_and_bridge_loans_each_a_facility() -> None:
    found = _facilities("Term", "Bridge", "curly", LENDING)
    assert found["Term Loans"] == (400000000, "2012-06-30")
    assert found["Bridge Loans"] == (150000000, "2009-08-19")


def test_tranches_in_plain_quotes_each_a_facility() -> None:
    found = _facilities("Tranche A", "Tranche B", "plain", LENDING)
    assert found["Tranche A Loans"] == (400000000, "2012-06-30")
    assert found["Tranche B Loans"] == (150000000, "2009-08-19")


def test_classes_no_lender_agrees_to_make_are_no_facilities() -> None:
    """Near miss: the classes are defined, but no lending sentence makes them."""
    lending = "The Borrower may request Borrowings from time to time."
    found = _facilities("Term", "Bridge", "curly", lending)
    assert "Term Loans" not in found and "Bridge Loans" not in found
