"""Notes written out in a document (``ingest.notes``): the drafting shapes of a note's maker,
payee, principal, dates and the agreement it is issued under, on passages composed in each
shape and on real credit agreements with their notes attached."""

from __future__ import annotations

from functools import cache

from ingest.extract import extract
from ingest.records import Extraction, SourceDocument
from tests.passages import OWN, edges, extract_text
from tests.paths import CORPUS


def _notes(x: Extraction) -> list[dict[str, object]]:
    return [dict(e.props) for e in x.entities if e.label == "Instrument"]


def _holds_amounts(x: Extraction) -> dict[str, object]:
    names = {e.ref: str(e.props.get("name")) for e in x.entities}
    return {names[r.source]: r.props.get("amount") for r in x.relations if r.type == "HOLDS"}


#: A loan agreement whose note says it belongs to the agreement only after other clauses
#: ("referred to in, is issued pursuant to, and is subject to ..., the Loan Agreement"); the
#: payee's name has an abbreviation ("ST.") and the note falls due on a defined date.
_CLAUSES_BEFORE_AGREEMENT = """LOAN AGREEMENT

THIS LOAN AGREEMENT dated as of May 4, 2012 is between WILLOWBROOK FARMS, INC., a Kansas \
corporation (the "Borrower"), and FIRST BANK OF ST. JOSEPH, a Missouri banking corporation \
(the "Bank").

"Termination Date": April 30, 2015.

2.1 Term Loan. The Bank will make a term loan to the Borrower in the amount of $3,000,000, \
evidenced by a promissory note in the form of Exhibit A (the "Term Note").

IN WITNESS WHEREOF, the parties have executed this Loan Agreement.

WILLOWBROOK FARMS, INC.
By: /s/ Lena Ortiz
Title: President

FIRST BANK OF ST. JOSEPH
By: /s/ Tom Reyes
Title: Vice President

EXHIBIT A

TERM NOTE

$3,000,000                                                          May 4, 2012

FOR VALUE RECEIVED, the undersigned, WILLOWBROOK FARMS, INC. (the "Borrower"), promises to \
pay to the order of FIRST BANK OF ST. JOSEPH (the "Bank") the principal sum of Three \
Million Dollars ($3,000,000) on the Termination Date. This Term Note is the Term Note \
referred to in, is issued pursuant to, and is subject to the terms and conditions of, the \
Loan Agreement of even date herewith between the Borrower and the Bank.

WILLOWBROOK FARMS, INC.
By: /s/ Lena Ortiz
Title: President
"""


def test_a_note_belongs_to_the_agreement_named_after_the_clauses_between() -> None:
    x = extract_text(_CLAUSES_BEFORE_AGREEMENT)
    assert {(r.source, r.target) for r in x.relations if r.type == "ISSUED_UNDER"} == {
        (next(e.ref for e in x.entities if e.props.get("amount")), OWN)
    }
    assert edges(x, "ISSUES") == {("WILLOWBROOK FARMS, INC.", "Term Note")}
    # the payee's "ST." ends no sentence: the bank after it is the payee, holding the principal
    assert _holds_amounts(x) == {"FIRST BANK OF ST. JOSEPH": 3000000}


def test_the_body_mention_and_the_note_written_out_are_one_note_due_on_its_defined_date() -> None:
    x = extract_text(_CLAUSES_BEFORE_AGREEMENT)
    notes = _notes(x)
    # the section's "Term Note" takes the exhibit's date, so the graph keys both alike
    assert {n["date"] for n in notes} == {"2012-05-04"}
    assert {n.get("maturity_date") for n in notes if n.get("amount")} == {"2015-04-30"}


#: A convertible note that is its own document: the heading ends with the due date, the
#: holder is named only in the promise, and the agreement it was issued under is named before
#: the cue ("..., pursuant to which this Note was issued").
_CONVERTIBLE = """THIS NOTE HAS NOT BEEN REGISTERED UNDER THE SECURITIES ACT OF 1933.

Issue Date: October 12, 2020                             Principal Amount: $350,000

8% SENIOR CONVERTIBLE NOTE DUE OCTOBER 12, 2022

FOR VALUE RECEIVED, Marrowstone Analytics Corp., a Wyoming corporation (the "Company"), \
promises to pay to Kestrel Point Fund II, L.P. or its registered assigns (the "Holder") the \
principal sum of $350,000 on October 12, 2022, with interest at the rate of 8% per annum.

Terms used and not defined herein have the meanings given them in that certain Note \
Subscription Agreement, dated as of the Issue Date, pursuant to which this Note was issued \
(the "Subscription Agreement").

MARROWSTONE ANALYTICS CORP.

By: /s/ Gil Novak
Name: Gil Novak
Title: Chief Executive Officer
"""


def test_a_standalone_convertible_note_names_its_holder_and_the_agreement_before_its_cue() -> None:
    x = extract_text(_CONVERTIBLE)
    (note,) = _notes(x)
    assert (note["amount"], note["interest_rate"]) == (350000, 8)
    assert note["maturity_date"] == "2022-10-12"
    title = str(note["title"])
    assert title.lower().startswith("8% senior convertible note")
    assert edges(x, "ISSUES") == {("Marrowstone Analytics Corp.", title)}
    assert _holds_amounts(x) == {"Kestrel Point Fund II, L.P.": 350000}
    assert edges(x, "ISSUED_UNDER") == {(title, "Note Subscription Agreement")}
    (agreement,) = [e.props for e in x.entities if e.label == "Agreement"]
    assert agreement["date"] == "2020-10-12"  # "dated as of the Issue Date"


#: A note whose only tie to an agreement is where it is payable and secured: the weak cues
#: ("payable under", "under the Security Agreement") pick the loan agreement, never the
#: security agreement; its maturity is the day "all outstanding principal" falls due.
_WEAK_CUES = """MASTER NOTE

FOR VALUE RECEIVED, ALDER CREEK MILLING CO. ("Maker") promises to pay to the order of \
NORTHGATE COMMUNITY BANK ("Payee") the principal sum of $900,000. This Note is secured \
under the Security Agreement between Maker and Payee and is payable under the Revolving \
Loan Agreement between Maker and Payee. On June 1, 2019, all outstanding principal and \
accrued interest shall be due and payable.

ALDER CREEK MILLING CO.
By: /s/ Hal Brand
Title: Treasurer
"""


def test_a_note_payable_under_an_agreement_is_issued_under_it_not_under_its_security() -> None:
    x = extract_text(_WEAK_CUES)
    (note,) = _notes(x)
    assert note["maturity_date"] == "2019-06-01"
    assert edges(x, "ISSUED_UNDER") == {("Master Note", "Revolving Loan Agreement")}


@cache
def _corpus(name: str) -> Extraction:
    path = CORPUS / "credit-dev" / name
    text = path.read_text(encoding="utf-8", errors="replace").replace("\r\n", "\n")
    return extract(SourceDocument(text=text, path=str(path)))


def test_real_term_loan_note_is_one_instrument_held_by_the_bank_under_the_credit_agreement() -> (
    None
):
    x = _corpus("lexpredict-1228068-2005-08-12.txt")
    # the note, beside the $25,000,000 Term Loan facility it evidences
    (note,) = [n for n in _notes(x) if n.get("amount") and n.get("kind") == "note"]
    assert (note["title"], note["amount"], note["date"]) == (
        "Term Loan Note",
        25000000,
        "2005-08-09",
    )
    assert {n["date"] for n in _notes(x) if n["title"] == "Term Loan Note"} == {"2005-08-09"}
    assert _holds_amounts(x) == {"Southwest Bank of St. Louis": 25000000}
    assert ("Term Loan Note", "Credit Agreement") in edges(x, "ISSUED_UNDER")


def test_real_schedule_note_is_dated_at_its_foot_and_due_in_its_promise() -> None:
    x = _corpus("lexpredict-783324-2013-04-02.txt")
    (note,) = [n for n in _notes(x) if n["title"] == "Promissory Note"]
    assert (note["date"], note["maturity_date"], note["interest_rate"]) == (
        "2013-03-28",
        "2014-03-28",
        8,
    )
    # the payee is the partnership the promise spells, not a party its last word defines
    assert _holds_amounts(x) == {"Sprott Resource Lending Partnership": 10000000}
    assert ("Promissory Note", "Credit Agreement") in edges(x, "ISSUED_UNDER")


#: A purchase agreement that describes its note in lowercase words and names it by a bare
#: word: the description titles the note, the word is its alias.
_DESCRIBED_NOTE = """NOTE PURCHASE AGREEMENT

This NOTE PURCHASE AGREEMENT (this "Agreement") is made as of November 8, 2016 by and between \
Silverline Harvest Co., an Idaho corporation (the "Company"), and Pinecrest Ventures II, LLC, \
a Delaware limited liability company (the "Purchaser").

1. Purchase. At the Closing the Company shall issue and sell to the Purchaser, and the \
Purchaser shall purchase from the Company, an unsecured subordinated promissory note in the \
original principal amount of $600,000, bearing interest at 9% per annum and maturing on \
November 8, 2019 (the "Note").

IN WITNESS WHEREOF, the parties have executed this Agreement as of the date first written above.

SILVERLINE HARVEST CO.
By: /s/ Ana Bell
Title: President

PINECREST VENTURES II, LLC
By: /s/ Joel Marsh
Title: Manager
"""


def test_a_note_described_in_lowercase_and_named_by_a_bare_word_is_issued_and_held() -> None:
    x = extract_text(_DESCRIBED_NOTE)
    (note,) = _notes(x)
    assert note["title"] == "Unsecured Subordinated Promissory Note"
    assert (note["amount"], note["interest_rate"]) == (600000, 9)
    assert note["maturity_date"] == "2019-11-08"
    assert edges(x, "ISSUES") == {("Silverline Harvest Co.", note["title"])}
    assert edges(x, "HOLDS") == {("Pinecrest Ventures II, LLC", note["title"])}
    assert edges(x, "ISSUED_UNDER") == {(note["title"], "Note Purchase Agreement")}
    assert edges(x, "LENDS_TO") == {("Pinecrest Ventures II, LLC", "Silverline Harvest Co.")}


def test_a_form_described_in_the_body_and_written_out_below_is_not_a_second_note() -> None:
    # the body describes "a promissory note in the form of Exhibit A"; the exhibit writes it out
    x = extract_text(_CLAUSES_BEFORE_AGREEMENT.replace('(the "Term Note")', '(the "Note")'))
    assert {str(n["title"]) for n in _notes(x)} == {"Term Note"}


#: A warrant in the form that certifies after naming itself ("THIS ... WARRANT (the "Warrant")
#: certifies that ...") and entitles its holder only after a long proviso.
_WARRANT_CERTIFIES = """COMMON STOCK PURCHASE WARRANT

NORTHWIND SOLAR HOLDINGS, INC.

Warrant Shares: 120,000                                          Issue Date: April 4, 2019

THIS COMMON STOCK PURCHASE WARRANT (the "Warrant") certifies that, for value received, \
Tallgrass Opportunity Fund, L.P. or its assigns (the "Holder") is entitled, upon the terms and \
subject to the conditions hereinafter set forth, at any time on or after the Issue Date and on \
or prior to 5:00 p.m. (New York City time) on April 4, 2024, to subscribe for and purchase \
from Northwind Solar Holdings, Inc., a Colorado corporation (the "Company"), up to 120,000 \
shares of Common Stock at an exercise price of $1.10 per share.

NORTHWIND SOLAR HOLDINGS, INC.

By: /s/ Rita Gomez
Name: Rita Gomez
Title: Chief Executive Officer
"""


def test_a_warrant_that_certifies_after_naming_itself_is_held_for_its_shares() -> None:
    x = extract_text(_WARRANT_CERTIFIES)
    (warrant,) = _notes(x)
    holds = [r for r in x.relations if r.type == "HOLDS"]
    assert edges(x, "HOLDS") == {("Tallgrass Opportunity Fund, L.P.", warrant["title"])}
    assert [r.props.get("quantity") for r in holds] == [120000]
    assert edges(x, "ISSUES") == {("Northwind Solar Holdings, Inc.", warrant["title"])}


#: A note modification: the recital says who made the note to whom, the body changes a term
#: of it ("extend the maturity date of the Note").
_MODIFICATION = """NOTE MODIFICATION AGREEMENT

THIS NOTE MODIFICATION AGREEMENT (this "Agreement") is entered into as of August 1, 2015 by \
and between Bayview Marine Supply, Inc., a Maine corporation (the "Borrower"), and Casco \
Harbor Savings Bank (the "Lender").

A. The Borrower executed and delivered to the Lender a Promissory Note dated March 2, 2013 in \
the original principal amount of $480,000 (the "Note").

B. The parties wish to extend the maturity date of the Note on the terms set forth below.

1. Maturity. The maturity date of the Note is hereby extended to March 2, 2017.

IN WITNESS WHEREOF, the parties have executed this Agreement as of the date first written above.

BAYVIEW MARINE SUPPLY, INC.
By: /s/ Kurt Lind
Title: President

CASCO HARBOR SAVINGS BANK
By: /s/ Mara Cole
Title: Vice President
"""


def test_a_note_modification_amends_the_note_its_recital_says_was_made_to_the_lender() -> None:
    x = extract_text(_MODIFICATION)
    (note,) = _notes(x)
    assert (note["title"], note["date"], note["amount"]) == (
        "Promissory Note",
        "2013-03-02",
        480000,
    )
    assert edges(x, "AMENDS") == {("Note Modification Agreement", "Promissory Note")}
    assert edges(x, "ISSUES") == {("Bayview Marine Supply, Inc.", "Promissory Note")}
    assert edges(x, "HOLDS") == {("Casco Harbor Savings Bank", "Promissory Note")}


#: Notes and warrants issued over the years, told in recitals: each defined where it is issued,
#: with the principal between its noun and its term and the day of its issue.
_TRANCHES = """CONSENT AND AMENDMENT

THIS CONSENT AND AMENDMENT (this "Amendment") is dated as of June 1, 2019 between Ridgeline \
Diagnostics, Inc., a Nevada corporation (the "Company"), and Oakmont Special Opportunities \
Fund, L.P. (the "Investor").

A. Pursuant to the Note Subscription Agreement dated as of March 10, 2016 between the Company \
and the Investor, on March 10, 2016 the Company issued to the Investor a senior secured \
convertible note in the principal amount of $3,000,000 (the "2016 Note") and a warrant to \
purchase 1,500,000 shares of common stock (the "2016 Warrant").

B. The Company has since issued to the Investor (a) a convertible note in the principal amount \
of $1,000,000 (the "2017 Note") on September 5, 2017; and (b) a convertible note in the \
principal amount of $750,000 (the "2018 Note") on October 1, 2018.

RIDGELINE DIAGNOSTICS, INC.
By: /s/ Omar Said
Title: Chief Executive Officer

OAKMONT SPECIAL OPPORTUNITIES FUND, L.P.
By: /s/ Beth Nolan
Title: Managing Partner
"""


def test_each_tranche_takes_its_own_principal_and_day_of_issue() -> None:
    x = extract_text(_TRANCHES)
    terms = {str(n["title"]): (n.get("amount"), n.get("date")) for n in _notes(x)}
    assert terms == {
        "2016 Note": (3000000, "2016-03-10"),
        "2016 Warrant": (None, "2016-03-10"),  # shares, not a principal
        "2017 Note": (1000000, "2017-09-05"),
        "2018 Note": (750000, "2018-10-01"),
    }
    issued = {t for _, t in edges(x, "ISSUES")}
    assert issued == set(terms)
    assert edges(x, "HOLDS") == {("Oakmont Special Opportunities Fund, L.P.", t) for t in terms}
    # the recital that opens on the agreement issues its notes under it
    assert {(i, a) for i, a in edges(x, "ISSUED_UNDER") if a == "Note Subscription Agreement"} == {
        ("2016 Note", "Note Subscription Agreement"),
        ("2016 Warrant", "Note Subscription Agreement"),
    }


#: A credit agreement that defines the borrower's other debt: one class of notes by the
#: indenture that governs it, another by the indenture it was issued under, each indenture
#: defined in lowercase words no earlier step makes a node of.
_OTHER_DEBT = """CREDIT AGREEMENT

THIS CREDIT AGREEMENT dated as of January 9, 2008 is between Halvorsen Freight Lines, Inc., \
a Delaware corporation (the "Borrower"), and Midland Prairie Bank (the "Lender").

"Senior Indenture" means that certain indenture dated as of March 1, 2004 between the \
Borrower and Lakeside Trust Company, as trustee, with respect to the Borrower's 6.5% Senior \
Notes due 2014.

"Subordinated Notes" means the Borrower's outstanding 9% Subordinated Debentures due 2016 \
issued pursuant to the Subordinated Indenture.

"Subordinated Indenture" means that certain indenture dated as of June 15, 2006 between the \
Borrower and Lakeside Trust Company, as trustee.

IN WITNESS WHEREOF, the parties have executed this Credit Agreement.

HALVORSEN FREIGHT LINES, INC.
By: /s/ Pat Yoon
Title: Treasurer

MIDLAND PRAIRIE BANK
By: /s/ Lee Frost
Title: Vice President
"""


def test_other_debt_is_issued_under_the_indenture_its_definition_names() -> None:
    x = extract_text(_OTHER_DEBT)
    indentures = {
        str(e.props["title"]): (e.props.get("date"), e.props.get("kind"))
        for e in x.entities
        if e.label == "Agreement" and "Indenture" in str(e.props.get("title"))
    }
    assert indentures == {
        "Senior Indenture": ("2004-03-01", "indenture"),
        "Subordinated Indenture": ("2006-06-15", "indenture"),
    }
    under = {(s.lower(), t) for s, t in edges(x, "ISSUED_UNDER")}
    assert ("6.5% senior notes due 2014", "Senior Indenture") in under
    assert ("9% subordinated debentures due 2016", "Subordinated Indenture") in under


def test_a_note_takes_its_rate_from_the_section_of_the_agreement_it_points_to() -> None:
    text = _CLAUSES_BEFORE_AGREEMENT.replace(
        "2.1 Term Loan.",
        "2.2 Interest. The Term Loan shall bear interest at a rate of 7.25% per annum."
        "\n\n2.1 Term Loan.",
    ).replace(
        "on the Termination Date.",
        "on the Termination Date, with interest at the rate specified in Section 2.2 of the "
        "Loan Agreement.",
    )
    rates = {n.get("interest_rate") for n in _notes(extract_text(text)) if n.get("amount")}
    assert rates == {7.25}


def test_the_company_a_series_of_notes_belongs_to_is_named_after_its_securities() -> None:
    # "... Convertible Notes of Brightwater Labs, Inc., a Delaware corporation (the "Company")":
    # the company is the name after "Notes of", not the run that starts with the notes
    text = (
        "Original Issue Date: May 5, 2020\n\n"
        "12% SENIOR CONVERTIBLE NOTE\n\n"
        "THIS 12% SENIOR CONVERTIBLE NOTE is one of a series of duly authorized and validly "
        "issued 12% Senior Convertible Notes of Brightwater Labs, Inc., a Delaware corporation "
        '(the "Company").\n\n'
        "FOR VALUE RECEIVED, the Company promises to pay to Juniper Hill Capital LLC or its "
        'registered assigns (the "Holder") the principal sum of $200,000 on May 5, 2022.\n'
    )
    x = extract_text(text)
    parties = {str(e.props["name"]) for e in x.entities if e.label == "Party"}
    assert "Brightwater Labs, Inc." in parties
    assert not any("Notes" in p for p in parties)
    assert {m for m, _ in edges(x, "ISSUES")} == {"Brightwater Labs, Inc."}
    assert {h for h, _ in edges(x, "HOLDS")} == {"Juniper Hill Capital LLC"}


#: A line of credit the agreement makes available, with its ceiling and last day; a line a
#: recital recalls from earlier agreements is not one this agreement issues.
_LINE = """CREDIT AGREEMENT

THIS CREDIT AGREEMENT is entered into as of July 1, 2014 by and between Copperleaf Tools, Inc., \
a Utah corporation ("Borrower"), and Summit Valley Bank ("Bank").

RECITALS: Under earlier loan agreements the Bank made available to the Borrower a revolving \
line of credit (the "Prior Line of Credit").

1.1 Line of Credit. Subject to the terms of this Agreement, Bank hereby agrees to make advances \
to Borrower from time to time up to and including June 30, 2016, not to exceed at any time \
the aggregate principal amount of Two Million Dollars ($2,000,000) (the "Line of Credit").

IN WITNESS WHEREOF, the parties have executed this Agreement.

COPPERLEAF TOOLS, INC.
By: /s/ Ray Dunn
Title: President

SUMMIT VALLEY BANK
By: /s/ Ann Cho
Title: Vice President
"""


def test_the_line_of_credit_an_agreement_makes_available_is_issued_under_it() -> None:
    x = extract_text(_LINE)
    lines = {
        str(e.props["title"]): (e.props.get("amount"), e.props.get("maturity_date"))
        for e in x.entities
        if e.props.get("kind") == "credit_facility"
    }
    assert lines == {"Line of Credit": (2000000, "2016-06-30")}
    assert edges(x, "ISSUED_UNDER") == {("Line of Credit", "Credit Agreement")}
