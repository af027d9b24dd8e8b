"""Notes written out in a document: each text that promises to pay under a heading naming a
note is one instrument, whether the document is that note, attaches it as a form or appends
it executed ("EXHIBIT A / PROMISSORY NOTE / $15,000,000 / For value received, X promises to
pay to the order of Y ...").

Vocabulary:
- *note text*: a "promise(s) to pay" clause under a heading line ending in "NOTE" (with the
  line above when it only qualifies it: "THIRD AMENDED AND RESTATED / REVOLVING CREDIT NOTE"),
  read up to the next note heading or attachment label.
- *maker*: the parties named before the promise (their names, else their defined term); a
  maker written only as "the undersigned" is the company whose signature block closes the text.
- *payee*: the party after "to the order of" / "pay to": it HOLDS the note and, the note being
  its claim on the maker, LENDS_TO the maker.
- *issuing agreement*: the agreement the note says it is "referred to in", issued, executed or
  delivered "under" / "pursuant to", or "evidences" indebtedness under, however many clauses
  stand between the cue and the agreement ("is the Term Note referred to in, is issued
  pursuant to, and is subject to the terms of, the Credit Agreement"); failing such a cue, the
  first agreement the note is payable or accelerated "under" / "pursuant to" or whose terms it
  borrows ("as defined in the Loan Agreement"), a security or guaranty agreement excepted.
  "the Credit Agreement" with no definition of its own is the document's own agreement when
  that is the agreement's title.

Runs after exhibits and appended agreements are read, so that the note an exhibit or an
appended region already made is the one that gets the terms and edges, never a second node.

The package's modules: :mod:`.extract`, :mod:`.terms`, :mod:`.parties`,
:mod:`.issuing_agreement` (with :mod:`.defined_agreement`, a short term the note defines for
its issuing agreement).
"""
