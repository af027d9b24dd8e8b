"""A syndicated credit agreement whose preamble names its lenders as a class it does not define
("among Harbor Corp. (the "Borrower"); the LENDERS from time to time party hereto; and Keel
Bank, N.A., as Administrative Agent") and whose filing holds only some lenders' signature
pages, lists every lender with its commitment on a schedule ("SCHEDULE I / Lenders and
Commitments", in a converted table one cell a line): each lender the schedule lists is PARTY_TO
the agreement as a Lender and LENDS_TO the borrower its commitment
(:func:`ingest.signatures.collectives.resolve_undefined_class`). A company's name may open on
"The" ("The Meridian Trust Company"). A schedule that lists no commitments ("Existing Liens")
names no lender, nor does a schedule of commitments where the preamble defines no class of
lenders at all. Passages written for this test (invented parties)."""

from __future__ import annotations

from tests.passages import edge_amounts, edges, extract_text

_HEAD = (
    "REVOLVING CREDIT AGREEMENT dated as of May 1, 2007 (this \u201cAgreement\u201d), among "
    "HARBOR FINANCIAL CORPORATION, a corporation organized under the laws of Delaware (the "
    "\u201cBorrower\u201d); the LENDERS from time to time party hereto; and KEEL BANK, N.A., "
    "as Administrative Agent.\n\n"
    "ARTICLE 1 DEFINITIONS\n\n"
    "\u201cLenders\u201d means the lenders listed on the signature pages hereof.\n\n"
    "SECTION 2.01. The Advances. Each Lender severally agrees to make Advances to the Borrower "
    "in an aggregate amount not to exceed the amount set opposite such Lender\u2019s name on "
    "Schedule I hereto.\n\n"
    "SECTION 8.07. Governing Law. This Agreement shall be governed by the law of the State of "
    "New York.\n\n"
    "IN WITNESS WHEREOF, the parties hereto have caused this Agreement to be duly executed.\n\n"
    "HARBOR FINANCIAL CORPORATION\n\nBy\n/s/ Dana Whitlow\nName: Dana Whitlow\n"
    "Title: Chief Financial Officer\n\n"
    "KEEL BANK, N.A., individually and as\nAdministrative Agent,\n\nBy\n/s/ Omar Reyes\n"
    "Name: Omar Reyes\nTitle: Managing Director\n\n\n"
)
_SCHEDULE = (
    "SCHEDULE I\n\n\n\nLenders and Commitments\n\n\n\nLender\t \tCommitment\n\n\n"
    "Keel Bank, N.A.\n$40,000,000\n"
    "Granite Savings Bank\n$30,000,000\n"
    "The Meridian Trust Company\n$20,000,000\n"
    "Northfield National Bank\n$10,000,000\n\n\n"
    "Total\n$100,000,000\n\n\n\nSchedule I\n\n\n\n"
)
_LIENS = "SCHEDULE II\n\n\n\nExisting Liens\n\n\n\nOsprey Leasing LLC\n\n\n\nSchedule II\n"


def _upper(pairs: set[tuple[str, str]]) -> set[tuple[str, str]]:
    return {(s.upper(), t.upper()) for s, t in pairs}


def test_each_lender_the_commitments_schedule_lists_is_party_and_lends() -> None:
    x = extract_text(_HEAD + _SCHEDULE + _LIENS)
    party = _upper(edges(x, "PARTY_TO"))
    lends = {(s.upper(), t.upper()): a for (s, t), a in edge_amounts(x, "LENDS_TO").items()}
    for lender, amount in (
        ("GRANITE SAVINGS BANK", 30_000_000),
        ("THE MERIDIAN TRUST COMPANY", 20_000_000),
        ("NORTHFIELD NATIONAL BANK", 10_000_000),
    ):
        assert (lender, "REVOLVING CREDIT AGREEMENT") in party
        assert lends.get((lender, "HARBOR FINANCIAL CORPORATION")) == amount


def test_a_schedule_of_no_commitments_names_no_lender() -> None:
    x = extract_text(_HEAD + _SCHEDULE + _LIENS)
    names = {s.upper() for s, _ in edges(x, "PARTY_TO")} | {
        s.upper() for s, _ in edges(x, "LENDS_TO")
    }
    assert "OSPREY LEASING LLC" not in names
    assert "TOTAL" not in names


def test_the_borrower_on_the_schedule_is_no_lender() -> None:
    schedule = _SCHEDULE.replace(
        "Northfield National Bank\n$10,000,000\n", "Harbor Financial Corporation\n$10,000,000\n"
    )
    x = extract_text(_HEAD + schedule)
    assert ("HARBOR FINANCIAL CORPORATION", "HARBOR FINANCIAL CORPORATION") not in _upper(
        edges(x, "LENDS_TO")
    )


def test_no_class_in_the_preamble_no_scheduled_lenders() -> None:
    head = _HEAD.replace("; the LENDERS from time to time party hereto; and", " and")
    x = extract_text(head + _SCHEDULE)
    assert "GRANITE SAVINGS BANK" not in {s.upper() for s, _ in edges(x, "LENDS_TO")}
