"""FastAPI app: REST queries, the read-only Cypher console, and the web UI's files."""
