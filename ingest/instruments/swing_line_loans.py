"""The swing line loans a syndicated credit agreement makes available beside its revolving
loans: ""Swing Line Loan" means a loan made by the Swing Line Lender to the Borrower under
Section 2.2", "the Swingline Lender agrees to make Swingline Loans to the Borrower from time
to time". The loans are a credit facility ISSUED_UNDER the own agreement, with the amount its
sublimit or commitment definition states (""Swing Line Sublimit" means an amount equal to the
lesser of (a) $20,000,000 and (b) the Aggregate Revolving Committed Amount") and the
maturity a maturity definition gives it (or the one day they all open on).

Exists because the other facility readers read one facility per agreement (the revolving
loans each lender makes), and the swing line is made by one lender named by its capacity, not
"by a Lender": :mod:`.advance_definitions` leaves it alone on purpose. Read only in a credit
agreement (not an amendment, whose loans are its base agreement's). The cap is read from a
definition only, never from the lending sentence: a lone lender's LENDS_TO amount is that of
the one facility with an amount (:mod:`ingest.relations.lent_amounts`), and where the revolving
facility has none a swing line's cap would stand in for it.
"""

from __future__ import annotations

import re

from ingest.amounts import Amount, find_amounts
from ingest.context import DocContext
from ingest.instruments.facility_definitions import facility_maturity
from ingest.instruments.refs import add_credit_facility, clause_span, instrument_ref
from ingest.records import PropValue
from ingest.rules import passage, rule

#: the swing line's names: "Swing Line", "Swingline", "Swing" before its loans or its lender
SWING = r"(?:Swing\s*[Ll]ine|SWING\s*LINE|Swing)"

_SWING_DEFINITION = rule(
    "instruments.swing_line_definition",
    rf"[\"\u201c](?P<term>{SWING}\s+(?:Loans?|Advances?))[\"\u201d]\s*(?:means|shall\s+mean)\s+"
    r"(?:an?|each|any)\s+(?:loan|advance)\s+(?:made\s+)?by\s+the\s+"
    rf"{SWING}\s+(?:Lender|Bank)\s+to\s+(?:the|a|any)\s+(?:Borrower|Company)",
    reads="a definition of the loans the swing line lender makes to the borrower",
    matches=[
        passage(
            '"Swing Line Loan" means a loan made by the Swing Line Lender to the Borrower '
            "under Section 2.2.",
            term="Swing Line Loan",
        ),
        passage(
            "\u201cSwingline Loan\u201d means a loan made by the Swingline Lender to the "
            "Company pursuant to Section 2.04.",
            term="Swingline Loan",
        ),
        passage('"Swing Advance" means an advance by the Swing Bank to the Borrower.'),
    ],
    rejects=[
        '"Swing Line Lender" means Harbor National Bank.',
        '"Revolving Loan" means a loan made by a Lender to the Borrower.',
        '"Swing Line Exposure" means the aggregate principal amount of all Swing Line Loans.',
    ],
)

_SWING_LENDING = rule(
    "instruments.swing_line_lending",
    rf"\bthe\s+{SWING}\s+(?:Lender|Bank)\s+(?:(?:hereby\s+)?agrees|may|shall|will)\b"
    r"[^.;]{0,80}?\bto\s+make\s+"
    rf"(?P<term>{SWING}\s+(?:Loans|Advances))\s+to\s+(?:the|a|any)\s+(?:Borrower|Company)",
    reads="the sentence by which the swing line lender agrees to make swing line loans",
    matches=[
        passage(
            "subject to the terms and conditions set forth in this Credit Agreement, the Swing "
            "Line Lender agrees to make Swing Line Loans to the Borrower as the Borrower may "
            "request",
            term="Swing Line Loans",
        ),
        passage(
            "the Swingline Lender agrees, in its sole discretion, to make Swingline Loans to the "
            "Borrower from time to time",
            term="Swingline Loans",
        ),
    ],
    rejects=[
        "the Swing Line Lender shall not be obligated to make any Swing Line Loan if",
        "each Lender agrees to make Revolving Loans to the Borrower",
    ],
)

#: the swing line's cap: ""Swing Line Sublimit" means an amount equal to the lesser of (a)
#: $20,000,000 and (b) ...", ""Swingline Commitment" means $10,000,000"
_SWING_CAP = rule(
    "instruments.swing_line_cap",
    rf"[\"\u201c]{SWING}\s+(?:Loan\s+)?(?:Sublimit|Commitment|Committed\s+Amount)[\"\u201d]\s*"
    r"(?:means|shall\s+mean)\s+",
    reads="the definition of the swing line's cap, right before the words stating it",
    matches=[
        '"Swing Line Sublimit" means an amount equal to the lesser of (a) $20,000,000 and',
        "\u201cSwingline Commitment\u201d means $10,000,000.",
    ],
    rejects=['"Swing Line Lender" means Harbor National Bank.'],
)


def _cap(text: str) -> Amount | None:
    """The one amount the swing line's cap definition states first, if it is defined once."""
    caps = list(_SWING_CAP.finditer(text))
    if len(caps) != 1:
        return None
    found = find_amounts(text, caps[0].end(), caps[0].end() + 120)
    return found[0] if found else None


def swing_line_loans(ctx: DocContext) -> None:
    """The swing line loans a credit agreement's definition or lending sentence names, as a
    credit facility ISSUED_UNDER it; evidence: the definition or the sentence."""
    own_ref = ctx.self_ref
    own = ctx.collector.get(own_ref) if own_ref else None
    if own_ref is None or own is None or own.props.get("kind") != "credit_agreement":
        return
    text = ctx.text
    m = _SWING_DEFINITION.search(text) or _SWING_LENDING.search(text)
    if m is None:
        _size_swing_lines(ctx)
        return
    term = " ".join(m["term"].split())
    plural = term if term.endswith("s") else term + "s"
    if ctx.collector.get(instrument_ref(plural)) or ctx.collector.get(instrument_ref(term)):
        _size_swing_lines(ctx)
        return
    lo, hi = clause_span(ctx, m.start(), m.end())
    maturity = facility_maturity(text, plural)
    ref = add_credit_facility(ctx, plural, ctx.span(lo, hi), _cap(text), maturity, own_ref)
    ctx.define(plural[:-1], ref)
    ctx.collector.add(ref, "Instrument", ctx.span(lo, hi), None, (plural[:-1],))


#: the title a lending sentence's reader gives the swing line loans it found
_SWING_TITLE = re.compile(rf"{SWING}\s+(?:Loans?|Advances?)")


def _size_swing_lines(ctx: DocContext) -> None:
    """The cap's definition sizes the swing line loans another reader found without an amount
    ("the Swing Line Lender agrees to make loans (each such loan, a "Swing Line Loan") ... not
    to exceed ... the Swing Line Sublimit", the sublimit "an amount equal to the lesser of (a)
    $3,000,000 and ..."); evidence: the definition."""
    cap = _cap(ctx.text)
    if cap is None:
        return
    for ref, e in ctx.collector.entities.items():
        if (
            e.label == "Instrument"
            and e.props.get("kind") == "credit_facility"
            and e.props.get("amount") is None
            and _SWING_TITLE.fullmatch(str(e.props.get("title") or ""))
        ):
            props: dict[str, PropValue] = {"amount": cap.plain, "currency": cap.currency}
            ctx.collector.add(ref, "Instrument", ctx.span(cap.start, cap.end), props)
