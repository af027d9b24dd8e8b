"""The wording of a new lettered part, among the words a clause changes in steps: "is amended
(i) by deleting "and" at the end of clause (f), (ii) by adding "and" at the end of clause (g)
and (iii) by adding a new clause (h) as follows: "(h) restructuring charges"". The new
clause is the provision's new wording; the joiners moved on the way are not.

Vocabulary:
- *new part*: "a new clause (h)", "the following new paragraph (4)", named with its label
  right before its quoted wording.
"""

from __future__ import annotations

import re

from ingest.rules import rule

NEW_PART_QUOTED = rule(
    "changes.new_part_quoted",
    r"\bnew\s+(?:sub-?)?(?:clause|paragraph|subsection|section)\s+\([a-zA-Z0-9]{1,5}\)"
    r"(?:[^\"“;:.]|\.(?=\d)){0,60}?:?\s*(?=[\"“]\()",
    re.IGNORECASE,
    reads="an operative clause that changes a provision in steps: the new lettered part it "
    "adds, right before that part's quoted wording",
    matches=[
        '(iii) by adding a new clause (h) as follows: "(h) restructuring charges"',
        'and by inserting the following new paragraph (4) at the end thereof: "(4) any Lien"',
    ],
    rejects=[
        'by adding "and" at the end of clause (g)',
        'by adding a new clause (h) as follows: "restructuring charges"',
    ],
)
