-- Hand-written: the map groups and filters systems by their domain and grouping labels (issue 12),
-- which the in-memory graph now holds (server/graph/load-graph.ts): an edit to either must bump
-- the topology version like the other columns it holds, or other instances would keep old labels.
DROP TRIGGER "System_topology_version" ON "System";
CREATE TRIGGER "System_topology_version"
  AFTER INSERT OR DELETE OR UPDATE OF "id", "key", "name", "kind", "layer", "tier", "lifecycle", "teamId", "technicalOwnerId", "domain", "grouping"
  ON "System" FOR EACH STATEMENT EXECUTE FUNCTION "bump_topology_version"();
