"""Notes a clause requires of each lender of a syndicate: "The Loans of each Bank shall be
evidenced by a single Revolving Note and a single Term Note, each payable to the order of such
Bank". The clause's "evidenced by" names the first note; the second follows after "and", with
the maker and payee the clause goes on to write for both; "such Bank" is every bank of the
class (the agent lending among them too), not the one party the term was first bound to.
"""

from __future__ import annotations

from ingest.rules import passage, rule

AND_ANOTHER_NOTE = rule(
    "relations.and_another_note",
    r"[ \t\n]*,?[ \t\n]+and[ \t\n]+(?P<det>a[ \t\n]+single|an?|one)[ \t\n]+"
    r"(?P<words>(?:[A-Z][\w-]*[ \t\n]+){1,5}?)(?P<noun>Notes?)\b",
    reads="the second note a note clause lists after the first: 'and a single Term Note'",
    matches=[
        passage(
            " and a single Term Note, each payable to the order of such Bank",
            words="Term ",
            noun="Note",
        ),
        passage(" and a Swing Line Note payable to the Swing Lender", words="Swing Line "),
    ],
    rejects=[" and the Notes", " and a note", " and the other Loan Documents"],
    mode="match",
)


#: "each payable to the order of such Bank": the payee is every lender of the class, whichever
#: one the term "Bank" was bound to first
CLASS_PAYEE = rule(
    "relations.class_payee",
    r"\b(?:payable\s+to(?:\s+the\s+order\s+of)?|to\s+the\s+order\s+of|in\s+favou?r\s+of"
    r"|execute\s+and\s+deliver\s+to)\s+"
    # ""Term Note" means a promissory note of the Borrower payable to the order of a Lender in
    # the amount of its Term Loan Commitment": one note to each lender, "a" as good as "each"
    r"(?:(?:each|such|any)\s+(?:of\s+the\s+)?(?:Lender|Bank)s?\b|a\s+(?:Lender|Bank)\b(?![\u2019']))",
    reads="a note clause's payee that is each lender of the class: 'to the order of such Bank'",
    matches=[
        passage(
            "a promissory note of the Borrower payable to the order of a Lender in the amount",
            match="payable to the order of a Lender",
        ),
        passage(
            "means a promissory note made by the Company in favor of a Bank evidencing Loans",
            match="in favor of a Bank",
        ),
        passage(
            "each payable to the order of such Bank for the account of",
            match="payable to the order of such Bank",
        ),
        passage("a Note in favor of each Lender", match="in favor of each Lender"),
        passage(
            "shall execute and deliver to each Bank a replacement Revolving Note",
            match="execute and deliver to each Bank",
        ),
    ],
    rejects=[
        "payable to the order of First Bank",
        "payable to the Agent for the Banks",
        "payable to a Lending Office of the Agent",
        "payable to a Lender's Affiliate",
    ],
)

#: a payee that is one lender in a capacity the class does not share: "the promissory note of
#: the Borrower payable to the Swingline Lender", "in favor of the Issuing Bank": that lender or
#: nobody (when no party holds the term), never every lender of the agreement
ONE_CAPACITY_PAYEE = rule(
    "relations.one_capacity_payee",
    r"\b(?:payable\s+to(?:\s+the\s+order\s+of)?|to\s+the\s+order\s+of|in\s+favou?r\s+of)"
    r"\s+the\s+(?P<term>(?:[A-Z][\w-]*\s+){1,3}(?:Lender|Bank))\b(?!s)",
    reads="a note clause's payee: one lender in its own capacity ('the Swingline Lender')",
    matches=[
        passage(
            "the promissory note of the Borrower payable to the Swingline Lender, substantially",
            match="payable to the Swingline Lender",
        ),
        passage(
            "to the order of the Swing Line Lender", match="to the order of the Swing Line Lender"
        ),
        "in favor of the Term Loan Bank",
    ],
    rejects=[
        "payable to the order of each Lender",
        "payable to the Lender",
        "payable to the Revolving Lenders",
        "payable to such Bank",
    ],
)
