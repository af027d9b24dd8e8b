"""The document's own agreement or instrument, and the agreements its exhibits hold.

Vocabulary:
- *own title*: "This AMENDMENT NO. 2 TO ... (this "Amendment")" in the preamble, else the
  most specific heading of the title block ("FORM OF DEBENTURE" loses to "SUBORDINATED
  CONVERTIBLE DEBENTURE").
- *kind*: a word of ``graph.schema.AGREEMENT_KINDS`` / ``INSTRUMENT_KINDS`` read from the
  title; notes, debentures and warrants (and amendments of them) are Instruments.
- *generic self-reference*: ``(this "Amendment")`` names the agreement but is no alias.

The modules of the package, each importing only from those before it: :mod:`.kinds`,
:mod:`.titles`, :mod:`.preamble_title`, :mod:`.headings`, :mod:`.own_date`,
:mod:`.own_agreement`, :mod:`.exhibits`.
"""
