"""The companies a schedule lists as borrowers or guarantors: "SCHEDULE I / BORROWERS: / Acme
Nursing Corp. / Acme Care Limited Partnership ...".

Exists because a credit agreement among "Acme Holdings, Inc. and the other entities listed on
Schedule I hereto, as joint and several borrowers, the Lenders party hereto and Acme Bank, as
Agent" names its co-borrowers only on the schedule and their signature blocks, which carry no
caption; the schedule stands after the signatures, so when the uncaptioned blocks are read the
co-borrowers look like the members of the preamble's undefined class of lenders. A company the
schedules list among the obligors is not a lender for want of a caption.
"""

from __future__ import annotations

from ingest.parties.add import party_ref
from ingest.schedules import party_rows
from ingest.structure.analysis import analyze

#: the obligors' roles whose schedules keep a signing company out of the lenders' class
_OBLIGOR_ROLES = ("borrower", "guarantor")


def scheduled_obligors(text: str) -> frozenset[str]:
    """The refs of the parties the document's schedules list as borrowers or guarantors."""
    return frozenset(
        party_ref(row.name)
        for sch in analyze(text).schedules()
        for role in _OBLIGOR_ROLES
        for row in party_rows(text, sch, role)
    )
