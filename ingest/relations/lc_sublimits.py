"""The most a credit agreement's letters of credit may come to (their sublimit): the amount of
its "Letters of Credit" instrument.

Drafting states the limit in three shapes: a proviso on the letters of credit outstanding ("the
aggregate undrawn amount of all outstanding Letters of Credit shall not at any time exceed Four
Million Dollars ($4,000,000.00)"), a defined term (""Letter of Credit Commitment" means Five
Million Dollars ($5,000,000)", ""L/C Sublimit" means the lesser of (a) $10,000,000 and (b) the
Aggregate Commitments"), and the promise to issue them ("agrees to issue ... standby Letters of
Credit for the account of Company in aggregate undrawn amounts not to exceed Two Million Dollars
($2,000,000) at any one time outstanding"); a defined measure of them may be capped too ("the
Letter of Credit Usage to exceed $4,500,000").

Exists because the readers of letters of credit (:mod:`.letters_of_credit`,
:mod:`.defined_letters_of_credit` ...) read who issues them and under which agreement, while the
limit stands in a sentence or a definition of its own, often pages away. Only a sum of money
written right after the limiting words counts ("shall not exceed the Revolving Credit
Commitment" is no amount), the first one stated; only the class of letters of credit the
document provides for takes it, never one letter of credit, and only where no reader gave it an
amount already.
"""

from __future__ import annotations

import re

from ingest.amounts import Amount, find_amounts
from ingest.context import DocContext
from ingest.relations.letters_of_credit import generic_letters_of_credit
from ingest.relations.slots import trimmed
from ingest.rules import passage, rule

_LETTERS = r"(?:(?:standby|stand-by|commercial|documentary|trade)\s+)?letters\s+of\s+credit"

#: "the aggregate undrawn amount of all outstanding Letters of Credit shall not at any time
#: exceed": a proviso capping the letters of credit outstanding
_OUTSTANDING_CAP = rule(
    "relations.lc_outstanding_cap",
    r"(?i)\b(?:aggregate\s+)?(?:(?:undrawn|face|stated|maximum)\s+)?amounts?\s+of\s+(?:all\s+)?"
    r"(?:(?:the|outstanding|issued)\s+)*" + _LETTERS + r"\b(?:\s+(?:then\s+)?outstanding)?"
    r"\s*,?\s+(?:shall|may|will)\s+(?:not\s+(?:at\s+any\s+(?:one\s+)?time\s+)?|at\s+no\s+time\s+)"
    r"exceed\s+",
    reads="a proviso capping the letters of credit outstanding, before the cap",
    matches=[
        passage(
            "provided however, that the aggregate undrawn amount of all outstanding Letters of "
            "Credit shall not at any time exceed Four Million Dollars ($4,000,000.00).",
            match="aggregate undrawn amount of all outstanding Letters of Credit shall not at "
            "any time exceed ",
        ),
        "the aggregate face amount of the Standby Letters of Credit outstanding shall not exceed ",
        "the aggregate face amount of all Letters of Credit outstanding shall at no time exceed ",
    ],
    rejects=[
        "the aggregate amount of all Loans shall not at any time exceed ",
        "the amount of any Letter of Credit shall not exceed ",
    ],
)
#: ""Letter of Credit Commitment" means": a defined term of the letters of credit's limit
_DEFINED_LIMIT = rule(
    "relations.lc_limit_definition",
    r"[\"\u201c](?:Letter\s+of\s+Credit|L/C|LC)\s+(?:Commitment|Sublimit|Maximum(?:\s+Amount)?"
    r"|Limit|Facility\s+Amount)[\"\u201d]\s+(?:means|shall\s+mean)\s+"
    r"(?:an\s+amount\s+equal\s+to\s+)?(?:(?:the\s+)?lesser\s+of:?\s*(?:\((?:a|i|1)\)\s*)?)?",
    reads="a definition of the letters of credit's limit, before the amount",
    matches=[
        passage(
            "\u201cLetter of Credit Commitment\u201d means Five Million Dollars ($5,000,000).",
            match="\u201cLetter of Credit Commitment\u201d means ",
        ),
        passage(
            '"Letter of Credit Maximum Amount" shall mean the lesser of: (a) One Million Two '
            "Hundred Fifty Thousand Dollars ($1,250,000) or (b) the Revolving Credit Commitment",
            match='"Letter of Credit Maximum Amount" shall mean the lesser of: (a) ',
        ),
        '"L/C Sublimit" means ',
        passage(
            '"Letter of Credit Sublimit" means an amount equal to $5,000,000.',
            match='"Letter of Credit Sublimit" means an amount equal to ',
        ),
    ],
    rejects=['"Letter of Credit Obligations" means ', '"LC Exposure" means '],
)
#: "to issue ... Letters of Credit for the account of Company in aggregate undrawn amounts not
#: to exceed": the promise to issue them, up to a cap
_ISSUED_UP_TO = rule(
    "relations.lc_issued_up_to",
    r"(?i)\bissue\b[^.;]{0,80}?\b" + _LETTERS + r"\b[^.;$]{0,240}?\b(?:not\s+to\s+exceed"
    r"|not\s+exceeding|(?:aggregating\s+)?not\s+more\s+than)\s+"
    r"(?:in\s+the\s+aggregate\s+)?(?:(?:face|undrawn|stated)\s+amounts?\s+)?"
    r"(?:at\s+any\s+(?:one\s+)?time\s+outstanding\s+)?(?:the\s+sum\s+of\s+)?",
    reads="a promise to issue letters of credit up to a cap, before the cap",
    matches=[
        "agrees to issue, or commit to issue, from time to time, standby Letters of Credit for "
        "the account of Company in aggregate undrawn amounts not to exceed ",
        "agrees to issue letters of credit for the account of the Borrower for general "
        "corporate purposes in such amounts as the Borrower may request but not to exceed in "
        "the aggregate face amount at any time outstanding the sum of ",
        'request that the Bank issue standby letters of credit (collectively the "Letters of '
        'Credit") having expiration dates not later than the Expiration Date, and aggregating '
        "not more than ",
    ],
    rejects=[
        "agrees to issue Letters of Credit; provided that the Revolving Loans shall not exceed ",
        "may issue a letter of credit. The Loans not to exceed ",
    ],
)
#: "cause ... the Letter of Credit Usage to exceed": a defined measure of the letters of credit
#: outstanding, capped
_MEASURE_CAP = rule(
    "relations.lc_measure_cap",
    r"\b(?:Letter\s+of\s+Credit|L/C|LC)\s+(?:Usage|Exposure|Outstandings|Obligations)\s+"
    r"(?:to|would|shall\s+not|may\s+not|will\s+not)\s+(?:at\s+any\s+time\s+)?exceed\s+",
    reads="a defined measure of the letters of credit outstanding, before its cap",
    matches=[
        "would cause (A) Total Outstandings to exceed the Commitment Amount, or (B) the Letter "
        "of Credit Usage to exceed ",
        "the L/C Obligations shall not exceed ",
    ],
    rejects=["the Letter of Credit Fee shall not exceed ", "the Total Outstandings to exceed "],
)
#: the words of an amount written out before its figures: "Four Million Dollars ("
_IN_WORDS = re.compile(r"[A-Za-z][\w\s,\-/]{0,100}?\(\s*|")


def _cap_after(text: str, pos: int) -> Amount | None:
    """The sum of money written right at ``pos`` (its words before its figures allowed)."""
    words = _IN_WORDS.match(text, pos)
    start = words.end() if words else pos
    found = find_amounts(text, start, start + 40)
    return found[0] if found and found[0].start == start else None


def extract_lc_sublimits(ctx: DocContext) -> None:
    """The first cap the document states on its letters of credit, the amount of its class of
    letters of credit (one instrument only: two classes leave the cap unread)."""
    classes = generic_letters_of_credit(ctx)
    if len(classes) != 1 or ctx.collector.entities[classes[0]].props.get("amount") is not None:
        return
    found = [
        (m.start(), amount)
        for r in (_OUTSTANDING_CAP, _DEFINED_LIMIT, _ISSUED_UP_TO, _MEASURE_CAP)
        for m in r.finditer(ctx.text)
        if (amount := _cap_after(ctx.text, m.end())) is not None
    ]
    if not found:
        return
    start, amount = min(found, key=lambda f: f[0])
    props = {"amount": amount.plain, "currency": amount.currency}
    ctx.collector.add(classes[0], "Instrument", trimmed(ctx, start, amount.end), props)
