"""Notes a credit document requires without writing them out (``ingest.relations.
evidencing_notes``), a defined term that names a titled note (``ingest.instruments``) and the
letters of credit an amendment restates (``ingest.relations.letters_of_credit``): passages
composed in each drafting shape, and real credit agreements of the corpus."""

from __future__ import annotations

from ingest.extract import extract
from ingest.readers.reader import read_file
from ingest.records import Extraction, RelationRecord
from tests.passages import edges as named_edges
from tests.passages import extract_text
from tests.paths import CORPUS


def edges(x: Extraction, type_: str) -> set[tuple[str, str]]:
    """The relations of one type as (source, target) names, lower-cased (a name is kept as the
    text spells it: "HARLOW MILLWORKS, INC." in a preamble of capitals)."""
    return {(a.lower(), b.lower()) for a, b in named_edges(x, type_)}


def _titles(x: Extraction) -> set[str]:
    return {str(e.props["title"]) for e in x.entities if e.label == "Instrument"}


def _dates(x: Extraction) -> dict[str, object]:
    return {
        str(e.props["title"]): e.props.get("date") for e in x.entities if e.label == "Instrument"
    }


#: A syndicated credit agreement: the loans of each lender "shall be evidenced by a promissory
#: note of the Borrower payable to the order of such Lender", the note named by its term.
_SYNDICATED = """CREDIT AGREEMENT

THIS CREDIT AGREEMENT dated as of March 2, 2015 is among HARLOW MILLWORKS, INC., an Oregon \
corporation (the "Borrower"), CASCADE TRUST BANK, an Oregon banking corporation, and PUGET \
NATIONAL BANK, a national banking association (each a "Lender" and together the "Lenders").

2.4 Notes. The Revolving Loans made by each Lender shall be evidenced by a promissory note of \
the Borrower payable to the order of such Lender in the form of Exhibit B (each, a "Revolving \
Note").

2.5 Interest. Each Revolving Loan shall bear interest at the Base Rate.

IN WITNESS WHEREOF, the parties have executed this Credit Agreement.

HARLOW MILLWORKS, INC.
By: /s/ Dana Voss
Title: President

CASCADE TRUST BANK, as a Lender
By: /s/ Ira Kent
Title: Vice President

PUGET NATIONAL BANK, as a Lender
By: /s/ Lou Park
Title: Senior Vice President
"""


def test_the_note_each_lender_is_to_be_paid_by_is_issued_by_the_borrower_and_held_by_each() -> None:
    x = extract_text(_SYNDICATED)
    assert "Revolving Note" in _titles(x)
    assert edges(x, "ISSUES") == {("harlow millworks, inc.", "revolving note")}
    assert edges(x, "HOLDS") == {
        ("cascade trust bank", "revolving note"),
        ("puget national bank", "revolving note"),
    }
    assert edges(x, "ISSUED_UNDER") == {("revolving note", "credit agreement")}


#: A bank's letter agreement: the borrower's obligation to repay advances "shall be evidenced by
#: a promissory note (the "Note")"; no payee is written, the letter has one lender.
_LETTER = """April 9, 2010

Tamarack Instruments Corp.
12 Ridge Road
Dayton, Ohio 45402

Ladies and Gentlemen:

Ridgeline Savings Bank (the "Bank") is pleased to confirm that it has approved a committed \
line of credit to Tamarack Instruments Corp. (the "Borrower") in the maximum principal amount \
of $4,000,000 (the "Line of Credit"), on the terms of this letter (the "Letter Agreement").

1. Advances. The Bank will make advances to the Borrower under the Line of Credit until \
April 30, 2011.

2. Note. The obligation of the Borrower to repay advances under the Line of Credit shall be \
evidenced by a promissory note (the "Note") in form and content satisfactory to the Bank.

Very truly yours,

RIDGELINE SAVINGS BANK
By: /s/ Omar Reyes
Title: Vice President

Accepted and agreed:
TAMARACK INSTRUMENTS CORP.
By: /s/ Wen Liu
Title: Treasurer
"""


def test_the_note_a_letter_requires_for_the_advances_is_the_borrowers_held_by_its_one_bank() -> (
    None
):
    x = extract_text(_LETTER)
    assert "Promissory Note" in _titles(x)
    assert edges(x, "ISSUES") == {("tamarack instruments corp.", "promissory note")}
    assert edges(x, "HOLDS") == {("ridgeline savings bank", "promissory note")}
    (under,) = {e for e in edges(x, "ISSUED_UNDER") if e[0] == "promissory note"}
    assert "letter" in under[1] or under[1] == "credit agreement"


#: A definitions article: ""Term Note" shall mean the promissory note of the Borrower payable to
#: the order of the Bank ...", and a recital of the earlier note the agreement replaces ("a
#: promissory note dated ... made by the Borrower payable to the order of the Bank (the
#: "Original Note")"), and a subordinated note no role stands in for.
_DEFINITIONS = """TERM LOAN AGREEMENT

THIS TERM LOAN AGREEMENT is made as of June 1, 2012 by and between BRISTOW FARM SUPPLY CO., a \
Kansas corporation (the "Borrower"), and PRAIRIE STATE BANK, a Kansas banking corporation \
(the "Bank").

RECITALS

A. The Bank has heretofore made a loan to the Borrower evidenced by a promissory note dated \
March 3, 2009 made by the Borrower payable to the order of the Bank (the "Original Note").

ARTICLE 1. DEFINITIONS

"Subordinated Debt" means indebtedness of any Subsidiary evidenced by a subordinated \
promissory note (the "Subordinated Note").

"Term Note" shall mean the promissory note of the Borrower payable to the order of the Bank in \
the form of Exhibit A, evidencing the Term Loan made hereunder.

IN WITNESS WHEREOF, the parties have executed this Term Loan Agreement.

BRISTOW FARM SUPPLY CO.
By: /s/ Gail Moss
Title: President

PRAIRIE STATE BANK
By: /s/ Hal Berg
Title: Senior Vice President
"""


def test_a_defined_note_is_required_under_the_agreement_and_a_recited_one_only_issued() -> None:
    x = extract_text(_DEFINITIONS)
    assert {"Term Note", "Original Note"} <= _titles(x)
    assert _dates(x)["Original Note"] == "2009-03-03"
    maker, bank = "bristow farm supply co.", "prairie state bank"
    assert edges(x, "ISSUES") == {(maker, "term note"), (maker, "original note")}
    assert edges(x, "HOLDS") == {(bank, "term note"), (bank, "original note")}
    # the earlier note was not issued under this agreement; the subordinated one is nobody's
    assert edges(x, "ISSUED_UNDER") == {("term note", "term loan agreement")}


#: A titled note named, then given a short term: one note, not a second one under the term.
_TITLED_THEN_TERMED = """CREDIT AGREEMENT

THIS CREDIT AGREEMENT is entered into as of August 4, 2011 by and between OSPREY DATA \
SYSTEMS, INC., a Utah corporation ("Borrower"), and BONNEVILLE BANK ("Bank").

1.1 Line of Credit. Bank hereby agrees to make advances to Borrower from time to time up to \
and including August 1, 2013, not to exceed $6,000,000 ("Line of Credit"). Borrower's \
obligation to repay advances under the Line of Credit shall be evidenced by that certain \
Amended and Restated Revolving Line of Credit Note, dated August 4, 2011, executed by \
Borrower and payable to the order of Bank ("Line of Credit Note").

IN WITNESS WHEREOF, the parties have executed this Credit Agreement.
"""


def test_a_short_term_given_to_a_titled_note_names_that_note() -> None:
    x = extract_text(_TITLED_THEN_TERMED)
    notes = {t for t in _titles(x) if t.endswith("Note")}
    assert notes == {"Amended and Restated Revolving Line of Credit Note"}


#: An amendment restating the commitments: the letters of credit the bank agrees to issue are
#: issued under the amended credit agreement; a list item "issuing letters of credit" in a
#: use-of-proceeds clause names nobody who issues them.
_AMENDMENT = """SECOND AMENDMENT TO CREDIT AGREEMENT

This SECOND AMENDMENT TO CREDIT AGREEMENT ("Amendment") is entered into as of May 5, 2003 by \
and between LARKSPUR FOODS, INC., a Nevada corporation (the "Borrower"), and SIERRA COMMERCE \
BANK (the "Bank"), and amends that certain Credit Agreement dated as of January 10, 2001 \
between the Borrower and the Bank (the "Agreement").

1. Section 2.1 of the Agreement is amended to read: "2.1 The Commitment. Subject to the terms \
hereof, the Bank agrees to make Revolving Loans and issue Letters of Credit from time to time \
to the Maturity Date."

2. Section 6.9 of the Agreement is amended to read: "The Borrower shall use the proceeds of \
the Loans (i) to repay indebtedness to Granite Capital Partners, L.P.; and (ii) for general \
corporate purposes, including funding working capital, issuing letters of credit and \
acquisitions."

IN WITNESS WHEREOF, the parties have executed this Amendment.
"""


def test_an_amendment_restating_the_commitment_issues_letters_of_credit_under_the_agreement() -> (
    None
):
    x = extract_text(_AMENDMENT)
    assert edges(x, "ISSUES") == {("sierra commerce bank", "letters of credit")}
    assert edges(x, "ISSUED_UNDER") == {("letters of credit", "credit agreement")}


def _corpus(name: str) -> Extraction:
    (doc,) = read_file(CORPUS / "credit-dev" / name, max_bytes=10_000_000).documents
    return extract(doc)


def test_real_line_of_credit_note_of_a_credit_agreement_is_issued_held_and_dated() -> None:
    # Saba Software / Wells Fargo (2010): "Borrower's obligation to repay advances under the
    # Line of Credit shall be evidenced by a promissory note dated as of November 22, 2010 (the
    # "Line of Credit Note")"
    x = _corpus("lexpredict-1070380-2010-11-23.txt")
    assert _dates(x)["Line of Credit Note"] == "2010-11-22"
    assert ("saba software, inc.", "line of credit note") in edges(x, "ISSUES")
    assert ("wells fargo bank, national association", "line of credit note") in edges(x, "HOLDS")
    assert ("line of credit note", "credit agreement") in edges(x, "ISSUED_UNDER")


def test_real_restated_note_and_its_short_term_are_one_note() -> None:
    # Employers Holdings / Wells Fargo (2008): "that certain Amended and Restated Revolving Line
    # of Credit Note, dated May 23, 2008, executed by Borrower and payable to the order of Bank
    # ("Line of Credit Note")", after a recital of the earlier Revolving Line of Credit Note
    x = _corpus("lexpredict-1379041-2008-05-27.txt")
    notes = {t for t in _titles(x) if t.endswith("Note")}
    assert notes == {
        "Amended and Restated Revolving Line of Credit Note",
        "Revolving Line of Credit Note",
    }


def test_real_term_gathering_a_list_of_notes_is_not_given_to_one_of_them() -> None:
    # CareView (2023): "holders of the 2011 Notes, 2012 Notes, 2014 Supplemental Closing Notes
    # ... (collectively, the "Existing Notes")": the 2012 Notes are not the Existing Notes
    (doc,) = read_file(
        CORPUS / "edgar" / "0001387131-23-000022_2.txt", max_bytes=10_000_000
    ).documents
    x = extract(doc)
    by_term = {
        a: e.props.get("title") for e in x.entities if e.label == "Instrument" for a in e.aliases
    }
    assert by_term["Existing Notes"] == "Existing Notes"


#: A definitions article naming who issues the letters of credit: issued under the agreement
#: when the definition says so ("pursuant to Section 2.3"), only issued when it does not.
_LC_DEFINED = """REIMBURSEMENT AND CREDIT AGREEMENT

THIS REIMBURSEMENT AND CREDIT AGREEMENT is made as of October 2, 2006 between WAVERLY \
CERAMICS, INC., a Georgia corporation (the "Borrower"), and PIEDMONT FIRST BANK (the "Bank").

"Letter of Credit" shall mean any standby letter of credit issued by the Bank for the account \
of the Borrower pursuant to Section 2.3.

IN WITNESS WHEREOF, the parties have executed this Agreement.
"""


def test_the_bank_a_definition_says_issues_the_letters_of_credit_issues_them_under_it() -> None:
    x = extract_text(_LC_DEFINED)
    assert edges(x, "ISSUES") == {("piedmont first bank", "letters of credit")}
    assert edges(x, "ISSUED_UNDER") == {("letters of credit", "reimbursement and credit agreement")}
    bare = extract_text(_LC_DEFINED.replace(" pursuant to Section 2.3", ""))
    assert edges(bare, "ISSUES") == {("piedmont first bank", "letters of credit")}
    assert edges(bare, "ISSUED_UNDER") == set()


#: A lender's agreement to make a credit facility available, defined with its amount after it.
_FACILITY = """CREDIT AGREEMENT

THIS CREDIT AGREEMENT is made effective as of July 9, 2013 between QUILL RIVER MINING CORP., \
a Nevada corporation ("Borrower"), and MARA T. OKAFOR ("Lender").

1. Credit Facility. Subject to the terms hereof, Lender agrees to make a credit facility \
available to Borrower (the "Credit Facility") in the maximum amount of Two Million Dollars \
($2,000,000), under which Lender will make advances to Borrower.

IN WITNESS WHEREOF, the parties have executed this Agreement.
"""


def test_the_credit_facility_a_lender_agrees_to_make_available_is_issued_under_the_agreement() -> (
    None
):
    x = extract_text(_FACILITY)
    amounts = {
        str(e.props["title"]): e.props.get("amount")
        for e in x.entities
        if e.props.get("kind") == "credit_facility"
    }
    assert amounts == {"Credit Facility": 2_000_000}
    assert edges(x, "ISSUED_UNDER") == {("credit facility", "credit agreement")}


#: An amendment's conditions naming the restated note, its maker and its payee: the note is the
#: maker's, held by the payee, under the amended credit agreement.
_CONDITION = """THIRD AMENDMENT TO CREDIT AGREEMENT

THIS THIRD AMENDMENT TO CREDIT AGREEMENT ("Third Amendment") dated as of April 1, 2004 is \
between ALDER CREEK TOYS, INC., a Delaware corporation (the "Borrower"), and COASTAL TRUST \
COMPANY, as lender and agent (the "Agent"), and amends the Credit Agreement dated as of \
June 3, 2002 between the Borrower and the Agent (the "Credit Agreement").

3. Conditions. This Third Amendment shall become effective when the Agent shall have received \
an original executed Amended and Restated Revolving Credit Note, dated the date hereof, made \
by the Borrower in favor of the Agent, in the amount of $9,000,000; and a Note made by the \
undersigned.

IN WITNESS WHEREOF, the parties have executed this Third Amendment.
"""


def test_a_titled_note_an_amendment_requires_is_the_makers_under_the_amended_agreement() -> None:
    x = extract_text(_CONDITION)
    note = "amended and restated revolving credit note"
    assert edges(x, "ISSUES") == {("alder creek toys, inc.", note)}
    assert edges(x, "HOLDS") == {("coastal trust company", note)}
    assert edges(x, "ISSUED_UNDER") == {(note, "credit agreement")}


def test_a_note_another_party_owes_is_not_the_borrowers() -> None:
    # "Harlow(UK)'s obligation to repay advances ... shall be evidenced by a promissory note":
    # that party's note (when its name reads), never the borrower's
    text = _LETTER.replace(
        "2. Note. The obligation of the Borrower to repay advances",
        "2. Note. Tamarack(UK)'s obligation to repay advances",
    )
    x = extract_text(text)
    assert not {t for _, t in edges(x, "ISSUES")} & {"promissory note"}


#: An agreement restating earlier ones it names only by the term a recital gives them.
_RESTATED = """CREDIT AGREEMENT

THIS CREDIT AGREEMENT is made as of May 1, 1997 by and between JUNIPER LABEL CO., a Minnesota \
corporation (the "Borrower"), and NORTH STAR BANK (the "Lender").

RECITALS

FIRST: Pursuant to one or more agreements ("Earlier Credit Agreements"), the Lender has made \
available to the Borrower a revolving line of credit.

9.12 Prior Agreements Superseded. This Credit Agreement amends, restates, and supersedes in \
their entirety the Earlier Credit Agreements.
"""


def test_an_agreement_restating_earlier_ones_named_by_a_term_amends_them() -> None:
    x = extract_text(_RESTATED)
    assert edges(x, "AMENDS") == {("credit agreement", "earlier credit agreements")}


#: Co-borrowers whose note a one-word term defines as "the promissory note ... delivered by
#: Borrowers to Bank", and an article that says the loan "will be evidenced by a Note executed
#: by Borrowers in favor of Bank".
_DELIVERED_BY_BORROWERS = """LOAN AGREEMENT

THIS LOAN AGREEMENT (this "Agreement") is made the 4th day of May, 2007, by and among \
KESTREL OUTFITTERS, INC., a Vermont corporation, and KESTREL WHOLESALE LLC, a Vermont limited \
liability company (each a "Borrower" and together, "Borrowers"); and GRANITE VALLEY BANK, a \
state banking corporation ("Bank").

1.1 Definitions.

"Loan" means the aggregate outstanding advances made by Bank to Borrowers hereunder.

"Note" means the promissory note in the form of Exhibit A attached hereto delivered by \
Borrowers to Bank, as amended or replaced from time to time.

2.1 Advances. Bank agrees to make advances to Borrowers from time to time in an aggregate \
amount not to exceed $4,000,000.

2.2 Promissory Note. The indebtedness of Borrowers to Bank under the Loan will be evidenced by \
a Note executed by Borrowers in favor of Bank.

IN WITNESS WHEREOF, the parties have executed this Agreement.

KESTREL OUTFITTERS, INC.
By: /s/ Mara Quill
Title: President

KESTREL WHOLESALE LLC
By: /s/ Mara Quill
Title: Manager

GRANITE VALLEY BANK
By: /s/ Otto Brandt
Title: Vice President
"""


def test_a_one_word_note_term_defined_as_the_promissory_note_delivered_by_borrowers() -> None:
    x = extract_text(_DELIVERED_BY_BORROWERS)
    notes = {t for t in _titles(x) if "note" in t.lower()}
    assert len(notes) == 1, notes
    note = notes.pop().lower()
    assert edges(x, "ISSUES") == {
        ("kestrel outfitters, inc.", note),
        ("kestrel wholesale llc", note),
    }
    assert edges(x, "HOLDS") == {("granite valley bank", note)}
    # the "Loan" the definitions say the Bank makes hereunder is the agreement's facility
    # (ingest.instruments.loan_definitions), issued under it beside the note
    assert edges(x, "ISSUED_UNDER") == {(note, "loan agreement"), ("loan", "loan agreement")}


#: Two lenders' notes defined "individually or collectively" as "the Term Note(s), dated ...,
#: made by the Borrower payable to the order of each of the Lenders", on the agreement's date.
_NOTES_OF_EACH_LENDER = """CREDIT AGREEMENT

THIS CREDIT AGREEMENT made and entered into as of April 3, 2003, by and among ORCHARD BEND \
FINANCE CO., an Iowa corporation (the "Borrower"), LAKEVIEW STATE BANK, an Iowa banking \
corporation, and PRAIRIE CAPITAL CORPORATION, a Nebraska corporation (each a "Lender" and \
collectively the "Lenders").

1. DEFINITIONS

"Term Note(s)" means, individually or collectively, the Term Note(s), dated April 3, 2003, made \
by the Borrower payable to the order of each of the Lenders, the aggregate original principal \
amount of which is Nine Million Dollars ($9,000,000).

2. THE TERM LOAN

2.1. Each Lender severally agrees to make a term loan to the Borrower in the amount set forth \
next to its signature.

IN WITNESS WHEREOF, the parties have executed this Credit Agreement.

ORCHARD BEND FINANCE CO.
By: /s/ Nell Ortega
Its: President

PRAIRIE CAPITAL CORPORATION
By: /s/ Hugh Lamb
Its: Vice President

LAKEVIEW STATE BANK
By: /s/ Ada Finch
Its: Vice President
"""


def test_notes_defined_individually_or_collectively_as_made_by_the_borrower_to_each_lender() -> (
    None
):
    x = extract_text(_NOTES_OF_EACH_LENDER)
    assert edges(x, "ISSUES") == {("orchard bend finance co.", "term note")}
    assert edges(x, "HOLDS") == {
        ("lakeview state bank", "term note"),
        ("prairie capital corporation", "term note"),
    }
    # dated the agreement's own date: issued under it, though the definition says no "shall"
    assert edges(x, "ISSUED_UNDER") == {("term note", "credit agreement")}
    earlier = extract_text(
        _NOTES_OF_EACH_LENDER.replace("dated April 3, 2003, made", "dated May 9, 2001, made")
    )
    assert edges(earlier, "ISSUED_UNDER") == set()


#: A note another agreement provides for, defined in the credit agreement's terms ("shall mean"
#: is no promise that the credit agreement issues it).
_OTHER_AGREEMENTS_NOTE = """CREDIT AGREEMENT

THIS CREDIT AGREEMENT dated as of August 8, 2001 is between MERIDIAN TUG COMPANY, a Delaware \
corporation (the "Owner"), and HARBORSIDE BANK, N.A., a national banking association (the \
"Lender").

"Trustee's Note" shall mean a promissory note issued and delivered by the Owner to the Trustee \
described in Article II of the Security Agreement and shall also mean any note issued in \
replacement thereof pursuant to the Security Agreement.

2.1 Advances. The Lender agrees to make advances to the Owner not to exceed $12,000,000.

IN WITNESS WHEREOF, the parties have executed this Credit Agreement.

MERIDIAN TUG COMPANY
By: /s/ Cy Dunn
Title: Treasurer

HARBORSIDE BANK, N.A.
By: /s/ Bea Holt
Title: Vice President
"""


def test_a_note_defined_by_shall_mean_is_not_thereby_issued_under_the_agreement() -> None:
    x = extract_text(_OTHER_AGREEMENTS_NOTE)
    assert edges(x, "ISSUES") == {("meridian tug company", "trustee's note")}
    assert edges(x, "ISSUED_UNDER") == set()


#: A line of credit "evidenced by and payable with interest in accordance with the note of the
#: Borrower ..., dated today's date (the "Note")".
_EVIDENCED_AND_PAYABLE = """CREDIT AGREEMENT

THIS CREDIT AGREEMENT, dated as of May 2, 1996 by and between TALLGRASS DEVICES CORP., a Maine \
corporation (the "Borrower") and NORTHERN LIGHT BANK, a Maine banking corporation (the "Bank").

1.1 Amount. The Bank agrees to make loans to the Borrower from time to time in an aggregate \
principal amount not to exceed $3,000,000 (the "Revolving Loans").

1.2 Note. The Revolving Loans shall be evidenced by and payable with interest in accordance \
with the note of the Borrower in a form satisfactory to the Bank, dated today's date (the \
"Note").

IN WITNESS WHEREOF, the parties have executed this Credit Agreement.

TALLGRASS DEVICES CORP.
By: /s/ Lyle Shaw
Title: Treasurer

NORTHERN LIGHT BANK
By: /s/ Opal Reyes
Title: Vice President
"""


def test_loans_evidenced_by_and_payable_in_accordance_with_the_note_of_the_borrower() -> None:
    x = extract_text(_EVIDENCED_AND_PAYABLE)
    assert edges(x, "ISSUES") == {("tallgrass devices corp.", "note")}
    assert edges(x, "HOLDS") == {("northern light bank", "note")}
    # the loans the lending sentence defines are the agreement's facility, the note evidences them
    assert edges(x, "ISSUED_UNDER") == {
        ("note", "credit agreement"),
        ("revolving loans", "credit agreement"),
    }
    assert _dates(x)["Note"] == "1996-05-02"  # "dated today's date": the agreement's


#: A line of credit whose term, in capitals, names its commitment, and lenders that "have
#: agreed to establish" a credit facility by this agreement.
_COMMITMENT_IN_CAPITALS = """CREDIT AGREEMENT

THIS CREDIT AGREEMENT, dated as of May 2, 1996 by and between TALLGRASS DEVICES CORP., a Maine \
corporation (the "BORROWER") and NORTHERN LIGHT BANK, a Maine banking corporation (the "Bank").

1.1 AMOUNT. The Bank agrees to make loans (each a "REVOLVING LOAN") to the Borrower from time \
to time in an aggregate principal amount not to exceed at any one time outstanding the sum of \
$3,000,000 (the "LINE OF CREDIT COMMITMENT").

IN WITNESS WHEREOF, the parties have executed this Credit Agreement.
"""


def test_a_line_of_credit_commitment_in_capitals_is_the_agreements_facility() -> None:
    x = extract_text(_COMMITMENT_IN_CAPITALS)
    facilities = {
        str(e.props["title"]): e.props.get("amount")
        for e in x.entities
        if e.props.get("kind") == "credit_facility"
    }
    assert facilities == {"LINE OF CREDIT COMMITMENT": 3_000_000}
    assert ("NORTHERN LIGHT BANK", "TALLGRASS DEVICES CORP.", 3_000_000) in {
        (r_name[0], r_name[1], r.props.get("amount")) for r, r_name in _lending(x)
    }
    agreed = extract_text(_FACILITY.replace("Lender agrees to make", "Lender has agreed to make"))
    assert edges(agreed, "ISSUED_UNDER") == {("credit facility", "credit agreement")}


def _lending(x: Extraction) -> list[tuple[RelationRecord, tuple[str, str]]]:
    names = {e.ref: str(e.props.get("name") or e.props.get("title")) for e in x.entities}
    return [(r, (names[r.source], names[r.target])) for r in x.relations if r.type == "LENDS_TO"]
