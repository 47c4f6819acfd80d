-- The in-memory graph now holds interfaces' endpoints (the map's edge tooltips show them), so an
-- endpoint edit must bump the topology version like the other columns it holds (load-graph.ts).
DROP TRIGGER "Interface_topology_version" ON "Interface";
CREATE TRIGGER "Interface_topology_version"
  AFTER INSERT OR DELETE OR UPDATE OF "id", "key", "name", "style", "mode", "endpoint", "providerSystemId", "consumerSystemId", "viaSystemId"
  ON "Interface" FOR EACH STATEMENT EXECUTE FUNCTION "bump_topology_version"();
