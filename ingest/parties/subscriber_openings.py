"""The parties of a subscription agreement written as the subscriber's letter to the company:
"The undersigned, Jane Q. Doe (the "Subscriber"), hereby subscribes for ... units ... from Acme
Corp., a Nevada corporation (the "Company")" (or "... for a 9% Convertible Note (the "Note") of
Acme Corp., ...").

No preamble names them: the subscriber signs under its name and the company accepts below. The
opening sentence gives both their defined terms and roles, and the company's form.
"""

from __future__ import annotations

from ingest.context import DocContext
from ingest.parties.add import add_party, party_to
from ingest.parties.forms import stated_form
from ingest.rules import passage, rule

_SUBSCRIBES = rule(
    "parties.subscriber_openings.subscribes",
    r"\b[Tt]he\s+undersigned,\s+(?P<sub>[A-Z](?:[^()\n;]|\n(?!\n)){1,80}?)\s*\(\s*(?:the\s+)?"
    r"[\"\u201c](?P<sterm>Subscriber|Purchaser|Investor)[\"\u201d]\s*\),?\s+hereby\s+"
    r"(?:irrevocably\s+)?subscribes?\s+for\b(?:[^;]|\n(?!\n)){0,400}?\b(?:from|of)\s+"
    r"(?P<co>[A-Z](?:[^()\n;,]|\n(?!\n)|,(?=\s+(?:Inc|Ltd|LLC|L\.P))){1,80}?),?\s+"
    r"(?P<form>an?\s+[A-Z][^()\n;]{2,60}?)\s*\(\s*(?:the\s+)?[\"\u201c](?P<cterm>Company|Issuer)"
    r"[\"\u201d]\s*\)",
    reads="a subscription agreement's opening sentence: the subscriber and the company it "
    "subscribes from, each with its defined term",
    matches=[
        passage(
            'The undersigned, Marcus J. Delaney (the "Subscriber"), hereby subscribes for and '
            "agrees to purchase from Sagebrush Minerals Corp., a Utah corporation (the "
            '"Company"), 20,000 units',
            sub="Marcus J. Delaney",
            co="Sagebrush Minerals Corp.",
        ),
        passage(
            'The undersigned, HAROLD P. WINSLOW (the "Subscriber"), hereby subscribes for a 9% '
            'Convertible Promissory Note (the "Note") of Crestview Minerals Corp., a Wyoming '
            'corporation (the "Company")',
            sub="HAROLD P. WINSLOW",
            co="Crestview Minerals Corp.",
        ),
    ],
    rejects=['The undersigned (the "Subscriber") hereby subscribes for units of the Company'],
)

#: How far into the document its opening sentence may stand (a title page, a legend about the
#: securities laws, instructions to the subscriber before it).
_OPENING_WINDOW = 8000


def extract_subscriber_opening(ctx: DocContext) -> None:
    """The subscriber and the company of a subscription agreement's opening sentence, party to
    the document's own agreement in those roles (never to a document that is an instrument)."""
    own = ctx.collector.get(ctx.self_ref) if ctx.self_ref else None
    if own is None or own.label != "Agreement":
        return
    m = _SUBSCRIBES.search(ctx.text, 0, min(len(ctx.text), _OPENING_WINDOW))
    if m is None:
        return
    sub = " ".join(m["sub"].split())
    ref = add_party(ctx, sub, m.start("sub"), m.end("sub"), aliases=(m["sterm"],))
    ctx.define(m["sterm"], ref)
    party_to(ctx, ref, m["sterm"], m.start(), m.end("sterm"))
    co = " ".join(m["co"].split())
    form = stated_form(ctx.text, m.end("co"), m.end("form") + 1)
    ref = add_party(ctx, co, m.start("co"), m.end("co"), props=form, aliases=(m["cterm"],))
    ctx.define(m["cterm"], ref)
    party_to(ctx, ref, m["cterm"], m.start("co"), m.end())
