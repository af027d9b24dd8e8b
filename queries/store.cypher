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
MATCH (n)
RETURN labels(n)[0] AS label, count(*) AS n

// name: count_types
MATCH ()-[r]->()
RETURN type(r) AS type, count(*) AS n

// name: document_text
MATCH (d:Document {key: $key})
RETURN d.text AS text

// name: delete_some
// Deletes at most $limit nodes; clear() repeats it so no transaction grows unbounded.
MATCH (n)
WITH n LIMIT $limit
DETACH DELETE n
RETURN count(*) AS deleted
