"""The agreement or instrument the document itself is (``SELF_REF``): its title,
kind, date and amendment number, or a warning that it names none.
"""

from __future__ import annotations

import re

from ingest.agreements.headings import (
    amendment_heading,
    block_title,
    changes_named,
    heading_below_dated_line,
    labelled_amendment,
    other_document,
    part_of_agreement,
    plain_self_reference,
    self_defined_title,
    spaced_heading,
    split_heading,
    whole_heading,
)
from ingest.agreements.kinds import classify, title_case
from ingest.agreements.own_date import agreement_date, stated_date
from ingest.agreements.preamble_title import preamble_title, title_before
from ingest.agreements.referenced_titles import amended_subject, date_line, referenced
from ingest.agreements.subject_lines import continues_subject
from ingest.agreements.titles import GENERIC, fuller, segment_titles
from ingest.context import DocContext, norm_term
from ingest.dates import find_dates
from ingest.defined_terms import definitions_in
from ingest.law import governing_law
from ingest.notes.terms import ISSUE_DATE
from ingest.records import PropValue, Span
from ingest.references.titles import amended_base, amendment_number, is_amendment_title
from ingest.reports import read_report
from ingest.structure.analysis import analyze, not_an_agreement
from ingest.structure.regions import Region

SELF_REF = "agreement:self"


def _names_base(heading: tuple[str, int, int], found: tuple[str, int, int]) -> bool:
    """ "AMENDMENT NO. 2 TO DISTRIBUTION AGREEMENT" over "This SECOND AMENDMENT (this
    "Amendment") ... to the Distribution Agreement": the heading names the same amendment and
    what it amends, so it is the title."""
    head, own = title_case(heading[0]), title_case(found[0])
    number = amendment_number(own)
    return (
        number is not None
        and is_amendment_title(own)
        and not amended_base(own)
        and bool(amended_base(head))
        and amendment_number(head) == number
    )


def _short_title(stated: tuple[str, int, int] | None, title: str) -> str | None:
    """The preamble's shorter name for the document a fuller heading titles ("Credit
    Agreement" under "Amended and Restated Credit Agreement", "Amendment No. 2" under
    "Amendment No. 2 to Credit Agreement"): the document goes by it too."""
    if stated is None:
        return None
    short, whole = norm_term(stated[0]), norm_term(title)
    if short in GENERIC or short == whole:
        return None
    return stated[0] if fuller(title, stated[0]) or whole.startswith(short + " ") else None


def _agreement_below_issue(
    text: str, block: Region, heading: tuple[str, int, int]
) -> tuple[str, int, int] | None:
    """A cover that names the securities above the agreement's title ("WESTBROOK UTILITIES
    COMPANY / $75,000,000 6.42% Senior Notes due April 2, 2013 / NOTE PURCHASE AGREEMENT"): the
    agreement's title, a heading line of its own within a few lines below the issue's."""
    cls = classify(heading[0])
    if cls is None or cls[0] != "Instrument":
        return None
    for title in segment_titles(text, heading[2], min(block.end, heading[2] + 300)):
        line_start = text.rfind("\n", 0, title[1]) + 1
        line_end = text.find("\n", title[2])
        line = text[line_start : line_end if line_end >= 0 else len(text)]
        below = classify(title[0])
        if below and below[0] == "Agreement" and norm_term(line) == norm_term(title[0]):
            return title
    return None


def extract_own_agreement(ctx: DocContext) -> None:
    """Add the agreement or instrument this document is (``ctx.self_ref``), or warn."""
    text = ctx.text
    if read_report(text) is not None:
        return  # a report: ingest.announced reads the agreement it announces
    st = analyze(text)
    found = preamble_title(text, st.preamble) if st.preamble else None
    stated = found  # what the preamble calls the document
    heading = None
    letter_dated = False  # the heading names the document over a preamble naming another
    if st.title_block:
        heading = (
            block_title(text, st.title_block)
            or spaced_heading(text, st.title_block)
            or next(iter(segment_titles(text, st.title_block.start, st.title_block.end)), None)
            # a cover flattened into one line: the title is the capitalised run closing it
            or title_before(text, st.title_block, st.title_block.end)
        )
    if heading and st.title_block:
        heading = _agreement_below_issue(text, st.title_block, heading) or heading
    if heading and continues_subject(text, heading[1]):
        heading = None  # a wrapped line of a letter's "Re:" (the letter reader titles it)
    if (
        heading
        and found
        and amended_subject(text, *found)
        and classify(heading[0]) is not None
        and not changes_named(heading[0], found[0])  # read below, as a change of that title
    ):
        # "FIRST AMENDMENT TO LOAN AGREEMENT" over "The Loan Agreement made ... by and between
        # ..., is hereby amended as follows": the preamble's subject is the agreement changed
        found, stated, letter_dated = heading, None, True
    elif found is None or (
        heading and (fuller(heading[0], found[0]) or _names_base(heading, found))
    ):
        found = heading or found
    elif heading and referenced(text, found[1]) and classify(heading[0]) is not None:
        # "GUARANTY OF LEASE" over "... as an inducement to Landlord entering into that certain
        # Office Lease": the preamble opens on the agreement the document concerns
        found, letter_dated = heading, True
    # the preamble opens on the base the heading changes: the heading's own lines date it
    changes = bool(found and heading and st.preamble and changes_named(heading[0], found[0]))
    if changes:
        found = heading
    found = amendment_heading(text, st, found) or found
    # "CREDIT AGREEMENT" / "Amendment No. 1": the document goes by its label too
    labelled = labelled_amendment(text, found)
    found = labelled or found
    found = whole_heading(text, found) if found else None
    part_of = None
    if found is None and st.preamble:
        part_of = part_of_agreement(text, st.preamble)
        found = part_of or plain_self_reference(text, st.preamble)
    if found and norm_term(found[0]) in GENERIC:
        found = (
            split_heading(text, found)
            or self_defined_title(text, found)
            or (st.preamble and heading_below_dated_line(text, st.preamble))
            or found
        )
    if found and norm_term(found[0]) in GENERIC and st.preamble:
        # a bare "AGREEMENT" heading over 'This Agreement (the "Consulting Agreement")'
        opening = plain_self_reference(text, st.preamble)
        found = (opening and self_defined_title(text, opening)) or found
    if found is None and st.title_block:
        found = other_document(text, st.title_block)  # a plan, a certificate: says which
    if found is None and (why := not_an_agreement(text)):
        ctx.warnings.append(f"no agreement found ({why})")
        return
    if found is None:
        ctx.warnings.append(
            "no agreement found (a preamble, but no title naming an agreement)"
            if st.preamble
            else "no agreement found (no heading naming an agreement and no preamble such as"
            ' "This Agreement is made ... between")'
        )
        return
    title, t_start, t_end = found
    cls = ("Agreement", "agreement") if part_of else classify(title)
    if cls is None:
        ctx.warnings.append(f"no agreement found (the document is a {title!r})")
        return
    label, kind = cls
    if changes:  # "Credit Agreement Modification": an amendment of the credit agreement
        label, kind = "Agreement", "amendment"
    props: dict[str, PropValue] = {"title": title_case(title), "kind": kind}
    ev_end = t_end
    where = st.preamble or Region("title", t_start, min(len(text), t_end + 400))
    dated = agreement_date(text, st, t_start, t_end)
    if letter_dated and st.preamble:
        # the date line under the heading, not the referenced document's "dated as of"
        dated = date_line(text, t_end, st.preamble.start) or dated
    if changes and st.preamble and t_end < st.preamble.start:
        dated = stated_date(text, t_end, st.preamble.start) or dated
    if label == "Instrument":
        # "Issue Date: September 5, 2017" by a note's or a warrant's heading dates it, not the
        # purchase agreement its first sentence says it is issued under ("dated as of ...")
        head_end = min(len(text), (st.preamble.start if st.preamble else t_end) + 600)
        issued = ISSUE_DATE.search(text, 0, head_end)
        issue_dates = find_dates(text, issued.start("date"), issued.end("date")) if issued else []
        dated = issue_dates[0] if issue_dates else dated
    evidence: list[Span] = []
    if dated:
        props["date"] = dated.iso
        if where.start <= dated.end <= where.end:
            ev_end = max(ev_end, dated.end)
        else:
            evidence.append(ctx.span(dated.start, dated.end))
    # the body's clause; where the body has none (its end was misread at an early exhibit
    # label), the first clause of the document
    law = governing_law(text, 0, st.main_end) or governing_law(text, st.main_end)
    if law:
        props["governing_law"] = law.jurisdiction
        evidence.append(ctx.span(law.start, law.end))
    aliases: list[str] = [labelled[0].split(" to ", 1)[0]] if labelled else []
    short = _short_title(stated, title) if not changes else None
    if short:  # "This Credit Agreement" under "AMENDED AND RESTATED" / "CREDIT AGREEMENT"
        ctx.define(short, SELF_REF)
        aliases.append(title_case(short))
    if st.preamble:
        # A title read from the title block is usually repeated where the preamble opens
        # ("THIS COMMON STOCK PURCHASE WARRANT (the "Warrant") certifies"): name it there.
        again = re.search(
            re.escape(title).replace(r"\ ", r"\s+"), text[st.preamble.start :][:600], re.I
        )
        if not st.preamble.start <= t_start < st.preamble.end and again:
            t_end = st.preamble.start + again.end()
        for d in definitions_in(text, st.preamble.start, min(st.preamble.end, t_end + 300)):
            head = text[d.antecedent_start : d.clause_start]
            if d.clause_start - t_end < 120 and re.search(
                r"\bthis\b", text[d.clause_start : d.start], re.I
            ):
                ctx.define(d.term, SELF_REF)
                if norm_term(d.term) not in GENERIC:
                    aliases.append(d.term)
            elif 0 <= d.clause_start - t_end < 80 and (
                not head.strip(" ,\n") or not text[t_end : d.clause_start].strip(" ,\n")
            ):
                ctx.define(d.term, SELF_REF)
    ctx.collector.add(
        SELF_REF, label, ctx.span(t_start, ev_end), props, tuple(aliases), contained=True
    )
    for span in evidence:  # where the date and the governing law are stated
        ctx.collector.add(SELF_REF, label, span)
    ctx.self_ref = SELF_REF
    for generic in ("this Agreement", "this Amendment", "this Note"):
        if not ctx.lookup(generic):
            ctx.define(generic, SELF_REF)
