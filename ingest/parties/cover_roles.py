"""The obligors a syndicated agreement's cover page names with their role ("ACME HOLDINGS INC.
and ACME EUROPE LIMITED," / "as Borrowers"), for the parties its preamble names without one.

Exists because the preamble may give its borrowers their role where no reader takes it (a
parenthesis closed before the role's term: '("AEL") and, together with AHI, individually, a
"Borrower" and collectively the "Borrowers")'), while the cover page above states the same
role plainly. A party of the preamble in no role takes the role the cover states after its
name; a party the preamble gave a role keeps it, and the cover names no new party.
"""

from __future__ import annotations

from ingest.context import DocContext
from ingest.names import plain_words, singular
from ingest.parties.add import party_to
from ingest.rules import passage, rule
from ingest.structure.analysis import analyze

_COVER_ROLE = rule(
    "parties.cover_obligor_role",
    r"(?m)^[ \t]*(?P<names>[A-Z][^\n]{1,160}?)[ \t]*,?[ \t]*\n?[ \t]*as[ \t]+"
    r"(?P<role>Co-Borrowers?|Borrowers?|Guarantors?|CO-BORROWERS?|BORROWERS?|GUARANTORS?)"
    r"[ \t]*,?[ \t]*$",
    reads="a cover page: the obligors' names, then 'as' and their role on the line's end",
    matches=[
        passage(
            "HARBOR HOLDINGS INC. and HARBOR EUROPE LIMITED,\nas Borrowers\n",
            names="HARBOR HOLDINGS INC. and HARBOR EUROPE LIMITED",
            role="Borrowers",
        ),
        passage(
            "MERIDIAN FOODS CORP., as Borrower\n", names="MERIDIAN FOODS CORP.", role="Borrower"
        ),
    ],
    rejects=[
        "ACME CORP., as Borrower under the Existing Credit Agreement\n",
        "FIRST EXAMPLE BANK, N.A.,\nas Administrative Agent\n",
    ],
)


def _words(name: str) -> str:
    return " ".join(plain_words(name))


def extract_cover_roles(ctx: DocContext) -> None:
    """The role a cover page above the preamble states for preamble parties in none."""
    st = analyze(ctx.text)
    if st.preamble is None or ctx.self_ref is None:
        return
    roleless = {
        r.source: str(ctx.collector.entities[r.source].props.get("name") or "")
        for r in ctx.collector.relations.values()
        if r.type == "PARTY_TO"
        and r.target == ctx.self_ref
        and not r.props.get("role")
        and r.source in ctx.collector.entities
    }
    for m in _COVER_ROLE.finditer(ctx.text, 0, st.preamble.start):
        names = f" {_words(m['names'])} "
        refs = [ref for ref, name in roleless.items() if name and f" {_words(name)} " in names]
        role = singular(m["role"]).title().replace("Co-b", "Co-B")
        for ref in refs:
            party_to(ctx, ref, role, m.start("names"), m.end("role"))
        for term in (role, role + "s"):
            if refs and not ctx.lookup(term):
                ctx.define(term, *refs)
