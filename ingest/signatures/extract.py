"""The own agreement's signature pages read into parties: each block's company PARTY_TO the
agreement (two companies side by side on one line read as two), its signer SIGNED, the role
reconciled with the preamble; then the collective terms resolved.
"""

from __future__ import annotations

import re

from ingest.context import DocContext
from ingest.names import (
    TERMINAL_SUFFIXES,
    is_org_name,
    joined_names,
    looks_like_person,
    name_runs,
)
from ingest.parties.add import add_party, party_to
from ingest.signatures.acknowledgments import acknowledging, notary_signature
from ingest.signatures.blocks import add_signer, read_blocks
from ingest.signatures.collectives import (
    join_collective,
    listed_class,
    resolve_deferred_collectives,
    resolve_undefined_class,
)
from ingest.signatures.columns import read_columns
from ingest.signatures.company_lines import bare_role
from ingest.signatures.cut_names import cut_party, joined_party, wrapped_rest_party
from ingest.signatures.former_names import FORMER_NAME_CUE, WRAPPED_OTHER_NAME
from ingest.signatures.long_pages import signature_pages_end
from ingest.signatures.preamble_roles import (
    alias_role,
    creditor_alias,
    has_own_term,
    held_by_one,
    individuals_may_sign,
    others_hold,
    preamble_role,
)
from ingest.signatures.witnesses import occupation_line, witness_block, witnessing
from ingest.signatures.wrapped_descriptors import described_name
from ingest.signatures.wrapped_forms import completed_name
from ingest.signatures.wrapped_heads import joined_head
from ingest.signatures.wrapped_partnerships import wrapped_partnership
from ingest.structure.analysis import analyze


def extract_signatures(ctx: DocContext) -> None:
    """Companies and signers of the own agreement's signature pages."""
    st = analyze(ctx.text)
    if st.signatures is None or ctx.self_ref is None:
        return
    text = ctx.text
    named = {r.source for r in ctx.collector.relations.values() if r.type == "PARTY_TO"}
    listed = listed_class(ctx, st.signatures.start)
    signed_companies: list[tuple[str, str | None, int, int]] = []
    end = signature_pages_end(text, st.signatures.start, st.signatures.end)
    columns = read_columns(text, st.signatures.start, end)
    for column in columns:
        # the left of two columns: the witnesses' column a "WITNESS:" caption may head
        beside = len(columns) == 2 and column is columns[0]
        for b in read_blocks(text, column):
            company_ref = None
            if (
                witness_block(column, b, beside)
                or (not b.company and notary_signature(text, b.start))
                or (
                    b.company_span
                    and (
                        occupation_line(text, b.company_span[0])
                        or acknowledging(text, b.company_span[0])
                    )
                )
            ):
                # a witness attests a signature, a notary certifies it: no party, no signer
                continue
            if b.company and b.company_span and not _captions_only(b.company):
                # two companies side by side on one line sign in two columns
                for cut, (cut_s, cut_e) in reversed(_side_by_side(text, b.company, b.company_span)):
                    # "WELLS FARGO BANK," / "NATIONAL ASSOCIATION": one bank on two lines
                    company, cs, ce = completed_name(text, cut, cut_s, cut_e)
                    # "HARBOR REALTY, LP, A DELAWARE LIMITED" / "PARTNERSHIP": the name above
                    company, cs, ce = described_name(text, company, cs, ce)
                    # "HARBOR CARE OF DAYTON LIMITED" / "PARTNERSHIP": the name above joined
                    company, cs, ce = wrapped_partnership(text, company, cs, ce)
                    # "INDUSTRIAL AND COMMERCIAL BANK" / "OF CHINA LIMITED": the head joined
                    company, cs, ce = joined_head(text, company, cs, ce)
                    other = ""  # the company's other name the block gives, if any
                    if m := FORMER_NAME_CUE.search(
                        text, max(0, cs - 60), cs
                    ) or WRAPPED_OTHER_NAME.search(text, max(0, cs - 120), cs):
                        # "CHESAPEAKE PLC (FORMERLY KNOWN AS FIELD GROUP PLC)": the company is
                        # the one named before the parenthesis
                        above = _named_before(text, m.start())
                        if above is None:
                            continue
                        other = company
                        company, (cs, ce) = above
                    company_ref = (
                        cut_party(ctx, company, named, text[max(0, cs - _ABOVE) : cs])
                        or joined_party(ctx, company, named)
                        # "FIRST UNION NATIONAL BANK OF NORTH" / "CAROLINA, as Co-Agent"
                        or wrapped_rest_party(ctx, company, named, text[ce : ce + _ABOVE])
                        or add_party(ctx, company, cs, ce, kind=_kind_of(company, b.signer))
                    )
                    role = (
                        b.role or alias_role(ctx, company_ref, other) or preamble_role(ctx, company)
                    )
                    if b.captioned and "guarantor" in (b.role or "").lower():
                        # a lender whose block follows the guarantors' with no caption of
                        # its own signs as the lender its defined term says it is
                        role = creditor_alias(ctx, company_ref) or role
                    if b.captioned and others_hold(ctx, b.role, company_ref):
                        # the caption's role names others the preamble defined: the company
                        # signs in the listed class's role, or in the one its own term gives
                        # ("BORROWER:" over the Borrower's block, then Holdings' block)
                        if listed:
                            role = listed
                        elif has_own_term(ctx, company_ref) and held_by_one(ctx, b.role):
                            role = alias_role(ctx, company_ref)
                    party_to(ctx, company_ref, role, cs, ce)
                    # a company the preamble named joins a class only under its caption
                    # ("LENDERS:" over the agent's second block)
                    in_class = company_ref not in named or (
                        b.captioned and bool(b.role) and role == b.role
                    )
                    if in_class and not b.accepted:
                        signed_companies.append(
                            (company_ref, role if b.captioned else b.role, cs, ce)
                        )
                    if b.role and role == b.role:
                        join_collective(ctx, b.role, company_ref)
            if b.signer:
                person, s, e = add_signer(ctx, b, b.signer, ctx.self_ref, company_ref)
                # A person signing for no company is a party where the preamble names no
                # party (a joint filing signed by individuals) or where the person signs
                # alone ("/s/ Lena Fairbanks", no "By:", no title); a "By:" signer beside
                # named parties signs for a company the layout lost (columns flattened
                # onto one line), or is a named party already.
                alone = b.individual or (
                    b.title is None and not b.by and (b.role or individuals_may_sign(ctx, named))
                )
                if company_ref is None and (not named or alone) and not witnessing(text, s):
                    # in the role her caption ("GUARANTORS:") or the preamble gives her
                    role = b.role or alias_role(ctx, person) or preamble_role(ctx, b.signer)
                    party_to(ctx, person, role, s, e)
    resolve_deferred_collectives(ctx, signed_companies)
    resolve_undefined_class(ctx, signed_companies)


def _kind_of(company: str, signer: str | None) -> str:
    """A form's buyer line naming the person who signs it ("Name of Purchaser: Dov Halpern",
    signed "/s/ Dov Halpern"): an individual buyer, a person; any other company line names
    an organisation."""
    same = signer is not None and " ".join(company.split()) == " ".join(signer.split())
    return (
        "person"
        if same and looks_like_person(company) and not is_org_name(company)
        else ("organization")
    )


#: How far above a block's company line the head of a wrapped name may stand.
_ABOVE = 120


#: Nothing but quoted terms (the last one's closing quote may be cut off).
_QUOTED_TERMS = re.compile(r"(?:\s*[\"\u201c][^\"\u201c\u201d]+(?:[\"\u201d]|$)\s*:?)+")


#: The labels of a signature form's fields, under the lines a signer fills in.
_FIELD_WORDS = frozenset(
    ["print", "printed", "type", "typed", "name", "title", "signature", "date"]
)


def _captions_only(company: str) -> bool:
    """'"CONTENT PROVIDER" "COMPANY"' above two columns of blocks: the defined terms the
    parties sign as, quoted, which the blocks' own company lines name below (a name that
    quotes a word of itself, 'TOYS "R" US, INC.', is a name); "Print Name" / "Title" under
    the lines of a signature form: its fields' labels."""
    field_words = re.findall(r"[A-Za-z]+", company.lower())
    if field_words and all(w in _FIELD_WORDS for w in field_words):
        return True
    return bool(_QUOTED_TERMS.fullmatch(company))


def _side_by_side(
    text: str, company: str, span: tuple[int, int]
) -> list[tuple[str, tuple[int, int]]]:
    """The companies a signature line names with their spans (one, or two set side by side;
    a second of them that is a bare role word, "STAAR SURGICAL AG DISTRIBUTOR", is none)."""
    parts = joined_names(company)
    if len(parts) == 1 and _two_signers_below(text, span[1]):
        parts = _suffix_pair(company)
    parts = [(a, b) for a, b in parts if not bare_role(company[a:b])] or parts[:1]
    if parts == [(0, len(company))]:
        return [(company, span)]
    out = []
    for ps, pe in parts:
        name = company[ps:pe]
        m = re.search(r"\s+".join(re.escape(w) for w in name.split()), text[span[0] : span[1]])
        out.append((name, (span[0] + m.start(), span[0] + m.end()) if m else span))
    return out


_TEXT_LINE = re.compile(r"[^\n]*\S[^\n]*")


def _named_before(text: str, pos: int) -> tuple[str, tuple[int, int]] | None:
    """The company's name written just before ``pos`` (the last column of the lines above,
    over two lines where the last holds a word or two: "CHESAPEAKE" / "PLC")."""
    lines = [m for m in _TEXT_LINE.finditer(text, max(0, pos - 200), pos) if m.end() <= pos]
    parts: list[tuple[int, int]] = []
    for line in reversed(lines[-2:]):
        gap = [g.end() for g in re.finditer(r"\s{3,}", line.group())]
        start = line.start() + (gap[-1] if gap else 0)
        start += len(text[start : line.end()]) - len(text[start : line.end()].lstrip())
        parts.insert(0, (start, line.end()))
        if len(text[start : line.end()].split()) > 2:
            break
    if not parts:
        return None
    name = " ".join(" ".join(text[a:b] for a, b in parts).split()).strip(" ,")
    if _DESCRIBED.search(name) and len(lines) > 1:
        # "NORTH AMERICAN GALVANIZING &" / "COATINGS, INC., a Delaware corporation,": the
        # name before its descriptor, wrapped over the line above
        orgs = [r for r in name_runs(text, lines[-2].start(), pos) if r.is_org]
        if not orgs:
            return None
        return " ".join(orgs[-1].text.split()), (orgs[-1].start, orgs[-1].end)
    return (name, (parts[0][0], parts[-1][1])) if is_org_name(name) else None


#: ", a Delaware corporation": a descriptor after the company's name on its line
_DESCRIBED = re.compile(r",\s+an?\s+[A-Z]")


#: "By: /s/ A ... By: /s/ B" on one line: two blocks set side by side.
_TWO_BY = re.compile(r"\bBy\b\s*[:_/].*\bBy\b\s*[:_/]", re.IGNORECASE)


def _two_signers_below(text: str, end: int) -> bool:
    """Whether the rest of a company's line, or the first line with text below it, signs
    twice (two columns, side by side or flattened onto one line)."""
    nxt = re.match(r"([^\n]*)\n?\s*([^\n]*)", text[end : end + 400])
    return bool(nxt and (_TWO_BY.search(nxt[1]) or _TWO_BY.search(nxt[2])))


#: the rest of a bank's name after its suffix: the branch that signs ("THE SUMITOMO BANK,
#: LIMITED," / "CHICAGO BRANCH"), never a second company
_BRANCH_REST = re.compile(r"(?:[A-Z][\w.&'\-]*,?\s+){1,5}(?:BRANCH|Branch|AGENCY|Agency)(?:ES|es)?")


def _suffix_pair(name: str) -> list[tuple[int, int]]:
    """ "UTEK CORPORATION WORLD ENERGY SOLUTIONS" above two "By:" lines: two names, cut
    after the first corporate suffix that a capitalised word of another name follows (not a
    branch of the first: "THE SUMITOMO BANK, LIMITED, CHICAGO BRANCH")."""
    toks = list(re.finditer(r"[\w'&.\-]+", name))
    keys = [t.group().replace(".", "").lower() for t in toks]
    for i in range(1, len(toks) - 1):
        if (
            keys[i] in TERMINAL_SUFFIXES - {"co"}
            and keys[i + 1] not in TERMINAL_SUFFIXES | {"and", "&", "of", "the"}
            and toks[i + 1].group()[0].isupper()
            and not _BRANCH_REST.fullmatch(name, toks[i + 1].start())
        ):
            return [(0, toks[i].end()), (toks[i + 1].start(), len(name))]
    return [(0, len(name))]
