"""A mentioned agreement's party list that names a class by that agreement's own signature
pages ("the Credit Agreement, dated as of May 31, 2002, among Halvern Media, Inc., those
Subsidiaries identified as a "Guarantor" on the signature pages thereto, ..."): the term is the
other agreement's, so the guarantors signing this document are not made parties of the earlier
one (the company the list names is). Passage written for this test.
"""

from __future__ import annotations

from tests.passages import OWN, entity_names, extract_text

TEXT = """CREDIT AGREEMENT

THIS CREDIT AGREEMENT, dated as of March 3, 2004, is by and among HALVERN PRESS, INC.
("Borrower"), those Subsidiaries identified as a "Guarantor" on the signature pages hereto
(each a "Guarantor" and collectively, the "Guarantors"), the several lenders identified as
"Lenders" on the signature pages hereto (each a "Lender"), and FIRST COASTAL BANK, as
administrative agent for the Lenders (in such capacity, the "Agent").

"Existing Credit Agreement" means the Credit Agreement, dated as of May 31, 2002, among
Halvern Media, Inc., those Subsidiaries identified as a "Guarantor" on the signature pages
thereto, the several lenders identified on the signature pages thereto, and First Coastal
Bank, as administrative agent for the lenders thereunder.

IN WITNESS WHEREOF, the parties hereto have caused this Credit Agreement to be duly executed
as of the date first above written.

BORROWER:                    HALVERN PRESS, INC.

By: /s/ Jane R. Roe
Jane R. Roe, President

LENDERS:                     FIRST COASTAL BANK
in its capacity as Agent and as a Lender

By: /s/ John Q. Doe
John Q. Doe, Vice President

GUARANTORS:                  HALVERN PRINTING, INC.

By: /s/ Jane R. Roe
Jane R. Roe, Treasurer

HALVERN DIGITAL, INC.

By: /s/ Jane R. Roe
Jane R. Roe, Treasurer
"""


def test_the_other_agreements_class_is_not_this_documents_guarantors() -> None:
    x = extract_text(TEXT)
    names = entity_names(x)
    own = {names[r.source] for r in x.relations if r.type == "PARTY_TO" and r.target == OWN}
    earlier = {names[r.source] for r in x.relations if r.type == "PARTY_TO" and r.target != OWN}
    assert {"HALVERN PRINTING, INC.", "HALVERN DIGITAL, INC."} <= own
    assert not {"HALVERN PRINTING, INC.", "HALVERN DIGITAL, INC."} & earlier
    assert "Halvern Media, Inc." in earlier
