"""DealGraph: filed agreements into a cited graph of agreements, parties and instruments.

Data flows one way: ``ingest`` (documents -> typed facts) -> ``graph`` (identity, stores)
-> ``api`` (REST, console, web UI). This package holds what every stage shares: settings,
the error tree, the ingestion pipeline that joins the stages, and the CLI.
"""

__version__ = "0.1.0"
