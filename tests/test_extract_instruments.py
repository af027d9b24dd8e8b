"""Instruments and their financial terms: the own note/debenture, defined warrants, mentions."""

from __future__ import annotations

from pathlib import Path

import pytest

from ingest.context import DocContext
from ingest.extract import extract
from ingest.instruments.extract import extract_instruments
from ingest.instruments.terms import exercise_price, interest_rate, maturity_date, parse_amount
from ingest.records import Extraction, SourceDocument
from ingest.references.extract import extract_references

SEEDS = Path(__file__).resolve().parents[1] / "samples" / "seeds"


def _ctx(
    text: str, label: str | None = None, title: str = "", date: str | None = None
) -> DocContext:
    ctx = DocContext(SourceDocument(text=text, path="t"))
    if label:
        ctx.self_ref = "agreement:self"
        props = {"title": title, "date": date}
        ctx.collector.add("agreement:self", label, ctx.span(0, 4), props, contained=True)
    return ctx


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("$60,000,000", (60000000, "USD")),
        ("US $5,000,000.00", (5000000, "USD")),
        ("$2,407,345.19", (2407345.19, "USD")),
        ("$2.5 million", (2500000, "USD")),
        ("\u20ac1,000", (1000, "EUR")),
    ],
)
def test_parse_amount(text: str, expected: tuple[float, str]) -> None:
    assert parse_amount(text) == expected


def test_rates_maturities_prices() -> None:
    assert interest_rate("until maturity at the rate of Seven Percent (7%) per annum") == 7
    assert interest_rate("shall bear interest at 12.5% per annum") == 12.5
    assert maturity_date("SENIOR NOTE DUE MARCH 1, 2030".title()) == "2030-03-01"
    assert maturity_date('"Maturity Date" means December 31, 2023.') == "2023-12-31"
    assert maturity_date("shall be repaid on or before February 28, 1999") == "1999-02-28"
    assert exercise_price("at an Exercise Price of $28.06 per share") == 28.06


def test_own_note_gets_its_terms() -> None:
    text = (
        "PROMISSORY NOTE\n\n$250,000.00                                  March 1, 2021\n\n"
        "FOR VALUE RECEIVED, Widget Co. promises to pay to the order of First Bank the "
        "principal sum of Two Hundred Fifty Thousand Dollars ($250,000.00) on or before "
        "March 1, 2024, with interest at the rate of six percent (6%) per annum."
    )
    ctx = _ctx(text, "Instrument", "Promissory Note", "2021-03-01")
    extract_instruments(ctx)
    props = ctx.collector.entities["agreement:self"].props
    assert props["amount"] == 250000 and props["currency"] == "USD"
    assert props["interest_rate"] == 6
    assert props["maturity_date"] == "2024-03-01"


def test_defined_warrants_carry_their_exercise_price() -> None:
    text = (
        "The Company shall issue to each Purchaser a warrant in the form of Exhibit C (the "
        '"Series B Warrants") to purchase shares of Common Stock at an exercise price of '
        "$4.50 per share."
    )
    ctx = _ctx(text, "Agreement", "Purchase Agreement")
    extract_instruments(ctx)
    (ref,) = ctx.lookup("Series B Warrants")
    e = ctx.collector.entities[ref]
    assert e.label == "Instrument" and e.props["kind"] == "warrant"
    assert e.props["exercise_price"] == 4.5


def test_mentioned_note_gets_its_principal_amount() -> None:
    text = (
        "All amounts under that certain Promissory Note dated August 12, 1997 in the original "
        "principal amount of $2,407,345.19 shall have been paid."
    )
    ctx = _ctx(text)
    extract_references(ctx)
    extract_instruments(ctx)
    (e,) = [e for e in ctx.collector.entities.values() if e.label == "Instrument"]
    assert e.props["amount"] == 2407345.19 and e.props["date"] == "1997-08-12"


def test_a_note_whose_face_amount_precedes_its_title_gets_it() -> None:
    text = (
        'As used herein, "Notes" shall mean the $6,500,000 Promissory Note, dated as of '
        "March 3, 2015, made by the Borrower to the order of the Bank.\n\n"
        "Section 2.2. The Notes. The Advances shall be evidenced by the Notes."
    )
    ctx = _ctx(text)
    extract_references(ctx)
    extract_instruments(ctx)
    (e,) = [e for e in ctx.collector.entities.values() if e.label == "Instrument"]
    assert e.props.get("amount") == 6500000, e.props


def test_seed_debenture() -> None:
    text = (SEEDS / "004_a6cf6f05e78ff96c.txt").read_text()
    ctx = _ctx(text, "Instrument", "Subordinated Convertible Debenture", "2003-02-13")
    extract_references(ctx)
    extract_instruments(ctx)
    props = ctx.collector.entities["agreement:self"].props
    assert props["interest_rate"] == 7
    assert props["maturity_date"] == "2008-02-13"
    assert ctx.lookup("Debentures") == ["agreement:self"]


def test_seed_amendment_defines_warrants_and_notes() -> None:
    text = (SEEDS / "000_42ddd5099abacb80.txt").read_text()
    ctx = _ctx(text, "Agreement", "Amendment No. 2", "2006-12-14")
    extract_references(ctx)
    extract_instruments(ctx)
    (additional,) = ctx.lookup("Additional Warrants")
    assert ctx.collector.entities[additional].props["exercise_price"] == 28.06
    (notes,) = ctx.lookup("September Notes")
    assert ctx.lookup("Notes") == [notes]
    assert ctx.collector.entities[notes].props["kind"] == "note"
    assert ctx.lookup("September Warrants")


def _edges(x: Extraction, type_: str) -> set[tuple[str, str]]:
    """(source name, target title), lower case, of each relation of ``type_``."""
    names = {e.ref: str(e.props.get("name") or e.props.get("title")).lower() for e in x.entities}
    return {(names[r.source], names[r.target]) for r in x.relations if r.type == type_}


def _instrument(x: Extraction, title: str) -> dict[str, object]:
    notes = [e.props for e in x.entities if e.label == "Instrument"]
    (found,) = [props for props in notes if props["title"] == title]
    return dict(found)


#: A loan agreement with its note attached as a form: the note names its maker only as "the
#: undersigned" (its signature block says who), its heading restates it over two lines, and
#: it borrows the agreement's defined maturity.
_LOAN_WITH_NOTE_FORM = """LOAN AGREEMENT

THIS LOAN AGREEMENT (this "Agreement") dated as of June 2, 2014 is between HARBOR LIGHT \
FOODS, INC., a Maine corporation (the "Borrower"), and COASTAL SAVINGS BANK (the "Bank").

1. The Loan. The Bank agrees to lend to the Borrower up to $2,500,000, evidenced by a \
promissory note in the form of Exhibit A. The Loan is due on September 30, 2016 (the \
"Maturity Date").

2. Governing Law. This Agreement shall be governed by the laws of the State of Maine.

IN WITNESS WHEREOF, the parties have executed this Agreement as of the date first above written.

HARBOR LIGHT FOODS, INC.

By: /s/ Ellen Marsh
Name: Ellen Marsh
Title: President

COASTAL SAVINGS BANK

By: /s/ Tom Reyes
Name: Tom Reyes
Title: Vice President

EXHIBIT A

AMENDED AND RESTATED
PROMISSORY NOTE

$2,500,000                                                  June 2, 2014

FOR VALUE RECEIVED, the undersigned (the "Borrower") promises to pay to the order of \
COASTAL SAVINGS BANK (the "Bank") the principal sum of Two Million Five Hundred Thousand \
Dollars ($2,500,000), or so much as the Bank advances, on the Maturity Date (as defined in \
the Loan Agreement), with interest at the rate of six and one-half percent (6.5%) per annum.

This note is the note referred to in the Loan Agreement dated as of June 2, 2014 between \
the undersigned and the Bank. This note shall be governed by the laws of the State of Maine.

HARBOR LIGHT FOODS, INC.

By: ________________________
Name: Ellen Marsh
Title: President
"""


def test_attached_note_form_gets_its_terms_maker_payee_and_agreement() -> None:
    x = extract(SourceDocument(text=_LOAN_WITH_NOTE_FORM, path="loan.txt"))
    # one note: the exhibit's heading and the note text are the same instrument
    (note,) = [e.props for e in x.entities if e.label == "Instrument"]
    assert note["amount"] == 2500000 and note["date"] == "2014-06-02"
    assert note["maturity_date"] == "2016-09-30" and note["interest_rate"] == 6.5
    assert note["governing_law"] == "Maine"
    title = str(note["title"]).lower()
    assert _edges(x, "ISSUES") == {("harbor light foods, inc.", title)}
    assert _edges(x, "HOLDS") == {("coastal savings bank", title)}
    assert _edges(x, "ISSUED_UNDER") == {(title, "loan agreement")}


#: Two notes executed together, made jointly by two companies (joined by a capital "AND"),
#: one paid in instalments.
_TWO_NOTES = """CREDIT AGREEMENT

THIS CREDIT AGREEMENT dated as of March 3, 2009 is among NORTHFIELD TOOL CO., an Ohio \
corporation, MESA FABRICATION LLC, a Texas limited liability company (together, the \
"Borrowers"), and LAKESHORE NATIONAL BANK (the "Lender").

IN WITNESS WHEREOF, the parties have executed this Credit Agreement.

NORTHFIELD TOOL CO.
By: /s/ Dana Kim
Title: Treasurer

MESA FABRICATION LLC
By: /s/ Dana Kim
Title: Treasurer

LAKESHORE NATIONAL BANK
By: /s/ Omar Hill
Title: Senior Vice President

EXHIBIT B-1

REVOLVING NOTE

$4,000,000                                                    March 3, 2009

FOR VALUE RECEIVED, NORTHFIELD TOOL CO. AND MESA FABRICATION LLC hereby promise to \
pay, jointly and severally, to LAKESHORE NATIONAL BANK (the "Lender") the principal amount \
of $4,000,000. The Maturity Date is March 3, 2011. This note is the Revolving Note referred \
to in the Credit Agreement dated as of March 3, 2009 among the undersigned and the Lender.

EXHIBIT B-2

TERM NOTE

$1,200,000                                                    March 3, 2009

FOR VALUE RECEIVED, NORTHFIELD TOOL CO. AND MESA FABRICATION LLC hereby promise to \
pay to the order of LAKESHORE NATIONAL BANK (the "Lender") the principal amount of \
$1,200,000 in monthly installments of $50,000, with one final payment of the remaining \
balance on March 31, 2011. This note is the Term Note referred to in the Credit Agreement.
"""


def test_jointly_made_notes_each_get_both_makers_and_their_own_terms() -> None:
    x = extract(SourceDocument(text=_TWO_NOTES, path="credit.txt"))
    revolving, term = _instrument(x, "Revolving Note"), _instrument(x, "Term Note")
    assert (revolving["amount"], revolving["maturity_date"]) == (4000000, "2011-03-03")
    assert (term["amount"], term["maturity_date"]) == (1200000, "2011-03-31")
    makers = {"northfield tool co.", "mesa fabrication llc"}
    for title in ("revolving note", "term note"):
        assert {m for m, t in _edges(x, "ISSUES") if t == title} == makers
        assert ("lakeshore national bank", title) in _edges(x, "HOLDS")
        assert (title, "credit agreement") in _edges(x, "ISSUED_UNDER")


#: A warrant certificate: its holder is named only in the certifying sentence.
_WARRANT = """THE SECURITIES REPRESENTED HEREBY HAVE NOT BEEN REGISTERED UNDER THE SECURITIES \
ACT OF 1933.

WARRANT TO PURCHASE COMMON STOCK

Warrant No. W-7                                            Issue Date: August 9, 2019

THIS CERTIFIES THAT, for value received, Bluestem Capital Partners, L.P. or its registered \
assigns (the "Holder") is entitled to purchase from Larkspur Therapeutics, Inc., a Delaware \
corporation (the "Company"), up to 250,000 shares of Common Stock at an exercise price of \
$1.25 per share at any time on or before August 9, 2024. This Warrant is issued pursuant to \
the Securities Purchase Agreement dated as of August 9, 2019 between the Company and the \
purchasers named therein.

IN WITNESS WHEREOF, the Company has caused this Warrant to be executed as of the Issue Date.

LARKSPUR THERAPEUTICS, INC.

By: /s/ Nora Quill
Name: Nora Quill
Title: Chief Executive Officer
"""


def test_warrant_certificate_names_its_holder_issuer_price_and_expiry() -> None:
    x = extract(SourceDocument(text=_WARRANT, path="warrant.txt"))
    (warrant,) = [e.props for e in x.entities if e.label == "Instrument"]
    assert warrant["kind"] == "warrant" and warrant["exercise_price"] == 1.25
    assert warrant["maturity_date"] == "2024-08-09" and "amount" not in warrant
    title = str(warrant["title"]).lower()
    assert _edges(x, "HOLDS") == {("bluestem capital partners, l.p.", title)}
    assert _edges(x, "ISSUES") == {("larkspur therapeutics, inc.", title)}
    assert _edges(x, "ISSUED_UNDER") == {(title, "securities purchase agreement")}


def test_an_undated_mention_of_a_title_dated_once_is_the_same_agreement() -> None:
    text = (
        "This Note is the Term Note referred to in the Loan Agreement dated as of May 1, 2010 "
        "between the Company and the Bank. The undersigned certifies that the collateral "
        "complies with the Loan Agreement between the undersigned and the Bank."
    )
    ctx = _ctx(text, "Instrument", "Term Note", "2010-05-01")
    extract_references(ctx)
    loans = [e for e in ctx.collector.entities.values() if e.props.get("title") == "Loan Agreement"]
    assert [e.props["date"] for e in loans] == ["2010-05-01"]


#: A note purchase agreement: the purchasers are listed on a schedule, the note is named by
#: its rate, class and due date and defined as "Note".
_NOTE_PURCHASE = """NOTE PURCHASE AGREEMENT

THIS NOTE PURCHASE AGREEMENT (this "Agreement") is dated as of April 3, 2018 between Cobalt \
Ridge Mining Corp., a Nevada corporation (the "Company"), and each purchaser listed on \
Schedule I hereto (each, a "Purchaser" and collectively, the "Purchasers").

1. Purchase and Sale. Subject to the terms hereof, the Company shall issue and sell to each \
Purchaser, and each Purchaser shall purchase from the Company, a 10% Senior Secured \
Convertible Note due April 3, 2021 in the form of Exhibit A (each, a "Note" and \
collectively, the "Notes") in the principal amount set forth opposite such Purchaser's name \
on Schedule I.

IN WITNESS WHEREOF, the parties have executed this Agreement as of the date first written \
above.

COBALT RIDGE MINING CORP.

By: /s/ Ivan Petrov
Name: Ivan Petrov
Title: Chief Executive Officer

SCHEDULE I

SCHEDULE OF PURCHASERS

Purchaser                                   Principal Amount of Notes
-------------------------------------------------------------------
Granite Peak Opportunity Fund, L.P.         $1,500,000
-------------------------------------------------------------------
Harbor Point Capital LLC                    $1,000,000
-------------------------------------------------------------------
"""


def test_purchase_agreement_issues_its_named_note_to_the_scheduled_purchasers() -> None:
    x = extract(SourceDocument(text=_NOTE_PURCHASE, path="npa.txt"))
    (note,) = [e.props for e in x.entities if e.label == "Instrument"]
    assert (note["interest_rate"], note["maturity_date"]) == (10, "2021-04-03")
    title = str(note["title"]).lower()
    purchasers = {"granite peak opportunity fund, l.p.", "harbor point capital llc"}
    assert _edges(x, "ISSUES") == {("cobalt ridge mining corp.", title)}
    assert {h for h, _ in _edges(x, "HOLDS")} == purchasers
    assert _edges(x, "ISSUED_UNDER") == {(title, "note purchase agreement")}
    assert {p for p, _ in _edges(x, "LENDS_TO")} == purchasers
