// The named read queries of the REST API (api/routes/*.py), run by store.read(name, params).
// They run unchanged on FalkorDB and Neo4j: no EXISTS{}, COUNT{}, elementId, =~ or datetime();
// they return nodes, relationships and paths and let the store convert them to JSON.
// A node is found by key through one labelled MATCH per label (UNION ALL), so each engine
// uses its key index instead of scanning every node. Ordering across branches is done by
// the caller (only one branch can match: keys are unique across labels).

// name: api_node
// One node of any label by key.
MATCH (n:Agreement {key: $key}) RETURN n
UNION ALL
MATCH (n:Party {key: $key}) RETURN n
UNION ALL
MATCH (n:Instrument {key: $key}) RETURN n
UNION ALL
MATCH (n:Asset {key: $key}) RETURN n
UNION ALL
MATCH (n:Document {key: $key}) RETURN n

// name: api_node_relations
// Every relation of one node (either direction) with the node at the other end.
MATCH (n:Agreement {key: $key})-[r]-(m) RETURN r, m ORDER BY type(r), m.key LIMIT $limit
UNION ALL
MATCH (n:Party {key: $key})-[r]-(m) RETURN r, m ORDER BY type(r), m.key LIMIT $limit
UNION ALL
MATCH (n:Instrument {key: $key})-[r]-(m) RETURN r, m ORDER BY type(r), m.key LIMIT $limit
UNION ALL
MATCH (n:Asset {key: $key})-[r]-(m) RETURN r, m ORDER BY type(r), m.key LIMIT $limit
UNION ALL
MATCH (n:Document {key: $key})-[r]-(m) RETURN r, m ORDER BY type(r), m.key LIMIT $limit

// name: api_neighbors
// One page of a node's relations, filtered by type ($types, a list) and direction
// ($direction: 'out', 'in' or 'both'), in a stable order.
MATCH (n:Agreement {key: $key})-[r]-(m)
WHERE type(r) IN $types
  AND ($direction = 'both'
       OR ($direction = 'out' AND startNode(r).key = $key)
       OR ($direction = 'in' AND endNode(r).key = $key))
RETURN r, m ORDER BY type(r), m.key, r.key SKIP $skip LIMIT $limit
UNION ALL
MATCH (n:Party {key: $key})-[r]-(m)
WHERE type(r) IN $types
  AND ($direction = 'both'
       OR ($direction = 'out' AND startNode(r).key = $key)
       OR ($direction = 'in' AND endNode(r).key = $key))
RETURN r, m ORDER BY type(r), m.key, r.key SKIP $skip LIMIT $limit
UNION ALL
MATCH (n:Instrument {key: $key})-[r]-(m)
WHERE type(r) IN $types
  AND ($direction = 'both'
       OR ($direction = 'out' AND startNode(r).key = $key)
       OR ($direction = 'in' AND endNode(r).key = $key))
RETURN r, m ORDER BY type(r), m.key, r.key SKIP $skip LIMIT $limit
UNION ALL
MATCH (n:Asset {key: $key})-[r]-(m)
WHERE type(r) IN $types
  AND ($direction = 'both'
       OR ($direction = 'out' AND startNode(r).key = $key)
       OR ($direction = 'in' AND endNode(r).key = $key))
RETURN r, m ORDER BY type(r), m.key, r.key SKIP $skip LIMIT $limit
UNION ALL
MATCH (n:Document {key: $key})-[r]-(m)
WHERE type(r) IN $types
  AND ($direction = 'both'
       OR ($direction = 'out' AND startNode(r).key = $key)
       OR ($direction = 'in' AND endNode(r).key = $key))
RETURN r, m ORDER BY type(r), m.key, r.key SKIP $skip LIMIT $limit

// name: api_neighbors_count
// How many relations api_neighbors would answer without its page (one row per label;
// sum them).
MATCH (n:Agreement {key: $key})-[r]-(m)
WHERE type(r) IN $types
  AND ($direction = 'both'
       OR ($direction = 'out' AND startNode(r).key = $key)
       OR ($direction = 'in' AND endNode(r).key = $key))
RETURN count(r) AS total
UNION ALL
MATCH (n:Party {key: $key})-[r]-(m)
WHERE type(r) IN $types
  AND ($direction = 'both'
       OR ($direction = 'out' AND startNode(r).key = $key)
       OR ($direction = 'in' AND endNode(r).key = $key))
RETURN count(r) AS total
UNION ALL
MATCH (n:Instrument {key: $key})-[r]-(m)
WHERE type(r) IN $types
  AND ($direction = 'both'
       OR ($direction = 'out' AND startNode(r).key = $key)
       OR ($direction = 'in' AND endNode(r).key = $key))
RETURN count(r) AS total
UNION ALL
MATCH (n:Asset {key: $key})-[r]-(m)
WHERE type(r) IN $types
  AND ($direction = 'both'
       OR ($direction = 'out' AND startNode(r).key = $key)
       OR ($direction = 'in' AND endNode(r).key = $key))
RETURN count(r) AS total
UNION ALL
MATCH (n:Document {key: $key})-[r]-(m)
WHERE type(r) IN $types
  AND ($direction = 'both'
       OR ($direction = 'out' AND startNode(r).key = $key)
       OR ($direction = 'in' AND endNode(r).key = $key))
RETURN count(r) AS total

// name: api_amendments_in
// What directly amends $key (the amending side first on the path).
MATCH p = (a)-[:AMENDS]->(x:Agreement {key: $key})
RETURN a, p, length(p) AS depth
ORDER BY a.date, a.key

// name: api_amendments_in_transitive
// What amends $key directly or through other amendments ("as amended by ...").
MATCH p = (a)-[:AMENDS*1..]->(x:Agreement {key: $key})
RETURN a, p, length(p) AS depth
ORDER BY a.date, a.key, depth

// name: api_amendments_out
// What $key directly amends.
MATCH p = (x:Agreement {key: $key})-[:AMENDS]->(a)
RETURN a, p, length(p) AS depth
ORDER BY a.date, a.key

// name: api_amendments_out_transitive
// What $key amends directly or through the agreements it amends (up to the original).
MATCH p = (x:Agreement {key: $key})-[:AMENDS*1..]->(a)
RETURN a, p, length(p) AS depth
ORDER BY a.date, a.key, depth

// name: api_lenders
// Who lends to the party $key, with amount and the instrument the loan is made under.
MATCH (l:Party)-[r:LENDS_TO]->(p:Party {key: $key})
OPTIONAL MATCH (i:Instrument {key: r.instrument})
RETURN l AS party, r, i AS instrument
ORDER BY l.name, r.key

// name: api_borrowers
// Whom the party $key lends to.
MATCH (p:Party {key: $key})-[r:LENDS_TO]->(b:Party)
OPTIONAL MATCH (i:Instrument {key: r.instrument})
RETURN b AS party, r, i AS instrument
ORDER BY b.name, r.key

// name: api_party_agreements
// The agreements and instruments the party $key is party to, one row per role.
MATCH (p:Party {key: $key})-[r:PARTY_TO]->(a)
RETURN a, r
ORDER BY a.date, a.key, r.role

// name: api_party_acts
// What the party $key waived or signed.
MATCH (p:Party {key: $key})-[r]->(t)
WHERE type(r) IN ['WAIVES', 'SIGNED']
RETURN r, t
ORDER BY type(r), t.date, t.key

// name: api_party_signatories
// People who signed on behalf of the party $key ("who signed for the bank").
MATCH (s:Party)-[r:SIGNED]->(t)
WHERE r.on_behalf_of = $key
RETURN s, r, t
ORDER BY t.date, t.key, s.name

// name: api_agreement
// One Agreement by key.
MATCH (a:Agreement {key: $key})
RETURN a

// name: api_agreement_relations
// Everything attached to the Agreement $key (parties, instruments, documents, waivers...).
MATCH (a:Agreement {key: $key})-[r]-(m)
RETURN r, m
ORDER BY type(r), m.date, m.key
LIMIT $limit

// name: api_instrument
// One Instrument by key.
MATCH (i:Instrument {key: $key})
RETURN i

// name: api_instrument_relations
// Everything attached to the Instrument $key (issuer, holders, issued under, secured by...).
MATCH (i:Instrument {key: $key})-[r]-(m)
RETURN r, m
ORDER BY type(r), m.date, m.key
LIMIT $limit

// name: api_party
// One Party by key.
MATCH (p:Party {key: $key})
RETURN p

// name: api_documents
// A page of Documents (their text is never part of a node's properties).
MATCH (d:Document)
RETURN d
ORDER BY d.title, d.key
SKIP $skip LIMIT $limit

// name: api_document
// One Document and the agreements and instruments whose own text it holds.
MATCH (d:Document {key: $key})
OPTIONAL MATCH (d)-[:CONTAINS]->(m)
RETURN d, m
ORDER BY m.date, m.key
