"""An English deed's numbered list of definitions that writes each term at the head of its item
and the company straight after it, no "means" between ('(3) "Guarantor" Ashcroft Holdings
Limited.'), the preamble naming the parties by those terms only ("between the Borrower, the
Guarantor and the Security Trustee (each as defined in clause 1)")
(``parties.definition_term_then_name``); and a note whose payee is named only where the note is
described ("the Secured Loan Note, dated May 14, 2013, issued by Borrower to Alder Street
Partners LP in the original principal amount of $3,000,000"): its maker ISSUES it and its payee
HOLDS it (:func:`ingest.relations.note_owners.extract_made_by`). Passages written for this test
(invented companies).
"""

from __future__ import annotations

from tests.passages import edges, extract_text

_SIGNED = (
    "IN WITNESS of which this Deed has been executed as a deed.\n\n"
    "WEXLEY MILLS LIMITED\n\nBy: /s/ Owen Tarrant\nName: Owen Tarrant\nTitle: Director\n\n"
    "CORRAN GROUP LIMITED\n\nBy: /s/ Ruth Ablett\nName: Ruth Ablett\nTitle: Director\n"
)


def _deed(definitions: str, body: str = "") -> str:
    return (
        "GUARANTEE AND DEBENTURE\n\nTHIS DEED is dated 2 March 2012 and made between the "
        "Borrower and the Guarantor (each as defined in clause 1).\n\n"
        "1. DEFINITIONS\n\n1.1 In this Deed:\n\n"
        f"{definitions}\n\n"
        "2. GUARANTEE\n\n2.1 The Guarantor guarantees the punctual payment of the Notes.\n\n"
        f"{body}3. GOVERNING LAW\n\nThis Deed is governed by English law.\n\n" + _SIGNED
    )


def test_terms_heading_numbered_items_name_the_parties() -> None:
    x = extract_text(
        _deed(
            "     (1)  \u201cBorrower\u201d Wexley Mills Limited, a company incorporated in "
            "England and Wales.\n\n     (2)  \u201cGuarantor\u201d Corran Group Limited."
        )
    )
    aliases = {str(e.props.get("name")).lower(): e.aliases for e in x.entities}
    assert "Borrower" in aliases.get("wexley mills limited", ()), aliases
    assert "Guarantor" in aliases.get("corran group limited", ()), aliases


def test_a_described_notes_payee_holds_it_and_its_maker_issues_it() -> None:
    x = extract_text(
        _deed(
            '1.2 "Borrower" Wexley Mills Limited.\n\n1.3 "Guarantor" Corran Group Limited.\n\n'
            '1.4 "Notes" means the Loan Note, dated March 2, 2012, issued by Borrower to '
            "Pellbrook Capital Partners LP in the original principal amount of $1,500,000."
        )
    )
    holds = {(a.lower(), b) for a, b in edges(x, "HOLDS")}
    issues = {(a.lower(), b) for a, b in edges(x, "ISSUES")}
    assert ("pellbrook capital partners lp", "Loan Note") in holds, holds
    assert ("wexley mills limited", "Loan Note") in issues, issues


def test_near_miss_a_term_in_running_text_before_a_name() -> None:
    x = extract_text(
        _deed(
            "     (1)  Business Day: a day on which banks are open in London.\n\n"
            '     The "Guarantor" Corran Group Limited shall deliver the notes.'
        )
    )
    aliases = {str(e.props.get("name")).lower(): e.aliases for e in x.entities}
    assert "Guarantor" not in aliases.get("corran group limited", ()), aliases
