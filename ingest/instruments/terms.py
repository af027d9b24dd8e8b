"""The financial terms of an instrument read from its text: principal amount, interest
rate, maturity date and exercise price (also read by notes and relations).
"""

from __future__ import annotations

from ingest.amounts import find_amounts
from ingest.dates import parse_date
from ingest.installment_maturity import UNTIL_BALANCE_DUE
from ingest.records import PropValue
from ingest.references.titles import DATE
from ingest.rules import passage, rule


def parse_amount(text: str) -> tuple[float | int, str] | None:
    """The first money amount in ``text`` as (number, ISO currency), read by ``ingest.amounts``."""
    found = find_amounts(text)
    return (found[0].plain, found[0].currency) if found else None


def _number(value: float) -> float | int:
    return int(value) if value.is_integer() else value


#: a percentage's number, with the fraction older bonds write ("8 1/8", "7-3/4")
_PERCENT = r"\d+(?:\.\d+)?(?:[ -]\d{1,2}/\d{1,2})?"

_RATE = rule(
    "instruments.rate",
    r"(?is)\binterest\b[^.;]{0,160}?\brate\s+(?:per\s+annum\s+)?(?:of|equal\s+to)\s+"
    rf"(?:[A-Za-z\s-]{{0,60}}\()?(?P<rate>{_PERCENT})\s*(?:%|percent)"
    rf"|(?<![\d/.])(?P<rate2>{_PERCENT})\s*%\s*(?:\)\s*)?per\s+annum",
    reads="the fixed interest rate an instrument states, in percent",
    matches=[
        passage("interest at a rate per annum equal to Seven Percent (7%)", rate="7"),
        passage(
            "interest at the per annum rate equal to eight and nineteen one hundredths percent "
            "(8.19%)",
            rate="8.19",
        ),
        passage("shall bear interest at 8.5% per annum", rate2="8.5"),
        passage("interest on the unpaid principal at the rate of 10 percent", rate="10"),
        passage("to pay interest thereon at the rate of 8 1/8% per annum", rate="8 1/8"),
    ],
    rejects=["interest at the Base Rate plus the Applicable Margin", "a fee of 2% of the amount"],
)

#: the rate an instrument's heading names it by: "5.875% Senior Note due 2022", "FIRST
#: MORTGAGE BOND, 8 1/8% SERIES DUE 2023", "12% SUBORDINATED DEBENTURE DUE 2000"
_TITLE_RATE = rule(
    "instruments.title_rate",
    rf"(?m)^[ \t]*(?:[A-Z][\w-]*,?[ \t]+){{0,4}}?(?P<rate>{_PERCENT})%[ \t]+(?:[A-Z][\w-]*[ \t]+)"
    r"{0,4}?(?i:notes?|debentures?|bonds?|series)\b[^\n]{0,60}$",
    reads="the rate in the heading line an instrument is titled by",
    matches=[
        passage("\n   5.875% Senior Note due 2022\n", rate="5.875"),
        passage("FIRST MORTGAGE BOND, 8 1/8% SERIES DUE 2023", rate="8 1/8"),
        passage("  12% SUBORDINATED DEBENTURE DUE 2000", rate="12"),
    ],
    rejects=[
        "the holders of 25% in principal amount of the Notes",
        "interest at 10% on the Notes",
    ],
)


def percent(text: str) -> float | int:
    """ "6.42" -> 6.42, "8 1/8" -> 8.125, "7-3/4" -> 7.75."""
    whole, _, frac = text.replace("-", " ").partition(" ")
    if "/" in frac:
        num, den = frac.split("/")
        return _number(float(whole) + int(num) / int(den))
    return _number(float(whole))


#: a character of the sentence a promise is written in: a period only where it ends no
#: sentence ("CEDE & CO., or", "WILLIAM T. ASHCROFT", "$1,000.00"), and never the start of
#: installments, whose dates are the first payment's ("in quarterly installments ...,
#: commencing on January 1, 1998")
_NO_SENTENCE_END = (
    r"(?:(?!installments?\b|commencing\b|beginning\b)"
    r"(?:[^.]|\.(?!\s+[A-Z(\"\u201c])|(?<=\b[A-Z])\.))"
)

#: what each maturity rule reads
_MATURITY_READS = "the maturity date a note states: "

_MATURITY = (
    rule(
        "instruments.maturity_due",
        rf"(?i)\bdue\s+(?P<date>{DATE})",
        reads=_MATURITY_READS + "due on a date",
        matches=[passage("10% Note due June 30, 2015", date="June 30, 2015")],
        rejects=["due on demand", "amounts due under the Note"],
    ),
    rule(
        "instruments.maturity_defined",
        rf"(?is)[\"\u201c]Maturity\s+Date[\"\u201d]\s+(?:means|shall\s+mean)\s+(?P<date>{DATE})",
        reads=_MATURITY_READS + "the definition of Maturity Date",
        matches=[passage('"Maturity Date" means December 31, 2023', date="December 31, 2023")],
        rejects=['"Maturity Date" means the earlier of', "the Maturity Date of December 31"],
    ),
    # a bank form's header field beside the note's opening
    rule(
        "instruments.maturity_field",
        rf"(?i)\bMaturity\s+Date\s*:[ \t]*(?P<date>{DATE})",
        reads=_MATURITY_READS + "a form's Maturity Date field",
        matches=[passage("Loan No. 7730-22    Maturity Date: March 1, 2004", date="March 1, 2004")],
        rejects=["Maturity Date: ____________", "the Maturity Date, March 1, 2004"],
    ),
    rule(
        "instruments.maturity_matures",
        rf"(?is)\bmatur(?:ing|es?|ity\s+date\s+(?:of|is))\s+(?:on\s+)?(?P<date>{DATE})",
        reads=_MATURITY_READS + "the note matures (is maturing) on a date",
        matches=[
            passage("this Note matures on March 1, 2012", date="March 1, 2012"),
            passage("Notes maturing April 15, 2020", date="April 15, 2020"),
            passage("The Notes will mature on November 15, 2021", date="November 15, 2021"),
        ],
        rejects=["this Note matures upon a Change of Control", "the maturity of the Loans"],
    ),
    # the parentheses a promise strings before its date ("(the "Principal Amount") on (subject to
    # the rights of the Lender ...) on March 28, 2014") keep it under 600 characters
    rule(
        "instruments.maturity_promise",
        rf"(?is)\bpromises?\s+to\s+pay\b{_NO_SENTENCE_END}{{0,600}}?\bon\s+(?:or\s+before\s+)?"
        rf"(?P<date>{DATE})",
        reads=_MATURITY_READS + "the day the promise to pay names",
        matches=[
            passage(
                "promises to pay to the order of the Bank (the Lender) the sum of $100 on "
                "March 28, 2014",
                date="March 28, 2014",
            ),
            passage("promise to pay the principal on or before June 1, 2010", date="June 1, 2010"),
            passage(
                "promises to pay to CEDE & CO., or registered assigns, the principal sum of "
                "$200,000,000 on June 15, 2022",
                date="June 15, 2022",
            ),
            passage(
                "promises to pay to WILLIAM T. ASHCROFT the principal amount of $3,000,000 on "
                "October 14, 2003",
                date="October 14, 2003",
            ),
        ],
        rejects=[
            "Acme, Inc., a Wisconsin corporation, promises to pay to the order of Bank the sum of "
            "$350,000 in quarterly installments of $17,500, commencing on January 1, 1998",
            "promises to pay the sum. On June 1, 2010 the Bank",
            "promises to pay on demand",
        ],
    ),
    rule(
        "instruments.maturity_on_or_before",
        rf"(?is)\bon\s+or\s+before\s+(?P<date>{DATE})",
        reads=_MATURITY_READS + "payable on or before a date",
        matches=[passage("payable in full on or before May 31, 2001", date="May 31, 2001")],
        rejects=["on or before the Maturity Date", "before May 31, 2001"],
    ),
    # "not later than May 31, 2001 (the "Date of Maturity")", "The Maturity Date is June 30,
    # 1998", "one final payment ... on October 31, 1999"
    rule(
        "instruments.maturity_named_after",
        rf"(?is)\b(?:not\s+later\s+than|on)\s+(?P<date>{DATE})\s*\(\s*the\s+[\"\u201c]"
        r"(?:Maturity\s+Date|Date\s+of\s+Maturity|Termination\s+Date)[\"\u201d]",
        reads=_MATURITY_READS + "a date the text names as the maturity right after it",
        matches=[
            passage('not later than May 31, 2001 (the "Date of Maturity")', date="May 31, 2001"),
            passage("on July 31, 2013 (the “Termination Date”)", date="July 31, 2013"),
        ],
        rejects=['on May 31, 2001 (the "Closing Date")', 'May 31, 2001 (the "Maturity Date")'],
    ),
    rule(
        "instruments.maturity_is",
        rf"(?is)\bMaturity\s+Date\s+(?:is|shall\s+be)\s+(?P<date>{DATE})",
        reads=_MATURITY_READS + "The Maturity Date is (shall be) a date",
        matches=[passage("The Maturity Date shall be June 30, 1998", date="June 30, 1998")],
        rejects=["the Maturity Date shall be extended", "Maturity Date: June 30, 1998"],
    ),
    rule(
        "instruments.maturity_final_payment",
        rf"(?is)\bfinal\s+(?:payment|installment)\b[^.;]{{0,200}}?\bon\s+(?P<date>{DATE})",
        reads=_MATURITY_READS + "the day of the final payment or installment",
        matches=[
            passage(
                "one final payment of all principal on October 31, 1999", date="October 31, 1999"
            ),
            passage("the final installment shall be paid on May 1, 2004", date="May 1, 2004"),
        ],
        rejects=["the final payment; on May 1, 2004", "the first installment on May 1, 2004"],
    ),
    # "On September 30, 2000, all outstanding principal ... will be due and payable", "the
    # unpaid principal ... shall be due and payable in full on June 1, 2009"
    rule(
        "instruments.maturity_due_then",
        rf"(?is)\bon\s+(?P<date>{DATE}),?\s+(?:all|the)\s+(?:outstanding|unpaid)\s+principal"
        r"[^.;]{0,160}?\bdue\s+and\s+payable",
        reads=_MATURITY_READS + "On a date, all principal will be due and payable",
        matches=[
            passage(
                "On September 30, 2000, all outstanding principal and interest will be due and "
                "payable",
                date="September 30, 2000",
            ),
        ],
        rejects=[
            "On September 30, 2000, the Borrower shall pay interest",
            "On demand, all principal",
        ],
    ),
    rule(
        "instruments.maturity_payable_on",
        rf"(?is)\b(?:all|outstanding|unpaid)\s+principal\b[^.;]{{0,160}}?"
        r"(?:\bdue\s+and\s+payable|\b(?:shall|will)\s+be\s+due|\b(?:is|are)\s+due)"
        rf"(?:\s+in\s+full)?\s+on\s+(?P<date>{DATE})",
        reads=_MATURITY_READS + "the principal shall be due (and payable) on a date",
        matches=[
            passage(
                "the unpaid principal shall be due and payable in full on June 1, 2009",
                date=("June 1, 2009"),
            ),
            passage(
                "outstanding principal balance is due and payable on 1 March 2011",
                date=("1 March 2011"),
            ),
            passage("All unpaid principal shall be due on March 1, 2024.", date="March 1, 2024"),
            passage(
                "All principal and unpaid interest shall be due on December 15, 2015.",
                date="December 15, 2015",
            ),
        ],
        rejects=[
            "unpaid principal shall be due and payable on demand",
            "interest due on June 1",
            "unpaid principal shall be due on demand, and in any event on June 1",
            "installments of principal, the first payment due on July 1, 1998",
        ],
    ),
    UNTIL_BALANCE_DUE,
)

_EXERCISE = rule(
    "instruments.exercise_price",
    r"(?is)\bexercise\s+price\b[^.;$]{0,80}?(?P<amount>\$\s*\d[\d,]*(?:\.\d+)?)\s*(?:per\s+share)?",
    reads="a warrant's exercise price per share",
    matches=[
        passage("at an exercise price of $1.25 per share", amount="$1.25"),
        passage("the Exercise Price shall be $ 0.50", amount="$ 0.50"),
    ],
    rejects=["the exercise price set forth in Section 2", "exercise price. $1.25"],
)

#: "The purchase price of one share of Common Stock under this Warrant shall be equal to $0.85,
#: subject to adjustment hereunder (the "Exercise Price")": the price the term defines
_EXERCISE_DEFINED = rule(
    "instruments.exercise_price_defined",
    r"(?P<amount>\$\s*\d[\d,]*(?:\.\d+)?)(?:\s+per\s+(?:share|Warrant\s+Share))?[^.;$()]{0,60}"
    r"\(\s*(?:the\s+|such\s+price,?\s+)?[\"\u201c](?:Exercise|Warrant)\s+Price[\"\u201d]\s*\)",
    reads="a warrant's exercise price: the amount the defined term 'Exercise Price' follows",
    matches=[
        passage(
            'shall be equal to $0.85, subject to adjustment hereunder (the "Exercise Price")',
            amount="$0.85",
        ),
        passage('at a price of $2.10 per share (the "Warrant Price")', amount="$2.10"),
    ],
    rejects=[
        'for an aggregate of $500,000 (the "Purchase Price")',
        'at the price set forth in Section 2 (the "Exercise Price")',
    ],
)

_PRINCIPAL = rule(
    "instruments.principal",
    r"(?is)\b(?:principal\s+(?:sum|amount)|original\s+principal\s+amount|amount)\s+of\s+"
    r"(?:[A-Za-z\s,/-]{0,80}?(?:No/100\s+Dollars\s*)?\(\s*)?"
    r"(?P<amount>(?:U\.?S\.?\s*)?\$\s*\d[\d,]*(?:\.\d+)?)",
    reads="the principal a clause states",
    matches=[
        passage(
            "in the original principal amount of One Million Dollars ($1,000,000)",
            amount=("$1,000,000"),
        ),
        passage("in the amount of $12,450,000", amount="$12,450,000"),
        passage("the principal sum of US$ 500,000", amount="US$ 500,000"),
    ],
    rejects=["the principal amount of the Loans", "an amount equal to 5% of"],
)


#: "the Prime Rate plus one percent (1%) per annum": a margin over a floating rate, which
#: states no fixed rate.
_MARGIN_BEFORE = rule(
    "instruments.rate_margin",
    r"(?i)\b(?:plus|above|over|in\s+excess\s+of|minus|less)\b[^.;%]{0,40}$",
    reads="the words before a percentage that make it a margin over another rate",
    matches=[
        "interest at the Prime Rate plus one percent (",
        "at the LIBOR Rate plus two and one-half percent (",
        "accrues at 1.5 percentage points in excess of ",
    ],
    rejects=["interest at the rate of ", "shall bear interest at "],
)


#: "after the occurrence of an Event of Default, at 12% per annum": the default rate.
_DEFAULT_BEFORE = rule(
    "instruments.rate_on_default",
    r"(?i)\b(?:default|past\s+due|after\s+maturity)\b[^.;%]{0,60}$",
    reads="the words before a percentage that make it the rate after default or maturity",
    matches=["; after default at ", "upon the occurrence of an Event of Default, at a rate of "],
    rejects=["interest at the rate of ", "the Default Interest provisions of Section 4. At "],
)


def interest_rate(text: str) -> float | int | None:
    """The stated fixed interest rate, in percent ("Seven Percent (7%) per annum" -> 7); not
    a margin over a floating rate ("the Prime Rate plus one percent (1%) per annum")."""
    for m in _RATE.finditer(text):
        rate = "rate" if m["rate"] else "rate2"
        before = max(0, m.start(rate) - 80), m.start(rate)
        if not _MARGIN_BEFORE.search(text, *before) and not _DEFAULT_BEFORE.search(text, *before):
            return percent(m[rate])
    return None


def heading_rate(text: str) -> float | int | None:
    """The rate in an instrument's heading line (``_TITLE_RATE``), where its text states none
    "per annum"."""
    m = _TITLE_RATE.search(text)
    return percent(m["rate"]) if m else None


def maturity_date(text: str) -> str | None:
    for pattern in _MATURITY:
        m = pattern.search(text)
        if m:
            return parse_date(m["date"])
    return None


def exercise_price(text: str) -> float | int | None:
    m = _EXERCISE.search(text) or _EXERCISE_DEFINED.search(text)
    found = parse_amount(m["amount"]) if m else None
    return found[0] if found else None


def principal_amount(text: str) -> tuple[float | int, str] | None:
    """The principal a clause states ("in the original principal amount of One Million Dollars
    ($1,000,000)", "in the amount of $12,450,000"), as (number, ISO currency)."""
    m = _PRINCIPAL.search(text)
    return parse_amount(m["amount"]) if m else None


def money(props: dict[str, PropValue], text: str) -> None:
    m = _PRINCIPAL.search(text)
    found = parse_amount(m["amount"]) if m else None
    if found:
        props["amount"], props["currency"] = found
