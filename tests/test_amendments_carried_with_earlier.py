"""An amendment filed with the earlier amendments it carries (conformed copies after its
signature pages, an exhibit holding the one before it): each earlier amendment is an agreement
of its own, signed by its own blocks, and the document stays the later amendment.

- the later amendment's opening names it by its number only ("AMENDMENT NO. 2, dated as of
  ...", "Amendment No. 14 made as of ...") while the attached one's names the agreement
  ("AMENDMENT NO. 1 TO CREDIT AGREEMENT, dated as of ..."): the later one is the document's
  own agreement (``structure.title_dated``), the attached one is dated by the date right
  after its capitals name (``amendment_regions.caps_name_dated``);
- an attached amendment named short by the later one's recital ("as amended by Amendment No.
  1 thereto dated as of ...") or by its own witness clause ("executed this First Amendment as
  of March 1, 2009") is one agreement, not two of the same date
  (:func:`ingest.references.add.same_numbered_amendment`);
- a signer written two ways on two pages ("Walter J. Brennick", "WALTER BRENNICK") is one
  person (``signatures.middle_initial``);
- the guarantors' consent under the attached amendment's blocks is an agreement of its own.

Passages written for the test in the shapes such filings take.
"""

from __future__ import annotations

import pytest

from ingest.records import Extraction
from tests.passages import extract_text

_MAIN = """{heading}

     {opening} to the Credit Agreement dated as of January 20, 2014 (as amended by Amendment
No. 1 thereto dated as of August 3, 2014, a copy of which is attached as Exhibit A, the
"Credit Agreement"), among ORRINGTON MEDICAL SUPPLY CORP. (the "Borrower"), the lenders party
thereto (the "Lenders") and HALVERSTON BANK, N.A., as administrative agent (the "Agent").

     SECTION 1. Amendment. Section 7.06 of the Credit Agreement is amended by deleting
"$10,000,000" and inserting "$15,000,000" in its place.

     IN WITNESS WHEREOF, the parties hereto have caused this Amendment to be duly executed as
of the date first above written.

ORRINGTON MEDICAL SUPPLY CORP.

By: /s/ Priya N. Castellane
    Name: Priya N. Castellane
    Title: Chief Financial Officer

HALVERSTON BANK, N.A., as Agent and as a Lender

By: /s/ Georg Lindqvist
    Name: Georg Lindqvist
    Title: Managing Director

<PAGE>

                                   EXHIBIT A

                       AMENDMENT NO. 1 TO CREDIT AGREEMENT

     AMENDMENT NO. 1 TO CREDIT AGREEMENT, dated as of August 3, 2014 (this "Amendment No.
1"), among ORRINGTON MEDICAL SUPPLY CORP. (the "Borrower"), the Lenders party hereto and
HALVERSTON BANK, N.A., as agent, to the Credit Agreement dated as of January 20, 2014.

     SECTION 1. Section 1.01 of the Credit Agreement is amended by deleting "$5,000,000" and
inserting "$7,500,000" in its place.

     IN WITNESS WHEREOF, the parties hereto have caused this Amendment No. 1 to be duly
executed as of the date first above written.

ORRINGTON MEDICAL SUPPLY CORP.

By: /s/ P. Castellane
    Name: PRIYA CASTELLANE
    Title: CFO

HALVERSTON BANK, N.A., as Agent and as a Lender

By  /s/ Anders P. Whitlock
    Name: Anders P. Whitlock
    Title: Senior Vice President

                             CONSENT OF GUARANTORS

     Each of the undersigned, as a guarantor under the Guaranty dated as of January 20, 2014
made by the undersigned in favor of the Agent (the "Guaranty"), hereby consents to Amendment
No. 1 and confirms that the Guaranty remains in full force and effect and continues to
guarantee the Obligations under the Credit Agreement.

ORRINGTON HOME CARE, LLC

By: /s/ Priya Castellane
    Name: Priya Castellane
    Title: Manager
"""

_LATER = [
    ("AMENDMENT NO. 2", 'AMENDMENT NO. 2, dated as of May 8, 2015 (this "Amendment"),', 2),
    ("Amendment No. 14", 'Amendment No. 14 made as of May 8, 2015 (the "Amendment"),', 14),
]


def _names(x: Extraction) -> dict[str, str]:
    return {e.ref: str(e.props.get("name")) for e in x.entities if e.label == "Party"}


def _dated(x: Extraction, date: str) -> list[str]:
    return [e.ref for e in x.entities if e.label == "Agreement" and e.props.get("date") == date]


def _signed(x: Extraction, ref: str) -> set[str]:
    names = _names(x)
    return {names[r.source] for r in x.relations if r.type == "SIGNED" and r.target == ref}


@pytest.mark.parametrize(("heading", "opening", "number"), _LATER)
def test_the_later_amendment_stays_the_document_under_a_heading_naming_no_agreement(
    heading: str, opening: str, number: int
) -> None:
    x = extract_text(_MAIN.format(heading=heading, opening=opening))
    own = next(e for e in x.entities if e.ref == "agreement:self")
    assert own.props.get("date") == "2015-05-08", own.props
    assert own.props.get("amendment_number") == number, own.props
    assert _signed(x, own.ref) == {"Priya N. Castellane", "Georg Lindqvist"}
    attached = _dated(x, "2014-08-03")
    attached = [r for r in attached if r != own.ref and "consent" not in r]
    assert len(attached) == 1, attached  # the recital's "Amendment No. 1" and the exhibit: one
    # the attached amendment's signers, the first written another way ("PRIYA CASTELLANE")
    assert _signed(x, attached[0]) == {"Priya N. Castellane", "Anders P. Whitlock"}
    consent = next(
        e.ref for e in x.entities if e.label == "Agreement" and e.props.get("kind") == "consent"
    )
    parties = {_names(x).get(r.source) for r in x.relations if r.type == "PARTY_TO"}
    assert "ORRINGTON HOME CARE, LLC" in parties
    assert _signed(x, consent) == {"Priya N. Castellane"}


_CONFORMED = """THIRD AMENDMENT

     THIS THIRD AMENDMENT (this "Amendment") is made and entered into as of October 14, 2011,
by and between KESTREL VALLEY FARMS, INC. ("Borrower") and PLATTE COUNTY BANK ("Lender"),
and amends the Loan Agreement dated as of April 2, 2008 (as amended by the First Amendment to
Loan Agreement dated as of March 1, 2009, the "Loan Agreement").

     1. Section 2.4 of the Loan Agreement is amended by deleting "2011" and inserting "2013".

     IN WITNESS WHEREOF, the parties have executed this Amendment as of the date first
written above.

KESTREL VALLEY FARMS, INC.

By: /s/ Walter J. Brennick
Name: Walter J. Brennick
Title: President

PLATTE COUNTY BANK

By: /s/ Lydia M. Armstead
Name: Lydia M. Armstead
Title: Senior Vice President

<PAGE>

{heading}

     {opening} is made as of March 1, 2009, between KESTREL VALLEY FARMS, INC. ("Borrower")
and PLATTE COUNTY BANK ("Lender"), and amends the Loan Agreement dated as of April 2, 2008.

     1. Section 6.2 of the Loan Agreement is amended by deleting "1.25" and inserting "1.10".

     IN WITNESS WHEREOF, the parties have executed this {short} as of March 1, 2009.

KESTREL VALLEY FARMS, INC.

By: /s/ {signer}
    President

PLATTE COUNTY BANK

By: /s/ Dennis K. Oyelaran
    Vice President

              [Signature Page to First Amendment to Loan Agreement]
"""

_ATTACHED = [
    (
        "FIRST AMENDMENT TO LOAN AGREEMENT",
        'This First Amendment to Loan Agreement (this "First Amendment")',
        "First Amendment",
        "WALTER BRENNICK",
    ),
    (
        "",
        'THIS AMENDMENT NO. 1 TO LOAN AGREEMENT (the "Amendment No. 1")',
        "Amendment No. 1",
        "Walter Brennick",
    ),
]


@pytest.mark.parametrize(("heading", "opening", "short", "signer"), _ATTACHED)
def test_a_conformed_copy_is_one_amendment_signed_by_one_person_written_two_ways(
    heading: str, opening: str, short: str, signer: str
) -> None:
    x = extract_text(
        _CONFORMED.format(heading=heading, opening=opening, short=short, signer=signer)
    )
    first = _dated(x, "2009-03-01")
    assert len(first) == 1, first
    assert _signed(x, first[0]) == {"Walter J. Brennick", "Dennis K. Oyelaran"}
    persons = {
        str(e.props.get("name"))
        for e in x.entities
        if e.label == "Party" and e.props.get("kind") == "person"
    }
    assert persons == {"Walter J. Brennick", "Lydia M. Armstead", "Dennis K. Oyelaran"}


def test_two_middle_initials_are_two_persons() -> None:
    """Near miss: "John A. Smith" and "John B. Smith" sign two blocks: two persons."""
    x = extract_text(
        _CONFORMED.format(
            heading="FIRST AMENDMENT TO LOAN AGREEMENT",
            opening='This First Amendment to Loan Agreement (this "First Amendment")',
            short="First Amendment",
            signer="Walter K. Brennick",
        )
    )
    persons = {
        str(e.props.get("name"))
        for e in x.entities
        if e.label == "Party" and e.props.get("kind") == "person"
    }
    assert {"Walter J. Brennick", "Walter K. Brennick"} <= persons


def test_two_first_amendments_of_one_day_to_two_agreements_stay_two() -> None:
    """Near miss: an omnibus set of one day, the First Amendment to the Loan Agreement and the
    First Amendment to the Security Agreement: two agreements."""
    x = extract_text(
        """FIRST AMENDMENT TO LOAN AGREEMENT

     THIS FIRST AMENDMENT TO LOAN AGREEMENT (this "Amendment") is made as of March 1, 2009,
between KESTREL VALLEY FARMS, INC. ("Borrower") and PLATTE COUNTY BANK ("Lender"), and
amends the Loan Agreement dated as of April 2, 2008. Concurrently, the parties are entering
into the First Amendment to Security Agreement dated as of March 1, 2009.

     1. Section 6.2 of the Loan Agreement is amended by deleting "1.25" and inserting "1.10".

     IN WITNESS WHEREOF, the parties have executed this Amendment as of March 1, 2009.

KESTREL VALLEY FARMS, INC.

By: /s/ Walter J. Brennick
    President
"""
    )
    titles = {str(e.props.get("title")) for e in x.entities if e.ref in _dated(x, "2009-03-01")}
    assert "First Amendment to Security Agreement" in titles, titles
    assert len(titles) == 2, titles
