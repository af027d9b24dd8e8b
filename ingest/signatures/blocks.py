"""The signature blocks of a region: what the block reader (``block_reader``) reads, less
the headings the region ran into; column by column for other agreements' signature pages
(``ingest.appended``, ``ingest.notes``); and the SIGNED edge of a block's signer.
"""

from __future__ import annotations

from ingest.context import DocContext
from ingest.parties.add import add_party
from ingest.parties.spellings import display_name
from ingest.records import PropValue
from ingest.rules import rule
from ingest.signatures.block_reader import BlockReader
from ingest.signatures.columns import read_columns
from ingest.signatures.company_lines import heading, same_group
from ingest.signatures.credentials import without_credentials
from ingest.signatures.fields import Block, Field
from ingest.signatures.title_scopes import office_only

#: Signature pages are short; a longer region means attachments were not recognised.
SIGNATURE_WINDOW = 20_000


def read_blocks(text: str, fields: list[Field]) -> list[Block]:
    """The signature blocks of a region, read line by line (``fields``) in one pass by
    :class:`.block_reader.BlockReader`, but the headings the region ran into."""
    return _without_headings(text, BlockReader(text, fields).read())


def _vouched(text: str, blocks: list[Block], i: int) -> bool:
    """Whether a "By:" line, a signer or a title vouches for block ``i``'s company: its own,
    or that of the next block of a list of one group's companies right under it ("TODD-AO
    DIGITAL IMAGES" / "TODD-AO VIDEO SERVICES" / ... / "By:")."""
    b = blocks[i]
    if b.by or b.signer or b.title:
        return True
    if i + 1 >= len(blocks) or not (b.company and blocks[i + 1].company):
        return False
    nxt = blocks[i + 1]
    close = text[b.end : nxt.start].count("\n") <= 1
    return close and same_group(b.company, nxt.company or "") and _vouched(text, blocks, i + 1)


def _without_headings(text: str, blocks: list[Block]) -> list[Block]:
    """The blocks but those whose company line is a heading the region ran into (a
    schedule's caption, a table's row, a cell of a boxed table) and that no signer vouches
    for."""
    return [
        b
        for i, b in enumerate(blocks)
        if not (
            b.company
            and (heading(b.company) or _boxed_cell(text, b))
            and not _vouched(text, blocks, i)
        )
    ]


def _boxed_cell(text: str, b: Block) -> bool:
    """Whether the block's company line is a row of a table drawn with bars ("| Crestmoor
    Capital   | P.O. Box 2207   | $1,500,000 |"): a schedule's cell, never a signer's company."""
    if not b.company_span:
        return False
    line_start = text.rfind("\n", 0, b.company_span[0]) + 1
    line_end = text.find("\n", b.company_span[1])
    line = text[line_start : line_end if line_end >= 0 else len(text)]
    return line.lstrip().startswith("|") and line.count("|") >= 2


def signature_blocks(text: str, start: int, end: int) -> list[Block]:
    """The signature blocks of ``text[start:end]``, column by column: the reader of
    :func:`.extract.extract_signatures`, for other agreements' signature pages
    (``ingest.appended``)."""
    return [b for column in read_columns(text, start, end) for b in read_blocks(text, column)]


def add_signer(
    ctx: DocContext, b: Block, signer: str, agreement: str, company: str | None
) -> tuple[str, int, int]:
    """The person who signs block ``b`` and their SIGNED edge to ``agreement`` (with the
    title and the company signed for), cited from the company line down to the block's end;
    returns the person's ref and that span."""
    s = b.company_span[0] if b.company_span else b.start
    e = max(b.end, s + 1)
    name = without_credentials(signer)
    known = _same_signer(ctx, display_name(ctx, name))
    # the other spelling is no alias: a person is named by the name it first signed with
    person = (
        ctx.collector.add(known, "Party", ctx.span(s, e))
        if known
        else add_party(ctx, name, s, e, kind="person")
    )
    props: dict[str, PropValue] = {"title": office_only(b.title), "on_behalf_of": company}
    ctx.collector.relate("SIGNED", person, agreement, ctx.span(s, e), props)
    return person, s, e


#: A middle initial in a person's name ("John A. Smith", "J. Robert Smith"): a signer may
#: write it on one page and leave it out on another.
_INITIAL = rule(
    "signatures.middle_initial",
    r"[A-Z]\.?",
    reads="a word of a signer's name: a lone initial, which the same signer may leave out",
    matches=["A.", "J"],
    rejects=["Al", "Jr."],
    mode="fullmatch",
)


def _name_words(name: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """A person's name as its full words (lower case, in order) and its middle initials."""
    parts = [w.strip(",") for w in name.split() if w.strip(",")]
    inner = parts[1:-1]
    full = [parts[0], *(w for w in inner if not _INITIAL.fullmatch(w)), parts[-1]]
    initials = [w.rstrip(".").lower() for w in inner if _INITIAL.fullmatch(w)]
    return tuple(w.lower() for w in full), tuple(initials)


def _same_signer(ctx: DocContext, name: str) -> str | None:
    """The one person already read whose name this signer's is, written another way on
    another page of the same filing ("Walter J. Brennick" on the amendment's page, "WALTER
    BRENNICK" on the conformed copy of an earlier one attached to it): the same full words in
    the same order, one name's middle initials left out of the other's (never two different
    initials: "John A. Smith" and "John B. Smith" are two persons), its first word a name and
    not an initial. A name written exactly as a known one is left to the ref it makes."""
    parts = name.split()
    if len(parts) < 2 or _INITIAL.fullmatch(parts[0]):
        return None
    full, initials = _name_words(name)
    hits = set()
    for ref, e in ctx.collector.entities.items():
        known = e.props.get("name")
        if e.label != "Party" or e.props.get("kind") != "person" or not isinstance(known, str):
            continue
        other = known.split()
        if len(other) < 2 or known.lower() == name.lower() or _INITIAL.fullmatch(other[0]):
            continue
        o_full, o_initials = _name_words(known)
        if o_full == full and (not initials or not o_initials or initials == o_initials):
            hits.add(ref)
    return hits.pop() if len(hits) == 1 else None
