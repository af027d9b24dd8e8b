// Queries the stores themselves run (export, counts, documents). Both engines run them as is.

// name: export_nodes
// Every node but Documents, whose text is too large to carry: see export_documents.
MATCH (n)
WHERE NOT n:Document
RETURN labels(n)[0] AS label, properties(n) AS props

// name: export_documents
MATCH (n:Document)
RETURN n {.key, .path, .title, .exhibit, .chars, .ingested_at, .evidence} AS props

// name: export_edges
MATCH (a)-[r]->(b)
RETURN type(r) AS type, a.key AS source, b.key AS target, properties(r) AS props

// name: count_labels
// One count per declared label: both engines answer these from their label indexes,
// where a scan of every node costs seconds on a large graph (health, ingest summaries).
MATCH (n:Document) RETURN 'Document' AS label, count(n) AS n
UNION ALL
MATCH (n:Agreement) RETURN 'Agreement' AS label, count(n) AS n
UNION ALL
MATCH (n:Party) RETURN 'Party' AS label, count(n) AS n
UNION ALL
MATCH (n:Instrument) RETURN 'Instrument' AS label, count(n) AS n
UNION ALL
MATCH (n:Asset) RETURN 'Asset' AS label, count(n) AS n

// name: count_types
// One count per declared type (relation matrices / count store), not a scan of every edge.
MATCH ()-[r:AMENDS]->() RETURN 'AMENDS' AS type, count(r) AS n
UNION ALL
MATCH ()-[r:PARTY_TO]->() RETURN 'PARTY_TO' AS type, count(r) AS n
UNION ALL
MATCH ()-[r:LENDS_TO]->() RETURN 'LENDS_TO' AS type, count(r) AS n
UNION ALL
MATCH ()-[r:SECURES]->() RETURN 'SECURES' AS type, count(r) AS n
UNION ALL
MATCH ()-[r:WAIVES]->() RETURN 'WAIVES' AS type, count(r) AS n
UNION ALL
MATCH ()-[r:SIGNED]->() RETURN 'SIGNED' AS type, count(r) AS n
UNION ALL
MATCH ()-[r:ISSUES]->() RETURN 'ISSUES' AS type, count(r) AS n
UNION ALL
MATCH ()-[r:HOLDS]->() RETURN 'HOLDS' AS type, count(r) AS n
UNION ALL
MATCH ()-[r:ISSUED_UNDER]->() RETURN 'ISSUED_UNDER' AS type, count(r) AS n
UNION ALL
MATCH ()-[r:REFERENCES]->() RETURN 'REFERENCES' AS type, count(r) AS n
UNION ALL
MATCH ()-[r:CONTAINS]->() RETURN 'CONTAINS' AS type, count(r) AS n

// name: document_text
MATCH (d:Document {key: $key})
RETURN d.text AS text

// name: delete_some
// Deletes at most $limit nodes; clear() repeats it so no transaction grows unbounded.
MATCH (n)
WITH n LIMIT $limit
DETACH DELETE n
RETURN count(*) AS deleted
