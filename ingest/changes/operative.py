"""The operative phrases of an amendment (the passive "is hereby amended by deleting ..." and
the active "the Lenders hereby amend ...", "the following definitions are added ...") and the
action a phrase states: ``replace``, ``amend``, ``delete`` or ``add``. The shapes of the verb,
apart from the shapes of what it changes (:mod:`.targets`) and of its new wording
(:mod:`.wording`).
"""

from __future__ import annotations

import re

from ingest.changes.bare_terms import BARE_TERM
from ingest.changes.deleted_references import DELETED_REFERENCES_SWAPPED
from ingest.changes.named_replacements import REPLACING_NAMED
from ingest.changes.quotes import QUOTED
from ingest.changes.targets import NUM
from ingest.changes.whole_swaps import WHOLE_SWAP

#: What may stand between a target and its operative phrase: the agreement it belongs to,
#: an appositive heading (", Definitions,"), a parenthesis, "shall be and it hereby".
SUBJECT_GAP = re.compile(
    r"\.?\s*(?:(?:thereof|therein|thereto|of\s+(?:such|said)\s+Section)\s*)?(?:\([^()]{0,120}\)\s*)?"
    r"(?:,?\s*as\s+(?:defined|used)\s+in\s+(?:the\s+)?[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*)*,?\s*)?"
    # (in capitals too: "SECTION 6.02 OF THE AGREEMENT IS HEREBY AMENDED")
    r"(?:(?:,?\s*(?i:of|to|in|under|contained\s+in|set\s+forth\s+in|appearing\s+in)\s+"
    # ("Section 2 of each Term Note is amended": a section of every note of a kind)
    r"(?i:the\s+|this\s+|such\s+|said\s+|each\s+)?"
    # "Section 4.3(b) the Agreement is amended": the "of" a filing left out (never after a
    # comma: "as set forth in Section 3, the Credit Agreement is amended")
    r"|\s+(?-i:the|this)\s+(?=(?-i:[A-Z])))"
    r"(?:[A-Z][\w\-]*|[IVX]+|\d[\w.()]*|of|and|the"
    r"|(?:agreement|note)s?\b|\s)+?)?\s*"
    r"(?:,[^,;:]{0,200},)?\s*(?:\([^()]{0,120}\))?\s*"
    r"(?:shall\s+be,?\s+and\s+(?:it\s+)?(?:hereby\s+)?)?"
)
#: The operative phrase after a target: "is hereby amended", "are deleted", "shall be replaced".
PASSIVE = re.compile(
    # ("Sections 6.1 and 6.2 are each deleted", "shall each be amended": each of several)
    # ("the Expiration Date is accordingly changed to": a change that follows from another)
    r"\b(?:is|are|shall\s+(?:each\s+)?be|be),?\s+(?:each\s+)?(?:hereby\s+)?(?:each\s+)?"
    r"(?:accordingly\s+|correspondingly\s+)?"
    r"(?:further\s+)?(?:amended|deleted|replaced"
    # ("Annex A ... is superseded in its entirety by Annex A attached hereto")
    r"|restated|modified|supplemented|extended|changed|revised|added|inserted|expanded"
    r"|superseded"
    # ("Section 9.5 of the Agreement is hereby revoked": deleted)
    r"|revoked|rescinded|repealed)\b"
    # "Section 7 shall be deemed amended by replacing ...": the same change, said to be assumed,
    # when the words say how (never "shall be deemed amended to list such Subsidiary" upon a
    # later event, nor references "deemed amended to refer to" the agreement as amended)
    r"|\b(?:is|are|shall\s+be),?\s+(?:hereby\s+)?deemed\s+(?:to\s+(?:be|have\s+been)\s+)?"
    r"(?:amended|modified)(?=,?\s+(?:by|so\s+that|as\s+follows|to\s+read|in\s+(?:its|their)\s+entirety)\b)"
    # a price or amount set anew: "is hereby reduced to $0.05", "shall be reduced from $1.00
    # to $0.50" (never the adjustment a note provides for: "shall be reduced to an amount")
    r"|\b(?:is|are|shall\s+be),?\s+(?:(?:hereby\s+(?:permanently\s+)?|(?:accordingly|correspondingly)\s+)"
    r"(?:reduced|increased|decreased|lowered"
    r"|reset|adjusted)|(?:reduced|increased|decreased|lowered|reset|adjusted)\s+from\s+\$?\d)"
    # ("the Monthly Fee set out in Section 5.1 is increased to $48,500": in the present tense,
    # never "shall be reduced to $0 on the Maturity Date", what the agreement provides for)
    r"|\b(?:is|are),?\s+(?:reduced|increased|decreased|lowered)\s+to\s+(?=\$\d|\d)"
    # words that "shall be deemed to read" new quoted words: 'the date "March 31, 2016" in
    # Section 2.2 shall be deemed to read "June 30, 2016"'
    r"|\b(?:shall|will)\s+(?:be\s+deemed\s+to\s+|hereafter\s+|henceforth\s+|now\s+)?read\s+(?=[\"“])"
    # what a provision lists, grown without a verb of amending: "the Territory set out in
    # Schedule 1 shall now include Canada" (never "shall include", what it always included)
    r"|\b(?:shall|will)\s+(?:now|henceforth|hereafter)\s+include\b"
    # a provision that reads anew without a verb of amending: "shall hereafter read as follows:"
    r"|\b(?:shall|will)\s+(?:hereafter\s+|henceforth\s+|now\s+)?read\s+(?:in\s+(?:its|their)\s+entirety\s+)?"
    r"as\s+follows\b",
    re.IGNORECASE,
)
#: The active operative phrase before a target: "the Lenders hereby amend Section 4.16".
ACTIVE = re.compile(
    r"\b(?:hereby\s+(?:amends?|deletes?|restates?|replaces?)"
    # "The parties agree to amend Section 3.1 of the Agreement to read as follows:"
    r"|(?:hereby\s+)?agree\s+to\s+(?:amend|delete|restate|replace))\s+(?:and\s+restate\s+)?"
    r"(?:the\s+provisions\s+of\s+)?(?=(?:the\s+)?(?:Sections?|Article|Schedule|Exhibit|Annex"
    r"|definition|clause|paragraph|subsection))",
    re.IGNORECASE,
)
#: "the following definitions are hereby added to Section 1.1 in alphabetical order:"
DEFINITIONS_ADDED = re.compile(
    r"\b(?:(?:the\s+)?following\s+(?:new\s+)?(?:defined\s+terms|definitions?)\s+"
    r"(?:is|are|shall\s+be)\s+(?:hereby\s+)?(?:added|inserted)"
    # "The definitions set forth below are hereby added to Section 1.1": the same, named after
    r"|(?:the\s+)?(?:new\s+)?(?:defined\s+terms|definitions)\s+(?:set\s+forth|contained)\s+below\s+"
    r"(?:are|shall\s+be)\s+(?:hereby\s+)?(?:added|inserted)"
    # "is amended to include the following definition in its appropriate alphabetic order:"
    r"|(?:by\s+)?(?:adding|inserting|including|to\s+add|to\s+insert|to\s+include)\s*,?\s+(?:thereto\s+)?"
    # "inserting, immediately following the definition of "X" contained therein, the following"
    r"(?:[^:;.]{0,150}?,\s+)?(?:the\s+)?following\s+(?:new\s+)?(?:defined\s+terms?|definitions?)"
    # "by the addition of each of the following new definitions", "the following new definitions"
    # "by adding new definitions of "X" and "Y" as follows:": the terms named, then defined
    rf"|(?:by\s+)?(?:adding|inserting|to\s+add|to\s+insert)\s+(?:thereto\s+)?(?:a\s+|the\s+)?"
    rf"(?:new\s+)?(?:definitions?|defined\s+terms?)\s+(?:of|for)\b(?=\s+{QUOTED})"
    r"|(?:by\s+)?the\s+addition\s+(?:thereto\s+)?of\s+(?:each\s+of\s+)?the\s+following\s+"
    r"(?:new\s+)?(?:defined\s+terms?|definitions?)"
    # ("by adding the following new terms:": new, so definitions)
    r"|following\s+new\s+(?:defined\s+terms?|definitions?|terms))\b",
    re.IGNORECASE,
)
#: A lead-in that names the agreement its list changes: "The following modifications are
#: hereby made to the Letter of Credit Agreement:", "the following amendments shall be made
#: to the Note:".
MADE_TO = re.compile(
    r"\b(?i:following\s+(?:amendments|modifications|changes|revisions)\s+(?:are|shall\s+be)"
    r",?\s+(?:hereby\s+)?made\s+(?:to|in)\s+(?:the\s+|this\s+|such\s+|each\s+)?)"
    r"(?P<name>[A-Z][\w\-]*(?:\s+(?:[A-Z][\w\-]*|of|and))*)"
)


_REPLACE = re.compile(
    r"\b(?:amended\s+and\s+restated|restated|amended\s+in\s+(?:its|their)\s+entirety"
    r"|amended\s+in\s+full"
    r"|in\s+(?:its|their)\s+entirety\s+(?:to\s+read|as\s+follows|and\s+replaced|and\s+restated)"
    r"|superseded"
    r"|amended\s+to\s+(?:read|mean)|to\s+read\s+in\s+(?:its|their)\s+entirety"
    # "amended to be in the form attached hereto", "restated in the form of Annex I hereto"
    r"|to\s+be\s+in\s+the\s+form\b|in\s+the\s+form\s+(?:of\s+|attached\s+)(?=[^.;]{0,30}\bhereto\b)"
    r"|to\s+read\s+as\s+follows|replaced\s+(?:in\s+(?:its|their)\s+entirety\s+)?(?:by|with)"
    r"|deleted\s+and\s+replaced|read\s+as\s+provided|(?:shall|will)\s+(?:hereafter\s+|henceforth\s+|now\s+)?read"
    # "is deleted and the following (is) inserted in lieu thereof"
    r"|deleted\s+(?:in\s+(?:its|their)\s+entirety\s+)?and\s+(?:the\s+following\s+)?(?:is\s+|shall\s+be\s+)?"
    r"(?:inserted|substituted)\s+(?:in\s+(?:lieu|place)\s+thereof|therefor)"
    r"|substituted)\b",
    re.IGNORECASE,
)
PARTIAL = re.compile(
    r"\b(?:by|to)\s+(?:\([a-z\d]{1,4}\)\s*)?(?:(?:deleting|striking|replacing|inserting|adding|substituting|changing"
    r"|amending|increasing|decreasing|reducing|extending|add|insert|delete|replace)\b)"
    r"|\b(?:the\s+(?:reference|references|words?|phrase|number|amount|date|figure)s?\b)",
    re.IGNORECASE,
)
NEW_SECTION = re.compile(
    rf"\b(?:adding|add|inserting|insert)\b(?:[^.:]{{0,60}}?\bnew\s+|\s+(?:thereto\s+)?(?:the\s+following\s+)?)"
    # ("the following new subparagraph (e)" of a lease, "a new sub-clause (c)")
    rf"(?:sub-?)?(?:Section|clause|paragraph)s?\s+(?P<num>{NUM}|\([a-z0-9]{{1,5}}\))"
    # "new Sections 6.15 and 6.16", "new clauses (n), (o) and (p)": each one new
    rf"(?P<more>(?:\s*(?:,\s*(?:and\s+)?|and\s+)(?:{NUM}|\([a-z0-9]{{1,5}}\)))*)",
    re.IGNORECASE,
)
#: "the definition of each of the following terms ... is amended to read", "by amending and
#: restating the following definitions": a list of definitions follows, each one changed.
DEFINITIONS_LISTED = re.compile(
    r"\bfollowing\s+(?:new\s+)?(?:defined\s+terms?|definitions?|terms)\b", re.IGNORECASE
)
#: A new part named in the operative phrase of an agreement: "is amended to add a new
#: Schedule 6.01 thereto", "by adding a new Section 9.14".
ADDED_PART = re.compile(
    r"\b(?:(?:add|adding|insert|inserting),?\s+(?:thereto\s+)?"
    # "by inserting immediately after Section 5.13 a new Section 5.14" (also "thereof" after
    # the place, and the place set off by commas: "adding, immediately following Section 7.4
    # thereof, the following new Section 7.4A")
    r"(?:(?:immediately\s+)?(?:after|following|before|preceding)\s+(?:Section|clause|paragraph)\s+"
    r"[\w.()]+?,?\s+(?:(?:thereof|therein),?\s+)?)?"
    # "There is hereby added to the Agreement a new Section 5.9"
    r"|(?:added|inserted)\s+(?:to|in|into)\s+(?:the\s+|this\s+)?[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*){0,4}\s+"
    # "The following shall be added as Section 14.12 of the Agreement:"
    r"|(?:added|inserted)\s+(?=as\s))"
    # "by inserting the following as a new Section 5.9:", "added to the Guaranty as new
    # Paragraph 15:"
    r"(?:(?:(?:(?:the\s+following\s+)?as\s+)?a\s+new|the\s+following(?:\s+new)?|(?:as\s+)?new)\s+"
    # ("by adding the following as Section 5.9:": a number the agreement did not have)
    r"|(?:the\s+following\s+)?as\s+(?=(?:Sub)?[Ss]ection\s|Paragraph\s|Article\s)"
    # "by adding Exhibit B (Work Letter) in the form attached to this Amendment": an attachment
    # the amendment supplies is new without the word
    r"|(?=(?:Schedule|Exhibit|Annex|Appendix|Attachment)\s+[A-Z0-9][\w.\-]*(?:\([a-z0-9]{1,3}\))?"
    r"(?:\s*\([^()]{0,60}\))?\s+(?:in\s+the\s+form\s+)?(?:attached|annexed)\b))"
    rf"(?P<what>Schedule|Exhibit|Annex|Appendix|Attachment|(?:Sub)?[Ss]ection|Paragraph(?=s?\s+\d)|Article)s?\s+(?P<id>{NUM}|[A-Z][A-Za-z0-9.\-]{{0,8}})"
    # "the following new Sections 2.15 and 2.16 immediately following Section 2.14"
    rf"(?P<more>(?:\s*(?:,\s*(?:and\s+)?|and\s+)(?:{NUM}))*)",
    re.IGNORECASE,
)
#: The agreement that is the subject of a clause: "the Credit Agreement is amended ...".
SUBJECT_NAME = re.compile(
    r"\s*(?:the\s+)?(?P<name>[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*){0,5})\s+(?:is|are|shall)\b"
)
#: Definitions named inside the operative phrase of a definitions section.
INNER_DEFINITIONS = re.compile(
    rf"\b(?:the\s+)?(?:definitions?|defined\s+terms?)\s+(?:of\s+)?(?:the\s+terms?\s+)?"
    rf"(?P<terms>{QUOTED}(?:\s*,?\s*(?:and\s+)?{QUOTED})*)",
    re.IGNORECASE,
)
#: "the second sentence of", "the last paragraph of": the operation changes part of it.
PART_OF = re.compile(
    r"\b(?:first|second|third|fourth|last|final|initial|introductory|opening|lead-in|\w+th)\s+"
    r"(?:sentence|paragraph|proviso|line|clause)s?\s+of\b"
    # "the proviso at the end of Section 6.5", "the proviso to Section 2.4(b)"
    r"|\b(?:proviso|sentence)s?\s+(?:(?:appearing\s+)?at\s+the\s+end\s+of|to)\s+(?:the\s+)?"
    r"(?:Section|definition|clause|paragraph|subsection)\b"
    # "the table in Section 6.10", "the pricing grid set forth in the definition of", "the
    # Base Rent schedule in Section 4" (a lease's rent table; "Schedule 4" is an attachment)
    # ("the table of installment payments set forth in Section 2.3(b)": what it tabulates)
    # ("the minimum purchase quotas in Section 6.1": values the section states, in lower case)
    r"|\b(?:table|grid|chart|(?-i:schedule|quotas|thresholds|caps|limits|levels|percentages))\s+"
    r"(?:of\s+[a-z\-]+(?:\s+[a-z\-]+){0,3}\s+)?"
    r"(?:in|of|contained\s+in|set\s+forth\s+in|appearing\s+in)\s+"
    r"(?:the\s+)?(?:Section|definition|clause|paragraph|subsection)\b"
    # "Part B of Schedule 3", "paragraph 4 of Schedule 2", "Item 3 of Exhibit I": a part of an
    # attachment, which changes in part (the attachment is the provision, having no numbered
    # parts of its own to name)
    r"|\b(?:Part|paragraph|item)\s+(?:[A-Z]|[IVX]+|\d{1,3}(?:\.\d{1,3})*(?:\([a-z0-9]{1,3}\))*)\s+of\s+"
    r"(?:the\s+)?(?:Schedule|Exhibit|Annex|Appendix)\b"
    r"|\b(?:clause|paragraph|subsection|sub-clause)\s+\([a-zA-Z0-9]{1,5}\)\s+of\s+the\s+"
    r"(?:definition|proviso|first|second|third|last|final)\b",
    re.IGNORECASE,
)
#: A part of a definition the operative phrase names as what it changes: "is amended to
#: amend clause (iii) to read as follows", "by restating the last sentence thereof".
PART_NAMED = re.compile(
    r"\b(?:to|by)\s+(?:amend(?:ing)?|restat(?:e|ing)|replac(?:e|ing)|delet(?:e|ing))\s+"
    r"(?:and\s+restat(?:e|ing)\s+)?(?:the\s+)?(?:\w+\s+)?"
    r"(?:clause|paragraph|subsection|sub-clause|sentence|proviso|table)s?\b",
    re.IGNORECASE,
)
#: Subsections named inside the operative phrase: "by deleting subsections (a) and (b)".
INNER_SUBSECTIONS = re.compile(
    # ("by striking clause (b) thereof in its entirety and substituting the following")
    r"\b(?:(?:deleting|replacing|restating|striking)\s+(?:in\s+(?:its|their)\s+entirety\s+)?(?:the\s+)?"
    # "is amended to add the following at the end of subsection (b) thereof": (b) changes
    r"|(?:add|adding|insert|inserting)\s+(?:the\s+following\s+)?(?:(?:new\s+)?(?:sentence|proviso"
    r"|words|text|language)\s+)?at\s+the\s+end\s+of\s+(?:the\s+)?)"
    r"(?:sub)?(?:sections?|clauses?|paragraphs?)\s+"
    r"(?P<subs>\([a-zA-Z0-9]{1,5}\)(?:\s*(?:,|and|,\s*and)\s*\([a-zA-Z0-9]{1,5}\))*)",
    re.IGNORECASE,
)
#: "is hereby amended as follows:" with nothing said about how: the block decides.
AS_FOLLOWS = re.compile(
    r"\bamended,?\s+(?:hereby\s+)?(?:as\s+(?:follows|set\s+forth\s+below)|by"
    r"|in\s+the\s+following\s+(?:respects|manner))"
    # "Section 1.01 of the Credit Agreement is hereby amended:" and its items below
    r"\s*:\s*$|\bamended\s*:\s*$",
    re.IGNORECASE,
)
_WHOLE_REPLACED = re.compile(
    r"\bamending\s+and\s+restating\s+(?:Section\s+[\w.()]+|such\s+Section|said\s+Section|the\s+same"
    r"|it)\s+in\s+(?:its|their)\s+entirety|\bamending\s+and\s+restating\s+in\s+(?:its|their)\s+entirety|"
    # "by amending (and restating) the definition of "X" (in Section 1.1) in its entirety (to
    # read) as follows", "by amending the following definitions to read in their entirety"
    # ("by amending the definition of "X" as follows:" may list changes in part)
    rf"\bamending\s+(?P<restating>and\s+restating\s+)?(?:each\s+of\s+)?the\s+(?:following\s+"
    rf"(?:definitions|defined\s+terms)|definitions?\s+(?:of\s+)?{QUOTED}(?:\s*,?\s*(?:and\s+)?{QUOTED})*"
    # (or its term without quotes: "the definition of Applicable Margin to read")
    rf"|definition\s+of\s+{BARE_TERM})"
    r"(?:\s+(?:in|contained\s+in|set\s+forth\s+in)\s+Section\s+[\w.()]+)?\s+(?:so\s+as\s+)?"
    r"(?:in\s+(?:its|their)\s+entirety|to\s+read|(?(restating)as\s+follows|(?!)))|"
    # "by replacing it in its entirety with Exhibit D attached hereto": the whole of it
    # (never "deleting the words ... and replacing them with": those words)
    r"\breplacing\s+(?:it|them|the\s+same)\s+in\s+(?:its|their)\s+entirety\s+with\b|"
    # "by amending and restating the following definitions ... so that they read ..." (or
    # the one definition that follows)
    r"\bamending\s+and\s+restating\s+(?:each\s+of\s+)?the\s+following\s+"
    r"(?:definitions?|defined\s+terms?)\b|"
    # "by replacing the definitions of "A" and "B" with the following:": each given anew
    rf"\breplacing\s+(?:each\s+of\s+)?the\s+(?:existing\s+)?definitions?\s+(?:of\s+)?{QUOTED}"
    rf"(?:\s*,?\s*(?:and\s+)?{QUOTED})*\s+(?:in\s+(?:its|their)\s+entirety\s+)?with\b|"
    # "by replacing the following definitions in their entirety with the following:"
    r"\breplacing\s+(?:each\s+of\s+)?the\s+following\s+(?:definitions|defined\s+terms)\s+in\s+"
    r"(?:its|their)\s+entirety\b|"
    # what is deleted is the whole provision: "deleted", "deleting it", "deleting such
    # definition", "deleting Section 5.4(a)", never "deleting the words ... in its entirety"
    r"\b(?:delet(?:ed|ing)|strik(?:en|ing))\s+(?:(?:it|them|the\s+same|(?:such|said|the)\s+"
    r"(?:definition|Section|clause|subsection|paragraph|provision)s?|(?:Section|clause|subsection"
    # ("deleting Section 5.3 (Late Payments) in its entirety": its heading in parentheses)
    r"|paragraph)s?\s+[\w.()]+(?:\s*\([A-Z][^()]{0,60}\))?"
    rf"|(?:each\s+of\s+)?the\s+definitions?\s+(?:of\s+)?{QUOTED}(?:\s*,?\s*(?:and\s+)?{QUOTED})*)\s+)?"
    r"in\s+(?:its|their)\s+entirety\s*,?\s+and\s*,?\s+"
    r"(?:(?:is|are|by)\s+)?(?:the\s+following\s+"
    # ("and the following new Section 3 is inserted in lieu thereof": the same part anew)
    r"(?:new\s+(?:Section|clause|paragraph|subsection)\s+[\w.()]+\s+)?(?:is\s+|shall\s+be\s+)?)?"
    r"(?:replac|substitut|insert|restat)|"
    # "by deleting Sections 9.7 and 9.8 and inserting the following in lieu thereof": the
    # sections named are replaced whole, "in its entirety" or not
    # ("by striking Section 8.2 and substituting in lieu thereof the following")
    rf"\b(?:delet(?:ed|ing)|strik(?:en|ing))\s+(?:Section|clause|subsection|paragraph)s?\s+{NUM}"
    rf"(?:\s*(?:,\s*(?:and\s+)?|and\s+){NUM})*\s*,?\s+and\s+(?:by\s+)?(?:inserting|substituting)\s+"
    r"(?:the\s+following\s+)?(?:in\s+(?:lieu|place)\s+thereof|therefor)",
    re.IGNORECASE,
)
_DELETE = re.compile(r"\b(?:deleted|delete|revoked|rescinded|repealed)\b", re.IGNORECASE)


def action_of(predicate: str) -> str:
    """The action an operative phrase states (its first words decide: "is amended by deleting
    the words ... and restating ..." changes a part; "deleted in its entirety and replaced")."""
    if DELETED_REFERENCES_SWAPPED.search(predicate):
        return "delete"  # "is hereby deleted in its entirety, and each reference to it is
        # replaced with ...": what replaces is about the references elsewhere
    if WHOLE_SWAP.search(predicate):
        return "replace"  # "by deleting subsection (b) and inserting in lieu thereof a new
        # subsection (b)", "by deleting such Section and replacing it with": the part itself goes
    if NEW_SECTION.search(predicate):
        return "add"
    if _WHOLE_REPLACED.search(predicate):
        return "replace"  # (before "is inserted": "deleted ... and the following new Section 3
        # is inserted in lieu thereof" puts the same part anew)
    if re.search(
        r"\b(?:are|is|shall\s+be),?\s+(?:hereby\s+)?(?:added|inserted)\b", predicate, re.I
    ):
        return "add"
    if REPLACING_NAMED.search(predicate):
        return "replace"  # "by replacing Exhibit D thereto with Exhibit D attached hereto"
    partial = PARTIAL.search(predicate)
    whole = _REPLACE.search(predicate)
    if whole and not (partial and partial.start() < whole.start()):
        return "replace"
    if partial:
        return "amend"
    if _DELETE.search(predicate):
        return "delete"
    return "amend"
