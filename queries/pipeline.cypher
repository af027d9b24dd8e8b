// Queries the ingestion pipeline uses to stay idempotent.

// name: existing_documents
// The keys among $keys that are already stored as Documents.
UNWIND $keys AS k
MATCH (d:Document {key: k})
RETURN d.key AS key
