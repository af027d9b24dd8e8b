"""Round thirteen of the change reader's blind passages: replacements worded as "amended by
deleting ... and substituting the following" (the whole provision deleted: a replacement;
words inside it deleted: an amendment), definitions that read '"Term" shall mean', blocks of
definitions restated under a lead-in standing far above them, and lists of definitions deleted;
with near misses. Each module registers its cases with
:func:`tests.changes_round13.case.case`; ``tests/test_changes_round13.py`` runs them."""
