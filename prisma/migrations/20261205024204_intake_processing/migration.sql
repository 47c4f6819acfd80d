-- AlterTable
ALTER TABLE "Incident" ADD COLUMN     "stormSuppressed" BOOLEAN NOT NULL DEFAULT false;

-- CreateTable
CREATE TABLE "AlertConfigState" (
    "id" INTEGER NOT NULL DEFAULT 1,
    "version" BIGINT NOT NULL DEFAULT 0,

    CONSTRAINT "AlertConfigState_pkey" PRIMARY KEY ("id")
);

-- Hand-written: the single row, and triggers that bump it on any change to what intake keeps in
-- memory per instance (server/alerts/read-alert-config.ts). Transactional, like TopologyState: an
-- instance sees the new version exactly when the change itself is visible.
INSERT INTO "AlertConfigState" ("id", "version") VALUES (1, 0) ON CONFLICT DO NOTHING;
ALTER TABLE "AlertConfigState" ADD CONSTRAINT "AlertConfigState_single_row" CHECK ("id" = 1);

CREATE FUNCTION "bump_alert_config_version"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "AlertConfigState" SET "version" = "version" + 1 WHERE "id" = 1;
  RETURN NULL;
END;
$$;

CREATE TRIGGER "AlertMappingRule_config_version" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE
  ON "AlertMappingRule" FOR EACH STATEMENT EXECUTE FUNCTION "bump_alert_config_version"();
CREATE TRIGGER "Silence_config_version" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE
  ON "Silence" FOR EACH STATEMENT EXECUTE FUNCTION "bump_alert_config_version"();
CREATE TRIGGER "MaintenanceWindow_config_version" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE
  ON "MaintenanceWindow" FOR EACH STATEMENT EXECUTE FUNCTION "bump_alert_config_version"();

-- The default mapping rules (value null: the label's value is a record key). Aliases a person
-- adds (a value given) are tried before these; among these, the lower priority first. Created by
-- "system": no person made them.
INSERT INTO "AlertMappingRule" ("id", "label", "value", "targetType", "targetId", "priority", "createdById") VALUES
  ('default-junction-system', 'junction_system', NULL, 'SYSTEM', NULL, 10, 'system'),
  ('default-junction-interface', 'junction_interface', NULL, 'INTERFACE', NULL, 20, 'system'),
  ('default-service', 'service', NULL, 'SYSTEM', NULL, 30, 'system'),
  ('default-job', 'job', NULL, 'SYSTEM', NULL, 40, 'system')
ON CONFLICT DO NOTHING;
