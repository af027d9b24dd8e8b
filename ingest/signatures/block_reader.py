"""The block reader: a column's lines read one by one into signature blocks (caption,
company, signer, title, capacity), one method per kind of line, with the state a line's
meaning depends on (the caption above, a name or a title going on, a notice paragraph, lines
no name rule reads yet) held on the reader.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, replace

from ingest.names import NameRun, clean_name, is_org_name, looks_like_person, name_runs
from ingest.parties.role_words import merge_roles, role_of
from ingest.signatures.block_lines import (
    CONFORMED,
    OPEN_CAPACITY,
    after_page_header,
    clean_value,
    company_run,
    conformed_signer,
    continues_capacity,
    continues_signing_company,
    fills_empty_title,
    first_signature,
    wrapped_orgs,
)
from ingest.signatures.captions import INDIVIDUALLY, capacity_roles, caption_role, continued_role
from ingest.signatures.co_titles import co_title_caption
from ingest.signatures.columns import ends_notice, written_caption
from ingest.signatures.company_lines import (
    CONTENTS_LINE,
    CONTINUATION,
    DESCRIPTION_LINE,
    SENTENCE_END,
    TITLE_WORDS,
    bare_role,
    company_line,
    fund_line,
    group_stacked,
    listed_with,
    name_goes_on,
    only_suffixes,
    opens_name,
    same_group,
    signer_named,
    stacked_name,
    starts_with_org,
    trailing_company,
    wrapped,
)
from ingest.signatures.company_titles import company_title
from ingest.signatures.fields import BY_LINE, CONFORMED_MARK, ROLE_TAIL, TITLE, Block, Field
from ingest.signatures.former_names import FORMER_NAME_NOTE
from ingest.signatures.licensed_descriptors import describes, describes_above, left_open
from ingest.signatures.name_ends import OPEN_END
from ingest.signatures.open_capacities import opens_capacity
from ingest.signatures.page_labels import attachment_list_heading, footer_line, page_label
from ingest.signatures.plain_companies import plain_company
from ingest.signatures.signatory_labels import short_label
from ingest.signatures.signers import GENERATION, INDIVIDUALLY_SIGNED, is_person, rejoined_names
from ingest.signatures.signing_members import member_capacity_below, signing_member
from ingest.signatures.spaced_labels import spaced_title
from ingest.signatures.titles import OFFICER_START, RUNNING_TITLE, continues_title
from ingest.signatures.witnesses import attesting_line

#: "Address: HealthCor Partners", "Attention: General Counsel", "Address for Borrower:":
#: notice details under a block, whose values (a firm, a department, a street) are not
#: signing parties.
_NOTICE_FIELD = re.compile(
    r"^(?:Address|Attention|Attn|E-?mail|Facsimile|Fax|Telephone|Phone|Telecop(?:y|ier))"
    r"(?:\s+for\s+(?:Notices?|(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2})"
    r"|\s+(?:number|no\.?))?\s*:",
    re.IGNORECASE,
)
#: The lines that continue an address: a street number, suite, floor, box, or "City, ST 10019".
_ADDRESS_LINE = re.compile(
    r"^(?:\d|P\.?\s?O\.?\s+Box|Suite|Floor)|\b(?:Suite|Floor|Street|Avenue|Road|Boulevard)\b"
    r"|,\s*[A-Z]{2}\.?\s+\d{5}|^[A-Z][a-z]+(?:\s+[A-Z][a-z]+)*,\s*[A-Z][a-z]+\s*$"
)


#: "BANKERS TRUST COMPANY, as a" / "Lender and as Agent": a role cut at the line end.
_OPEN_ROLE = re.compile(r",?\s+as(?:\s+(?:a|an|the))?\s*$")
#: "as Administrative Agent, an" / "as Agent and": a list of roles going on on the next line.
_OPEN_LIST = re.compile(r"(?:,|\band)\s*(?:an?|the)?\s*$")
#: "ACME FOODS CORP., and": what closes a company's line that a list of companies goes on from
_LIST_GOES_ON = re.compile(r"[ \t]*(?:,|,?[ \t]+(?:and|AND|&))[ \t]*")
#: "ACKNOWLEDGED AND AGREED:", "Accepted:": who signs below does so outside the captioned roles.
_ACKNOWLEDGED = re.compile(
    r"^(?:ACKNOWLEDGED|ACCEPTED|AGREED|CONSENTED|Acknowledged|Accepted|Agreed|Consented)"
    r"\b[\w ,]{0,40}:?$"
)


#: "Domestic Lending Office", "With a copy to:", "Address for Notices": a notice paragraph's head.
_NOTICE_HEAD = re.compile(
    r"(?i)^(?:(?:[\w-]+\s+){0,3}Lending\s+Office|(?:(?:with|and)\s+)?(?:a\s+)?cop(?:y|ies)\s+to"
    r"|(?:address|notices?)\s+for\s+notices?|notice\s+address|c/o)\b"
)
#: "Name: Dana Whitfield", "Printed Name: Dana Whitfield"
_NAME = re.compile(r"^(?:Print(?:ed)?\s+)?Name\s*:\s*(?P<v>.*)$", re.DOTALL)


#: Words and lines that show a company line is signed for, where no "By:" line says so (a rule
#: of sixty dashes or more spans a table's width: it separates the rows of a schedule).
_SIGN_CUE = re.compile(
    rf"(?i)\bon\s+behalf\s+of\b|\bsignatory\b|{CONFORMED_MARK}|^\s*(?:Per|Signature|Signed|Date)\s*:"
    r"|_{4,}"
    r"|(?<!-)-{8,59}(?!-)"
)
#: Lines that make whoever signs below a guarantor: "each of the undersigned reaffirms ... the
#: Guaranty", "the Guarantors consent to ...", "SIGNATURES OF PARTIES TO THE PARENT GUARANTY".
_GUARANTORS_UNDERSIGNED = re.compile(
    r"(?is)\bundersigned\b.{0,400}?\b(?:guarant(?:y|ee|ies|ees|or|ors)|reaffirms?)\b"
    r"|\bguarantors?\b.{0,200}?\b(?:consents?|reaffirms?|ratif(?:y|ies)|confirms?)\b"
    r"|^(?:signatures?\s+of\s+)?(?:the\s+)?parties\s+to\s+the\s+(?:\w+\s+){0,2}guarant(?:y|ee)\b"
)
#: "Name of Investing Entity: Acme Fund LP": a form's line naming the company that signs.
_ENTITY_LINE = re.compile(
    r"^Name\s+of\s+(?:Investing\s+)?(?:Entity|Lender|Purchaser|Holder|Investor)\s*:\s*_*\s*(?P<v>.+)$"
)
#: ", as Administrative Agent": the role a company's line states after its name.
_AS_ROLE = re.compile(
    r",?\s+as\s+(?:(?:the|a|an)\s+)?(?P<role>[A-Z][\w.-]*(?:\s+(?:and\s+)?[A-Z][\w-]*){0,3})"
)
#: "solely with respect to Section 4", "solely for purposes of Section 7": a company signing
#: for one provision, in none of the classes of the agreement's parties.
_LIMITED_CAPACITY = re.compile(
    r"(?i)\bsolely\s+(?:with\s+respect\s+to|for\s+(?:the\s+)?purposes?\s+of|as\s+to)\b"
)


@dataclass(frozen=True, slots=True)
class _Line:
    """A line as the reader's steps see it: its index ``i`` in the fields (the steps look at
    the next line), its field ``f`` and text ``t`` (cut to what follows a page header, or to
    the company glued at a long line's end, from the page-header step on), and ``cue``, whether
    the line as written shows a block is signed ("/s/", a rule, "on behalf of")."""

    i: int
    f: Field
    t: str
    cue: bool


class BlockReader:
    """The reader of one region's signature blocks.

    A block is a company line, the "By:", "Name:" and "Title:" lines under it and the caption
    above it ("LENDERS:"); what a line means depends on the lines before it, so the reader
    keeps that state in its attributes:

    - the captions in force: ``caption`` (the role of the caption above), ``named_caption``
      (that caption is read as written, a defined term), ``accepting`` (below "ACKNOWLEDGED
      AND AGREED:"), ``undersigned`` (the role a consent's "each of the undersigned" gives);
    - the block being read, ``cur``, and ``seen_by``; :meth:`_flush` closes it;
    - what the next line may continue: ``open_role`` (a line ended in "as a"), ``capacity``
      (the ", as ..." written from the company's line on), ``empty_title``, the title's end and
      last line (``prev_title_end``, ``title_tail``), a company a "By:" line names
      (``by_company_end``, ``by_tail``), and ``prev``, a line that may begin a company's name
      wrapped over two lines;
    - the lines skipped: a notice paragraph (``in_notice``, ``notice_end``), a parenthesised
      note over several lines (``in_note``; ``in_former`` when it gives a former name);
    - ``pending``: lines in words no name rule reads, which a "By:" line below shows to be a
      company (with ``pending_role``, its "as a Lender" on the line under it);
    - where the line before ends (``prev_end``) and the one before that (``prev_field_end``).

    :meth:`_read_line` tries the kinds of line in a fixed order, one method each; the first
    that takes the line ends it (the order is the meaning: a notice's lines are never a
    company, a title going on is never a caption). The tests of a line that need no state are
    the functions of ``ingest.signatures.block_lines``."""

    def __init__(self, text: str, fields: list[Field]) -> None:
        self.text = text
        self.fields = rejoined_names(text, fields)
        self.blocks: list[Block] = []
        self.cur = Block()
        self.caption: str | None = None
        self.named_caption = False
        self.accepting = False
        self.undersigned: str | None = None
        #: how many blocks were read when "the undersigned" sentence made its signers guarantors
        self.undersigned_from = 0
        self.seen_by = False
        self.open_role = False
        self.capacity: str | None = None
        self.empty_title = False
        #: where the last "Title" field ended: a name under it signs no block it is in
        self.title_field_end = -1
        self.prev_title_end = -1
        self.title_tail = ""
        self.by_company_end = -2
        self.by_tail = ""
        #: where the last "By:" line that named nobody ended
        self.bare_by_end = -2
        self.prev: Field | None = None
        self.in_notice = False
        self.notice_end = 0
        self.in_note = False
        self.in_former = False
        self.pending: list[Field] = []
        self.pending_role: str | None = None
        #: where the last line describing the company above ended ("licensed by the State of"),
        #: and whether it was cut before its place
        self.described_end = -2
        self.description_open = False
        self.listed: list[Block] = []
        self.prev_end = -1
        self.prev_field_end = -1
        #: below "Attest: /s/ ..." under the block's signer: its "Title:" and "Name:" lines are
        #: the witness's
        self.attesting = False
        #: where the line ends that completes the company a signer's title named ("President
        #: of Tamarack" / "Precision Instruments, Inc."): read with that title, no block
        self.company_rest_end = -2

    def read(self) -> list[Block]:
        """The blocks of every line in turn, to the region's end or an attached agreement's
        contents; then the last block."""
        for i, f in enumerate(self.fields):
            if not self._read_line(i, f):
                break
        self._flush()
        return self.blocks

    def _read_line(self, i: int, f: Field) -> bool:
        """Read one line: the first kind of line it is takes it. False when the signature
        pages have ended."""
        if f.end == self.company_rest_end:
            return True
        line = self._begin_line(i, f)
        t = line.t
        if self._notice(line) or self._note(line) or page_label(t):
            return True
        if re.match(r"(?i)table\s+of\s+contents\b", t):
            return False  # an attached agreement's contents: the signature pages have ended
        if attachment_list_heading(t):
            return False  # "LIST OF SCHEDULES" after the blocks: the signature pages have ended
        if CONTENTS_LINE.search(t):
            return True  # "SECTION 4.4 FINANCIAL CONDITION.....34": a contents entry, no company
        if (
            self._description(t)
            or self._licensed(line)
            or self._signing_company_goes_on(line)
            or self._signing_member(line)
            or self._title_goes_on(line)
            or self._capacity_goes_on(line)
            or self._held_capacity_goes_on(line)
            or self._open_as(line)
            or self._continued_role(line)
        ):
            return True
        self.open_role = False
        if self._acknowledged(t) or self._conformed(line):
            return True
        self._sentence(line)
        content = self._content(line)
        if content is None:
            return True
        if (
            self._empty_title_value(content)
            or self._footer(content)
            or self._joined_caption(content.t)
            or self._caption(content)
            or self._entity_line(content)
            or self._by_heading(content)
            or self._attesting(content)
            or self._by(content)
            or self._name(content)
            or self._title(content)
            or self._individual(content)
            or self._signer_line(content)
        ):
            return True
        self._company_step(content)
        return True

    def _begin_line(self, i: int, f: Field) -> _Line:
        """What a new line ends before it is read: a title goes on only on the line right
        under it, unread lines only while no other line comes between them, a capacity only
        while the lines under the company's name go on."""
        if self.cur.title and self.cur.end == self.prev_end:
            self.prev_title_end = self.prev_end
        if self.pending and self.pending[-1].end != self.prev_end != self.described_end:
            self.pending, self.pending_role = [], None  # a line between: they name no company
        self.prev_field_end, self.prev_end = self.prev_end, f.end
        t = f.text.strip()
        t = short_label(t) or t  # "Name of Authorized Signatory: Lee Park": a "Name:" field
        if not (self.cur.company and self.cur.end >= self.prev_field_end):
            self.capacity = None  # the lines under the company's name have ended
        cue = bool(_SIGN_CUE.search(t))
        self.cur.signed = self.cur.signed or cue
        return _Line(i, f, t, cue)

    def _notice(self, line: _Line) -> bool:
        """A notice detail under a block ("Domestic Lending Office" / "Morgan Guaranty Trust
        Company" / "500 Stanton Road"), to its paragraph's end: a firm or a street there is
        no signing party."""
        text, t = self.text, line.t
        same_paragraph = self.in_notice and (
            text[self.notice_end - 1] == ":"
            or "\n\n" not in text[self.notice_end : line.f.start].replace(" ", "")
        )
        # ("Lending Office" / "Acme Bank" / "200 Main Street", each line set apart by a blank
        # line as HTML filings are converted: a name with a street under it is the address's)
        nxt = self.fields[line.i + 1].text.strip() if line.i + 1 < len(self.fields) else ""
        if (
            _NOTICE_FIELD.match(t)
            or _NOTICE_HEAD.match(t)
            or (
                self.in_notice
                and (_ADDRESS_LINE.search(t) or same_paragraph or _ADDRESS_LINE.search(nxt))
                and not ends_notice(t)
            )
        ):
            self.in_notice, self.notice_end = True, line.f.end
            return True
        self.in_notice = False
        return False

    def _note(self, line: _Line) -> bool:
        """A parenthesised note on a block ("(Oil States International, Inc.)" under a
        "Signature Page to ..." footer, "(successor by merger with" / "Peach Acquisition
        Corp.)"), to its closing parenthesis: the company it names signs no block. A former
        name under the company's ("(formerly Banque Ardennes," / "New York Branch)") is passed
        over as if absent: the company's name above it and its role below ("as a Bank") stay
        one block's."""
        t = line.t
        if self.in_note:
            self.in_note = ")" not in t
        elif t.startswith("("):
            self.in_note = ")" not in t
            self.in_former = bool(FORMER_NAME_NOTE.match(t))
        else:
            return False
        if self.in_former:
            self.prev_end = self.prev_field_end
        return True

    def _description(self, t: str) -> bool:
        """ "a Delaware corporation, as Holdings": a description of the company line above,
        which may give that company its role and is no company itself."""
        d = DESCRIPTION_LINE.match(t)
        if d is None:
            return False
        if d["role"] and self.cur.company and self.cur.signer is None:
            term = re.fullmatch(r"(?:the\s+)?([A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2})", d["role"])
            self.cur.role = continued_role(d["role"]) or (term[1] if term else self.cur.role)
        return True

    def _licensed(self, line: _Line) -> bool:
        """ "an international bank agency licensed by the State of" / "Florida": where the
        company above is licensed or organized, which may be cut before its place. Neither line
        is a company; the company lines held above it stay held for the "By:" line."""
        after_open = self.description_open and self.described_end == self.prev_field_end
        self.description_open = False
        if not describes(line.t, after_open):
            return False
        prev = self.prev
        if (
            not after_open
            and not self.pending
            and prev is not None
            and prev.end == self.prev_field_end
            and (self.cur.company is None or self.cur.signer is not None)
            and describes_above(prev.text)
        ):
            # "SOL Y MAR, Miami Agency," above it: a company's name in words no name rule
            # reads, which the description shows to be one; held for the "By:" line below
            self.pending = [prev]
        if not self.pending or self.prev_field_end in (self.pending[-1].end, self.described_end):
            self.described_end = line.f.end
        self.description_open = left_open(line.t)
        return True

    def _signing_company_goes_on(self, line: _Line) -> bool:
        """ "By: Highland Capital Management L.P. as" / "Collateral Manager,": the rest of the
        name, or the capacity, of the company that signs for the block's company, never a
        company of its own."""
        if (
            self.prev_field_end == self.by_company_end
            and self.text[self.prev_field_end : line.f.start].count("\n") <= 1
            and continues_signing_company(line.t, self.by_tail)
        ):
            self.by_company_end, self.by_tail = line.f.end, line.t
            return True
        return False

    def _signing_member(self, line: _Line) -> bool:
        """ "By:" / "HALDEN HOLDINGS, INC., as Sole Member": the company that signs for the
        block's company, on the line under a "By:" that named nobody; neither its signer nor a
        block of its own (the "By:" and "Name:" under it name the person who signs)."""
        if not (
            self.cur.company
            and self.prev_field_end == self.bare_by_end
            and self.text[self.prev_field_end : line.f.start].count("\n") <= 2
        ):
            return False
        below = member_capacity_below(self.text, line.f.end)
        if signing_member(line.t) or (below is not None and is_org_name(clean_name(line.t))):
            # "Bramble Partners III, LLC," / "its General Partner": the capacity line is the
            # signing company's (the step for its rest takes it where no blank line stands
            # between)
            self.by_company_end, self.by_tail = line.f.end, line.t
            self.cur.end = below or line.f.end
            return True
        return False

    def _title_goes_on(self, line: _Line) -> bool:
        """ "Vice President and" / "Chief Financial"; "Vice President--" / "Finance": a title
        cut at a line end, whose rest would otherwise read as a caption or a company."""
        t = line.t
        if not (
            self.cur.title
            and self.cur.end == self.prev_title_end
            and continues_title(self.title_tail, t)
        ):
            return False
        glue = " "
        if self.cur.title.endswith("-") or self.title_tail.rstrip().endswith(","):
            glue = "" if self.cur.title.endswith("-") else ", "
        self.cur.title, self.title_tail = f"{self.cur.title}{glue}{clean_name(t)}", t
        self.cur.end = self.prev_title_end = line.f.end
        return True

    def _capacity_goes_on(self, line: _Line) -> bool:
        """ "THE BANK OF NOVA SCOTIA, as a Canadian" / "Lender and as Canadian Administrative" /
        "Agent,": the capacity written from the company's line on, read again with each line;
        a part that completes no role yet is kept for the next line, which would otherwise
        read as a caption."""
        if (
            self.capacity is not None
            and self.cur.company
            and self.cur.signer is None
            and not self.seen_by
            and self.text[self.prev_field_end : line.f.start].count("\n") == 1
            and continues_capacity(self.capacity, line.t)
        ):
            self.capacity = f"{self.capacity} {line.t}"
            self.cur.role = capacity_roles(self.capacity) or self.cur.role
            self.cur.end = line.f.end
            return True
        return False

    def _held_capacity_goes_on(self, line: _Line) -> bool:
        """ "BNP PARIBAS, as a Bank and as" / "Documentation" / "Agent": the capacity of a
        name held unread (no suffix closes it) goes on below it; its lines join the held name,
        whose role the whole capacity states, and none of them is a company or a caption."""
        if not self.pending or (self.cur.signer is not None and self.cur.company is None):
            return False
        last = self.pending[-1]
        s = self.pending[0].start
        tail = re.search(r"(?i),?\s+as\b.*", self.text[s : last.end], re.DOTALL)
        if (
            tail is None
            or self.text[last.end : line.f.start].count("\n") != 1
            or capacity_roles(tail.group(0)) is not None  # complete: the line is no part of it
            or not continues_capacity(tail.group(0), line.t)
        ):
            return False
        self.pending = [*self.pending, line.f]
        whole = f"{tail.group(0)} {line.t}"
        self.pending_role = capacity_roles(OPEN_CAPACITY.sub("", whole)) or self.pending_role
        return True

    def _open_as(self, line: _Line) -> bool:
        """ "CAT ENERGY (ALASKA) LLC," / "as" / "a Guarantor": an "as" alone, whose role is on
        the next line."""
        if (
            re.fullmatch(r"as(?:\s+(?:a|an|the))?", line.t)
            and self.cur.company
            and self.cur.signer is None
        ):
            self.open_role = True
            self.cur.end = line.f.end
            return True
        return False

    def _continued_role(self, line: _Line) -> bool:
        """ "as a Lender", "individually and as Agent" under a company's name: its role, given
        to the unread lines above ("FIRST SOUTH FARM CREDIT" / "as a Lender") or to the block's
        company, whose roles may go on below ("UNION BANK, N.A., as Administrative Agent, an"
        / "Issuing Bank and a Lender")."""
        t = line.t
        continued = INDIVIDUALLY.match(t) or self.open_role
        if continued and self.pending and (role := continued_role(t)):
            self.pending_role = role
            self.prev_end = self.pending[-1].end
            return True
        if (
            continued
            and self.cur.company
            and self.cur.signer is None
            and (role := continued_role(t))
        ):
            self.open_role = False
            self.cur.role = (
                merge_roles(self.cur.role, role)
                if self.cur.role and self.cur.role != self.caption
                else role
            )
            self.capacity = t if self.capacity is None else self.capacity  # may go on below
            self.cur.end = line.f.end
            return True
        if continued and self.cur.company and self.cur.signer is None and opens_capacity(t):
            # "as Administrative Agent, Co-Lead Arranger and Joint" / "Bookrunner": kept open
            # for the lines below, which finish it
            self.open_role = False
            self.capacity = t
            self.cur.role = capacity_roles(t) or self.cur.role
            self.cur.end = line.f.end
            return True
        return False

    def _acknowledged(self, t: str) -> bool:
        """ "ACKNOWLEDGED AND AGREED:": who signs below accepts the agreement, outside the
        captioned roles; the captions above end here."""
        if not _ACKNOWLEDGED.match(t):
            return False
        self.accepting = True
        self._flush()
        self.caption = None
        if len(self.blocks) > self.undersigned_from:
            # "IN WITNESS WHEREOF, each of the undersigned has caused this Guaranty ..." over
            # the guarantors' blocks: they have signed; who accepts below is the beneficiary
            self.undersigned = None
        return True

    def _conformed(self, line: _Line) -> bool:
        """ "/s/ Steven B. Epstein": a conformed signature of a person, who signs the block
        being read (or the unread lines above it), or alone, as an individual."""
        m = CONFORMED.match(line.t)
        if m is None:
            return False
        v, typed_title = conformed_signer(m["v"])
        if not is_person(v):
            return False
        if self.pending and (self.cur.company is None or self.cur.signer is not None):
            self._take_pending()
        elif not (self.seen_by and self.cur.signer is None):
            self._flush()
            self.cur.start = line.f.start
            # "GUARANTORS:" / "/s/ Teresa Lamb": a person signing alone under a caption
            # signs in the role it names
            self.cur.role = self.caption or self.undersigned
        self.seen_by = True
        self.cur.signer = v
        if typed_title:
            self.cur.title, self.title_tail = clean_name(typed_title), typed_title
        self.cur.end = line.f.end
        return True

    def _sentence(self, line: _Line) -> None:
        """A sentence between the blocks: "The undersigned acknowledges ..." ends the captions
        above it; "Each of the undersigned reaffirms ... the Guaranty" makes whoever signs
        below a guarantor, whatever caption its block lacks. Neither takes the line."""
        t = line.t
        prose = (
            len(t.split()) >= 5
            and SENTENCE_END.search(t)
            and not re.match(r"(?:By|Name|Title|Its)(?![^\W_])", t)  # "By: /s/ James Mancini, Jr."
        )
        if prose and not t.startswith("[") and not starts_with_org(self.text, line.f):
            self.caption = None
        if len(t.split()) >= 4 and _GUARANTORS_UNDERSIGNED.search(t):
            self.undersigned, self.undersigned_from = "Guarantor", len(self.blocks)

    def _content(self, line: _Line) -> _Line | None:
        """The part of the line a block may read: what a flattened page glued after its
        header ("[Signature Page to ...] MIDCAP FUNDING V TRUST"), the company at a long
        line's end; None when nothing of the line is left to read."""
        f, t = line.f, line.t
        if t.startswith("["):
            after_header = after_page_header(self.text, f)
            if after_header is None:
                return None
            f, t = after_header, after_header.text.strip()
        if len(t.split()) > 14 and not starts_with_org(self.text, f):
            glued = trailing_company(self.text, f)
            if glued is None:
                return None
            f, t = glued, glued.text
        return replace(line, f=f, t=t)

    def _empty_title_value(self, line: _Line) -> bool:
        """The line under an empty "Title:" ("Manager"): its value, unless it is a caption,
        a page mark or a footer. Only the line right under it, or the next line after a blank
        one when it reads as a title."""
        if not self.empty_title:
            return False
        self.empty_title = False
        apart = "\n\n" in self.text[self.prev_field_end : line.f.start].replace(" ", "")
        if (
            apart
            and not TITLE_WORDS.search(line.t)
            and (line.t.isupper() or is_org_name(line.t) or looks_like_person(line.t))
        ):
            return False  # a blank form's next block ("NORTHFIELD SAVINGS BANK"), no title
        if self.cur.title is None and fills_empty_title(line.t):
            self.cur.title, self.title_tail = clean_name(line.t), line.t
            self.cur.end = line.f.end
            return True
        return False

    def _footer(self, line: _Line) -> bool:
        """ "SIGNATURE PAGE 58" closing a page's footer ("LOAN AGREEMENT" / "ACME REALTY
        COMPANY" above it): the company line just read, with no signature of its own, is the
        footer's, and no block."""
        if not footer_line(line.t):
            return False
        cur = self.cur
        if cur.company and not (cur.signer or cur.by or cur.title or cur.signed):
            self.cur = Block(accepted=self.accepting)
        self.pending, self.pending_role = [], None
        return True

    def _joined_caption(self, t: str) -> bool:
        """A caption wrapped over lines ("ADMINISTRATIVE" / "AGENT:"): the unread lines above
        and this one ending in a colon; a new caption closes the block."""
        if not (self.pending and t.endswith(":") and len(self.pending) <= 2):
            return False
        joined_caption = " ".join(p.text for p in self.pending) + " " + t
        role = caption_role(joined_caption)
        named = role is None and (role := written_caption(joined_caption)) is not None
        if role is None:
            return False
        self._flush()
        self.caption, self.pending, self.pending_role, self.named_caption = role, [], None, named
        return True

    def _caption(self, line: _Line) -> bool:
        """A caption ("BORROWER:", "LENDERS", "HOLDINGS:"): the role of the blocks below it,
        unless the line is a company's name ("BANK" / "OF AMERICA, N.A.", "RIDGEWAY BANK,")."""
        f, t = line.f, line.t
        if co_title_caption(t):
            self._flush()
            self.caption, self.named_caption = None, False
            return True
        role = caption_role(t)
        if role is not None and opens_name(self.fields, line.i):
            role = None  # "BANK" / "OF AMERICA, N.A.": a name wrapped at its first word
        if role is not None and self._title_under_signer(line):
            role = None  # "Mariah K. Osei" / "Senior Account Manager": the signer's title
        prev = self.prev
        if role is not None and (
            t.endswith(",")  # "RIDGEWAY BANK,": a company's line going on with its capacity
            # "UNION BANK" / "By:": a name with no colon signed right under it is the company
            # a block signs for; a caption heads the blocks below it and is signed by none
            or self._signed_below(line)
            # "BANK OF TOKYO-MITSUBISHI TRUST" / "COMPANY,": the name above goes on
            or (prev is not None and OPEN_END.search(prev.text) and wrapped(self.text, prev, f))
        ):
            role = None
        if role is not None and (t.endswith(":") or len(t.split()) <= 2 or not is_org_name(t)):
            self._flush()
            self.caption, self.named_caption = role, False
            return True
        if term_caption := written_caption(t):
            self._flush()  # "HOLDINGS:", "EQUIPMENTCO:": a defined term of the document
            self.caption, self.named_caption = term_caption, True
            return True
        return False

    def _title_under_signer(self, line: _Line) -> bool:
        """A line in mixed case with no colon right under the typed name of a signer who has
        no title yet ("Mariah K. Osei" / "Senior Account Manager"): the signer's title, though
        its last word ("Manager") names a role too. A caption is in capitals or ends in a
        colon ("LENDER:")."""
        t = line.t.strip()
        return (
            self.seen_by
            and self.cur.signer is not None
            and self.cur.title is None
            and not t.endswith(":")
            and not t.isupper()
            and line.i > 0
            and clean_name(self.fields[line.i - 1].text.strip()) == self.cur.signer
        )

    def _signed_below(self, line: _Line) -> bool:
        """Whether ``line`` is a company's name with no colon whose next line is a "By:"
        line ("COMERICA BANK" / "By: ____")."""
        i, t = line.i, line.t
        return (
            not t.endswith(":")
            and is_org_name(t)
            and i + 1 < len(self.fields)
            and BY_LINE.match(self.fields[i + 1].text.strip()) is not None
        )

    def _entity_line(self, line: _Line) -> bool:
        """ "Name of Investing Entity: Acme Fund LP": a form's company line, opening a block."""
        m = _ENTITY_LINE.match(line.t)
        if m is None:
            return False
        self._flush()
        f = line.f
        self.cur.company, self.cur.company_span = clean_value(m["v"]), (f.start, f.end)
        self.cur.role = self.caption
        self.cur.start, self.cur.signed = f.start, line.cue
        return True

    def _by_heading(self, line: _Line) -> bool:
        """ "Initialed" / "by": a column heading, unless a signature follows ("by" / "/s/")."""
        i, fields = line.i, self.fields
        return line.t == "by" and not (
            i + 1 < len(fields) and re.match(r"(?i)/s/|_", fields[i + 1].text)
        )

    def _attesting(self, line: _Line) -> bool:
        """ "Attest: /s/ Lee Harris" under the block's signer: a witness (the secretary who
        attests the seal) signs beside the party; the "Title:" and "Name:" lines under it are
        the witness's. Until the next "By:" line or block."""
        if not (attesting_line(line.t) and self.cur.signer):
            self.attesting = self.attesting and not BY_LINE.match(line.t)
            return False
        self.attesting = True
        self.cur.end = line.f.end
        return True

    def _by(self, line: _Line) -> bool:
        """A "By:" line: the block is signed for, by the person it names, or by the company
        it names (whose name may go on below). The unread lines above become the block's
        company; a second person under one company makes a second block."""
        m = BY_LINE.match(line.t)
        if m is None:
            return False
        if self.pending and (
            self.cur.company is None
            or self.cur.signer is not None
            or self.title_field_end > self.cur.start  # a blank form's block ended at "Title:"
            or listed_with(self.pending, self.cur)
        ):
            self._take_pending()
        self.seen_by = self.cur.by = True
        self.cur.start = self.cur.start or line.f.start
        first = first_signature(m["rest"])
        rest = clean_value(first)
        signer, title = conformed_signer(first)
        if title:
            rest = signer
        self.bare_by_end = -2 if rest else line.f.end
        if rest and not is_person(rest):
            self.by_company_end = line.f.end  # "By: Regiment" / "Capital GP, LLC"
            # the lines under it go on with it where it names a company or ends open
            signing_company = is_org_name(rest) or not signer_named(first)
            self.by_tail = first if signing_company else ""
        if not rest and self.cur.signer and self.cur.title and self.cur.company:
            # "By: /s/" with the name typed below, under a company one officer has signed for
            # already ("Name: Greta Holm" / "Title: Director" / "By: /s/" / "Name: Piet
            # Smit"): a second officer signs for it
            self.blocks.append(replace(self.cur))
            self.cur.signer = self.cur.title = None
            self.cur.start = line.f.start
        if is_person(rest):
            self.cur.by = True
            if self.cur.signer and self.cur.signer != rest and self.cur.company:
                # "By: /s/ A (Secretary) By: /s/ B (Vice President)": both sign for it
                self.blocks.append(replace(self.cur))
                self.cur.title = None
            self.cur.signer = rest
        if title:
            # "By: /s/ Ruth Albee, Vice President": the signer and her title on the one line
            # (set once a second signer's block has parted from the first signer's)
            self.cur.title, self.title_tail = clean_name(title), title
        self.cur.end = line.f.end
        return True

    def _name(self, line: _Line) -> bool:
        """ "Name: Dana Whitfield": the signer, when the value is a person's name."""
        m = _NAME.match(line.t)
        if m is None:
            return False
        if self.attesting:
            return True  # the witness's name
        v = clean_value(m["v"])
        if looks_like_person(v):
            self.cur.signer = v
        self.cur.end = line.f.end
        return True

    def _title(self, line: _Line) -> bool:
        """ "Title: Treasurer": the signer's title; an empty "Title:" (not a blank to fill in,
        "Title: ____") may have its value on the next line, unless it is a second slot left
        blank under a signer's title."""
        m = TITLE.match(line.t)
        if m is None:
            return False
        if self.attesting:
            return True  # the witness's title
        v = clean_value(m["v"])
        if (
            v
            and self.cur.signer is None
            and self.prev_field_end == self.by_company_end
            and is_org_name(clean_name(self.by_tail))
        ):
            # "By: Harrow Credit GP, Ltd." / "Its: General Partner": the capacity of the
            # company that signs for the block's company, not the title of the person who
            # signs below it ("By: /s/ Mara Quint" / "Mara Quint, Director"); an empty
            # "Title:" under a blank "By: ____ (SEAL)" stays a field
            self.by_company_end = self.cur.end = line.f.end
            return True
        self.title_field_end = line.f.end
        if not v and self.cur.title and self.cur.signer:
            # a second signatory's slot left blank under the first ("Name:" / "Title:", as
            # forms that want two officers print it) erases nothing
            self.cur.end = line.f.end
            return True
        self.cur.title, self.title_tail = v or None, m["v"]
        self.empty_title = not v and "_" not in m["v"]
        self.cur.end = line.f.end
        return True

    def _individual(self, line: _Line) -> bool:
        """ "/s/ Karl Halvorsen" / "Karl Halvorsen, individually": a person signing alone,
        a party of his own."""
        if not (self.seen_by and self.cur.company is None):
            return False
        ind = INDIVIDUALLY_SIGNED.fullmatch(line.t)
        if ind is None:
            return False
        self.cur.signer = self.cur.signer or clean_name(ind["name"])
        self.cur.individual, self.cur.end = True, line.f.end
        return True

    def _signer_line(self, line: _Line) -> bool:
        """Under a "By:" line with no field names: "Dana Whitfield, Treasurer" is the signer
        (and title), "Vice President" the signer's title; never "FAIRVIEW LIVING CENTERS,
        INC."."""
        if not self.seen_by:
            return False
        t = line.t
        head, _, tail = t.partition(",")
        if GENERATION.fullmatch(tail):
            head, tail = t, ""
            if self.cur.signer and clean_name(t).startswith(f"{self.cur.signer},"):
                # "By: /s/ Dana R. Whitfield" / "Dana R. Whitfield, Jr.": the typed name is whole
                self.cur.signer, self.cur.end = clean_name(t), line.f.end
                return True
        if (
            self.cur.signer is None
            and self.title_field_end < self.cur.start
            and looks_like_person(head)
            and not is_org_name(t)
            and not name_goes_on(self.text, self.fields, line.i)
        ):
            self.cur.signer = clean_name(head)
            if tail.strip():
                self.cur.title, self.title_tail = clean_name(tail), tail
                self._title_names_company(line)
            self.cur.end = line.f.end
            return True
        if self._typed_name(line):
            return True
        officer = TITLE_WORDS.search(t) and (not is_org_name(t) or OFFICER_START.match(t))
        if self.cur.signer and self.cur.title is None and officer:
            if head.strip() == self.cur.signer and tail.strip():
                t = tail  # "Paul R. Chastain, Vice President" under "By: /s/ Paul R. Chastain"
            t = spaced_title(t) or t  # "Title Secretary": the label is no part of the title
            self.cur.title, self.title_tail = clean_name(t), t
            self._title_names_company(line)
            self.cur.end = line.f.end
            return True
        return False

    def _typed_name(self, line: _Line) -> bool:
        """ "By: /s/ G. H. LINDQVIST" / "Gunnar H. Lindqvist", "By: /s/ Kathy Griggs" /
        "Kathleen Griggs": the name typed under a conformed signature, with no "Name:" caption,
        in another form of the same surname (initials, capitals, a short first name). The typed
        line is the printed name, as a "Name:" line would give it; the signature is how it was
        signed."""
        s, t = self.cur.signer, clean_name(line.t)
        if not s or self.cur.title is not None or "," in t:
            return False
        if s.lower().endswith(t.lower()) or t.lower().endswith(s.lower()):
            # the same name, the rest of one wrapped at the line end ("/s/ Joseph" / "M.
            # Brooker", rejoined above), or the name with a courtesy title ("Ms. Maria ...")
            return False
        if not (
            is_person(t) and not is_org_name(t) and t.split()[-1].lower() == s.split()[-1].lower()
        ):
            return False
        self.cur.signer, self.cur.end = t, line.f.end
        return True

    def _title_names_company(self, line: _Line) -> None:
        """ "Renata L. Szabo, President of Tamarack" / "Precision Instruments, Inc.": the title
        ends before "of", the next line completes the company's name (the block's, or the
        company the block signs for where no line above named one) and opens no block."""
        if self.cur.title is None or line.i + 1 >= len(self.fields):
            return
        nxt = self.fields[line.i + 1]
        found = company_title(self.cur.title, self.cur.company, nxt.text)
        if found is None:
            return
        title, company = found
        self.cur.title, self.title_tail = title, ""
        if self.cur.company is None:
            head = company.split()[0]
            start = self.text.find(head, line.f.start, line.f.end)
            self.cur.company = company
            self.cur.company_span = (start if start >= 0 else nxt.start, nxt.end)
        self.company_rest_end = nxt.end

    def _company_step(self, line: _Line) -> None:
        """The last kind of line: a company's name (read with the line above when wrapped)
        opens a block; a person's name under a "By:" signs; a line in words no name rule
        reads is kept unread for a "By:" below. This line may begin a wrapped name."""
        orgs, joined = self._orgs(line.f)
        prev_start = self.prev.start if self.prev is not None else -1
        self.prev = line.f
        if orgs and (self._no_company(line) or self._signing_company_rest(line)):
            return
        t = line.t
        if orgs and self._third_line_of_name(orgs, joined, prev_start):
            return
        if orgs:
            self._open_block(line, orgs, joined, prev_start)
        elif plain_company(self.text, self.fields, line.i):
            # "Ashcombe Logistics" / "By: /s/ Ellen M. Vasquez": a company in a person's words
            self._hold(line)
            self._take_pending()
        elif (
            self.cur.signer is None
            and self.cur.company is None
            and looks_like_person(t)
            and self.seen_by
        ):
            self.cur.signer = clean_name(t)
        elif self._typed_signer(t):
            self.cur.end = line.f.end  # "/s/ Teresa Lamb" / "TERESA LAMB": her name typed below
            typed_role = role_of(t.partition(",")[2].strip())
            self.cur.role = self.cur.role or typed_role  # "Harold Lamb, Guarantor"
        elif company_line(t) or self._group_line(line):
            self._hold(line)

    def _typed_signer(self, t: str) -> bool:
        """The signer's name typed under a conformed signature of a person signing for no
        company ("/s/ Teresa Lamb" / "-----" / "TERESA LAMB", or "Teresa Lamb, Guarantor"):
        her name again (and her role), not a company's name in words no rule reads that a
        "By:" below would sign for."""
        signer = self.cur.signer
        head, _, tail = t.partition(",")
        return (
            signer is not None
            and self.cur.company is None
            and clean_name(head).casefold() == signer.casefold()
            and (not tail.strip() or role_of(tail.strip()) is not None)
        )

    def _third_line_of_name(self, orgs: list[NameRun], joined: bool, prev_start: int) -> bool:
        """ "DRESDNER BANK AG," / "NEW YORK BRANCH AND" / "GRAND CAYMAN BRANCH": a name wrapped
        over three lines. The line above already went on the block's company (its name runs
        into that line) and this line goes on it again: the company reads on to this line's
        end instead of this line opening a block of a name cut from the middle."""
        span = self.cur.company_span
        if not (joined and span and self.cur.signer is None and span[0] < prev_start < span[1]):
            return False
        end = max(r.end for r in orgs)
        if end <= span[1]:
            return False
        self.cur.company, self.cur.company_span = self.text[span[0] : end], (span[0], end)
        self.cur.end = max(self.cur.end, end)
        return True

    def _orgs(self, f: Field) -> tuple[list[NameRun], bool]:
        """The companies line ``f`` names, read with the line above when a name was wrapped
        over the two; and whether the name found begins on the line above (``joined``)."""
        text, prev = self.text, self.prev
        orgs = [r for r in name_runs(text, f.start, f.end) if r.is_org]
        if tail := ROLE_TAIL.search(f.text):
            # "BNP PARIBAS, as a Bank": the capacity's "Bank" names no company; the name no
            # suffix closes before it is held for the "By:" line like any unread name
            orgs = [r for r in orgs if r.start < f.start + tail.start()]
        joined = False
        # "FIRST UNION NATIONAL BANK" / "OF NORTH CAROLINA", "SHANGHAI BANKING" / "CORPORATION
        # LIMITED": a line that can only go on a name (a last word alone, "CORPORATION", is
        # joined where the block's company is read)
        goes_on = prev is not None and bool(
            OPEN_END.search(prev.text)
            or CONTINUATION.match(f.text)
            or (only_suffixes(f.text) and len(f.text.split()) > 1)
        )
        if prev is not None and (orgs or goes_on) and wrapped(text, prev, f):
            joined_orgs = wrapped_orgs(text, prev, f)
            joined = bool(joined_orgs) and (
                prev.start <= joined_orgs[0].start < prev.end
                or text[prev.end : f.start].strip() != ""
            )
            orgs = joined_orgs or orgs
        return orgs, joined

    def _no_company(self, line: _Line) -> bool:
        """A company's name that opens no block: a page's running head ('TOYS "R" US, INC.' /
        "364 DAY CREDIT AGREEMENT"), a form's box under the blocks ("FOR BANK USE ONLY")."""
        i, fields = line.i, self.fields
        if i + 1 < len(fields) and RUNNING_TITLE.match(fields[i + 1].text):
            return True
        return bool(re.search(r"(?i)\bUSE\s+ONLY\b", line.t))

    def _signing_company_rest(self, line: _Line) -> bool:
        """The rest of the name a "By:" line begins (it names no signer yet): the company
        that signs for the block's company, not a block of its own."""
        if (
            self.prev_field_end == self.by_company_end
            and self.text[self.prev_field_end : line.f.start].count("\n") <= 1
            and not signer_named(self.by_tail)
        ):
            self.by_company_end, self.by_tail = line.f.end, line.t
            return True
        return False

    def _open_block(self, line: _Line, orgs: list[NameRun], joined: bool, prev_start: int) -> None:
        """A company's line opens a block: its name, its role (", as Agent", a caption with no
        colon before the name, the caption above, "the undersigned"'s), the capacity that may
        go on below, and whether it signs for one provision alone."""
        text, f, t = self.text, line.f, line.t
        if (
            self.pending
            and self.pending[-1].end == self.prev_field_end
            and same_group(self.pending[-1].text, t)
        ):
            self._take_pending()  # the affiliate's name above, in words no rule knows
        if joined and self.cur.company_span and self.cur.company_span[0] >= prev_start:
            self.cur = Block()  # the line above was this name's first part, not a company
            self.seen_by = False
        if self._lists_on(f):
            self.listed.append(self.cur)
            self.cur = Block(accepted=self.accepting)
        else:
            self._flush()
        run, lead_role = company_run(text, f, orgs[-1] if len(orgs) == 1 else orgs[0])
        cur = self.cur  # the block this line opens
        cur.company, cur.company_span = run.text, (run.start, run.end)
        as_role = _AS_ROLE.search(text, run.end, f.end)
        as_tail = re.search(r"(?i),?\s+as\b.*", text[run.end : f.end])
        self.capacity = as_tail.group(0) if as_tail else None
        cur.role = (
            (role_of(as_role["role"]) if as_role else None)
            or lead_role
            or self.caption
            or self.undersigned
        )
        cur.captioned = cur.role is not None and cur.role == self.caption
        # "BIRD CANADA INC., solely with respect to Section 4": it signs for that alone
        cur.accepted = cur.accepted or bool(_LIMITED_CAPACITY.search(text, run.end, f.end))
        cur.start, cur.end, cur.signed = f.start, f.end, line.cue
        self.open_role = bool((_OPEN_LIST if as_role else _OPEN_ROLE).search(f.text))

    def _lists_on(self, f: Field) -> bool:
        """ "ACME BAKERIES, LLC," / "ACME FOODS CORP., and" / "SUNRISE SNACKS, INC., each as a
        Guarantor": the block's company, alone on the line right above the next company's and
        closed by a list's comma or "and", is one of the companies the block below signs for;
        so is one a suffix closes with the next name right under it (:func:`stacked_name`),
        also below a caption ("SUBSIDIARY GUARANTORS:"), whose role the whole list shares."""
        cur = self.cur
        if not cur.company_span or cur.signer or cur.by or cur.title:
            return False
        if stacked_name(self.text, cur.company_span, cur.end, f) or group_stacked(
            self.text, cur.company_span, cur.end, f
        ):
            return not cur.role or cur.captioned
        if self.text[cur.end : f.start].count("\n") > 1:
            return False
        return not cur.role and bool(
            _LIST_GOES_ON.fullmatch(self.text, cur.company_span[1], cur.end)
        )

    def _stacked_above(self, f: Field) -> bool:
        """Whether the block's company, not yet signed for, is listed right above line ``f``
        with the companies of its group (:func:`.company_lines.group_stacked`)."""
        cur = self.cur
        return bool(
            cur.company_span
            and not (cur.signer or cur.by or cur.title)
            and (not cur.role or cur.captioned)
            and group_stacked(self.text, cur.company_span, cur.end, f)
        )

    def _group_line(self, line: _Line) -> bool:
        """ "Ashby Core Bond Fund" / "Ashby Insured Income Portfolio": a fund's name that no org
        word ends ("Portfolio", "Series") right under or over a company of its group (not yet
        signed for) is one more fund of the list, not a person's name."""
        if not fund_line(line.t):
            return False
        if self._stacked_above(line.f):
            return True
        nxt = self.fields[line.i + 1] if line.i + 1 < len(self.fields) else None
        name = ROLE_TAIL.sub("", line.f.text).rstrip(" ,")
        span = (line.f.start, line.f.start + len(name))
        return nxt is not None and group_stacked(self.text, span, line.f.end, nxt)

    def _hold(self, line: _Line) -> None:
        """A line that may be a company's name in words no rule reads: kept unread, with the
        lines right above it, until a "By:" line shows it is one. A line of the same group
        ("TODD-AO DIGITAL IMAGES" / "TODD-AO VIDEO SERVICES") makes the lines above a company
        of their own."""
        f, t = line.f, line.t
        gap = self.text[self.pending[-1].end : f.start] if self.pending else ""
        if self.pending and gap.count("\n") <= 1 and same_group(self.pending[-1].text, t):
            self._take_pending()
            gap = "\n\n"
        self.pending = [*self.pending, f] if self.pending and gap.count("\n") <= 1 else [f]

    def _flush(self) -> None:
        """Close the block being read and open the next. A company line alone is no
        signature block (a heading or a defined term of a schedule the region ran into): it
        needs a signer, a "By:" line, a title or a role; and a role that is only a caption
        read as written ("REVENUE SHARING FEES:") makes no block: such a caption may head a
        schedule."""
        cur = self.cur
        role = cur.role and not (self.named_caption and cur.role == self.caption)
        if cur.company and bare_role(cur.company):
            cur.company, cur.company_span = None, None  # "the Company": a defined term
        if cur.signer or (cur.company and (self.seen_by or cur.signed or role or cur.title)):
            # the companies listed above it sign as it does, by its signer, in its role
            for listed in self.listed:
                self.blocks.append(
                    replace(cur, company=listed.company, company_span=listed.company_span)
                )
            self.blocks.append(cur)
        if cur.company or cur.signer:
            self.listed = []  # a block read, or a line that made none: the list is closed
        self.cur = Block(accepted=self.accepting)
        self.seen_by = self.attesting = False

    def _take_pending(self) -> None:
        """The unread lines above a "By:" line (or a signature) become the block's company,
        with their role ("as a Lender" under them, ", as Agent" in them, the caption's)."""
        text, pending = self.text, self.pending
        if self._stacked_above(pending[0]):
            # "Ashby Core Bond Fund" / "Ashby Insured Income Portfolio": the block's company
            # heads the list of one group the unread line goes on with
            self.listed.append(self.cur)
            self.cur = Block(accepted=self.accepting)
        elif self.cur.company is not None or self.cur.signer is not None:
            self._flush()
        s, e = pending[0].start, pending[-1].end
        raw = ROLE_TAIL.sub("", text[s:e]).rstrip(" ,\n\t")
        as_role = _AS_ROLE.search(text, s, e)
        self.cur.company, self.cur.company_span = clean_name(raw), (s, s + len(raw))
        if any(text[a.end : b.start].strip() for a, b in itertools.pairwise(pending)):
            # "THE REGENTS OF THE UNIVERSITY      ACME CORP." / "OF WEXFORD": a name wrapped in
            # the left column, the right column's line between its parts
            lines = ROLE_TAIL.sub("", " ".join(f.text for f in pending)).rstrip(" ,\n\t")
            self.cur.company, self.cur.company_span = clean_name(lines), (s, e)
        self.cur.role = (
            self.pending_role
            or (role_of(as_role["role"]) if as_role else None)
            or self.caption
            or self.undersigned
        )
        self.cur.start, self.cur.end = s, e
        self.pending, self.pending_role = [], None
