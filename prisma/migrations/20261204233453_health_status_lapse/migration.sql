-- AlterTable
ALTER TABLE "HealthStatus" ADD COLUMN     "rev" BIGINT NOT NULL DEFAULT 0,
ADD COLUMN     "staleAt" TIMESTAMP(3);

-- CreateIndex
CREATE INDEX "HealthStatus_staleAt_idx" ON "HealthStatus"("staleAt");

-- Written by hand. The state's revision numbers: settleHealthStatus takes the next one whenever a
-- row's state changes.
CREATE SEQUENCE "HealthStatus_rev_seq" AS BIGINT;

-- A deleted system or interface takes its health rows with it (samples have no foreign key, being
-- partitioned: retention drops them with their day). The graph's version moves with the delete, so
-- at-risk answers computed with the record are not served again.
CREATE FUNCTION "health_forget_subject"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM "HealthStatus" WHERE "subjectId" = OLD."id";
  DELETE FROM "HealthCurrent" WHERE "subjectId" = OLD."id";
  DELETE FROM "JobRun" WHERE "subjectId" = OLD."id";
  DELETE FROM "HealthRollup" WHERE "subjectId" = OLD."id";
  RETURN NULL;
END $$;
CREATE TRIGGER "System_health_forget" AFTER DELETE ON "System" FOR EACH ROW EXECUTE FUNCTION "health_forget_subject"();
CREATE TRIGGER "Interface_health_forget" AFTER DELETE ON "Interface" FOR EACH ROW EXECUTE FUNCTION "health_forget_subject"();
