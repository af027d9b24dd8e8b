"""A capacity written once, in the plural, after a list of parties: "MERCER BANK, N.A. and THE
HARBOR BANK, individually and as Co-Agents", "Citibank, N.A., Barclays Bank PLC and Wells Fargo
Bank, N.A., as Documentation Agents". Each party of the list holds it.

Exists because the preamble reader binds the "as ..." after a name to that name alone, so the
plural capacity went to the last bank of the list and the banks before it stood in the
agreement with no role. Only the parties the list joins (a comma, "and", "the" between them and
nothing else) that have no role of their own share it: a party with its descriptor or its own
capacity ends the list.
"""

from __future__ import annotations

from ingest.names import singular
from ingest.parties.descriptions import Party
from ingest.parties.role_words import is_plural_term
from ingest.rules import passage, rule

#: what stands between two names of one list of parties: a comma, "and", an article
_LIST_JOIN = rule(
    "parties.shared_capacity_join",
    r"[ \t\n]*,?[ \t\n]*(?:(?:and|AND)[ \t\n]+)?(?:(?:the|THE)[ \t\n]+)?",
    reads="the words between two names of a list of parties that one plural capacity follows",
    matches=[
        passage(" and ", match=" and "),
        passage(", ", match=", "),
        passage(",\nand THE ", match=",\nand THE "),
    ],
    rejects=[", a Delaware corporation, and ", ", as Agent, and ", ' (the "Bank") and '],
    mode="fullmatch",
)


#: the term the list's parties are given right after their capacity ("as Co-Documentation
#: Agents (each in such capacity, a "Documentation Agent")"): where it names another role than
#: the capacity, the reader of terms gives it out
_TERM_AFTER = rule(
    "parties.shared_capacity_term_after",
    r"\s*,?\s*\([^()\"\u201c]{0,60}[\"\u201c](?P<term>[^\"\u201c\u201d]{1,60})[\"\u201d]",
    reads="a parenthesis right after a list's plural capacity: the term the parties go by",
    matches=[
        passage(' (each in such capacity, a "Documentation Agent")', term="Documentation Agent"),
        passage(' (collectively, the "Co-Agents"; individually, a "Co-Agent")', term="Co-Agents"),
    ],
    rejects=[", and FIRST BANK, as Agent", ". The Borrower has requested"],
    mode="match",
)


def share_plural_capacity(text: str, found: list[Party], party: Party) -> None:
    """Give ``party``'s plural capacity ("Co-Agents") to the parties of ``found`` its list
    joins to it, back to the first that has a role or is set apart by more than the list's
    joining words; ``party`` is the list's last name. Each holds it in the singular (a
    "Borrower" of the "Borrowers")."""
    if not party.role or not is_plural_term(party.role.split()[-1]):
        return
    one = singular(party.role)
    term = _TERM_AFTER.match(text, party.end)
    if term and _letters(singular(term["term"])) != _letters(one):
        return
    later = party
    for p in reversed(found):
        if p.role or not _LIST_JOIN.fullmatch(text, p.end, later.run.start):
            break
        p.role = one
        later = p
    if later is not party:
        party.role = one


def _letters(role: str) -> str:
    """A role as its letters alone: "Co- Agent" wrapped at its hyphen is "Co-Agent"."""
    return "".join(ch for ch in role.lower() if ch.isalnum())
