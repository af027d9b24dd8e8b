"""Companies that sign an amendment "as a Credit Support Party" ("(for purposes of Section 6
only), as a Credit Support Party"), named nowhere before the signatures: each stands behind the
borrower's obligations, so it SECURES the amended credit agreement (``_GUARANTOR_ROLES`` of
``relations.role_guaranty``), and, like a guarantor or a "Loan Party" named only where it
signs, it is party to the amendment, not carried over as a party of the amended agreement
(``underlying._SUPPORT_CLASSES``). A lender's block is none."""

from __future__ import annotations

from tests.passages import edges, extract_text

_BODY = """AMENDMENT NO. 2 TO CREDIT AGREEMENT

AMENDMENT NO. 2 TO CREDIT AGREEMENT, dated as of June 1, 2005 (this "Amendment"), between
ORTON FOODS, INC., a Maryland corporation (the "Borrower"), and BAYSIDE BANK, a Maryland
banking corporation (the "Bank").

WHEREAS, the Borrower and the Bank are parties to the Credit Agreement dated as of March 1,
2003 (the "Credit Agreement");

NOW, THEREFORE, the parties agree as follows:

1. Section 7.9 of the Credit Agreement is amended by deleting "$1,000,000" and substituting
"$1,500,000".

2. Each Credit Support Party, by signing this Amendment, reaffirms that each guaranty to which
it is a party remains in full force and effect.

IN WITNESS WHEREOF, the parties have executed this Amendment as of the date above.

ORTON FOODS, INC.

By /s/ JAMES HOLT
   Name: James Holt
   Title: President

BAYSIDE BANK

By /s/ MARA LYNN
   Name: Mara Lynn
   Title: Vice President

"""

_ONE_PAGE = """ORTON DAIRY COMPANY (for purposes of Section 2 only), as a Credit Support Party

By /s/ JAMES HOLT
   Name: James Holt
   Title: President

ORTON LOGISTICS, LLC (for purposes of Section 2 only), as a Credit
Support Party

By
   Name:
   Title:
"""

_PAGE_BREAK = """ORTON DAIRY COMPANY, as a Credit Support Party

By: /s/ James Holt
Name: James Holt
Title: President

                                      - 6 -
<PAGE>

ORTON LOGISTICS, LLC (for purposes of Section 2 only) as a Credit Support Party

By: /s/ Ann Pell
Name: Ann Pell
Title: Secretary
"""

_SUPPORT = {"ORTON DAIRY COMPANY", "ORTON LOGISTICS, LLC"}


def test_credit_support_parties_secure_the_amended_agreement() -> None:
    for page in (_ONE_PAGE, _PAGE_BREAK):
        x = extract_text(_BODY + page)
        secured = {p for p, a in edges(x, "SECURES") if a == "Credit Agreement"}
        assert secured & (_SUPPORT | {"ORTON FOODS, INC.", "BAYSIDE BANK"}) == _SUPPORT, page
        parties = edges(x, "PARTY_TO")
        assert {(p, "Amendment No. 2 to Credit Agreement") for p in _SUPPORT} <= parties
        # the recital names the credit agreement's parties without them
        assert not {(p, "Credit Agreement") for p in _SUPPORT} & parties


def test_a_lender_signing_below_is_no_credit_support_party() -> None:
    page = _PAGE_BREAK.replace(
        "ORTON LOGISTICS, LLC (for purposes of Section 2 only) as a Credit Support Party",
        "HARBOR TRUST COMPANY, as a Lender",
    )
    x = extract_text(_BODY + page)
    assert "HARBOR TRUST COMPANY" not in {p for p, _ in edges(x, "SECURES")}
