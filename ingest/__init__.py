"""Documents -> typed facts. Pure: text in, frozen records out, no database code here."""
