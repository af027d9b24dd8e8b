"""A commitments schedule that names each bank the way people call it ("Wells Fargo", "Kestrel
Bank", "JP Morgan Chase") while the signature pages write its full name ("WELLS FARGO BANK,
NATIONAL ASSOCIATION"): the row is the signing bank, never a new party, and the bank's LENDS_TO
carries the row's commitment. Also: an index of the exhibits and schedules after the signature
pages ("EXHIBITS" over one line per attachment) is no signature block, so its titles
("Investments (Section 9.7)") are no lenders; and a schedule numbered for a clause
("Schedule 1.1(a)") is an attachment of its own.
"""

from __future__ import annotations

from ingest.parties.short_forms import short_form_pattern, short_heads
from tests.passages import entity_names, extract_text

_PAGES = (
    "CREDIT AGREEMENT\n\n"
    "THIS CREDIT AGREEMENT, dated as of March 3, 2004, is by and between MARLOWE FOODS, INC., "
    'a Delaware corporation (the "Borrower"), the banks listed on the signature pages hereof '
    '(individually a "Bank" and collectively the "Banks"), and {agent_full}, as agent for the '
    'Banks (in such capacity, the "Agent").\n\n'
    '"Commitment" means the amount set forth opposite each Bank\'s name on Schedule 1.1(a).\n\n'
    "Section 2.1 The Loans. Each Bank agrees to make loans to the Borrower up to its "
    "Commitment.\n\n"
    "IN WITNESS WHEREOF, the parties hereto have caused this Agreement to be executed as of the "
    "date first above written.\n\n"
    "MARLOWE FOODS, INC.\n\nBy: /s/ Dana Whitcomb\nTitle: Treasurer\n\n"
    "{agent_full}, as Agent and a Bank\n\nBy: /s/ Lee Farrow\nTitle: Vice President\n\n"
    "{other_full}, as a Bank\n\nBy: /s/ Chris Oduya\nTitle: Senior Vice President\n\n\n"
)
_INDEX = (
    "EXHIBITS\n\n"
    "Exhibit\tContents\nA\n\nRevolving Note\n\n\nB\n\nCompliance Certificate\n\n\n"
    "Schedules\n\n1.1(a)\n\nCommitments and Percentages\n\n\n"
    "1.1(b)\n\nMaterial Subsidiaries\n\n\n7.6\n\nLitigation (Section 7.6)\n\n\n"
    "7.17\n\nPartnerships/Joint Ventures (Section 7.17)\n\n\n"
    "9.7\n\nInvestments (Section 9.7)\n\n\n\n"
)
_SCHEDULE = (
    "Schedule 1.1(a)\n\nCommitments and Percentages\n\n"
    "Bank:\tInitial Commitment:\tPercentage:\n"
    "{agent_short}\n$\t30,000,000\t\t60.00000\t%\n"
    "{other_short}\n$\t20,000,000\t\t40.00000\t%\n"
    "Total:\n$\t50,000,000\t\t100.00000\t%\n"
)


def _agreement(agent: tuple[str, str], other: tuple[str, str], index: bool = True) -> str:
    return (
        _PAGES.format(agent_full=agent[0], other_full=other[0])
        + (_INDEX if index else "")
        + _SCHEDULE.format(agent_short=agent[1], other_short=other[1])
    )


def _lent(text: str) -> dict[str, object]:
    """Lender name (upper case) -> the amount of its LENDS_TO."""
    x = extract_text(text)
    n = entity_names(x)
    return {n[r.source].upper(): r.props.get("amount") for r in x.relations if r.type == "LENDS_TO"}


def test_rows_without_the_generic_tail_are_the_signing_banks() -> None:
    text = _agreement(
        ("WELLS FARGO BANK, NATIONAL ASSOCIATION", "Wells Fargo"),
        ("KESTREL BANK, N.A.", "Kestrel Bank"),
    )
    assert _lent(text) == {
        "WELLS FARGO BANK, NATIONAL ASSOCIATION": 30_000_000,
        "KESTREL BANK, N.A.": 20_000_000,
    }


def test_a_short_form_may_write_the_words_apart() -> None:
    """ "JP Morgan Chase" for "JPMORGAN CHASE BANK, N.A.", "U.S. Bank" for "U.S. BANK NATIONAL
    ASSOCIATION" (the letters of the name, its generic tail left out)."""
    text = _agreement(
        ("U.S. BANK NATIONAL ASSOCIATION", "U.S. Bank"),
        ("JPMORGAN CHASE BANK, N.A.", "JP Morgan Chase"),
    )
    assert _lent(text) == {
        "U.S. BANK NATIONAL ASSOCIATION": 30_000_000,
        "JPMORGAN CHASE BANK, N.A.": 20_000_000,
    }


def test_a_row_that_drops_a_word_saying_who_the_bank_is_is_not_that_bank() -> None:
    """ "First National" leaves out "of Omaha": no short form of "FIRST NATIONAL BANK OF
    OMAHA", so the bank gets no commitment from that row (and with one row of two read, the
    schedule is not taken for the list of these lenders at all)."""
    text = _agreement(
        ("WELLS FARGO BANK, NATIONAL ASSOCIATION", "Wells Fargo"),
        ("FIRST NATIONAL BANK OF OMAHA", "First National"),
    )
    assert _lent(text).get("FIRST NATIONAL BANK OF OMAHA") is None


def test_the_index_of_attachments_after_the_signatures_names_no_lender() -> None:
    text = _agreement(
        ("WELLS FARGO BANK, NATIONAL ASSOCIATION", "Wells Fargo"),
        ("KESTREL BANK, N.A.", "Kestrel Bank"),
    )
    names = set(entity_names(extract_text(text)).values())
    assert not names & {"Investments", "Partnerships/Joint Ventures", "Compliance Certificate"}
    assert "WELLS FARGO BANK, NATIONAL ASSOCIATION" in {n.upper() for n in names}


def test_short_heads_keep_a_word_that_says_who() -> None:
    assert short_heads("BANK HAPOALIM B.M.") == ["bankhapoalim"]
    assert short_heads("Bank of America, N.A.") == ["bankofamerica"]
    assert short_heads("BANK, N.A.") == []
    assert short_heads("First National Bank of Omaha") == []


def test_short_heads_leave_out_every_corporate_suffix() -> None:
    """The generic tail is the one list of corporate suffixes (``TERMINAL_SUFFIXES``) and a
    bank's form words: "GmbH", "LLP" and an undotted "NA" end a name as "Inc." does."""
    assert short_heads("Kestrel Holdings GmbH") == ["kestrelholdings"]
    assert short_heads("Harbour Capital Partners LLP") == ["harbourcapitalpartners"]
    assert short_heads("Wells Fargo Bank NA") == ["wellsfargobank", "wellsfargo"]
    assert short_heads("Nordwind Logistik GmbH & Co. KG")[-1] == "nordwindlogistik"
    # near misses: nothing left that says who, or a suffix inside the name, not at its end
    assert short_heads("Bank GmbH") == []
    assert short_heads("Kestrel GmbH Holdings") == []
    pattern = short_form_pattern("JPMORGAN CHASE BANK, N.A.")
    assert pattern is not None
    assert pattern.search("JP Morgan Chase\n$") is not None
    assert pattern.search("JPMorgan Chaser") is None
