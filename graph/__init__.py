"""The graph model, entity resolution and the stores (embedded FalkorDB default, Neo4j)."""
