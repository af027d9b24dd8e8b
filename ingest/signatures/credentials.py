"""A signer's credentials after the name: "Craig Dunmore, CFA", "Lena Ortiz, CPA", "Paul
Hart, Esq.", letters that qualify the person and are no part of the name, which the typed
name under a signature often carries.
"""

from __future__ import annotations

from ingest.rules import passage, rule

_LETTERS = (
    r"(?:CFA|CPA|CFP|CAIA|FRM|CMA|CIA|Esq\.?|ESQ\.?"
    r"|J\.\s?D\.|Ph\.\s?D\.|M\.\s?D\.|P\.\s?E\.)"
)

CREDENTIALS = rule(
    "signatures.credentials",
    rf",[ \t]*{_LETTERS}(?:,?[ \t]*{_LETTERS})*[ \t]*$",
    reads="a signer's typed name: the professional credentials after it (CFA, CPA, Esq.)",
    matches=[
        passage("Craig Dunmore, CFA", match=", CFA"),
        passage("Lena M. Ortiz, CPA, CFA", match=", CPA, CFA"),
        passage("Paul R. Hart, Esq.", match=", Esq."),
    ],
    rejects=["Gary F. Santo, Jr.", "Lena M. Ortiz", "Paul Hart III", "CFA Holdings, Inc."],
)


def without_credentials(name: str) -> str:
    """The signer's name without the credentials after it ("Craig Dunmore, CFA" ->
    "Craig Dunmore"); a name with none is returned as it is."""
    return CREDENTIALS.sub("", name).strip() or name
