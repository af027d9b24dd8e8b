// Queries the ingestion pipeline uses to stay idempotent.

// name: existing_documents
// The keys among $keys that are already stored as Documents.
UNWIND $keys AS k
MATCH (d:Document {key: k})
RETURN d.key AS key

// name: loaded_shards
// The shards among $keys (sha256 of a shard's bytes) that `dealgraph load` loaded whole.
UNWIND $keys AS k
MATCH (s:LoadedShard {key: k})
RETURN s.key AS key

// name: mark_shard_loaded
// Written after every document of the shard is stored; bookkeeping, not part of the graph.
// Like every write it bumps the graph version (its last clauses: graph.dialect.VERSION_BUMP).
MERGE (s:LoadedShard {key: $key})
SET s.name = $name, s.documents = $documents
WITH count(*) AS _
MERGE (version:GraphVersion {key: 'graph'})
ON CREATE SET version.epoch = $version_epoch
SET version.n = coalesce(version.n, 0) + 1
