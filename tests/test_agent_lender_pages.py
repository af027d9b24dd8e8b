"""A bank form's credit agreement with an agent that lends too: the preamble names the bank
by its short name and its capacity ("THE CEDAR STATE BANK, a national banking association
("Cedar"), as Administrative Agent ("Agent")"), the signature pages sign it once under
"AGENT:" and again under "LENDERS:" beside a second lender, the conformed signatures are
padded far right of "By:", and the exhibits' labels stand in quotation marks (EXHIBIT "A", a
notice of borrowing the borrower signs). A recital of the notes the agreement renews names
their maker and payee. Passages written for these tests, in those shapes; names made up."""

from __future__ import annotations

from tests.passages import edges, entity_names, extract_text, own_roles

AGENT_AND_LENDER = (
    "CREDIT AGREEMENT\n\n"
    'THIS CREDIT AGREEMENT (the "Agreement") executed as of March 3, 2009 by and among '
    'HOLLIS PETROLEUM INC., a Delaware corporation ("Borrower"), and each of the financial '
    "institutions which is a party hereto (as evidenced by the signature pages to this "
    'Agreement) (collectively, "Lenders", and individually, "Lender"), and THE CEDAR STATE '
    'BANK, a national banking association ("Cedar"), as Administrative Agent ("Agent").\n\n'
    "2. Commitments of Lenders.\n\n"
    "(a) Terms of Commitment. Each Lender agrees severally to make Advances to Borrower from "
    "time to time in an aggregate amount not to exceed its Pro Rata Part of $80,000,000.\n\n"
    "(c) Letters of Credit. Agent shall from time to time upon request of Borrower issue "
    'standby Letters of Credit for the account of Borrower (the "Letters of Credit").\n\n'
    "IN WITNESS WHEREOF, the parties hereto have caused this Agreement to be duly executed as "
    "of the day and year first above written.\n\n"
    "BORROWER:\n\nHOLLIS PETROLEUM INC.,\na Delaware corporation\n\n"
    "By:  \t/s/ Dana R. Whitcomb\nDana R. Whitcomb, President\n\n"
    "AGENT:\n\nTHE CEDAR STATE BANK\n\n"
    "By:  \t" + " " * 42 + "/s/ Ellis Moran\nEllis Moran, Senior Vice President\n\n"
    "LENDERS:\n\nTHE CEDAR STATE BANK\n\n"
    "By:  \t" + " " * 42 + "/s/ Ellis Moran\nEllis Moran, Senior Vice President\n\n"
    "NORTHFIELD BANK, N.A.\n\n"
    "By:  \t" + " " * 41 + "/s/ Priya Nandakumar\nPriya Nandakumar, Vice President\n\n"
    "EXHIBIT \u201cA\u201d\n\nNOTICE OF BORROWING\n\n"
    'The undersigned HOLLIS PETROLEUM INC., a Delaware corporation ("Borrower"), is authorized '
    "to execute this Notice of Borrowing in the capacity stated below.\n\n"
    "EXECUTED AND DELIVERED this ___ day of ______, 20__.\n\n"
    "HOLLIS PETROLEUM INC.,\na Delaware corporation\n\nBy:\n"
    "Dana R. Whitcomb, President\n"
)


def test_the_agent_is_one_party_that_lends_beside_the_other_lender() -> None:
    ex = extract_text(AGENT_AND_LENDER)
    cedar = [n for n in entity_names(ex).values() if "cedar" in n.lower()]
    assert [n.lower() for n in cedar] == ["the cedar state bank"]  # one party, not two
    roles = own_roles(ex)
    assert roles["HOLLIS PETROLEUM INC."] == "Borrower"  # the exhibit's form lends nothing
    assert "Administrative Agent" in str(roles[cedar[0]])
    assert "Lender" in str(roles[cedar[0]])
    assert edges(ex, "LENDS_TO") == {
        (cedar[0], "HOLLIS PETROLEUM INC."),
        ("NORTHFIELD BANK, N.A.", "HOLLIS PETROLEUM INC."),
    }


def test_padded_conformed_signatures_sign_for_their_banks_and_are_no_parties() -> None:
    ex = extract_text(AGENT_AND_LENDER)
    parties = {s for s, _ in edges(ex, "PARTY_TO")}
    assert not parties & {"Ellis Moran", "Priya Nandakumar", "Dana R. Whitcomb"}
    assert ("Priya Nandakumar", "Credit Agreement") in edges(ex, "SIGNED")


def test_the_agent_named_by_its_capacity_term_issues_the_letters_of_credit() -> None:
    ex = extract_text(AGENT_AND_LENDER)
    issuers = {s.lower() for s, t in edges(ex, "ISSUES") if t == "Letters of Credit"}
    assert issuers == {"the cedar state bank"}


RENEWED_NOTES = (
    "PROMISSORY NOTE\n\n$40,000,000.00\nDallas, Texas\nMarch 3, 2009\n\n"
    "FOR VALUE RECEIVED, the undersigned HOLLIS PETROLEUM INC., a Delaware corporation "
    '("Borrower"), hereby promises to pay to the order of CEDAR BANK, N.A. ("Lender") the '
    "principal sum of FORTY MILLION AND NO/100 DOLLARS ($40,000,000.00).\n\n"
    "A portion of the principal amount of this Note is given in renewal of all amounts unpaid "
    "on those certain Promissory Notes dated May 1, 2004, executed and delivered by Birch "
    "Holdings, LP and payable to the order of Cedar Bank, N.A. and the other lenders named in "
    'the loan agreement dated May 1, 2004 (the "Prior Note").\n\n'
    "HOLLIS PETROLEUM INC.\n\nBy: /s/ Dana R. Whitcomb\nName: Dana R. Whitcomb\n"
    "Title: President\n"
)


def test_a_recited_note_is_issued_by_its_maker_and_held_by_its_payee() -> None:
    ex = extract_text(RENEWED_NOTES)
    prior = [n for n in entity_names(ex).values() if n == "Promissory Notes"]
    assert prior, entity_names(ex)
    assert ("Birch Holdings, LP", "Promissory Notes") in edges(ex, "ISSUES")
    assert ("Cedar Bank, N.A.", "Promissory Notes") in edges(ex, "HOLDS")


SELECTED_PROPERTIES = (
    "CREDIT AGREEMENT\n\n"
    "THIS CREDIT AGREEMENT dated as of March 3, 2009 is between HOLLIS PETROLEUM INC., a "
    'Delaware corporation ("Borrower"), and CEDAR BANK, N.A. ("Lender").\n\n'
    "1. Loans. Lender agrees to make loans to Borrower not to exceed $15,000,000.\n\n"
    "6. Collateral Security. To secure performance by Borrower of its obligations under this "
    "Agreement, Borrower shall grant to Lender a first priority security interest in and Lien "
    "(and only Lien, except for Permitted Liens) on certain of the oil and gas properties of "
    "Borrower as may be selected by Lender, as evidenced by mortgages to be executed by "
    "Borrower.\n\n"
    "IN WITNESS WHEREOF, the parties have executed this Agreement.\n\n"
    "HOLLIS PETROLEUM INC.\n\nBy: /s/ Dana R. Whitcomb\nName: Dana R. Whitcomb\n"
    "Title: President\n\n"
    "CEDAR BANK, N.A.\n\nBy: /s/ Ellis Moran\nName: Ellis Moran\nTitle: Vice President\n"
)


def test_a_lien_on_certain_of_the_properties_secures_the_agreement() -> None:
    ex = extract_text(SELECTED_PROPERTIES)
    assert ("HOLLIS PETROLEUM INC.", "Credit Agreement") in edges(ex, "SECURES")


GUARANTY_CONDITION = (
    "CREDIT AGREEMENT\n\n"
    "THIS CREDIT AGREEMENT dated as of March 3, 2009 is among HOLLIS PETROLEUM INC., a "
    'Delaware corporation ("Borrower"), BIRCH HOLDINGS, LP, a Texas limited partnership '
    '("Guarantor"), and CEDAR BANK, N.A. ("Lender").\n\n'
    "1. Loans. Lender agrees to make loans to Borrower not to exceed $15,000,000.\n\n"
    "11. Conditions of Lending. The obligation to make the initial Advance shall be subject "
    "to the following conditions precedent:\n\n"
    "(i) Guaranty. Guarantor shall have executed an unconditional guaranty agreement of the "
    "Note in form and substance satisfactory to Lender.\n\n"
    "IN WITNESS WHEREOF, the parties have executed this Agreement.\n\n"
    "HOLLIS PETROLEUM INC.\n\nBy: /s/ Dana R. Whitcomb\nName: Dana R. Whitcomb\n"
    "Title: President\n\n"
    "BIRCH HOLDINGS, LP\n\nBy: /s/ Dana R. Whitcomb\nName: Dana R. Whitcomb\n"
    "Title: President\n\n"
    "CEDAR BANK, N.A.\n\nBy: /s/ Ellis Moran\nName: Ellis Moran\nTitle: Vice President\n"
)


def test_the_guarantor_that_shall_have_executed_a_guaranty_is_party_to_it() -> None:
    ex = extract_text(GUARANTY_CONDITION)
    assert ("BIRCH HOLDINGS, LP", "Guaranty Agreement") in edges(ex, "PARTY_TO")
    assert ("BIRCH HOLDINGS, LP", "Credit Agreement") in edges(ex, "SECURES")
