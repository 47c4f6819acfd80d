-- CreateTable
CREATE TABLE "SnapshotStale" (
    "kind" TEXT NOT NULL,
    "txid" BIGINT NOT NULL,

    CONSTRAINT "SnapshotStale_pkey" PRIMARY KEY ("kind","txid")
);

-- Hand-written: statement-level triggers, so a bulk write marks once per statement. An insert of
-- the writer's own txid, not a counter row: concurrent writers never wait on each other, and a
-- mark becomes visible exactly when its change commits (a snapshot that ran before stays stale).
CREATE FUNCTION "mark_snapshot_stale"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "SnapshotStale" ("kind", "txid")
  SELECT k, (pg_current_xact_id()::text)::bigint FROM unnest(TG_ARGV) AS k
  ON CONFLICT DO NOTHING;
  RETURN NULL;
END;
$$;

-- The snapshots count results and levels (ComplianceRecord) per team (System/Interface teamId)
-- over the active standards; initiatives also read their own scope.
-- On ComplianceRecord only statements that changed rows mark: an edit's upsert that leaves every
-- row as it was (server/compliance/write-compliance-records.ts) changes no count.
CREATE FUNCTION "mark_snapshot_stale_if_rows"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  changed boolean;
BEGIN
  -- One branch per event: each names only the transition table its trigger declares.
  IF TG_OP = 'DELETE' THEN
    changed := EXISTS (SELECT 1 FROM old_rows);
  ELSE
    changed := EXISTS (SELECT 1 FROM new_rows);
  END IF;
  IF changed THEN
    INSERT INTO "SnapshotStale" ("kind", "txid")
    SELECT k, (pg_current_xact_id()::text)::bigint FROM unnest(TG_ARGV) AS k
    ON CONFLICT DO NOTHING;
  END IF;
  RETURN NULL;
END;
$$;
CREATE TRIGGER "ComplianceRecord_snapshot_stale_insert" AFTER INSERT ON "ComplianceRecord" REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "mark_snapshot_stale_if_rows"('compliance', 'initiative');
CREATE TRIGGER "ComplianceRecord_snapshot_stale_update" AFTER UPDATE ON "ComplianceRecord" REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "mark_snapshot_stale_if_rows"('compliance', 'initiative');
CREATE TRIGGER "ComplianceRecord_snapshot_stale_delete" AFTER DELETE ON "ComplianceRecord" REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "mark_snapshot_stale_if_rows"('compliance', 'initiative');
CREATE TRIGGER "ComplianceRecord_snapshot_stale_truncate" AFTER TRUNCATE ON "ComplianceRecord"
  FOR EACH STATEMENT EXECUTE FUNCTION "mark_snapshot_stale"('compliance', 'initiative');
CREATE TRIGGER "System_snapshot_stale" AFTER INSERT OR DELETE OR UPDATE OF "teamId", "tier", "layer", "kind", "lifecycle", "tags" OR TRUNCATE ON "System"
  FOR EACH STATEMENT EXECUTE FUNCTION "mark_snapshot_stale"('compliance', 'initiative');
CREATE TRIGGER "Interface_snapshot_stale" AFTER INSERT OR DELETE OR UPDATE OF "teamId", "tier", "style", "mode", "lifecycle", "providerSystemId", "consumerSystemId" OR TRUNCATE ON "Interface"
  FOR EACH STATEMENT EXECUTE FUNCTION "mark_snapshot_stale"('compliance', 'initiative');
CREATE TRIGGER "Standard_snapshot_stale" AFTER INSERT OR DELETE OR UPDATE OF "active", "appliesTo" OR TRUNCATE ON "Standard"
  FOR EACH STATEMENT EXECUTE FUNCTION "mark_snapshot_stale"('compliance');
CREATE TRIGGER "Initiative_snapshot_stale" AFTER INSERT OR DELETE OR UPDATE OR TRUNCATE ON "Initiative"
  FOR EACH STATEMENT EXECUTE FUNCTION "mark_snapshot_stale"('initiative');
