"""Drafting shapes the first rules missed, each on passages written for this test (invented
parties, the general shape of the clause), run through the whole extractor."""

from __future__ import annotations

from ingest.extract import extract
from ingest.names import name_runs
from ingest.records import Extraction, SourceDocument


def _x(text: str) -> Extraction:
    return extract(SourceDocument(text=text, path="t.txt"))


def _names(x: Extraction) -> dict[str, str]:
    return {e.ref: str(e.props.get("name") or e.props.get("title")) for e in x.entities}


def _edges(x: Extraction, type_: str) -> set[tuple[str, str]]:
    n = _names(x)
    return {(n[r.source], n[r.target]) for r in x.relations if r.type == type_}


def test_company_names_that_start_with_a_number() -> None:
    text = (
        "by and among Larkspur Timber LP, 2210 Ridge Holdings, LLC, a Texas limited liability "
        "company, and 88 Harbor Street Partners, L.P., dated as of May 4, 2021 Fenwick Oil Inc."
    )
    assert [r.text for r in name_runs(text)] == [
        "Larkspur Timber LP",
        "2210 Ridge Holdings, LLC",
        "Texas",
        "88 Harbor Street Partners, L.P.",
        "May",
        "Fenwick Oil Inc.",  # the year of the date before it is not part of the name
    ]
    # an address or a quantity is no company, even before a capitalised word
    assert [r.text for r in name_runs("located at 400 Main Street; sold 5,000 Acme Corp.")] == [
        "Main Street",
        "Acme Corp.",
    ]


NOTE_UNDER_PURCHASE = """PROMISSORY NOTE

FOR VALUE RECEIVED, Quillfeather Labs, Inc., a Delaware corporation ("Borrower"), promises to
pay to Osprey Peak Fund, LLC, a Utah limited liability company ("Lender"), $750,000.00.
This Note is issued pursuant to that certain Note Purchase Agreement dated March 2, 2022, as
the same may be amended from time to time, by and between Borrower and Lender (the "Purchase
Agreement").
"""


def test_parties_of_a_referenced_agreement_named_by_their_terms_after_an_as_amended_clause() -> (
    None
):
    x = _x(NOTE_UNDER_PURCHASE)
    party_to = _edges(x, "PARTY_TO")
    assert ("Quillfeather Labs, Inc.", "Note Purchase Agreement") in party_to
    assert ("Osprey Peak Fund, LLC", "Note Purchase Agreement") in party_to
    assert ("Promissory Note", "Note Purchase Agreement") in _edges(x, "ISSUED_UNDER")


SELLER_NOTE = """SUBORDINATED PROMISSORY NOTE

This unsecured, subordinated Note is being delivered pursuant to that certain Stock Purchase
Agreement dated as of June 1, 2020 (the "Purchase Agreement"), by and among Tamarind Mining
Co., a Nevada corporation (the "Company"), and 5150 Granite Holdings, LLC, a Texas limited
liability company ("Holder").

FOR VALUE RECEIVED, the Company promises to pay to the order of Holder the principal sum of
$2,000,000.
"""


def test_a_note_delivered_pursuant_to_a_purchase_agreement_is_issued_under_it() -> None:
    x = _x(SELLER_NOTE)
    assert ("Subordinated Promissory Note", "Stock Purchase Agreement") in _edges(x, "ISSUED_UNDER")
    assert "5150 Granite Holdings, LLC" in _names(x).values()


WARRANT = """COMMON STOCK PURCHASE WARRANT

BRAMBLE THERAPEUTICS, INC.

THIS COMMON STOCK PURCHASE WARRANT (the "Warrant") certifies that, for value received,
Heron Bay Capital LLC or its assigns (the "Holder") is entitled to subscribe for and purchase
from Bramble Therapeutics, Inc., a Delaware corporation (the "Company"), up to 40,000 shares of
Common Stock.

Section 1. Definitions. Capitalized terms used herein have the meanings set forth in that
certain Securities Purchase Agreement (the "Purchase Agreement"), dated May 5, 2022, among the
Company and the purchasers signatory thereto.

Section 9. Amendment. This Warrant may be amended with the consent of the Company and holders
of Warrants to acquire a majority of the shares issuable under the Warrants that were issued
under the Purchase Agreement.
"""


def test_a_warrant_is_issued_by_the_company_held_by_the_holder_and_issued_under_its_class() -> None:
    x = _x(WARRANT)
    title = "Common Stock Purchase Warrant"
    assert ("Bramble Therapeutics, Inc.", title) in _edges(x, "ISSUES")
    assert ("Heron Bay Capital LLC", title) in _edges(x, "HOLDS")
    assert (title, "Securities Purchase Agreement") in _edges(x, "ISSUED_UNDER")
    # a statement of parties in a definition section counts, not only in the recitals
    assert ("Bramble Therapeutics, Inc.", "Securities Purchase Agreement") in _edges(x, "PARTY_TO")


AMENDED_NOTE = """AMENDMENT NO. 2 TO PROMISSORY NOTE

This Amendment No. 2 to Promissory Note (this "Amendment") is entered into as of May 1, 2023
by and between Corvid Systems, Inc., a Nevada corporation (the "Company"), and Alder Creek
Partners, LLC (the "Holder").

WHEREAS, the Company issued to the Holder a Promissory Note dated January 3, 2022 (the "Note").

NOW, THEREFORE, the parties agree that the maturity date of the Note is extended.
"""


def test_an_amendment_of_a_note_is_not_itself_issued_or_held() -> None:
    x = _x(AMENDED_NOTE)
    own = "Amendment No. 2 to Promissory Note"
    assert not {e for e in _edges(x, "ISSUES") | _edges(x, "HOLDS") if e[1] == own}


CONSENT = """CONSENT AND WAIVER AGREEMENT

This CONSENT AND WAIVER AGREEMENT, dated as of March 1, 2023 (this "Consent"), is made by and
among PELICAN ROBOTICS, INC., a Delaware corporation (the "Company"), and the Investors (as
defined below).

WHEREAS, the Company, Marlin Growth Fund, L.P. ("Marlin Growth"), Marlin Offshore Fund, Ltd.
("Marlin Offshore" and, together with Marlin Growth, the "Investors") are parties to that
certain Note Purchase Agreement, dated as of April 2, 2019;

WHEREAS, the Investors have agreed to waive all accrued but unpaid interest on the Notes held
by the Investors;

NOW, THEREFORE, the parties agree as follows.

IN WITNESS WHEREOF, the parties have executed this Consent.

PELICAN ROBOTICS, INC.

By: /s/ Dana Whitfield
Name: Dana Whitfield
Title: Chief Executive Officer

INVESTORS:

MARLIN GROWTH FUND, L.P.

By: /s/ Omar Reyes
Name: Omar Reyes
Title: Managing Partner

Address: Marlin Capital Advisors
200 Harbor Boulevard, Suite 10
Miami, FL 33131

MARLIN OFFSHORE FUND, LTD.

By: /s/ Omar Reyes
Name: Omar Reyes
Title: Director

/s/ Lena Fairbanks
Lena Fairbanks

ACKNOWLEDGED AND AGREED:

PELICAN ROBOTICS OPERATIONS, LLC

By: /s/ Dana Whitfield
Name: Dana Whitfield
Title: President
"""


def test_joint_terms_recital_waivers_and_signature_pages() -> None:
    x = _x(CONSENT)
    names = set(_names(x).values())
    # "and, together with Marlin Growth, the "Investors"": both funds are the Investors
    waives = {w for w, _ in _edges(x, "WAIVES")}
    assert waives == {"Marlin Growth Fund, L.P.", "Marlin Offshore Fund, Ltd."}
    # the notice address under a block names no party
    assert "Marlin Capital Advisors" not in names
    # "/s/ Lena Fairbanks" alone: an individual signs for herself and is a party
    own = "Consent and Waiver Agreement"
    assert ("Lena Fairbanks", own) in _edges(x, "SIGNED")
    assert ("Lena Fairbanks", own) in _edges(x, "PARTY_TO")
    # below "ACKNOWLEDGED AND AGREED:" the caption "INVESTORS" no longer applies
    roles = {
        r.source: r.props.get("role")
        for r in x.relations
        if r.type == "PARTY_TO" and r.target == "agreement:self"
    }
    assert roles["party:pelican robotics operations llc"] is None
    assert roles["party:marlin offshore fund ltd"] == "Investor"
