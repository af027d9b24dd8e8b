"""An agreement "providing for the issuance and sale by the Company of $N aggregate principal
amount of its R% Senior Notes, Series A, due ... and $M ... of its R% Senior Notes, Series B":
a guaranty's or an amendment's recital names the note purchase agreements and the issues they
provide for; a note purchase agreement's own opening says the company "has authorized the issue
and sale of" its notes. Every series listed is issued by the company named before the list and
under the agreement the clause hangs on. Passages written for these tests; near misses: an
agreement providing for other things, and a list whose later issue a new agreement governs."""

from __future__ import annotations

from ingest.records import Extraction
from tests.passages import extract_text

GUARANTY = """SUBSIDIARY GUARANTY

THIS SUBSIDIARY GUARANTY dated as of March 3, 2004 is made jointly and severally by each of
the undersigned, DELMAR PLASTICS, INC., an Ohio corporation, and RIVERTON MOLDING CO., a
Delaware corporation (each a "Guarantor"), in favor of each of the holders from time to time
of the Notes (as defined below).

RECITALS

A. Fairhaven Industries Corporation, an Ohio corporation (the "Company"), has entered into
separate Note Purchase Agreements dated as of March 3, 2004 (collectively, the "Note Purchase
Agreements") with each of the purchasers named in Schedule A thereto (the "Purchasers"),
providing for the issuance and sale by the Company of $75,000,000 aggregate principal amount of
its 5.91% Senior Notes, Series A, due March 3, 2014 (the "Series A Notes") and $25,000,000
aggregate principal amount of its 6.12% Senior Notes, Series B, due March 3, 2016 (the "Series B
Notes" and, together with the Series A Notes, the "Notes").

B. It is a condition to the obligations of the Purchasers that each Guarantor execute and
deliver this Guaranty.
"""

AMENDMENT = """FIRST AMENDMENT TO NOTE AGREEMENT

THIS FIRST AMENDMENT dated as of May 9, 2011 (this "Amendment") is between CALLOWAY GRAIN
COMPANY, a Kansas corporation (the "Company"), and the holders of Notes signatory hereto.

RECITALS

A. The Company and the Purchasers named therein are parties to the Note Agreement dated as of
July 1, 2008 (the "Note Agreement"), providing for the issuance of $40,000,000 aggregate
principal amount of the Company's 6.75% Senior Secured Notes due July 1, 2018 (the "Notes").

B. The Company has requested that the holders amend the Note Agreement as set forth herein.
"""

OWN = """NOTE PURCHASE AGREEMENT

MARLOWE CHEMICAL COMPANY, a Delaware corporation (the "Company"), agrees with each of the
purchasers whose names appear at the end hereof (each, a "Purchaser") as follows:

SECTION 1. AUTHORIZATION OF NOTES.

The Company has authorized the issue and sale of $30,000,000 aggregate principal amount of its
7.05% Senior Notes due September 30, 2012 (the "Notes"). The Notes shall be substantially in the
form set out in Exhibit 1.

SECTION 2. SALE AND PURCHASE OF NOTES.

Subject to the terms and conditions of this Agreement, the Company will issue and sell to each
Purchaser and each Purchaser will purchase from the Company the Notes.
"""

NEAR_OTHER = """SECURITY AGREEMENT

THIS SECURITY AGREEMENT dated as of June 1, 2005 is between HOLLIS TOOL CORP., a Texas
corporation (the "Company"), and FIRST PLAINS BANK (the "Bank").

A. The Company and the Bank are parties to the Credit Agreement dated as of June 1, 2005 (the
"Credit Agreement"), providing for the making of loans to the Company, and the Company has
outstanding $10,000,000 aggregate principal amount of its 8.25% Senior Notes due 2009 (the
"Senior Notes") issued under the Indenture dated as of May 1, 1999.
"""


def _named(x: Extraction, type_: str) -> set[tuple[str, str]]:
    names = {
        e.ref: {
            str(e.props.get("title") or e.props.get("name")).lower(),
            *(a.lower() for a in e.aliases),
        }
        for e in x.entities
    }
    return {
        (a, b)
        for r in x.relations
        if r.type == type_
        for a in names[r.source]
        for b in names[r.target]
    }


A = "5.91% senior notes, series a, due march 3, 2014"
B = "6.12% senior notes, series b, due march 3, 2016"


def test_every_series_listed_is_issued_by_the_company_named_before_the_list() -> None:
    issues = _named(extract_text(GUARANTY), "ISSUES")
    assert ("fairhaven industries corporation", A) in issues
    assert ("fairhaven industries corporation", B) in issues


def test_every_series_listed_is_issued_under_the_agreements_providing_for_them() -> None:
    under = {(a, b) for a, b in _named(extract_text(GUARANTY), "ISSUED_UNDER")}
    assert (A, "note purchase agreements") in under or (A, "note purchase agreement") in under
    assert (B, "note purchase agreements") in under or (B, "note purchase agreement") in under


def test_an_issue_without_sale_and_of_the_companys_notes() -> None:
    x = extract_text(AMENDMENT)
    note = "6.75% senior secured notes due july 1, 2018"
    assert ("calloway grain company", note) in _named(x, "ISSUES")
    assert (note, "note agreement") in _named(x, "ISSUED_UNDER")


def test_an_agreements_own_authorization_of_its_notes() -> None:
    x = extract_text(OWN)
    note = "7.05% senior notes due september 30, 2012"
    assert ("marlowe chemical company", note) in _named(x, "ISSUES")
    assert (note, "note purchase agreement") in _named(x, "ISSUED_UNDER")


def test_an_agreement_providing_for_loans_does_not_take_notes_of_another_indenture() -> None:
    x = extract_text(NEAR_OTHER)
    under = _named(x, "ISSUED_UNDER")
    assert not any(b == "credit agreement" for _, b in under)
