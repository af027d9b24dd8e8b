"""Instruments: notes, debentures, warrants, letters of credit, and their financial terms.

Three sources feed this package:
- the document's own instrument (``ctx.self_ref`` is an Instrument): its amount, interest
  rate, maturity and exercise price, read from the heading and the promise to pay;
- instruments a sentence defines ("a warrant ... (the "Additional Warrants")", "The Notes and
  Warrants issued under X are referred to as the "September Notes" and "September Warrants"");
- titled instruments that ``ingest.references`` already found, whose amount follows them
  ("Promissory Note dated ... in the original principal amount of $2,407,345.19"), and
  instrument exhibits ("This Amended and Restated Revolving Credit Note (this "Note")").

The package's modules: :mod:`.terms`, :mod:`.refs`, :mod:`.defined`, :mod:`.known`,
:mod:`.lines_of_credit`, :mod:`.term_days`, the readers of a credit facility a lending sentence
does not define (:mod:`.defined_commitments`, :mod:`.defined_facilities`,
:mod:`.facility_definitions`, :mod:`.single_loans`), :mod:`.extract`.
"""
