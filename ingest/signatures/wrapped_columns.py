"""Which of two side-by-side names a wrapped line goes on, when the conversion to text dropped
the line's indent: "CORESTATES BANK, N.A.      CREDIT LYONNAIS CAYMAN" / "ISLAND BRANCH",
"NBD BANK, as a Lender      TEXAS COMMERCE BANK NATIONAL" / "ASSOCIATION, as a Lender" (the
right name's tail, at the left margin), and "CANADIAN IMPERIAL BANK      MELLON BANK, N.A." /
"OF COMMERCE" (the left name's tail, the right name between its parts).

Exists because two-column signature pages of syndicates wrap long bank names, and an EDGAR
text conversion puts every wrapped line at the left margin: its offset no longer says which
column it is in. The names say it: a name left open (a comma, "OF", "AND", "&", "NATIONAL" at
its end) goes on; a name closed (a corporate suffix, its ", as a Lender") does not. Where both
names read alike, the line is left where its offset puts it.
"""

from __future__ import annotations

import re

from ingest.rules import rule
from ingest.signatures.fields import ROLE_TAIL, suffixed
from ingest.signatures.name_ends import OPEN_END

#: a line that can be the tail of a name typed in capitals: capitalised words (a role after a
#: comma may follow), no caption's colon, no person's name in mixed case, no rule of dashes
_TAIL_LINE = rule(
    "signatures.capitals_name_tail",
    r"[ \t]*[A-Z(][A-Z0-9 ,.&'()/\-]*?(?:,[ \t]+as[ \t]+[^:\n]*)?[ \t]*",
    reads="an unindented line under two names side by side: the capitals of a name's tail",
    matches=["ISLAND BRANCH", "ASSOCIATION, as a Lender", "(U.S.A.), INC.", "OF COMMERCE"],
    rejects=["for Bank:", "John P. Manning", "Vice President", "LENDERS:"],
    mode="fullmatch",
)


def name_tail(line: str) -> bool:
    """Whether ``line`` may be the tail of a name typed in capitals."""
    return bool(_TAIL_LINE.fullmatch(line))


def _closed(name: str) -> bool:
    """A name that ends where its line does: its corporate suffix, or its role after it."""
    return suffixed(name) or bool(ROLE_TAIL.search(name))


def _open(name: str) -> bool:
    """A name cut at its line's end: a joining word or comma, or a last part after a comma
    that is neither a corporate suffix nor a capacity: a branch cut in two ("BANK OF IRELAND,
    GRAND" / "CAYMAN BRANCH", "CREDIT LYONNAIS, NEW YORK" / "BRANCH")."""
    if OPEN_END.search(name):
        return True
    head, comma, last = name.rpartition(",")
    return bool(comma and head.strip() and last.strip()) and not _closed(name)


#: a name that ends on the place its "of" names ("INDUSTRIAL BANK OF JAPAN"): a line that
#: opens with another "OF" cannot go on it
_ENDS_ON_PLACE = re.compile(r"\bOF(?:[ \t]+[A-Z][\w.&'\-]*){1,2}[ \t]*$")


def continued_column(left: str, right: str, tail: str = "") -> int | None:
    """Which of two names side by side (0 the left, 1 the right) the unindented line ``tail``
    under them continues; None when the names do not tell."""
    left_open, right_open = _open(left), _open(right)
    if left_open != right_open:
        return 1 if right_open else 0
    left_closed, right_closed = _closed(left), _closed(right)
    if left_closed != right_closed:
        return 1 if left_closed else 0
    if re.match(r"[ \t]*OF\b", tail):
        # "INDUSTRIAL BANK OF JAPAN      THE LONG-TERM CREDIT BANK" / "OF JAPAN, LIMITED"
        left_place, right_place = (
            bool(_ENDS_ON_PLACE.search(left)),
            bool(_ENDS_ON_PLACE.search(right)),
        )
        if left_place != right_place:
            return 1 if left_place else 0
    return None


#: the text between a left name and its tail on the next line: the right name on the left
#: name's own line, then the line break
_RIGHT_CELL = re.compile(r"[ \t]{4,}(?P<right>\S[^\n]*?)[ \t]*\n[ \t]*$")


def across_right_name(gap: str, left: str, line: str) -> bool:
    """Whether ``gap`` (the text from the end of the name ``left`` to the start of the next
    ``line``) is only the right column's name beside it, which that line, a name's tail, does
    not continue: the left name wrapped with the right one between its parts."""
    m = _RIGHT_CELL.fullmatch(gap)
    return m is not None and name_tail(line) and continued_column(left, m["right"], line) == 0


def kept_columns(gap: str, rest: str) -> bool:
    """Whether the line under a left name kept both its columns: the right name beside the
    left one (``gap``, as :func:`across_right_name` reads it) and a cell at the right of the
    line (``rest``). Its left cell then goes on the left name by its offset ("THE MITSUBISHI
    BANK, LIMITED,      THE MITSUBISHI TRUST AND" / "NEW YORK BRANCH      BANKING
    CORPORATION")."""
    return _RIGHT_CELL.fullmatch(gap) is not None and bool(rest.strip())
