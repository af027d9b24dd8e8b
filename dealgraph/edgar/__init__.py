"""Fetching agreements from SEC EDGAR, by the SEC's fair-access rules.

Vocabulary: a *company* is an EDGAR filer (CIK, conformed name, former names); a *filing*
is one accession (form type, filing date); a *document* is one file of a filing (the form
or an exhibit, with its ``EX-10.2`` type). ``http`` speaks to EDGAR (User-Agent, at most
10 requests a second, retries, cache); ``catalog`` reads EDGAR's documented endpoints
(company tickers, submissions JSON, filing indexes); ``fetch`` picks the documents a user
asked for and saves each with a sidecar that ingestion reads (``ingest.readers.filing_meta``).
"""
