"""Lenders that sign an amendment as funds stacked over one manager's block (issue #13).

Each passage is written in the general shape, not copied from a filing. Funds of one manager
(CLOs issued in series, "Granite Peak CLO 2007-1, Ltd.", and the manager's loan funds) stand
one under the other, a blank line between them or none, their names closed by a suffix or not
("Ashby Core Bond Fund" / "Ashby Insured Income Portfolio"), over ONE block: "By: <manager>, as
Collateral Manager" or "each by <manager>, as attorney-in-fact", then "By:" / "Name:" / "Title:"
(labels and values on one line or apart). Every fund of the stack is a lender and a party; the
manager only signs for them. The near misses: a signer's name typed under a company, two banks
sharing only the article "THE", a company whose block a line of prose follows.
"""

from __future__ import annotations

from ingest.names import name_runs
from ingest.signatures.fields import BY_LINE
from tests.passages import edges, extract_text, own_roles

_OPENING = """SECOND AMENDMENT TO CREDIT AGREEMENT

THIS SECOND AMENDMENT (this "Amendment") is dated as of April 2, 2008 among {borrower}, a \
Delaware corporation (the "Borrower"), the Lenders party hereto and {agent}, as administrative \
agent (the "Agent").

1. Section 6.10 of the Credit Agreement dated as of May 1, 2006 among the Borrower, the \
Lenders and the Agent (the "Credit Agreement") is amended to read as set forth below.

2. This Amendment shall be governed by the laws of the State of New York.

IN WITNESS WHEREOF, the parties have executed this Amendment as of the date first written above.

{borrower}

By: /s/ Hal Renner
Name: Hal Renner
Title: Treasurer

{agent}, as Agent

By: /s/ Corinne Vale
Name: Corinne Vale
Title: Director

<PAGE>

"""

SERIES_STACK = (
    _OPENING.format(borrower="WEXLEY FOODS, INC.", agent="HALCOMBE BANK")
    + """Granite Peak CLO 2007-1, Ltd.

Granite Peak CLO 2008-2, Ltd.

Granite Peak Senior Loan Fund, L.P.

By: Granite Peak Asset Management LLC, as Collateral Manager

By:
    /s/ Alan Fisk

Name:

    Alan Fisk

Title:

    Portfolio Manager

[Signature Page to Second Amendment]
"""
)

UNSUFFIXED_STACK = (
    _OPENING.format(borrower="TORRANCE MILLS CORP.", agent="BELLWOOD NATIONAL BANK")
    + """                              Ashby Core Bond Fund
                              Ashby Insured Income Portfolio
                              Ashby Total Return Trust

                              By: Ashby Fixed Income Advisers LLC,
                                  as investment adviser

                              By: /s/ Dana Pryor
                              Name: Dana Pryor
                              Title: Senior Portfolio Manager

Corliss Floating Rate Portfolio, as a Lender

Corliss Senior Income Fund, as a Lender

each by Corliss Investment Counsel, Inc., as attorney-in-fact

By: /s/ Wendell Ames
Name: Wendell Ames
Title: Vice President
"""
)

#: near misses: a signer typed under a company's line (no "By:" between), two banks whose
#: lines share only "THE", each over its own block
NEAR_MISSES = (
    _OPENING.format(borrower="QUARRY POINT HOLDINGS, INC.", agent="MARLOW TRUST COMPANY")
    + """THE MERCER BANK

By: /s/ Paul Ortiz
Name: Paul Ortiz
Title: Vice President

THE LINDEN SAVINGS BANK

By: /s/ Irma Cole
Name: Irma Cole
Title: Officer

Tamsin Capital Partners LLC
Tamsin Ray Holloway
By: /s/ Tamsin Ray Holloway
Title: Managing Member
"""
)


def _lenders(text: str) -> set[str]:
    x = extract_text(text)
    return {name for name, role in own_roles(x).items() if role == "Lender"}


def test_a_series_number_belongs_to_the_funds_name() -> None:
    text = "Granite Peak CLO 2007-1, Ltd. and Alder Funding 2006-II Ltd."
    runs = [r.text for r in name_runs(text)]
    assert runs == ["Granite Peak CLO 2007-1, Ltd.", "Alder Funding 2006-II Ltd."]
    # a year-series before a word that is no suffix is no name's part
    runs = [r.text for r in name_runs("the Series 2007-1 Notes of Acme Inc.")]
    assert "Acme Inc." in runs and not any("2007-1" in r for r in runs)


def test_every_fund_of_a_stack_with_blank_lines_is_a_lender() -> None:
    x = extract_text(SERIES_STACK)
    funds = {
        "Granite Peak CLO 2007-1, Ltd.",
        "Granite Peak CLO 2008-2, Ltd.",
        "Granite Peak Senior Loan Fund, L.P.",
    }
    assert funds <= {s for s, _ in edges(x, "PARTY_TO")}
    assert {(f, "WEXLEY FOODS, INC.") for f in funds} <= edges(x, "LENDS_TO")
    assert "Granite Peak Asset Management LLC" not in {s for s, _ in edges(x, "PARTY_TO")}
    assert ("Alan Fisk", "Second Amendment to Credit Agreement") in edges(x, "SIGNED")


def test_funds_no_suffix_closes_stacked_under_an_adviser_are_lenders() -> None:
    lenders = _lenders(UNSUFFIXED_STACK)
    assert {
        "Ashby Core Bond Fund",
        "Ashby Insured Income Portfolio",
        "Ashby Total Return Trust",
        "Corliss Floating Rate Portfolio",
        "Corliss Senior Income Fund",
    } <= lenders


def test_each_by_an_attorney_in_fact_signs_for_the_funds_and_lends_nothing() -> None:
    x = extract_text(UNSUFFIXED_STACK)
    parties = {s for s, _ in edges(x, "PARTY_TO")}
    assert "Corliss Investment Counsel, Inc." not in parties
    assert "Ashby Fixed Income Advisers LLC" not in parties
    assert ("Wendell Ames", "Second Amendment to Credit Agreement") in edges(x, "SIGNED")


def test_each_by_opens_a_block_only_before_a_name_or_a_signature() -> None:
    assert BY_LINE.match("each by Corliss Investment Counsel, Inc., as attorney-in-fact")
    assert BY_LINE.match("each by")
    assert BY_LINE.match("EACH BY: /s/ Mark Tully")
    assert not BY_LINE.match("each by its duly authorized officer")


def test_lines_that_share_only_an_article_or_a_signers_name_are_no_stack() -> None:
    x = extract_text(NEAR_MISSES)
    names = {n for n, _ in edges(x, "PARTY_TO")}
    assert {"THE MERCER BANK", "THE LINDEN SAVINGS BANK", "Tamsin Capital Partners LLC"} <= names
    assert "Tamsin Ray Holloway" not in names
    signed = {s for s, _ in edges(x, "SIGNED")}
    assert {"Paul Ortiz", "Irma Cole", "Tamsin Ray Holloway"} <= signed
