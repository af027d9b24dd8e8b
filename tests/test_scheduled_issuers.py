"""A stock pledge that names the companies whose shares it pledges only in its schedule: "each
of the corporations listed on Schedule I hereto (each, an "Issuer" and collectively, the
"Issuers")", then a table "Issuer / Jurisdiction / Class / Certificate No. / Shares" whose
rows' first cells (a long name wrapped over two lines) are the companies. Passages written for
this test in the shape of a 2000s pledge agreement."""

from __future__ import annotations

from tests.passages import extract_text

PLEDGE = """PLEDGE AGREEMENT

     PLEDGE AGREEMENT, dated as of February 12, 2007, made by HALLORAN BRANDS, INC., a
Delaware corporation (the "Pledgor"), in favor of NORTHFIELD BANK, N.A. (the "Lender").

     WHEREAS, the Pledgor owns all of the issued and outstanding shares of capital stock of
each of the corporations {listed} (each, an "Issuer" and collectively, the "Issuers");

     1.  Pledge.  The Pledgor hereby pledges to the Lender all of the shares listed on
Schedule 1 (the "Pledged Shares") as security for the Obligations.

     IN WITNESS WHEREOF, the Pledgor has executed this Agreement.

                              HALLORAN BRANDS, INC.

                              By: /s/ Miriam Okafor-Stein
                                  Title: Treasurer

                                   SCHEDULE 1

                               PLEDGED SHARES

Issuer                          Jurisdiction   Certificate No.   Number of Shares
------------------------------  -------------  ----------------  ----------------
Halloran Snack Foods Company    Indiana        7                 1,000
Brightwater Beverage Holdings,  Wisconsin      C-2               250
  Inc.
"""


def _parties(text: str) -> dict[str, object]:
    x = extract_text(text)
    return {
        str(e.props["name"]): e.props.get("jurisdiction") for e in x.entities if e.label == "Party"
    }


def test_each_scheduled_issuer_is_a_party_with_its_state() -> None:
    found = _parties(PLEDGE.format(listed="listed on Schedule 1 hereto"))
    assert found.get("Halloran Snack Foods Company") == "Indiana"
    assert found.get("Brightwater Beverage Holdings, Inc.") == "Wisconsin"


def test_no_schedule_cited_no_issuers() -> None:
    found = _parties(PLEDGE.format(listed="named in the Credit Agreement"))
    assert "Halloran Snack Foods Company" not in found


def test_issuers_are_party_to_nothing() -> None:
    x = extract_text(PLEDGE.format(listed="listed on Schedule 1 hereto"))
    names = {e.ref: str(e.props.get("name")) for e in x.entities}
    sources = {names[r.source] for r in x.relations if r.type == "PARTY_TO"}
    assert "Halloran Snack Foods Company" not in sources
