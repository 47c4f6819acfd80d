-- AlterTable
ALTER TABLE "ComplianceRecord" ADD COLUMN     "digest" INTEGER NOT NULL DEFAULT 0;

-- CreateIndex
CREATE INDEX "ComplianceRecord_subjectType_score_idx" ON "ComplianceRecord"("subjectType", "score");

-- A standard's names, descriptions and examples do not change any result: only what it checks,
-- where and how hard marks its records for a full evaluation.
CREATE OR REPLACE FUNCTION "standard_compliance_dirty"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'UPDATE'
     AND (OLD."appliesTo", OLD."scope", OLD."check", OLD."severity", OLD."active")
         IS NOT DISTINCT FROM (NEW."appliesTo", NEW."scope", NEW."check", NEW."severity", NEW."active") THEN
    RETURN NULL;
  END IF;
  IF TG_OP IN ('UPDATE', 'DELETE') THEN PERFORM "mark_compliance_dirty"(OLD."appliesTo", '*'); END IF;
  IF TG_OP IN ('UPDATE', 'INSERT') THEN PERFORM "mark_compliance_dirty"(NEW."appliesTo", '*'); END IF;
  RETURN NULL;
END $$;
