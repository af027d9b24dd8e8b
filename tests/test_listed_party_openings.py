"""An older bank-loan layout: an opening that lists its parties in capitals, one to a line, and
closes with "agree as follows as of ..." (no "between", no defined terms); the lenders defined
as the banks "set forth on the signature pages hereof under the heading "Banks""; notes defined
as "issued to each of the Banks by the Borrower"; signature pages whose captions ("BORROWER:",
"BANKS:") stand beside the companies' names, with an attesting secretary under the borrower's
signer and a footer ("CREDIT AGREEMENT" / the borrower / "SIGNATURE PAGE 12  -12-") on each
page; and a body that mentions documents "executed on the Agreement Date" long before the
signatures. Passages written for these tests."""

from __future__ import annotations

from ingest.structure.listed_opening import lists_parties_then_agrees
from ingest.structure.signature_pages import SIGNATURE_START
from tests.passages import OWN, edges, entity_names, extract_text, own_roles

OPENING = """
                                 CREDIT AGREEMENT


                             HARBOR POINT REALTY TRUST,
                         FIRST UNION BANK OF OHIO, N.A.,
                             KEYSTONE BANK, N.A.,
                            LAKELAND BANK OF INDIANA,
                PIEDMONT BANK OF OREGON, NATIONAL ASSOCIATION
                                      and
                         FIRST UNION BANK OF OHIO, N.A.,
                     as Administrative Agent for the Banks,
             agree as follows as of the 3rd day of March, 1997:


                            ARTICLE 1 - Definitions.

         "Banks" shall mean those banks whose names are set forth on the
signature pages hereof under the heading "Banks".

         "Borrower" shall mean Harbor Point Realty Trust, an Ohio corporation.

         "Notes" shall mean those certain promissory notes in the aggregate
principal amount of up to $60,000,000; one such note issued to each of the
Banks by the Borrower, each one in substantially the form of Exhibit A.

        Section 2.1  The Loans.  The Banks agree, severally, to lend to the
Borrower amounts not exceeding the Commitment.

        Section 2.4  Fees.  The Borrower shall pay the fees of the Banks in
connection with the Loan Documents executed on the Agreement Date and the
making of the initial Advance hereunder.

"""

SIGNATURES = """
        IN WITNESS WHEREOF, the parties hereto have executed this Agreement
as of the day and year first above written.

BORROWER:                         HARBOR POINT REALTY TRUST, an Ohio corporation

                                  By:  /s/Martha J. Quinlan
                                       ---------------------------------------
                                     Title:  President
                                             ---------------------------------

                                  Attest:  /s/Peter O. Dunn
                                           -----------------------------------
                                     Title:  Secretary
                                             ---------------------------------


ADMINISTRATIVE AGENT:             FIRST UNION BANK OF OHIO, N.A.

                                  By:  /s/Samuel T. Reyes, Jr.
                                       ---------------------------------------
                                       Its:  Senior Vice President
                                             ---------------------------------


BANKS:                            FIRST UNION BANK OF OHIO, N.A.

                                  By:  /s/Samuel T. Reyes, Jr.
                                       ---------------------------------------
                                          Its:  Senior Vice President
                                                ------------------------------

                                  KEYSTONE BANK, N.A.

                                  By:  /s/Linda M. Ortiz
                                       ---------------------------------------
                                          Its:  Vice President
                                                ------------------------------

CREDIT AGREEMENT
HARBOR POINT REALTY TRUST
SIGNATURE PAGE 12                   -12-
<PAGE>   13

                                  LAKELAND BANK OF INDIANA

                                  By:  /s/Owen T. Barker
                                       ---------------------------------------
                                          Its:  Vice President
                                                ------------------------------

                                  PIEDMONT BANK OF OREGON, NATIONAL
                                  ASSOCIATION

                                  By:  /s/Ruth A. Keane
                                       ---------------------------------------
                                          Its:  Group Vice President
                                                ------------------------------

CREDIT AGREEMENT
HARBOR POINT REALTY TRUST
SIGNATURE PAGE 13                   -13-
"""

BANKS = (
    "FIRST UNION BANK OF OHIO, N.A.",
    "KEYSTONE BANK, N.A.",
    "LAKELAND BANK OF INDIANA",
    "PIEDMONT BANK OF OREGON, NATIONAL ASSOCIATION",
)


def _x():  # type: ignore[no-untyped-def]
    return extract_text(OPENING + SIGNATURES)


def _by_key(names: dict[str, object]) -> dict[str, object]:
    return {" ".join(k.upper().replace(".", "").split()): v for k, v in names.items()}


def _key(name: str) -> str:
    return " ".join(name.upper().replace(".", "").split())


def test_the_listed_opening_is_the_preamble() -> None:
    assert lists_parties_then_agrees(OPENING.split("ARTICLE 1")[0].split("CREDIT AGREEMENT")[1])
    # the paragraph that closes the recitals ends in the same words
    assert not lists_parties_then_agrees(
        "NOW, THEREFORE, ACME CORP.,\nBETA BANK, N.A.,\nthe parties, intending to be bound,"
        " agree as follows:"
    )


def test_every_listed_party_is_party_to_the_agreement_in_its_role() -> None:
    roles = _by_key(own_roles(_x()))
    assert roles[_key("Harbor Point Realty Trust")] == "Borrower"
    assert roles[_key(BANKS[0])] == "Administrative Agent and Bank"
    for bank in BANKS[1:]:
        assert roles[_key(bank)] == "Bank"


def test_the_signers_sign_with_their_own_titles_not_the_attesting_secretarys() -> None:
    x = _x()
    names = entity_names(x)
    signed = {
        names[r.source]: r.props.get("title")
        for r in x.relations
        if r.type == "SIGNED" and r.target == OWN
    }
    assert signed["Martha J. Quinlan"] == "President"
    assert signed["Samuel T. Reyes, Jr."] == "Senior Vice President"
    assert signed["Ruth A. Keane"] == "Group Vice President"
    assert "Peter O. Dunn" not in signed


def test_the_footer_naming_the_borrower_makes_it_no_bank() -> None:
    roles = _by_key(own_roles(_x()))
    assert "Bank" not in str(roles[_key("Harbor Point Realty Trust")])


def test_the_notes_are_issued_by_the_borrower_to_each_bank() -> None:
    x = _x()
    issues = {(_key(a), b) for a, b in edges(x, "ISSUES")}
    holds = {(_key(a), b) for a, b in edges(x, "HOLDS")}
    assert (_key("Harbor Point Realty Trust"), "Notes") in issues
    assert {(_key(b), "Notes") for b in BANKS} <= holds
    assert ("Notes", "Credit Agreement") in edges(x, "ISSUED_UNDER")
    notes = next(e for e in x.entities if e.props.get("title") == "Notes")
    assert "amount" not in notes.props  # one note to each bank: the aggregate is none's


def test_documents_executed_on_a_date_in_the_body_open_no_signature_pages() -> None:
    body = OPENING.split("Section 2.4")[1]
    assert SIGNATURE_START.search(body) is None
    assert SIGNATURE_START.search("the parties.\n\nEXECUTED AS OF the date first written.")
