"""Amendment operations in their general drafting shapes (passages written for the tests in
each shape), and on the seed that the issue names: target, action and new wording."""

from __future__ import annotations

from pathlib import Path

import pytest

from ingest.changes import find_operations
from ingest.extract import extract
from ingest.records import SourceDocument
from tests.paths import SEEDS

HEAD = (
    "AMENDMENT NO. 3 TO LOAN AGREEMENT\n\n"
    'This Amendment No. 3 to Loan Agreement (this "Amendment") is made and entered into as of '
    "March 1, 2010, by and among ACME HOLDINGS, INC., a Delaware corporation (the "
    '"Borrower"), and FIRST NATIONAL BANK (the "Lender").\n\n'
    "WHEREAS, the Borrower and the Lender are parties to that certain Loan Agreement dated as "
    'of June 1, 2008 (as amended, the "Loan Agreement");\n\n'
    "NOW, THEREFORE, the parties hereto agree as follows:\n\n"
)
TAIL = (
    "\n\nIN WITNESS WHEREOF, the parties have executed this Amendment.\n\n"
    "ACME HOLDINGS, INC.\n\nBy: /s/ Jane Roe\n"
)

#: (shape, body, expected [(section, term, action, new wording or None)])
SHAPES: list[tuple[str, str, list[tuple[str | None, str | None, str, str | None]]]] = [
    (
        "amended and restated in its entirety to read as follows",
        "1. Section 2.05 of the Loan Agreement is hereby amended and restated in its entirety "
        "to read as follows:\n\n2.05 Prepayments. The Borrower may prepay the Loans at any time "
        "without premium.\n\n2. Counterparts. This Amendment may be signed in counterparts.",
        [
            (
                "2.05",
                None,
                "replace",
                "2.05 Prepayments. The Borrower may prepay the Loans at any time without premium.",
            )
        ],
    ),
    (
        "deleted in its entirety and replaced by, in a lettered list",
        "1. Amendments.\n\n(a) Section 7.1(c) of the Loan Agreement is hereby deleted in its "
        "entirety and replaced by the following:\n\n(c) Indebtedness not exceeding $1,000,000.\n\n"
        "(b) Section 7.4 of the Loan Agreement is hereby deleted in its entirety.\n\n"
        "2. Counterparts. This Amendment may be signed in counterparts.",
        [
            ("7.1(c)", None, "replace", "(c) Indebtedness not exceeding $1,000,000."),
            ("7.4", None, "delete", None),
        ],
    ),
    (
        "amended by deleting ... and inserting ...",
        "1. Section 6.2 of the Loan Agreement is hereby amended by deleting the number "
        '"2.50" appearing therein and inserting "3.00" in lieu thereof.',
        [("6.2", None, "amend", "3.00")],
    ),
    (
        "amended by adding the following new Section",
        "1. Article VI of the Loan Agreement is hereby amended by adding the following new "
        "Section 6.12 at the end thereof:\n\n6.12 Hedging. The Borrower shall maintain interest "
        "rate protection.\n\n2. Counterparts. This Amendment may be signed in counterparts.",
        [
            (
                "6.12",
                None,
                "add",
                "6.12 Hedging. The Borrower shall maintain interest rate protection.",
            )
        ],
    ),
    (
        "the definition of a term in Section 1.1 is amended to read",
        '1. The definition of "Maturity Date" in Section 1.1 of the Loan Agreement is hereby '
        'amended to read as follows:\n\n"Maturity Date" means June 1, 2012.\n\n'
        "2. Counterparts. This Amendment may be signed in counterparts.",
        [(None, "Maturity Date", "replace", '"Maturity Date" means June 1, 2012.')],
    ),
    (
        "the following definitions are added in the appropriate alphabetical order",
        "1. Section 1.1 of the Loan Agreement is hereby amended by adding the following "
        "definitions in the appropriate alphabetical order:\n\n"
        '"Cash Reserve" means $250,000.\n\n"Third Amendment Date" means March 1, 2010.\n\n'
        "2. Counterparts. This Amendment may be signed in counterparts.",
        [
            (None, "Cash Reserve", "add", '"Cash Reserve" means $250,000.'),
            (None, "Third Amendment Date", "add", '"Third Amendment Date" means March 1, 2010.'),
        ],
    ),
    (
        "a schedule replaced by an annex attached hereto",
        "1. Schedule 2.1 to the Loan Agreement is hereby replaced by Annex A attached hereto.",
        [("Schedule 2.1", None, "replace", None)],
    ),
    (
        "words added at the end of a section, quoted inline",
        "1. Section 2.7(b) of the Loan Agreement is hereby amended to add the following at the "
        'end thereof: "; provided that no fee shall be payable before June 1, 2010."',
        [("2.7(b)", None, "amend", "; provided that no fee shall be payable before June 1, 2010.")],
    ),
    (
        "a term of the note amended and extended",
        "1. Extension of Maturity Date. The Maturity Date of the Loan Agreement is amended and "
        "extended to December 31, 2011.",
        [(None, "Maturity Date", "amend", None)],
    ),
    (
        "the lenders hereby amend the provisions of a section",
        "1. The Lender hereby amends the provisions of Section 4.16 of the Loan Agreement to "
        "permit the Borrower to use the proceeds to settle the litigation.",
        [("4.16", None, "amend", None)],
    ),
    (
        "a new schedule added to the agreement itself",
        "1. The Loan Agreement is amended to add a new Schedule 6.01 thereto as set forth in "
        "Annex II attached hereto.",
        [("Schedule 6.01", None, "add", None)],
    ),
    (
        "a definition appearing in an article, amended to add a phrase",
        '1. The definition of "Indebtedness" appearing in Article I of the Loan Agreement is '
        'amended to add the phrase "or any Hedging Obligation" immediately following the word '
        '"Guarantee" therein.',
        [(None, "Indebtedness", "amend", "or any Hedging Obligation")],
    ),
    (
        "a section mentioned on the way is not the target",
        "1. Subject to the conditions set forth in Section 3 below, the Loan Agreement is "
        "hereby amended as follows:\n\n(a) Section 5.2(C) of the Loan Agreement is hereby "
        'amended by deleting the amount "$5,000,000" and substituting the amount "$10,000,000".',
        [("5.2(C)", None, "amend", "$10,000,000")],
    ),
    (
        "each of a list of definitions restated",
        "1. The definition of each of the following terms in Section 1.1 of the Loan Agreement "
        "is amended to read in its entirety as follows:\n\n"
        '"Applicable Rate" means 2.50% per annum.\n\n"Maturity Date" means June 1, 2013.\n\n'
        "2. Counterparts. This Amendment may be signed in counterparts.",
        [
            (None, "Applicable Rate", "replace", '"Applicable Rate" means 2.50% per annum.'),
            (None, "Maturity Date", "replace", '"Maturity Date" means June 1, 2013.'),
        ],
    ),
    (
        "amended by amending and restating the section in its entirety, lettered a. b.",
        "2. Amendments. The Loan Agreement is hereby amended as follows:\n\n"
        "a. Section 2.2 of the Loan Agreement is hereby amended by amending and restating "
        "Section 2.2 in its entirety with the following:\n\n2.2 Term Loan. The Lender shall "
        "make a term loan of $2,000,000.\n\nb. Section 6.15 of the Loan Agreement is hereby "
        "deleted in its entirety.",
        [
            (
                "2.2",
                None,
                "replace",
                "2.2 Term Loan. The Lender shall make a term loan of $2,000,000.",
            ),
            ("6.15", None, "delete", None),
        ],
    ),
    (
        "a list lettered (h), (i), (j): (i) is a letter here",
        "1. The Loan Agreement is hereby amended as follows:\n\n"
        "(h) Section 7.2 of the Loan Agreement is hereby amended to read as follows:\n\n"
        "7.2 Liens. The Borrower shall not create any Lien.\n\n"
        "(i) Section 7.3 of the Loan Agreement is hereby deleted in its entirety.",
        [
            ("7.2", None, "replace", "7.2 Liens. The Borrower shall not create any Lien."),
            ("7.3", None, "delete", None),
        ],
    ),
    (
        "definitions deleted and replaced inside a definitions section",
        "1. Section 1.1 of the Loan Agreement is hereby amended by deleting the definitions "
        '"Commitment" and "Revolving Termination Date" in their entirety and replacing them '
        "with the following:\n\n"
        '"Commitment" means $5,000,000.\n\n"Revolving Termination Date" means May 1, 2011.\n\n'
        "2. Counterparts. This Amendment may be signed in counterparts.",
        [
            (None, "Commitment", "replace", None),
            (None, "Revolving Termination Date", "replace", None),
        ],
    ),
]


def _changes(body: str) -> tuple[str, list[tuple[str | None, str | None, str, str | None]]]:
    text = HEAD + body + TAIL
    x = extract(SourceDocument(text=text, path="shape.txt"))
    ents = {e.ref: e for e in x.entities}
    out = []
    for r in x.relations:
        if r.type == "CHANGES":
            p = ents[r.target].props
            assert ents[str(p["agreement"])].props["date"] == "2008-06-01"
            for ev in r.evidence:
                assert text[ev.start : ev.end] == ev.text
            new = r.props.get("new_text")
            assert new is None or any(ev.text == new for ev in r.evidence)
            out.append((p.get("section"), p.get("term"), str(r.props["action"]), new))
    return text, out


@pytest.mark.parametrize(("shape", "body", "expected"), SHAPES, ids=[s[0] for s in SHAPES])
def test_drafting_shape(
    shape: str, body: str, expected: list[tuple[str | None, str | None, str, str | None]]
) -> None:
    _, got = _changes(body)
    got_keys = sorted((s, t, a) for s, t, a, _ in got)
    assert got_keys == sorted((s, t, a) for s, t, a, _ in expected), shape
    for s, t, a, new in expected:
        if new is not None:
            (found,) = [g for g in got if g[:3] == (s, t, a)]
            assert found[3] == new, shape


def test_no_operation_in_an_agreement_that_changes_nothing() -> None:
    text = HEAD + "1. Counterparts. This Amendment may be signed in counterparts." + TAIL
    assert find_operations(text) == []


def test_a_reference_to_a_section_is_no_change() -> None:
    body = (
        "1. The Borrower shall deliver the reports required by Section 5.1 of the Loan "
        "Agreement, as amended hereby, within 30 days."
    )
    assert _changes(body)[1] == []


def test_the_second_amendment_seed() -> None:
    path = Path(SEEDS) / "002_b203cef46917a992.txt"
    text = path.read_text(encoding="utf-8")
    ops = find_operations(text)
    got = [(t.section, op.action) for op in ops for t in op.targets]
    assert got == [("3.02", "replace"), ("3.03(a)", "replace")]
    first, second = (text[op.new_text[0] : op.new_text[1]] for op in ops if op.new_text)
    assert first.startswith("3.02 TERM OF REVOLVING CREDIT FACILITY.")
    assert first.endswith("termination of this Agreement.")
    assert second.startswith("(a) Principal payable") and second.endswith("excess;")
