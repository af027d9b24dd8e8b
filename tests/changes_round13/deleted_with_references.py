"""Round thirteen, written after the fixes (not blind): a provision deleted whole in a sentence
that also puts right the references to it elsewhere ("... is hereby deleted in its entirety,
and each reference to "X" is replaced with "Y"", "by substituting "X" for "Y" wherever it
appears"): the provision is deleted, not replaced; beside a near miss whose deletion is replaced
by the wording that follows."""

from __future__ import annotations

from tests.changes_round5.case import credit_amendment
from tests.changes_round11.case import note_amendment
from tests.changes_round13.case import case

case(
    "definition_deleted_and_its_references_replaced",
    credit_amendment(
        """
1. Successor Agent. The definition of "Existing Agent" in Section 1.1 of the Credit Agreement is
hereby deleted in its entirety, and each reference in the Credit Agreement to "Existing Agent"
is replaced with a reference to "Agent".

2. Section 7.5 of the Credit Agreement is hereby deleted in its entirety and all references to
Section 7.5 in the Credit Agreement are replaced with references to Section 7.6.

3. Section 7.8 of the Credit Agreement is hereby deleted in its entirety and replaced with the
following: "7.8 Sale-Leasebacks. The Borrower shall not enter into any sale-leaseback."
""",
        ordinal="Tenth",
        base="Credit Agreement",
        borrower="BLACKSTRAP MOLASSES TRADING CO.",
    ),
    ("term:Existing Agent", "delete", None),
    ("7.5", "delete", None),
    (
        "7.8",
        "replace",
        "7.8 Sale-Leasebacks. The Borrower shall not enter into any sale-leaseback.",
    ),
)

case(
    "definition_deleted_and_its_term_substituted_wherever_it_appears",
    note_amendment(
        """
1. Schedule B to the Note Agreement is hereby amended by deleting the definition of "Series B
Notes" in its entirety and by substituting "Notes" for "Series B Notes" wherever it appears in
the Note Agreement.
""",
        ordinal="Sixth",
    ),
    ("term:Series B Notes", "delete", None),
)
