"""The regions of an agreement's text, found by cheap compiled patterns.

Vocabulary:
- *title block*: the lines before the preamble (exhibit label, title, cover page).
- *preamble*: the paragraph that names the agreement, its date and its parties ("This
  AMENDMENT ... is made and entered into as of ... by and among ..."), or for a note the
  "FOR VALUE RECEIVED, ... promises to pay to the order of ..." paragraph.
- *recitals*: "RECITALS" / "W I T N E S S E T H" / "WHEREAS" clauses up to "NOW, THEREFORE".
- *signatures*: from "IN WITNESS WHEREOF" (or a "[Signature Page" caption) to the first
  attachment after it.
- *attachment*: a schedule, exhibit or annex appended after the signatures, starting at a
  heading line ("SCHEDULE A", "EXHIBIT B"); its *heading title* is the first words after it.
- *main end*: where the document's own agreement stops (the first attachment).
- *appended agreement*: an agreement written after the main one's signature pages and executed
  on its own ("ACKNOWLEDGMENT AND CONSENT", "CONSENT AND REAFFIRMATION OF GUARANTORS", "LIMITED
  JOINDER"): a heading naming it, a paragraph of its own ("each of the undersigned hereby
  consents to the foregoing Amendment") and signature lines under it; a note executed with it
  ("NOTE ... promises to pay to the order of ...") is appended the same way. The main
  signatures stop where the first one starts.
- *letter*: a salutation ("Dear ...:", "Ladies and Gentlemen:") stands where a preamble would;
  in an untitled letter the paragraph under it is the preamble, and its signatures begin at
  its close ("Very truly yours,").

Only the regions are computed here; extractors run spaCy and their rules on them alone.
:func:`.analysis.analyze` is cached per text, so every extractor of a document shares one result.

The package's modules: :mod:`.regions`, :mod:`.preamble`, :mod:`.recitals`, :mod:`.headings`,
:mod:`.signature_pages`, :mod:`.appended_agreements`, :mod:`.analysis`, and the opening shapes
:mod:`.preamble` asks for (:mod:`.dated_openings`, :mod:`.letter_openings`, :mod:`.listed_opening`).
"""
