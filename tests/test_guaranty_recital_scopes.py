"""How far a recital's guaranty reaches: what a guarantor guarantees comes before the
document that gives the guaranty ("has guaranteed the Obligations pursuant to that certain
Continuing Guaranty ..., and has pledged ... pursuant to that certain Stock Pledge
Agreement"), a titled agreement is never what a bare "Agreement" names ("this Agreement"),
the obligations a "guaranteed by" subject names come before how they are secured, and a
party list ends where the subject goes on with a verb of its own ("..., and are guaranteed
by")."""

from __future__ import annotations

from tests.passages import edges, extract_text

_FORBEARANCE = """FORBEARANCE AGREEMENT

THIS FORBEARANCE AGREEMENT (this "Agreement") is made as of April 6, 2010, by and among
ALDER RUN FOODS, INC., a Georgia corporation ("Borrower"), ALDER RUN HOLDINGS, INC., a
Delaware corporation ("Parent"), and CHATTAHOOCHEE BUSINESS CAPITAL, LLC, a Georgia limited
liability company ("Lender").

RECITALS

A. Borrower and Lender are parties to that certain Loan and Security Agreement dated as of
May 1, 2008 (the "Loan Agreement").

B. Parent has guaranteed the Obligations pursuant to that certain Continuing Guaranty dated as
of May 1, 2008, executed by Parent in favor of Lender (the "Parent Guaranty"), and has pledged
to Lender all of the capital stock of Borrower pursuant to that certain Stock Pledge Agreement
dated as of May 1, 2008, between Parent and Lender (the "Pledge Agreement").

NOW, THEREFORE, Lender agrees to forbear from exercising its remedies until June 30, 2010.

ALDER RUN FOODS, INC.

By: /s/ Corinne Wexley
Name: Corinne Wexley
Title: President

ALDER RUN HOLDINGS, INC.

By: /s/ Corinne Wexley
Name: Corinne Wexley
Title: President

CHATTAHOOCHEE BUSINESS CAPITAL, LLC

By: /s/ Dmitri Vance
Name: Dmitri Vance
Title: Senior Vice President
"""

_MODIFICATION = """NOTE MODIFICATION AGREEMENT

This NOTE MODIFICATION AGREEMENT (this "Agreement"), dated as of August 1, 2014, is between
Quillon Therapeutics, Inc., a Delaware corporation (the "Company"), and Bayside Growth Fund,
L.P., a Delaware limited partnership (the "Holder").

WHEREAS, the Company issued to the Holder a Secured Promissory Note dated May 5, 2012 in the
original principal amount of $2,000,000 (the "Note"); and

WHEREAS, the Company's obligations under the Note are secured by a security interest in all of
the assets of the Company (the "Collateral") pursuant to that certain Security Agreement dated
as of May 5, 2012, by and between the Company and the Holder (the "Security Agreement"), and
are guaranteed by Quillon Labs, LLC, a Delaware limited liability company (the "Guarantor"),
pursuant to that certain Subsidiary Guaranty dated as of May 5, 2012 (the "Guaranty");

NOW, THEREFORE, the maturity date of the Note is extended to May 5, 2016.

QUILLON THERAPEUTICS, INC.

By: /s/ Nadia Ferrante
Name: Nadia Ferrante
Title: Chief Executive Officer

BAYSIDE GROWTH FUND, L.P.

By: /s/ Leon Achterberg
Name: Leon Achterberg
Title: Managing Partner
"""


def test_a_guarantor_secures_the_obligations_not_the_pledge_agreement_or_the_forbearance() -> None:
    secured = {t for s, t in edges(extract_text(_FORBEARANCE), "SECURES") if "HOLDINGS" in s}
    assert secured == {"Loan and Security Agreement"}


def test_a_note_guarantor_secures_the_note_not_its_security_agreement() -> None:
    x = extract_text(_MODIFICATION)
    secured = {t for s, t in edges(x, "SECURES") if s == "Quillon Labs, LLC"}
    assert secured == {"Secured Promissory Note"}
    security_parties = {s for s, t in edges(x, "PARTY_TO") if t == "Security Agreement"}
    assert "Quillon Labs, LLC" not in security_parties
    assert "Quillon Therapeutics, Inc." in security_parties
