"""Each bank's commitment in a table the credit agreement's body sets out under a definition
("Commitment Ratios" ... "as set forth below:"), one row per bank with its share and its
dollar commitment (a bank's name wrapped onto a second row line, the form abbreviated): the
amount of that bank's LENDS_TO. A table of other figures, or rows of one bank only, gives no
amount. Passages written for these tests."""

from __future__ import annotations

from tests.passages import extract_text

_HEAD = """CREDIT AGREEMENT

            This CREDIT AGREEMENT is entered into as of April 2, 1996 by and among MESA VERDE
HOTELS, INC., a Colorado corporation (the "Borrower"), the banks listed on the signature
pages hereof (the "Banks"), and FRONT RANGE BANK, N.A., as Agent.

         "Commitment" shall mean the several obligations of the Banks to advance funds in the
aggregate sum of up to $45,000,000 to the Borrower.

"""

_TABLE = """         "Commitment Ratios" shall mean the percentages in which the Banks are severally
bound to make Advances, which as of the Agreement Date are as set forth below:

                      Bank                         Percentage          Dollar Commitment
        Front Range Bank, NA.                          50%                $22,500,000
        Pikes Peak Bank                                30%                $13,500,000
        Arkansas Valley Bank,
           National Association                        20%                 $9,000,000
                      TOTAL:                          100%                $45,000,000

"""

_TAIL = """        Section 2.1  The Loans.  The Banks agree, severally, to lend to the Borrower.

        IN WITNESS WHEREOF, the parties hereto have executed this Agreement.

MESA VERDE HOTELS, INC.

By: /s/ Nora P. Quintana
Title: President

FRONT RANGE BANK, N.A., as Agent and as a Bank

By: /s/ Tomas R. Ybarra
Title: Vice President

PIKES PEAK BANK, as a Bank

By: /s/ Ellen F. Park
Title: Vice President

ARKANSAS VALLEY BANK, NATIONAL ASSOCIATION, as a Bank

By: /s/ Grant W. Holm
Title: Senior Vice President
"""


def _lent(text: str) -> dict[str, object]:
    x = extract_text(text)
    names = {e.ref: str(e.props.get("name")).upper() for e in x.entities}
    return {names[r.source]: r.props.get("amount") for r in x.relations if r.type == "LENDS_TO"}


def test_each_banks_row_gives_its_lending_amount() -> None:
    lent = _lent(_HEAD + _TABLE + _TAIL)
    assert lent["FRONT RANGE BANK, N.A."] == 22_500_000
    assert lent["PIKES PEAK BANK"] == 13_500_000
    assert lent["ARKANSAS VALLEY BANK, NATIONAL ASSOCIATION"] == 9_000_000


def test_no_table_no_amount() -> None:
    lent = _lent(_HEAD + _TAIL)
    assert lent and all(v is None for v in lent.values())
