"""The bank a role term stands for where a definition names it and nothing else: ""Account
Bank" shall mean Harbor Street Bank.", ""Custodian" means Pellham Trust Company, N.A.", a
depositary, custodian or collateral agent that executes a closing document and is named
nowhere but in its definition.

Why a reader of its own: :mod:`.defined_companies` reads a definition that states the
company's form ("..., a Delaware corporation"); a bank a role term names is often given by its
name alone, the definition ending with it.
"""

from __future__ import annotations

import re

from ingest.context import DocContext
from ingest.names import is_org_name
from ingest.parties.add import add_party
from ingest.rules import passage, rule

_ROLE_BANK = rule(
    "relations.defined_role_banks.role_term_means_bank",
    r"^[\"\u201c](?P<term>(?:[A-Z][\w&-]*\s+){0,2}(?:Bank|BANK|Custodian|CUSTODIAN|Depositary"
    r"|DEPOSITARY|Trustee|TRUSTEE|Intermediary|INTERMEDIARY))[\"\u201d]\s+(?:shall\s+)?means?\s+"
    r"(?P<name>[A-Z][\w&'\u2019-]*(?:\s+[A-Z][\w&'\u2019-]*){0,5}\s+(?:Bank|Trust\s+Company"
    r"|Bank\s+and\s+Trust\s+Company)(?:,\s+(?:N\.A|National\s+Association))?)\.(?=\s|$)",
    reads="a definition that makes a role term stand for a bank it names by name alone",
    mode="match",
    matches=[
        passage('"Account Bank" shall mean Harbor Street Bank.', term="Account Bank"),
        passage(
            "\u201cCustodian\u201d means Pellham Trust Company, N.A. and its successors.",
            name="Pellham Trust Company, N.A",
        ),
        passage('"DEPOSITARY BANK" means Lindgren Valley Bank.', name="Lindgren Valley Bank"),
    ],
    rejects=[
        '"Issuing Bank" means the Agent and any other Lender that issues Letters of Credit.',
        '"Account Bank" shall mean State Street Bank, or any successor bank.',
        '"Bank" means each bank party hereto.',
    ],
)


def bank_for_role(ctx: DocContext, phrase: str) -> list[str]:
    """The bank the definition of the role term ``phrase`` ("the Account Bank") names, added
    as a party; [] when no such definition names one."""
    term = re.sub(r"^(?:the|each)\s+", "", phrase.strip())
    if not term:
        return []
    text = ctx.text
    for written in dict.fromkeys((term, term.upper())):
        for q in re.finditer(rf"[\"\u201c]{re.escape(written)}[\"\u201d]", text):
            d = _ROLE_BANK.match(text[q.start() : q.start() + 200])
            if d is None or d["term"] != written or not is_org_name(d["name"]):
                continue
            start, end = q.start() + d.start("name"), q.start() + d.end("name")
            # the term is not bound to it: a bank defined by a role is no lender ("Bank")
            return [add_party(ctx, d["name"], start, end, kind="organization")]
    return []
