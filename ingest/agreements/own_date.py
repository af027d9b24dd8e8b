"""When the agreement was made: the date after a cue in the preamble, an
"Effective Date" definition, the "Date:" lines or the signers' dates of the
signature pages, the "IN WITNESS WHEREOF" clause.
"""

from __future__ import annotations

import re

from ingest.dates import DateMatch, find_dates
from ingest.reports import sentence_end
from ingest.rules import rule
from ingest.structure.regions import Region, Structure

#: The words that cue the agreement's own date. A bank form's header field "Maturity Date: July
#: 31, 2000" (beside the note's own date, under the place it is made) names the date the note
#: falls due, never the date it was made: "Date:" is not that field's cue (nor an "Expiration
#: Date:" or "Termination Date:" field's).
_DATE_CUE = re.compile(
    r"\b(?:dated:?(?:\s+as\s+of)?|(?:made|entered(?:\s+into)?|executed)(?:\s+and\s+entered\s+into)?"
    r"\s+(?:as\s+of|on|this)|(?:is\s+|made\s+)?effective(?:\s+as\s+of)?|as\s+of"
    r"|Issuance\s+Date:?|(?<!maturity\s)(?<!expiration\s)(?<!termination\s)Date:)\s+(?:this\s+)?",
    re.IGNORECASE,
)


def _signing_date(text: str, signatures: Region) -> DateMatch | None:
    """Where the preamble dates nothing ("effective as of the date of last signature"), the
    agreement is dated when it was signed: the latest date of its signature pages."""
    dates = find_dates(text, signatures.start, min(signatures.end, signatures.start + 6000))
    return max(dates, key=lambda d: d.iso) if dates else None


_NOT_OWN_DATE = re.compile(
    r"(?i)\b(?:due|matur\w*|expir\w*|until|through|prior\s+to|by|commencing)\s*$"
)

#: "... promises to pay to the Holder on October 31, 2000 (the "Maturity Date")": a date the
#: note's opening defines as its maturity, not the date the note was made.
_MATURITY_TERM = rule(
    "agreements.date_defined_as_maturity",
    r"\s*\(\s*(?:the\s+)?[\"\u201c](?:Stated\s+|Final\s+)?Maturity\s+Date[\"\u201d]\s*\)",
    reads="the parenthesis right after a date in a note's opening: the date is its maturity",
    mode="match",
    matches=[' (the "Maturity Date")', ' ("Stated Maturity Date")'],
    rejects=[' (the "Issue Date")', ' (the "Effective Date")'],
)
#: a deadline at a time of day: a warrant certificate's "VOID AFTER 5:00 P.M., NEW YORK TIME, ON
#: JUNE 30, 2002", "prior to 5:00 p.m., Minneapolis time, on June 30, 2002": the day the warrant
#: expires, its time of day between the words and the date
_DEADLINE_AT = rule(
    "agreements.deadline_at_time_of_day",
    r"(?i)\b(?:void\s+after\b|(?:prior\s+to|before|until|through|by)\s+\d{1,2}:\d{2}\s*[ap]\.?\s?m\b)"
    r"[^\n]{0,50}\n?[^\n]{0,60}$",
    reads="the words before a date in an instrument's opening: a deadline at a time of day",
    matches=[
        "VOID AFTER 5:00 P.M., NEW YORK TIME, ON ",
        "exercisable prior to 5:00 p.m., Denver time, on ",
    ],
    rejects=["This Warrant is dated as of ", "prior to the Closing on "],
)
#: How far before a date its deadline's words may start (the words, a time of day, a place's
#: time zone, "on", over at most one line break).
_DEADLINE_REACH = 120


#: "... TO THE CREDIT AGREEMENT dated as of": a date that qualifies the agreement an
#: amendment is made to, not the amendment itself.
_OF_AMENDED = re.compile(
    r"(?i)\bto\s+(?:the\s+|that\s+certain\s+)?(?:[\w\-]+\s+){0,5}"
    r"(?:agreement|indenture|note|lease)\s*,?\s*$"
)
#: "Reference is made to the Credit Agreement dated as of ...": an opening that names the
#: agreement an amendment or a letter is about, whose date is that agreement's.
_REFERENCE_TO = rule(
    "agreements.reference_opening_date",
    r"(?i)\breference\s+is\s+(?:hereby\s+)?made\s+to\s+(?:the\s+|that\s+certain\s+)?"
    r"(?:[\w\-]+\s+){0,6}(?:agreement|indenture|note|lease)\s*,?\s*$",
    reads="before a date's cue: a sentence opening that refers to the agreement the date is of",
    matches=[
        "Reference is made to the Credit Agreement ",
        "reference is made to that certain Amended and Restated Loan Agreement, ",
    ],
    rejects=["This First Amendment to Credit Agreement ", "Reference is made to Section 2 "],
)
#: "This Note is issued pursuant to the Loan Agreement dated as of ...", "This Note amends and
#: restates in its entirety the Revolving Note dated ...": a date of the agreement the document
#: is given under or of the note it restates, never its own
_GIVEN_UNDER = rule(
    "agreements.given_under_date",
    r"(?i)(?:\b(?:pursuant\s+to|referred\s+to\s+in|issued\s+under|delivered\s+under)\s+"
    r"(?:the\s+|that\s+certain\s+)?(?:[\w\-]+\s+){0,6}(?:agreement|indenture)"
    # "restates in its entirety, and is given in substitution for and not in satisfaction
    # of, the Promissory Note dated ..."
    r"|\b(?:restates|replaces|substitution\s+for)\b[^.;]{0,80}?\b(?:the|that\s+certain)\s+"
    r"(?:[\w\-]+\s+){0,6}note)\s*,?\s*$",
    reads="before a date's cue: the agreement a note or an attached document is given under, "
    "or the note it restates",
    matches=[
        "This Note is issued pursuant to the Loan Agreement ",
        "the Revolving Note referred to in the Business Loan Agreement ",
        "This Note amends and restates in its entirety the Revolving Promissory Note ",
        "is given in substitution for that certain Term Note, ",
        "restates in its entirety, and is given in substitution for and not in satisfaction of, "
        "the Promissory Note ",
    ],
    rejects=["This First Amendment to Credit Agreement ", "pursuant to Section 2 "],
)
#: The preamble's own verb: "... is entered into as of September 11, 2012", "... is made this
#: 1st day of June, 2010", "... is effective June 1, 2010".
_OWN_VERB_CUE = rule(
    "agreements.own_verb_date",
    r"(?i)\b(?:is|are)\s+(?:hereby\s+)?(?:(?:made\s+and\s+entered\s+into|entered\s+into|made"
    r"|executed|dated)(?:\s+and\s+effective)?(?:\s+(?:as\s+of|on|effective(?:\s+as\s+of)?))?"
    r"|effective(?:\s+as\s+of)?)\s+(?:this\s+|the\s+)?",
    reads="the rest of an amendment's opening sentence, after the date of the agreement it "
    "amends: the verb that dates the amendment itself",
    matches=[
        "(the Agreement), is entered into as of September 11, 2012",
        "(the Agreement) is made this 1st day of June, 2010",
        "dated as of January 5, 2008 is effective June 1, 2010",
    ],
    rejects=["dated January 5, 2008 (the Agreement), by and between", "which is governed by"],
)


def _cued_date(text: str, start: int, end: int) -> DateMatch | None:
    """The first date right after a cue ("dated as of", "made this", "Date:"); where that
    date qualifies the agreement amended ("AMENDMENT #1 TO THE CREDIT AGREEMENT dated as of
    ...") and the sentence's own verb dates the amendment ("is entered into as of ..."), that
    one; a date of the agreement a "Reference is made to ..." opening names is never taken."""
    for cue in _DATE_CUE.finditer(text, start, end):
        dates = find_dates(text, cue.end(), min(len(text), cue.end() + 40))
        if dates and dates[0].start - cue.end() < 6:
            before = text[max(start, cue.start() - 120) : cue.start()]
            referred = bool(_REFERENCE_TO.search(before) or _GIVEN_UNDER.search(before))
            if referred or _OF_AMENDED.search(before):
                # the sentence runs past the parties' "Co., Ltd." and "Inc." to its verb
                stop = sentence_end(text, dates[0].end, end)
                own = _OWN_VERB_CUE.search(text, dates[0].end, stop)
                later = find_dates(text, own.end(), min(len(text), own.end() + 40)) if own else []
                if own and later and later[0].start - own.end() < 6:
                    return later[0]
            if not referred:  # a referred agreement's date is never the document's own
                return dates[0]
    return None


def _referred(text: str, start: int, d: DateMatch) -> bool:
    """Whether ``d`` dates the agreement a "Reference is made to ..." opening names."""
    cue = re.search(
        r"(?i)\b(?:dated(?:\s+as\s+of)?|as\s+of)\s+$", text[max(start, d.start - 20) : d.start]
    )
    at = d.start - (len(cue.group()) if cue else 0)
    before = text[max(start, at - 120) : at]
    return bool(_REFERENCE_TO.search(before) or _GIVEN_UNDER.search(before))


def stated_date(text: str, start: int, end: int) -> DateMatch | None:
    """The agreement's date: after a cue ("dated as of"), else the first date that is not a
    maturity ("DUE FEBRUARY 13, 2008", 'June 30, 2003 (the "Maturity Date")') or a deadline
    ("by June 30, 2009", "VOID AFTER 5:00 P.M., NEW YORK TIME, ON JUNE 30, 2002")."""
    cued = _cued_date(text, start, end)
    if cued:
        return cued
    for d in find_dates(text, start, end):
        if _NOT_OWN_DATE.search(text[max(0, d.start - 25) : d.start]) or _referred(text, start, d):
            continue
        if _DEADLINE_AT.search(text[max(0, d.start - _DEADLINE_REACH) : d.start]):
            continue
        if not _MATURITY_TERM.match(text, d.end):
            return d
    return None


#: '"Effective Date" shall mean December 5, 2014' in the definitions, 'EFFECTIVE DATE: May 1,
#: 2012' on a cover: the date the agreement names as its own.
_EFFECTIVE_DATE = re.compile(
    r"(?i)\b(?:effective|agreement|execution)\s+date[\"”]?\s*(?::|(?:shall\s+)?(?:means?|is|shall\s+be)\s+)\s*"
)
#: A signature block's date line: "Date: August 8, 2018", "Dated: ...".
_DATE_LINE = re.compile(r"(?im)^.*?\bDated?\s*:")


#: "This Agreement shall commence on April 12, 2010 (the "Effective Date")": a date the body
#: defines as the agreement's effective date by the parenthesis right after it.
_DEFINED_EFFECTIVE = rule(
    "agreements.date_defined_as_effective",
    r"\s*,?\s*\(\s*(?:the\s+|this\s+)?[\"\u201c](?:the\s+)?Effective\s+Date[\"\u201d]\s*\)",
    reads="the parenthesis right after a date in the body: the agreement's effective date",
    mode="match",
    matches=[' (the "Effective Date")', ", (\u201cEffective Date\u201d)"],
    rejects=[' (the "Maturity Date")', ' (the "Effective Date" of the Lease)', " (effective date)"],
)


def _defined_effective_date(text: str, end: int) -> DateMatch | None:
    """The date the agreement defines as its "Effective Date": in a definition ('"Effective
    Date" means May 1, 2012'), else by the parenthesis right after it."""
    for m in _EFFECTIVE_DATE.finditer(text, 0, end):
        dates = find_dates(text, m.end(), min(len(text), m.end() + 40))
        if dates and dates[0].start - m.end() < 3:
            return dates[0]
    return next(
        (d for d in find_dates(text, 0, end) if _DEFINED_EFFECTIVE.match(text, d.end)), None
    )


def _date_lines(text: str, start: int, end: int) -> DateMatch | None:
    """The latest date on the "Date:" lines of ``text[start:end]``: where no "IN WITNESS
    WHEREOF" opens the signature pages, their date lines still date the agreement."""
    dates: list[DateMatch] = []
    for m in _DATE_LINE.finditer(text, start, end):
        eol = text.find("\n", m.end(), end)
        dates.extend(find_dates(text, m.end(), eol if eol >= 0 else end))
    return max(dates, key=lambda d: d.iso) if dates else None


#: A line of a signature block: a signature ("/s/", "By:"), or the caption printed under a
#: signature line ("Signature", "Date", "Name (type or print)").
_SIGNING_LINE = re.compile(
    r"(?im)/s/|\\s\\|^\s*By\s*:|_{6,}\s*(?:Signature|Date|Name)\b|\bDate\s*$"
)


def _signers_dates(text: str, start: int, end: int) -> DateMatch | None:
    """Where no signature pages were recognised, the latest date written on a signer's line or
    the line next to it, with or without a "Date:" label ("/s/ J. Doe   General Manager
    19 Jan. 1998"; "03/24/06" above a line captioned "Date")."""
    dates: list[DateMatch] = []
    for m in _SIGNING_LINE.finditer(text, start, end):
        line = text.rfind("\n", start, m.start()) + 1
        before = text.rfind("\n", start, max(start, line - 1)) + 1
        after = text.find("\n", m.end(), end)
        after = text.find("\n", after + 1, end) if after >= 0 else -1
        dates.extend(find_dates(text, max(start, before), after if after >= 0 else end))
    return max(dates, key=lambda d: d.iso) if dates else None


#: "Signed on the 3rd day of June, 2010 at Beijing.", "Executed at Zurich on 1 June 2010":
#: the sentence right above the signers' blocks that says when they signed.
_SIGNED_ON = rule(
    "agreements.signed_on",
    r"(?i)\b(?:signed|executed)\s+(?:(?:at|in)\s+\w[\w.]*(?:[ \t,]+\w[\w.]*){0,3}?\s+)?"
    r"(?:on|as\s+of)\s+(?:this\s+|the\s+)?(?!behalf\b)",
    reads="the text right above the signature blocks: a sentence saying when they were signed",
    matches=[
        "Signed on the 3rd day of June, 2010 at Beijing.",
        "Executed at Zurich, Switzerland on 1 June 2010.",
        "SIGNED AS OF JUNE 1, 2010",
    ],
    rejects=[
        "duly signed by both parties",
        "executed counterparts, each of which is an original",
        "executed on behalf of the Company by its officer",
    ],
)
_ABOVE_SIGNATURES = 300


def _signed_above(text: str, signatures: int) -> DateMatch | None:
    """Where the signature blocks hold no date, the date of the "Signed on ..." sentence
    right above them."""
    for cue in _SIGNED_ON.finditer(text, max(0, signatures - _ABOVE_SIGNATURES), signatures):
        dates = find_dates(text, cue.end(), min(len(text), cue.end() + 40))
        if dates and dates[0].start - cue.end() < 6:
            return dates[0]
    return None


#: "Genoa, 12 March 2003", "Zurich, on 1 June 2010", "Munich, den 3. Mai 2011": the line that
#: dates the signatures below it with the place they were signed (the European way of dating
#: a contract at its foot instead of in its opening).
_PLACE_DATE_LINE = rule(
    "agreements.place_and_date_line",
    r"(?m)^[ \t]*(?:[A-Z][\w.'\-]+(?:[ \t]+[A-Z][\w.'\-]+){0,2}),[ \t]+(?:(?:on|den|the)[ \t]+)?"
    r"(?=\d|[A-Z][a-z]+\.?[ \t]+\d)",
    reads="the foot of a contract: a line of the place and date of signing",
    matches=["Genoa, 12 March 2003", "Zurich, on 1 June 2010", "New York, June 5, 2001"],
    rejects=["Attention: Chief Executive Officer", "Rua Funchal 418, Sao Paulo"],
    mode="search",
)


def _place_date(text: str, start: int, end: int) -> DateMatch | None:
    """The date of the last line of ``text[start:end]`` that holds only a place and a date."""
    found = None
    for m in _PLACE_DATE_LINE.finditer(text, start, end):
        eol = text.find("\n", m.end(), end)
        eol = end if eol < 0 else eol
        dates = find_dates(text, m.end(), eol)
        if dates and dates[0].start == m.end() and not text[dates[0].end : eol].strip(" \t."):
            found = dates[0]
    return found


def _witness_date(text: str, st: Structure) -> DateMatch | None:
    """ "IN WITNESS WHEREOF, ... have executed this Agreement as of this 4th day of April, 2003"."""
    if not st.signatures:
        return None
    limit = min(st.main_end, st.signatures.start + 400)
    stop = text.find(".", st.signatures.start, limit)
    return _cued_date(text, st.signatures.start, stop if stop >= 0 else limit)


def agreement_date(text: str, st: Structure, t_start: int, t_end: int) -> DateMatch | None:
    """When the agreement was made, from the most telling place that dates it: the preamble
    ("dated as of", "made this 5th day of May, 2004"), the "Effective Date" it defines, the
    witness clause ("have executed this Agreement as of ..."), the cover, and last the dates
    its signers wrote."""
    window_end = min(len(text), t_start + 1500)
    if st.preamble:
        # the preamble, or the text right after a title read outside it
        window_end = min(window_end, st.preamble.end if t_start < st.preamble.end else t_end + 400)
        found = stated_date(text, t_start, window_end) or stated_date(
            text, st.preamble.start, min(st.preamble.end, st.preamble.start + 1500)
        )
        # a second opening paragraph: "THIS CONTENT LICENSE AGREEMENT is made as of this 3rd day"
        after = [st.preamble.end + 400, *(r.start for r in (st.recitals, st.signatures) if r)]
        second = re.compile(r"\n\s*(?:This|THIS)\s[^\n]*").search(text, st.preamble.end, min(after))
        found = found or (second and _cued_date(text, second.start(), second.end()))
    else:  # no preamble: the witness clause, else the date written with the title ("...
        # Agreement -- February 18, 1999"; what follows a title there may be the recitals')
        found = _witness_date(text, st) or stated_date(text, t_start, min(window_end, t_end + 400))
    if found:
        return found
    main = st.signatures.start if st.signatures else st.main_end
    found = _defined_effective_date(text, main) or _witness_date(text, st)
    if found:
        return found
    if st.title_block:
        found = _cued_date(text, st.title_block.start, st.title_block.end) or stated_date(
            text, st.title_block.start, st.title_block.end
        )
        if found:
            return found
    if st.signatures:
        return (
            _signing_date(text, st.signatures)
            or _signed_above(text, st.signatures.start)
            or _place_date(text, max(0, st.signatures.start - _ABOVE_SIGNATURES), st.main_end)
        )
    tail = max(0, st.main_end - 4000)
    return (
        _date_lines(text, tail, st.main_end)
        or _signers_dates(text, tail, st.main_end)
        or _place_date(text, tail, st.main_end)
    )
