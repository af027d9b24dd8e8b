// Queries the stores themselves run (export, counts, documents). Both engines run them as is.

// name: export_nodes
// Every node but Documents, whose text is too large to carry (see export_documents), and
// the graph-version node and the LoadedShard markers of `dealgraph load`, which are
// bookkeeping, not facts (graph.dialect.VERSION_LABEL).
MATCH (n)
WHERE NOT n:Document AND NOT n:GraphVersion AND NOT n:LoadedShard
RETURN labels(n)[0] AS label, properties(n) AS props

// name: export_documents
MATCH (n:Document)
RETURN n {.key, .path, .title, .exhibit, .chars, .ingested_at, .evidence,
          .accession, .cik, .form_type, .filing_date, .exhibit_type} AS props

// name: export_edges
MATCH (a)-[r]->(b)
RETURN type(r) AS type, a.key AS source, b.key AS target, properties(r) AS props

// Counts for GET /api/health and ingest summaries: one query per declared label and type,
// each in the exact form `MATCH (n:L) RETURN count(n)` / `MATCH ()-[r:T]->() RETURN count(r)`
// that both engines answer from their statistics (FalkorDB's label and relation matrices,
// Neo4j's count store) without touching a node. Any other shape (UNION ALL of them, an extra
// column, a WITH) is planned as a scan: 0.6 s at 10,000 agreements on FalkorDB.

// name: count_label_document
MATCH (n:Document) RETURN count(n) AS n

// name: count_label_agreement
MATCH (n:Agreement) RETURN count(n) AS n

// name: count_label_party
MATCH (n:Party) RETURN count(n) AS n

// name: count_label_instrument
MATCH (n:Instrument) RETURN count(n) AS n

// name: count_label_asset
MATCH (n:Asset) RETURN count(n) AS n

// name: count_label_provision
MATCH (n:Provision) RETURN count(n) AS n

// name: count_type_amends
MATCH ()-[r:AMENDS]->() RETURN count(r) AS n

// name: count_type_party_to
MATCH ()-[r:PARTY_TO]->() RETURN count(r) AS n

// name: count_type_lends_to
MATCH ()-[r:LENDS_TO]->() RETURN count(r) AS n

// name: count_type_secures
MATCH ()-[r:SECURES]->() RETURN count(r) AS n

// name: count_type_waives
MATCH ()-[r:WAIVES]->() RETURN count(r) AS n

// name: count_type_signed
MATCH ()-[r:SIGNED]->() RETURN count(r) AS n

// name: count_type_issues
MATCH ()-[r:ISSUES]->() RETURN count(r) AS n

// name: count_type_holds
MATCH ()-[r:HOLDS]->() RETURN count(r) AS n

// name: count_type_issued_under
MATCH ()-[r:ISSUED_UNDER]->() RETURN count(r) AS n

// name: count_type_references
MATCH ()-[r:REFERENCES]->() RETURN count(r) AS n

// name: count_type_contains
MATCH ()-[r:CONTAINS]->() RETURN count(r) AS n

// name: count_type_filed_by
MATCH ()-[r:FILED_BY]->() RETURN count(r) AS n

// name: count_type_provision_of
MATCH ()-[r:PROVISION_OF]->() RETURN count(r) AS n

// name: count_type_changes
MATCH ()-[r:CHANGES]->() RETURN count(r) AS n

// name: graph_version
// What every write transaction bumps (graph.dialect.VERSION_BUMP): the key of cached answers.
MATCH (v:GraphVersion {key: 'graph'})
RETURN v.epoch AS epoch, v.n AS n

// name: document_text
MATCH (d:Document {key: $key})
RETURN d.text AS text

// name: delete_some
// Deletes at most $limit nodes; clear() repeats it so no transaction grows unbounded. Like
// every write it bumps the graph version (its last clauses are graph.dialect.VERSION_BUMP),
// which it never deletes.
MATCH (n)
WHERE NOT n:GraphVersion
WITH n LIMIT $limit
DETACH DELETE n
WITH count(*) AS deleted
MERGE (version:GraphVersion {key: 'graph'})
ON CREATE SET version.epoch = $version_epoch
SET version.n = coalesce(version.n, 0) + 1
RETURN deleted
