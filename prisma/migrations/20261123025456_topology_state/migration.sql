-- CreateTable
CREATE TABLE "TopologyState" (
    "id" INTEGER NOT NULL DEFAULT 1,
    "version" BIGINT NOT NULL DEFAULT 0,

    CONSTRAINT "TopologyState_pkey" PRIMARY KEY ("id")
);

-- Hand-written: the single row, and the triggers that count changes to the dependency graph.
-- Statement-level, so a bulk import of 250,000 rows bumps the counter a handful of times, not
-- once per row. The UPDATE is transactional: other instances see the new version exactly when
-- the change itself becomes visible (a sequence would not be: nextval is seen before commit).
-- Cost: the row lock serializes concurrent writers to System/Interface until they commit.
INSERT INTO "TopologyState" ("id", "version") VALUES (1, 0) ON CONFLICT DO NOTHING;
ALTER TABLE "TopologyState" ADD CONSTRAINT "TopologyState_single_row" CHECK ("id" = 1);

CREATE FUNCTION "bump_topology_version"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "TopologyState" SET "version" = "version" + 1 WHERE "id" = 1;
  RETURN NULL;
END;
$$;

-- UPDATE OF lists the columns the in-memory graph holds (server/graph/load-graph.ts): editing a
-- description or a URL does not make every instance reload. Keep both lists in step with it.
CREATE TRIGGER "System_topology_version"
  AFTER INSERT OR DELETE OR UPDATE OF "id", "key", "name", "kind", "layer", "tier", "lifecycle", "teamId", "technicalOwnerId"
  ON "System" FOR EACH STATEMENT EXECUTE FUNCTION "bump_topology_version"();
CREATE TRIGGER "System_topology_version_truncate"
  AFTER TRUNCATE ON "System" FOR EACH STATEMENT EXECUTE FUNCTION "bump_topology_version"();

CREATE TRIGGER "Interface_topology_version"
  AFTER INSERT OR DELETE OR UPDATE OF "id", "key", "name", "style", "mode", "providerSystemId", "consumerSystemId", "viaSystemId"
  ON "Interface" FOR EACH STATEMENT EXECUTE FUNCTION "bump_topology_version"();
CREATE TRIGGER "Interface_topology_version_truncate"
  AFTER TRUNCATE ON "Interface" FOR EACH STATEMENT EXECUTE FUNCTION "bump_topology_version"();
