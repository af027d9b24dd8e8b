"""The lending roles a credit agreement's definitions give its parties: ""Borrowers" means
NMT Medical, Inc., ... and NMT Heart, Inc.", "Borrowers shall mean Parent, DSI and Cobb",
""Lender" means Brown Brothers Harriman & Co.".

Exists because many agreements name their parties in the preamble without a role (or with
one plural role after a whole list, which binds to its last name only) and say who borrows
and who lends only in the definitions; the role readers (:mod:`.role_lending`) then know the
borrowers a lender lends to. Only parties of the own agreement take a role here.
"""

from __future__ import annotations

import re

from ingest.context import DocContext
from ingest.parties.add import add_party, described_mention
from ingest.parties.cues import OTHER_NAME
from ingest.records import Span
from ingest.relations.slots import labelled, name_key
from ingest.rules import passage, rule
from ingest.structure.analysis import analyze

#: the role a defined lending term gives (its singular, lower case)
_ROLE_OF_TERM = {
    "borrower": "borrower",
    "co-borrower": "borrower",
    "lender": "lender",
    "bank": "bank",
}
_LENDING = frozenset({"lender", "bank"})


_ROLE_DEFINITION = rule(
    "relations.role_definition",
    r"(?m)^[ \t]*[\"\u201c]?(?P<term>"
    # "Swedish Borrower", "Foreign Subsidiary Borrowers": a kind of borrower named only here;
    # never the old deal's parties ("Existing Lender") nor a class no name fills
    r"(?:(?!(?:Existing|Original|Prior|Former|Predecessor|Defaulting|Departing|Declining"
    r"|Exiting|Replaced|Replacement|Terminating|Affected|Non)\b)[A-Z][\w-]*\s+){0,3}?"
    r"(?:(?:Co-|CO-)?(?:Borrowers?|BORROWERS?)|Lenders?|LENDERS?|Banks?"
    r"|BANKS?))[\"\u201d]?[ \t]+"
    r"(?:means|shall\s+mean)\s+(?P<body>(?:[^.;:\n]|\n(?![ \t]*\n)|\.(?!\s+[A-Z\"\u201c(]|\s*$))"
    r"{1,600}?)(?=[.;:](?:\s|$)|\n[ \t]*\n)",
    reads="a definition of a lending role (Borrower, Lender, Bank) at the head of a line: the "
    "parties it names",
    matches=[
        passage(
            '"Borrowers" means Acme Tools, Inc., a Delaware corporation, and Acme Parts Co., '
            "a Maine corporation.",
            term="Borrowers",
            body="Acme Tools, Inc., a Delaware corporation, and Acme Parts Co., a Maine "
            "corporation",
        ),
        passage(
            "Borrowers shall mean Parent, Systems and Cobb.",
            term="Borrowers",
            body="Parent, Systems and Cobb",
        ),
        passage(
            "\u201cLender\u201d means First Prairie Bank, and its successors and assigns; and",
            term="Lender",
        ),
        # a definitions article that writes its terms in capitals (converted small capitals)
        passage(
            '"BORROWER" means Harlan Freight Lines, Inc., a Kansas corporation.',
            term="BORROWER",
            body="Harlan Freight Lines, Inc., a Kansas corporation",
        ),
        passage(
            '"BANKS" shall mean Mercer Trust Company and Ridge National Bank.',
            term="BANKS",
            body="Mercer Trust Company and Ridge National Bank",
        ),
        passage(
            '"Lender" means First Prairie Bank, its successors and assigns:\n\n"Letter" means a',
            body="First Prairie Bank, its successors and assigns",
        ),
        # a kind of borrower a multicurrency agreement names only in its definitions
        passage(
            '"Swedish Borrower" means Valdren Nordic AB, a limited liability company.',
            term="Swedish Borrower",
            body="Valdren Nordic AB, a limited liability company",
        ),
        passage(
            "\u201cForeign Subsidiary Borrowers\u201d means the Canadian Borrower and the UK "
            "Borrower.",
            term="Foreign Subsidiary Borrowers",
            body="the Canadian Borrower and the UK Borrower",
        ),
    ],
    rejects=[
        '"Borrowing" means a borrowing of Loans of one Type.',
        '"Lender Affiliate" means an affiliate of a Lender.',
        "the Borrower means to repay the Loans early.",
        '"BORROWING" means Loans of the same Type, made on the same date.',
        '"LENDER PARTY" means any Lender or the Administrative Agent.',
        '"Existing Lender" means Harbor National Bank.',
        '"Defaulting Lender" means any Lender that fails to fund.',
    ],
)


#: the successors a definition adds after the names ("and its successors and assigns")
_SUCCESSORS = rule(
    "relations.role_definition_successors",
    r"(?is)[,\s]+(?:(?:and|or)\s+)?(?:its|their|any|each)\s+(?:respective\s+)?successors\b.*$",
    reads="the successors and assigns a role definition adds after the parties it names",
    matches=[
        passage(
            "First Prairie Bank, and its successors and assigns",
            match=", and its successors and assigns",
        ),
        passage("Acme Tools, Inc., its successors", match=", its successors"),
    ],
    rejects=["Successor Agent Holdings, Inc."],
)


#: the body of a qualified role's definition that describes a class, naming no party: '"Foreign
#: Lender" means any Lender that is organized under the laws of ...' (the Borrower it goes on
#: to name is no foreign lender; '"Majority Lenders" means Lenders having ...')
_A_CLASS = rule(
    "relations.role_definition_of_a_class",
    r"(?i)\s*(?:any|each|every|all|a|an|such|those|(?:the\s+)?(?-i:Lenders|Banks|Borrowers))\b",
    reads="the body of a qualified role's definition: a class it describes, no party named",
    matches=[
        " any Lender that is organized under the laws of",
        "each Lender that",
        " Lenders having Pro Rata Shares of more than 50%",
    ],
    rejects=["Valdren Nordic AB, a limited liability company", "the Canadian Borrower"],
    mode="match",
)


#: a capitalised word or run of words in a definition (a defined term such as "Parent")
_CAPITALISED = re.compile(r"\b[A-Z][\w&-]*(?:\s+[A-Z][\w&-]*){0,3}")


def defined_roles(ctx: DocContext) -> dict[str, tuple[set[str], list[Span]]]:
    """Each party of the own agreement that a lending-role definition before the signatures
    names (by its name, or by a term defined for it), with the role and the definition; its
    PARTY_TO edge takes the role as the definition writes it where it had none."""
    own = ctx.self_ref
    if own is None:
        return {}
    parties = {
        r.source
        for r in ctx.collector.relations.values()
        if r.type == "PARTY_TO" and r.target == own
    }
    st = analyze(ctx.text)
    end = st.signatures.start if st.signatures else len(ctx.text)
    out: dict[str, tuple[set[str], list[Span]]] = {}
    named: dict[str, str] = {}
    for m in _ROLE_DEFINITION.finditer(ctx.text, 0, end):
        term = m["term"].lower()
        head = term.split()[-1]
        if " " in term and _A_CLASS.match(m["body"]):
            continue  # '"Foreign Lender" means any Lender that is organized ...': no one named
        role = _ROLE_OF_TERM[head[:-1] if head.endswith("s") else head]
        written = m["term"][:-1] if term.endswith("s") else m["term"]
        # "BORROWER" in a definitions article set in capitals: the role as a preamble writes it
        written = written.title() if written.isupper() else written
        body = OTHER_NAME.sub(" ", _SUCCESSORS.sub("", m["body"]))
        for ref in _named_in(ctx, body, parties):
            slot = out.setdefault(ref, (set(), []))
            slot[0].add(role)
            slot[1].append(ctx.span(m.start("term"), m.end("body")))
            named.setdefault(ref, written)
    # a party that definitions call both borrower and lender was read past a definition's end
    kept = {r: v for r, v in out.items() if not ("borrower" in v[0] and v[0] & _LENDING)}
    # the role goes onto the party's PARTY_TO edge where the preamble gave it none, and the
    # definition's descriptor ('"Borrower" means Acme Corp., a Delaware corporation') gives
    # the party's form and jurisdiction
    for ref, (_, spans) in kept.items():
        ctx.collector.relate("PARTY_TO", ref, own, spans[0], {"role": named[ref]})
        e = ctx.collector.get(ref)
        name = e.props.get("name") if e and e.props.get("kind") == "organization" else None
        if isinstance(name, str) and (
            mention := described_mention(ctx.text, name, spans[0].start, spans[0].end)
        ):
            add_party(ctx, name, *mention, kind="organization")
    return kept


def _named_in(ctx: DocContext, body: str, parties: set[str]) -> list[str]:
    """The parties (of ``parties``) a definition's body names, by name or by a defined term."""
    key = f" {name_key(body)} "
    found: list[str] = []
    for ref in parties:
        e = ctx.collector.get(ref)
        name = e.props.get("name") if e else None
        if isinstance(name, str) and len(name_key(name)) > 3 and f" {name_key(name)} " in key:
            found.append(ref)
    for m in _CAPITALISED.finditer(body):
        for ref in labelled(ctx, ctx.lookup(m.group()), "Party"):
            if ref in parties and ref not in found:
                found.append(ref)
    return found
