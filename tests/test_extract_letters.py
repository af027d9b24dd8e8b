"""Agreements written as letters (a commitment, a waiver a lender writes to its borrower) and
documents that hold no agreement at all: passages written for this test in the general
shape (invented parties), and real financing exhibits of the corpus."""

from __future__ import annotations

from ingest.agreements.own_agreement import SELF_REF
from ingest.extract import extract
from ingest.letters import read_letter
from ingest.records import Extraction, SourceDocument
from tests.paths import CORPUS


def _x(text: str) -> Extraction:
    return extract(SourceDocument(text=text, path="t.txt"))


def _own(x: Extraction) -> dict[str, object]:
    (own,) = [e for e in x.entities if e.ref == SELF_REF]
    return dict(own.props)


def _parties(x: Extraction) -> dict[str, object]:
    names = {e.ref: e.props.get("name") for e in x.entities}
    return {
        str(names[r.source]): r.props.get("role")
        for r in x.relations
        if r.type == "PARTY_TO" and r.target == SELF_REF
    }


COMMITMENT = """October 14, 2019

Pinecrest Tool Company
88 Foundry Road
Dayton, Ohio 45402
Attention: Ms. Irene Holloway

Re: $5,000,000 Revolving Line of Credit

Dear Ms. Holloway:

Harrow Bank, N.A. (the "Bank") is pleased to make available to Pinecrest Tool Company (the
"Borrower") a revolving line of credit of up to $5,000,000 on the terms of this letter
agreement. Advances will bear interest at the Prime Rate and are due on October 13, 2020.

This letter agreement shall be governed by the laws of the State of Ohio.

Very truly yours,

HARROW BANK, N.A.

By: /s/ Martin Okafor
Name: Martin Okafor
Title: Vice President

Accepted and agreed as of the date above:

PINECREST TOOL COMPANY

By: /s/ Irene Holloway
Name: Irene Holloway
Title: Chief Financial Officer
"""

WAIVER = """March 2, 2021

Lindqvist Marine, Inc.
400 Harbor Drive
Tacoma, Washington 98402

Re: Waiver of Section 7.1 of the Credit Agreement

Ladies and Gentlemen:

Reference is made to the Credit Agreement dated as of June 1, 2018 between Lindqvist Marine,
Inc. (the "Borrower") and Cedar Sound Bank (the "Lender"). The Borrower has asked the Lender
to waive its compliance with Section 7.1 for the fiscal quarter ended December 31, 2020.
The Lender hereby waives that compliance, and the Borrower agrees to the terms of this letter.

Sincerely,

CEDAR SOUND BANK

By: /s/ Paula Reyes
Title: Senior Vice President

Acknowledged and agreed:

LINDQVIST MARINE, INC.

By: /s/ Omar Haddad
Title: President
"""

NOTICE = """May 5, 2020

Cedar Sound Bank
12 Pier Street
Tacoma, Washington 98402

Dear Sirs:

Enclosed please find the compliance certificate for the fiscal quarter ended March 31, 2020.

Sincerely,

Omar Haddad
"""


def test_a_commitment_letter_is_a_letter_agreement_with_its_parties_and_signers() -> None:
    x = _x(COMMITMENT)
    own = _own(x)
    assert (own["title"], own["kind"], own["date"]) == (
        "Letter Agreement",
        "letter_agreement",
        "2019-10-14",
    )
    assert own["governing_law"] == "Ohio"
    parties = _parties(x)
    assert parties["Harrow Bank, N.A."] == "Bank"
    assert parties["Pinecrest Tool Company"] == "Borrower"
    names = {e.ref: e.props.get("name") for e in x.entities}
    signed = {str(names[r.source]) for r in x.relations if r.type == "SIGNED"}
    assert {"Martin Okafor", "Irene Holloway"} <= signed
    assert not [w for w in x.warnings if w.startswith("no agreement found")]


def test_a_waiver_letter_is_titled_by_its_subject() -> None:
    letter = read_letter(WAIVER)
    assert letter is not None
    assert (letter.title, letter.kind, letter.date) == (
        "Waiver of Section 7.1 of the Credit Agreement",
        "waiver",
        "2021-03-02",
    )
    assert letter.addressee == "Lindqvist Marine, Inc."
    own = _own(_x(WAIVER))
    assert own["kind"] == "waiver"


def test_a_letter_that_agrees_to_nothing_is_no_agreement() -> None:
    assert read_letter(NOTICE) is None
    x = _x(NOTICE)
    assert not [e for e in x.entities if e.ref == SELF_REF]
    assert [w for w in x.warnings if w.startswith("no agreement found")]


def test_documents_with_no_agreement_say_why() -> None:
    cover = (
        "SECURITIES AND EXCHANGE COMMISSION\nWashington, D.C. 20549\n\nFORM 8-K\n\n"
        "CURRENT REPORT\n\nDate of Report: May 1, 2020\n\nAcme Widgets, Inc.\n"
    )
    assert _x(cover).warnings == (
        "no agreement found (the document is a Form 8-K report that announces no agreement"
        " under Item 1.01, 1.02 or 2.03)",
    )
    encoded = "<PDF>\nbegin 644 exhibit10-1.pdf\nM)5!$1BTQ+C,-)>+CS],-\n"
    assert _x(encoded).warnings == (
        "no agreement found (the document is an encoded file (a PDF), with no text to read)",
    )


def test_real_letter_agreements_of_the_corpus() -> None:
    found = {}
    for name in ("lexpredict-102741-1999-01-22.txt", "lexpredict-33113-2007-08-03.txt"):
        path = CORPUS / "credit-dev" / name
        x = extract(SourceDocument(text=path.read_text(errors="replace"), path=str(path)))
        found[name] = (_own(x)["title"], _own(x)["date"], _parties(x))
    title, date, parties = found["lexpredict-102741-1999-01-22.txt"]
    assert (title, date) == ("Letter Agreement", "1998-03-16")
    assert parties["Wachovia Bank, N.A."] == "Bank"
    title, date, parties = found["lexpredict-33113-2007-08-03.txt"]
    assert (title, date) == ("Letter Agreement", "2007-07-31")
    assert parties["PNC Bank, National Association"] == "Bank"
    assert parties["Environmental Tectonics Corporation"] == "Borrower"


# A waiver a lender writes in the first person, under a "Re:" line that the heading reader
# sees first, the waived agreement's date written before the letterhead's.
FIRST_PERSON_WAIVER = """March 3, 2021

Greystone Fabrication, Inc.
400 Mill Street
Akron, Ohio 44308
Attention: Chief Financial Officer

Re: Waiver under Loan Agreement

Ladies and Gentlemen:

Reference is made to the Loan Agreement dated as of June 1, 2019 (as amended, the "Loan
Agreement") between Greystone Fabrication, Inc. (the "Borrower") and Keel Bank, N.A. (the
"Bank"). The Borrower has informed us that it failed to comply with Section 6.2 of the Loan
Agreement for the fiscal quarter ended December 31, 2020 (the "Specified Default").

At your request, we hereby waive the Specified Default through June 30, 2021, provided that
the Borrower delivers its audited financial statements by April 30, 2021.

Very truly yours,

KEEL BANK, N.A.

By: /s/ Dana Ruiz
Name: Dana Ruiz
Title: Senior Vice President

Acknowledged and agreed:

GREYSTONE FABRICATION, INC.

By: /s/ Paul Ott
Name: Paul Ott
Title: Treasurer
"""


def _waivers(x: Extraction) -> dict[tuple[str, str], dict[str, object]]:
    names = {e.ref: str(e.props.get("name") or e.props.get("title")) for e in x.entities}
    return {
        (names[r.source], names[r.target]): dict(r.props) for r in x.relations if r.type == "WAIVES"
    }


def test_a_first_person_waiver_letter_is_given_by_the_company_that_signs_it() -> None:
    x = _x(FIRST_PERSON_WAIVER)
    own = _own(x)
    # titled and dated by the letter, not by the "Re:" line's words or the agreement it names
    assert (own["title"], own["kind"], own["date"]) == (
        "Waiver under Loan Agreement",
        "waiver",
        "2021-03-03",
    )
    waivers = _waivers(x)
    assert list(waivers) == [("Keel Bank, N.A.", "Loan Agreement")]
    terms = waivers[("Keel Bank, N.A.", "Loan Agreement")]
    assert terms["until"] == "2021-06-30"
    assert "audited financial statements" in str(terms["condition"])
    assert "Specified Default" in str(terms["what"])


def test_the_lender_that_waives_in_the_third_person_is_the_lender() -> None:
    waivers = _waivers(_x(WAIVER))
    assert [w for w, _ in waivers] == ["Cedar Sound Bank"]


def test_a_request_to_waive_is_no_waiver_until_the_lender_waives() -> None:
    """Outside a letter titled a waiver (which grants what it recites as requested), a request
    is only a request; the waiver is the sentence that grants it."""
    letter = FIRST_PERSON_WAIVER.replace("Re: Waiver under", "Re: Fiscal quarter reporting under")
    request = letter.replace(
        "At your request, we hereby waive", "The Borrower has requested that we waive"
    )
    assert _waivers(_x(request)) == {}
    granted = letter.replace(
        "At your request, we hereby waive the Specified Default",
        "The Borrower has requested that we waive the Specified Default, and we hereby waive "
        "the Specified Default",
    )
    assert list(_waivers(_x(granted))) == [("Keel Bank, N.A.", "Loan Agreement")]


def test_a_letter_of_offer_names_its_bank_in_its_first_paragraph() -> None:
    """A facility letter of offer (China Construction Bank to Hoku Corporation): the bank is
    defined in the paragraph after the salutation, though the term sheet below it is long
    enough to be taken for the body's opening."""
    path = CORPUS / "credit-dev" / "lexpredict-1178336-2010-10-20.txt"
    x = extract(SourceDocument(text=path.read_text(errors="replace"), path=str(path)))
    assert _own(x)["title"] == "Letter of Offer"
    parties = _parties(x)
    assert parties["China Construction Bank Corporation, Singapore Branch"] == "Bank"
    assert "Hoku Corporation" in parties
