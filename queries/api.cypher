// The named read queries of the REST API (api/routes/*.py), run by store.read(name, params).
// They run unchanged on FalkorDB and Neo4j: no EXISTS{}, COUNT{}, elementId, =~, datetime()
// or CALL (x) {} (FalkorDB imports into a subquery only with CALL { WITH x ... }), except
// where a block is written per engine (`// name: x @neo4j`: a degree count).
//
// One request, one query: each answers ONE row holding the node asked about and its lists
// (collected in CALL subqueries, which answer a row even when the list is empty), or no row
// when there is no such node (the documents list: one row per document of the page). A list
// that grows with the graph without bound (a party's agreements) comes as rows of plain
// values instead, columns named `value.field` (graph.results.values_of_row): collected maps
// cost FalkorDB and its Python client four to five times more at a bank's hundreds of rows.
// Nodes and relationships are otherwise map projections that the API turns into its models
// (graph.results.projected_node / projected_edge):
//   a node, listed:   x {id: x.key, label: labels(x)[0], properties: x {.title, .name, ...}}
//                     every declared property but key and a Document's text, and NO evidence:
//                     a bank mentioned in thousands of filings carries thousands of entries;
//                     GET /api/nodes/{key} answers them
//   a node, in full:  x {id: x.key, label: labels(x)[0], properties: x {.*, text: null,
//                     search_text: null}}: with its evidence (details, amendments)
//   a relationship:   r {id: r.key, type: type(r), source: startNode(r).key,
//                     target: endNode(r).key, properties: properties(r)}: always with its
//                     evidence, and with its endpoints' keys (no second lookup)
// A listed node names its properties one by one: `x {.*, evidence: null}` would copy every
// evidence string on the server before dropping them. tests/test_api_projections.py checks
// the list against graph.schema.
// A node found by key alone is looked up once per label (UNION ALL inside CALL {}), so each
// engine uses its key index instead of scanning every node.

// name: api_node
// One node of any label, with its evidence, and its first $limit relations (either
// direction) with the node at the other end.
CALL {
  MATCH (n:Agreement {key: $key}) RETURN n
  UNION ALL
  MATCH (n:Party {key: $key}) RETURN n
  UNION ALL
  MATCH (n:Instrument {key: $key}) RETURN n
  UNION ALL
  MATCH (n:Asset {key: $key}) RETURN n
  UNION ALL
  MATCH (n:Provision {key: $key}) RETURN n
  UNION ALL
  MATCH (n:Document {key: $key}) RETURN n
}
CALL {
  WITH n
  MATCH (n)-[r]-(m)
  WITH r, m ORDER BY type(r), m.key, r.key LIMIT $limit
  RETURN collect({
    edge: r {id: r.key, type: type(r), source: startNode(r).key, target: endNode(r).key, properties: properties(r)},
    node: m {id: m.key, label: labels(m)[0], properties: m {.title, .name, .description, .path, .kind, .date, .exhibit, .chars, .ingested_at, .governing_law, .aliases, .amendment_number, .entity_type, .jurisdiction, .address, .amount, .currency, .maturity_date, .interest_rate, .exercise_price, .accession, .cik, .form_type, .filing_date, .exhibit_type, .agreement, .section, .term, .heading}}
  }) AS relations
}
RETURN n {id: n.key, label: labels(n)[0], properties: n {.*, text: null, search_text: null}} AS node,
       relations

// name: api_neighbors @embedded
// One page of a node's relations, filtered by type ($types, a list) and direction
// ($direction: 'out', 'in' or 'both'), in a stable order, and how many match in all: a
// degree count, read from the node's adjacency without visiting its relations (a bank in
// thousands of filings has tens of thousands). Neo4j's variant below differs only there.
CALL {
  MATCH (n:Agreement {key: $key}) RETURN n
  UNION ALL
  MATCH (n:Party {key: $key}) RETURN n
  UNION ALL
  MATCH (n:Instrument {key: $key}) RETURN n
  UNION ALL
  MATCH (n:Asset {key: $key}) RETURN n
  UNION ALL
  MATCH (n:Provision {key: $key}) RETURN n
  UNION ALL
  MATCH (n:Document {key: $key}) RETURN n
}
WITH n, CASE $direction
          WHEN 'out' THEN outdegree(n, $types)
          WHEN 'in' THEN indegree(n, $types)
          ELSE outdegree(n, $types) + indegree(n, $types)
        END AS total
CALL {
  WITH n
  MATCH (n)-[r]-(m)
  WHERE type(r) IN $types
    AND ($direction = 'both'
         OR ($direction = 'out' AND startNode(r) = n)
         OR ($direction = 'in' AND endNode(r) = n))
  WITH r, m ORDER BY type(r), m.key, r.key SKIP $skip LIMIT $limit
  RETURN collect({
    edge: r {id: r.key, type: type(r), source: startNode(r).key, target: endNode(r).key, properties: properties(r)},
    node: m {id: m.key, label: labels(m)[0], properties: m {.title, .name, .description, .path, .kind, .date, .exhibit, .chars, .ingested_at, .governing_law, .aliases, .amendment_number, .entity_type, .jurisdiction, .address, .amount, .currency, .maturity_date, .interest_rate, .exercise_price, .accession, .cik, .form_type, .filing_date, .exhibit_type, .agreement, .section, .term, .heading}}
  }) AS page
}
RETURN n {id: n.key, label: labels(n)[0], properties: n {.title, .name, .description, .path, .kind, .date, .exhibit, .chars, .ingested_at, .governing_law, .aliases, .amendment_number, .entity_type, .jurisdiction, .address, .amount, .currency, .maturity_date, .interest_rate, .exercise_price, .accession, .cik, .form_type, .filing_date, .exhibit_type, .agreement, .section, .term, .heading}} AS node,
       total, page

// name: api_neighbors @neo4j
// As the embedded variant; Neo4j counts a type's relations in one direction from the node
// record (a `COUNT {}` of one typed relationship is planned as a degree read), so every
// declared type is counted (tests/test_queries_registry.py checks the list) and $types picks.
CALL {
  MATCH (n:Agreement {key: $key}) RETURN n
  UNION ALL
  MATCH (n:Party {key: $key}) RETURN n
  UNION ALL
  MATCH (n:Instrument {key: $key}) RETURN n
  UNION ALL
  MATCH (n:Asset {key: $key}) RETURN n
  UNION ALL
  MATCH (n:Provision {key: $key}) RETURN n
  UNION ALL
  MATCH (n:Document {key: $key}) RETURN n
}
WITH n, {
  AMENDS: [COUNT { (n)-[:AMENDS]->() }, COUNT { (n)<-[:AMENDS]-() }],
  PARTY_TO: [COUNT { (n)-[:PARTY_TO]->() }, COUNT { (n)<-[:PARTY_TO]-() }],
  LENDS_TO: [COUNT { (n)-[:LENDS_TO]->() }, COUNT { (n)<-[:LENDS_TO]-() }],
  SECURES: [COUNT { (n)-[:SECURES]->() }, COUNT { (n)<-[:SECURES]-() }],
  WAIVES: [COUNT { (n)-[:WAIVES]->() }, COUNT { (n)<-[:WAIVES]-() }],
  SIGNED: [COUNT { (n)-[:SIGNED]->() }, COUNT { (n)<-[:SIGNED]-() }],
  ISSUES: [COUNT { (n)-[:ISSUES]->() }, COUNT { (n)<-[:ISSUES]-() }],
  HOLDS: [COUNT { (n)-[:HOLDS]->() }, COUNT { (n)<-[:HOLDS]-() }],
  ISSUED_UNDER: [COUNT { (n)-[:ISSUED_UNDER]->() }, COUNT { (n)<-[:ISSUED_UNDER]-() }],
  REFERENCES: [COUNT { (n)-[:REFERENCES]->() }, COUNT { (n)<-[:REFERENCES]-() }],
  CONTAINS: [COUNT { (n)-[:CONTAINS]->() }, COUNT { (n)<-[:CONTAINS]-() }],
  FILED_BY: [COUNT { (n)-[:FILED_BY]->() }, COUNT { (n)<-[:FILED_BY]-() }],
  PROVISION_OF: [COUNT { (n)-[:PROVISION_OF]->() }, COUNT { (n)<-[:PROVISION_OF]-() }],
  CHANGES: [COUNT { (n)-[:CHANGES]->() }, COUNT { (n)<-[:CHANGES]-() }]
} AS degrees
WITH n, reduce(total = 0, t IN $types | total + CASE $direction
          WHEN 'out' THEN degrees[t][0]
          WHEN 'in' THEN degrees[t][1]
          ELSE degrees[t][0] + degrees[t][1]
        END) AS total
CALL {
  WITH n
  MATCH (n)-[r]-(m)
  WHERE type(r) IN $types
    AND ($direction = 'both'
         OR ($direction = 'out' AND startNode(r) = n)
         OR ($direction = 'in' AND endNode(r) = n))
  WITH r, m ORDER BY type(r), m.key, r.key SKIP $skip LIMIT $limit
  RETURN collect({
    edge: r {id: r.key, type: type(r), source: startNode(r).key, target: endNode(r).key, properties: properties(r)},
    node: m {id: m.key, label: labels(m)[0], properties: m {.title, .name, .description, .path, .kind, .date, .exhibit, .chars, .ingested_at, .governing_law, .aliases, .amendment_number, .entity_type, .jurisdiction, .address, .amount, .currency, .maturity_date, .interest_rate, .exercise_price, .accession, .cik, .form_type, .filing_date, .exhibit_type, .agreement, .section, .term, .heading}}
  }) AS page
}
RETURN n {id: n.key, label: labels(n)[0], properties: n {.title, .name, .description, .path, .kind, .date, .exhibit, .chars, .ingested_at, .governing_law, .aliases, .amendment_number, .entity_type, .jurisdiction, .address, .amount, .currency, .maturity_date, .interest_rate, .exercise_price, .accession, .cik, .form_type, .filing_date, .exhibit_type, .agreement, .section, .term, .heading}} AS node,
       total, page

// name: api_amendments_in
// What directly amends the Agreement $key: each amending agreement in full, with the
// relationships of its path (the amending side first; the path's nodes are the agreement
// asked about and the amendments listed, so they are not sent twice).
MATCH (x:Agreement {key: $key})
CALL {
  WITH x
  MATCH p = (a)-[:AMENDS]->(x)
  RETURN collect({
    agreement: a {id: a.key, label: labels(a)[0], properties: a {.*, text: null, search_text: null}},
    depth: length(p),
    edges: [e IN relationships(p) | e {id: e.key, type: type(e), source: startNode(e).key, target: endNode(e).key, properties: properties(e)}]
  }) AS amendments
}
RETURN x {id: x.key, label: labels(x)[0], properties: x {.title, .name, .description, .path, .kind, .date, .exhibit, .chars, .ingested_at, .governing_law, .aliases, .amendment_number, .entity_type, .jurisdiction, .address, .amount, .currency, .maturity_date, .interest_rate, .exercise_price, .accession, .cik, .form_type, .filing_date, .exhibit_type, .agreement, .section, .term, .heading}} AS agreement,
       amendments

// name: api_amendments_in_transitive
// What amends $key directly or through other amendments ("as amended by ..."): one entry
// per path, so an agreement reached two ways appears twice (the caller keeps the shortest).
MATCH (x:Agreement {key: $key})
CALL {
  WITH x
  MATCH p = (a)-[:AMENDS*1..]->(x)
  RETURN collect({
    agreement: a {id: a.key, label: labels(a)[0], properties: a {.*, text: null, search_text: null}},
    depth: length(p),
    edges: [e IN relationships(p) | e {id: e.key, type: type(e), source: startNode(e).key, target: endNode(e).key, properties: properties(e)}]
  }) AS amendments
}
RETURN x {id: x.key, label: labels(x)[0], properties: x {.title, .name, .description, .path, .kind, .date, .exhibit, .chars, .ingested_at, .governing_law, .aliases, .amendment_number, .entity_type, .jurisdiction, .address, .amount, .currency, .maturity_date, .interest_rate, .exercise_price, .accession, .cik, .form_type, .filing_date, .exhibit_type, .agreement, .section, .term, .heading}} AS agreement,
       amendments

// name: api_amendments_out
// What the Agreement $key directly amends.
MATCH (x:Agreement {key: $key})
CALL {
  WITH x
  MATCH p = (x)-[:AMENDS]->(a)
  RETURN collect({
    agreement: a {id: a.key, label: labels(a)[0], properties: a {.*, text: null, search_text: null}},
    depth: length(p),
    edges: [e IN relationships(p) | e {id: e.key, type: type(e), source: startNode(e).key, target: endNode(e).key, properties: properties(e)}]
  }) AS amendments
}
RETURN x {id: x.key, label: labels(x)[0], properties: x {.title, .name, .description, .path, .kind, .date, .exhibit, .chars, .ingested_at, .governing_law, .aliases, .amendment_number, .entity_type, .jurisdiction, .address, .amount, .currency, .maturity_date, .interest_rate, .exercise_price, .accession, .cik, .form_type, .filing_date, .exhibit_type, .agreement, .section, .term, .heading}} AS agreement,
       amendments

// name: api_amendments_out_transitive
// What $key amends directly or through the agreements it amends (up to the original).
MATCH (x:Agreement {key: $key})
CALL {
  WITH x
  MATCH p = (x)-[:AMENDS*1..]->(a)
  RETURN collect({
    agreement: a {id: a.key, label: labels(a)[0], properties: a {.*, text: null, search_text: null}},
    depth: length(p),
    edges: [e IN relationships(p) | e {id: e.key, type: type(e), source: startNode(e).key, target: endNode(e).key, properties: properties(e)}]
  }) AS amendments
}
RETURN x {id: x.key, label: labels(x)[0], properties: x {.title, .name, .description, .path, .kind, .date, .exhibit, .chars, .ingested_at, .governing_law, .aliases, .amendment_number, .entity_type, .jurisdiction, .address, .amount, .currency, .maturity_date, .interest_rate, .exercise_price, .accession, .cik, .form_type, .filing_date, .exhibit_type, .agreement, .section, .term, .heading}} AS agreement,
       amendments

// name: api_lenders
// Who lends to the Party $key, with amount and the instrument the loan is made under.
MATCH (p:Party {key: $key})
CALL {
  WITH p
  MATCH (l:Party)-[r:LENDS_TO]->(p)
  OPTIONAL MATCH (i:Instrument {key: r.instrument})
  WITH l, r, i ORDER BY l.name, r.key
  RETURN collect({
    party: l {id: l.key, label: labels(l)[0], properties: l {.title, .name, .description, .path, .kind, .date, .exhibit, .chars, .ingested_at, .governing_law, .aliases, .amendment_number, .entity_type, .jurisdiction, .address, .amount, .currency, .maturity_date, .interest_rate, .exercise_price, .accession, .cik, .form_type, .filing_date, .exhibit_type, .agreement, .section, .term, .heading}},
    relation: r {id: r.key, type: type(r), source: startNode(r).key, target: endNode(r).key, properties: properties(r)},
    instrument: i {id: i.key, label: labels(i)[0], properties: i {.title, .name, .description, .path, .kind, .date, .exhibit, .chars, .ingested_at, .governing_law, .aliases, .amendment_number, .entity_type, .jurisdiction, .address, .amount, .currency, .maturity_date, .interest_rate, .exercise_price, .accession, .cik, .form_type, .filing_date, .exhibit_type, .agreement, .section, .term, .heading}}
  }) AS items
}
RETURN p {id: p.key, label: labels(p)[0], properties: p {.title, .name, .description, .path, .kind, .date, .exhibit, .chars, .ingested_at, .governing_law, .aliases, .amendment_number, .entity_type, .jurisdiction, .address, .amount, .currency, .maturity_date, .interest_rate, .exercise_price, .accession, .cik, .form_type, .filing_date, .exhibit_type, .agreement, .section, .term, .heading}} AS party,
       items

// name: api_borrowers
// Whom the Party $key lends to.
MATCH (p:Party {key: $key})
CALL {
  WITH p
  MATCH (p)-[r:LENDS_TO]->(b:Party)
  OPTIONAL MATCH (i:Instrument {key: r.instrument})
  WITH b, r, i ORDER BY b.name, r.key
  RETURN collect({
    party: b {id: b.key, label: labels(b)[0], properties: b {.title, .name, .description, .path, .kind, .date, .exhibit, .chars, .ingested_at, .governing_law, .aliases, .amendment_number, .entity_type, .jurisdiction, .address, .amount, .currency, .maturity_date, .interest_rate, .exercise_price, .accession, .cik, .form_type, .filing_date, .exhibit_type, .agreement, .section, .term, .heading}},
    relation: r {id: r.key, type: type(r), source: startNode(r).key, target: endNode(r).key, properties: properties(r)},
    instrument: i {id: i.key, label: labels(i)[0], properties: i {.title, .name, .description, .path, .kind, .date, .exhibit, .chars, .ingested_at, .governing_law, .aliases, .amendment_number, .entity_type, .jurisdiction, .address, .amount, .currency, .maturity_date, .interest_rate, .exercise_price, .accession, .cik, .form_type, .filing_date, .exhibit_type, .agreement, .section, .term, .heading}}
  }) AS items
}
RETURN p {id: p.key, label: labels(p)[0], properties: p {.title, .name, .description, .path, .kind, .date, .exhibit, .chars, .ingested_at, .governing_law, .aliases, .amendment_number, .entity_type, .jurisdiction, .address, .amount, .currency, .maturity_date, .interest_rate, .exercise_price, .accession, .cik, .form_type, .filing_date, .exhibit_type, .agreement, .section, .term, .heading}} AS party,
       items

// name: api_party_agreements
// The Party $key (the row without a relation, with `total`: how many agreements and
// instruments it is party to), then one row per role it has in each agreement or instrument
// of one page of them ($skip, $limit: by date, then key), rows of plain values (see the file
// notes). A bank party to thousands of agreements answers one bounded page at a time.
MATCH (p:Party {key: $key})
OPTIONAL MATCH (p)-[:PARTY_TO]->(x)
WITH p, count(DISTINCT x) AS total
RETURN p.key AS `node.id`, 'Party' AS `node.label`, p.title AS `node.title`,
       p.name AS `node.name`, p.kind AS `node.kind`, p.date AS `node.date`,
       p.governing_law AS `node.governing_law`, p.aliases AS `node.aliases`,
       p.amendment_number AS `node.amendment_number`, p.entity_type AS `node.entity_type`,
       p.jurisdiction AS `node.jurisdiction`, p.address AS `node.address`,
       p.amount AS `node.amount`, p.currency AS `node.currency`,
       p.maturity_date AS `node.maturity_date`, p.interest_rate AS `node.interest_rate`,
       p.exercise_price AS `node.exercise_price`, p.cik AS `node.cik`, null AS `relation.id`,
       null AS `relation.type`, null AS `relation.source`, null AS `relation.target`,
       null AS `relation.role`, null AS `relation.evidence`, total
UNION ALL
MATCH (:Party {key: $key})-[:PARTY_TO]->(x)
WITH DISTINCT x AS a ORDER BY a.date, a.key SKIP $skip LIMIT $limit
MATCH (:Party {key: $key})-[r:PARTY_TO]->(a)
RETURN a.key AS `node.id`, labels(a)[0] AS `node.label`, a.title AS `node.title`,
       a.name AS `node.name`, a.kind AS `node.kind`, a.date AS `node.date`,
       a.governing_law AS `node.governing_law`, a.aliases AS `node.aliases`,
       a.amendment_number AS `node.amendment_number`, a.entity_type AS `node.entity_type`,
       a.jurisdiction AS `node.jurisdiction`, a.address AS `node.address`,
       a.amount AS `node.amount`, a.currency AS `node.currency`,
       a.maturity_date AS `node.maturity_date`, a.interest_rate AS `node.interest_rate`,
       a.exercise_price AS `node.exercise_price`, a.cik AS `node.cik`, r.key AS `relation.id`,
       'PARTY_TO' AS `relation.type`, $key AS `relation.source`, a.key AS `relation.target`,
       r.role AS `relation.role`, r.evidence AS `relation.evidence`, null AS total
ORDER BY `node.date`, `node.id`, `relation.role`

// name: api_party
// The Party $key in full: what it waived or signed and who signed on its behalf ("who
// signed for the bank"); its agreements come from api_party_agreements.
MATCH (p:Party {key: $key})
CALL {
  WITH p
  MATCH (p)-[r]->(t)
  WHERE type(r) IN ['WAIVES', 'SIGNED']
  WITH r, t ORDER BY type(r), t.date, t.key
  RETURN collect({
    edge: r {id: r.key, type: type(r), source: startNode(r).key, target: endNode(r).key, properties: properties(r)},
    node: t {id: t.key, label: labels(t)[0], properties: t {.title, .name, .description, .path, .kind, .date, .exhibit, .chars, .ingested_at, .governing_law, .aliases, .amendment_number, .entity_type, .jurisdiction, .address, .amount, .currency, .maturity_date, .interest_rate, .exercise_price, .accession, .cik, .form_type, .filing_date, .exhibit_type, .agreement, .section, .term, .heading}}
  }) AS acts
}
CALL {
  MATCH (s:Party)-[r:SIGNED]->(t)
  WHERE r.on_behalf_of = $key
  WITH s, r, t ORDER BY t.date, t.key, s.name
  RETURN collect({
    edge: r {id: r.key, type: type(r), source: startNode(r).key, target: endNode(r).key, properties: properties(r)},
    node: s {id: s.key, label: labels(s)[0], properties: s {.title, .name, .description, .path, .kind, .date, .exhibit, .chars, .ingested_at, .governing_law, .aliases, .amendment_number, .entity_type, .jurisdiction, .address, .amount, .currency, .maturity_date, .interest_rate, .exercise_price, .accession, .cik, .form_type, .filing_date, .exhibit_type, .agreement, .section, .term, .heading}}
  }) AS signatories
}
RETURN p {id: p.key, label: labels(p)[0], properties: p {.*, text: null, search_text: null}} AS party,
       acts, signatories

// name: api_agreement
// The Agreement $key in full and its first $limit relations (parties, instruments,
// documents, waivers...) with the node at the other end.
MATCH (a:Agreement {key: $key})
CALL {
  WITH a
  MATCH (a)-[r]-(m)
  WITH r, m ORDER BY type(r), m.date, m.key LIMIT $limit
  RETURN collect({
    edge: r {id: r.key, type: type(r), source: startNode(r).key, target: endNode(r).key, properties: properties(r)},
    node: m {id: m.key, label: labels(m)[0], properties: m {.title, .name, .description, .path, .kind, .date, .exhibit, .chars, .ingested_at, .governing_law, .aliases, .amendment_number, .entity_type, .jurisdiction, .address, .amount, .currency, .maturity_date, .interest_rate, .exercise_price, .accession, .cik, .form_type, .filing_date, .exhibit_type, .agreement, .section, .term, .heading}}
  }) AS relations
}
RETURN a {id: a.key, label: labels(a)[0], properties: a {.*, text: null, search_text: null}} AS agreement,
       relations

// name: api_instrument
// The Instrument $key in full and its first $limit relations (issuer, holders, issued
// under, secured by...) with the node at the other end.
MATCH (i:Instrument {key: $key})
CALL {
  WITH i
  MATCH (i)-[r]-(m)
  WITH r, m ORDER BY type(r), m.date, m.key LIMIT $limit
  RETURN collect({
    edge: r {id: r.key, type: type(r), source: startNode(r).key, target: endNode(r).key, properties: properties(r)},
    node: m {id: m.key, label: labels(m)[0], properties: m {.title, .name, .description, .path, .kind, .date, .exhibit, .chars, .ingested_at, .governing_law, .aliases, .amendment_number, .entity_type, .jurisdiction, .address, .amount, .currency, .maturity_date, .interest_rate, .exercise_price, .accession, .cik, .form_type, .filing_date, .exhibit_type, .agreement, .section, .term, .heading}}
  }) AS relations
}
RETURN i {id: i.key, label: labels(i)[0], properties: i {.*, text: null, search_text: null}} AS instrument,
       relations

// name: api_documents
// A page of Documents by title (one row each; their text is never part of a node).
MATCH (d:Document)
WITH d ORDER BY d.title, d.key SKIP $skip LIMIT $limit
RETURN d {id: d.key, label: labels(d)[0], properties: d {.title, .name, .description, .path, .kind, .date, .exhibit, .chars, .ingested_at, .governing_law, .aliases, .amendment_number, .entity_type, .jurisdiction, .address, .amount, .currency, .maturity_date, .interest_rate, .exercise_price, .accession, .cik, .form_type, .filing_date, .exhibit_type, .agreement, .section, .term, .heading}} AS document

// name: api_document
// One Document (without its text) and the agreements and instruments whose own text it
// holds, by date.
MATCH (d:Document {key: $key})
CALL {
  WITH d
  MATCH (d)-[:CONTAINS]->(m)
  WITH m ORDER BY m.date, m.key
  RETURN collect(m {id: m.key, label: labels(m)[0], properties: m {.title, .name, .description, .path, .kind, .date, .exhibit, .chars, .ingested_at, .governing_law, .aliases, .amendment_number, .entity_type, .jurisdiction, .address, .amount, .currency, .maturity_date, .interest_rate, .exercise_price, .accession, .cik, .form_type, .filing_date, .exhibit_type, .agreement, .section, .term, .heading}}) AS contains
}
RETURN d {id: d.key, label: labels(d)[0], properties: d {.*, text: null, search_text: null}} AS document,
       contains

// name: api_changes
// What the agreement or instrument $key changes: each CHANGES edge (action, new wording,
// evidence) with the provision it changes and the agreement that provision belongs to.
CALL {
  MATCH (n:Agreement {key: $key}) RETURN n
  UNION ALL
  MATCH (n:Instrument {key: $key}) RETURN n
}
CALL {
  WITH n
  MATCH (n)-[c:CHANGES]->(p:Provision)-[:PROVISION_OF]->(t)
  RETURN collect({
    edge: c {id: c.key, type: type(c), source: startNode(c).key, target: endNode(c).key, properties: properties(c)},
    provision: p {id: p.key, label: labels(p)[0], properties: p {.*, text: null, search_text: null}},
    amended: t {id: t.key, label: labels(t)[0], properties: t {.title, .name, .description, .path, .kind, .date, .exhibit, .chars, .ingested_at, .governing_law, .aliases, .amendment_number, .entity_type, .jurisdiction, .address, .amount, .currency, .maturity_date, .interest_rate, .exercise_price, .accession, .cik, .form_type, .filing_date, .exhibit_type, .agreement, .section, .term, .heading}}
  }) AS changes
}
RETURN n {id: n.key, label: labels(n)[0], properties: n {.*, text: null, search_text: null}} AS agreement,
       changes

// name: api_provisions
// The agreement or instrument $key as amended: each provision some agreement CHANGES, with
// every CHANGES edge into it and the amending agreement, and the documents that hold the
// agreement's own text (a provision's evidence from one of them is its original wording).
CALL {
  MATCH (n:Agreement {key: $key}) RETURN n
  UNION ALL
  MATCH (n:Instrument {key: $key}) RETURN n
}
CALL {
  WITH n
  OPTIONAL MATCH (d:Document)-[:CONTAINS]->(n)
  RETURN collect(d.key) AS own_documents
}
CALL {
  WITH n
  MATCH (m)-[c:CHANGES]->(p:Provision)-[:PROVISION_OF]->(n)
  RETURN collect({
    provision: p {id: p.key, label: labels(p)[0], properties: p {.*, text: null, search_text: null}},
    edge: c {id: c.key, type: type(c), source: startNode(c).key, target: endNode(c).key, properties: properties(c)},
    amendment: m {id: m.key, label: labels(m)[0], properties: m {.title, .name, .description, .path, .kind, .date, .exhibit, .chars, .ingested_at, .governing_law, .aliases, .amendment_number, .entity_type, .jurisdiction, .address, .amount, .currency, .maturity_date, .interest_rate, .exercise_price, .accession, .cik, .form_type, .filing_date, .exhibit_type, .agreement, .section, .term, .heading}}
  }) AS items
}
RETURN n {id: n.key, label: labels(n)[0], properties: n {.*, text: null, search_text: null}} AS agreement,
       own_documents, items
