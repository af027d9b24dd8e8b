"""Round twelve of the change reader's blind passages: amendment instructions in the
imperative mood ("In the definition of "X", replace ... with ...", "Delete Section 4.3 and
substitute: ...", "Add a new Section 7.12 as follows: ...") and definition blocks under
lead-ins that do not say "definition" ("by inserting the following in the appropriate
alphabetical order:", "by restating the following in their entirety:", "the following are
hereby deleted:"), with near misses that instruct or define without changing anything. Each
module registers its cases with :func:`tests.changes_round12.case.case`;
``tests/test_changes_round12.py`` runs them."""
