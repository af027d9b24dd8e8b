"""A guarantor named only in a (numbered) definitions list whose entries have neither "means"
nor a colon ('5 "Guarantor" Ashgrove Holdings, Inc.', '(c) "Guarantors" Alder Farms, LLC and Birch
Logistics, Inc.'): ``colon_definitions.bare_listed`` finds the entry and
``roles.defined_guarantors`` reads the companies it names, each SECURES the loan agreement.
An entry that defines no company ("The Continuing Guaranty ...", "See Section 8.1"), or a
quoted word a sentence wraps onto a new line, makes no guarantor; one that opens its paragraph
with no number is an entry too."""

from __future__ import annotations

from tests.passages import edges, extract_text

_OPENING = """LOAN AGREEMENT

THIS LOAN AGREEMENT is made and entered into as of June 1, 2011, by and between PRAIRIE STATE
BANK, a Kansas banking corporation, and WILLOW FOODS, INC., a Kansas corporation.

Section 1.1 Defined Terms. As used in this Agreement:

"""

_NUMBERED = """     1 "Bank" Prairie State Bank, and its successors and assigns.

     2 "Borrower" Willow Foods, Inc.

     3 "Guarantor" Willow Holdings, Inc.

     4 "Guaranty" The Continuing Guaranty of even date herewith made by the Guarantor.
"""

_LETTERED = """     (a) "Bank" Prairie State Bank.

     (b) "Event of Default" See Section 8.1.

     (c) "Guarantors" Alder Farms, LLC and Birch Logistics, Inc.
"""

_CLOSING = """
Section 2.1 The Loan. The Bank shall lend to the Borrower the principal sum of $900,000.

Section 4.1 Governing Law. This Agreement shall be governed by the laws of the State of Kansas.

IN WITNESS WHEREOF, the parties have executed this Agreement.

PRAIRIE STATE BANK                       WILLOW FOODS, INC.

By: /s/ Curt Fenn                         By: /s/ Hana Voss
    Senior Vice President                     President
"""


def _secured(definitions: str) -> set[str]:
    x = extract_text(_OPENING + definitions + _CLOSING)
    return {p for p, a in edges(x, "SECURES") if a == "Loan Agreement"}


def test_a_numbered_entry_names_the_guarantor() -> None:
    assert "Willow Holdings, Inc." in _secured(_NUMBERED)
    assert {"Alder Farms, LLC", "Birch Logistics, Inc."} <= _secured(_LETTERED)


def test_an_entry_opening_its_paragraph_without_a_number() -> None:
    unnumbered = _NUMBERED.replace('     3 "Guarantor"', '"Guarantor"')
    assert "Willow Holdings, Inc." in _secured(unnumbered)


def test_a_quoted_word_inside_a_sentence_or_with_means_is_read_as_before() -> None:
    # a sentence wrapped before a quoted word: no definition
    wrapped = _NUMBERED.replace(
        '     3 "Guarantor" Willow Holdings, Inc.',
        "     3 Each payment to the Bank under the Guaranty of the\n"
        '"Guarantor" Willow Holdings, Inc.',
    )
    assert "Willow Holdings, Inc." not in _secured(wrapped)
    # '"Guarantor" means ...' was read before and still is
    means = _NUMBERED.replace('"Guarantor" Willow', '"Guarantor" means Willow')
    assert "Willow Holdings, Inc." in _secured(means)
    # the bank and the borrower are no guarantors
    assert not _secured(_NUMBERED) & {"PRAIRIE STATE BANK", "Prairie State Bank"}
