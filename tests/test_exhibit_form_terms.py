"""The body names an exhibit by its label and gives it a term: "a promissory note in the form
attached hereto as Exhibit A (the "Note")", "a warrant in the form of Exhibit B hereto (the
"Warrant")". The exhibit holds that instrument's text whatever its own heading says ("SECURED
PROMISSORY NOTE"): the term names the exhibit's instrument, which the body's sentences about
the Note (issued to, issued pursuant to) then reach. Passages written for
these tests."""

from __future__ import annotations

from tests.passages import OWN, edges, entity_names, extract_text

LOAN = """\
                                   LOAN AGREEMENT

This LOAN AGREEMENT (this "Agreement") is entered into as of April 8, 2013, by and between
QUILLON THERAPEUTICS, INC., a Delaware corporation (the "Company"), and Beatrix L. Marchetti,
an individual (the "Lender").

1.   Loan. The Lender agrees to lend to the Company the principal amount of $200,000.

2.   Note. The Loan shall be evidenced by a secured promissory note of the Company in the
form attached hereto as Exhibit A (the "Note"), bearing interest at ten percent (10%) per
annum.

3.   Warrant. As additional consideration, the Company shall issue to the Lender a warrant
in the form attached hereto as Exhibit B (the "Warrant") to purchase 80,000 shares of Common
Stock at $1.10 per share.

4.   Governing Law. This Agreement shall be governed by the laws of the State of Delaware.

QUILLON THERAPEUTICS, INC.

By: /s/ Tomas Ekwueme
Name: Tomas Ekwueme
Title: Chief Executive Officer

/s/ Beatrix L. Marchetti
Beatrix L. Marchetti


                                      Exhibit A

                              SECURED PROMISSORY NOTE

$200,000                                                              April 8, 2013

FOR VALUE RECEIVED, QUILLON THERAPEUTICS, INC. promises to pay to the order of Beatrix L.
Marchetti the principal sum of $200,000, with interest at ten percent (10%) per annum. This
Note is issued pursuant to the Loan Agreement dated as of April 8, 2013.

QUILLON THERAPEUTICS, INC.

By: /s/ Tomas Ekwueme
Name: Tomas Ekwueme
Title: Chief Executive Officer


                                      Exhibit B

                           COMMON STOCK PURCHASE WARRANT

THIS CERTIFIES THAT Beatrix L. Marchetti is entitled to purchase from QUILLON THERAPEUTICS,
INC. up to 80,000 shares of Common Stock at $1.10 per share. This Warrant is issued pursuant
to the Loan Agreement dated as of April 8, 2013.

QUILLON THERAPEUTICS, INC.

By: /s/ Tomas Ekwueme
Name: Tomas Ekwueme
Title: Chief Executive Officer
"""


def test_the_term_names_the_exhibit_s_instrument() -> None:
    x = extract_text(LOAN)
    instruments = {e.props.get("title"): e.aliases for e in x.entities if e.label == "Instrument"}
    assert "Note" in instruments["Secured Promissory Note"]
    assert "Warrant" in instruments["Common Stock Purchase Warrant"]


def test_the_body_s_sentences_reach_the_exhibits() -> None:
    x = extract_text(LOAN)
    own = entity_names(x)[OWN]
    assert ("Secured Promissory Note", own) in edges(x, "ISSUED_UNDER")
    assert ("Beatrix L. Marchetti", "Secured Promissory Note") in edges(x, "HOLDS")
    assert ("QUILLON THERAPEUTICS, INC.", "Secured Promissory Note") in edges(x, "ISSUES")
    # one note, not the exhibit's and the body's apart
    titles = [e.props.get("title") for e in x.entities if e.label == "Instrument"]
    assert not any(t in ("Note", "Promissory Note") for t in titles)


def test_an_exhibit_the_body_names_otherwise_keeps_its_own_name() -> None:
    text = LOAN.replace("in the form attached hereto as Exhibit B (the", "(the")
    x = extract_text(text)
    warrant = next(e for e in x.entities if e.props.get("title") == "Common Stock Purchase Warrant")
    assert "Warrant" not in warrant.aliases
