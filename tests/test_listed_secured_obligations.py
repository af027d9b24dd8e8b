"""A deed of trust's grant "For the purpose of securing the Secured Obligations (as defined in
Section 1.2)", whose land is named in a parenthesis "(... being collectively referred to as the
"Property")", and whose Secured Obligations the next section lists: "This Deed of Trust secures
the following (collectively, the "Secured Obligations"): (a) payment of the indebtedness
evidenced by that certain Promissory Note ...; (b) performance ... under the Loan Agreement
...". The land secures each note and agreement listed. Passages written for this test in the
shape of a deed of trust of the 1990s."""

from __future__ import annotations

from tests.passages import extract_text

DEED = """DEED OF TRUST AND SECURITY AGREEMENT

     THIS DEED OF TRUST AND SECURITY AGREEMENT (this "Deed of Trust") is made as of May 9,
1996, by BIGHORN CREEK LODGE, LLC, a Colorado limited liability company ("Grantor"), to the
PUBLIC TRUSTEE OF EAGLE COUNTY, COLORADO ("Trustee"), for the benefit of ALPINE FRONT RANGE
BANK, a Colorado banking corporation ("Lender").

     1.1  GRANT.  {opening}, Grantor hereby grants, bargains, sells and conveys to Trustee, in
trust, the real property described in Exhibit A (the "Land"), together with all buildings and
improvements thereon (the Land and all of the foregoing being collectively referred to as the
"Mortgaged Property").

     1.2  SECURED OBLIGATIONS.  This Deed of Trust secures the following (collectively, the
"Secured Obligations"): (a) payment of the indebtedness evidenced by that certain Promissory
Note of even date herewith in the principal amount of $2,400,000 made by Grantor payable to
the order of Lender (the "Note"); and (b) performance of each obligation of Grantor under the
Construction Loan Agreement of even date herewith between Grantor and Lender (the "Loan
Agreement"), under which Lender makes a loan to Grantor in the amount of the Note.
"""


def _secures(text: str) -> set[tuple[str, str]]:
    x = extract_text(text)
    n = {
        e.ref: str(e.props.get("name") or e.props.get("title") or e.props.get("description"))
        for e in x.entities
    }
    return {(n[r.source], n[r.target]) for r in x.relations if r.type == "SECURES"}


def test_the_land_secures_each_listed_obligation() -> None:
    found = _secures(
        DEED.format(
            opening="For the purpose of securing the Secured Obligations (as defined in "
            "Section 1.2)"
        )
    )
    assert ("Mortgaged Property", "Promissory Note") in found
    assert ("Mortgaged Property", "Construction Loan Agreement") in found
    assert not any(target == "Deed of Trust and Security Agreement" for _, target in found)


def test_to_secure_opening_reads_the_same_list() -> None:
    found = _secures(DEED.format(opening="To secure the Secured Obligations"))
    assert ("Mortgaged Property", "Promissory Note") in found


MORTGAGE = """OPEN-END MORTGAGE

     THIS OPEN-END MORTGAGE (this "Mortgage") is made as of July 8, 2004, by CEDAR KNOLL
PARTNERS, L.P., a Pennsylvania limited partnership ("Mortgagor"), in favor of SUSQUEHANNA
VALLEY BANK, a Pennsylvania banking corporation ("Mortgagee").

     A.   The loan is evidenced by a Term Loan Note dated as of the date hereof made by
Mortgagor payable to the order of Mortgagee in the principal amount of $3,100,000 (the
"Note").

     1.1  "Indebtedness" means (a) the principal of and interest on the Note, and (b) all other
sums payable by Mortgagor under the Loan Agreement dated as of the date hereof between
Mortgagor and Mortgagee.

     2.1  To secure the payment of the Indebtedness, Mortgagor does hereby grant, bargain, sell,
convey and mortgage unto Mortgagee the land described in Exhibit A and all improvements thereon
(collectively, the "Mortgaged Property").
"""


def test_a_means_definition_lists_a_note_known_by_its_term() -> None:
    found = _secures(MORTGAGE)
    assert ("Mortgaged Property", "Term Loan Note") in found
    assert ("Mortgaged Property", "Loan Agreement") in found
