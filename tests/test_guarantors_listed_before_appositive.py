"""Two or more guarantors listed before one appositive that ties them to the obligor: "Each of
HNSD and LEASING, each a wholly owned subsidiary of the COMPANY, hereby jointly and severally
and unconditionally guarantees ..." (``relations.guarantor_tie_appositive`` now takes "each a
..."; the subjects are read as a list, as a reaffirmation's are): every company listed SECURES
the agreement, and the obligor the appositive ends on does not."""

from __future__ import annotations

from tests.passages import edges, extract_text

_OPENING = """REVOLVING CREDIT AGREEMENT

REVOLVING CREDIT AGREEMENT dated as of July 15, 1998, among HARBOR SUPPLY, INC., a New Jersey
corporation (the "COMPANY"), HSI DISTRIBUTION CORP., a Delaware corporation ("HSID"), HARBOR
LEASING CO., a New Jersey corporation ("LEASING"), and FIRST COAST NATIONAL BANK, a national
banking association (the "BANK").

1. The BANK shall make loans to the COMPANY up to $5,000,000.

"""

_CLOSING = """
4. This Agreement shall be governed by the laws of the State of New Jersey.

IN WITNESS WHEREOF, the parties have executed this Agreement.

HARBOR SUPPLY, INC.                 By: /s/ Vic Salas, President
HSI DISTRIBUTION CORP.              By: /s/ Vic Salas, Vice President
HARBOR LEASING CO.                  By: /s/ Pam Reed, Treasurer
FIRST COAST NATIONAL BANK           By: /s/ Ruth Call, Vice President
"""

_EACH_A = """3. GUARANTY. Each of HSID and LEASING, each a wholly owned subsidiary of the COMPANY,
hereby jointly and severally and unconditionally guarantees to the BANK the payment of all
amounts owing by the COMPANY under this Agreement.
"""

_AND_EACH_BEING = """3. GUARANTY. HSID and LEASING, each being a subsidiary of the COMPANY, hereby
unconditionally guarantee to the BANK the payment of the obligations of the COMPANY hereunder.
"""

_GUARANTORS = {"HSI DISTRIBUTION CORP.", "HARBOR LEASING CO."}


def test_every_listed_company_secures_the_agreement_not_the_obligor() -> None:
    for clause in (_EACH_A, _AND_EACH_BEING):
        x = extract_text(_OPENING + clause + _CLOSING)
        secured = {p for p, a in edges(x, "SECURES") if a == "Revolving Credit Agreement"}
        assert secured & (_GUARANTORS | {"HARBOR SUPPLY, INC."}) == _GUARANTORS, clause


def test_one_guarantor_with_its_appositive_as_before() -> None:
    clause = _EACH_A.replace("Each of HSID and LEASING, each a", "HSID, a")
    x = extract_text(_OPENING + clause + _CLOSING)
    secured = {p for p, a in edges(x, "SECURES") if a == "Revolving Credit Agreement"}
    assert secured & (_GUARANTORS | {"HARBOR SUPPLY, INC."}) == {"HSI DISTRIBUTION CORP."}
