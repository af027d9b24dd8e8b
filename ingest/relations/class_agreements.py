"""Where a document names its lenders only as the class of another agreement's parties, who
those lenders are and which agreement they are party to.

Vocabulary:
- *class statement*: the clause that names an agreement's lenders as a class, "the Credit
  Agreement dated as of ... among Acme Corp., the Banks from time to time party thereto and
  First Bank, as Agent", "the Borrower, the Lenders and the Agent are parties to the Credit
  Agreement".
- *class letter*: a waiver or consent letter addressed to that class ("To each of the Banks
  party to the Credit Agreement referred to below"), which the banks accept one by one below
  "ACKNOWLEDGED AND AGREED": each company accepting it is one of the addressed class.

Exists because a waiver, consent or letter that amends nothing is the only place such a
document names the lenders of the credit agreement it concerns (their signatures), while the
credit agreement itself names them only as a class: without this the credit agreement has a
borrower and an agent and no lender.
"""

from __future__ import annotations

from ingest.context import DocContext
from ingest.records import Span
from ingest.relations.obligations import secured_agreement
from ingest.rules import passage, rule
from ingest.structure.preamble import SALUTATION, SALUTATION_WINDOW

#: "the Banks from time to time party thereto", "the Lenders and the Agent are parties to",
#: "the financial institutions from time to time party to the Credit Agreement": the lenders
#: named as the class of the parties of an agreement the document mentions
_CLASS_STATEMENT = rule(
    "relations.class_statement",
    r"(?i)\b(?:lenders|banks|financial\s+institutions)\b[^.;()]{0,60}?"
    r"\bpart(?:y|ies)\s+(?:thereto|to\s+(?:the|that|such|said)\b)",
    reads="a clause naming the lenders as the class of another agreement's parties",
    matches=[
        passage(
            "the Banks from time to time party thereto",
            match="Banks from time to time party thereto",
        ),
        passage(
            "the Borrower, the Lenders and the Agent are parties to that certain",
            match="Lenders and the Agent are parties to that",
        ),
        passage(
            "the financial institutions from time to time party to the Credit Agreement",
            match="financial institutions from time to time party to the",
        ),
    ],
    rejects=[
        "the Lenders party hereto",
        "each of the Banks signatory hereto",
        "the Guarantors party thereto",
    ],
)

#: "To each of the Banks party to the Credit Agreement referred to below", "To the Lenders
#: parties to the Credit Agreement": the address line of a letter written to the lenders' class;
#: or the line under the agent's address ("First Bank, as Administrative Agent" / "and each of
#: the Lenders party to the Credit Agreement referred to below")
_CLASS_ADDRESSEE = rule(
    "relations.class_addressee",
    r"(?m)^[ \t]*(?:(?:To|TO)\s+(?i:(?:each\s+of\s+|all\s+of\s+)?the\s+(?:banks|lenders))\b"
    r"(?=[^\n]*\n?[^\n]*\b(?i:part(?:y|ies)|signatory|referred|named|listed))"
    r"|(?:and|AND)(?:\s+(?:to|TO))?\s+(?i:(?:each\s+of\s+|all\s+of\s+)?the\s+(?:banks|lenders))"
    r"(?=\s+(?i:(?:that|which|who)\s+are\s+)?(?i:part(?:y|ies)\s+to|signator|named|listed)))",
    reads="a letter's address line naming as its addressees the lenders of an agreement",
    matches=[
        passage(
            "To each of the Banks party to the Credit Agreement\nreferred to below, and to",
            match="To each of the Banks",
        ),
        passage("\n  To the Lenders parties to the\n  Credit Agreement", match="  To the Lenders"),
        passage(
            "as Administrative Agent\nand each of the Lenders party to the Credit Agreement",
            match="and each of the Lenders",
        ),
    ],
    rejects=[
        "To the Banks:",
        "to the Lenders party to the Credit Agreement in accordance with Section 2.05",
        "To First Bank, as Agent",
        "and the Lenders shall not assert any claim against any other party",
    ],
)


def class_letter(ctx: DocContext) -> bool:
    """Whether the document is a letter addressed to the lenders' class: the companies that
    accept it below its acknowledgment line are those lenders."""
    salutation = SALUTATION.search(ctx.text, 0, min(len(ctx.text), SALUTATION_WINDOW))
    return salutation is not None and bool(_CLASS_ADDRESSEE.search(ctx.text, 0, salutation.start()))


def class_agreements(ctx: DocContext) -> list[tuple[str, Span]]:
    """The agreement an own waiver, consent or letter concerns when a party statement of it
    names the lenders as its class ("the Credit Agreement ... among the Company, the Banks
    from time to time party thereto and the Agent"), with that statement: the companies
    signing as those lenders are parties to it. An agreement the own one amends is not
    here (the lenders carry to it as to any amended agreement), nor is any other deal."""
    own = ctx.self_ref
    concerned = secured_agreement(ctx)
    if own is None or concerned is None or concerned == own:
        return []
    if any(k[0] == "AMENDS" and k[1] == own for k in ctx.collector.relations):
        return []
    for r in ctx.collector.relations.values():
        if r.type != "PARTY_TO" or r.target != concerned:
            continue
        for sp in r.evidence:
            if _CLASS_STATEMENT.search(sp.text):
                return [(concerned, sp)]
    return []
