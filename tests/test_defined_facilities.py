"""The credit facility an agreement names by a definition ("Facility" means a credit facility
in the aggregate principal amount of ...) or by a providing sentence ("provide to Borrower a
credit facility (the "Loan")") with its limit further on (:mod:`ingest.instruments.
defined_facilities`); amounts in ISO codes ("CAD 4,250,000", :mod:`ingest.amounts`)."""

from __future__ import annotations

from ingest.amounts import find_amounts
from tests.passages import OWN, extract_text

_DEFINED = """THIS LOAN AGREEMENT is dated as of March 3, 2015 and made

BETWEEN

(1) NORTHWIND SOLAR LIMITED, a corporation existing under the laws of Alberta, as borrower
(the "Borrower"); and

(2) KESTREL INDUSTRIAL CO., LTD., a company existing under the laws of Japan, as lender (the
"Lender").

1. DEFINITIONS

"Availability Period" means the period ending on the earlier of the date the Facility is
fully drawn and June 30, 2016.

"Facility" means a term loan facility in the aggregate principal amount of CAD 4,250,000 to be
made available to the Borrower by the Lender under this Agreement.

2. THE FACILITY

Subject to the terms of this Agreement, the Lender agrees to make the Facility available to
the Borrower during the Availability Period.
"""

_PROVIDED = """CREDIT AGREEMENT

This CREDIT AGREEMENT (the "Credit Agreement") is executed on March 14, 2003, by and between
ACME WIDGETS, INC., a Nevada corporation ("Borrower"), and FIRST PRAIRIE BANK, N.A. ("Bank").

1.   Credit Facility.  Subject to the terms and conditions set forth in this Credit Agreement,
Bank hereby agrees to provide to Borrower a credit facility (the "Loan").  Bank agrees to lend
to Borrower, on a revolving basis from time to time during the period commencing on the date
hereof and continuing through June 30, 2004, such amounts as Borrower may request; provided,
however, the total principal amount outstanding at any time shall not exceed Five Hundred
Thousand and No/100 Dollars ($500,000.00).

2.   Promissory Note.  The Loan shall be evidenced by a promissory note of Borrower payable to
the order of Bank in a principal amount of up to $750,000.
"""

_ANOTHER_AGREEMENTS = """CREDIT AGREEMENT

This CREDIT AGREEMENT is made as of May 1, 2010 by and between BLUE HERON LLC, a Delaware
limited liability company ("Borrower"), and COASTAL STATE BANK ("Bank").

"Existing Facility" means the credit facility described in the Existing Agreement.

"Loans" means the loans made by the Bank under any credit facility of the Borrower.
"""


def _facilities(text: str) -> dict[str, dict[str, object]]:
    x = extract_text(text)
    under_own = {r.source for r in x.relations if r.type == "ISSUED_UNDER" and r.target == OWN}
    return {
        str(e.props["title"]): dict(e.props)
        for e in x.entities
        if e.label == "Instrument" and e.ref in under_own
    }


def test_a_definition_names_the_facility_and_its_amount_in_an_iso_code() -> None:
    facilities = _facilities(_DEFINED)
    assert list(facilities) == ["Facility"]
    assert facilities["Facility"]["amount"] == 4250000
    assert facilities["Facility"]["currency"] == "CAD"


def test_the_lender_lends_the_defined_facility() -> None:
    x = extract_text(_DEFINED)
    [lends] = [r for r in x.relations if r.type == "LENDS_TO"]
    assert lends.props["amount"] == 4250000 and lends.props["currency"] == "CAD"


def test_a_providing_sentence_takes_the_limit_and_last_day_of_its_paragraph() -> None:
    facilities = _facilities(_PROVIDED)
    assert list(facilities) == ["Loan"]
    # the paragraph's limit, not the next paragraph's note
    assert facilities["Loan"]["amount"] == 500000
    assert facilities["Loan"]["maturity_date"] == "2004-06-30"


def test_no_facility_from_another_agreements_definitions() -> None:
    assert _facilities(_ANOTHER_AGREEMENTS) == {}


def test_iso_codes_before_a_figure_are_amounts() -> None:
    [cad] = find_amounts("a facility in the amount of CAD 7,250,000 to be")
    assert (cad.value, cad.currency) == (7250000, "CAD")
    [gbp] = find_amounts("not less than GBP250,000")
    assert (gbp.value, gbp.currency) == (250000, "GBP")
    assert find_amounts("the CAD drawings of cad 500") == []
