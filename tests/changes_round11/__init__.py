"""Round eleven of the change reader's blind passages: changes of definitions (lists of
definitions named together, definition blocks under a lead-in that names none, additions "in
the appropriate alphabetical order", definitions living in an annex, a schedule, a glossary or
a section of a note, lettered sub-items, curly quotes, terms wrapped over two lines, page
markers) and near misses that define terms without changing any. Each module registers its
cases with :func:`tests.changes_round11.case.case`; ``tests/test_changes_round11.py`` runs
them."""
