"""A multicurrency credit agreement whose preamble lists its borrowers with one term for the
list ("each a "B Borrower""), where one name runs into its descriptor as filed ("VARNLEY B.V.a
corporation") and so takes no role, and whose signature pages sign the borrowers in a row,
then the agent, then the banks listed there. A company signing in no capacity amid the
borrowers' blocks is one of the borrowers: the banks lend to it, and it lends to none.
Passages written for these tests, in those shapes;
names made up."""

from __future__ import annotations

from tests.passages import edges, extract_text

BORROWERS = [
    "VARNLEY CORP.",
    "VARNLEY B.V.",
    "VARNLEY GMBH",
    "VARNLEY (U.K.) LTD.",
]

COVER_LIST = (
    "MULTICURRENCY CREDIT AGREEMENT, dated as of March 1, 1995, among VARNLEY CORP., a "
    'Delaware corporation (the "A Borrower"), VARNLEY B.V.a corporation organized under the '
    "laws of The Netherlands, VARNLEY GMBH, a corporation organized under the laws of Germany, "
    "and VARNLEY (U.K.) LTD., a corporation organized under the laws of England (each a "
    '"B Borrower" and, together with the A Borrower, the "Borrowers"), the banks (the "Banks") '
    "listed on the signature pages hereof, and HAVERLAND BANK N.V., as agent for the Banks "
    '(the "Agent").\n\n'
    "1. The Credits. Each Bank severally agrees to make Loans to each Borrower from time to "
    "time in an aggregate amount not exceeding its Commitment.\n\n"
    "IN WITNESS WHEREOF, the parties hereto have caused this Agreement to be duly executed as "
    "of the date first above written.\n\n"
    + "".join(f"{b}\n\nBy: /s/\nTitle: Director\n\n" for b in BORROWERS)
    + "HAVERLAND BANK N.V., as Agent\n\nBy: /s/\nTitle: Vice President\n\n"
    "CALDER BANK PLC\n\nBy: /s/\nTitle: Director\n\n"
    "MERRIT NATIONAL BANK\n\nBy: /s/\nTitle: Vice President\n"
)


def test_the_banks_lend_to_the_borrower_signing_amid_the_borrowers() -> None:
    lends = {(s.upper(), t.upper()) for s, t in edges(extract_text(COVER_LIST), "LENDS_TO")}
    assert ("CALDER BANK PLC", "VARNLEY B.V.") in lends
    assert ("MERRIT NATIONAL BANK", "VARNLEY B.V.") in lends


def test_the_borrower_signing_amid_the_borrowers_lends_to_none() -> None:
    lends = {(s.upper(), t.upper()) for s, t in edges(extract_text(COVER_LIST), "LENDS_TO")}
    assert not [p for p in lends if p[0].startswith("VARNLEY")]


def test_a_company_after_the_last_borrower_still_signs_as_a_bank() -> None:
    # no borrower's block below it: the first of the banks of the class, not a borrower
    text = COVER_LIST.replace(
        "HAVERLAND BANK N.V., as Agent\n\nBy: /s/\nTitle: Vice President\n\n", ""
    )
    lends = {(s.upper(), t.upper()) for s, t in edges(extract_text(text), "LENDS_TO")}
    assert ("CALDER BANK PLC", "VARNLEY CORP.") in lends
